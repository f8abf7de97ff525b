"""What the user's own reply to support says.  Pure: no I/O.

A Sent mail that goes to support is read, on its new text only (quoted
history cut by `text.split_new_text`), into one of four readings:

- `confirmed`: the merge may proceed ("yes, please go ahead", "問題ありません");
- `corrected`: a different direction or other accounts ("it is the other way
  round", "please keep AWS… instead", "逆です");
- `answered`: information was given (an address, an id, a reason);
- `other`: a question, "please wait", thanks, or anything not read for certain.

The reading is composed, sentence by sentence and clause by clause, from
parts rather than whole phrases:

- an **act**: agreeing to proceed, stating something is right or wrong,
  asking to hold, telling which account to keep, giving information;
- who it is **addressed** as: told ("I confirm", "please proceed") or
  **asked** ("could you confirm…?", "〜でしょうか");
- **polarity**: a negation before the act in its clause ("please do not
  proceed", "that is not right"; Japanese: "進めないでください",
  "正しくありません") turns agreement into a hold or a correction;
- **conditions**: "if …, please proceed" / "…であれば進めてください" agree
  only on a condition: not a confirmation, and the reading is uncertain.

Only an unconditional, told, un-negated agreement is `confirmed`.  A
correction wins over agreement; a hold wins over agreement.  Anything with
signals that conflict or with no signal at all is `other` with
`certain=False` and `doubts` saying why: the caller never moves a case to
"awaiting the merge" on it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from certmerge_mail.core import ids, meaning

CONFIRMED = "confirmed"
CORRECTED = "corrected"
ANSWERED = "answered"
OTHER = "other"
READINGS = (CONFIRMED, CORRECTED, ANSWERED, OTHER)

MAX_TEXT = 20_000


@dataclass(frozen=True, slots=True)
class Reading:
    kind: str  # one of READINGS
    certain: bool = True
    doubts: tuple[str, ...] = ()
    # What was read, for `cases --json` and the timeline: "agrees: 'please proceed'"...
    reasons: tuple[str, ...] = ()
    # Candidate ids the reply names (new text only).
    account_ids: tuple[str, ...] = field(default=())

    def as_json(self) -> dict:
        return {"reading": self.kind, "certain": self.certain, "doubts": list(self.doubts),
                "reasons": list(self.reasons)}


# --- the parts ---------------------------------------------------------------------------------

# Sentences: end punctuation, line breaks.  Clauses: commas, semicolons, "but", Japanese 、が/けど.
_SENTENCES = re.compile(r"(?<=[.!?。！？])\s+|\n+|(?<=[。！？])")
_CLAUSES = re.compile(r"[,;:、，；：]|\s[-–—]\s|\b(?:but|however|although|though)\b|(?:ですが|ますが|けれど|けど)",
                      re.IGNORECASE)

# Positive idioms that contain a negation word: read before negation is looked for.
_POSITIVE_IDIOMS = re.compile(
    r"\bno\s+(?:problems?|issues?|objections?|concerns?|worries)\b|\bnothing\s+(?:wrong|to\s+(?:add|change))\b|"
    r"\b(?:don'?t|do\s+not)\s+(?:have|see)\s+(?:any\s+)?(?:problems?|issues?|objections?|concerns?)\b|"
    r"\bnot\s+a\s+problem\b|"

    r"問題(?:は|も)?(?:ありません|ございません|ない|なし)|間違い(?:は)?(?:ありません|ございません|ない)|"
    r"相違(?:は)?(?:ありません|ございません|ない)|差し支え(?:は)?(?:ありません|ございません|ない)|"
    r"異存(?:は)?(?:ありません|ございません)|異議(?:は)?(?:ありません|ございません)|誤り(?:は)?(?:ありません|ございません)",
    re.IGNORECASE,
)
# Knowing the merge is final is neither a negation nor a correction: "I understand it cannot be undone".
_IRREVERSIBLE = re.compile(
    r"\b(?:cannot|can'?t|not\s+possible\s+to|(?:will|would)\s+not|won'?t)\s+(?:be\s+)?(?:undone|undo|reversed?|reverted?)\b|"
    r"元に戻せない|元に戻すことは(?:でき|出来)(?:ない|ません)|取り消(?:せない|しできない|しはできない|すことは(?:でき|出来)(?:ない|ません))",
    re.IGNORECASE,
)
_NEGATION = re.compile(
    r"\b(?:not|no|never|don'?t|doesn'?t|isn'?t|aren'?t|won'?t|shouldn'?t|can'?t|cannot|wasn'?t|neither|nor)\b|"
    r"n't\b|ないで|ません|ではない|じゃない|ず[、。]|ないよう",
    re.IGNORECASE,
)

# Agreeing that the merge may go ahead, told (imperative or first person).
_AGREE = re.compile(
    r"\b(?:proceed|go\s+ahead|carry\s+on|move\s+forward|continue\s+with|"
    r"(?:please|kindly|you\s+(?:may|can))\s+(?:do\s+the\s+)?merge|"
    r"(?:i|we)\s+(?:hereby\s+|can\s+|do\s+|would\s+like\s+to\s+|want\s+to\s+)?(?:confirm|approve|agree|consent|accept)|"
    r"(?:is|are|looks?|seems?|sounds?)\s+(?:all\s+|exactly\s+|perfectly\s+|absolutely\s+)?"
    r"(?:correct|right|accurate|fine|good|ok(?:ay)?|as\s+(?:i|we)\s+(?:requested|asked|wanted|expected))|"
    r"that'?s\s+(?:correct|right|fine|accurate)|"
    r"(?:confirmed|approved|agreed|correct|exactly|affirmative|absolutely)\s*[.!]?$|"
    r"you\s+have\s+my\s+(?:confirmation|approval|consent|go-ahead)|"
    r"(?:green\s+light|go-ahead))",
    re.IGNORECASE,
)
_AGREE_JA = re.compile(
    r"(?:進めて|すすめて|実施して|実行して|統合して|マージして|対応して|処理して)(?:ください|下さい|いただ|頂|くださ|もらえ|ほしい|欲しい)|"
    r"(?:統合|マージ|手続き|作業|処理|対応)(?:を|の)?(?:ほど|実施|実行|進行)?(?:を)?(?:お願い|おねがい)|"
    r"(?:進めて|実施して)(?:問題|差し支え|構い|かまい)|(?:構いません|かまいません|結構です|大丈夫です|承認します|同意します|了承します|"
    r"確認しました|確認いたしました|その通りです|そのとおりです|正しいです|合っています|あっています|間違いない|正しく)|"
    r"(?:はい)[、。,!！\s]",
)
# Checking the result after the fact ("looks good on my side now", "反映されているのを確認しました").
_AFTER_THE_FACT = re.compile(r"\bon\s+my\s+(?:side|end)\b|\b(?:now|already)\s+(?:shows?|appears?|lists?|listed|visible)\b|"
                            r"反映されて|表示されて", re.IGNORECASE)
# Saying the agent's text is wrong, or the direction is the other way.
_WRONG = re.compile(
    r"\b(?:the\s+)?other\s+way(?:\s+(?:a?round|about))?\b|\b(?:reversed?|backwards|opposite|swapped|"
    r"the\s+wrong\s+(?:way|direction|account|one)|wrong|incorrect|mistaken|a\s+mistake|mixed\s+up|"
    r"not\s+the\s+(?:one|account))\b",
    re.IGNORECASE,
)
# "Instead" corrects only when it speaks of the accounts: "keep AWS… instead",
# not "I am replying on this case instead".
_INSTEAD = re.compile(r"\b(?:instead|rather\s+than)\b", re.IGNORECASE)
_ACCOUNT_WORDS = re.compile(r"\baccounts?\b|\bids?\b|aws\s?-?\d{8}|アカウント", re.IGNORECASE)
_WRONG_JA = re.compile(r"逆|反対|誤り|誤って|間違って|間違い(?:です|でした)|違います|ちがいます|異なります|ではなく|じゃなく|取り違え|入れ替")
# Words of being right, that a negation turns into "wrong": "this is not correct".
_RIGHT = re.compile(r"\b(?:correct|right|accurate|as\s+(?:i|we)\s+(?:requested|asked))\b|正しい|正しく|合って|その通り|そのとおり",
                    re.IGNORECASE)
# Asking to hold.
_HOLD = re.compile(
    r"\b(?:wait|hold(?:\s+off)?|pause|stop|postpone|not\s+yet|(?:do\s+not|don'?t)\s++(?:\w++\s++){0,2}yet|"
    r"until\s+(?:i|we)\b|before\s+(?:proceeding|you\s+proceed|going\s+ahead|merging)|give\s+me\s+(?:a|some)\s+(?:time|day)|"
    r"on\s+hold|cancel|withdraw|need\s+(?:to\s+)?(?:check|think|consult|ask|verify)|let\s+me\s+(?:check|think|confirm))\b|"
    r"(?:待って|まって|お待ち)(?:ください|下さい|いただ|頂|もらえ|ほしい|欲しい)|保留|一旦|いったん|見合わせ|止めて|とめて|中止|キャンセル|取り消|取りやめ|確認(?:して|させて)から|"
    r"(?:相談|検討|確認)(?:させて|してから|中)|まだ(?:統合|マージ|進め)",
    re.IGNORECASE,
)
# Waiting oneself is not asking support to hold: "I'll wait for your e-mail",
# "sorry to keep you waiting", "ご連絡をお待ちしております".
_SELF_WAIT = re.compile(
    r"\b(?:i|we)(?:'ll|'m|\s++(?:will|shall|am|can|would))?(?:\s++(?:be\s++)?(?:happy|glad)\s++to)?\s++wait\b|"
    r"\bkeep(?:ing)?\s++you\s++waiting\b|\bthanks?\s++(?:you\s++)?for\s++waiting\b|"
    r"お待ち(?:して|申し)|お待たせ",
    re.IGNORECASE,
)
# Telling which account to keep (a direction), in the user's voice.
_KEEP = re.compile(
    r"\b(?:keep|retain|preserve|make\s+\S+\s+(?:the\s+)?primary|primary\s+(?:account\s+)?(?:should\s+be|is)|"
    r"(?:should|must)\s+(?:remain|stay|survive|be\s+kept)|merge\s+\S+\s+into|account\s+to\s+keep)\b|"
    r"残して|残したい|残す|存続|統合先|を?(?:メイン|主)(?:アカウント)?に",
    re.IGNORECASE,
)
# A condition: agreement only if something holds.
_CONDITION = re.compile(
    r"\b(?:if|unless|provided(?:\s+that)?|as\s+long\s+as|assuming|only\s+when|only\s+after|in\s+case|"
    r"once\s+you(?:'ve|\s+have)?\s+(?:confirm|verif|check)\w*)\b|"
    r"(?:であれば|ならば|なら[、,]|でしたら|したら|場合(?:は|に)|限り)",
    re.IGNORECASE,
)
# Asked rather than told.
_QUESTION_START = re.compile(
    r"^\s*(?:(?:and|also|so|but)\s+)?(?:can|could|would|will|is|are|do|does|did|should|shall|may|might|have|has|"
    r"how|what|when|where|which|why|who)\b",
    re.IGNORECASE,
)
_QUESTION_JA = re.compile(r"(?:でしょうか|ですか|ますか|ませんか|のか|かどうか|か[?？。]?\s*$)")
_CONFIRM_WHETHER = re.compile(r"\bconfirm\s++(?:whether|if)\b|\b(?:please|kindly)\s+(?:confirm|let\s+me\s+know|tell\s+me|advise)\b",
                              re.IGNORECASE)
# Information given: stated as such ("my login e-mail is", "here are the
# details", "理由は") ...
_INFO = re.compile(
    r"\b(?:my|the|our)\s+(?:\w++\s++){0,3}(?:e-?mail|address|login|username|user\s*name|name|id|number|reason|"
    r"certifications?|date|phone)\s+(?:is|are|was|were)\b|\b(?:here\s+(?:is|are)|as\s+follows|attached|"
    r"the\s+reason)\b|"
    r"(?:メールアドレス|アドレス|ログイン|通知先|理由|氏名|名前)(?:は|が|として)|以下の通り|以下のとおり|次の通り|添付",
    re.IGNORECASE,
)
# ... or told as a story ("I registered with my university address",
# "because I changed jobs"), which a question beside it outweighs: a
# follow-up that recalls the case and asks for news is a question.
_INFO_TOLD = re.compile(
    r"\b(?:i\s+(?:use|used|sign\s+in|log\s+in|registered|signed\s+up|created|took|passed)|because)\b|"
    r"(?:受験|取得|登録)(?:は|が|に|し)|ため(?:です|、)",
    re.IGNORECASE,
)
# Greetings, thanks and sign-offs: no act of their own.
_SIGNOFF = re.compile(
    r"^\s*+(?:(?:best|kind|warm|many)\s++)?(?:regards|wishes|thanks|thank\s+you|sincerely|cheers|respectfully)\b[\s,.!]*+$|"
    r"^\s*+(?:よろしくお願い(?:いた)?します|よろしくお願い申し上げます|以上|宜しくお願い)",
    re.IGNORECASE,
)
# A mobile client's line, below which it pastes the quoted mail without a header.
_DEVICE = re.compile(r"^\s*+(?:sent\s+from\s+(?:my\s+)?\w|get\s+outlook\s+for|(?:iPhone|iPad|Android|スマートフォン)"
                     r"から送信)", re.IGNORECASE)
_GREETING = re.compile(r"^\s*(?:hi|hello|dear|good\s+(?:morning|afternoon|evening)|greetings)\b[^.!?]{0,40},?\s*$|"
                       r"^.{0,30}(?:様|さん)[、,]?\s*$|^\s*(?:お世話になって|いつもお世話|ご連絡ありがとう|ご対応ありがとう)",
                       re.IGNORECASE)


@dataclass(slots=True)
class _Found:
    agree: list[str] = field(default_factory=list)
    agree_conditional: list[str] = field(default_factory=list)
    agree_asked: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    hold: list[str] = field(default_factory=list)
    keep: list[str] = field(default_factory=list)
    info: list[str] = field(default_factory=list)
    told: list[str] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    yes: bool = False
    no: bool = False


def read_reply(new_text: str) -> Reading:
    """Read the new text of the user's reply into a Reading."""
    text = new_text[:MAX_TEXT]
    found = _Found()
    for sentence in _sentences(text):
        _read_sentence(sentence, found)
    named = ids.candidate_ids(text)
    has_address = bool(ids.emails(text))
    return _decide(found, named, has_address)


