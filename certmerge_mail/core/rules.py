"""What the words of merge mail mean, in English and Japanese.

Each signal is one compiled pattern over lower-cased, NFKC-normalised text.
They name meanings ("asks the user to confirm", "says the merge is done"),
not one agent's phrase: agents word these differently every time.  The
classifier (classify.py) combines signals into a kind; each signal that
fires becomes a reason the user can read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from certmerge_mail.core.prefilter import anchored, required_literals, split_leading_anchor

_UNPREPARED: list[Signal] = []  # the signals not compiled yet (Signal.prepare)


def prepare_all() -> None:
    """Compile every signal not compiled yet (a `run` does it in a thread
    while it waits for the server; a signal needed before then compiles
    itself)."""
    while _UNPREPARED:
        try:
            signal = _UNPREPARED.pop()
        except IndexError:  # another thread took the last one
            return
        signal.prepare()


@lru_cache(maxsize=16)
def lower(text: str) -> str:
    """The text in lower case, each character where it stood, for the
    signals, which run on lower-cased text: a match's offsets then index
    the text itself.  (A character whose lower case is longer, as "İ"'s is,
    stays as it is.)  Cached: several readers lower one text."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _gate_open(gate: frozenset[str] | None, text: str, start: int, end: int) -> bool:
    """Whether one of an alternative's literals (its gate; None: no gate) occurs in text[start:end],
    where any match of the alternative there would hold it."""
    if gate is None:
        return True
    if start == 0 and end == len(text):
        return any(literal in text for literal in gate)
    return any(text.find(literal, start, end) != -1 for literal in gate)


