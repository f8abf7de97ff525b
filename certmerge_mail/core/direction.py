"""Which account an agent says survives a merge, read from the structure of
the text: each candidate id gets the role its own clause gives it.

The reader composes small pieces of meaning instead of listing whole
phrases:

- **cues**: words that give a role (kept: keep, primary, remains active,
  sign in with, 統合先, 存続...; merged: merge, close, retire, source, no
  longer available, 統合元, 無効...), each with the side it attaches to: a
  verb or label before the id ("keep AWS…", "Source account: AWS…"), a
  predicate after it ("AWS… will be closed", "AWS… は無効化されます"), or a
  role noun next to it ("AWS… (primary)");
- **relations** between two ids in one clause: "X into Y", "from X to Y",
  "X → Y", "X into Y", "Y, into which X", "Y will absorb X", "X を Y に統合";
- **particles** in Japanese: with a verb of moving (統合, 移行, 移す), the id
  marked を / から / の is the source and the one marked に / へ the target;
- **polarity**: "will not be closed", "削除されません" flip a cue;
- **hypotheticals** ("if you would rather keep X", "X を残したい場合は",
  questions) are skipped: they say what could be, not what will be.

An id given both roles, or evidence that does not add up to exactly one
kept account, is *unread*: the caller must not affirm it.  Text that names
the ids with no role word at all is *not stated*.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from enum import StrEnum

from certmerge_mail.core import ids

KEPT = "kept"
MERGED = "merged"
_FLIP = {KEPT: MERGED, MERGED: KEPT}
MAX_TEXT = 64_000

# Ids and e-mail addresses are replaced by one private-use character each,
# so that the patterns below see "\ue000" for "the first id" and the dots
# in addresses do not end sentences.
_ID0 = 0xE000
_ID = "[\ue000-\ue0ff]"
_MAIL = "\ue100"


class Status(StrEnum):
    MATCHES = "matches"  # read, and it is the configured direction
    REVERSED = "reversed"  # read, and it keeps an account the user wants merged
    UNREAD = "unread"  # role words present, but they do not add up
    NOT_STATED = "not_stated"  # the ids are named with no role at all


@dataclass(frozen=True, slots=True)
class Reading:
    """What the text says of each id: the roles found, and why."""

    kept: tuple[str, ...] = ()
    merged: tuple[str, ...] = ()
    both: tuple[str, ...] = ()  # given both roles: contradictory
    named: tuple[str, ...] = ()  # every id the text names
    cues_seen: bool = False  # any role word in a sentence that names an id
    evidence: tuple[str, ...] = ()


# --------------------------------------------------------------------------
# The vocabulary.  Each entry: (pattern, role, side) where side is "next" (a
# verb or label before the id: "keep AWS…"), "prev" (a predicate after it:
# "AWS… will be closed") or "near" (a role noun beside it: "AWS… (primary)",
# "the primary account AWS…").  Earlier entries win where two overlap.

_W = r"(?:\s++(?!(?:it|them|this|that|which|will|is|are|be)\b)\w+){0,3}?"  # "keep your old account"
_BE = r"(?:will|shall|would|is|are|was|has|have|had|to|gets?|being|been|be|can|must)"
_ADV = r"(?:\s++(?:not|never|be|been|being|then|also|now|permanently|automatically|subsequently|eventually|"
_ADV += r"fully|finally|afterwards|later|thereafter|deactivated\s++and|merged\s++and|closed\s++and))*"
_MERGED_PAST = (r"(?:merged|closed|retired|deactivated|disabled|archived|deleted|removed|decommissioned|terminated|"
                r"consolidated|combined|absorbed|folded|migrated|transferred|moved|integrated|cancell?ed|"
                r"shut(?:\s++down)?|switched\s++off|turned\s++off|phased\s++out|inactivated|suspended|sunset(?:ted)?|discontinued|frozen|"
                r"linked|incorporated|unified|locked)")

NEUTRAL = "neutral"  # words that look like a cue but give no role ("held under AWS…")


def _cues(role: str, side: str, *patterns: str) -> list[tuple[str, str, str]]:
    """Cue patterns that give the id on `side` of them the same role."""
    return [(pattern, role, side) for pattern in patterns]


_EN_CUES: list[tuple[str, str, str]] = [
    *_cues(NEUTRAL, "next",
           r"\b(?:records?|certifications?|history|data|badges?|exams?|transcripts?)\s++(?:currently\s++)?"
           r"(?:under|on|in)\b(?!\s++(?:the\s++)?(?:new|kept|surviving|primary|target|destination))",
           r"\b(?:currently\s++)?(?:held|stored|recorded|registered|associated|linked|listed|tied|earned|obtained|passed|"
           r"achieved|completed|took|got|issued|"
           r"created|opened|taken)\s++(?:under|on|in|with|to|at|from)\b"),
    # predicates after the id
    *_cues(MERGED, "prev",
           rf"\b{_BE}{_ADV}\s++{_MERGED_PAST}\b",
           # non-native English: "will be merge into it", "will be close"; states: "will be inactive"
           r"\b(?:will|shall|would)\s++be\s++(?:merge|close|retire|deactivate|disable|archive|delete|remove|"
           r"consolidate|migrate|transfer|move|integrate|inactivate|terminate)\b",
           rf"\b{_BE}{_ADV}\s++(?:inactive|inaccessible|unavailable|invalid|unusable|defunct|dormant|obsolete)\b",
           r"\bno\s++(?:longer|more)\s++(?:be\s++)?(?:available|accessible|active|usable|used|valid|exists?|in\s++use|work|open|"
           r"be\s++used|be\s++able)",
           # "AWS… - its certifications move across, then it's shut down"
           rf"\b(?:it|which)'s\s++(?:then\s++)?{_MERGED_PAST}\b",
           r"\b(?:will|shall|would)\s++(?:\w+\s++)?(?:cease|stop)s?\s++(?:to\s++)?exist(?:ing)?\b|\b(?:ceases?|stops?)\s++"
           r"(?:to\s++)?exist(?:ing)?\b|\b(?:will|would|shall)\s++(?:then\s++)?(?:go\s++away|be\s++gone|disappear|vanish)\b",
           r"(?:'s|’s|(?<!\s)\s++)?(?:data|records?|certifications?|history|credentials|exam\s++history|transcript|badges?)"
           r"(?:\s++and\s++\w+)?\s++(?:will|shall|are|is|would)\s++(?:be\s++)?"
           r"(?:transferr?(?:ed)?|mov(?:e|ed)|migrat(?:e|ed)|copied|brought|carried)",
           r"\bwill\s++have\s++(?:its|all\s++its|all\s++of\s++its)\s++\w+(?:\s++\w+)?\s++(?:moved|transferred|migrated|copied)",
           r"\b(?:will|shall|is\s++going\s++to)\s++(?:transfer|move|migrate|merge|flow|go)\s++(?:in)?to\b",
           # "AWS… goes away, and everything that lives on it lands on AWS…"
           r"\b(?:goes|will\s++go|would\s++go|is\s++going\s++to\s++go)\s++away\b",
           # a plan in the present: "AWS… - goes into AWS…", "AWS… moves across to it"
           r"\b(?:goes|moves|flows|folds|migrates|transfers)\s++(?:(?:across|over)\s++)?(?:in)?to\b",
           # "will stay inactive", "remains closed": a state that is the merged one's
           r"\b(?:(?:will|shall|is|are|would)\s++)?(?:remain|stay|be\s++kept|be\s++left)(?:s|ing)?\s++(?:\w+\s++)?"
           r"(?:inactive|closed|disabled|deactivated|locked|unavailable|inaccessible|archived|suspended|frozen)\b"),
    *_cues(KEPT, "prev",
           r"\b(?:will|shall|is|are|would)\s++(?:not\s++|never\s++)?(?:\w+\s++)?(?:remain|stay|continue|survive)(?:s|ing)?\b",
           r"\b(?:remains?|stays?|survives?)\b",
           rf"\b{_BE}(?:\s++(?:not|never|be|been|being))*\s++(?:kept|retained|retaining|keeping|remaining|preserved|maintained|conserved|used\s++going\s++forward|"
           r"the\s++(?:surviving|primary|main|remaining|target|destination|master|receiving))\b",
           r"\bwill\s++(?:be\s++)?(?:your|the)\s++(?:only\s++|one\s++|sole\s++|single\s++)?(?:primary\s++|main\s++|active\s++)?"
           r"(?:certification\s++)?(?:account|profile|login)\b",
           r"\bwill\s++(?:absorb|receive|hold|contain|keep\s++all|inherit|host|exist|continue\s++to\s++exist|be\s++used)\b",
           r"\b(?:into|to|under|onto|with)\s++which\b",
           # "AWS… is the one you'll keep using"
           r"\b(?:is|will\s++be)\s++the\s++one\s++(?:(?:you|we)(?:'ll|'d|\s++will|\s++would)?\s++)(?:keep|continue|go\s++on)\b"),
    # verbs and prepositions before the id
    *_cues(MERGED, "next",
           r"\b(?:clos(?:e|ing)|retir(?:e|ing)|deactivat(?:e|ing)|disabl(?:e|ing)|archiv(?:e|ing)|delet(?:e|ing)|"
           r"remov(?:e|ing)|decommission(?:ing)?|terminat(?:e|ing)|shut(?:ting)?\s++down|sunset(?:ting)?|"
           r"(?:switch|turn)(?:ing)?\s++off)\b" + _W,
           r"\b(?<!be\s)(?<!been\s)(?:merg(?:e|ing)|consolidat(?:e|ing)|combin(?:e|ing)|fold(?:ing)?|integrat(?:e|ing)|"
           r"migrat(?:e|ing)|transferr?(?:ing)?|mov(?:e|ing)|bring(?:ing)?|pull(?:ing)?)\b(?:\s++(?:everything|all)\b)?" + _W,
           # (not "any vouchers from those two would land on AWS…": the ids named before)
           r"\bfrom\b(?!\s++(?:now|then|today|here|this\s++point|that\s++point|those|these|them|both)\b)",
           # a row's label: "Profile that goes away: AWS…"
           r"\b(?:goes|going|will\s++go)\s++away\b" + _W),
    *_cues(KEPT, "next",
           r"\b(?:keep(?:ing)?|retain(?:ing)?|preserv(?:e|ing)|maintain(?:ing)?)\b" + _W,
           r"\b(?:sign(?:ing)?|log(?:ging)?)\s*+(?:-\s*+)?(?:in|on)\s++(?:\w+\s++)?(?:with|using|to|via|through)\b" + _W,
           r"\b(?:continue\s++(?:to\s++use|using)|use\s++only|only\s++use)\b" + _W,
           r"\b(?:live|reside|sit|appear|show|land|reflect(?:ed)?|be\s++(?:stored|held|kept|listed|found|visible|available))\s++(?:up\s++)?"
           r"(?:under|in|on|with)\b",
           r"\b(?:into|onto|under)\b",
           r"\bto\b",  # only after a verb of moving: see _attach
           r"\bonly\b"),  # "only AWS… will exist"
    # role nouns beside the id
    *_cues(MERGED, "near",
           r"\b(?:source|secondary|old(?:er)?|duplicate|retiring|closing|departing|former|previous|child|origin|"
           r"non-?surviving|to\s++be\s++(?:merged|closed|retired|deactivated|removed)|(?:merged|merging|closed|retired|"
           r"deactivated|closing)\s++(?:account|profile|id))\b"),
    *_cues(KEPT, "near",
           r"\b(?:primary|main|surviving|destination|target|master|parent|remaining|active|new(?:er)?|preferred|"
           r"principal|retained|kept|conserved|receiving|to\s++(?:be\s++)?(?:kept|retained|keep|remain|conserved))\b"),
]

_JA_CUES: list[tuple[str, str, str]] = [
    (r"(?:存続|残る|残ります|残します|残す|ご利用いただく|引き続きご利用|維持)[^。\n\ue000-\ue0ff]{0,10}?のは", KEPT, "next"),
    (r"(?:無効|閉鎖|削除|統合され|移行され)[^。\n\ue000-\ue0ff]{0,10}?のは", MERGED, "next"),
    (r"統合先|移行先|存続(?:する)?(?:アカウント|ID)?|残す(?:アカウント|方|ID)?|メイン|プライマリ|主(?:たる)?アカウント|"
     r"主となる|新(?:しい)?(?:方の)?アカウント|維持する(?:アカウント|方)|保持する(?:アカウント|方)|引き継ぎ先|"
     r"(?:今後|統合後)(?:に|は)?(?:ご)?(?:利用|使用)(?:いただく|する|される)?(?:アカウント|ID)|マスター|"
     r"(?:統合|マージ|移行)後の(?:アカウント|ID)|宛先|ターゲット|デスティネーション|"
     # "【継続して使用するアカウント】AWS…" (but not "継続アカウントに取り込むアカウント", the merged one's label)
     r"継続(?:して)?(?:ご)?(?:使用|利用)(?:する|される|いただく)(?:アカウント|ID)", KEPT, "near"),
    (r"(?:に|へ)取り込(?:む|まれる)(?:アカウント|方|側|ID)", MERGED, "near"),
    (r"統合元|移行元|(?:統合|吸収|併合|マージ|移行)される(?:アカウント|方|側|ID)|引き継ぎ元|旧(?:アカウント)?|古い(?:方の)?アカウント|"
     r"(?:無効|閉鎖|削除)(?:化)?(?:される|となる|予定の|する)(?:アカウント|方|側)|(?:閉鎖|無効化|削除)の対象|"
     r"サブ(?:アカウント)?|セカンダリ|ソース", MERGED, "near"),
    (r"(?:無効|閉鎖|削除|廃止|停止|解約|凍結|抹消|非アクティブ|閉じ(?:られ|ます|る))|(?:使用|利用|アクセス|ログイン|サインイン)"
     r"(?:いただけ|でき|が出来|出来)(?:なく|ません)|(?:統合|移行|マージ|併合|移動|一本化)され", MERGED, "prev"),
    (r"存続|残(?:り|ります|る|ったまま|されます|します)|維持され|有効(?:な)?まま|引き続き(?:ご)?(?:利用|使用)|"
     r"(?:利用|使用)(?:を)?継続|保持され|そのまま(?:ご)?(?:利用|使用)", KEPT, "prev"),
]

_MOVE_VERB = re.compile(
    r"統合|移行|移し|移さ|移動|移管|引き継|引継|マージ|併合|集約|まとめ|一本化|移します|移され|転送|反映|寄せ|取り込|吸収|"
    r"\b(?:merg|consolidat|combin|transfer|mov|migrat|fold|bring|brought|absorb|unif|integrat)", re.IGNORECASE)
_MOVE_BEFORE_TO = re.compile(r"(?:from|merg|consolidat|combin|transferr?|mov|migrat|fold|bring|brought|integrat|"
                             r"copied|carried|going|go|attach|reassign|re-assign)\w*\b", re.IGNORECASE)

# After an id (an optional "(e-mail)", "様", "のアカウント"), the particle that marks its part.
_JA_PARTICLE = re.compile(
    r"(?:[)）]\s*+)?(?:(?<!\s)\s++)?(?:[（(][^)）\n]{0,80}[)）]\s*+)?(?:様\s*+)?"
    r"(?:で(?:ご)?(?:登録|利用|使用)(?:の|された|されている|済みの)?\s*+)?"
    r"(?:(?:の\s*+(?:アカウント|ID|方|側|ほう)|アカウント|側)\s*+)?"
    r"(?:[（(][^)）\n]{0,80}[)）]\s*+)?(につきましては|については|につきまして|へは|には|では|にて|での|から|に|へ|を|の(?!み)|で|は|"
    r"が|も|と)")
_JA_HOLDS = re.compile(r"^[^、。を\ue000-\ue0ff]{0,40}?(?:登録|紐|ひも|関連|関係|ある|あり|存在|保存|記録|お持ち|保有|取得)")
_JA_LOGIN = re.compile(r"^[^。\n、\ue000-\ue0ff]{0,12}?(?:サインイン|ログイン|ご利用|ご使用|利用|使用)")
_JA_WO_VERB = re.compile(r"^[^。\n\ue000-\ue0ff]{0,30}?(主アカウント|メイン|プライマリ|統合先|残|存続|維持|保持|"
                         r"無効|閉鎖|削除|廃止|閉じ|統合|移行|移|マージ|併合|一本化)")
_JA_NEGATION = re.compile(r"^[^。\n、]{0,6}?(?:されません|しません|ません|されない|しない|ない|ず)|"
                          r"^[^。\n、]{0,16}?(?:こと|事)(?:は|も)(?:ございません|ありません|ない|なく)")
_TOPIC = ("は", "が", "も", "へは", "には", "では", "につきましては", "については", "につきまして")

_ARROW = re.compile(rf"({_ID})[^\ue000-\ue0ff\n]{{0,60}}?(?:→|⇒|➡|➜|➔|⟶|-+>|=+>|>>)[^\ue000-\ue0ff\n]{{0,40}}?({_ID})")
# "AWS… into AWS…" with no verb (a plan written short: "Quick check: AWS… into AWS…, keeping AWS… - correct?").
_BARE_INTO = re.compile(rf"({_ID})[ \t]++(?:into|onto)[ \t]++({_ID})", re.IGNORECASE)
_ABSORB = re.compile(rf"({_ID})[^\ue000-\ue0ff\n.]{{0,40}}?\bwill\s++(?:absorb|take\s++over)\b[^\ue000-\ue0ff\n.]{{0,40}}?"
                     rf"({_ID})", re.IGNORECASE)
_NOT_BUT = re.compile(rf"\bnot\s++({_ID})[^\ue000-\ue0ff\n.]{{0,30}}?\bbut\s++({_ID})", re.IGNORECASE)

_COORDINATED = re.compile(r"(?:(?<!\s)\s++)?(?:\(\s*+\)\s*+)?(?:and|or|&|as\s++well\s++as|と|および|及び|・)\s*+", re.IGNORECASE)
_NEW_SUBJECT = re.compile(r"(?:(?<!\s)\s++)?(?:\(\s*+\)\s*+)?(?:will|shall|would|is|are|has|have|can|must|remains?|stays?)\b|"
                          r"(?:(?<!\s)\s++)?(?:\(\s*+\)\s*+)?(?:は|が)", re.IGNORECASE)
# As meaning._SENTENCES, with ";" and " / " too: r"(?<=[.!?])\s++(?=\S)|[。！？\n;；]+|\s[/／]\s".
SENTENCE_BREAK = r"(?<=[.!?])\s++(?=\S)|[。！？\n;；]+|\s[/／]\s"
_SENTENCES = re.compile(r"[\s。！？;；](?:(?<=[.!?]\s)\s*+(?=\S)|(?<=[。！？\n;；])[。！？\n;；]*|(?<=\s)[/／]\s)")
_PARTS = re.compile(r"[,，、]\s*+|(?<!\s)\s++-\s++")
_HYPOTHETICAL = re.compile(
    r"^\W*(?:if|unless|should|in\s++case|whether|otherwise|or\s++if|alternatively)\b|"
    r"\b(?:instead|rather\s++than|would\s++rather|(?<=')d\s++rather|prefer(?:red)?|wish\s++to\s++keep|want\s++to\s++keep|"
    r"would\s++like\s++to\s++keep)\b|場合|ご希望|希望され|もし|たい(?:方|とき|なら)|代わりに|逆に", re.IGNORECASE)
_CHOICE = re.compile(r"\b(?:which|whether|or)\b|どちら|いずれ|または", re.IGNORECASE)
_CHOICE_ASKED = re.compile(r"\bwhether\b[^.]{0,120}\bor\b|\bwhich\s++(?:one|account|profile|id|of)\b|どちら|"
                           r"いずれ(?:を|の|か一方)", re.IGNORECASE)
_CONFIRM = re.compile(r"confirm|verify|correct|accurate|\bright\b|確認|よろし|問題", re.IGNORECASE)
_NEGATION_EN = re.compile(r"\b(?:not|never|nor)\b|n't\b", re.IGNORECASE)
_LABEL = re.compile(rf"^[^\ue000-\ue0ff]{{1,80}}(?:[:：】\]]|[)）]\s*+[:：])\s*+(?:[（(][^)）]*[)）])?\s*+{_ID}")
_HEADING = re.compile(r"^(?:[■□◆◇●○▼▶【\[#*]|.{1,40}[:：】\]]$)")
_CELLS = re.compile(r"(?:(?<!\s)\s++)?[|｜\t]\s*+")
# Any word of keeping, fate or movement in the text: with one, ids without a
# role are "unread", not "not stated".  This list is deliberately much wider
# than the cues: it only decides between "the agent said nothing of the
# direction" (the reply may state it) and "the agent said something this
# reader could not place" (ask, never affirm).  A word missing from the cues
# then costs a clarify draft, not an affirmed reversal.
_ROLE_WORDS = re.compile(
    r"\b(?:keep|kept|retain|remain|surviv|primary|main|master|destination|target|source|secondary|clos|retir|"
    r"deactivat|disabl|archiv|delet|sign\s*+-?\s*+in|log\s*+-?\s*+in|into|onto|under|old|new|active|inactiv|"
    r"access|availab|usable|unusable|invalid|valid|transfer|mov|migrat|reflect|absorb|consolidat|combin|fold|"
    r"carr|copy|copie|bring|brought|roll\s++(?:up|into)|live|resid|appear|stay|continu|going\s++forward|"
    r"decommission|sunset|terminat|suspend|discontinu|remov|freez|frozen|empt|ceas|lose|lost|gone|exist|"
    r"no\s++(?:longer|more)|after\s++the\s++merg|post[-\s]*+merg|only|sole|single|survivor|child|parent|"
    r"from|dissolv|expir|lock|shut|phas|preserv|maintain|conserv|host|receiv|inherit|use\s++only|only\s++use)|"
    r"→|->|=>|➜|⇒|➡|⟶|"
    r"統合先|統合元|移行先|移行元|存続|残|無効|閉鎖|削除|サインイン|ログイン|主アカウント|メイン|プライマリ|セカンダリ|"
    r"に統合|へ統合|へ移|に移|移行|移し|移動|移管|転送|反映|引き継|引継|寄せ|取り込|吸収|集約|一本化|まとめ|"
    r"非アクティブ|アクティブ|停止|廃止|抹消|凍結|解約|消|利用|使用|ご利用|アクセス|有効|維持|保持|継続|"
    r"統合後|マージ後|移行後|今後|以降|元|先|旧|新",
    re.IGNORECASE)


# "Not stated" must be positively known, not merely "no cue found": every
# word of a sentence that names an id must be one of these, which name the
# accounts, the request and the reply but say nothing of either account's
# fate.  Any other word (a fate this reader does not know: "mothballed",
# "ends up") makes the direction unread, so the reply asks instead of
# stating it.  Hiragana (particles, inflections) is not a word here.
_NEUTRAL = frozenset("""
a an the and or of for in on at by with as this that these those it its is are was were be been will would can
could we i you your yours our us they their please kindly hello hi dear mr ms mrs san sama thank thanks regards
found find located locate see saw noticed identified checked check reviewed review verified have has had there
two both following accounts account certification certifications aws ids id candidate profiles profile email
e-mail emails mail address addresses request requested requests received receive regarding re your case
confirm confirmation confirming reply respond response proceed before us so able
do does did registered associated linked belonging belong belongs which what on under name names named
training team support
""".split())
_NEUTRAL_JA = frozenset("""
アカウント 確認 件 承 受 拝見 見 二 両 方 以下 下記 登録 資格 認定 情報 内容 各 当 担当 弊社 様 申請 依頼
致 頂 下 旨 際 際し 連絡 返信 返答 願 申 上 存 了解 付 次 通 記載 メールアドレス メール アドレス ログイン用 お客 客
リクエスト ケース 者 名 二つ 二件 つ 件名 検出 判明 特定 見つ 把握 所有 保有 お持 持 ご 御 度 この その これ 本
""".split())
_WORDS = re.compile(r"[A-Za-z][A-Za-z'-]*|[\u4e00-\u9fff\u30a0-\u30ffー]+")


def _says_nothing_more(sentence: str) -> bool:
    for word in _WORDS.findall(sentence):
        w = word.lower().strip("'-")
        if w.endswith("'s"):
            w = w[:-2]
        if w in _NEUTRAL or word in _NEUTRAL_JA:
            continue
        if re.match(r"[\u4e00-\u9fff\u30a0-\u30ff]", word) and all(c in _NEUTRAL_CHARS for c in word):
            continue
        return False
    return True


_NEUTRAL_CHARS = frozenset("".join(w for w in _NEUTRAL_JA if len(w) == 1))


def _compile(cues):
    return [(re.compile(p, re.IGNORECASE), role, side) for p, role, side in cues]


_CUES = _compile(_EN_CUES) + _compile(_JA_CUES)


# --------------------------------------------------------------------------


def read(text: str, aliases: dict[str, str] | None = None) -> Reading:
    """The roles the text gives each candidate id it names.

    `aliases` maps e-mail addresses (lower case) to the candidate id they
    log in to, so that "sign in with hanako@example.jp" speaks of that id."""
    text = unicodedata.normalize("NFKC", text[:MAX_TEXT])
    marked, names = _mark(text, aliases or {})
    if not names:
        return Reading()
    roles: dict[int, set[str]] = {}
    evidence: list[str] = []

    def give(index: int, role: str, why: str) -> None:
        roles.setdefault(index, set()).add(role)
        evidence.append(f"{names[index]} {role}: {why}")

    rest = _read_tables(marked, give)
    plain = True  # every sentence naming an id says nothing but neutral words
    for sentence in _SENTENCES.split(rest):
        if re.search(_ID, sentence):
            plain = plain and _says_nothing_more(sentence)
            clause = _statement(sentence)
            if clause:
                _read_clause(clause, give)
    kept = {i for i, r in roles.items() if r == {KEPT}}
    merged = {i for i, r in roles.items() if r == {MERGED}}
    both = {i for i, r in roles.items() if len(r) > 1}
    return Reading(
        kept=tuple(sorted(names[i] for i in kept)),
        merged=tuple(sorted(names[i] for i in merged)),
        both=tuple(sorted(names[i] for i in both)),
        named=tuple(sorted(set(names.values()))),
        cues_seen=bool(roles) or not plain or rest != marked or bool(_ROLE_WORDS.search(marked)),
        evidence=tuple(dict.fromkeys(evidence)),
    )


def _mark(text: str, aliases: dict[str, str]) -> tuple[str, dict[int, str]]:
    """The text with each id (and each address that stands for one) replaced
    by one marker character, other addresses by another; and which id each
    marker stands for."""
    names: dict[int, str] = {}
    index_of: dict[str, int] = {}

    def marker(cid: str) -> str:
        index = index_of.setdefault(cid, len(index_of))
        names[index] = cid
        return chr(_ID0 + index)

    out, last = [], 0
    for start, end, cid in ids.find_candidate_ids(text):
        if len(index_of) > 0xFF:
            break
        out += [text[last:start], marker(cid)]
        last = end
    out.append(text[last:])
    text = "".join(out)

    def address(m: re.Match) -> str:
        cid = aliases.get(m.group(0).lower())
        return marker(cid) if cid else _MAIL

    text = ids.EMAIL.sub(address, text)
    # "AWS… (its own address)" is one mention, not two.
    text = re.sub(rf"({_ID})\s*+[（(]\s*+\1\s*+[)）]", r"\1", text)
    text = re.sub(rf"({_ID})\s*+[（(][^)）\n]{{0,80}}?[)）]", lambda m: m.group(1) + " ()", text)
    return text, names


def _read_tables(marked: str, give) -> str:
    """Read table rows and labelled lines; return the text without them.

    A row or a labelled line naming one id gives that id every role word
    in the line, wherever it stands ("AWS… | Keep", "Source account: AWS…").
    A row naming several ids, under a header row, gives each the role word
    of its column's header ("Account to keep | Account to merge")."""
    kept_lines, header, heading = [], None, None
    for line in marked.split("\n"):
        found = {ord(c) - _ID0 for c in re.findall(_ID, line)}
        if not found and _HEADING.match(line.strip()):
            heading = line
        elif found and heading is not None:
            if len(found) == 1 and len(re.sub(r"[\s\ue100()（）]", "", line)) <= 40:
                # the heading's own grammar first, as a label's ("Folded in, then closed:")
                label = _label_role(heading.strip())
                for role, why in [label] if label is not None else _roles_in(heading):
                    give(next(iter(found)), role, f"{why} in its heading")
            heading = None
        cells = _CELLS.split(line.strip()) if _CELLS.search(line) else []
        if len(cells) >= 2 and not found:
            header = cells
            kept_lines.append(line)
            continue
        if len(found) == 1 and (len(cells) >= 2 or _LABEL.match(line.strip())):
            index = next(iter(found))
            label = _label_role(line.strip()) if len(cells) < 2 else None
            if label is not None:  # the label's part, and any said after it ("… - this account will remain")
                give(index, *label)
                line = line.strip()[_LABEL_TEXT.match(line.strip()).end():]
            for role, why in _roles_in(line):
                give(index, role, f"{why} in its row or label")
            kept_lines.append("")
            continue
        if len(found) >= 2 and header and len(cells) == len(header):
            for cell, head in zip(cells, header):
                here = {ord(c) - _ID0 for c in re.findall(_ID, cell)}
                if len(here) == 1:
                    for role, why in _roles_in(head):
                        give(next(iter(here)), role, f"{why} in its column's header")
            kept_lines.append("")
            continue
        if not cells:
            header = None
        kept_lines.append(line)
    return "\n".join(kept_lines)