def _sentences(text: str) -> list[str]:
    out = []
    for line in text.split("\n"):
        if _SIGNOFF.match(line):
            if out:
                break  # the signature follows
            continue  # "Thank you." before anything else is a greeting
        if _DEVICE.match(line):
            break
        if _GREETING.match(line):
            continue
        out += [s.strip() for s in _SENTENCES.split(line) if s and s.strip()]
    return out


def _read_sentence(sentence: str, found: _Found) -> None:
    asked = sentence.rstrip().endswith(("?", "？")) or bool(_QUESTION_START.match(sentence)) or bool(
        _QUESTION_JA.search(sentence.rstrip(" 。.")))
    if _CONFIRM_WHETHER.search(sentence):
        asked = True
    # A leading yes / no answers the agent's question on its own.
    head = sentence.lstrip().lower()
    if re.match(r"^(?:yes|yeah|yep|correct|exactly|right|sure|ok(?:ay)?|はい|ええ|そうです)\b[\s,.!、。]", head + " "):
        found.yes = True
    if re.match(r"^(?:no|nope|いいえ|いえ)\b[\s,.!、。]", head + " ") and not _POSITIVE_IDIOMS.match(head):
        found.no = True
    conditional = bool(_CONDITION.search(sentence))
    if asked:
        found.questions.append(sentence)
    for clause in _clauses(sentence):
        final = _IRREVERSIBLE.sub(" final ", clause)
        plain = _POSITIVE_IDIOMS.sub(" OK ", final)
        idiom = plain != final
        plain = _SELF_WAIT.sub(" ", plain)
        negations = list(_NEGATION.finditer(plain))
        agree_at = _AGREE.search(plain) or _AGREE_JA.search(plain + " ")
        if agree_at and (_AFTER_THE_FACT.search(sentence) or meaning.merge_done(sentence) is not None):
            # "I have confirmed that the merge went through", "everything looks good on my
            # side now": said of a merge already done, no go-ahead for one to come.
            agree_at = None
        agree = bool(agree_at) or (idiom and not negations)
        agree_negated = agree_at is not None and _negates(negations, agree_at)
        right_at = _RIGHT.search(plain)
        keep_at = _KEEP.search(plain)
        wrong = _WRONG.search(plain) or _WRONG_JA.search(plain) or (
            _INSTEAD.search(plain) and (_ACCOUNT_WORDS.search(plain) or _KEEP.search(plain)))
        hold = _HOLD.search(plain)
        if wrong and not asked:
            found.wrong.append(clause)
        elif hold and not asked:
            found.hold.append(clause)
        elif right_at is not None and _negates(negations, right_at) and not asked:
            found.wrong.append(clause)  # "this is not correct", "正しくありません"
        elif agree and agree_negated and not asked:
            found.hold.append(clause)  # "please do not proceed"
        elif agree and asked:
            found.agree_asked.append(clause)
        elif agree and conditional:
            found.agree_conditional.append(clause)
        elif agree:
            found.agree.append(clause)
        if keep_at is not None and not asked:
            (found.wrong if _negates(negations, keep_at) else found.keep).append(clause)
        if _INFO.search(plain) and not asked:
            found.info.append(clause)
        elif _INFO_TOLD.search(plain) and not asked:
            found.told.append(clause)


