"""Thin adapters, one per outside thing (IMAP, parsing, SQLite, SMTP, scheduler, Jinja2).

Each translates its library's exceptions into certmerge_mail.errors at its boundary.
"""