# A label that names where the merge goes or comes from, ended by its
# preposition: the id after it is that place ("Merge into: AWS…" is the
# account kept, "Moved from: AWS…" the one merged).  A label headed by a
# participle of the merged one's fate ("Closed: AWS…", "Merged into it and
# closed: AWS…") gives it the merged part.
_LABEL_TEXT = re.compile(r"^[^:：】\]]{1,80}+")
_LABEL_PLACE = re.compile(r"\b(?:merg|consolidat|combin|transfer|mov|migrat|fold|bring|brought|integrat|cop(?:y|ie)|carr|go|going)\w*+"
                          r"(?:\s++(?:over|across|everything|all))?\s++(?:(into|onto|to)|(from))\s*+$", re.IGNORECASE)
_LABEL_FATE = re.compile(rf"^\W*+(?:(?:account|profile|id)\s++(?:to\s++be\s++|being\s++)?)?(?:{_MERGED_PAST}|goes|going|gone|leaves|leaving|"
                         r"fold(?:ed)?\s++in(?:to\s++it)?|absorbed|disappears?|"
                         # non-native: "Account to fusion into the conserved account and to close"
                         r"to\s++(?:fusion|fuse|merge|close|delete|deactivate|retire|remove))\b", re.IGNORECASE)


def _label_role(line: str) -> tuple[str, str] | None:
    """The part a labelled line's label gives its id, where the label's own
    grammar says it; None to read its role words as a row's."""
    label = _LABEL_TEXT.match(line)
    if label is None:
        return None
    text = label.group(0)
    if (place := _LABEL_PLACE.search(text)) is not None and not _negated(text, place.start(), place.end()):
        return (KEPT, f"{text.strip()!r}: where the merge goes") if place.group(1) else \
               (MERGED, f"{text.strip()!r}: where the merge comes from")
    if (fate := _LABEL_FATE.match(text)) is not None and not _negated(text, fate.start(), fate.end()):
        return MERGED, f"{text.strip()!r}: the merged one's fate"
    return None


