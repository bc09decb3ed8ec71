"""The words the record forms show: field labels and section titles, translated.

Labels are looked up per table first, then shared by field name (``phone`` reads "Phone"
on an account and on a contact). Every string is a literal ``QCoreApplication.translate``
call so ``lupdate`` collects it; call the functions again after a language change.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from domain.validation import FieldError
from ui.i18n import current_language


def field_label(table: str, name: str) -> str:
    """The label of field ``name`` of ``table`` in the current language."""
    own = {
        ("accounts", "name"): QCoreApplication.translate("FieldLabels", "Account name"),
        ("accounts", "notes"): QCoreApplication.translate("FieldLabels", "Notes"),
        ("activities", "notes"): QCoreApplication.translate("FieldLabels", "What happened"),
        ("activities", "kind"): QCoreApplication.translate("FieldLabels", "Kind"),
    }
    shared = {
        "name": QCoreApplication.translate("FieldLabels", "Name"),
        "short_name": QCoreApplication.translate("FieldLabels", "Short name"),
        "channel_type": QCoreApplication.translate("FieldLabels", "Channel type"),
        "cooperation_mode": QCoreApplication.translate("FieldLabels", "Cooperation mode"),
        "level": QCoreApplication.translate("FieldLabels", "Level"),
        "is_key_account": QCoreApplication.translate("FieldLabels", "Key account"),
        "lifecycle_stage": QCoreApplication.translate("FieldLabels", "Lifecycle stage"),
        "tags": QCoreApplication.translate("FieldLabels", "Tags"),
        "lead_source": QCoreApplication.translate("FieldLabels", "Lead source"),
        "region": QCoreApplication.translate("FieldLabels", "Region"),
        "province": QCoreApplication.translate("FieldLabels", "Province"),
        "city": QCoreApplication.translate("FieldLabels", "City"),
        "address": QCoreApplication.translate("FieldLabels", "Address"),
        "industry": QCoreApplication.translate("FieldLabels", "Industry"),
        "phone": QCoreApplication.translate("FieldLabels", "Phone"),
        "wechat": QCoreApplication.translate("FieldLabels", "WeChat"),
        "email": QCoreApplication.translate("FieldLabels", "E-mail"),
        "website": QCoreApplication.translate("FieldLabels", "Website"),
        "owner_rep_id": QCoreApplication.translate("FieldLabels", "Owner rep"),
        "credit_rating": QCoreApplication.translate("FieldLabels", "Credit rating"),
        "credit_limit": QCoreApplication.translate("FieldLabels", "Credit limit (¥)"),
        "payment_terms_days": QCoreApplication.translate("FieldLabels", "Payment terms (days)"),
        "purchase_potential": QCoreApplication.translate("FieldLabels", "Purchase potential (¥)"),
        "share_of_customer": QCoreApplication.translate("FieldLabels", "Share of customer (%)"),
        "sales_target": QCoreApplication.translate("FieldLabels", "Annual sales target (¥)"),
        "contract_end": QCoreApplication.translate("FieldLabels", "Contract ends"),
        "notes": QCoreApplication.translate("FieldLabels", "Notes"),
        "title": QCoreApplication.translate("FieldLabels", "Job title"),
        "department": QCoreApplication.translate("FieldLabels", "Department"),
        "org_level": QCoreApplication.translate("FieldLabels", "Org level"),
        "ally_kind": QCoreApplication.translate("FieldLabels", "Guide / insider"),
        "political_style": QCoreApplication.translate("FieldLabels", "Political style"),
        "occurred_at": QCoreApplication.translate("FieldLabels", "Date and time"),
        "contact_ids": QCoreApplication.translate("FieldLabels", "Contacts"),
        "subject": QCoreApplication.translate("FieldLabels", "Subject"),
        "outcome": QCoreApplication.translate("FieldLabels", "Outcome"),
        "advance_kind": QCoreApplication.translate("FieldLabels", "Customer action"),
        "advance_on": QCoreApplication.translate("FieldLabels", "Action date"),
        "next_step": QCoreApplication.translate("FieldLabels", "Next step"),
        "next_step_due": QCoreApplication.translate("FieldLabels", "Due"),
        "next_step_done": QCoreApplication.translate("FieldLabels", "Done"),
    }
    return own.get((table, name)) or shared.get(name) or name


def section_title(key: str) -> str:
    """The title of form section ``key`` in the current language ("" for none)."""
    return {
        "basics": QCoreApplication.translate("FormSections", "Basics"),
        "channel": QCoreApplication.translate("FormSections", "Channel"),
        "contact_details": QCoreApplication.translate("FormSections", "Contact details"),
        "credit": QCoreApplication.translate("FormSections", "Credit and potential"),
        "notes": QCoreApplication.translate("FormSections", "Notes"),
        "person": QCoreApplication.translate("FormSections", "Person"),
        "reach": QCoreApplication.translate("FormSections", "How to reach"),
        "profile": QCoreApplication.translate("FormSections", "Standing with us"),
        "call": QCoreApplication.translate("FormSections", "The call"),
        "result": QCoreApplication.translate("FormSections", "Result"),
        "next": QCoreApplication.translate("FormSections", "Next step"),
    }.get(key, "")


def error_text(error: FieldError, lang: str | None = None) -> str:
    """``error`` as shown beside its own field: the message without the field's code."""
    text = error.text(lang or current_language())
    return text.removeprefix(f"{error.field}: ")


def placeholder(kind: str) -> str:
    """Grey hint text of an empty input of ``kind`` (empty when the label says enough)."""
    return {
        "phone": QCoreApplication.translate("FieldHints", "e.g. 0571-8888 6666 or 138 0013 8000"),
        "email": QCoreApplication.translate("FieldHints", "name@example.com"),
        "money": QCoreApplication.translate("FieldHints", "0.00"),
        "tags": QCoreApplication.translate("FieldHints", "other tags, separated by commas"),
    }.get(kind, "")
