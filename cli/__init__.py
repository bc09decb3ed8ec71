"""Headless commands behind ``main.py``'s subcommands: thin shells over storage and services."""