def _roles_in(text: str) -> list[tuple[str, str]]:
    """Every role word in a piece of text, negation applied, ignoring sides."""
    out = []
    for start, end, role, _side in _cue_matches(text):
        word = text[start:end].strip().lower()
        if role == NEUTRAL or word in _PREPOSITIONS or _AFTER_PREPOSITION.search(text[max(0, start - 12):start]):
            continue  # "Merge into primary": "primary" is where it goes, not this row's account
        if _TEMPORAL.search(text[max(0, start - 12):start]):
            continue  # "Status after merge", "Login e-mail after merge": when, not whose role
        if _MODIFIER.match(text, end):
            continue  # "the merge details", "merge request": a noun it describes, not a role
        role = _FLIP[role] if _negated(text, start, end) else role
        out.append((role, repr(text[start:end].strip())))
    return out


_RECORDS = re.compile(r"(?:'s|’s|(?<!\s)\s++)?(?:data|records?|certifications?|history|credentials|exam|transcript|badges?)\b",
                      re.IGNORECASE)
# A subject of its own between an id and a predicate: the predicate speaks of it.
_OTHER_SUBJECT = re.compile(
    r"\b(?:one|either|neither|each|both|any|the\s++other|another)\s++(?:of\s++(?:them|the|these|those|your)\b|"
    r"(?:account|profile|id)s?\b|will\b|is\b)|"
    r"(?:いずれか|どちらか|どちら|一方|片方|他方|もう一方|両方|各)[^\ue000-\ue0ff。]{0,12}?(?:は|が|も)",
    re.IGNORECASE)