def _negates(negations: list[re.Match[str]], cue: re.Match[str]) -> bool:
    """Does a negation of the clause govern this cue?  In English it comes
    before the cue ("do not proceed", "is not correct"); in Japanese it is
    the verb's ending, right after it ("進めないで", "正しくありません")."""
    for n in negations:
        if n.group().isascii():
            if n.start() < cue.start():
                return True
        elif cue.end() - 2 <= n.start() <= cue.end() + 8:
            return True
    return False


def _clauses(sentence: str) -> list[str]:
    return [c.strip() for c in _CLAUSES.split(sentence) if c and c.strip()]


def _decide(found: _Found, named: tuple[str, ...], has_address: bool) -> Reading:
    def quote(parts):
        return ", ".join(repr(p[:60]) for p in parts[:2])

    reasons: list[str] = []
    doubts: list[str] = []
    if found.wrong or (found.no and (found.keep or named)):
        reasons.append(f"says the request is wrong: {quote(found.wrong) or 'a leading no'}")
        if found.agree:
            reasons.append(f"also agrees ({quote(found.agree)}), but a correction comes first")
        return Reading(CORRECTED, True, (), tuple(reasons), named)
    if found.hold:
        reasons.append(f"asks support to hold: {quote(found.hold)}")
        if found.agree:
            doubts.append(f"it also agrees ({quote(found.agree)})")
        return Reading(OTHER, not doubts, tuple(doubts), tuple(reasons), named)
    if found.no:
        return Reading(OTHER, False, ("it answers no, without saying what is wrong",),
                       ("a leading no",), named)
    if found.agree or (found.yes and not found.info and not has_address):
        reasons.append(f"agrees that the merge may proceed: {quote(found.agree) or 'a leading yes'}")
        if found.questions:
            reasons.append(f"and asks: {quote(found.questions)}")
        if not found.agree:
            return Reading(OTHER, False, ("only a bare yes: what it answers is not said",), tuple(reasons), named)
        return Reading(CONFIRMED, True, (), tuple(reasons), named)
    if found.agree_conditional:
        return Reading(OTHER, False, (f"agrees only on a condition: {quote(found.agree_conditional)}",),
                       ("a conditional agreement",), named)
    if found.keep or found.info or has_address or ((found.told or named) and not found.questions):
        what = found.keep or found.info or found.told
        reasons.append(f"gives information: {quote(what) or 'names accounts or addresses'}")
        return Reading(ANSWERED, True, (), tuple(reasons), named)
    if found.questions:
        return Reading(OTHER, True, (), (f"asks: {quote(found.questions)}",), named)
    return Reading(OTHER, False, ("nothing in the reply was read as agreeing, correcting, answering or asking",),
                   (), named)
