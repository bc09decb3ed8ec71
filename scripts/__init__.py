"""Maintenance scripts run from the repo root (``python -m scripts.<name>``)."""