_TEMPORAL = re.compile(r"\b(?:after|post|following|once|before|upon|during)[\s-]*+(?:the\s++)?$", re.IGNORECASE)
_MODIFIER = re.compile(r"(?<!\s)\s++(?:details|request|process|information|summary|status|confirmation|procedure|"
                       r"steps?|form|case|team)\b", re.IGNORECASE)
_SHARED_SUBJECT = re.compile(r"(?<![\s(),])[\s()]*+(?:,\s*+)?and\s++(?:then\s++)?(?:will|shall|would|is|are|be|has|have|can|gets?)\b",
                             re.IGNORECASE)
_PREPOSITIONS = ("into", "onto", "under", "to", "from", "only")
_AFTER_PREPOSITION = re.compile(r"(?:\b(?:into|onto|under|to|with|from)\s++(?:the\s++|your\s++)?|[にへ])$", re.IGNORECASE)


def _statement(sentence: str) -> str:
    """The sentence without its hypothetical parts ("if you would rather
    keep X instead", "X を残したい場合は"); empty when it is a question
    offering a choice rather than stating the plan."""
    sentence = sentence.strip()
    if sentence.endswith(("?", "？")) and (_CHOICE.search(sentence) or not _CONFIRM.search(sentence)):
        return ""
    if _CHOICE_ASKED.search(sentence):
        return ""  # "please tell us whether X or Y should be the destination": a question without "?"
    parts = [p for p in _PARTS.split(sentence) if p and not _HYPOTHETICAL.search(p)]
    return ", ".join(parts) if re.search(_ID, ", ".join(parts)) else ""


