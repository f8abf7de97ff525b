"""Jinja2 templates (installed as certmerge_mail.templates)."""
