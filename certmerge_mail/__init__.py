"""certmerge-mail: follow an AWS Certification account-merge case through your mailbox."""

__version__ = "0.1.0"