def _cue_matches(clause: str) -> list[tuple[int, int, str, str]]:
    """Every cue in the clause, earlier vocabulary winning where two overlap."""
    taken: list[tuple[int, int, str, str]] = []
    used = bytearray(len(clause))  # 1 where a cue already stands
    for pattern, role, side in _CUES:
        for m in pattern.finditer(clause):
            s, e = m.start(), m.end()
            if s == e or used.find(1, s, e) != -1:
                continue
            used[s:e] = b"\x01" * (e - s)
            taken.append((s, e, role, side))
    return sorted(taken)


def _read_clause(clause: str, give) -> None:
    found = [(m.start(), ord(m.group(0)) - _ID0) for m in re.finditer(_ID, clause)]
    moving = bool(_MOVE_VERB.search(clause))
    for m in _ARROW.finditer(clause):
        a, b = ord(m.group(1)) - _ID0, ord(m.group(2)) - _ID0
        if a != b:
            give(a, MERGED, "before an arrow")
            give(b, KEPT, "after an arrow")
    for m in _BARE_INTO.finditer(clause):
        a, b = ord(m.group(1)) - _ID0, ord(m.group(2)) - _ID0
        if a != b:
            give(a, MERGED, "into the other")
    for m in _ABSORB.finditer(clause):
        give(ord(m.group(1)) - _ID0, KEPT, "absorbs the other")
        give(ord(m.group(2)) - _ID0, MERGED, "absorbed by the other")
    # "not X but Y": whatever the clause says is said of Y, not of X.
    skip = {m.start(1) for m in _NOT_BUT.finditer(clause)}
    found = [(p, i) for p, i in found if p not in skip]
    particles = {}
    for pos, index in found:
        particles[pos] = _ja_particle(clause, pos, index, moving, give)
    cues = _cue_matches(clause)
    index = _Index(found, cues)
    for cue in cues:
        _attach(clause, index, particles, cue, give)


