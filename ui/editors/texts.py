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
    tr = QCoreApplication.translate
    own = {
        ("accounts", "name"): tr("FieldLabels", "Account name"),
        ("accounts", "notes"): tr("FieldLabels", "Notes"),
        ("activities", "notes"): tr("FieldLabels", "What happened"),
        ("activities", "kind"): tr("FieldLabels", "Kind"),
    }
    shared = {
        "name": tr("FieldLabels", "Name"),
        "short_name": tr("FieldLabels", "Short name"),
        "channel_type": tr("FieldLabels", "Channel type"),
        "cooperation_mode": tr("FieldLabels", "Cooperation mode"),
        "level": tr("FieldLabels", "Level"),
        "is_key_account": tr("FieldLabels", "Key account"),
        "lifecycle_stage": tr("FieldLabels", "Lifecycle stage"),
        "tags": tr("FieldLabels", "Tags"),
        "lead_source": tr("FieldLabels", "Lead source"),
        "region": tr("FieldLabels", "Region"),
        "province": tr("FieldLabels", "Province"),
        "city": tr("FieldLabels", "City"),
        "address": tr("FieldLabels", "Address"),
        "industry": tr("FieldLabels", "Industry"),
        "phone": tr("FieldLabels", "Phone"),
        "wechat": tr("FieldLabels", "WeChat"),
        "email": tr("FieldLabels", "E-mail"),
        "website": tr("FieldLabels", "Website"),
        "owner_rep_id": tr("FieldLabels", "Owner rep"),
        "credit_rating": tr("FieldLabels", "Credit rating"),
        "credit_limit": tr("FieldLabels", "Credit limit (¥)"),
        "payment_terms_days": tr("FieldLabels", "Payment terms (days)"),
        "purchase_potential": tr("FieldLabels", "Purchase potential (¥)"),
        "share_of_customer": tr("FieldLabels", "Share of customer (%)"),
        "sales_target": tr("FieldLabels", "Annual sales target (¥)"),
        "contract_end": tr("FieldLabels", "Contract ends"),
        "notes": tr("FieldLabels", "Notes"),
        "title": tr("FieldLabels", "Job title"),
        "department": tr("FieldLabels", "Department"),
        "org_level": tr("FieldLabels", "Org level"),
        "ally_kind": tr("FieldLabels", "Guide / insider"),
        "political_style": tr("FieldLabels", "Political style"),
        "occurred_at": tr("FieldLabels", "Date and time"),
        "contact_ids": tr("FieldLabels", "Contacts"),
        "subject": tr("FieldLabels", "Subject"),
        "outcome": tr("FieldLabels", "Outcome"),
        "advance_kind": tr("FieldLabels", "Customer action"),
        "advance_on": tr("FieldLabels", "Action date"),
        "next_step": tr("FieldLabels", "Next step"),
        "next_step_due": tr("FieldLabels", "Due"),
        "next_step_done": tr("FieldLabels", "Done"),
    }
    return own.get((table, name)) or shared.get(name) or name


def section_title(key: str) -> str:
    """The title of form section ``key`` in the current language ("" for none)."""
    tr = QCoreApplication.translate
    return {
        "basics": tr("FormSections", "Basics"),
        "channel": tr("FormSections", "Channel"),
        "contact_details": tr("FormSections", "Contact details"),
        "credit": tr("FormSections", "Credit and potential"),
        "notes": tr("FormSections", "Notes"),
        "person": tr("FormSections", "Person"),
        "reach": tr("FormSections", "How to reach"),
        "profile": tr("FormSections", "Standing with us"),
        "call": tr("FormSections", "The call"),
        "result": tr("FormSections", "Result"),
        "next": tr("FormSections", "Next step"),
    }.get(key, "")


def error_text(error: FieldError, lang: str | None = None) -> str:
    """``error`` as shown beside its own field: the message without the field's code."""
    text = error.text(lang or current_language())
    return text.removeprefix(f"{error.field}: ")


def placeholder(kind: str) -> str:
    """Grey hint text of an empty input of ``kind`` (empty when the label says enough)."""
    tr = QCoreApplication.translate
    return {
        "phone": tr("FieldHints", "e.g. 0571-8888 6666 or 138 0013 8000"),
        "email": tr("FieldHints", "name@example.com"),
        "money": tr("FieldHints", "0.00"),
        "tags": tr("FieldHints", "other tags, separated by commas"),
    }.get(kind, "")
