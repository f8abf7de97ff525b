"""The sample mailbox `make demo` runs on (a Maildir)."""