class _Index:
    """Where the ids and the cues of one clause stand, searched by bisection
    (a clause of thousands of cues and ids stays linear-logarithmic)."""

    def __init__(self, found, cues) -> None:
        self.found = found
        self.positions = [p for p, _ in found]
        self.prev_starts = [s for s, _, _, side in cues if side == "prev"]
        self.forward_starts = [s for s, _, _, side in cues if side in ("next", "near")]

    def after(self, end: int) -> int:
        """The index in `found` of the first id at or after `end`."""
        return bisect_left(self.positions, end)

    @staticmethod
    def any_between(starts: list[int], low: int, high: int) -> bool:
        """Any of the sorted `starts` in [low, high)?"""
        i = bisect_left(starts, low)
        return i < len(starts) and starts[i] < high


def _ja_particle(clause: str, pos: int, index: int, moving: bool, give) -> str:
    """Read the Japanese particle after an id; returns it ("" for none)."""
    m = _JA_PARTICLE.match(clause, pos + 1)
    if not m:
        return ""
    particle, rest = m.group(1), clause[m.end():]
    if particle in ("に", "へ", "にて") and _JA_HOLDS.match(rest):
        particle = "の"  # "AWS… に登録されている資格": the records it holds
    if particle in ("に", "へ", "にて") and moving:
        give(index, KEPT, f"marked {particle} with a verb of moving")
    elif particle == "から" and moving:
        give(index, MERGED, "marked から with a verb of moving")
    elif particle == "の" and moving and _coordinated_before(clause, pos):
        pass  # "X と Y の統合": the merge of both, no part given
    elif particle == "の" and moving and re.match(r"^[^。\n\ue000-\ue0ff]{0,40}?を", rest):
        give(index, MERGED, "its records are what is moved")
    elif particle == "で" and _JA_LOGIN.match(rest) and not re.match(r"^\s*+取得", rest):
        login = _JA_LOGIN.match(rest)
        if re.match(r"^[^。\n、]{0,14}?(?:ません|ない|なく|不要)", rest[login.end():]):
            give(index, MERGED, "no longer used to sign in")
        else:
            give(index, KEPT, "used to sign in")
    elif particle == "を":
        verb = _JA_WO_VERB.match(rest)
        if verb and _coordinated_before(clause, pos):
            pass  # "X と Y をマージする": both are merged together, neither given a part
        elif verb:
            word = verb.group(1)
            role = KEPT if word[0] in "主メプ残存維保" or word == "統合先" else MERGED
            negated = _ja_negated(rest[verb.end():])
            give(index, _FLIP[role] if negated else role, f"object of {word}" + (", negated" if negated else ""))
    return particle