@dataclass(frozen=True, slots=True)
class Signal:
    name: str
    explain: str
    alternatives: tuple[str, ...]
    # Words just before a match that make it hypothetical ("once the accounts
    # have been merged", "完了しましたら"): such a match does not count.
    conditional: re.Pattern[str] | None = None
    # Each alternative compiled on its own (prefilter.py), with the literals
    # one of which its every match contains (only alternatives whose literals
    # occur in the text run at all) and the leading anchor (\b, ^\s*) taken
    # off it to be checked here instead.
    # Made at the first find or matches (or by prepare_all), not at import:
    # compiling every signal is a tenth of a second of each process's start,
    # which `run` spends waiting for the server instead (cli/run.py).
    compiled: tuple[tuple[frozenset[str] | None, re.Pattern[str], str | None], ...] = field(
        default=(), init=False, compare=False)
    literals: tuple[str, ...] = field(default=(), init=False, compare=False)  # every gate's, once
    ready: bool = field(default=False, init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        _UNPREPARED.append(self)

    def prepare(self) -> Signal:
        """Compile the alternatives, once.  Safe from two threads at once: both
        make the same tables, and `ready` is set last."""
        if not self.ready:
            compiled = []
            for alternative in self.alternatives:
                gate = required_literals(alternative, re.MULTILINE)
                anchor, rest = split_leading_anchor(alternative, re.MULTILINE)
                compiled.append((None if gate is None else frozenset(gate), re.compile(rest, re.MULTILINE), anchor))
            object.__setattr__(self, "compiled", tuple(compiled))
            object.__setattr__(self, "literals", tuple(sorted({lit for gate, _, _ in compiled if gate for lit in gate})))
            object.__setattr__(self, "ready", True)
        return self

    def find(self, text: str) -> str | None:
        """The first (leftmost) matched words, or None."""
        if not self.ready:
            self.prepare()
        present = {literal for literal in self.literals if literal in text}
        best: re.Match[str] | None = None
        for gate, pattern, anchor in self.compiled:
            if gate is not None and present.isdisjoint(gate):
                continue
            best = self._search(pattern, anchor, text, best.start() if best else len(text)) or best
        return best.group(0).strip() if best else None

    def first(self, text: str, start: int = 0, end: int | None = None) -> str | None:
        """The words of the first alternative, in their order, that matches
        anywhere; None exactly when find() finds nothing.  For the signals
        read as a yes or a no, whose words only name the reason: it stops at
        the first alternative that matches, and looks for an alternative's
        literals only when it gets to it.  With `start` and `end`, only a
        match within text[start:end] counts, read as `re`'s search(text,
        start, end) reads it (anchors and look-behinds see the text before)."""
        if not self.ready:
            self.prepare()
        end = len(text) if end is None else min(end, len(text))
        for gate, pattern, anchor in self.compiled:
            if not _gate_open(gate, text, start, end):
                continue
            if (m := self._search(pattern, anchor, text, end, start)) is not None:
                return m.group(0).strip()
        return None

    def search(self, text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
        """The match `re` finds searching text[start:end] for the
        alternatives joined as one pattern: the leftmost, and of the matches
        that start there the first alternative's.  For a signal that stands
        for one case-insensitive alternation (run on `lower(text)`)."""
        return next(self.finditer(text, start, end), None)

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
        """The matches `re`'s finditer gives for the alternatives joined as
        one pattern (none of which matches the empty string), each
        alternative searched on its own, only where its literals occur, and
        again only once the matches before have passed its last match.  (A
        line anchor's `^\\s*` is checked, not matched: its spaces are left out.)"""
        if not self.ready:
            self.prepare()
        end = len(text) if end is None else min(end, len(text))
        live = [(pattern, anchor) for gate, pattern, anchor in self.compiled if _gate_open(gate, text, start, end)]
        found = [self._search(pattern, anchor, text, end, start) for pattern, anchor in live]
        at = start
        while True:
            best: re.Match[str] | None = None
            for i, m in enumerate(found):
                if m is not None and m.start() < at:
                    m = found[i] = self._search(*live[i], text, end, at)
                if m is not None and (best is None or m.start() < best.start()):
                    best = m
            if best is None:
                return
            yield best
            at = max(best.end(), best.start() + 1)

    def find_all(self, text: str) -> list[str]:
        """Every match find() would accept (anchored, not hypothetical), in
        the text's order: for a reader that must pass over the first."""
        if self.conditional is None:
            found = self.matches(text)
        else:
            found = [m for m in self.matches(text) if not self._hypothetical(text, m)]
        return [m.group(0).strip() for m in sorted(found, key=lambda m: (m.start(), -m.end()))]

    def _search(self, pattern: re.Pattern[str], anchor: str | None, text: str, end: int,
                at: int = 0) -> re.Match[str] | None:
        """The leftmost match of one alternative in text[at:end] whose anchor
        holds and that is not hypothetical."""
        while (m := pattern.search(text, at, end)) is not None:
            if anchor is not None and not anchored(anchor, text, m.start()):
                at = m.start() + 1
            elif self._hypothetical(text, m):
                at = max(m.end(), m.start() + 1)
            else:
                return m
        return None

    def matches(self, text: str) -> list[re.Match[str]]:
        """Every match of every alternative whose literals occur in the text
        (anchors checked, no hypothetical test), in no particular order."""
        if not self.ready:
            self.prepare()
        present = {literal for literal in self.literals if literal in text}
        found = []
        for gate, pattern, anchor in self.compiled:
            if gate is not None and present.isdisjoint(gate):
                continue
            found += (m for m in pattern.finditer(text) if anchor is None or anchored(anchor, text, m.start()))
        return found

    def _hypothetical(self, text: str, m: re.Match[str]) -> bool:
        if self.conditional is None:
            return False
        before = text[max(0, m.start() - 40) : m.start()]
        after = text[m.end() : m.end() + 6]
        return bool(self.conditional.search(before) or _JA_CONDITIONAL_AFTER.match(after))


def _p(*alternatives: str) -> tuple[str, ...]:
    """The alternatives of one signal.  Signals run on lower-cased text, so
    the patterns are written in lower case (no IGNORECASE: it costs a third
    of the time on 10 KB mail); ^ and $ are line anchors."""
    return alternatives


_W = r"(?:\s+\S+){0,3}?"  # up to three intervening words
# Up to eight words before "accounts" ("your two old AWS certification
# accounts").  Bounded: "two", "both" and "duplicate" also start a match, and
# with `*` each of them in "both both both..." read the whole run again.
_ACCT = r"(?:certification\s+|candidate\s+|aws\s+|credly\s+|old\s+|new\s+|duplicate\s+|two\s+|both\s+|these\s+|the\s+|your\s+|my\s+){0,8}"
# "after" as a condition or a time to come, not a time past ("for 3 days after my last correspondence,
# I will go ahead and resolve this case now"); meaning.py's conditions use it too.
AFTER = r"after(?!\s++(?:my|our|your|the)\s++(?:last|previous|earlier|latest)\b)"
_HYPOTHETICAL = re.compile(
    rf"\b(?:once|{AFTER}|when|until|before|if|whether|unless|as\s+soon\s+as|"
    r"prior\s+to|so\s+that)\b[^.!?\n]{0,40}$|\bnot\s++(?:yet\s+)?$",
    re.IGNORECASE,
)
# (and a state reached later: "ケースが解決済みになった後でも", "…となってから")
_JA_CONDITIONAL_AFTER = re.compile(r"^(?:ら|たら|後|次第|際|上で|のち|まで|前|ましたら|いたしましたら|(?:に|と)な(?:った|って)(?:後|あと|から|ら))")

# --- topic ---------------------------------------------------------------------

MERGE_TOPIC = Signal(
    "merge-topic",
    "is about merging accounts",
    _p(
        r"\bmerg(?:e|ed|es|ing|er)\b",
        r"\bconsolidat(?:e|ed|es|ing|ion)\b",
        r"\b(?:combin(?:e|ed|es|ing)|join(?:s|ed|ing)?|integrat(?:e|ed|es|ing))\s+" + _ACCT + r"(?:accounts|profiles)",
        r"\b(?:two|2|multiple|both|duplicate|separate|several)\s+" + _ACCT + r"(?:accounts|profiles|ids|logins)\b",
        r"\bduplicate\s+" + _ACCT + r"(?:account|profile)\b",
        r"\baccounts?\s+(?:in|into)\s+(?:one|a\s+single)\b",
        r"\bunif(?:y|ied|ying)\s+" + _ACCT + r"accounts",
        # "more than one AWS Certification profile is registered to you", "the unification of your profiles",
        # "will unify them into your primary profile"
        r"\bmore\s+than\s+one\s+" + _ACCT + r"(?:accounts?|profiles?)\b",
        # the object first: "Your AWS Certification profiles have been successfully combined"
        r"\b(?:accounts|profiles)\s+(?:have|has)\s+been\s+(?:\S+\s+)?(?:combined|merged|consolidated|unified)\b",
        # "Certification account - duplicate", "confirmation that … is the one you want to keep"
        r"\b(?:account|profile)\s+[-–—:]\s+duplicate\b",
        r"\b(?:one|account|profile|id)\s+(?:that\s+)?you\s+(?:want|wish|would\s+like|'d\s+like)\s+to\s+keep\b",
        r"\bunification\s+of\s+(?:your\s+|the\s+)?" + _ACCT + r"(?:accounts|profiles)\b",
        r"\b(?:unif(?:y|ied|ying)|combin(?:e|ed|ing))\s+them\s+into\b",
        r"\baccount[-\s]merge\b",
        # translated: "the fusion of your accounts", "the integration of your accounts", "account integration"
        r"\b(?:fusion|integration)\s+of\s+(?:your\s+|the\s+|both\s+|two\s+)*(?:\w+\s+)?(?:accounts|profiles)\b",
        r"\baccount\s+integration\b",
        r"統合|マージ|併合|結合|一本化|名寄せ|重複(?:した)?アカウント|アカウント(?:の)?重複|(?:2|二|複数)つ?の(?:認定)?アカウント|アカウントが(?:2|二|複数)|"
        r"(?:1|一|ひと)つにまとめ", r"(?:1|一|ひと)つに(?:したい|したく|して(?:ほしい|いただき|ください))",
        # "アカウントを寄せる作業", "AWS… へ寄せる"
        r"アカウントを(?:(?:1|一|ひと)つに)?寄せ",
    ),
)
CERT_CONTEXT = Signal(
    "certification-context",
    "concerns AWS Training and Certification",
    _p(
        r"certif",
        r"\bcandidate\b",
        r"certmetrics",
        r"credly",
        r"training\s+(?:and|&)\s+certification",
        r"\bexam(?:s|ination|inations)?\b",
        r"\bbadges?\b",
        r"\baws-?\d{8}\b",
        # (not a membership's "資格": "プライム会員資格", "会員資格")
        r"認定|(?<!会員)資格|試験|トレーニング|受験|バッジ|候補者",
    ),
)
TC_DESK = Signal(
    "tc-support-desk",
    "comes from the AWS Training and Certification support desk",
    _p(
        r"trainingcertification",
        r"training\s+(?:and|&)\s+certification\s+(?:form\s+submission|customer\s+support|support)",
        r"^\s*aws\s+training\s+(?:and|&)\s+certification\s*$",
        r"aws\s*トレーニング(?:と|&)認定\s*(?:カスタマー)?サポート",
        r"\b(?:contact(?:ing|ed)?|reach(?:ing|ed)?\s+out\s+to|writ(?:e|ing)\s+to)\s+(?:the\s+)?aws\s+training\s+(?:and|&)\s+certification",
        r"aws\s*トレーニング(?:と|&|および)認定\s*+(?:に|へ|の)?\s*+(?:お問い合わせ|ご連絡|カスタマー|サポート)",
        r"^\s*aws\s*トレーニング(?:と|&|および)認定\s*$",
        # the console's row naming the service: "Service: Training and Certification", "サービス: トレーニングと認定"
        r"^\s*(?:service|サービス)\s*[:：]\s*(?:aws\s*)?(?:training\s+(?:and|&)\s+certification|トレーニング(?:と|&|および)認定)",
        r"\baccount[-\s]assistance\b",
    ),
)
OTHER_TOPIC = Signal(
    "other-topic",
    "is about something other than an account merge",
    _p(r"\brefund", r"\breschedul", r"\bexam\s+(?:appointment|score|result)", r"\bretake\b", r"\baccommodation",
       r"\bvouchers?\b", r"\bdiscount", r"\bbenefits?\b", r"バウチャー|割引|特典",
       r"\binvoice\b", r"\bbilling\b", r"\bquota\b", r"limit\s+increase", r"\bpayment\b",
       r"返金|日程変更|予約変更|請求|クォータ|上限緩和",
       # a name corrected on a certificate
       r"\b(?:legal|registered|display)\s+name\b", r"\bname\s+(?:change|correction|on\s+(?:the\s+|my\s+|your\s+)?(?:certificates?|certifications?|badges?))",
       r"(?:氏名|名前|お名前)(?:の)?(?:表記)?(?:の)?(?:変更|修正|訂正)",
       # the sign-in e-mail changed: "You asked us to change the e-mail address on your certification account"
       r"\b(?:e-?mail|sign-?in|login)(?:\s+address)?\s+(?:change|update)\b",
       r"\bchange\s+(?:the\s+|your\s+)?(?:registered\s+|sign-?in\s+|login\s+)?(?:e-?mail|sign-?in|login)\b",
       r"(?:メールアドレス|サインイン用?(?:の)?メール)(?:の)?(?:変更|切り替え)"),
)
SELLER = Signal(
    "seller-central",
    "is an Amazon Seller Central matter",
    _p(r"seller\s*central", r"selling\s+partner", r"\bseller\s+(?:account|support|performance)", r"\basins?\b",
       r"\bfba\b", r"セラーセントラル", r"出品"),
)

# A merge of AWS Builder IDs (Skill Builder's sign-in), which support answers
# apart from certification accounts: another product's accounts.
BUILDER_ID_MERGE = Signal(
    "builder-id-merge",
    "is about merging AWS Builder IDs, not certification accounts",
    _p(r"builder\s*+ids?\b[^.\n。]{0,40}?(?:merg|consolidat|combin|統合|まとめ)",
       r"(?:merg|consolidat|combin)\w{0,8}+\s{1,10}+(?:\S{1,40}+\s{1,10}+){0,3}?(?:aws\s++)?builder\s*+ids?\b",
       r"builder\s*+id\s*+(?:同士|どうし)"),
)

# --- what the new text says ----------------------------------------------------

# A reply's subject ("RE:", "AW:", "返信:"): it keeps the subject of the mail it answers.
REPLY_SUBJECT = re.compile(r"^\s*+(?:re|aw|sv|antw|返信|回复|答复)\s*+(?:\[\d+\])?\s*+[:：]", re.IGNORECASE)
CASE_OPENED_SUBJECT = Signal(
    "case-opened-subject",
    "the subject says a case was opened",
    _p(
        r"opened\s+a\s+new\s+(?:support\s+)?case",
        r"new\s+support\s+case",
        r"\bcase\s+(?:\d+\s+)?(?:has\s+been\s+)?(?:created|opened|received)\b",
        r"we(?:'ve|\s+have)?\s+received\s+your\s+(?:\S+\s+){0,5}?(?:request|inquiry|enquiry|submission|case|message)",
        # "Received: your Training and Certification request (7041…)", "Support request 1741… logged"
        r"^\s*received\s*[:：]\s*your\b",
        r"\b(?:request|case|ticket)\s+\d{6,}\s+(?:logged|opened|created|registered|received)\b",
        # (not "お問い合わせを再オープンしました": a case opened again)
        r"(?:お問い合わせ|ケース).{0,15}(?:受付|受け付け|作成|(?<!再)オープン|開設|を開き|を用意|を作り|を作っ)",
        # machine-translated: "あなたは新しいサポートケースを持っています"
        r"新しい(?:サポート)?ケース",
        r"(?:お問い合わせ|ご依頼|ご相談).{0,6}承りました",
    ),
)
CASE_OPENED = Signal(
    "case-opened",
    "says a support case was opened or a request received",
    _p(
        r"\bwe\s+(?:have|'ve)\s+(?:opened|created)\s+(?:a\s+|your\s+|support\s+)*case\b",
        r"\bcase\s++(?:\(?(?:id|#|number)?[:#]?\s*+\d++\)?\s++)?(?:has\s+been|was)\s+(?:successfully\s+)?(?:created|opened|logged|submitted)",
        r"\bwe(?:'ve|\s+have)?\s+(?:successfully\s+)?received\s+your\s+(?:\S+\s+){0,4}?(?:request|inquiry|enquiry|submission|case|message|e-?mail|form)",
        r"\b(?:request|inquiry|enquiry|submission|ticket)\s+(?:\(#?\d{6,}\)\s+)?(?:has\s+been|was|is)\s+(?:successfully\s+)?(?:logged|created|opened|registered|received|submitted|recorded)",
        r"\b(?:first|initial)\s+response\s+(?:\S+\s+){0,3}?within\b",
        r"\bwe(?:'ve|\s+have)?\s+got\s+your\s+(?:\S+\s+){0,2}?(?:request|inquiry|enquiry|submission|message|e-?mail|form)",
        # "This note confirms we have your submission; it is now in our queue as case 1768…"
        r"\bconfirms?\s+(?:that\s+)?we\s+have\s+your\s+(?:request|inquiry|enquiry|submission|message|form)\b",
        r"\bcase\s+(?:#\s*|id\s*)?\d{8,}\s+is\s+(?:now\s+)?open\b",
        r"\bexpect\s+(?:a|an|our|the)\s+(?:first\s+|initial\s+)?(?:reply|response|answer)\s+within\b",
        r"\bthank\s+you\s+for\s+(?:contacting|submitting|reaching\s+out|your\s+(?:inquiry|request|submission))\b[^\n]{0,200}\b(?:case|ticket|request)\s+(?:id|number|#)",
        r"\byour\s+(?:case|ticket|request)\s+(?:id|number|#)\s+is\b",
        # (not a case opened again: "再オープン", "再度オープンされました")
        r"(?:お問い合わせ|ご依頼|リクエスト|ケース|フォーム|ご連絡)[^。\n]{0,30}(?<!再)(?<!再度)(?:受け付け|受付|承り|作成|オープン|起票|発行|開設|受け取り|受領)(?:いたしました|しました|されました|ました|た|、)",
        r"ケース(?:id|番号)?[:：]?\s*\d+\s*(?:を|が)(?:作成|オープン|起票|発行|開設|開き|開始)",
        r"(?:サポート)?ケースが開始されました",
        # "お問い合わせいただきありがとうございます。以下のとおり受け付けました。"
        r"(?:以下|下記)の(?:とおり|通り|内容で)\s*(?:受け付け|受付|承り)(?:ました|いたしました|致しました)",
    ),
)
AUTOMATIC = Signal(
    "automatic",
    "says it is an automatic message, or promises a first answer",
    _p(
        r"\b(?:automated|automatic(?:ally)?|auto-?generated|auto-?reply|auto-?response)\b",
        r"\bwithin\s+(?:\d+|one|two|a|a\s+few)\s+(?:business\s+|working\s+)?(?:hours?|days?)\b",
        r"\b(?:by|on|within)\s+the\s+(?:next|following)\s+(?:business|working)\s+day\b",
        r"自動(?:送信|配信|返信|応答|通知)|\d(?<!\d\d)\d*+\s*時間以内|\d(?<!\d\d)\d*+\s*営業日以内|翌営業日(?:まで|中|以内)",
    ),
)
REPLY_RECEIVED = Signal(
    "reply-received",
    "acknowledges the user's reply automatically",
    _p(r"\bwe(?:'ve|\s+have)?\s+received\s+your\s+(?:case\s+)?(?:reply|response|correspondence|update|e-?mail\s+reply)",
       # (not "本メールへのご返信は受け付けておりません": replies to this mail are not read)
       r"ご返信.{0,10}(?:受け付け|受領)(?!て(?:おり|い)ません|ません|られません|でき)"),
)
COMPLETED = Signal(
    "merge-done",
    "says the merge is done",
    _p(
        # "now that the consolidation has gone through"
        r"\b(?:merge|merger|consolidation)\s+(?:has\s+|have\s+)?(?:now\s+)?(?:gone|went)\s+through\b",
        r"\b(?:have|has)\s+(?:now\s+)?(?:been\s+)?(?:successfully\s+)?(?:merged|consolidated|combined|unified)\b",
        r"\b(?:merge|merger|consolidation|merging)(?:\s+(?:request|process|of\s+(?:your|the)\s+(?:\S+\s+)?accounts?))?\s+(?:is\s+|was\s+|has\s+been\s+)?(?:now\s+)?(?:successfully\s+|fully\s+)?(?:complete|completed|done|finished|processed|finalized|successful)\b",
        # "the account merge you requested is complete": a few words between, none hypothetical
        r"\b(?:merge|merger|consolidation)\b(?:\s+(?!once\b|after\b|when\b|if\b|until\b|before\b|will\b)[a-z]+){1,6}?\s+(?:is|was|has\s+(?:now\s+)?been)\s+(?:now\s+)?(?:successfully\s+|fully\s+)?(?:complete|completed|done|finished)\b",
        r"\b(?:successfully|now)\s+(?:been\s+)?(?:merged|consolidated|combined)\b",
        r"\b(?:completed|processed|finalized|finished|performed|carried\s+out)\s+(?:the|your)\s+(?:\S+\s+){0,2}?(?:merge|merger|consolidation)\b",
        r"\b(?:finished|completed|done|through)\s+(?:with\s+)?(?:merging|consolidating|combining|unifying)\b",
        r"\baccounts?\s+(?:are|is)\s+now\s+(?:merged|consolidated|combined|linked|one)\b",
        r"\bwe\s+(?:have\s+|'ve\s+)?(?:\S+\s+)?(?:merged|consolidated|combined)\s+(?:your|the|both|these|account|aws)",
        r"\b(?:merged|consolidated)\s+(?:successfully|as\s+requested)\b",
        # (not a request's title: "ケース …(認定アカウントの統合のお願い)は、対応を終了した状態": its handling ended)
        r"(?:統合|マージ|併合)(?!の(?:お願い|ご依頼|依頼|ご相談|件)[)）」』])[^。\n]{0,14}?(?:完了|終了)(?:いたしました|しました|しております|いたしております|となりました|です|した|済み)",
        # (not a description: "統合済みの AWS… で取得されたバッジは")
        r"(?:統合|マージ|併合)(?:いたしました|しました|されました|させていただきました|済み(?!の(?!ため))|しております|されております)",
        # a result row under the merge's report: "■ 処理結果 … 結果 :完了"
        r"^[ \t]*+(?:処理)?結果[ \t]*+[:：][ \t]*+(?:完了|済み?|処理済み?)[ \t]*+$",
    ),
    conditional=_HYPOTHETICAL,
)
CONFIRM_ASK = Signal(
    "asks-confirmation",
    "asks the user to confirm",
    _p(
        r"\b(?:please|kindly)\s+(?:\S+\s+){0,5}?(?:confirm|approve)\b",
        # your agreement to be given: "we should be grateful if you would indicate your agreement by return e-mail"
        r"\b(?:indicate|express|give|send|state|signal|signify|communicate)\s+(?:us\s+)?your\s+(?:\S+\s+)?(?:agreement|approval|consent|go-ahead|assent)\b",
        # "we … request your written authorisation prior to its execution"
        r"\brequest\s+your\s+(?:written\s+|explicit\s+|formal\s+)*(?:authori[sz]ation|approval|consent|agreement)\b",
        # a consent to copy: "Please reply with the following sentence, copied exactly: "I authorise … to combine AWS… into AWS…""
        r"\b(?:reply|respond|write\s+back|answer)\b[^.\n]{0,60}\b(?:with|using)\s+(?:the\s+)?(?:following|this|these|exact)\s+"
        r"(?:sentence|statement|words|text|line|wording)\b[^\"“\n]{0,80}\n?\s*[\"“]\s*i\s+(?:hereby\s+)?(?:authori[sz]e|confirm|agree|approve|consent|accept)",
        # the words to write: "please write "I agree" in the reply"
        r"\b(?:write|type|put|send)\s+(?:us\s+|back\s+)?[\"'“‘](?:i\s+agree|yes|agree[ds]?|i\s+confirm|confirm(?:ed)?|approved?|ok)\b",
        # the answer's content told: "respond … indicating that the information is correct"
        r"\b(?:reply|respond|write|answer)\b(?<!your reply)[^.\n]{0,80}\b(?:indicating|stating|saying|to\s+say)\s+(?:that\s+)?"
        r"(?:\S+\s+){0,3}?(?:is|are)\s+(?:correct|right|accurate|fine|ok|okay)\b",
        r"\b(?:reply|respond|write|answer)\b(?<!your reply)[^.\n]{0,80}\b(?:(?:indicating|stating|saying|to\s+say)\s+(?:that\s+)?|that\s+)"
        r"you\s+(?:agree|approve|accept|consent)\b",
        # "we ask that you so indicate by way of reply", "just reply to this e-mail saying so"
        r"\bask\s+that\s+you\s+(?:\S+\s+){0,2}?(?:indicate|confirm|approve|agree|reply|respond|let\s+us\s+know)\b",
        r"\b(?:reply|respond|write\s+back|answer)\b(?<!your reply)[^.\n]{0,60}\b(?:saying|to\s+say)\s+so\b",
        # "Please verify that AWS… should remain your primary profile"
        r"\bverify\s+that\s+(?:\S+\s+){0,4}?(?:should|will|is\s+to)\s+(?:remain|stay|be\s+kept)\b",
        # "I need that you confirm me the plan below"
        r"\b(?:need|require)\s+that\s+you\s+(?:\S+\s+){0,2}?(?:confirm|approve|agree)\b",
        r"\b(?:can|could|would|will)\s+you\s+(?:please\s+|kindly\s+)?(?:\S+\s+){0,2}?confirm\b",
        # "reply to confirm", not "thank you for your reply and for confirming"
        r"\b(?:reply|respond|write\s+back|revert)\b(?<!your reply)[^.\n]{0,80}\b(?:confirm|confirmation|approv|consent|agree)",
        # non-native "answer to this email confirming us that you are agree"
        r"\banswer\s+(?:to\s+)?(?:this|our|my)\s+(?:e-?mail|message|mail)\s+(?:\S+\s+){0,2}?(?:confirming|to\s+confirm|with\s+(?:your\s+)?confirmation)\b",
        r"\bconfirm\s+(?:that\s+|whether\s+|if\s+)?(?:you\s+)?(?:would\s+like|want|wish|agree|approve|consent|are\s+(?:ok|okay|happy|fine))",
        r"\b(?:once|after|upon|when|as\s+soon\s+as)\s+(?:we\s+)?(?:receive|receiving|get|getting|have|hear)\s+(?:back\s+)?(?:your|a)\s+(?:written\s+|explicit\s+)?(?:confirmation|approval|consent|authori[sz]ation|go-ahead|reply|response)",
        # machine-translated 問題ないかご返信: "could you reply to this e-mail whether above content is no problem?"
        r"\b(?:reply|respond|answer|let\s+us\s+know|tell\s+us)\b[^.\n]{0,60}?\bwhether\s+(?:the\s+)?(?:above|this|that)\s+(?:content\s+|plan\s+)?is\s+(?:no\s+problem|ok|okay|fine|correct|right)\b",
        r"\b(?:need|require|await(?:ing)?|waiting\s+for)\s+your\s+(?:written\s+|explicit\s+|formal\s+|final\s+)*"
        r"(?:confirmation|approval|consent|authori[sz]ation|go-ahead)",
        r"\blike\s+your\s+(?:written\s+|explicit\s+|formal\s+|final\s+)*(?:confirmation|approval|consent|go-ahead)",
        # "Because this cannot be reversed later, we will proceed once we hear from you"
        r"\bwe\s+will\s+(?:only\s+)?(?:proceed|go\s+ahead|start|begin|carry\s+(?:it|this)\s+out)\s+(?:once|when|as\s+soon\s+as|after)\s+we\s+hear\s+(?:back\s+)?from\s+you\b",
        # "Your confirmation of the following is required to proceed", "we'd need a short confirmation from you"
        r"\byour\s+(?:\S+\s+)?(?:confirmation|approval|consent|go-ahead)\s+(?:of\s+(?:\S+\s+){0,3}?)?(?:is|are)\s+(?:required|needed|necessary)",
        r"\b(?:need|require)\s+(?:a\s+)?(?:short\s+|quick\s+|brief\s+|written\s+|final\s+|clear\s+)?(?:confirmation|approval|go-ahead|yes)\s+from\s+you",
        r"\b(?:need|require|would\s+like|want|ask)\s+you\s+to\s+(?:\S+\s+){0,3}?(?:confirm|approve|agree)\b",
        # the ask as the user's obligation: "before we can continue you must approve the change"
        r"\byou\s+(?:must|need\s+to|have\s+to|are\s+required\s+to)\s+(?:\S+\s+){0,2}?(?:confirm|approve|agree)\b",
        r"\bconfirm\s+(?:the\s+|these\s+|this\s+)?(?:above|following|below|details|information|merge|request|accounts)",
        # (not "How would you like to continue? You can either: a) … or b) …": a choice asked, not a yes)
        r"\b(?<!how\s)(?:do|would)\s+you\s+(?:like|want|wish)\s+(?:us\s+)?to\s+(?:proceed|go\s+ahead|continue)",
        r"\blet\s+us\s+know\s+(?:if|whether)\s+(?:you\s+)?(?:agree|approve|would\s+like|want|wish|are\s+(?:ok|okay|happy|fine)|consent)",
        # the plan, then "… — is that right? A simple yes or no is fine."
        r"\ba\s+(?:simple|quick|short|plain)\s+[\"'“]?yes[\"'”]?\s+or\s+[\"'“]?no[\"'”]?\s+(?:is\s+(?:fine|enough|all\s+we\s+need)|will\s+do|works)\b",
        # machine-translated 問題がなければ…ご返信ください: "If there is no problem in the above content, we would be
        # grateful if you could give a reply to this mail saying that there is no problem"
        r"\bif\s+there\s+is\s+no\s+problem\b[^.\n]{0,120}?\b(?:reply|respond|answer|let\s+us\s+know|tell\s+us)\b",
        # "If I've understood you correctly, a one-line reply is enough for us to start"
        r"\ba\s+(?:one-line|one\s+line|short|quick|brief|simple)\s+(?:reply|answer|note|response)\s+(?:is\s+(?:enough|all\s+(?:we|i)\s+need)|will\s+do)\b",
        # the plan, asked as a question: "is this the arrangement you would like us to carry out?"
        r"\bis\s+(?:this|that)\s+(?:the\s+)?(?:arrangement|plan|set-?up|way|approach)\s+(?:that\s+)?you\s+(?:would\s+like|'d\s+like|want|prefer)\b",
        # "Request you to kindly revert back with your acceptance on above details"
        r"\brevert\s+(?:back\s+)?(?:to\s+us\s+)?with\s+your\s+(?:acceptance|approval|confirmation|consent|go-?ahead|agreement)\b",
        # "Write OK in Support Center and I do it."
        r"\b(?:write|type|reply|answer|send)\s+[\"'“]?(?:ok|okay|yes|i\s+agree|agree|confirm(?:ed)?|approved?)[\"'”]?\s+(?:in|to|via|through)\s+(?:the\s+)?(?:support\s+center|reply|this\s+case|the\s+case)\b",
        # "If you're happy, drop me a line saying so and I'll get things moving"
        r"\b(?:drop|send|shoot)\s+(?:me|us)\s+(?:a\s+)?(?:quick\s+|short\s+)?(?:line|note|message|reply)\s+(?:saying|to\s+say)\s+(?:so|yes)\b",
        # a statement of consent to send back: "Please copy the statement below into your reply, … and send it back"
        r"\bcopy\s+(?:the|this)\s+(?:\S+\s+){0,2}?(?:statement|text|sentence|wording|declaration)\s+(?:(?:below|above)\s+)?(?:into|in)\s+your\s+(?:reply|response|answer|e-?mail)\b",
        r"\b(?:let\s+(?:me|us)\s+know|tell\s+(?:me|us)|confirm)\s+(?:that\s+|if\s+|whether\s+)?(?:\S+\s+){0,3}?(?:looks?|is|are|sounds?|seems?)\s+(?:\S+\s+)?(?:right|correct|accurate|good|ok|okay|fine|acceptable|agreeable|alright|all\s+right|in\s+order)\b",
        # the plan, then "Is that OK with you? A simple "yes" is enough"
        r"\bis\s+(?:that|this)\s+(?:ok|okay|alright|all\s+right|acceptable|agreeable|fine)\s+(?:with|for|by)\s+you\b",
        r"\ba\s+(?:simple|quick|short|plain|one-word)\s+[\"'“]?yes[\"'”]?\s+(?:is\s+(?:fine|enough|all\s+(?:we|i)\s+need)|will\s+do|works)\b",
        r"\b(?:reply|respond|answer)\b(?<!your reply)\s+(?:(?:to\s+|on\s+|in\s+)?(?:this|the|our|my)\s+(?:e-?mail|message|case|ticket)\s+)?(?:with\s+)?"
        r"(?:a\s+)?(?:short\s+|simple\s+|quick\s+|one-word\s+)?[\"'“]?(?:yes|ok|i\s+confirm|confirm|go\s+ahead|agree|approved?)\b",
        r"\bdouble[-\s]?check\b",
        # the user asked to review, not "a member of our team will review the details"
        r"(?:\b(?:please|kindly|you)\s++(?:\S++\s++){0,2}?|^[ \t]*+)(?:verify|review|check)\s++(?:that\s++)?"
        r"(?:the\s++|these\s++)?(?:following|details|below|above|information|accounts)",
        r"ご確認(?:の上|のうえ|ください|のほど|をお願い|願います|いただけますでしょうか|いただけますか|いただけないでしょうか|いただきたく|いただきますよう|いただけますと|いただければ)",
        # the same ask in other words: "お確かめいただけますでしょうか", "誤りがないかお確かめのうえ"
        r"お確かめ(?:の上|のうえ|ください|いただけ|いただき|願い|をお願い)",
        r"確認(?:して|を)(?:ください|下さい|お願い)",
        # (not an identity check: "ご本人様確認が取れ次第、手続き内容をご案内いたします")
        # (not the desk's own check: "確認が取れ次第、統合内容をまとめたうえで…ご連絡を差し上げます")
        r"(?<!本人)(?<!本人様)(?:(?:ご確認|ご承認|ご同意)\s*+(?:を|が)?\s*+(?:いただき|いただけ|取れ|とれ|頂き)|"
        r"確認\s*+(?:を)?\s*+(?:いただき|いただけ|頂き))\s*次第",
        # "once you reply" asks approval only when the merge follows it ("ご返信をいただき次第、統合を実施いたします"),
        # not a promise to read the answer ("ご返信をいただき次第、内容を確認のうえご案内いたします")
        r"ご返信\s*+(?:を)?\s*+(?:いただき|いただけ|頂き)\s*次第[^。\n]{0,30}?(?:統合|移行|作業|手続き|処理)\s*+を?\s*+(?:実施|開始|進め|行|させていただ)",
        r"(?:お間違い|間違い|誤り|相違)\s*+(?:が|は)?\s*+(?:ない|ございません|ありません)\s*か[^。\n]{0,40}(?:お知らせ|ご連絡|ご返信|ご確認|お返事)",
        r"(?:統合|内容|手続き)\s*+を?\s*+(?:ご)?承認(?:して|を|いただ|くださ)",
        # the plan asked of as your intention: "上記の内容で渡辺様のご意向に相違ございませんでしょうか"; a reply
        # asked as your confirmation: "ご確認のお返事をいただけますと幸いです"
        r"(?:ご意向|ご希望|お考え|ご認識|ご要望)(?:と|に)\s*+(?:相違|違い|お間違い)(?:が|は)?\s*+(?:ございません|ありません|ない)(?:でしょう)?か",
        # (not on a condition: "ご確認のご返信をいただけましたら作業を開始いたします" points to the request sent before)
        r"ご?確認の(?:お返事|ご返信|ご連絡|ご回答)\s*+(?:を)?\s*+(?:(?:いただけ|頂け)(?:ますと|ますよう|ますでしょうか|ませんでしょうか|れば幸い)|お願い|くださ)",
        # (over a wrapped line too: "…にご異存がなければ、\n本メールにその旨ご返信いただけますでしょうか")
        r"(?:問題|差し支え|差支え|お間違い|間違い|誤り|相違|ご?異存|ご?異論|ご?異議)(?:が)?(?:な(?:ければ|いようでしたら|い場合は|いようであれば)|なき場合|"
        r"(?:ございません|ありません)(?:ようでしたら|ようであれば|でしたら|場合は))"
        # (not "if you don't mind" before information asked: "差し支えなければ、その経緯…をお知らせ")
        r"(?:(?!経緯|理由|事情|背景|詳細|アドレス|お名前|日付|日時)[^。]){0,80}"
        r"(?:ご返信|ご返答|ご連絡|お返事|返信|お知らせ|ご一報)",
        r"「[^」\n]{1,30}」\s*+と\s*+(?:(?:だけ|のみ)\s*+)?(?:ご返信|ご返答|お返事|返信)",
        # machine-translated: "上記が正しいことを私たちに知らせるために、このケースに返信してください"
        r"(?:正しい|間違いない|問題ない)(?:こと|か(?:どうか)?)[^。\n]{0,30}?(?:返信|お知らせ|知らせ)",
        r"ご(?:承認|承諾|同意|了解)",
        r"同意(?:いただけ|される|する|の上|いただ)",
        r"よろしいでしょうか|よろしいですか|問題(?:ない|ございません)(?:か|でしょうか)|差し支えない(?:か|でしょうか)",
        # asked inside a sentence: "上記の内容でよろしいか、本メールへのご返信にてお知らせいただけますでしょうか"
        r"よろしいか(?:どうか)?[、,]?[^。\n]{0,30}?(?:お知らせ|ご返信|ご連絡|お返事)",
        r"(?:確認|了承)[^。\n]{0,20}(?:ご返信|ご連絡|お返事)(?:ください|下さい|をお願い|願います|いただけ|いただきたく)",
    ),
)
CONFIRM_MERGE = Signal(
    "confirm-the-merge",
    "asks to confirm or approve the merge itself",
    _p(
        r"\b(?:confirm|approve|authori[sz]e)\s+(?:the\s+|your\s+|this\s+|our\s+)?(?:(?:aws|certification|accounts?|profiles?)\s+){0,3}"
        r"(?:merge|merger|merging|consolidation)\b",
        r"\b(?:confirm|approve)\s+(?:that\s+)?(?:you\s+)?(?:want|wish|would\s+like)\s+(?:us\s+)?to\s+(?:merge|consolidate|combine)",
        r"\byour\s+(?:\S+\s+)?(?:confirmation|approval)\s+of\s+(?:the\s+)?(?:\S+\s+)?(?:merge|merger|consolidation)\b",
        # (合併: machine-translated "merger")
        r"(?:統合|合併)(?:の)?(?:内容|手続き)?\s*を\s*(?:ご)?(?:承認|確認|了承|確定)|(?:統合|合併)\s*(?:の|について|に)\s*(?:ご)?(?:承認|同意|了承|最終確認)",
    ),
)
IRREVERSIBLE = Signal(
    "irreversible",
    "warns that the merge cannot be undone",
    _p(
        r"\b(?:cannot|can\s*not|can'?t|won'?t|will\s+not|could\s+not|couldn'?t)\s+be\s+(?:\S+\s+)?(?:undone|reversed|reverted|unmerged|separated|split|restored|rolled\s+back|recovered|taken\s+back|unwound|walked\s+back|reopened|re-opened|brought\s+back)",
        r"\b(?:irreversible|irrevocable|non-?reversible|not\s+reversible|permanent(?:ly)?|final\s+and\s+cannot)\b",
        # a calque of 実行後は取り消しできません: "the integration can not be cancelled after it is executed"
        r"\b(?:cannot|can\s*not|can'?t)\s+be\s+cancell?ed\s+(?:after|once)\b",
        r"\bno\s+way\s+(?:for\s+(?:us|you|anyone)\s+)?(?:to|of)\s+(?:undo|reverse|separat|split|unmerge|restor|"
        r"pull\s+(?:\S+\s+){0,2}?apart|bring\s+(?:\S+\s+){0,2}?back|roll\s+(?:\S+\s+){0,2}?back)",
        # "This step is final", "the change will be final"
        r"\b(?:this|the|that)\s+(?:step|change|action|merge|merger|consolidation|decision|operation)\s+(?:is|will\s+be)\s+(?:\w+\s+)?final\b",
        # non-native "definitive" (French définitif, Spanish definitivo): "the operation is definitive"
        r"\b(?:this|the|that)\s+(?:step|change|action|merge|merger|fusion|consolidation|unification|integration|operation)\s+"
        r"(?:is|will\s+be)\s+(?:\w+\s+)?definitive\b",
        r"\b(?:cannot|can\s*not|can't|won't\s+be\s+able\s+to|will\s+not\s+be\s+able\s+to)\s+(?:\S+\s+){0,2}?(?:undo|reverse|unmerge|revert|"
        # non-native: "After merge Account A can not login any more and can not recover"
        r"recover|restore|"
        r"bring\s+(?:them|it|those|these|the\s+\w+)\s+back|(?:split|pull|take|tear)\s+(?:\S+\s+){0,3}?(?:apart|up|again)|separate\s+(?:\S+\s+){0,3}?(?:again|later|afterwards|after\b))",
        r"(?:\b(?:unable|not\s+able|impossible|not\s+possible|no\s+longer\s+possible)|n't\s+able)\s+to\s+(?:\S+\s+)?(?:undo|reverse|separate|split|unmerge|restore|revert|roll\s+back|"
        r"bring\s+(?:\S+\s+){0,2}?back|pull\s+(?:\S+\s+){0,2}?apart)",
        r"元(?:の状態)?(?:に|へ)(?:は)?戻(?:す|せ|る)(?:こと)?(?:は|が)?(?:でき|出来|いたし|致し)(?:ません|ない|かねます)",
        r"元(?:の状態)?(?:に|へ)(?:は)?戻せ(?:ません|ない|なく)",
        # "閉鎖したアカウントを再度有効にすることはできません"
        r"(?:再度|再び|もう一度)(?:有効|利用可能|使える状態)に(?:する|戻す)(?:こと)?(?:は|が)?(?:でき|出来)(?:ません|ない)",
        r"(?:取り消|取消|解除|分割|分離|復元|復旧|戻す|戻る|戻せ|元通り|分け直)[^。\n]{0,16}?(?:でき|出来)(?:ません|ない|ず|かねます)",
        r"\bno\s+(?:undo|undoing|going\s+back|turning\s+back|way\s+back|route\s+back|road\s+back|rewind|reversing|take-?backs?)\b",
        r"\bone-?\s?way\s+(?:street|process|operation|change|step|door|ticket|action)\b",
        # machine-translated 元に戻せません: "this operation is not able to return to original"
        r"\b(?:not\s+able\s+to|cannot|can'?t|unable\s+to)\s+(?:be\s+)?return(?:ed)?\s+to\s+(?:the\s+|its\s+)?origin(?:al)?\b",
        r"(?:分け|戻せ|戻さ|取り消せ)(?:られ)?(?:ません|ない)(?:[)）。、\n]|ため|ので|$)|元に戻りません|不可逆|やり直(?:し|す)(?:こと)?(?:は|が)?でき|(?:取り消し|取消し?|やり直し)(?:は|が)?(?:きき|利き)ません",
    ),
)
_NOT_OF_THE_CASE = "".join(f"(?<!{noun}\\s{verb})" for noun in ("case", "cases", "ticket", "request", "inquiry")
                           for verb in ("will", "would"))
DIRECTION = Signal(
    "names-direction",
    "names which account is kept and which is merged",
    _p(
        r"\b(?:merged?|consolidat(?:e|ed|ing)|combin(?:e|ed|ing)|unif(?:y|ied|ying))\s+(?:\S+\s+){0,4}?(?:into|inside)\b",
        # ("the 2019 profile gets rolled into the newer one")
        r"\b(?:folded|absorbed|rolled|merged|consolidated|combined)\s+into\s+(?:the\s+(?:\w+\s+)?(?:one|account|profile)\b|aws|it\b)",
        # non-native "to" for "into": "we will merge Account A to Account B"
        r"\b(?:merge[ds]?|combine[ds]?|consolidate[ds]?)\s+(?:\S+\s+){0,3}?(?:to|onto)\s+(?:the\s+|your\s+)?(?:account|profile|aws\d{8})",
        # the account named, and its address, between the verb and "into": "fold the newer profile,
        # aws6113… (luis@…), into your original one"
        r"\b(?:fold(?:ed|ing)?|absorb(?:ed|ing)?|merg(?:e|ed|ing)|consolidat(?:e|ed|ing)|combin(?:e|ed|ing))\s+(?:\S+\s+){0,3}?"
        r"aws\d{8}\b(?:[^\n.]|\.(?=\S)){0,60}?\binto\b",
        r"(?:お使い|ご利用)いただ(?:く|ける)アカウント|(?:お使い|ご利用)いただけなくなる",
        r"^[ \t]*+(?:stays?|remains?)\s+(?:active|open)\b",
        r"\b(?:primary|surviving|retained|remaining|main|destination|target|master|active)\s+(?:certification\s+|candidate\s+)?(?:account|profile|id)\b",
        r"\b(?:account|profile)\s+(?:\S+\s+){0,3}?(?:to\s+(?:be\s+)?(?:kept|retained|keep|remain|conserved|preserved|maintained)|"
        r"(?:that|which)\s+will\s+(?:remain|stay|survive|be\s+(?:kept|retained|conserved|preserved|maintained|merged|unified|"
        r"integrated|absorbed|consolidated|folded|combined|closed|deactivated)))",
        # said of an account, not of the case ("this case will be closed automatically"): the
        # word before "will" checked once "will" is found, so the search still skips along in C
        r"\b(?:will|would|is\s+going\s+to)" + _NOT_OF_THE_CASE +
        r"\s+(?:be\s+)?(?:kept|retained|remain(?:ing)?|survive|deactivated|closed|disabled|retired|archived|removed|deleted)\b",
        r"\b(?:keep|retain)\s+(?:\S+\s+){0,3}?(?:as\s+(?:the|your)\s+)?(?:primary|main|active)\b",
        r"\b(?:from|source)\s*+(?:account)?\s*+[:：]?\s*+aws\d{8}[^\n]{0,80}\b(?:to|into|target)\b",
        r"^\s*(?:keep|kept|retain|remove|removed|source|target|primary|merge\s+from|merge\s+into)\s*[:：=]",
        r"\b(?:goes|go|moved?|transferred?|carried\s+over)\s+(?:\S+\s+){0,2}?(?:to|into)\s+(?:your\s+)?(?:account\s+)?aws\d{8}",
        r"統合先|統合元|存続|残す|残る|主アカウント|メインアカウント|プライマリ|移行先|移行元|に統合|へ統合|を統合|無効化|削除され|"
        # "移し替え元 / 移し替え先", "AWS… に一本化"
        r"移し替え(?:元|先)|(?:に|へ)一本化",
        r"引き続き[^。\n]{0,10}利用|(?:へ|に)移(?:します|行します|動します|されます)",
    ),
)
WHICH_QUESTION = Signal(
    "asks-which",
    "asks which account or e-mail to use",
    _p(
        r"\bwhich\s+(?:of\s+(?:the|your|these)\s+)?(?:\S+\s+)?(?:account|one|email|e-mail|candidate\s+id|profile|address)",
        r"どちらの(?:アカウント|メール)|どのアカウント|いずれのアカウント",
    ),
)
INFO_ASK = Signal(
    "asks-information",
    "asks the user for information",
    _p(
        # not "please don't send it again", "please do not resubmit"
        r"\b(?:please|kindly)\s+(?!don't\b|do\s+not\b|never\b)(?:\S+\s+){0,2}?(?:provide|share|send|tell\s+us|specify|advise|"
        r"indicate|clarify|include|supply)\b",
        r"\bplease\s+let\s+us\s+know\s+(?!how\b)",
        # "please reply with: 1. the e-mail address …"
        r"\b(?:please|kindly)\s+(?:reply|respond|write\s+back)\s+with\s*(?::|the\b|your\b|these\b|all\b)",
        r"\b(?:could|can|would)\s+you\s+(?:please\s+|kindly\s+)?(?:provide|share|send|let\s+us\s+know|tell\s+us|specify|advise|clarify|verify)\b",
        r"\bwe\s+(?:will\s+|would\s+)?(?:need|require)\s+(?:the\s+following|some|more|additional|your|you\s+to)",
        # (not an offer: "additional details may be provided by replying")
        r"\b(?:missing|additional|further|more|following)\s+(?:information|details)\b(?!\s+(?:\S+\s+){0,3}?(?:may|can|could)\s+be\b)",
        r"\bwhich\s+(?:of\s+(?:the|your|these)\s+)?(?:\S+\s+)?(?:account|one|email|e-mail)",
        # "kindly help me with the below details: 1. Which of the above profiles …"
        r"\b(?:please|kindly)\s+help\s+(?:me|us)\s+with\s+(?:the\s+)?(?:below|following|requested)\s+(?:details|information)\b",
        r"ご(?:提供|教示|連絡|記入|送付)(?:ください|いただけ|いただきます|願います|のほど)",
        # machine-translated: "次の情報を提供してください"
        r"(?:情報|詳細|内容|以下|下記|次)[^。\n]{0,12}?(?:提供|送信|共有|記入|送付)して(?:ください|いただけ)",
        # not "…でお知らせいただけます。" (you can tell us: an offer), but "いただけますか", "いただければ"
        r"お知らせ(?:ください|いただけ(?!ます(?:[。\n]|$))|いただきます|願います)|教えて(?:ください|いただけ(?!ます(?:[。\n]|$)))",
        r"どちらの(?:アカウント|メール)|どのアカウント",
        r"(?:情報|詳細).{0,10}(?:必要|不足)",
    ),
)
SURVEY_ASK = Signal(
    "asks-feedback",
    "asks for feedback or a rating",
    _p(
        r"\bwas\s+(?:your|this|the)\s+(?:issue|question|problem|case|inquiry|request|concern)\s+(?:\S+\s+)?(?:resolved|answered|addressed)",
        r"\bdid\s+we\s+(?:resolve|answer|address|solve)",
        r"\bsurvey\b",
        r"\b(?:rate|rating|evaluate)\s+(?:\S+\s+){0,3}?(?:experience|agent|support|service|interaction|correspondence|associate|response)",
        r"\bhow\s+(?:did\s+we\s+do|we\s+did|would\s+you\s+rate|satisfied)",
        r"\bfeedback\b",
        r"アンケート|ご意見|評価|満足度|フィードバック|解決(?:しましたか|されましたか|いたしましたか)",
    ),
)
# The writer's closure with its ground before it, "As no further action is needed from our side, I will
# close this case": an act now, though said with "will" (meaning.closure_to_come reads it so).
GROUNDED_CLOSURE = r"\b(?:as|since)\s[^.\n]{0,80}?,\s{0,3}(?:i|we)(?:'ll|\s+will)\s+(?:close|resolve)\b"
CASE_CLOSED = Signal(
    "case-closed",
    "says the case is resolved or closed",
    _p(
        # "Your support case 1741...: Merge my two AWS Certification accounts has been resolved"
        # (not the other case: "no worries about the other case, it has already been closed")
        r"\b(?<!other\s)(?<!second\s)(?<!duplicate\s)(?:case|inquiry|request|ticket|issue),?\s+(?:\S+\s+){0,12}?(?:(?:has|have)\s+(?:now\s+|already\s+|just\s+)?been|was|"
        r"is(?:\s+now)?|is\s+being)\s+(?:recently\s+|now\s+|just\s+)?(?:marked\s+as\s+|set\s+to\s+)?(?:resolved|closed)",
        # a status told: "Case 1741… resolved" (a console's subject), "- case status: resolved as of today"
        # (the look-behinds after "case", so that the search skips to it in C)
        r"\bcase(?<!other\scase)(?<!second\scase)(?<!duplicate\scase)\s+(?:#?\d{6,}\s+|status\s*[:：-]\s*)(?:resolved|closed)\b",
        # "we will now be treating your enquiry 1752… as settled", "we consider this request resolved"
        r"\b(?:treat(?:ing)?|consider(?:ing)?|regard(?:ing)?)\s+(?:your\s+|this\s+|the\s+)?(?:case|enquiry|inquiry|request|ticket)\s+"
        r"(?:#?\d{6,}\s+)?(?:as\s+)?(?:settled|resolved|closed|solved)\b",
        # "we've put this one to rest"
        r"\bput\s+(?:this|it|the\s+\w+)\s+(?:one\s+|case\s+|request\s+)?to\s+rest\b",
        # "so we are closing this case for now"
        r"\b(?:we\s+are|we're|i\s+am|i'm)\s+(?:now\s+|therefore\s+|thus\s+|hence\s+|going\s+to\s+be\s+|going\s+ahead\s+and\s+)*(?:closing|resolving)\s+"
        r"(?:this\s+|your\s+|the\s+)?(?:case|request|ticket|inquiry)\b",
        # "we will now be closing this case 1759…"
        r"\b(?:we|i)(?:'ll|\s+will)\s+now\s+be\s+(?:closing|resolving)\s+(?:this|your|the)\s+(?:case|request|ticket|inquiry)\b",
        # done now by the one who writes: "I will close this case now"
        r"\b(?:i|we)(?:'ll|\s+will)\s+(?:close|resolve)\s+(?:this|your|the)\s+(?:case|request|ticket|inquiry)\s+now\b",
        # ... or with its ground before it: "As no further action is needed from our side, I will close this case."
        GROUNDED_CLOSURE + r"\s+(?:this|your|the)\s+(?:case|request|ticket|inquiry)\b",
        # a status told from the records: "Our records show this case as closed"
        r"\b(?:shows?|lists?)\s+(?:this|your|the)\s+(?:case|request|ticket|inquiry)\s+as\s+(?:closed|resolved)\b",
        # done now by the one who writes: "I'll go ahead and close this case now"
        r"\b(?:i|we)(?:'ll|\s+will)\s+(?:now\s+)?go\s+ahead\s+(?:and|to)\s+(?:close|resolve)\s+(?:this|your|the)\s+(?:case|request|ticket|inquiry)\b",
        # "case 1754… is now inactive", "Ticket 1290… has been marked complete"
        r"\b(?:case|ticket)\s+(?:#?\d+\s+)?(?:is\s+now|has\s+been\s+(?:set|made)|was\s+(?:set|made))\s+(?:to\s+)?inactive\b",
        r"\b(?:case|ticket)\s+(?:#?\d+\s+)?(?:has\s+been|was|is)\s+marked\s+(?:as\s+)?(?:complete|completed|done)\b",
        r"\bwe(?:'ve|\s+have)\s+(?:\S+\s+)?(?:resolved|closed)\s+(?:your\s+|this\s+|the\s+)?(?:aws\s+)?(?:support\s+)?(?:case|inquiry|request|ticket)\b",
        # done now by the one who writes: "I am going to close this case now"
        r"\b(?:i\s+am|i'm|we\s+are|we're)\s+going\s+to\s+(?:close|resolve)\s+(?:this|your|the)\s+(?:case|request|ticket|inquiry)\s+now\b",
        r"\b(?:resolved|closed)\s+(?:case|status)\b",
        r"\bmarked\s+(?:your\s+|this\s+|the\s+)?(?:case|inquiry|request|ticket)\s+(?:\S+\s+)?as\s+(?:resolved|closed|solved)\b",
        # done now, by the one who writes: "so I am going to mark this case as resolved now", "I'll mark this request as solved"
        r"\b(?:i\s+am|i'm|we\s+are|we're)\s+going\s+to\s+(?:mark|set)\s+(?:your\s+|this\s+|the\s+)?(?:case|inquiry|request|ticket)\s+"
        r"(?:\S+\s+)?(?:as|to)\s+(?:resolved|closed|solved)\s+now\b",
        # not a status field that lists both ("ケースの状態（オープン／クローズ）")
        # (nor the request's reception: "お問い合わせ番号 … として受付が完了いたしました", nor the work's end
        # told in a sentence that names the case: "前回のケース(1731…)にて AWS… への統合は完了しておりますが")
        r"(?:ケース|お問い合わせ)[^。\n]{0,60}(?<![/／・])(?<!オープン)(?<!受付)(?<!受付が)(?<!受付を)(?<!受付は)(?<!受付の)"
        # (nor the completion notice a plan promises: "作業完了後、本ケースにて完了のご連絡")
        r"(?:クローズ(?!され(?:ます|る))|解決済み|終了|(?<!統合[はが])(?<!移行[はが])(?<!作業[はが])(?<!手続き[はが])完了"
        r"(?!の(?:ご)?(?:連絡|報告|お知らせ|案内))|解決しました)",
    ),
    conditional=_HYPOTHETICAL,
)
CORRESPONDENCE_NOTICE = Signal(
    "new-correspondence",
    "notifies that support added a reply to the case",
    _p(r"new\s+correspondence", r"(?:case|ticket)\s+(?:has\s+been\s+)?updated", r"new\s+(?:reply|response)\s+(?:to|on|added)",
       r"(?:回答|返信|やり取り).{0,6}(?:追加|更新)"),
)
STATUS_UPDATE = Signal(
    "status-update",
    "gives a status update",
    _p(r"\b(?:working\s+on|looking\s+into|investigating|escalated|internal\s+team|in\s+progress|update\s+you|get\s+back\s+to\s+you)",
       r"対応中|調査中|確認中|担当チーム|進捗"),
)

# --- Credly --------------------------------------------------------------------

BADGE_ISSUED = Signal(
    "badge-issued",
    "says a badge was issued or earned",
    _p(
        r"\b(?:issued|awarded|sent|granted)\s++(?:you\s++)?(?:a|an|the|your|new|\d{1,2})?\s*+(?:new\s+)?(?:digital\s+)?badge",
        # "… has given you the AWS Certified Developer - Associate badge", "You've been given a badge"
        r"\b(?:issued|awarded|granted|given)\s+you\s+(?:a|an|the|your)\s+(?:\S+\s+){0,8}?badge\b",
        r"\b(?:been|was|were)\s+given\s+(?:a|an|the|your)\s+(?:\S+\s+){0,4}?badge\b",
        r"\bbadges?\s+(?:is|are)\s+(?:now\s+)?ready\s+(?:for\s+you\s+)?to\s+(?:accept|claim)",
        r"\bbadges?\s+(?:is|are)\s+(?:now\s+)?waiting(?:\s+for\s+you)?\b",
        r"\b(?:badges?|credentials?)\s+(?:\S+\s+){0,8}?(?:is|are)\s+(?:now\s+)?ready(?:\s+for\s+you)?\b",
        # (not why a mail is sent: "You are receiving this email because a badge was issued to this address")
        r"(?<!because\sa\s)\bbadge\s+(?:\S+\s+){0,6}?(?:has\s+been|was|is)\s+(?:\S+\s+)?(?:issued|awarded|earned|sent)",
        r"\b(?:you(?:'ve|\s+have)\s+)?earned\s+(?:a|an|the|your|new|this)\s+(?:\S+\s+){0,8}?badge",
        r"\byou(?:'ve|\s+have)\s+earned\b",
        r"\b(?:accept|claim)\s+(?:your\s+|the\s+|this\s+)?badge",
        # badges moved to the kept account's Credly account after the merge
        r"\bbadges?\s+(?:\S+\s+){0,6}?(?:has|have)\s+(?:now\s+)?been\s+(?:\S+\s+)?(?:moved|transferred|migrated|added)",
        r"\b(?:moved|transferred|migrated)\s+(?:\S+\s+){0,3}?badges?\b",
        r"\bcongratulations\b[^\n]{0,120}\bbadge",
        r"\bnew\s+badge\b",
        # (not who a mail goes to: "このメールは、Credly でバッジを獲得された方にお送りしています")
        r"バッジ.{0,20}(?:発行|授与|獲得|受け取|受理|付与|移行|移動|移管)(?!され(?:た|ている)(?:方|皆様|皆さま|すべての方))|"
        r"(?:発行|授与|獲得|付与|移行|移動|移管).{0,20}バッジ",
    ),
)
BADGE_EXPIRY = Signal(
    "badge-expiry",
    "is about a badge expiring",
    _p(
        r"\b(?:will|is\s+about\s+to|is\s+going\s+to|are\s+about\s+to|is\s+set\s+to|about\s+to)\s+expire\b",
        r"\bexpir(?:es|ing)\s+(?:soon|shortly|in|within|tomorrow|today|next|this|on)\b",
        r"\b(?:has|have|had)\s+(?:now\s+)?expired\b",
        r"\bexpir(?:ing|ed)\s+(?:badge|certification|credential)s?\b",
        r"\bexpir(?:ation|y)\s+(?:reminder|notice|notification|alert|warning)",
        r"\bbefore\s+(?:the\s+|its\s+|your\s+|it\s+)?expir(?:es|ation|y)\b",
        # its other words: "your badge lapses in 36 days", "will show as expired", "to keep it active, recertify"
        r"\blaps(?:es|ing|ed)\b|\b(?:will|is\s+about\s+to|is\s+set\s+to)\s+(?:lapse|run\s+out)\b",
        r"\b(?:show|appear|be\s+marked|be\s+listed)\s+as\s+expired\b",
        r"\bto\s+keep\s+(?:it|your\s+(?:badge|certification|credential))\s+(?:active|valid|current)\b",
        r"有効期限が(?:近づ|迫|切れ)|有効期限(?:まで|の)(?:あと|残り)|まもなく(?:有効期限|失効)|失効(?:します|する予定|間近|しました|いたします)|期限切れ",
    ),
    # "claim it before it expires": the offer to accept a new badge runs out, not the badge
    conditional=re.compile(r"\b(?:claim|accept)\w*+\s++(?:\S++\s++){0,2}?$"),
)
BADGE_REMINDER = Signal(
    "badge-reminder",
    "reminds of a badge issued earlier and not yet accepted",
    _p(r"\breminder\b", r"\bstill\s+(?:waiting|pending|unclaimed)", r"\bpending[ \t]+badges?\b",
       r"\b(?:haven't|have\s+not|not\s+yet)\s+(?:\S+\s+)?(?:accepted|claimed)",
       r"リマインド|リマインダー|まだ(?:受け取|承認|受理)|未承認|お忘れ"),
)
CREDLY_ACCOUNT_MERGE = Signal(
    "credly-own-merge",
    "is Credly's own account merge (not the AWS merge)",
    # Credly's self-service merge: a code, a link, "Complete Account Merge".
    # Not "the merge of your AWS Certification accounts", which moves badges.
    _p(r"\b(?:complete|confirm|verify|finish)\s+(?:\S+\s+){0,3}?(?:account\s+)?merg(?:e|ing)\b",
       r"\bmerg(?:e|ing)\s+(?:\S+\s+){0,2}?credly\s+(?:accounts?|profiles?)",
       r"\bcredly\s+(?:accounts?|profiles?)\s+(?:\S+\s+){0,3}?merg(?:e|ed|ing)",
       r"\b(?:code|link)\b[^.\n]{0,40}\bmerg(?:e|ing)\b", r"\bmerg(?:e|ing)\b[^.\n]{0,40}\b(?:code|link)\b",
       # (not a certificate's own code: "Verification code on your certificate: 7QK2…")
       r"verification\s+code(?!\s+(?:on|of|for)\s+(?:your|the|this)\s+(?:certificate|badge|credential))",
       r"\bverify\s+(?:your\s+)?(?:e-?mail|account)",
       # the Credly accounts as what is merged; not "AWS 認定アカウントの統合により、次のバッジが Credly アカウント…に発行"
       r"認証コード|確認コード|credly\s*(?:の)?アカウント[^。\n]{0,20}統合|統合(?:する|される|した|したい)\s*credly\s*(?:の)?アカウント"),
)
NEWSLETTER = Signal(
    "newsletter",
    "reads like a newsletter",
    _p(r"\bnewsletter\b", r"\bdigest\b", r"\bwebinar\b", r"\bthis\s+(?:week|month)\b", r"\bunsubscribe\b",
       r"\bmanage\s+(?:your\s+)?(?:e-?mail\s+)?(?:preferences|subscriptions?|notifications)",
       # a forum's or a site's notification: "You're receiving this because you follow this question"
       r"\byou(?:'re|\s+are)\s+receiving\s+this\s+(?:\S+\s+)?because\s+you\s+(?:are\s+)?(?:follow|subscribed|are\s+subscribed|watch)",
       r"\bmarketing\b",
       r"メールマガジン|ニュースレター|配信停止|配信解除|通知設定(?:の変更|に基づいて)"),
)
# Merging AWS accounts (billing, AWS Organizations), not certification profiles: "merge your two AWS accounts,
# 4821-7730-1154 and 9034-1187-2260", "invite the second account to join the organization".
# Credly's digest of other people's badges: "3 new badges in your network", "people you follow shared new badges".
CREDLY_DIGEST = Signal(
    "credly-digest",
    "is Credly's digest of other people's badges, or of your year",
    _p(r"\bin\s+your\s+network\b", r"\bpeople\s+you\s+follow\b", r"\bnetwork\s+(?:activity|digest|update)s?\b",
       # a review of your year: "your 2024 year in skills", "a look back at your year on Credly"
       r"\byear\s+in\s+(?:skills|review|badges)\b", r"\blook\s+back\s+at\s+your\s+year\b", r"\bskills?\s+report\b",
       # Credly's newsletter and its statistics of your badges: "The Credly Digest", "how your badges performed in August"
       r"\bcredly\s+digest\b", r"\bwhat's\s+new\s+on\s+credly\b", r"\bhow\s+your\s+badges?\s+(?:performed|did)\b",
       r"\bbadges?\s+(?:were|was)\s+viewed\s+\d+\s+times\b",
       # "今月のおすすめスキル：2025 年に最も獲得されたバッジ", "the most earned badges of 2025"
       r"最も(?:多く)?獲得された|おすすめ(?:の)?スキル|\bmost\s+(?:earned|popular)\s+badges\b"),
)
AWS_ACCOUNTS_MERGE = Signal(
    "aws-accounts-merge",
    "is about AWS accounts (billing, AWS Organizations), not certification accounts",
    _p(r"\baws\s+organizations\b", r"\bconsolidated\s+billing\b", r"\bmanagement\s+account\b",
       # (an AWS account number "1234-5678-9012"; the look-behind after its first digit, so the search skips in C)
       r"\d(?<![\d-]\d)\d{3}-\d{4}-\d{4}(?![\d-])", r"一括請求|aws\s*organizations|管理アカウント"),
)
AWS_ISSUER = Signal(
    "aws-issuer",
    "the badge is from AWS Training and Certification",
    _p(r"amazon\s+web\s+services", r"\baws\s+(?:training|certified|certification)", r"\baws\b"),
)
BADGE_NAME = re.compile(
    r"AWS\s+Certified\s++[A-Za-z0-9&/() ]{2,60}?\s*+(?:[-–—:]\s*+)?(?:Foundational|Practitioner|Associate|Professional|Specialty)"
    r"|AWS\s+(?:Cloud\s+Quest|Knowledge|Educate|Academy)[:\s][A-Za-z0-9&/() :-]{3,60}",
    re.IGNORECASE,
)
