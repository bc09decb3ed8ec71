"""Channel-management UI (issue #8): the account's credit tab, the qualification and review
dialogs, and what the Receivables, attack/defence and dashboard pages share."""