def _coordinated_before(clause: str, pos: int) -> bool:
    """Is the id at `pos` the second of "X と Y", "X および Y", "X and Y"?"""
    before = clause[max(0, pos - 90):pos]
    return bool(re.search(r"[\ue000-\ue0ff](?:\s*+[（(][^)）\n]{0,80}[)）])?\s*+(?:と|および|及び|並びに|ならびに|、|・|and|&)"
                          r"\s*+(?:アカウント\s*+)?$", before, re.IGNORECASE))


_SEEN_FROM = re.compile(r"\b(?:access|view|see|check|sign(?:ed)?\s*+in|log(?:ged)?\s*+in|download|print|"
                        r"available|accessible|visible|find|reach)\w*\b[^,.;\ue000-\ue0ff]{0,40}$", re.IGNORECASE)


def _attach(clause: str, index: _Index, particles, cue, give) -> None:
    start, end, role, side = cue
    if role == NEUTRAL:
        return
    text = clause[start:end]
    negated = _negated(clause, start, end)
    if negated:
        role = _FLIP[role]
    why = repr(text.strip()) + (" (negated)" if negated else "")
    japanese = bool(re.match(r"[\u3040-\u30ff\u4e00-\u9fff]", text))
    found = index.found
    first_after, first_before = index.after(end), index.after(start)  # ids at >= end; ids before start
    nxt = found[first_after] if first_after < len(found) else None
    if side == "next":
        if text.strip().lower() == "from" and _SEEN_FROM.search(clause[max(0, start - 60):start]):
            return  # "you can access all your certifications from AWS…": where you look, not a source
        if text.strip().lower() == "to" and not _MOVE_BEFORE_TO.search(clause[max(0, start - 60):start]):
            return
        if nxt and _open_gap(clause, index, end, nxt[0], 60):
            together = [nxt[1]]
            for (p1, _), (p2, i2) in zip(found[first_after:], found[first_after + 1:]):
                if p2 - p1 > 40 or not _COORDINATED.fullmatch(clause, p1 + 1, p2):
                    break
                if _NEW_SUBJECT.match(clause, p2 + 1) and index.any_between(index.prev_starts, p2 + 1, p2 + 60):
                    break  # "merge AWS… and AWS… will remain": the second starts a clause of its own
                together.append(i2)
            if len(together) > 1 and _MOVE_VERB.match(text.strip()):
                return  # "merge AWS… and AWS…": the verb speaks of both alike, so of neither's role
            give(nxt[1], role, why)
            for i2 in together[1:]:
                give(i2, role, why + " (coordinated)")  # "close AWS… and AWS…": both closed
    elif side == "prev":
        for pos, id_index in reversed(found[max(0, first_before - 50):first_before]):
            if japanese and particles.get(pos) not in _TOPIC + ("",):
                continue  # a predicate speaks of the topic, not of "…に" or "…を"
            if start - pos - 1 > 80:
                break
            gap = clause[pos + 1:start]
            if _OTHER_SUBJECT.search(gap):
                break  # "X and Y: one of them will be closed", "X…、いずれかのアカウントは無効化": not X's predicate
            if _RECORDS.match(text) and gap.strip(" ()'’s") and not re.fullmatch(r"\s*+(?:\(\s*+\))?\s*+", gap):
                break  # "all your certifications will be moved": the records' owner is not named here
            if _SHARED_SUBJECT.match(gap) and _AFTER_PREPOSITION.search(clause[max(0, pos - 20):pos]):
                continue  # "X will be merged into Y and will no longer be used": said of X, not of Y
            described = re.fullmatch(r"[\s()（）\ue100]*+[:：]\s*+", gap)  # "AWS… (e-mail): stays active"
            if (described or ":" not in gap) and not index.any_between(index.prev_starts, pos + 1, start):
                give(id_index, role, why)
            break
    else:
        prev = found[first_before - 1] if first_before else None
        if prev and start - prev[0] <= 14 and _BESIDE.fullmatch(clause, prev[0] + 1, start):
            give(prev[1], role, why)
        elif nxt and _open_gap(clause, index, end, nxt[0], 40):
            give(nxt[1], role, why)


