"""Console cases: support mail from an address that takes no replies.

A case opened in the AWS Support Center (the console) is answered there,
not by e-mail: its mail comes from no-reply-aws@amazon.com and says so
("this e-mail address cannot accept replies", "please reply in the Support
Center").  For such a case no e-mail reply is drafted; the digest and the
nudges say where to answer, with the link from the mail, and the text to
paste is kept for `drafts show`.  Pure: no I/O.
"""

from __future__ import annotations

import re

# The status of a draft kept for you to paste into the Support Center: never
# put in Drafts, never sent by certmerge-mail.
PASTE = "paste"
SUPPORT_CENTER = "https://support.console.aws.amazon.com/support/home#/case/?displayId={case_id}"

_NO_REPLY_LOCAL = re.compile(r"^(?:no-?reply|do-?not-?reply|donotreply)(?:[-_.+].*)?$", re.IGNORECASE)
# The text says the address takes no replies, or to answer in the Support Center.
_SAYS_NO_REPLY = re.compile(
    r"\b(?:(?:this|the)\s+(?:e-?mail\s+)?address\s+(?:is\s+not\s+monitored|(?:cannot|can'?t|does\s+not|doesn'?t|"
    r"will\s+not|won'?t)\s+(?:accept|receive|take)\s+(?:any\s+)?(?:e-?mail\s+)?(?:replies|responses|e-?mails?))|"
    r"(?:do|please\s+do)\s+not\s+reply\s+(?:to\s+)?(?:this|directly)|"
    r"replies\s+to\s+this\s+(?:e-?mail|message)\s+(?:are|will)\s+not|"
    r"(?:reply|respond)\s+(?:to\s+(?:this|the)\s+case\s+)?(?:in|through|via|from|using)\s+(?:the\s+)?(?:aws\s+)?support\s+center)\b|"
    r"返信(?:は)?(?:できません|出来ません|を受け付けておりません|を受け付けていません|いただいても対応)|"
    r"送信専用|(?:返信|回答|返答)[^。\n]{0,20}?サポートセンター(?:で|から|にて|より|を)|"
    r"サポートセンター(?:で|から|にて|より)[^。\n]{0,20}?(?:返信|回答|返答)",
    re.IGNORECASE,
)
_LINK = re.compile(r"https://[^\s<>\"')\]]{1,300}?displayId=\d{10,15}[^\s<>\"')\]]{0,200}", re.IGNORECASE)


def takes_no_replies(from_addr: str, reply_to: str, text: str) -> bool:
    """Does this support mail come from an address that takes no replies?"""
    address = (reply_to or from_addr or "").lower()
    if _NO_REPLY_LOCAL.match(address.partition("@")[0]):
        return True
    return bool(_SAYS_NO_REPLY.search(text[:60_000]))


def support_center_link(text: str, case_id: str) -> str:
    """The Support Center link the mail gives for the case (its displayId), else the usual one."""
    for m in _LINK.finditer(text[:60_000]):
        if case_id and f"displayId={case_id}" in m.group(0):
            return m.group(0).rstrip(".,;")
    return SUPPORT_CENTER.format(case_id=case_id)
