<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>AccountEditor</name>
    <message>
        <location filename="../../ui/editors/account_editor.py" line="164" />
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/account_editor.py" line="192" />
        <source>Changed elsewhere; your unsaved edits are kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/account_editor.py" line="210" />
        <source>This account has been deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/account_editor.py" line="212" />
        <source>Could not load: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/account_editor.py" line="233" />
        <location filename="../../ui/editors/account_editor.py" line="286" />
        <source>Please correct the fields marked in red.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/account_editor.py" line="251" />
        <source>Nothing to save.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/account_editor.py" line="264" />
        <source>Saving…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/account_editor.py" line="274" />
        <source>Saved. Ctrl+Z undoes it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/account_editor.py" line="289" />
        <source>Could not save: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/account_editor.py" line="300" />
        <source>Unsaved changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/account_editor.py" line="301" />
        <source>Save the changes to %1 before closing?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/account_editor.py" line="322" />
        <location filename="../../ui/editors/account_editor.py" line="340" />
        <source>New account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/account_editor.py" line="342" />
        <source>Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/account_editor.py" line="343" />
        <source>Contacts (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/account_editor.py" line="344" />
        <source>Activities (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/account_editor.py" line="346" />
        <source>Credit and collection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/account_editor.py" line="347" />
        <source>Qualification and reviews</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/account_editor.py" line="350" />
        <source>Save the new account first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/account_editor.py" line="351" />
        <source>Save</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AccountFilterBar</name>
    <message>
        <location filename="../../ui/pages/account_filter_bar.py" line="68" />
        <source>All channel types</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/account_filter_bar.py" line="69" />
        <source>All cooperation modes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/account_filter_bar.py" line="70" />
        <source>All levels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/account_filter_bar.py" line="71" />
        <source>All regions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/account_filter_bar.py" line="72" />
        <source>All stages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/account_filter_bar.py" line="77" />
        <source>Channel type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/account_filter_bar.py" line="78" />
        <source>Cooperation mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/account_filter_bar.py" line="79" />
        <source>Level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/account_filter_bar.py" line="80" />
        <source>Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/account_filter_bar.py" line="81" />
        <source>Lifecycle stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/account_filter_bar.py" line="82" />
        <source>Tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/account_filter_bar.py" line="83" />
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/account_filter_bar.py" line="85" />
        <source>Key accounts only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/account_filter_bar.py" line="86" />
        <source>Clear filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/account_filter_bar.py" line="92" />
        <source>All tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/account_filter_bar.py" line="93" />
        <source>All owners</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AccountOpener</name>
    <message>
        <location filename="../../ui/pages/account_opener.py" line="30" />
        <source>Account editor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/account_opener.py" line="31" />
        <source>The account editor is not available in this version yet.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AccountTableModel</name>
    <message>
        <location filename="../../ui/models/account_table_model.py" line="107" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/account_table_model.py" line="108" />
        <source>Channel type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/account_table_model.py" line="109" />
        <source>Cooperation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/account_table_model.py" line="110" />
        <source>Level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/account_table_model.py" line="111" />
        <source>Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/account_table_model.py" line="112" />
        <source>Province / city</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/account_table_model.py" line="113" />
        <source>Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/account_table_model.py" line="114" />
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/account_table_model.py" line="115" />
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/account_table_model.py" line="116" />
        <source>Contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/account_table_model.py" line="117" />
        <source>Last activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/account_table_model.py" line="118" />
        <source>Credit limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/account_table_model.py" line="250" />
        <source>Key account</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../ui/pages/accounts_page.py" line="112" />
        <source>Accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/accounts_page.py" line="167" />
        <source>The accounts could not be loaded: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/accounts_page.py" line="227" />
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/accounts_page.py" line="228" />
        <source>Loading accounts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/accounts_page.py" line="230" />
        <source>Searching…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/accounts_page.py" line="233" />
        <source>%1 of %Ln account(s)</source>
        <translation>
            <numerusform>%1 of %Ln account</numerusform>
            <numerusform>%1 of %Ln accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/accounts_page.py" line="236" />
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln account</numerusform>
            <numerusform>%Ln accounts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts_page.py" line="240" />
        <source>No accounts yet. Click “New account” to add the first one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/accounts_page.py" line="244" />
        <source>No account matches the search and filters. Try fewer words.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/accounts_page.py" line="261" />
        <source>New account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/accounts_page.py" line="262" />
        <source>Add an account (Ctrl+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/accounts_page.py" line="264" />
        <source>Search names, contacts, phones, WeChat — Chinese or pinyin (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ActivitiesTab</name>
    <message>
        <location filename="../../ui/editors/activities_tab.py" line="113" />
        <source>Mark next step done: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/activities_tab.py" line="113" />
        <source>Reopen next step: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/activities_tab.py" line="134" />
        <source>Reopen next step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/activities_tab.py" line="134" />
        <source>Mark next step done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/activities_tab.py" line="139" />
        <source>Log activity…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../ui/editors/activities_tab.py" line="61" />
        <source>Log activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/activities_tab.py" line="62" />
        <source>Activity: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="84" />
        <source>The profiling content in %1 has an error, so RepDesk cannot start:

%2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CalculatorsPanel</name>
    <message>
        <location filename="../../ui/channel/calculators.py" line="191" />
        <source>Enter a margin and a rate above 0.</source>
        <extracomment>What the calculators show now (None while an input makes no sense).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/calculators.py" line="201" />
        <source>%1 months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/calculators.py" line="210" />
        <source>Extra sales to make up a bad debt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/calculators.py" line="211" />
        <source>Bad debt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/calculators.py" line="212" />
        <location filename="../../ui/channel/calculators.py" line="224" />
        <source>Net margin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/calculators.py" line="213" />
        <source>Extra sales needed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/calculators.py" line="216" />
        <source>Pre-filled with what is open more than 90 days past its due date. Extra sales = loss ÷ net margin: every yuan lost must be earned again at the margin.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/calculators.py" line="220" />
        <source>Months of delay that eat the net profit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/calculators.py" line="225" />
        <source>Borrowing rate (a year)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/calculators.py" line="226" />
        <source>Profit gone after</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/calculators.py" line="227" />
        <source>Overdue amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/calculators.py" line="228" />
        <source>Average days late</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/calculators.py" line="229" />
        <source>Cost of the delay so far</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/calculators.py" line="230" />
        <source>Net profit left on it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/calculators.py" line="237" />
        <source>Months = net margin ÷ borrowing rate × 12. Money owed costs the borrowing rate; once the delay is longer, the sale has made a loss.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/calculators.py" line="241" />
        <source>Reset to the account's figures</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <location filename="../../ui/board/calls.py" line="117" />
        <source>Please correct the fields marked in red.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/calls.py" line="132" />
        <source>Log call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/calls.py" line="133" />
        <source>Call: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CallLog</name>
    <message>
        <location filename="../../ui/board/calls.py" line="212" />
        <source>Log call…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/calls.py" line="213" />
        <source>Log a call and its outcome (Ctrl+L)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelSettingsTab</name>
    <message>
        <location filename="../../ui/settings_channel.py" line="189" />
        <source>Sum: %1. Weights are relative: they need not add up to 1, but one must be more than 0.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings_channel.py" line="221" />
        <source>%1 weights</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings_channel.py" line="233" />
        <source>The weights and thresholds of channel management. Changes apply to new qualifications and reviews, the segmentation and the calculators.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings_channel.py" line="238" />
        <source>Partner qualification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings_channel.py" line="239" />
        <source>Quarterly review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings_channel.py" line="240" />
        <source>Attack and defence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings_channel.py" line="241" />
        <source>Late-payment calculators</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings_channel.py" line="250" />
        <source>%1:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings_channel.py" line="253" />
        <source> yuan a year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings_channel.py" line="258" />
        <source> % a year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings_channel.py" line="262" />
        <source>Recruit from:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings_channel.py" line="263" />
        <source>Trial from:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings_channel.py" line="264" />
        <source>Reward from:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings_channel.py" line="265" />
        <source>Phase out below:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings_channel.py" line="266" />
        <source>Low potential below:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings_channel.py" line="267" />
        <source>High potential from:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings_channel.py" line="268" />
        <source>High share of customer from:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings_channel.py" line="269" />
        <source>Net profit margin:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings_channel.py" line="270" />
        <source>Borrowing rate:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChoiceField</name>
    <message>
        <location filename="../../ui/editors/field_widgets.py" line="193" />
        <source>Choose…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <location filename="../../ui/column_chooser.py" line="192" />
        <source>Reset columns</source>
        <extracomment>Which columns show changed (a tick, or a reset): the page fits the other widths again.</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <location filename="../../ui/sync_models.py" line="68" />
        <source>Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync_models.py" line="69" />
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync_models.py" line="70" />
        <source>Kept value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync_models.py" line="71" />
        <source>Lost value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync_models.py" line="72" />
        <source>Lost edit by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync_models.py" line="73" />
        <source>Kept edit by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync_models.py" line="74" />
        <source>Lost edit made</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync_models.py" line="84" />
        <source>Deleted record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync_models.py" line="88" />
        <source>Deleted by someone else</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync_models.py" line="92" />
        <source>Your edit: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../ui/editors/contacts_tab.py" line="100" />
        <source>New contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/contacts_tab.py" line="101" />
        <source>Contact %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/contacts_tab.py" line="118" />
        <source>Profile…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactListModel</name>
    <message>
        <location filename="../../ui/board/seat_models.py" line="91" />
        <source>Drag onto a role, or press Enter to choose the role</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactProfileWindow</name>
    <message>
        <location filename="../../ui/profiling/profile_panel.py" line="291" />
        <source>Profile card — %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../../ui/editors/contacts_tab.py" line="140" />
        <source>Whole brain</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../../ui/editors/contacts_tab.py" line="244" />
        <source>Add contact…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/contacts_tab.py" line="245" />
        <source>Profile…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CreditTab</name>
    <message>
        <location filename="../../ui/channel/credit_tab.py" line="182" />
        <source>Could not load: %1</source>
        <extracomment>The day figures are worked out for (tests set the demo's day).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/credit_tab.py" line="226" />
        <source>Balance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/credit_tab.py" line="227" />
        <source>Credit limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/credit_tab.py" line="228" />
        <source>Limit used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/credit_tab.py" line="229" />
        <source>Overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/credit_tab.py" line="230" />
        <source>DSO (days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/credit_tab.py" line="233" />
        <source>Invoices and credit notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/credit_tab.py" line="234" />
        <source>Payments received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/credit_tab.py" line="235" />
        <source>Add invoice…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/credit_tab.py" line="236" />
        <source>Record payment…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/credit_tab.py" line="239" />
        <source>Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/credit_tab.py" line="240" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/credit_tab.py" line="241" />
        <source>Issued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/credit_tab.py" line="242" />
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/credit_tab.py" line="243" />
        <location filename="../../ui/channel/credit_tab.py" line="250" />
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/credit_tab.py" line="244" />
        <source>Paid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/credit_tab.py" line="245" />
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/credit_tab.py" line="246" />
        <source>Days overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/credit_tab.py" line="250" />
        <source>Paid on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/credit_tab.py" line="250" />
        <source>Invoice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/credit_tab.py" line="250" />
        <source>Method</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/credit_tab.py" line="252" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/credit_tab.py" line="258" />
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/credit_tab.py" line="277" />
        <source>DSO at earlier quarter ends: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/credit_tab.py" line="306" />
        <source>advance</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DailyNotifier</name>
    <message numerus="yes">
        <location filename="../../ui/channel/notifier.py" line="37" />
        <source>%n follow-up(s) due</source>
        <extracomment>The last message shown (title, text), for tests and the log.</extracomment>
        <translation>
            <numerusform>%n follow-up due</numerusform>
            <numerusform>%n follow-ups due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/channel/notifier.py" line="38" />
        <source>%n contract(s) ending</source>
        <translation>
            <numerusform>%n contract ending</numerusform>
            <numerusform>%n contracts ending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/channel/notifier.py" line="39" />
        <source>%n review(s) due</source>
        <translation>
            <numerusform>%n review due</numerusform>
            <numerusform>%n reviews due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/channel/notifier.py" line="41" />
        <source>%n invoice(s) newly overdue</source>
        <translation>
            <numerusform>%n invoice newly overdue</numerusform>
            <numerusform>%n invoices newly overdue</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/channel/notifier.py" line="57" />
        <source>RepDesk — today's reminders</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="177" />
        <source>Dashboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="237" />
        <source>¥10,000 (万)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="258" />
        <source>Open pipeline by step: %1 projects, %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="276" />
        <source>Receivables %1, overdue %2, DSO %3 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="291" />
        <source>Not placed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="298" />
        <source>Attack/defence: %1 accounts placed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="305" />
        <source>Invoiced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="306" />
        <source>Pace to date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="307" />
        <location filename="../../ui/pages/dashboard_page.py" line="382" />
        <source>Forecast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="308" />
        <source>Target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="320" />
        <source>%1: %2 of target, %3% of the quarter gone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="359" />
        <source>Total %1 (invoiced so far %2): %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="371" />
        <source>Dashboard — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="374" />
        <source>Churn warnings (%1) — double-click to open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="378" />
        <source>Forecast for %1: run-rate + weighted pipeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="380" />
        <location filename="../../ui/pages/dashboard_page.py" line="382" />
        <source>Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="380" />
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="382" />
        <source>Invoiced so far</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="382" />
        <source>How</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/editors/date_fields.py" line="92" />
        <source>No date</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <location filename="../../ui/channel/evaluation_base.py" line="159" />
        <source>Could not save: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/evaluation_base.py" line="164" />
        <source>Could not load: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EvaluationsTab</name>
    <message>
        <location filename="../../ui/channel/evaluations_tab.py" line="131" />
        <source>Qualify as partner…</source>
        <extracomment>The day the dialogs start from (tests set the demo's day).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/evaluations_tab.py" line="132" />
        <source>Quarterly review…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/evaluations_tab.py" line="133" />
        <source>Qualifications and quarterly reviews, newest first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/evaluations_tab.py" line="137" />
        <source>Qualification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/evaluations_tab.py" line="138" />
        <source>Quarterly review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/evaluations_tab.py" line="145" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/evaluations_tab.py" line="146" />
        <source>Quarter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/evaluations_tab.py" line="147" />
        <source>Score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/evaluations_tab.py" line="148" />
        <source>Recommendation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/evaluations_tab.py" line="149" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FactorsPanel</name>
    <message>
        <location filename="../../ui/board/factors.py" line="118" />
        <source>Factor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/factors.py" line="119" />
        <source>Rating (1–5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/factors.py" line="120" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/factors.py" line="123" />
        <source>1 = weak for us, 5 = strong for us</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/factors.py" line="124" />
        <source>What the customer said or showed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/factors.py" line="125" />
        <source>Need vs want</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/factors.py" line="127" />
        <source>What the customer needs, and what it only wants</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FieldHints</name>
    <message>
        <location filename="../../ui/editors/texts.py" line="96" />
        <source>e.g. 0571-8888 6666 or 138 0013 8000</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="97" />
        <source>name@example.com</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="98" />
        <source>0.00</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="99" />
        <source>other tags, separated by commas</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <location filename="../../ui/editors/texts.py" line="19" />
        <source>Account name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="20" />
        <location filename="../../ui/editors/texts.py" line="51" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="21" />
        <source>What happened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="22" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="25" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="26" />
        <source>Short name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="27" />
        <source>Channel type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="28" />
        <source>Cooperation mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="29" />
        <source>Level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="30" />
        <source>Key account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="31" />
        <source>Lifecycle stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="32" />
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="33" />
        <source>Lead source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="34" />
        <source>Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="35" />
        <source>Province</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="36" />
        <source>City</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="37" />
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="38" />
        <source>Industry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="39" />
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="40" />
        <source>WeChat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="41" />
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="42" />
        <source>Website</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="43" />
        <source>Owner rep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="44" />
        <source>Credit rating</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="45" />
        <source>Credit limit (¥)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="46" />
        <source>Payment terms (days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="47" />
        <source>Purchase potential (¥)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="48" />
        <source>Share of customer (%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="49" />
        <source>Annual sales target (¥)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="50" />
        <source>Contract ends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="52" />
        <source>Job title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="53" />
        <source>Department</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="54" />
        <source>Org level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="55" />
        <source>Guide / insider</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="56" />
        <source>Political style</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="57" />
        <source>Date and time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="58" />
        <source>Contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="59" />
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="60" />
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="61" />
        <source>Customer action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="62" />
        <source>Action date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="63" />
        <source>Next step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="64" />
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="65" />
        <source>Done</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FollowUpTableModel</name>
    <message>
        <location filename="../../ui/models/follow_up_table_model.py" line="42" />
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/follow_up_table_model.py" line="42" />
        <source>Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/follow_up_table_model.py" line="42" />
        <source>Next step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/follow_up_table_model.py" line="42" />
        <source>Overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/follow_up_table_model.py" line="56" />
        <source>due today</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/follow_up_table_model.py" line="57" />
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/follow_up_table_model.py" line="81" />
        <source>Open %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FormSections</name>
    <message>
        <location filename="../../ui/editors/texts.py" line="73" />
        <source>Basics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="74" />
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="75" />
        <source>Contact details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="76" />
        <source>Credit and potential</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="77" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="78" />
        <source>Person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="79" />
        <source>How to reach</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="80" />
        <source>Standing with us</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="81" />
        <source>The call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="82" />
        <source>Result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/texts.py" line="83" />
        <source>Next step</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FunnelPage</name>
    <message>
        <location filename="../../ui/pages/funnel_page.py" line="108" />
        <source>Funnel</source>
        <extracomment>A step was clicked (its code): show the tracker sheet filtered to it.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/funnel_page.py" line="157" />
        <source>%1: %2 reached, %3 open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/funnel_page.py" line="190" />
        <source>%1 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/funnel_page.py" line="207" />
        <source>Show the projects at this step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/funnel_page.py" line="215" />
        <source>Sales funnel — the six steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/funnel_page.py" line="218" />
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/funnel_page.py" line="221" />
        <source>Win rate %1 (won %2, lost %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/funnel_page.py" line="228" />
        <source>Step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/funnel_page.py" line="229" />
        <source>Open projects</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/funnel_page.py" line="230" />
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/funnel_page.py" line="231" />
        <source>Conversion to next step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/funnel_page.py" line="232" />
        <source>Average time in step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/funnel_page.py" line="240" />
        <source>Bar width: projects that reached the step. Click a step (or select it in the table and press Enter) to see its open projects in the tracker sheet.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/profiling/profile_panel.py" line="219" />
        <source>Profile history of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profiling/profile_panel.py" line="228" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profiling/profile_panel.py" line="229" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profiling/profile_panel.py" line="230" />
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profiling/profile_panel.py" line="231" />
        <source>Dominant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profiling/profile_panel.py" line="232" />
        <source>Confidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profiling/profile_panel.py" line="233" />
        <source>By</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profiling/profile_panel.py" line="234" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <location filename="../../ui/channel/ledger_dialogs.py" line="132" />
        <source>Checking the credit limit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/ledger_dialogs.py" line="160" />
        <source>This invoice takes the account over its credit limit.

Credit limit: %1
Used: %2
This invoice: %3
Over the limit by: %4

Save it anyway?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/ledger_dialogs.py" line="174" />
        <source>Over the credit limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/ledger_dialogs.py" line="183" />
        <source>New invoice or credit note</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KiteChart</name>
    <message>
        <location filename="../../ui/profiling/chart.py" line="194" />
        <source>This buyer</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LedgerFields</name>
    <message>
        <location filename="../../ui/channel/ledger_dialogs.py" line="43" />
        <source>Invoice number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/ledger_dialogs.py" line="44" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/ledger_dialogs.py" line="45" />
        <source>Issued on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/ledger_dialogs.py" line="46" />
        <source>Due on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/ledger_dialogs.py" line="47" />
        <source>Amount (¥)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/ledger_dialogs.py" line="48" />
        <source>Against invoice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/ledger_dialogs.py" line="49" />
        <source>Paid on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/ledger_dialogs.py" line="50" />
        <source>Method</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/ledger_dialogs.py" line="51" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="250" />
        <source>Offline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="250" />
        <source>Online</source>
        <extracomment>The workstation's pages in navigation order: key, module, class, and the title the page's ``title()`` gives (``self.tr`` in the class's context), so the navigation can name a page before it is built. The dashboard follows Today: the morning overview before the lists.</extracomment>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="252" />
        <source>%Ln change(s) waiting to sync</source>
        <translation>
            <numerusform>%Ln change waiting to sync</numerusform>
            <numerusform>%Ln changes waiting to sync</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="253" />
        <source>%Ln open conflict(s)</source>
        <translation>
            <numerusform>%Ln open conflict</numerusform>
            <numerusform>%Ln open conflicts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="260" />
        <source>Never synced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="263" />
        <source>Last sync: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="390" />
        <source>Connecting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="391" />
        <source>Sending changes…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="392" />
        <source>Receiving changes…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="393" />
        <source>Checking…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="394" />
        <source>Repairing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="406" />
        <source>Synced: %1 sent, %2 received, %3 conflict(s), %4 refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="410" />
        <source>Sync cancelled; what was done is kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="417" />
        <location filename="../../ui/main_window.py" line="426" />
        <source>Sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="441" />
        <source>About RepDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="442" />
        <source>RepDesk — a workstation for channel and key-account sales reps.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="446" />
        <source>Something went wrong</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="452" />
        <source>RepDesk — Channel sales workstation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="453" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="454" />
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="455" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="456" />
        <source>&amp;Sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="457" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="458" />
        <source>&amp;New…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="459" />
        <source>&amp;Print account plan…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="460" />
        <source>&amp;Export account plans…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="461" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="462" />
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="463" />
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="464" />
        <source>&amp;Find…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="465" />
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="466" />
        <source>Sync &amp;now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="467" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="468" />
        <source>&amp;About RepDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="469" />
        <source>&amp;Settings…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../../ui/board/new_project.py" line="186" />
        <source>New project %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/new_project.py" line="202" />
        <source>Could not save: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/new_project.py" line="241" />
        <source>New project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/new_project.py" line="242" />
        <source>Account *</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/new_project.py" line="243" />
        <source>Project name *</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/new_project.py" line="244" />
        <source>Type to search accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/new_project.py" line="245" />
        <source>e.g. Warehouse system upgrade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/new_project.py" line="248" />
        <source>The project starts open at the first step, %1, today; the account's owner is its salesperson.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ObserverDialog</name>
    <message>
        <location filename="../../ui/profiling/observer_dialog.py" line="117" />
        <source>%1 of %2 cues ticked — %3 left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profiling/observer_dialog.py" line="119" />
        <source>%1 of %2 cues ticked — none left; untick one to change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profiling/observer_dialog.py" line="173" />
        <source>Profile %1 — thinking-style estimate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profiling/observer_dialog.py" line="177" />
        <source>Tick what you have seen and heard of %1 — at most %2 cues, the clearest ones. This gives an estimate of his thinking preferences, not a test result.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profiling/observer_dialog.py" line="187" />
        <source>1 — only a hunch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profiling/observer_dialog.py" line="188" />
        <source>2 — a few signs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profiling/observer_dialog.py" line="189" />
        <source>3 — fairly sure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profiling/observer_dialog.py" line="190" />
        <source>4 — sure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profiling/observer_dialog.py" line="191" />
        <source>5 — very sure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profiling/observer_dialog.py" line="195" />
        <source>Confidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profiling/observer_dialog.py" line="195" />
        <source>Observed on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profiling/observer_dialog.py" line="195" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="79" />
        <source>Sync password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="80" />
        <source>Password for %1 on %2:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="82" />
        <source>That password was not accepted. Try again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../ui/channel/ledger_dialogs.py" line="228" />
        <source>Record a payment</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PickDialog</name>
    <message>
        <location filename="../../ui/profiling/pick_dialog.py" line="153" />
        <source>Cancel</source>
        <extracomment>Emitted with the new assessment's id once it is saved.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profiling/pick_dialog.py" line="154" />
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profiling/pick_dialog.py" line="175" />
        <source>Tick what you observed to see the profile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profiling/pick_dialog.py" line="182" />
        <source>Code %1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profiling/pick_dialog.py" line="185" />
        <source>Saving…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../ui/pages/base.py" line="96" />
        <source>Today</source>
        <extracomment>Emitted when data the page asked for is on screen (pages call :meth:`loaded`). Background reads of which only the newest load's answers reach the page.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/base.py" line="97" />
        <source>Accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/base.py" line="98" />
        <source>Key-account tracker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/base.py" line="99" />
        <source>Funnel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/base.py" line="100" />
        <source>Receivables</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/base.py" line="101" />
        <source>Profiles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/base.py" line="102" />
        <source>Sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/base.py" line="106" />
        <source>%1 — coming in a later version.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlanExportDialog</name>
    <message>
        <location filename="../../ui/plan_export.py" line="210" />
        <source>Writing plans…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plan_export.py" line="219" />
        <source>Stopping…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plan_export.py" line="232" />
        <source>Writing plans… %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/plan_export.py" line="239" />
        <source>Wrote %n plan(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n plan to %1.</numerusform>
            <numerusform>Wrote %n plans to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plan_export.py" line="248" />
        <source>Cancelled: %n plan(s) were written.</source>
        <translation>
            <numerusform>Cancelled: %n plan was written.</numerusform>
            <numerusform>Cancelled: %n plans were written.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/plan_export.py" line="252" />
        <source>Could not write the plans: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plan_export.py" line="259" />
        <source>Folder for the plans</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/plan_export.py" line="282" />
        <source>Export %n plan(s)</source>
        <translation>
            <numerusform>Export %n plan</numerusform>
            <numerusform>Export %n plans</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/plan_export.py" line="283" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plan_export.py" line="283" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plan_export.py" line="289" />
        <source>Export account plans</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plan_export.py" line="291" />
        <source>All key accounts (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plan_export.py" line="292" />
        <source>The accounts ticked below</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plan_export.py" line="293" />
        <source>Filter by name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plan_export.py" line="294" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plan_export.py" line="295" />
        <source>Folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plan_export.py" line="296" />
        <source>Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plan_export.py" line="297" />
        <source>Open folder</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlanPreview</name>
    <message>
        <location filename="../../ui/plan_preview.py" line="201" />
        <source>Save account plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plan_preview.py" line="201" />
        <source>PDF (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plan_preview.py" line="211" />
        <location filename="../../ui/plan_preview.py" line="279" />
        <source>Account plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plan_preview.py" line="212" />
        <source>Could not save %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plan_preview.py" line="217" />
        <source>Saved to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plan_preview.py" line="227" />
        <source>Print account plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plan_preview.py" line="265" />
        <source>Could not make the plan: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plan_preview.py" line="267" />
        <source>Making the account plan…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/plan_preview.py" line="270" />
        <source>%1 · %n page(s)</source>
        <translation>
            <numerusform>%1 · %n page</numerusform>
            <numerusform>%1 · %n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/plan_preview.py" line="279" />
        <source>Account plan — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plan_preview.py" line="281" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plan_preview.py" line="282" />
        <source>Save…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plan_preview.py" line="283" />
        <source>Print…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plan_preview.py" line="284" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PoliticalStyleDialog</name>
    <message>
        <location filename="../../ui/profiling/political_dialog.py" line="117" />
        <source>Answer both questions to see his style.</source>
        <extracomment>Emitted with the style code once it is saved.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profiling/political_dialog.py" line="155" />
        <source>Political style of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profiling/political_dialog.py" line="161" />
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profiling/political_dialog.py" line="162" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProfileCardView</name>
    <message>
        <location filename="../../ui/profiling/profile_card.py" line="161" />
        <source>What he is like</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profiling/profile_card.py" line="162" />
        <source>How to communicate with him</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profiling/profile_card.py" line="163" />
        <source>Put in the proposal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profiling/profile_card.py" line="164" />
        <source>Leave out of the proposal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profiling/profile_card.py" line="165" />
        <source>Walk-around checklist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profiling/profile_card.py" line="166" />
        <source>Political style</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profiling/profile_card.py" line="167" />
        <source>You and this buyer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profiling/profile_card.py" line="173" />
        <source>No contact chosen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profiling/profile_card.py" line="174" />
        <source>Choose a contact to see his profile card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profiling/profile_card.py" line="197" />
        <source>%1 — use “Profile this buyer…” after your next meeting.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profiling/profile_card.py" line="202" />
        <source>confidence %1 of 5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profiling/profile_card.py" line="204" />
        <source>by %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/profiling/profile_card.py" line="205" />
        <source>%n assessment(s) in history</source>
        <translation>
            <numerusform>%n assessment in history</numerusform>
            <numerusform>%n assessments in history</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/profiling/profile_card.py" line="208" />
        <source>Note: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profiling/profile_card.py" line="218" />
        <source>You (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profiling/profile_card.py" line="227" />
        <source>Not profiled yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profiling/profile_card.py" line="230" />
        <source>Tick what you observe of him — the words he uses, what he asks for, his office, how he decides — and the card fills in with advice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profiling/profile_card.py" line="260" />
        <source>Profile him first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profiling/profile_card.py" line="273" />
        <source>his quadrant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profiling/profile_card.py" line="287" />
        <source>answer the two questions under “Political style…”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profiling/profile_card.py" line="304" />
        <source>Fill in your own profile (“My profile…”) to see where your style and this buyer's differ most, and what to do differently.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profiling/profile_card.py" line="310" />
        <source>Your profile: %1. Profile this buyer to compare.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profiling/profile_card.py" line="324" />
        <source>Your profile (%1) and this buyer's match closely. Still check the proposal against the checklist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profiling/profile_card.py" line="329" />
        <source>You differ most in %1: he scores %2, you %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profiling/profile_card.py" line="335" />
        <source>He leans on it more than you do:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profiling/profile_card.py" line="338" />
        <source>You lean on it more than he does: keep that part of your pitch short and lead with what he leads in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profiling/profile_card.py" line="345" />
        <source>Still check the proposal against the checklist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profiling/profile_card.py" line="354" />
        <source>Opposite quadrants: you lead in %1, he leads in %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profiling/profile_card.py" line="359" />
        <source>He leads in %1, which you rarely use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profiling/profile_card.py" line="341" />
        <location filename="../../ui/profiling/profile_card.py" line="360" />
        <source>(%1 points apart)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProfileListModel</name>
    <message>
        <location filename="../../ui/profiling/profile_list_model.py" line="36" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profiling/profile_list_model.py" line="37" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profiling/profile_list_model.py" line="38" />
        <source>Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profiling/profile_list_model.py" line="39" />
        <source>Dominant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profiling/profile_list_model.py" line="40" />
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profiling/profile_list_model.py" line="41" />
        <source>Assessed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profiling/profile_list_model.py" line="42" />
        <source>Political style</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProfilePanel</name>
    <message>
        <location filename="../../ui/profiling/profile_panel.py" line="186" />
        <source>Profile this buyer…</source>
        <extracomment>Emitted when a card is on screen (after each load).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profiling/profile_panel.py" line="187" />
        <source>Political style…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profiling/profile_panel.py" line="188" />
        <source>History…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <location filename="../../ui/pages/profiles_page.py" line="155" />
        <source>Profiles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/profiles_page.py" line="245" />
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/profiles_page.py" line="249" />
        <source>%1 of %2 contacts shown · %3 profiled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/profiles_page.py" line="257" />
        <source>Search name, title, account or pinyin…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/profiles_page.py" line="258" />
        <source>Only profiled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/profiles_page.py" line="259" />
        <source>My profile…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/profiles_page.py" line="260" />
        <source>Proposal check…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/profiles_page.py" line="263" />
        <source>You have not profiled yourself yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/profiles_page.py" line="266" />
        <source>My profile: %1 (%2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProfilingCommand</name>
    <message>
        <location filename="../../ui/profiling/commands.py" line="63" />
        <source>Profile %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profiling/commands.py" line="70" />
        <source>Save my thinking-style profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profiling/commands.py" line="92" />
        <source>Set political style of %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProjectBoardWindow</name>
    <message>
        <location filename="../../ui/board/window.py" line="426" />
        <source>Loading…</source>
        <extracomment>Every role a contact can be given on the board, in menu order.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="460" />
        <source>This project has been deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="462" />
        <source>Could not load: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="483" />
        <source>That contact already holds this role.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="492" />
        <source>Make %1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="508" />
        <source>Not saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="510" />
        <source>Could not save: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="521" />
        <source>Assign to role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="541" />
        <source>Select a contact first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="591" />
        <source>Select a card to change its standing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="605" />
        <source>Change %1's standing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="634" />
        <source>Remove %1 from %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="664" />
        <source>Profile…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="668" />
        <location filename="../../ui/board/window.py" line="971" />
        <source>Remove from role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="690" />
        <source>(nobody)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="705" />
        <source>Change salesperson of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="750" />
        <location filename="../../ui/board/window.py" line="769" />
        <source>Please correct the fields marked in red.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="755" />
        <source>Nothing to save.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="761" />
        <location filename="../../ui/board/window.py" line="798" />
        <source>Saved. Ctrl+Z undoes it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="774" />
        <source>Edit project %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="802" />
        <source>Rate the five factors of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="811" />
        <source>Move %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="838" />
        <source>Save your changes to %1 before closing?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="841" />
        <source>Unsaved changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="840" />
        <source>Save the five factors of %1 before closing?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="889" />
        <source>Guide %1 · Roles won %2/4 (covered %3/4) · Salesperson %4 · 1+2+1 %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="894" />
        <source>holds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="894" />
        <source>does not hold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="898" />
        <source>Missing:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="900" />
        <source>Nothing missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="904" />
        <source>Risks:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="906" />
        <source>No risk flags.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="912" />
        <location filename="../../ui/board/window.py" line="947" />
        <source>Project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="917" />
        <source>Amount %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="918" />
        <source>Expected close %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="921" />
        <source>Step: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="926" />
        <source>Next: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="936" />
        <source>Guide / insider</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="938" />
        <source>Only a guide counts for the first 1; insiders do not</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="942" />
        <source>Roles (1+2+1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="944" />
        <source>Calls (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="945" />
        <source>Five factors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="946" />
        <source>Steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="948" />
        <source>Contacts — drag onto a role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="949" />
        <source>Assign to role…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="950" />
        <source>Give the selected contact a role (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="951" />
        <source>Salesperson (the last 1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="952" />
        <source>The rep who drives this project.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="955" />
        <source>Stance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="956" />
        <source>Influence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="957" />
        <source>Relationship</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="972" />
        <source>Save factors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="973" />
        <source>Save the ratings and notes (Ctrl+S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="974" />
        <source>Revert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="975" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/window.py" line="976" />
        <source>Close the board (Esc)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProjectForm</name>
    <message>
        <location filename="../../ui/board/project_form.py" line="43" />
        <source>Project name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/project_form.py" line="44" />
        <source>Amount (¥)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/project_form.py" line="45" />
        <source>Expected close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/project_form.py" line="46" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/project_form.py" line="47" />
        <source>Closed on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/project_form.py" line="48" />
        <location filename="../../ui/board/project_form.py" line="55" />
        <source>Next step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/project_form.py" line="49" />
        <source>Next step due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/project_form.py" line="54" />
        <source>Project</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProjectPanel</name>
    <message>
        <location filename="../../ui/board/project_form.py" line="147" />
        <source>Save project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/project_form.py" line="148" />
        <source>Save the project's fields (Ctrl+S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/project_form.py" line="149" />
        <source>Revert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/project_form.py" line="151" />
        <source>Logging a call with a next step and due date updates the next step here.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProposalCheckDialog</name>
    <message>
        <location filename="../../ui/profiling/proposal_dialog.py" line="158" />
        <source>no profile</source>
        <extracomment>Emitted when a check's result is on screen.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profiling/proposal_dialog.py" line="214" />
        <source>Tick the people who will be in the room.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profiling/proposal_dialog.py" line="221" />
        <source>%1 lead(s) in it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profiling/proposal_dialog.py" line="245" />
        <source>No profile yet, so not checked: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profiling/proposal_dialog.py" line="261" />
        <source>Proposal check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profiling/proposal_dialog.py" line="262" />
        <source>Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profiling/proposal_dialog.py" line="263" />
        <source>Who will be in the room</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profiling/proposal_dialog.py" line="264" />
        <source>What the proposal contains</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profiling/proposal_dialog.py" line="265" />
        <source>Result</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QualificationDialog</name>
    <message>
        <location filename="../../ui/channel/qualification_dialog.py" line="172" />
        <source>Weighted total: –</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/qualification_dialog.py" line="175" />
        <source>Weighted total: %1 of 5</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/channel/qualification_dialog.py" line="177" />
        <source> (so far; %n criteria not scored)</source>
        <translation>
            <numerusform> (so far; %n criterion not scored)</numerusform>
            <numerusform> (so far; %n criteria not scored)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/channel/qualification_dialog.py" line="180" />
        <source>Recommendation: score every criterion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/qualification_dialog.py" line="185" />
        <source>Recommendation: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/qualification_dialog.py" line="214" />
        <source>Qualify %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/qualification_dialog.py" line="219" />
        <source>Saving…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/qualification_dialog.py" line="232" />
        <source>Partner qualification — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/qualification_dialog.py" line="233" />
        <source>Qualify %1 as a channel partner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/qualification_dialog.py" line="234" />
        <source>Score each criterion from 1 (poor) to 5 (excellent)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/qualification_dialog.py" line="237" />
        <source>Criterion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/qualification_dialog.py" line="237" />
        <source>Weight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/qualification_dialog.py" line="237" />
        <source>Score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/qualification_dialog.py" line="245" />
        <source>not scored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/qualification_dialog.py" line="249" />
        <source>Recruit at %1 or more, trial from %2, reject below.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/qualification_dialog.py" line="253" />
        <source>Assessed on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/qualification_dialog.py" line="254" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/qualification_dialog.py" line="255" />
        <source>Earlier qualifications</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/qualification_dialog.py" line="257" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/qualification_dialog.py" line="257" />
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/qualification_dialog.py" line="257" />
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/qualification_dialog.py" line="257" />
        <source>Recommendation</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReceivablesPage</name>
    <message>
        <location filename="../../ui/pages/receivables_page.py" line="156" />
        <source>Receivables</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/receivables_page.py" line="212" />
        <source>Could not load: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/receivables_page.py" line="221" />
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/receivables_page.py" line="227" />
        <source>%1 of %2 accounts shown: balance %3, overdue %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/receivables_page.py" line="245" />
        <source>Receivables on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/receivables_page.py" line="246" />
        <source>Search accounts (name or pinyin)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/receivables_page.py" line="248" />
        <source>All accounts with a balance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/receivables_page.py" line="249" />
        <location filename="../../ui/pages/receivables_page.py" line="261" />
        <source>Overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/receivables_page.py" line="250" />
        <source>Open over 90 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/receivables_page.py" line="251" />
        <source>Over the credit limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/receivables_page.py" line="252" />
        <source>Collection slowing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/receivables_page.py" line="253" />
        <source>Any warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/receivables_page.py" line="259" />
        <source>Accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/receivables_page.py" line="260" />
        <source>Balance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/receivables_page.py" line="262" />
        <source>DSO (days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/receivables_page.py" line="263" />
        <source>Over limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/receivables_page.py" line="264" />
        <source>Slowing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/receivables_page.py" line="281" />
        <source>Aging by invoice date; overdue = past the due date. DSO = balance ÷ sales of the last %1 days × %1. Click a column to sort; double-click an account to open its credit and collection.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReceivablesTableModel</name>
    <message>
        <location filename="../../ui/models/receivables_table_model.py" line="72" />
        <source>Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/receivables_table_model.py" line="73" />
        <source>Rating</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/receivables_table_model.py" line="74" />
        <source>Terms (days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/receivables_table_model.py" line="75" />
        <source>Credit limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/receivables_table_model.py" line="76" />
        <source>Balance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/receivables_table_model.py" line="77" />
        <source>Limit used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/receivables_table_model.py" line="79" />
        <source>Overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/receivables_table_model.py" line="80" />
        <source>Oldest overdue (days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/receivables_table_model.py" line="81" />
        <source>DSO (days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/receivables_table_model.py" line="82" />
        <source>Warnings</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/receivables_table_model.py" line="146" />
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecentActivityTableModel</name>
    <message>
        <location filename="../../ui/models/recent_activity_table_model.py" line="30" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/recent_activity_table_model.py" line="31" />
        <source>Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/recent_activity_table_model.py" line="32" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/recent_activity_table_model.py" line="33" />
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/recent_activity_table_model.py" line="34" />
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/recent_activity_table_model.py" line="63" />
        <source>Open %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordCommand</name>
    <message>
        <location filename="../../ui/commands.py" line="65" />
        <source>Add account %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/commands.py" line="66" />
        <source>Edit account %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/commands.py" line="67" />
        <source>Delete account %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/commands.py" line="68" />
        <source>Add contact %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/commands.py" line="69" />
        <source>Edit contact %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/commands.py" line="70" />
        <source>Delete contact %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/commands.py" line="71" />
        <source>Log activity %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/commands.py" line="72" />
        <source>Edit activity %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/commands.py" line="73" />
        <source>Delete activity %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/commands.py" line="78" />
        <source>Add %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/commands.py" line="79" />
        <source>Edit %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/commands.py" line="80" />
        <source>Delete %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../ui/channel/ledger_dialogs.py" line="77" />
        <location filename="../../ui/editors/record_dialog.py" line="99" />
        <location filename="../../ui/editors/record_dialog.py" line="139" />
        <source>Please correct the fields marked in red.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/ledger_dialogs.py" line="146" />
        <location filename="../../ui/editors/record_dialog.py" line="141" />
        <source>Could not save: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordListTab</name>
    <message>
        <location filename="../../ui/editors/record_list.py" line="264" />
        <source>Edit…</source>
        <extracomment>Column sorted on first show, and whether newest/largest first. The column that takes the spare width (default: the last one). Rows as tall as the text plus this many pixels (None: the style's height). The view's signal that opens a record: "doubleClicked", or "activated" (Enter too).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editors/record_list.py" line="265" />
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RejectedTableModel</name>
    <message>
        <location filename="../../ui/sync_models.py" line="124" />
        <source>Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync_models.py" line="124" />
        <source>Changed fields</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync_models.py" line="124" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync_models.py" line="124" />
        <source>Made</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReminderTableModel</name>
    <message>
        <location filename="../../ui/models/reminder_table_model.py" line="38" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/reminder_table_model.py" line="38" />
        <source>Reminder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/reminder_table_model.py" line="38" />
        <source>Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/reminder_table_model.py" line="38" />
        <source>Details</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../ui/channel/review_dialog.py" line="260" />
        <source>Score: –</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/review_dialog.py" line="266" />
        <source>Score: %1 of 5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/review_dialog.py" line="269" />
        <source>No suggested action: not enough indicators</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/review_dialog.py" line="272" />
        <source>Suggested action: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/review_dialog.py" line="279" />
        <source>First review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/review_dialog.py" line="309" />
        <source>Review %1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/review_dialog.py" line="316" />
        <source>Saving…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/review_dialog.py" line="325" />
        <location filename="../../ui/channel/review_dialog.py" line="335" />
        <source>Indicators</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/review_dialog.py" line="325" />
        <location filename="../../ui/channel/review_dialog.py" line="334" />
        <location filename="../../ui/channel/review_dialog.py" line="359" />
        <source>Quarter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/review_dialog.py" line="332" />
        <source>Quarterly review — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/review_dialog.py" line="333" />
        <source>Quarterly review of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/review_dialog.py" line="336" />
        <source>Indicator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/review_dialog.py" line="336" />
        <source>Weight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/review_dialog.py" line="336" />
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/review_dialog.py" line="336" />
        <location filename="../../ui/channel/review_dialog.py" line="359" />
        <source>Score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/review_dialog.py" line="340" />
        <source> (computed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/review_dialog.py" line="347" />
        <source>Computed from invoices and payments (shaded): sales %1 against a quarter target of %2; same quarter a year earlier %3. Change them if you know better; leave an indicator blank to skip it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/review_dialog.py" line="355" />
        <source>Reviewed on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/review_dialog.py" line="356" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/review_dialog.py" line="357" />
        <source>Earlier reviews (trend)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/review_dialog.py" line="359" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/channel/review_dialog.py" line="359" />
        <source>Action</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <location filename="../../ui/settings_tracker.py" line="156" />
        <source>%1 (%2) must not be above %3 (%4).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings_tracker.py" line="164" />
        <source>%1: must be at least %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings_tracker.py" line="170" />
        <source>%1: must be at most %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings_tracker.py" line="175" />
        <source>%1: at least one weight must be more than 0.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings_tracker.py" line="177" />
        <source>%1: cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings_tracker.py" line="188" />
        <source>Restore defaults</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SeatCard</name>
    <message>
        <location filename="../../ui/board/seat_models.py" line="189" />
        <source>Infl. %1</source>
        <extracomment>The roles this list shows; a drop assigns the first one.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/seat_models.py" line="190" />
        <source>Rel. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/seat_models.py" line="202" />
        <source>Influence %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/seat_models.py" line="203" />
        <source>Relationship %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/seat_models.py" line="284" />
        <source>Insider — not a guide</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SegmentationPage</name>
    <message>
        <location filename="../../ui/pages/segmentation_page.py" line="143" />
        <source>Attack / defence</source>
        <extracomment>An account's point was clicked (its id), after the editor was asked to open. Scatter series per strategy and the accounts behind their points, in order.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/segmentation_page.py" line="316" />
        <source>Off plan by %1 points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/segmentation_page.py" line="327" />
        <source>No visits, meetings or calls logged in the window yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/segmentation_page.py" line="329" />
        <source>Your time follows the strategy: no posture is off plan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/segmentation_page.py" line="333" />
        <source>%1: %2% of your visits against %3% planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/segmentation_page.py" line="339" />
        <source>Off plan — </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/segmentation_page.py" line="347" />
        <source>Attack / defence: where each account sits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/segmentation_page.py" line="348" />
        <source>Click an account to open it; hover to see why it sits there</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/segmentation_page.py" line="351" />
        <source>Purchase potential (¥ million a year)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/segmentation_page.py" line="352" />
        <source>Our share of customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/segmentation_page.py" line="357" />
        <source>Where your time goes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/segmentation_page.py" line="360" />
        <source>Posture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/segmentation_page.py" line="361" />
        <source>Accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/segmentation_page.py" line="362" />
        <source>Visits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/segmentation_page.py" line="363" />
        <source>Pipeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/segmentation_page.py" line="364" />
        <source>Planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/segmentation_page.py" line="365" />
        <source>Actual</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/segmentation_page.py" line="373" />
        <source>%n account(s) cannot be placed: enter their purchase potential and share.</source>
        <translation>
            <numerusform>%n account cannot be placed: enter their purchase potential and share.</numerusform>
            <numerusform>%n accounts cannot be placed: enter their purchase potential and share.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/segmentation_page.py" line="388" />
        <source>Potential below ¥%1 million: abandon. From ¥%2 million: acquire, or retain at a share of %3% or more; in between: harass, or maintain. Planned = the effort each strategy asks for; actual = your visits, meetings and calls.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SelfAssessmentDialog</name>
    <message>
        <location filename="../../ui/profiling/self_dialog.py" line="99" />
        <source>%1 of %2 picked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profiling/self_dialog.py" line="107" />
        <source>%1 of %2 picked in all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profiling/self_dialog.py" line="115" />
        <source>There is no rep in this database to save the profile for.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profiling/self_dialog.py" line="122" />
        <source>Pick exactly %1 in each grid (still short: grid %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profiling/self_dialog.py" line="154" />
        <source>Grid %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profiling/self_dialog.py" line="158" />
        <source>My thinking-style profile — self-assessment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profiling/self_dialog.py" line="161" />
        <source>Pick exactly %1 elements in each of the three grids. There are no right answers: the profile shows preferences, not abilities. RepDesk compares it with each buyer's profile and tells you where to adapt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profiling/self_dialog.py" line="166" />
        <source>Rep</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="254" />
        <source>Server address: enter the address of your sync server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="259" />
        <source>Server address: “%1” is not a server address; write it like https://sync.example.com</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="266" />
        <source>Server address: plain http:// would send your password unencrypted to %1; use https://, or tick “Allow plain HTTP”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="270" />
        <source>Login: enter your login on the sync server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="272" />
        <source>Password: enter your password to log in the first time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="351" />
        <source>The settings could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="403" />
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="404" />
        <source>Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="405" />
        <source>General</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="407" />
        <source>1+2+1 tracker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="408" />
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="411" />
        <source>Sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="412" />
        <source>Server address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="413" />
        <source>Login:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="414" />
        <source>Password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="415" />
        <source>Automatic sync:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="416" />
        <source>every</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="417" />
        <source>minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="419" />
        <source>Allow plain HTTP to a server on another machine (unencrypted)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="423" />
        <source>Used once to log in. RepDesk keeps only a sign-in token, in the system's password store; where there is none it asks again next time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="427" />
        <source>Leave empty, or enter it to log in again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="431" />
        <source>This database syncs with %1 as %2. It cannot switch to another server or login: open a new database file for that.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StepsPanel</name>
    <message>
        <location filename="../../ui/board/steps.py" line="94" />
        <source>%1 day(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/steps.py" line="102" />
        <source>Current step: %1 (%2 of 6)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/steps.py" line="118" />
        <source>Step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/steps.py" line="118" />
        <source>Entered on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/steps.py" line="118" />
        <source>Time in step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/steps.py" line="120" />
        <source>Move to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/steps.py" line="121" />
        <source>on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/board/steps.py" line="122" />
        <source>Move step</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncMessages</name>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="31" />
        <source>Offline: the server could not be reached. %n change(s) kept for the next sync.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="177" />
        <location filename="../../ui/pages/sync_page.py" line="306" />
        <location filename="../../ui/pages/sync_page.py" line="327" />
        <source>Sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="245" />
        <source>Restore my value: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="259" />
        <source>Keep the other value: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="294" />
        <source>Export refused changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="296" />
        <source>JSON files (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="328" />
        <source>Server:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="329" />
        <source>Waiting to sync:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="330" />
        <source>Last sync:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="331" />
        <source>Sync now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="332" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="333" />
        <source>Sync settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="334" />
        <source>Restore my value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="335" />
        <source>Keep the other value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="336" />
        <source>Export to JSON…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="339" />
        <source>When you and someone else changed the same field, the later edit was kept. Restore puts your value back; it is sent with the next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="345" />
        <source>No sync server set.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="348" />
        <source>%1 as %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="353" />
        <source>online</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="355" />
        <source>offline</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/sync_page.py" line="358" />
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln change</numerusform>
            <numerusform>%Ln changes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="361" />
        <source>Conflicts (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="362" />
        <source>No open conflicts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="366" />
        <source>Changes the server refused (%1) — kept here, not sent again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="376" />
        <source>Never synced.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="380" />
        <source>%1: %2 sent, %3 received, %4 conflict(s), %5 refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="388" />
        <source>(cancelled)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncTables</name>
    <message>
        <location filename="../../ui/sync_models.py" line="26" />
        <source>Rep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync_models.py" line="27" />
        <source>Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync_models.py" line="28" />
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync_models.py" line="29" />
        <source>Project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync_models.py" line="30" />
        <source>Project role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync_models.py" line="31" />
        <source>Project step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync_models.py" line="32" />
        <source>Activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync_models.py" line="33" />
        <source>Profile assessment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync_models.py" line="34" />
        <source>Evaluation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync_models.py" line="35" />
        <source>Invoice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync_models.py" line="36" />
        <source>Payment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync_models.py" line="48" />
        <source>No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sync_models.py" line="49" />
        <source>(empty)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../ui/pages/today_page.py" line="159" />
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="245" />
        <source>Today's list could not be loaded: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="272" />
        <source>Today — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="273" />
        <location filename="../../ui/pages/today_page.py" line="303" />
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="275" />
        <source>Follow-ups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="281" />
        <source>Follow-ups: %1 overdue, %2 due today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="286" />
        <source> — the %1 most recent are listed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="290" />
        <source>No follow-ups due — well done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="292" />
        <source>No activities logged yet. Calls and visits you log appear here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="294" />
        <source>Recent activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="302" />
        <source>Reminders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="307" />
        <source>Reminders: %1 contracts ending, %2 reviews due, %3 invoices newly overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="315" />
        <source>%1 invoices overdue at %2 accounts, %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="322" />
        <source> — open Receivables</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="325" />
        <source>No contract ending, review due or invoice newly overdue.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TrackerFilterBar</name>
    <message>
        <location filename="../../ui/pages/tracker_filter_bar.py" line="38" />
        <source>All statuses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/tracker_filter_bar.py" line="39" />
        <source>All steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/tracker_filter_bar.py" line="41" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/tracker_filter_bar.py" line="42" />
        <source>Step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/tracker_filter_bar.py" line="43" />
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/tracker_filter_bar.py" line="44" />
        <source>Expected close month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/tracker_filter_bar.py" line="46" />
        <source>Clear filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/tracker_filter_bar.py" line="50" />
        <source>All owners</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/tracker_filter_bar.py" line="51" />
        <source>Closing %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/tracker_filter_bar.py" line="52" />
        <source>Any close month</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TrackerPage</name>
    <message>
        <location filename="../../ui/pages/tracker_page.py" line="176" />
        <source>Key-account tracker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/tracker_page.py" line="282" />
        <source>The tracker could not be loaded: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/tracker_page.py" line="292" />
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/tracker_page.py" line="293" />
        <source>Loading projects…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/tracker_page.py" line="295" />
        <source>Searching…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/tracker_page.py" line="298" />
        <source>%1 of %Ln open project(s)</source>
        <translation>
            <numerusform>%1 of %Ln open project</numerusform>
            <numerusform>%1 of %Ln open projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/tracker_page.py" line="303" />
        <source>%Ln open project(s)</source>
        <translation>
            <numerusform>%Ln open project</numerusform>
            <numerusform>%Ln open projects</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/tracker_page.py" line="307" />
        <source>No open key-account projects. Projects you add appear here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/tracker_page.py" line="311" />
        <source>No project matches the search and filters. Try fewer words.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/tracker_page.py" line="333" />
        <source>New project…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/tracker_page.py" line="334" />
        <source>Start a key-account project (Ctrl+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/tracker_page.py" line="336" />
        <source>Search accounts, projects, guides, owners — Chinese or pinyin (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TrackerSettingsTab</name>
    <message>
        <location filename="../../ui/settings_tracker.py" line="262" />
        <source>The thresholds of the 1+2+1 rules. They decide every project's traffic light and risk flags on the tracking sheet, the project board and the account plans.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings_tracker.py" line="268" />
        <source>Roles won (the “2”):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings_tracker.py" line="269" />
        <source>of the 4 buying roles must be held by a supporter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings_tracker.py" line="272" />
        <source>Stalled after:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings_tracker.py" line="273" />
        <source>days without an advance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings_tracker.py" line="276" />
        <source>Talks stalled after:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings_tracker.py" line="277" />
        <source>judged calls in a row ending in continuation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings_tracker.py" line="280" />
        <source>Top contact at:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings_tracker.py" line="281" />
        <source>the org level someone in contact must hold</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TrackerTableModel</name>
    <message>
        <location filename="../../ui/models/tracker_table_model.py" line="148" />
        <source>Account</source>
        <extracomment>The colour of each status: a dot in the sheet, a banner on the board. A pale tint of each status, behind the status cell. The text columns: cut short when narrow, so their full text is the cell's tooltip.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/tracker_table_model.py" line="149" />
        <source>Project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/tracker_table_model.py" line="150" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/tracker_table_model.py" line="151" />
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/tracker_table_model.py" line="152" />
        <source>Expected close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/tracker_table_model.py" line="153" />
        <source>Step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/tracker_table_model.py" line="154" />
        <source>Guide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/tracker_table_model.py" line="155" />
        <source>Covered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/tracker_table_model.py" line="156" />
        <source>Won</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/tracker_table_model.py" line="157" />
        <source>Top risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/tracker_table_model.py" line="158" />
        <source>Last advance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/tracker_table_model.py" line="159" />
        <source>Next step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/tracker_table_model.py" line="160" />
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/tracker_table_model.py" line="161" />
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/tracker_table_model.py" line="274" />
        <source>1+2+1 holds</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>