# What may stand between an id and a role noun after it for the noun to be the
# id's own: "AWS… (primary)", "AWS…: source", "AWS… 統合先", "AWS… is the
# primary", not "AWS… hold active certifications".
_BESIDE = re.compile(r"[\s()（）\[\]【】:：=\-–—/\ue100]*+(?:(?:account|profile|id|アカウント|は|が|も|を|の|is|as|will\s++be|"
                     r"the|your|an?)\b[\s()（）\[\]【】:：=\-–—]*+)*+", re.IGNORECASE)


def _open_gap(clause: str, index: _Index, start: int, end: int, limit: int) -> bool:
    """May a cue ending at `start` speak of the id at `end`?"""
    if end - start > limit:
        return False
    gap = clause[start:end]
    if re.search(r"[,、.。:：→>]|\b(?:and|but|or|while|which|who|that|it)\b", gap, re.IGNORECASE):
        return bool(re.fullmatch(r"\s*+(?:account|profile|id|candidate\s++id|number|the|your|old|new|アカウント(?:ID)?|"
                                 r"ID|番号)?\s*+[:：]\s*+", gap, re.IGNORECASE))
    return not index.any_between(index.forward_starts, start, end)


def _negated(clause: str, start: int, end: int) -> bool:
    text = clause[start:end]
    if re.match(r"[\u3040-\u30ff\u4e00-\u9fff]", text or " "):
        return _ja_negated(clause[end:])
    return bool(_NEGATION_EN.search(text) or re.search(r"\b(?:not|never)\s++(?:\w+\s++)?$|n't\s++(?:\w+\s++)?$|"
                                                       r"\b(?:no\s++(?:longer|more)|unable\s++to|cannot)\s++"
                                                       r"(?:be\s++able\s++to\s++)?(?:\w+\s++)?$",
                                                       clause[max(0, start - 40):start], re.IGNORECASE))


def _ja_negated(rest: str) -> bool:
    return bool(_JA_NEGATION.match(rest))
