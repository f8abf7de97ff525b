"""What the sentences of a support mail's new text do, composed from parts.

Phrase rules (rules.py) recognise how agents usually say a thing; real
agents say "your records now live under AWS…", "移行いたしました" or "the
old profile has been deactivated" and never "complete".  This module reads
each sentence for three parts and lets the classifier ask about their
combination rather than about a phrase:

- the **object**: the accounts (the merge, the records, certifications,
  history, a profile or login), the case itself, or a badge;
- the **aspect** of what is said of it: done (perfect or past, "now lives
  under", 〜いたしました), or not: planned ("will", 予定), conditional
  ("once", "if", 〜ましたら, 場合), negated ("not yet", まだ), asked ("?");
- the **actor**: the agent, or the user ("as you confirmed" is not the
  merge being done).

`merge_done()` is "a sentence states, in the done aspect, that the
accounts were merged or moved".  Each pattern is linear in its input
(possessive quantifiers, bounded gaps; tests/test_redos.py runs them all).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from certmerge_mail.core import ids
from certmerge_mail.core.prefilter import first_chars, split_alternatives
from certmerge_mail.core.rules import AFTER, GROUNDED_CLOSURE, Signal, lower

MAX_TEXT = 20_000

# A sentence ends at whitespace after ".", "!" or "?" (before more text),
# or at a run of "。", "！", "？" and newlines: r"(?<=[.!?])\s++(?=\S)|[。！？\n]++",
# written to start with the character it consumes first, so that `re` skips
# in C to the candidates instead of trying every position (the same
# matches, a third of the time; tests/test_core_meaning.py compares them).
SENTENCE_BREAK = r"(?<=[.!?])\s++(?=\S)|[。！？\n]++"
_SENTENCES = re.compile(r"[\s。！？](?:(?<=[.!?]\s)\s*+(?=\S)|(?<=[。！？\n])[。！？\n]*+)")
_CLAUSES = re.compile(r"[,;，、]\s*+|(?<!\s)\s++(?:and|but|so)\s++(?=(?:we|you|your|the|it|all|this)\b)", re.IGNORECASE)

# The accounts: what a merge acts on.
_ACCOUNTS = re.compile(
    r"\b(?:merg(?:e|ed|ing)|consolidat\w*+|combin\w*+|accounts?|records?|certifications?|certificates?|history|"
    r"transcripts?|profiles?|logins?|candidate\s++ids?|aws\s*+-?\s*+\d{8}|benefits?|vouchers?)\b|"
    r"統合|マージ|移行|アカウント|認定資格|資格|受験履歴|履歴|プロファイル|特典|候補者\s*+ID|AWS\s*+-?\s*+\d{8}",
    re.IGNORECASE)
# A candidate id as the readings below name it ("AWS01234567", "aws 01234567", "AWS - 01234567"),
# the same with or without re.IGNORECASE.
_ID = r"[Aa][Ww][Ss]\s*+-?\s*+\d{8}"
# The case itself ("we have merged that case into this case"): not the accounts.
_CASE = re.compile(r"\b(?:cases?|tickets?|submissions)\b|ケース|チケット|お問い合わせ|"
                   # a request named by its case number: "your request 1767894330… is now closed"
                   r"\b(?:request|inquiry|enquiry|submission)\s++(?:#\s*+|no\.?\s*+)?\d{8,}", re.IGNORECASE)
_CASE_MERGE = Signal("case-merge", "speaks of merging support cases, not accounts", split_alternatives(r"\b(?:merged|combined|consolidated|linked)\s++(?:(?!under\b|as\b|per\b|for\b)\w++\s++){0,3}?(?:case|ticket)s?\b|"
                         r"\b(?:case|ticket)s?\s++(?:\w++\s++){0,3}?(?:merged|combined|consolidated|linked)\b|"
                         # "duplicate requests are merged into the original one": the desk's rule for repeats
                         r"\b(?:duplicate|repeated|second|separate|additional)\s++(?:requests?|inquir(?:y|ies)|enquir(?:y|ies)|"
                         r"submissions?)\s++(?:\w++\s++){0,2}?(?:merged|combined|consolidated|linked)\b|"
                         # "I have combined both requests and we will continue … in case 1756…"
                         r"\b(?:merged|combined|consolidated|linked)\s++(?:both|the\s++two|these\s++two|your\s++two|the\s++duplicate)\s++"
                         r"(?:requests|inquiries|enquiries|submissions|tickets)\b|"
                         # "対応を一本化するため…重複となる本ケースはクローズ": the duplicate case closed into the first
                         r"ケース[^。\n]{0,25}?(?:統合|まとめ|併合|一本化)|(?:本件|本ケース|こちらのケース|このケース)(?:に|へ)(?:統合|まとめ|併合|一本化)|引き続き(?:本|こちらの|この)ケース|(?:対応|ご案内|やり取り|窓口)を一本化|重複(?:となる|した|している)?(?:本|こちらの|この)?ケース"))

# Done, in English: perfect and past passives of the verbs of a merge, and states after it.
_DONE_VERB = (r"(?:merged|consolidated|combined|moved(?:\s++(?:across|over))?|migrated|transferred|copied|carried\s++(?:over|across)|"
              r"brought\s++(?:over|across|together)|folded|integrated|unified|joined|linked|completed|finished|done|processed|"
              r"actioned|fulfilled|executed|concluded|carried\s++out|performed|deactivated|inactivated|retired|disabled|closed|archived|"
              r"decommissioned|reassigned|attached|rolled\s++up|updated|successful(?:ly)?\s++\w++ed|finali[sz]ed|"
              r"wrapped\s++up|sorted(?:\s++out)?|taken\s++care\s++of|applied|implemented|effected|rolled\s++(?:into|in|over)|"
              r"put\s++in\s++place|switched\s++off|turned\s++off|shut\s++down|"
              # non-native, from "se realizó": "the unification of your accounts was realized with success"
              r"reali[sz]ed)")
# (as written in haste too: "succesfully", "sucessfully", "successfuly")
_SUCCESSFULLY = r"suc(?:c|)es(?:s|)ful(?:l|)y"
# Each form of the done aspect.  They run as one prefiltered signal (each
# form only where its literals occur) on the lower-case text.
_DONE_EN_PATTERNS = (
    rf"(?:\b(?:has|have|had)\s++|(?<=\w)'(?:s|ve)\s++)(?:now\s++|already\s++|{_SUCCESSFULLY}\s++|also\s++|all\s++|just\s++)*+been\s++"
    rf"(?:now\s++|{_SUCCESSFULLY}\s++|fully\s++)*+{_DONE_VERB}\b",
    rf"\b(?:was|were|got)\s++(?:now\s++|already\s++|{_SUCCESSFULLY}\s++|fully\s++)*+{_DONE_VERB}\b",
    # non-native, the verb left bare: "Your two certification accounts have been consolidate successfully"
    r"\b(?:has|have)\s++been\s++(?:merge|consolidate|combine|unify|integrate)\s++(?:successfully|already|now|completely)\b",
    # "the merging of your account is finish already", "Your two account already merge finish"
    r"\b(?:is|are)\s++(?:finish|finished|complete|completed|done)\s++already\b",
    r"\balready\s++(?:merge|merged|combine|combined|unify|unified|consolidate|consolidated)\s++(?:finish|finished|done|complete|completed)\b",
    # (and a team named: "The responsible team finalized the unification of your accounts")
    r"\b(?:we|i|(?:our|the)\s++(?:[\w-]++\s++)?team)(?:'ve|\s++have|\s++has)?\s++(?:now\s++|successfully\s++|already\s++|"
    r"just\s++)*+(?:merged|consolidated|combined|folded|unified|integrated|moved|migrated|transferred|completed|finished|"
    r"processed|actioned|deactivated|retired|linked|carried\s++out|performed|executed|"
    r"finali[sz]ed|wrapped\s++up|sorted|taken\s++care\s++of|gone\s++ahead\s++(?:and|with)|"
    # "We've brought everything from AWS… into AWS…"
    r"brought\s++(?:\S++\s++){0,4}?(?:into|over|across|together|under))\b",
    # the merge as the object of a perfect, non-native ones too: "I have did the consolidation of both your
    # certification profile", "we have completed the unification of your accounts"
    r"\b(?:we|i)(?:'ve|\s++have|\s++has)\s++(?:now\s++|already\s++|successfully\s++)?(?:did|done|made|performed|completed|finished|executed|"
    # non-native: "we have proceeded with the fusion of your two certification profiles"
    r"proceeded\s++with|realized|realised)\s++"
    r"the\s++(?:consolidation|merge|merging|merger|unification|integration|combination|fusion)\b",
    # the perfect carried over "and": "I have corrected the name on that record and moved it across"
    r"\b(?:we|i)(?:'ve|\s++have|\s++has)\s++(?:now\s++|also\s++|just\s++)?[a-z]++(?<=ed)\b[^.;\n]{0,60}?\band\s++(?:then\s++|also\s++)?"
    r"(?:merged|consolidated|combined|folded|unified|integrated|moved|migrated|transferred|brought)\s++(?:it|them|everything|all)\s++"
    r"(?:across|over|into|to|under)\b",
    r"\b(?:is|are)\s++(?:now\s++|already\s++)?(?:fully\s++)?(?:complete|completed|finished|done|in\s++place|merged|consolidated|"
    r"combined|folded|absorbed|joined|deactivated|closed|retired|gone|dead|inactive|finali[sz]ed|terminated)\b",
    # "Your records are now together under AWS…"
    r"\b(?:is|are)\s++now\s++(?:all\s++)?together\b",
    # (and with the verb contracted: "Everything's under AWS03318840 now")
    r"\b(?:everything|all\s++of\s++(?:it|them|your\s++\w++))(?:'s\s++|\s++(?:(?:from|on|under)\s++\S++\s++)?(?:is|are)\s++)(?:now\s++)?"
    r"(?:on|under|in)\s++\S++(?:\s++\S++)?\s++now\b|\b(?:everything|all\s++of\s++(?:it|them))(?:'s|(?:\s++(?:from|on|under)\s++\S++)?\s++(?:is|are))\s++"
    r"now\s++(?:on|under|in)\b",
    r"^[ \t]*+(?:all\s++set|(?:all\s++)?(?:done|sorted))(?:[.!]|\s*+[—–\-:,])",
    # the old login gone: "The old sign-in no longer works; please use AWS… from now on"
    r"\b(?:old(?:er)?|former|previous|other|second(?:ary)?)\s++(?:sign-?in|login|log-?in|account|profile)\s++(?:no\s++longer\s++works|"
    r"will\s++no\s++longer\s++work|"
    r"(?:will\s++not|won't|does\s++not|doesn't)\s++work\s++any\s*+more)\b",
    # "Quick update. All done on our side.", a row "- aws04471239: closed. Contents moved over."
    r"\b(?:all\s++)?done\s++(?:on|from|at)\s++our\s++(?:side|end)\b",
    r"\baws-?\d{8}\s*+[:：]\s*+(?:closed|merged|retired|deactivated|removed)\b",
    r"\b(?:are|is)\s++(?:now\s++one|one\s++now)\b",
    # "Lucas - you're sorted. One profile now: AWS…"
    r"\bone\s++(?:profile|account|login|candidate\s++id)\s++now\b",
    r"\bnow\s++(?:all\s++)?(?:lives?|living|resides?|residing|sits?|sitting|appears?|appearing|shows?|showing|held|visible|available|listed|"
    r"reflect(?:ing|ed)\s++under|"
    r"stored|part\s++of|(?:find|see)\s++(?:\S++\s++){0,6}?(?:in\s++one\s++place\s++)?(?:under|in|on)\s++(?:candidate\s++id\s++)?aws(?:-?+\d{8})?|"
    r"(?:is|are)\s++(?:held|visible|available|listed|stored|showing|under|part\s++of)|(?:a\s++)?(?:single|one|"
    r"unified|combined))\b",
    # the kept account, now holding everything: "AWS… – now holds all certifications and exam history"
    r"\bnow\s++(?:holds|contains|carries|includes|lists|shows)\s++(?:all|every|both|the\s++(?:full|whole|complete|entire))\b",
    # the user's state after it: "you now have a single certification account"
    r"\byou\s++now\s++have\s++(?:only\s++|just\s++)?(?:a\s++single|one)\s++(?:\w++\s++){0,2}?(?:account|profile|login|id)\b",
    # the records, now seen somewhere: a state after a move (its place must be an account, _done_in)
    r"\bnow\s++(?:all\s++)?(?:(?:of\s++)?(?:your|the)\s++)?(?:certifications?|certificates?|records?|history|badges?|"
    r"exams?|benefits?)\s++(?:is|are)\s++(?:showing|shown|listed|visible|available|stored|held|reflect(?:ing|ed))\b",
    # the other id, gone: "the other ID is no more active"
    r"\b(?:is|are)\s++no\s++(?:more|longer)\s++(?:active|valid|usable|in\s++use)\b|"
    # non-native: "The other profile is not anymore active"
    r"\b(?:is|are)(?:n't|\s++not)\s++anymore\s++(?:active|valid|usable|in\s++use)\b|"
    r"\b(?:is|are)(?:n't|\s++not)\s++(?:active|valid|usable|in\s++use)\s++any\s*+more\b",
    # a perfect with the bare verb, as non-native agents write it: "we have merge your accounts"
    r"\b(?:we|i|our\s++team)(?:'ve|\s++have|\s++has)\s++(?:now\s++|already\s++|successfully\s++)*+"
    r"(?:merge|consolidate|combine|move|migrate|transfer|complete|finish|process|went\s++ahead\s++(?:and|with))\s++"
    r"(?:your|the|both|all|these|those|this|it|them)\b",
    # the work as the subject that finished: "The transfer of your certifications from AWS… to AWS… has finished"
    r"\b(?:transfer|move|migration|merge|merging|consolidation)\b[^.\n]{0,80}?\b(?:has|have)\s++(?:now\s++|"
    rf"{_SUCCESSFULLY}\s++)*+(?:finished|completed|concluded|gone\s++through)\b",
    r"\bno\s++longer\s++exists?\b|\b(?:does|do)(?:n't|\s++not)\s++exist\s++any\s*+more\b|"
    r"\b(?:is|are)(?:n't|\s++not)\s++around\s++any\s*+more\b",
    # your visit, now: "If you sign in right now, you'll find … sitting together under AWS…"
    # (the statement starts at "you": the visit's "if" is not its condition; "you" first, for the skip loop)
    r"you(?:(?<=\bnow,\syou)|(?<=\bnow\syou))(?:'ll|\s++will)\s++(?:find|see)\s++(?:\S++\s++){0,20}?(?:under|in|on)\s++(?:candidate\s++id\s++)?aws-?\d{8}",
    # "when you log in … you'll now see your … exams listed together under AWS…"
    r"\byou(?:'ll|’ll|ll|\s++will)\s++now\s++(?:find|see)\s++(?:\S++\s++){0,20}?(?:under|in|on)\s++(?:candidate\s++id\s++)?aws-?\d{8}",
    r"\b(?:certifications?|records?|benefits?|history|badges?)\s++(?:transferred|moved|migrated|merged)"
    r"\s*+[:：]\s*+\S|\bstatus\s*+[:：]\s*+(?:resolved|completed?|done|merged)\b",
    r"\bfrom\s++today\b[^.\n]{0,40}?\b(?:you(?:'ll|\s++will)\s++see|sign\s++in)\b",
)
# Done, in Japanese: a verb of the merge in the past polite form.
_DONE_JA = re.compile(
    r"(?:統合|移行|マージ|移動|移管|引き継ぎ|集約|一本化|併合|無効化|反映|閉鎖|利用停止|削除|廃止)(?:作業|処理|手続き|対応|の処理|の作業|の手続き|の対応)?"
    r"(?:は|が|を|も)?(?:、)?(?:正常に|無事に|無事|滞りなく|問題なく|すべて|全て|既に|すでに)?(?:完了|終了|処理|実施)?"
    r"(?:いたしました|致しました|しました|されました|させていただきました|終わりました|済み(?!の(?!ため))|済です)(?!ら)|"
    r"(?:に|へ)まとま(?:って(?:いる|る|います|おります)|りました)(?!ら)|(?:利用停止|閉鎖|無効)と(?:いたしました|しました|なりました)|"
    r"(?:へ|に)(?:すべて|全て)?(?:移行|統合|移動|移管|反映)(?:いたしました|致しました|しました|されました)(?!ら)|"
    r"(?:移しました|移しております|完了しております|完了いたしております|(?:統合|移行|作業|手続き)(?:は|が)?(?:すでに|既に)?完了しています)|"
    # a row of what was done: "・AWS… → AWS… への認定記録の移行 済"
    r"(?:移行|統合|閉鎖|無効化|引き継ぎ|移管|移動)[ \t\u3000]*+済み?(?=[ \t\u3000]*+(?:\n|$))|"
    # closing is done at once: "閉鎖しております" is its result, not work going on
    r"(?:閉鎖|無効化|削除|利用停止)(?:いた)?しております(?!ら)|"
    r"(?:手続き|作業|処理|統合|移行|対応|移し替え|お引っ越し|引っ越し)(?:が|は)?、?(?:(?:本日|昨日|先ほど|すべて|全て|無事に?|滞りなく|問題なく)、?){0,2}"
    r"済み(?:ました|です|となりました)|"
    r"(?:お引っ越し|引っ越し)(?:が|は)?(?:すべて|全て|無事に?|滞りなく|問題なく)?(?:終わりました|完了(?:いた)?しました)|"
    # "ご依頼いただきましたお手続きは、本日までにすべて執り行わせていただきました"
    r"(?:お手続き|手続き|作業|処理)(?:は|を)、?[^。\n]{0,12}?(?:執り行わせていただきました|執り行いました|実施させていただきました|実施いたしました)|"
    # "…の方へお移ししております", "AWS… の方へ移っています"
    r"(?:お移し|移し)(?:いた)?して(?:おります|います)|お移し(?:いた)?しました|(?:に|へ)移って(?:おります|います)|"
    # (not "作業が終わったとき、…お知らせします": a time to come)
    # ("1 件にまとめる作業が、本日すべて終わりました")
    r"(?:作業|統合|移行|手続き|処理|併合)(?:が|は)?、?(?:(?:無事に?|滞りなく|問題なく|正常に|すべて|全て|本日|昨日|先ほど|先程)、?){0,2}終わ(?:りました|った(?!とき|時|ら|後|あと|際|段階)|って(?!から)|り、)|"
    # "ご依頼の処理が終了しましたのでお知らせします" (the work as a whole, its accounts in the rows after it)
    # (machine-translated too: "あなたのアカウントの組み合わせは正常に終了しました")
    r"(?:作業|手続き|処理|組み合わせ|結合)(?:が|は)(?:無事に?|滞りなく|問題なく|正常に|すべて|全て)?(?:終了|完了)(?:いた|致)?しました|"
    r"(?:統合|移行|移管|移動|マージ|処理|作業|手続き|手続|閉鎖|無効化|反映|完了|集約|一本化|対応)済み(?:です|でございます|となりました|となっております)|"
    # (not a description: "統合済みの AWS… で取得されたバッジは")
    # ("2 つの認定アカウントは 1 つにまとめ終わりました")
    r"(?:移し|統合し|移行し|まとめ)終え(?:ました|ております)|(?:移し|統合し|移行し|(?:(?:1|ひと|一)\s*+つ|一本)にまとめ)終わ(?:りました|っております)|"
    r"(?:閉鎖|無効化|統合)済み(?!の(?!ため))|"
    r"(?:作業|手続き|処理)を、?(?:(?:すべて|全て|無事に?|滞りなく|本日|昨日|先ほど|先程)、?){0,2}終え(?:ました|ております)|"
    # "…を AWS… に移す作業は、本日こちらで済ませました"
    r"(?:作業|手続き|処理|移行|統合)(?:は|を)、?[^。\n]{0,12}?済ませ(?:ました|ております)|"
    # Verbs of the merge that are not a noun + する: 1 つにまとめました, 引き継がれております, 移しました
    r"(?:引き継ぎ|引継ぎ|引き継が|引継が|移さ|移し替え|紐付け直し|紐づけ直し|(?:(?:1|ひと|一)\s*+つ|一本)にお?まとめ(?:いたし|し|させていただき)?)れ?"
    r"(?:ました|ております|ており、|てございます)(?!ら)|"
    # the work, the procedure: all finished (作業はすべて終了しております, アカウントの件、ぜんぶ終わりました)
    r"(?:作業|手続き|お手続き|処理|対応|件)(?:は|が)?、?(?:(?:本日|昨日|先ほど|先程|ただいま|只今|すべて|全て|ぜんぶ|全部|無事に?|滞りなく|問題なく|正常に)、?){0,2}"
    r"(?:完了|終了)(?:いたしました|しました|"
    r"しております|いたしております|となりました)|(?:件|作業|手続き)(?:は|が|、)?(?:すべて|全て|ぜんぶ|全部|無事に?|滞りなく|問題なく)?終わ(?:りました|っております)|"
    r"(?:統合|移行|移管|移動|集約|一本化|マージ)(?:され|させていただき)(?:ております|ており、)|"
    # the old account retired, told as a state: もうサインインできない状態になっています
    r"(?:サインイン|ログイン|使え|ご利用いただけ|利用でき)(?:は|が|も)?(?:もう)?\s*+(?:(?:でき|出来)(?:ない状態[にと]|なく)|(?<=え|け|き)(?:ない状態[にと]|なく))"
    r"(?:なりました|なっております|なっています|いたしました|しました)(?![件とがか])(?!の(?:でしょうか|ですか|は))|"
    # the old account retired, told as what you can no longer do: "旧アカウントにつきましては、今後ご利用いただけません"
    r"(?:旧|以前の|元の|古い)アカウント(?:につきましては|については|は)[、,]?\s*+(?:今後|もう|今後は)[、,]?\s*+(?:ご利用|ご使用|サインイン|ログイン)"
    r"(?:いただけません|できません|いただくことはできません)|"
    # the request handled (its account named in the next sentence, _done_in): ご依頼の件、本日対応いたしました
    r"(?:件|ご依頼)[^。\n]{0,12}?対応(?:いたしました|しました|させていただきました)|"
    # as you answered: "ご返答の内容どおりに処理しました" (its accounts named in the next sentence, _done_in)
    r"(?:どおり|とおり|通り)(?:に|で)?(?:処理|対応|作業)(?:いたしました|しました|させていただきました|を行いました)|"
    # the accounts named by what was done to them: 無効化したアカウント: AWS… (not a rule of any closed account:
    # "閉鎖したアカウントは復元できません", "閉鎖したアカウントを復活させることはできません")
    r"(?:無効化|閉鎖|停止)(?:いたし|し)たアカウント(?![をは](?:再度|再び|もう一度)|[をはの][^。\n]{0,30}?(?:でき|出来)(?:ません|ない)|[をは][^。\n]{0,30}?かねます)|"
    # machine-translated: "あなたのアカウントの結合が正常に行われたことをお知らせします"
    r"(?:統合|結合|併合|一本化|マージ|移行)(?:作業|処理)?(?:が|は)(?:無事に?|滞りなく|問題なく|正常に)?(?:行われ|実施され|実行され)(?:ました|た(?:こと|旨))|"
    # the team's word passed on: "3 件のアカウントを AWS… に一本化する作業が完了したとの連絡がございました"
    r"(?:作業|統合|移行|手続き|処理)(?:が|は)(?:無事に?|滞りなく|問題なく|正常に|すべて|全て)?完了した(?:との|という|旨の)(?:連絡|報告|ご連絡)|"
    # "これをもって両アカウントの統合がすべて完了したことを確認いたしました"
    r"(?:統合|移行|作業)(?:が|は)(?:無事に?|滞りなく|問題なく|正常に|すべて|全て)?完了(?:した|いたした)(?:こと|旨)|"
    # told as a fact: 無事に統合されたことを確認しました, 移行した旨
    r"(?:統合|移行|移管|移動|集約|一本化|マージ)(?:が|は)?(?:無事に|無事|滞りなく|問題なく|正常に|すべて)?(?:され|し)た(?:こと|旨|との)|"
    # made into one: "AWS… の記録を AWS… へ移し、ご登録情報をひとつにいたしました"
    r"(?:ひとつ|一つ|1つ|一本)に(?:いたしました|致しました|しました|まとめました|まとめております)(?!ら)")
# Done, told by the place the records are now in, the kept account (its id or
# "アカウント" first, so apart from _DONE_JA, whose starts would then include
# every "a"): AWS… でご確認いただける状態になりました, AWS… に全部寄せ終わりました.
_DONE_JA_PLACE = re.compile(
    rf"(?:{_ID}|アカウント)\s*+[)）]?\s*+(?:の[^。\n]{{0,10}}?)?(?:で|にて|上で|の方で|側で|に|から)[^。\n]{{0,40}}?"
    r"(?:(?:ご確認|確認|ご覧|閲覧|参照|表示|ご利用|利用)(?:いただける|できる|可能な|される)|見える|見られる)(?:ように|状態に)(?:なりました|なっております|"
    r"なっています)(?!ら)|"
    rf"(?:{_ID}|アカウント)\s*+(?:に|へ)[^。\n]{{0,10}}?(?:寄せ|移し|まとめ|集め|統合し|移行し|移動し|引き継ぎ|入れ)"
    r"終(?:わり|え)(?:ました|ております)|"
    # what the old account held, added to the kept one: "旧アカウントにあった認定 2 件と受験履歴が、AWS… に加わりました"
    rf"{_ID}\s*+(?:に|へ)(?:すべて|全て)?(?:加わりました|追加されました|追加いたしました|加えられました)|"
    # the records gathered on the kept id: "aws… にあった SAA の記録は aws… の方にそろいました"
    rf"{_ID}\s*+(?:の方|側)?(?:に|へ)(?:すべて|全て)?(?:そろいました|揃いました|そろっております|揃っております)|"
    # the accounts become one: "あなたのアカウントは一つになりました"
    r"アカウント(?:は|が)[、,]?\s*+(?:今|いま|現在)?[、,]?\s*+(?:一つ|ひとつ|1\s*+つ|一本)に(?:なりました|まとまりました|なっております|なっています)|"
    # now seen there: "…の記録は、いまはすべて AWS… のほうでご覧いただけます"
    rf"(?:いまは|今は|現在は)[^。\n]{{0,12}}?{_ID}[^。\n]{{0,8}}?(?:で|にて)(?:ご覧|ご確認|閲覧)(?:いただけます|になれます|できます)|"
    # the kept id as the destination, what was brought into it after: AWS… へ、AWS… の内容をまとめました
    rf"{_ID}\s*+(?:に|へ)[、,]\s*+[^。\n]{{0,40}}?を(?:すべて|全て)?(?:寄せ|移し|まとめ|集約し|統合し|移行し|移動し|引き継ぎ)"
    r"(?:ました|ております)(?!ら)")
# Where a Japanese done form can start: a search for these skips along in C,
# and _DONE_JA is tried (match) only there (tests/test_core_meaning.py checks
# the hits equal _DONE_JA.finditer's).
_DONE_JA_AT = re.compile(first_chars(_DONE_JA.pattern))


def _done_ja(text: str) -> list[re.Match[str]]:
    hits = []
    pos = 0
    while (at := _DONE_JA_AT.search(text, pos)) is not None:
        m = _DONE_JA.match(text, at.start())
        if m is None:
            pos = at.start() + 1
        else:
            hits.append(m)
            pos = m.end()
    return hits


# The case still being worked on: a done part is then part of a progress report.
# One alternative per form, each run only when its literals occur (rules.Signal's
# prefilter); the text is read in lower case.
_IN_PROGRESS = Signal("in-progress", "says the case is still being worked on", (
    r"\b(?:currently|still)\s++(?:being\s++)?(?:processed|processing|working|worked|pending|in\s++progress|reviewing|"
    r"investigating)\b",
    r"\bin\s++progress\b",
    r"\bunder\s++processing\b",  # non-native: "it is under processing from our side now"
    r"\bbeing\s++(?:processed|worked\s++on|reviewed|investigated)\b",
    # "the certifications and benefits are still being transferred"; "I've started the merge"
    r"\bstill\s++being\s++(?:transferred|moved|migrated|copied|merged|consolidated|combined)\b",
    r"(?:\b(?:have|has)|'ve)\s++(?:now\s++|just\s++)?started\s++(?:the|your)\s++(?:merge|consolidation|process|transfer|migration)\b",
    # "the old profile is still active while they finish moving the certification records"
    r"\bstill\s++(?:active|open|in\s++use)\s++while\s++(?:they|we|the\s++team|our\s++team)\s++(?:finish|complete|move|wrap)",
    r"\b(?:has|have)\s++started\s++(?:the|this|its|their)\s++work\b",
    r"\bkeep\s++(?:this|the|your)\s++case\s++open\b",
    r"\b(?:we\s++are|we're|i\s++am|i'm)\s++(?:still\s++)?(?:working|checking|looking|following\s++up)\b",
    r"\balmost\s++(?:done|complete|completed|finished|there)\b",
    r"\bstill\s++with\b",
    r"\b(?:last|final|remaining)\s++step\b",
    r"\bas\s++soon\s++as\s++it(?:'s|\s++is)\s++(?:done|wrapped|finished|complete)",
    # handed to another team, and with it now: "I have raised this with our certification operations
    # team" (not a past step told in a story of work since finished: "I passed the request on to the team")
    r"(?:\b(?:have|has)|'ve)\s++(?:now\s++|just\s++|already\s++)?(?:raised|escalated|referred|handed|passed)\s++"
    r"(?:this|it|(?:the|your)\s++(?:case|issue|matter|request|problem))\s++"
    r"(?:\w++\s++){0,3}?(?:with|to)\s++(?:our|the)\s++(?:[\w-]++\s++){0,3}?team\b",  # ("our back-office team")
    # (not the connective of a past narrative: "対応を進め、本日作業が終了しました")
    r"対応を進め(?![、,]|ました)|進めております|処理中|対応中|確認中|調査中|今しばらく|引き続き対応|もう少し|残りの|"
    r"(?:作業|手続き|処理|統合)を開始(?:いた)?して(?:おります|います)",
))

# What takes the done aspect back: plans, conditions, negation, the user as actor.
_PLAN_EN = (r"will|shall|going\s++to|once|after|when|whenever|if|whether|as\s++soon\s++as|until|before|upon|unless|"
            r"not|never|yet|pending|would|should|expected|scheduled")
_PLAN_JA = r"予定|次第|ましたら|たら|れば|場合|までに|まだ"
# What makes words a plan, a condition or a negation (said_as_done, badges, cases opened).
_PLANNED = re.compile(rf"\b(?:{_PLAN_EN})\b|n't\b|{_PLAN_JA}", re.IGNORECASE)
# ... and, for merge_done, also a modal, a request or the user's side still to act.
# ("would" but the performative "We would like to inform you that the integration work … was completed")
_WOULD = r"would(?!\s++like\s++to\s++(?:inform|let\s++you\s++know|tell\s++you|confirm|advise|notify|update|report)\b)"
_NOT_DONE = re.compile(
    # ("can" but the performative "I can (now) confirm the work is finished", "we can tell you it is done")
    rf"\b(?:{_PLAN_EN.replace('would', _WOULD)}|can(?!\s++(?:now\s++|also\s++|happily\s++|gladly\s++)?(?:confirm|tell\s++you|let\s++you\s++know|report|say)\b)|could|may|might|need|needs|(?<!your\s)(?<!the\s)(?<!this\s)request(?:ed)?\s++to|to\s++be)\b|n't\b|{_PLAN_JA}|"
    r"後に|後、|ておりません|ていません|できません|できず|ませんでした|かどうか",
    re.IGNORECASE)
# What right after the done words makes them a condition or not yet: "yet", "…たら", and
# "統合が済みましたら" / "…ました後" / "…次第", where the match ends before the conditional ending.
_NOT_YET = re.compile(r"(?:(?<!\s)\s++)?(?:yet\b|ら|たら|ましたら|次第|(?:まし)?た(?:後|あと|うえ|上で)|"
                      # a condition right after: "… is finished once you reply"
                      r"(?:once|when|as\s++soon\s++as|if|until|upon)\s++(?:you|we|the|it|they|your)\b)", re.IGNORECASE)
_USER_ACTOR = re.compile(r"\b(?:you|your\s++(?:reply|confirmation|approval))\s++(?:have\s++|had\s++)?"
                         r"(?:confirmed|approved|agreed|replied|requested|asked|submitted)\b", re.IGNORECASE)


_CLAUSE_OPENER = re.compile(r"(?:^|[,;:.!(]|\b(?:as|since|because|and|that|now|once|after|when|if|thanks|thank\s++you))\s*+$",
                            re.IGNORECASE)


# The manner of the agent's act, after its done words: "we have merged the accounts as you confirmed us" (the
# agent did it, the way you asked).
_AS_YOU_DID = re.compile(r"\bas\s++you\s++(?:have\s++|had\s++)?(?:confirmed|approved|agreed|requested|asked)(?:\s++(?:us|me|it|to))?\b",
                         re.IGNORECASE)


def _user_acts(sentence: str) -> bool:
    """Does the user act in the sentence ("as you confirmed", "your reply
    approved it")? Not when it is a relative clause naming a thing ("the
    consolidation you asked for has been carried out": the agent did that)."""
    return any(_CLAUSE_OPENER.search(sentence, 0, m.start()) for m in _USER_ACTOR.finditer(sentence))


_SEQUENCE = re.compile(r"\b(?:then|next|afterwards|after\s++that)\b", re.IGNORECASE)
_PRESENT = re.compile(r"(?:is|are)\b", re.IGNORECASE)
# (also "after" ending its clause: "AWS… is remaining, AWS… is closed after")
_AFTERWARDS = re.compile(r"(?<!\s)\s++(?:afterwards|after\s++that|thereafter|later(?:\s++on)?|after(?=\s*+(?:[.;,\n]|$)))\b",
                         re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Statement:
    """One clause that says the accounts' merge is done, and the words that say it."""

    clause: str
    words: str


_WHICH = re.compile(r"\bwh?ich\s++(?:ones?|accounts?|profiles?|ids?|candidate\s++ids?|of\s++(?:the|your|these))\b|"
                    r"\bwhether\b[^.\n]{0,120}?\bor\b|どちら|いずれ(?:を|の|か一方|か)", re.IGNORECASE)
_ASKING = re.compile(r"\?|？|\b(?:please|kindly|let\s++(?:us|me)\s++know|advise|tell\s++(?:us|me)|confirm|specify|indicate|"
                     # "I need to know which account you would like to keep"
                     r"(?:i|we)\s++(?:need|would\s++need)\s++to\s++know)\b|"
                     # (and a question's own ending: "存続アカウントはどちらになさいますか。")
                     r"お知らせ|ご指定|ご教示|ご連絡|ください|でしょうか|ませんか|願い|(?:ます|です|ございます)か(?=[。？?\s)）]|$)",
                     re.IGNORECASE)


_ALTERNATIVE = re.compile(r"\(\s*+or\b|\bor\s++(?:let|tell|reply|advise|inform)|\bif\s++(?:it|this|that)\s++is\s++not\b|"
                         r"\bif\s++you\s++(?:would\s++)?(?:rather|prefer)|\binstead\b|\botherwise\b|\balternatively\b|"
                         # "if anything is incorrect, let us know which ID you would prefer to keep"
                         r"\bif\b[^.?!\n]{0,40}?\b(?:incorrect|wrong|inaccurate|mistaken|not\s++(?:correct|right|accurate)|"
                         r"needs?\s++to\s++change|should\s++change|different)\b|\byou(?:'d|\s++would)\s++(?:rather|prefer)\b|"
                         r"場合は|ご希望の場合|異なる場合", re.IGNORECASE)


# A choice among a rating's links, not among the accounts.
_RATING_CHOICE = re.compile(r"評価|クリック|\brat(?:e|ing)\b|\bclick\b", re.IGNORECASE)


@lru_cache(maxsize=32)
def asks_which(new_text: str) -> bool:
    """Does a sentence ask the user to choose between the accounts ("which
    account would you like to keep", "どちらのアカウントを残すか"), rather than
    offer the choice as an alternative to what it states ("reply 'I confirm'
    (or let us know which account to keep, if it is not AWS…)")?  Wrapped
    lines are joined first: "If you would prefer the other, just\nlet me know which…"."""
    text = unwrap(new_text[:MAX_TEXT])
    kept_words = any(w in text for w in _KEPT_ONE_WORDS)
    kept_one = kept_words and _KEPT_ONE.search(text) is not None
    if not kept_words and not _WHICH.search(text):
        return False
    intro = ""  # the last sentence before a list: it may ask for the items ("以下の点をお知らせいただけますでしょうか")
    marker = False  # the last sentence was a list item's number alone ("1.")
    for sentence in _sentences(text):
        if not sentence.strip():
            continue
        if _THANKS.search(sentence) and not _asking(sentence):
            continue  # thanks for what was chosen: "残すアカウントをご指定いただき、ありがとうございました"
        item = marker or _LIST_ITEM.match(sentence)
        marker = bool(_MARKER_ONLY.match(sentence))
        which = _WHICH.search(sentence) or (kept_one and _KEPT_ONE.search(sentence) and not _AN_ID.search(sentence)) or (
            item and kept_words and _KEPT_ITEM.match(sentence) is not None
            and (_ASKING.search(sentence) is not None or "希望" in sentence))
        if which and _WHICH_FACT.search(sentence) and not _KEEP_WORD.search(sentence):
            which = None  # a fact about an account asked: "on which account this appointment is booked?"
        if (isinstance(which, re.Match) and which.group(0).lower().startswith("whether")
                and not (_ACCOUNT_WORD.search(sentence) or _AN_ID.search(sentence) or _KEEP_WORD.search(sentence))):
            which = None  # a choice of something else: "whether you still plan to take it on that date, or …"
        if which and _RATING_CHOICE.search(sentence) and not _KEEP_WORD.search(sentence):
            which = None  # a rating's links: "このやり取りを評価するには、以下のいずれかをクリックしてください"
        if which and _CREDLY_ACCOUNT.search(sentence) and not _AN_ID.search(sentence):
            which = None  # Credly's profiles, not the certification accounts: "the e-mail of the Credly profile you want to keep"
        if which and not _ALTERNATIVE.search(sentence) and (
                _ASKING.search(sentence) or (item and (_ASKING.search(intro) or _NEED.search(intro)))):
            return True
        if not item and not marker:
            intro = sentence
    return False


# A which-question about a fact of an account, not the choice of the one to keep: "let us know on which account
# this appointment is booked", "どちらのアカウントで試験のご予約をされていますか".
_WHICH_FACT = re.compile(r"\b(?:is|was|are|were|got)\s++(?:\w++\s++)?(?:booked|scheduled|registered|linked|associated|listed)\b|"
                         r"予約|紐づ|紐付", re.IGNORECASE)
_KEEP_WORD = re.compile(r"\b(?:keep|kept|retain|remain|stay|survive|primary|main)\w*+|残|存続|使い続け|メイン", re.IGNORECASE)
# The account to keep, asked for by what it is rather than "which": its id or address asked for
# ("3. 今後お使いになるアカウント(残すアカウント)の受験者 ID", "残すアカウントをお知らせください", "the
# candidate id of the profile you want to keep"), not a heading ("■ 残すアカウント(統合先)"); a
# line that gives an id states it ("Account you want to keep: AWS…").
_KEPT_ONE = re.compile(r"(?:残す|残したい|存続させる|今後(?:お)?使(?:う|い続ける|いになる|用する)|メインにする)\s*+アカウント[)）]?\s*+"
                       r"(?:の\s*+(?:AWS\s*+)?(?:受験者\s*+ID|候補者\s*+ID|ID|メールアドレス)|を\s*+(?:お知らせ|ご指定|ご教示|教えて))|"
                       r"\b(?:account|profile|id)\s++(?:that\s++|which\s++)?you\s++(?:want|wish|would\s++like|'d\s++like|"
                       r"prefer)\s++to\s++(?:keep|retain|use\s++going\s++forward)\b", re.IGNORECASE)
# What starts a list item: "1.", "(2)", "・", "■", "-".
_MARKER = r"(?:\d{1,2}[.)．、:]|[(（]\d{1,2}[)）]|[・•●■◆\-*])"
# A list item, under an ask, that asks itself about the account to keep and gives it no value by
# a label ("3. 統合後に残すアカウント（… AWS 0551… とのことですが、念のためご確認ください）", "・残す
# アカウントのご希望（… でよろしいでしょうか）"), unlike a heading ("■ 残すアカウント（統合先）") or
# "・残すアカウント: AWS…", which state it.
_KEPT_ITEM = re.compile(rf"[ \t]{{0,8}}+{_MARKER}?[ \t]{{0,8}}+[^:：\n]{{0,12}}?"
                        r"(?:残す|残したい|存続させる|今後(?:お)?使(?:う|い続ける|いになる|用する))[ \t]{0,4}+アカウント(?![ \t]{0,4}+[:：])")
_KEPT_ONE_WORDS = ("残", "存続", "今後", "メイン", "keep", "retain", "going forward")  # one is in every match
_AN_ID = re.compile(_ID, re.IGNORECASE)
_LIST_ITEM = re.compile(rf"^\s*+{_MARKER}")
_MARKER_ONLY = re.compile(r"^\s*+(?:\d{1,2}[.)．、:]?|[(（]\d{1,2}[)）])\s*+$")


def in_progress(new_text: str) -> bool:
    """Does the text say the case is still being worked on, and not only
    the badges ("I'll keep this case open until you let me know the badges
    have arrived": the merge is done, Credly's part is what waits)?"""
    lower = _lower(new_text)
    if _IN_PROGRESS.first(lower) is None:
        return False
    if _ONLY_BADGES.search(lower) is None and _OTHER_MATTER.search(lower) is None:
        return True
    return any(not _only_badges(sentence) and not _other_matter(sentence)
               for m in _IN_PROGRESS.matches(lower)
               for sentence in (_with_antecedent(lower, _sentence_start(lower, m.start()), _sentence_end(lower, m.end())),))


def in_progress_now(new_text: str) -> bool:
    """in_progress, said of now and not on a condition before it in its
    sentence ("追加のご質問がございましたら、…ご返信いただくと、引き続き対応
    いたします" is a closure's offer)."""
    if not in_progress(new_text):
        return False
    low = _lower(new_text)
    return any(_CONDITION.search(low, _sentence_start(low, m.start()), m.start()) is None for m in _IN_PROGRESS.matches(low))


# The request's work under way with a team, now: "it is under processing from our side now. We are checking
# the information with the concerned team"; "submitted to our backend team and they are processing" (not an
# acknowledgement's "your request is being reviewed", "今しばらくお待ちください").
_WORK_UNDER_WAY = re.compile(r"\bunder\s++processing\b|"
                             # "your request to fold AWS… into AWS… is in the queue with our back-end team"
                             r"\bin\s++the\s++queue\s++with\s++(?:our|the)\s++(?:[\w-]++\s++){0,2}?team\b|"
                             r"\b(?:checking|verifying|working|coordinating|following\s++up)\s++(?:on\s++)?(?:[\w']++\s++){0,4}?with\s++(?:the|our)\s++"
                             r"(?:[\w-]++\s++){0,2}?team\b|"
                             r"\bteam\s++and\s++(?:they|it)\s++(?:are|is)\s++(?:now\s++)?(?:processing|working|checking)\b", re.IGNORECASE)


def work_under_way(new_text: str) -> bool:
    """Does the text tell the request's work under way with a team, now?"""
    return _WORK_UNDER_WAY.search(new_text[:MAX_TEXT]) is not None


# What waits, named in the sentence before: "…you should receive an e-mail from Credly within 5 business
# days. I'll keep this case open until that is done."
_ANAPHOR = re.compile(r"\buntil\s++(?:that|this|it|then)\b", re.IGNORECASE)


def _with_antecedent(lower: str, start: int, end: int) -> str:
    """The sentence lower[start:end], with the one before it where it waits on "that" it does not name."""
    sentence = lower[start:end]
    if start < 2 or _ANAPHOR.search(sentence) is None:
        return sentence
    return lower[_sentence_start(lower, start - 2):end]


def _only_badges(sentence: str) -> bool:
    """Is the sentence about the badges alone, not the accounts or their records?"""
    return _ONLY_BADGES.search(sentence) is not None and _ACCOUNTS.search(_BADGE_MOVE.sub(" ", sentence)) is None


def _other_matter(sentence: str) -> bool:
    """Is the sentence about an exam result or booking alone ("your … exam result which is still
    pending"), not the accounts?"""
    return _OTHER_MATTER.search(sentence) is not None and _ACCOUNTS.search(sentence) is None


_OTHER_MATTER = re.compile(r"\bexam\s++(?:results?|scores?|appointments?|bookings?)\b|\bscore\s++reports?\b|試験結果|受験結果|スコアレポート",
                           re.IGNORECASE)


# The badges' own move ("バッジの移行が済みましたら", "the badge transfer"): no word of the accounts.
_BADGE_MOVE = re.compile(r"バッジ(?:の)?(?:移行|移動|統合|引き継ぎ)|\bbadges?\s++(?:transfer|move|migration|merge)\w*+", re.IGNORECASE)
_ONLY_BADGES = re.compile(r"\bbadges?\b|credly|バッジ", re.IGNORECASE)
_CREDLY_ACCOUNT = re.compile(r"credly(?:\s++|の)?(?:account|profile|wallet|アカウント)|(?:account|profile|wallet)\s++(?:on|at|in)\s++credly",
                             re.IGNORECASE)


def _sentence_end(text: str, at: int) -> int:
    """Where the sentence holding text[at] ends, looking on 300 characters at most."""
    m = _SENTENCES.search(text, at, at + 300)
    return m.start() if m else min(len(text), at + 300)


def _has(text: str, words: tuple[str, ...]) -> bool:
    """Does the text hold one of the words (lower case) any pattern it gates
    needs?  A cheap test that spares the patterns most mail."""
    lower = _lower(text)
    return any(w in lower for w in words)


@lru_cache(maxsize=16)
def _lower(text: str) -> str:
    return text[:MAX_TEXT].lower()


_APPROVAL_WORDS = ("sign off", "green-light", "confirm", "approv", "agree", "consent", "proceed", "go ahead", "go-ahead", "authori", "ok",
                   "shall we", "should we", "may we", "can we", "could we", "like us to", "want us to", "the word",
                   "if that", "if this", "if it", "if you", "if everything", "if all", "if the above", "確認", "承認",
                   "承諾", "同意", "了承", "進め", "実施", "よろし", "よい", "問題", "差し支え", "構わ", "相違", "間違い",
                   "nod", "green light", "ＯＫ", "オーケー", "thumb", "happy for us", "happy with", "yes", "blessing",
                   "permission", "alright", "all right", "fine", "正し", "着手", "plan", "you want", "you like", "shall we")
_RATING_WORDS = ("likely", "score", "questions", "質問", "やすかった", "went", "how did", "did the job", "お寄せ", "体験", "経験", "felt", "get you", "おすすめ", "推奨", "rate", "rating", "how was", "satisf", "survey", "questionnaire", "tell us how",
                 "experience",
                 "評価", "いかがでした", "満足", "アンケート", "段階", "お聞かせ", "教えて", "どうだった", "星で", "★",
                 "resolved", "solved", "helpful", "hear about", "hear how", "解決", "解消", "did we", "did our", "お役に立", "勧め", "薦め")
_OPENED_WORDS = ("logged", "opened", "created", "registered", "recorded", "raised", "filed", "登録", "作成", "起票",
                 "受け付け", "受付", "承り", "オープン", "開設", "開き", "記録")


def _ascii_lacks(text: str, *groups: tuple[str, ...]) -> bool:
    """Is `text` ASCII and without any word of one of the groups (lower
    case)?  Then a case-insensitive pattern that needs a word of each group
    cannot match it, and need not run: such patterns (\\b first, IGNORECASE)
    are tried at every position.  Beyond ASCII, `re`'s case-insensitive
    matching is not str.lower()'s (ſ matches s): no shortcut there."""
    if not text.isascii():
        return False
    lower = text.lower()
    return any(not any(word in lower for word in group) for group in groups)


def _may_merge_cases(text: str) -> bool:
    """False when _CASE_MERGE cannot match: ASCII text without "case" or
    "ticket" (or a duplicate "request", or requests in the plural), or
    without "merged", "combined"... (its English forms)."""
    merged = ("merged", "combined", "consolidated", "linked")
    return not (_ascii_lacks(text, ("case", "ticket"), merged)
                and _ascii_lacks(text, ("duplicate", "repeated", "second", "separate", "additional"),
                                 ("request", "inquir", "enquir", "submission"), merged)
                and _ascii_lacks(text, ("requests", "inquiries", "enquiries", "submissions", "tickets"), merged))


def cases_merged(new_text: str) -> bool:
    """Does the text speak of merging support cases ("we have merged that
    case into this case"), rather than the accounts?"""
    text = new_text[:MAX_TEXT]
    return _may_merge_cases(text) and _CASE_MERGE.first(lower(text)) is not None


_DONE_EN = Signal("done-en", "says something is done", _DONE_EN_PATTERNS)
# The same forms on text whose lower case is not as long as itself (a few
# letters lower into two): positions must be the text's own.
_DONE_EN_ANY_CASE = tuple(re.compile(p, re.IGNORECASE | re.MULTILINE) for p in _DONE_EN_PATTERNS)


@lru_cache(maxsize=32)
def merge_done(new_text: str) -> Statement | None:
    """The first clause stating, in the done aspect, that the agent's side
    merged or moved the accounts; None when no clause does.  (Cached: the
    classifier asks this of one text several times.)  Wrapped lines are
    joined first: "once the\naccounts are merged" is one conditional clause."""
    text = unwrap(new_text)
    lower = _lower(text)
    if len(lower) == len(text):  # positions in the lower-case text are the text's
        hits = _DONE_EN.matches(lower)
    else:
        hits = [m for form in _DONE_EN_ANY_CASE for m in form.finditer(text)]
    if (any(c in text for c in "済終了移統") or "ました" in text or "ており" in text or "まとま" in text or "なく" in text
            or "行われ" in text or "いただけません" in text):
        hits += _done_ja(text)
    if ("になりました" in text or "になっ" in text or "終わり" in text or "終え" in text or "加わ" in text or "追加さ" in text
            or "いまは" in text or "今は" in text or "現在は" in text or "そろ" in text or "揃" in text
            or ("ました" in text and ("へ、" in text or "に、" in text))):
        hits += _DONE_JA_PLACE.finditer(text)
    hits.sort(key=lambda m: m.start())
    if not hits or in_progress(text):
        return None
    separators = [(m.start(), m.end()) for m in _SENTENCES.finditer(text)]
    ends = [e for _, e in separators]  # where each sentence after the first starts
    starts = [s for s, _ in separators]
    plan = _PLAN_HEAD.search(text) if _present_hit(text, hits) else None
    for hit in hits:
        if plan is not None and plan.end() <= hit.start() and _PRESENT.match(text, hit.start()):
            continue  # a row of the plan laid out: "Here is what we are going to do, pending your OK: … AWS… is closed"
        i = bisect_right(ends, hit.start())
        start = ends[i - 1] if i else 0
        j = bisect_left(starts, hit.end())
        stop = starts[j] if j < len(starts) else len(text)
        statement = _done_in(text[start:stop], hit.start() - start, hit.end() - start, text[stop:stop + 240])
        if statement is not None:
            return statement
    return None


def _present_hit(text: str, hits) -> bool:
    return any(_PRESENT.match(text, h.start()) for h in hits)


# A plan laid out for your yes, its rows told in the present after it.
_PLAN_HEAD = re.compile(r"\b(?:here\s++is|here's|this\s++is)\s++what\s++(?:we|i)(?:'re|'ll|\s++are|\s++will|\s++would|\s++plan\s++to|"
                        r"\s++intend\s++to|\s++propose\s++to)\s++(?:going\s++to\s++)?do\b|"
                        r"\bpending\s++your\s++(?:ok|okay|approval|confirmation|go-ahead|consent|yes)\b|"
                        r"\bproposed\s++(?:outcome|plan|changes?)\s*+:|"
                        # "With that, the request reads: - AWS… is merged into AWS… and then closed"
                        r"\b(?:request|plan|summary)\s++(?:now\s++)?reads\s*+:|"
                        # options offered: "Option A - keep AWS… / AWS… is merged into it."
                        r"\boption\s++[a-d1-4]\b\s*+[-–—:)]|"
                        # "the three profiles … would be combined as below: - … are folded into …"
                        r"\bwould\s++be\s++(?:combined|merged|consolidated|joined|unified|handled)\s++as\s++(?:below|follows)\s*+:",
                        re.IGNORECASE)


_MERGE_VERB = re.compile(r"\b(?:merged|consolidated|combined|brought\s++together|unified|folded|joined)\b|統合|マージ|一本化|まとめ|まとま",
                         re.IGNORECASE)


def done_recalled(new_text: str, words: str | None = None) -> bool:
    """Is the merge's being done (`words`, else merge_done's) recalled as told
    before ("9月15日にご案内のとおり、統合はすでに完了しております", "as we
    advised on 12 June, your profiles were merged", "移行は先日完了して
    おります"), not told as this mail's news?"""
    if words is None:
        done = merge_done(new_text)
        if done is None:
            return False
        words = done.words
    text = unwrap(new_text)
    at = text.find(words)
    if at < 0:
        return False
    start = _sentence_start(text, at)
    return (_TOLD_AS_BEFORE.search(text, start, at) is not None
            or _presupposed(text, at)
            or _REOPENED.search(text, 0, at) is not None  # "I have reopened your case … The records were moved correctly, but …"
            or _EARLIER_JUST_BEFORE.search(text, max(start, at - 8), at) is not None
            or _ITSELF_BEFORE.search(text, max(start, at - 12), at) is not None
            or _ITSELF_IN_WORDS.search(words) is not None
            or _DATED_BEFORE.match(text, at + len(words)) is not None
            or _EARLIER_IN_WORDS.search(words) is not None
            or _IN_AN_EARLIER_CASE.search(text, start, _sentence_end(text, at)) is not None
            or _TOLD_SEPARATELY.search(text, at, _sentence_end(text, at)) is not None)


# The done given as known, the ground of the sentence: "Since your accounts have now been merged, we have
# resolved case …", "Now that AWS… has been merged into AWS…, the voucher was reissued".
# (the done words inside that clause, no comma before them: not "Now that your exam is behind you, we've consolidated …")
# An undo of the merge, asked by you and refused: "I understand that you now wish to have the account …
# separated again … I am sorry, but … a merge once done cannot be reversed, and we are not able to split …".
_UNDO = r"(?:separat\w*+|split\w*+|undo\w*+|undone|revers\w*+|revert\w*+|unmerg\w*+|pull\w*+\s++apart|元に戻|分離|分割|取り消|切り離)"
_UNDO_WISHED = re.compile(rf"\byou\s++(?:now\s++|would\s++)?(?:wish|want|like|asked|requested|would\s++like)\s++(?:us\s++)?(?:to\s++)?"
                          rf"(?:have\s++)?[^.\n]{{0,80}}?{_UNDO}|(?:元に戻し|分離し|分割し|切り離し|取り消し)たい", re.IGNORECASE)
_REFUSED = re.compile(r"\b(?:sorry|unfortunately|regret|afraid)\b|申し訳|残念ながら|あいにく", re.IGNORECASE)


def undo_refused(new_text: str) -> bool:
    """Does the mail refuse an undo of the merge that you asked for: your
    wish to undo told, and a sentence that apologises for its being
    irreversible ("I am sorry, but … a merge once done cannot be reversed")?"""
    text = _no_addresses(unwrap(new_text[:MAX_TEXT]))  # (an address's dots are no sentence's end)
    if _UNDO_WISHED.search(text) is None:
        return False
    return any(_REFUSED.search(s) and re.search(_UNDO, s, re.IGNORECASE) for s in _sentences(text))


_PRESUPPOSED = re.compile(r"(?:now\s++that|since|given\s++that)\s", re.IGNORECASE)


def _presupposed(text: str, at: int, only_now_that: bool = False) -> bool:
    """Are the done words at `at` inside a clause that opens their sentence and gives them as known
    (as the ground of what follows, with `only_now_that`: "Now that …, the voucher was reissued")?"""
    start = _sentence_start(text, at)
    while start < at and not text[start].isalnum():
        start += 1
    m = _PRESUPPOSED.match(text, start, at)
    if m is None or (only_now_that and "now" not in m.group(0).lower()):
        return False
    return not any(c in ",;:.!?" for c in text[m.end():at])
# "…were merged as requested; the details were sent to you in a separate e-mail", "As your profiles were
# consolidated last week (see my message below), …"
_TOLD_SEPARATELY = re.compile(r"\b(?:sent|told|given|communicated)\s++(?:to\s++)?you\s++(?:in|by|with)\s++(?:a\s++|an\s++|our\s++)?"
                              r"(?:separate|previous|earlier|other)\s++(?:e-?mail|message|mail|reply)\b|"
                              r"\bsee\s++(?:my|our)\s++(?:previous\s++|earlier\s++|last\s++)?(?:e-?mail|message|mail|reply|note)\s++below\b|別途(?:メール|ご案内|ご連絡)(?:にて|で)"
                              r"(?:ご案内|お知らせ|ご連絡)(?:いたし|し)ました", re.IGNORECASE)
# The done words dated earlier, right before them: "認定資格の移行は先日完了しております" (not "先日ご承認いただいた
# 統合作業は完了しており": the approval was the other day).
_EARLIER_JUST_BEFORE = re.compile(r"(?:先日|前回)[^。、\n]{0,4}$")
# The merge "itself" granted, against what is not done: "認定アカウントの統合自体は完了しておりますが、Credly の
# バッジは…", "The merge itself is complete, but the badge …".
_ITSELF_BEFORE = re.compile(r"自体(?:は|も)\s*+$|\bitself\s++(?:is\s++|was\s++|has\s++been\s++)?$", re.IGNORECASE)
# The done words dated before this mail, right after them: "… merging was realized last week and …".
_DATED_BEFORE = re.compile(r"\s{0,3}+(?:last\s++(?:week|month|year)|yesterday|(?:a\s++few|two|three|\d{1,2})\s++(?:days|weeks|months|years)\s++ago|"
                           r"(?:back\s++)?in\s++(?:early\s++|late\s++|mid-?)?(?:19|20)\d\d)\b",
                           re.IGNORECASE)
_ITSELF_IN_WORDS = re.compile(r"自体(?:は|も)|\bitself\b", re.IGNORECASE)
_EARLIER_IN_WORDS = re.compile(r"(?:先日|前回)[^。、\n]{0,4}(?:完了|終了|終わ|移行|統合|済)")
# The done placed in an earlier case, in the done words' sentence: "前回のケース(1731…)にて AWS… への統合は完了して
# おりますが、…", "Your profiles were merged under your previous case, but …".
_IN_AN_EARLIER_CASE = re.compile(r"(?:前回|以前|先日|先般|過去|別|最初)の(?:サポート)?(?:ケース|お問い合わせ|ご依頼)[^。\n]{0,30}?(?:にて|で|において|の際)|"
                                 r"\b(?:in|under|via|through|on|with)\s++(?:your|the|our|an?)\s++(?:previous|earlier|prior|last|other|"
                                 r"original|first|former|separate)\s++(?:support\s++)?(?:case|ticket|request|inquiry|enquiry)\b",
                                 re.IGNORECASE)


_TOLD_AS_BEFORE = re.compile(r"(?:ご案内|お知らせ|ご連絡|ご報告)(?:の|いたし(?:まし)?た|しました|した)?(?:とおり|通り)|"
                             r"\bfor\s++your\s++(?:records|reference)\b|"
                             # the user's own word, granted: "You are right: the profiles themselves were merged, but …"
                             r"\byou(?:'re|\s++are)\s++(?:quite\s++)?(?:right|correct)\b|"
                             # a state found on checking: "確認しましたところ、統合は完了しておりますが、…"
                             r"(?:確認|お調べ|調査)(?:いた)?しました(?:ところ|結果)|"
                             r"(?:既に|すでに)(?:ご案内|お知らせ|ご連絡)(?:いたし|し)ました(?:が|ように)|"
                             r"\bas\s++(?:we\s++|i\s++)?(?:previously\s++|already\s++)?(?:informed|mentioned|advised|notified|"
                             r"told\s++you|wrote|let\s++you\s++know)\b|\bas\s++per\s++(?:our|my)\s++(?:earlier|previous|last)\b",
                             re.IGNORECASE)


def merge_verb(words: str) -> bool:
    """Do done words (merge_done's) say the accounts were merged, not only
    moved, closed or updated?"""
    return _MERGE_VERB.search(words) is not None


_TO_A_DATE = re.compile(r"\s{1,3}+(?:to|until|till)\s++(?:\d{1,4}\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*+\.?\s++\d|"
                        r"(?:next\s++)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|next\s++(?:week|month))", re.IGNORECASE)


def _done_in(sentence: str, at: int, to: int, after: str = "") -> Statement | None:
    """The statement made by the done words at sentence[at:to], if they say
    the accounts' merge is done there.  `after`: the text that follows the
    sentence, for a done said of the work whose next sentence names the kept
    account to use from now on ("ご依頼の件、対応済みです。今後は AWS… をご利用ください")."""
    stripped = sentence.strip()
    if not stripped or stripped.endswith(("?", "？")):
        return None
    if _CASE_MERGE.first(lower(sentence)) is not None or _NO_CHANGE.search(sentence):
        return None  # (the sentence says nothing was changed: "it was closed …, so no changes were made")
    if (_ONLY_BADGES.search(sentence) and not _AN_ID.search(sentence)
            and not _ACCOUNTS.search(_CREDLY_ACCOUNT.sub(" ", sentence))):
        return None  # the badges moved, to "your current Credly account": Credly's part, not the accounts' merge
    if _PURPOSE_BEFORE.search(sentence, 0, at) and _FUTURE_AFTER.search(sentence, 0, at):
        return None  # "I'll switch the request around so that the older one is retained and the newer one is merged"
    if _OPENS_WITH_CONDITION.match(sentence, 0, at) and (_FUTURE_AFTER.search(sentence, to) or _WITHIN_A_TIME.match(sentence, to)):
        # "After the profile's exams, certifications and benefits have been moved across, it will be closed";
        # non-native, a time to come after the perfect: "When I received your confirmation, I have merged your
        # accounts within 1-2 business days"
        return None
    if _TO_A_DATE.match(sentence, to):
        return None  # moved to a date: an appointment rescheduled ("it was moved to April 3"), not records moved
    if _HANDED_TO.search(sentence, max(0, at - 12), at) or _HANDED_ON.match(sentence, to):
        return None  # the case handed to a team ("担当部署へ引き継ぎいたしました"): work going on, not records carried over
    if _PRESENT.match(sentence, at) and _END_OF_PROCESS.search(sentence, 0, at):
        return None  # how the process ends, told in the present: "at the end of this process … the other one is deactivated"
    begin, end = _clause_bounds(sentence, at, to)
    if (_BENEFIT_JA_SUBJECT.search(sentence, max(0, at - 8), at)
            or (benefit := _BENEFIT.search(sentence, begin, at)) and _benefit_alone(sentence, benefit, to)):
        return None  # a benefit carried over ("Yes, the voucher has been carried over"): an answer, not the merge
    head = sentence[begin:to]
    if _HOPED.search(head):
        return None  # a wish, not a statement: "We hope your certifications are now together in one place!"
    clause = sentence[begin:end]
    if _AS_YOU_DID.search(sentence, to, end):
        clause = _AS_YOU_DID.sub(" ", clause)  # the agent's act done "as you confirmed": still the agent's
    if _user_acts(clause):
        return None  # the user's act told ("you have confirmed the merge"), in the clause of the done words
    # ("本日までにすべて執り行わせていただきました": by a date, told in the past, is no deadline to come)
    negated = _NOT_DONE.search(head.replace("までに", "   ") if sentence[at:to].endswith("ました") else head)
    if negated and negated.start() >= at - begin and _GONE.match(sentence, at, to):
        negated = None  # the "not" of "does not exist anymore" says it is gone
    if negated or _NOT_YET.match(sentence, to):
        return None
    if _RELATIVE.search(sentence, max(0, at - _RELATIVE_REACH), at):
        return None  # "the Credly account that was linked to your former profile": a description, not the news
    if (_SEQUENCE.search(head) or _AFTERWARDS.match(sentence, to)) and _PRESENT.match(sentence, at):
        return None  # a step of a plan told in the present: "…move to the primary, then it is closed", "… is closed afterwards"
    if _case_is_the_object(sentence[begin:at], sentence[to:end]):
        return None
    if (not _ACCOUNTS.search(_TITLES.sub(" ", sentence)) and not _AN_ID.search(sentence)
            and not _USE_KEPT.match(_no_addresses(after)) and not _kept_from_now(after) and not _ID_ROW.match(after)):
        return None  # (an id in brackets names an account too: "もう一方の ID（aws-0331…）は無効化済み")
    states = list(_STATE.finditer(sentence, at, to))
    if states and not _ACCOUNT_PLACE.match(sentence, states[-1].end(), end):  # (the place named after the state)
        return None  # "the benefits are now available under the Benefits tab": seen, not moved
    return Statement(head.strip()[:200], sentence[at:to])


_WITHIN_A_TIME = re.compile(r"[^.;\n]{0,40}?\bwithin\s++(?:\d|one|two|three|a\s++few|the\s++next)\b", re.IGNORECASE)
_HOPED = re.compile(r"\b(?:we|i)\s++(?:\w++\s++)?(?:hope|trust|wish|assume)\b|願って(?:おり|い)|と存じ", re.IGNORECASE)
# A sentence that opens with its condition and tells its main clause in the future: the done words
# inside the condition (its clause may be cut by a list's commas) are a step to come.
_OPENS_WITH_CONDITION = re.compile(r"\W{0,4}+(?:after|once|when|whenever|as\s++soon\s++as|if|until|before|upon)\b", re.IGNORECASE)
_BENEFIT = re.compile(r"\b(?:vouchers?|benefits?|discounts?)\b", re.IGNORECASE)
# a benefit the subject of Japanese done words: "旧アカウントで付与されていた未使用の特典も引き継がれております"
_BENEFIT_JA_SUBJECT = re.compile(r"(?:特典|バウチャー|割引|クーポン)(?:も|は|が)、?\s*+$")


def _benefit_alone(sentence: str, benefit: re.Match, to: int) -> bool:
    """Is a benefit what the done words (ending at `to`) say was moved: no
    records named before them, or
    only after the benefit and not joined to it ("The discount benefit that
    you earned on your former account aws-1187… was carried over"; not "the
    benefits and certifications were moved"; records named only before a
    consequence drawn, "Benefits are tied to the candidate record, so the 50%
    discount … is now listed under Benefits on AWS…", are not)?"""
    # (records in a clause before the one that draws a consequence: "…, so the 50% discount … is now listed")
    start = max([m.end() for m in _CONSEQUENCE.finditer(sentence, 0, benefit.start())], default=0)
    records = _RECORDS.search(sentence, start, to)
    return records is None or (benefit.start() < records.start()
                               and _JOINED.search(sentence, benefit.end(), records.start()) is None)


_CONSEQUENCE = re.compile(r"[,;]\s{0,3}+(?:so|therefore|hence|thus)\s", re.IGNORECASE)
_JOINED = re.compile(r"\b(?:and|as\s++well\s++as|plus|along\s++with|together\s++with)\b|[&,、・]", re.IGNORECASE)
_RECORDS = re.compile(r"\b(?:accounts?|records?|certifications?|certificates?|history|profiles?|ids?|logins?)\b|aws\s*+-?\s*+\d{8}|"
                      r"アカウント|認定|資格|履歴", re.IGNORECASE)
_HANDED_TO = re.compile(r"(?:部署|チーム|担当者|窓口|担当)(?:へ|に)[ \t\n]*+$")
# ... and in English, the request as what was transferred: "I've transferred your request over to them"
_HANDED_ON = re.compile(r"\s{1,3}+(?:your|the|this)\s++(?:request|case|ticket|inquiry|enquiry|matter|issue)\s++(?:over\s++|on\s++)?to\b",
                        re.IGNORECASE)
_END_OF_PROCESS = re.compile(r"\b(?:at|by)\s++the\s++end\s++of\s++(?:this|the)\s++(?:process|procedure|merge|merging|request)\b|"
                             r"\bin\s++the\s++end\b", re.IGNORECASE)
_PURPOSE_BEFORE = re.compile(r"\bso\s++that\b|\bin\s++order\s++(?:that|to)\b", re.IGNORECASE)
_FUTURE_AFTER = re.compile(r"\b(?:will|shall|is\s++going\s++to)\b|'ll\b", re.IGNORECASE)


_GONE = re.compile(r"(?:does|do)(?:n't|\s++not)\s++exist\s++any\s*+more\b|(?:is|are)(?:n't|\s++not)\s++around\s++any\s*+more\b|"
                   r"(?:old(?:er)?|former|previous|other|second(?:ary)?)\s++(?:sign-?in|login|log-?in|account|profile)\s++"
                   r"(?:(?:will\s++not|won't|does\s++not|doesn't)\s++work\s++any\s*+more|(?:will\s++)?no\s++longer\s++works?)\b",
                   re.IGNORECASE)
_NO_CHANGE = re.compile(r"\bno\s++changes?\s++(?:were|was|have\s++been|has\s++been)\s++(?:made|done|applied|carried\s++out)\b|"
                        r"\bnothing\s++(?:was|has\s++been|had\s++been)\s++(?:changed|merged|moved|done|touched|processed)\b|"
                        r"変更は(?:行われて|加えて|行って)(?:おりません|いません)|(?:まだ)?統合は(?:まだ)?行って(?:おりません|いません)",
                        re.IGNORECASE)


# A state after a move ("now lives under", "are now showing in") says the
# records were moved only where the place it names is an account: the
# account itself, its id, a profile or a login, within a few words.
_STATE = re.compile(r"\b(?:lives?|living|resides?|residing|sits?|sitting|appears?|appearing|shows?|showing|shown|held|visible|"
                    r"available|listed|stored|reflect(?:s|ing|ed))\b",
                    re.IGNORECASE)
_ACCOUNT_PLACE = re.compile(r"\W{0,20}+(?:\w{1,30}+\s{1,10}+){0,3}?(?:under|in|on|into|inside|within|with|to|at)\s{1,10}+(?:\S{1,60}+\s{1,10}+){0,4}?"
                            rf"(?:accounts?|profiles?|logins?|(?:candidate\s++)?ids?|{_ID})\b", re.IGNORECASE)


# The accounts listed right after the sentence, a row each: " (1) AWS… → AWS…", "- AWS… into AWS…".
# (on lines of their own, also under a heading and with a label: "■処理結果\n 存続アカウント:AWS…")
_ID_ROW = re.compile(rf"^[\s。.:：]{{0,10}}+(?:[(（]?\d{{1,2}}[)）.]|[-・*•])?[ \t]*+{_ID}|"
                     rf"^[ \t。.:：]{{0,4}}+\n\s{{0,6}}+(?:[■□◆●][^\n]{{0,20}}+\n[ \t\u3000]*+)?(?:[(（]?\d{{1,2}}[)）.]|[-・*•])?[ \t]*+"
                     rf"(?:[^\s:：\n]{{1,12}}+[:：][ \t]*+)?{_ID}", re.IGNORECASE)


def _kept_from_now(after: str) -> bool:
    """Does the next sentence show the records on the kept id from now on,
    within its first 80 characters ("…の記録は、今後 aws-… にてご覧いただけます")?
    (Searched for its literal start, not tried at every position.)"""
    start = _LEADING_BREAKS.match(after).end()
    stop = min((i for i in (after.find("。", start), after.find("\n", start)) if i >= 0), default=len(after))
    m = _KEPT_FROM_NOW.search(after, start, stop)
    return m is not None and m.start() - start <= 80


_LEADING_BREAKS = re.compile(r"[\s。.!！]{0,6}+")
# the held records, to be seen on the kept id from now on
# (or, in English, held there now: "All certifications … of AWS… are now under AWS…")
_KEPT_FROM_NOW = re.compile(rf"(?:今後|これから)(?:は)?[、,]?\s*+{_ID}\s*+(?:にて|で)[^。\n]{{0,20}}?(?:ご覧|ご利用|ご確認)いただけます|"
                            rf"\b(?:are|is)\s++now\s++(?:all\s++)?(?:under|on|in|with)\s++{_ID}|"
                            # "Your certification record resides entirely under AWS…"
                            rf"\b(?:resides?|lives?|sits?)\s++(?:entirely\s++|now\s++|fully\s++|all\s++)?(?:under|on|in|with)\s++{_ID}|"
                            # "AWS… に、これまで別アカウントでお持ちだった認定資格がまとまっており"
                            rf"{_ID}\s*+(?:に|へ)[、,]?[^。\n]{{0,40}}?(?:まとま|まとめられ|集約され|移行され|移され|統合され)っ?て?(?:おり|います|ました)|"
                            # "…の記録は、今後 aws-… 側に表示されます"
                            rf"(?:今後|これから)(?:は)?[、,]?\s*+{_ID}\s*+(?:側|の方)?(?:に|で)(?:表示され|反映され)(?:ます|ております)|"
                            # "受験履歴と認定はすべて AWS… でご確認いただけます"
                            rf"(?:すべて|全て)\s*+{_ID}\s*+(?:で|にて)(?:ご確認|ご覧)いただけます|"
                            # "AWS… にあった記録は、すべて AWS… に入っています"
                            rf"(?:すべて|全て)\s*+{_ID}\s*+(?:に|へ)(?:入って|移って|まとまって)(?:います|おります)",
                            re.IGNORECASE)


# The next sentence sends you to the kept account from now on: what was done was the merge.
def _no_addresses(text: str) -> str:
    """The text with each e-mail address as one word, its dots no sentence's end ("今後は misaki.sato@nifty.com で…")."""
    return ids.EMAIL.sub("address", text) if "@" in text else text


_USE_KEPT = re.compile(r"[\s。.!！]{0,6}+(?:(?:今後は|これからは|以後は|(?:from\s++)?now\s++on(?:wards?)?,?|going\s++forward,?|"
                       r"henceforth,?|hereafter,?|moving\s++forward,?|in\s++(?:the\s++)?future,?|from\s++(?:today|this\s++point),?)[^。.\n]{0,30}?"
                       # ("From today you'll only need AWS… to sign in")
                       rf"(?:(?:use|need|sign\s++in|log\s++in)[^。.\n]{{0,20}}?{_ID}|"
                       rf"{_ID}[^。.\n]{{0,20}}?(?:ご利用|お使い|ご使用|サインイン|ログイン|use|sign\s++in)|"
                       # "今後は AWS… にて、認定資格の確認…が可能です": the kept id as where things are done from now on
                       rf"{_ID}\s*+(?:のみ)?(?:にて|で)[、,]?[^。\n]{{0,60}}?(?:可能|できます|いただけます))|"
                       # or it shows you the kept account as where everything is seen now: "AWS… にサインイン
                       # していただくと…あわせてご覧いただけます", "when you sign in to AWS… you will see all of them"
                       rf"{_ID}\s*+(?:に|へ|で)(?:サインイン|ログイン)[^。\n]{{0,12}}?(?:と|ば|際は?)[、,]?[^。\n]{{0,200}}?"
                       r"(?:ご覧|ご確認いただけ|表示され|確認でき)|"
                       # "今後は … にてサインインしていただきますと、…認定資格がすべて AWS… のアカウントにてご覧いただけます"
                       rf"(?:今後は|これからは|以後は)[^。\n]{{0,30}}?(?:サインイン|ログイン)[^。\n]{{0,12}}?(?:と|ば|際は?)[、,]?"
                       rf"[^。\n]{{0,120}}?{_ID}[^。\n]{{0,30}}?(?:ご覧|ご確認)いただけ|"
                       rf"(?:when|once|if)\s++you\s++(?:sign|log)\s*+(?:in|on)(?:\s*+(?:to|with|using))?\s++{_ID}[^.\n]{{0,200}}?"
                       r"\b(?:see|find|shows?|appears?|listed)\b|"
                       # "Going forward you can login with … and the account AWS… will be showing all your 4 certifications"
                       rf"(?:going\s++forward|(?:from\s++)?now\s++on(?:wards?)?|henceforth|moving\s++forward),?[^。.\n]{{0,80}}?{_ID}[^。.\n]{{0,12}}?"
                       r"(?:will\s++(?:be\s++)?(?:show(?:ing)?|hold(?:ing)?|list(?:ing)?|contain(?:ing)?)|shows|holds|lists|contains)\s++"
                       r"(?:all|every|both)\b)", re.IGNORECASE)
# A relative pronoun right before the done words: "which", or "that" after a
# noun ("profiles that have been combined"); not the "that" of what is told
# ("happy to tell you that you now have…", "confirm that").
_RELATIVE = re.compile(r"\bwhich\s++$|\b(?!(?:you|us|know|confirm|confirming|say|said|note|advise|report|inform|glad|happy|"
                       r"pleased|sure|see|seen|notice|mean|means|ensure|so|now|such)\b)\w++\s++that\s++$", re.IGNORECASE)
_RELATIVE_REACH = 24  # characters before the done words that _RELATIVE reads


def _case_is_the_object(before: str, after: str) -> bool:
    """Whether what the clause says is done is the support case, not the
    accounts: the head of the subject before the done words, which is the
    last thing it names ("your AWS Training and Certification case 109 has
    been closed", "ケース 105 は解決済み"), else the first thing named after
    them (the object of "we have closed the case"). Titles in quotes or
    brackets are no subject: 'case 109 ("Certification account
    consolidation") is now closed' is the case."""
    subject = _TITLES.sub(" ", before)
    # The head comes before any phrase that qualifies it ("your case with AWS
    # Training and Certification", "the records of AWS…").
    for part in (_QUALIFIER.split(subject, 1)[0], subject):
        named = [(m.start(), True) for m in _CASE.finditer(part)] + \
                [(m.start(), False) for m in _ACCOUNTS.finditer(part)]
        if named:
            return max(named)[1]
    obj = _TITLES.sub(" ", after)
    case, accounts = _CASE.search(obj), _ACCOUNTS.search(obj)
    return case is not None and (accounts is None or case.start() < accounts.start())


_QUALIFIER = re.compile(r"\s(?:with|of|for|from|regarding|about|concerning|between|under|on|in|to)\s", re.IGNORECASE)
# A quoted title, or a bracketed aside; also the "– account-assistance –" that
# form-desk mail puts after a case number, and the desk's own name, whose
# "Certification" names no account ("your request with AWS Training and
# Certification is now closed" is the case).
_TITLES = re.compile(r"\([^()\n]{0,120}+\)|（[^（）\n]{0,120}+）|「[^「」\n]{0,120}+」|『[^『』\n]{0,120}+』|"
                     r"\"[^\"\n]{0,120}+\"|[–—]\s*+[^–—\n]{0,60}+[–—]|"
                     r"(?i:\baws\s++training\s++(?:and|&)\s++certification\b)|AWS\s*+トレーニングと認定")


# --------------------------------------------------------------------------
# What a sentence asks of the user: an ask (the request form of the
# sentence) and what it is about (its content words), composed.

_ASK_EN = re.compile(r"\?|\b(?:please|kindly|could\s++you|would\s++you|can\s++you|will\s++you|let\s++us\s++know|"
                     r"(?<!your\s)(?<!for\s)(?:reply|respond)\s++(?:to|with|and|by|here|back)|we\s++(?:need|require|await)|"
                     r"waiting\s++for\s++your|we(?:'d|\s++would)\s++(?:also\s++)?(?:like|love)\s++to\s++(?:know|hear)|we\s++ask\s++you\s++to)\b", re.IGNORECASE)
# Thanks for what was done is no ask ("Thank you for your reply and for confirming the accounts").
_THANKS = re.compile(r"^\W*(?:thank|thanks|many\s++thanks)\b|ありがとう", re.IGNORECASE)
# An ask for information, even one "to proceed with the merge", is no ask to approve it.
_INFO = re.compile(r"\b(?:provide|share|send\s++us|information|details\s++of|date\s++of\s++birth|"
                   r"full\s++name|e-?mail\s++address(?:es)?\s++(?:you|used|of|for)|reason)\b|情報|ご教示|ご提供|"
                   r"メールアドレス|氏名|生年月日|理由|お名前|"
                   # points to tell, listed below: "以下の点を…お知らせいただけますでしょうか"
                   r"(?:以下|下記|次)の(?:点|事項|項目)(?:について)?を?[^。\n]{0,20}?(?:お知らせ|ご教示|お教え|ご連絡)", re.IGNORECASE)
_ASK_JA = re.compile(r"(?:ください|下さい|お願い(?:いた)?します|お願い申し上げます|願います|いただけますでしょうか|"
                     r"いただけますか|いただけないでしょうか|いただけませんか|くださいませんか|いただきたく|いただけますよう|いただきますよう|"
                     r"(?:いただけ|頂け)(?:れば|ますと|ましたら|たら|ると)(?:大変|誠に)?幸い|でしょうか|ますか|もらえますか|もらえますでしょうか|くれますか|"
                     r"ほしいです|欲しいです)[^。\n]{0,12}$")
_APPROVE = re.compile(r"\b(?:confirm\w*+|approv\w*+|agree\w*+|consent\w*+|proceed\w*+|go(?:\s++|-)ahead|authori[sz]\w*+|"
                      r"sign\s++off|green-light|thumbs?\s*+-?\s*+up|happy\s++for\s++us|"
                      # (not an identity check, nor a check as the purpose: "ご本人様確認のため…ご返信をお願い")
                      r"okay|ok|nod|green\s++light|go-ahead)\b|(?<!本人)(?<!本人様)確認(?!のため)|承認|承諾|同意|了承|進め|実施|よろし|よい旨|問題(?:が)?な|構わな|差し支えな|"
                      # "OK" in Japanese ("OKでしょうか"), not inside a word ("book an exam")
                      r"(?<![a-z])OK(?![a-z])|ＯＫ|オーケー", re.IGNORECASE)
# The merge's English word stems ("merge", "consolidation", "combined", "unified"), for readers that ask
# whether a sentence or a mail names the merge at all.
_MERGE_STEMS = r"merg\w*+|consolidat\w*+|combin\w*+|unif\w*+"
_MERGE_OBJECT = re.compile(rf"\b(?:{_MERGE_STEMS}|the\s++(?:above|following|details|accounts)|(?:this|the)\s++content|"
                           r"these\s++(?:details|accounts)|as\s++(?:described|outlined|above|stated|listed)|"
                           # "the change described above", "the steps set out above"
                           r"(?:described|outlined|set\s++out|laid\s++out|listed|stated|shown|explained)\s++above)\b|"
                           # (not the accounts' roles: 統合先, 統合元 name an account; nor the merge as a time:
                           # "統合が完了した後は…メールもご確認ください")
                           r"統合(?![先元])(?!(?:が|の)?(?:完了)?(?:した|し)?(?:後|あと))|マージ(?![先元])|上記|方針|"
                           r"以下の内容|この内容|下記|これで|この形|まとめ", re.IGNORECASE)
# A rating asked for: "feedback" or "ご意見" alone is any footer's courtesy.
_RATE = re.compile(r"\b(?:rate|rating|how\s++did\s++(?:we|\w++)\s++(?:do|go)|did\s++we\s++(?:solve|resolve|fix|sort)|"
                   # the outcome asked: "Did we get you what you needed?", "did our replies sort out what you contacted us about?"
                   r"did\s++(?:we|our\s++(?:\w++\s++)?(?:replies|answers?|team|support|agents?|associates?))\s++(?:\w++\s++){0,2}?"
                   r"(?:get\s++you\s++(?:what|where)|give\s++you\s++what|help|sort\s++out|answer\s++your|meet\s++your|address|take\s++care)|"
                   r"how\s++(?:it|that|this)\s++felt|"
                   # "please tell us how well we looked after you"
                   r"how\s++well\s++(?:we|our\s++(?:\w++\s++)?(?:team|agents?|support))\s++(?:looked\s++after|helped|handled|served|supported|did|dealt)|"
                   r"how\s++easy\s++was\s++it|how\s++was\s++(?:your|our|the)|satisf\w*+|survey|"
                   r"questionnaire|tell\s++us\s++how\s++\w++\s++(?:handled|did|helped|went)|how\s++(?:it|things|(?:this|the|your)\s++\w++)\s++went|"
                   r"did\s++the\s++job|"
                   # a few questions to answer about the support: "かんたんな質問に答えていただけませんか", "in 3 short questions"
                   r"(?:answer\s++|in\s++)(?:a\s++few|\d|one|two|three|four|five|some)\s++(?:short\s++|quick\s++|brief\s++)?questions)\b|"
                   r"(?:かんたんな|簡単な|いくつかの|短い)質問(?:[(（][^)）\n]{0,8}[)）])?に(?:お)?答え|(?:ご意見|ご感想)(?:を)?お寄せ|"
                   r"(?:どんな|どのような)(?:ご)?(?:体験|経験)でしたか|(?:わかり|分かり)やすかったですか|評価|いかがでした|満足|アンケート|"
                   r"お役に立(?:ち|て)(?:ました|た)(?:でしょうか|か)|\d\s*+段階|(?:対応|ご感想|満足度|ご意見)[^。\n]{0,20}?(?:お聞かせ|教えて)|どうだった|星で|★|"
                   r"\bwas\s++(?:this|it|that|your\s++\w++)\s++(?:\w++\s++)?(?:resolved|solved|helpful)\b|"
                   r"\b(?:hear|tell\s++us|share|know|learn)\s++(?:about|how)\s++(?:\w++\s++){0,3}?(?:experience|we\s++did)\b|(?:解決|解消)(?:しましたか|されましたか|しましたでしょうか)|"
                   r"\bhow\s++likely\s++(?:are\s++)?you\s++(?:to\s++)?recommend\b|\bgive\s++us\s++a\s++(?:rating|score)\b|"
                   r"\bhow\s++would\s++you\s++(?:score|rate|grade)\b|"
                   r"(?:おすすめ|お勧め|勧め|薦め|推奨)(?:する|したい|る|たい)?可能性",
                   re.IGNORECASE)


_IMPERATIVE = re.compile(r"^\W*+(?:rate|tell\s++us|share|let\s++us\s++know|take|click|complete|reply|answer|give\s++(?:us|me))\b",
                         re.IGNORECASE)


def _asking(sentence: str) -> bool:
    return bool(_ASK_EN.search(sentence) or _IMPERATIVE.search(sentence)
                or _ASK_JA.search(sentence.rstrip("。．.!！ 　")))


# "Shall we go ahead as described?", "Do you want us to combine them?", and the
# wish asked for in a statement: "reply … to let us know that you would like us to proceed"
_ASK_TO_ACT = re.compile(r"\b(?:let\s++us\s++know|tell\s++us|confirm|advise|reply|respond)\b[^.?!\n]{0,60}?\b(?:that|whether|if)\s++"
                         r"you\s++(?:would\s++like|want|wish)\s++us\s++to\s++(?:go\s++ahead|proceed|merge|combine|consolidate|start)\b|"
                         # "tell me whether we may go ahead on that basis"
                         # ("let us know via the Support Center whether we may go ahead")
                         r"\b(?:tell|let)\s++(?:me|us)\s++(?:know\s++)?(?:[^.?!\n,]{1,40}?\s)?(?:whether|if)\s++(?:we|i)\s++(?:may|can|should|could)\s++"
                         r"(?:go\s++ahead|proceed|start|merge|combine)\b|"
                         r"\b(?:are|is)\s++(?:you|it|that)\s++(?:happy|ok(?:ay)?|fine|alright|comfortable)\s++(?:for|with)\s++"
                         r"(?:(?:us\s++)?(?:to\s++)?(?:go\s++ahead|proceed|merge|combine|start|carry)|"
                         r"(?:this|the|that|our)\s++(?:revised\s++)?(?:plan|arrangement|proposal|approach|outline|setup))|"
                         r"\b(?:shall|should|may|can|could)\s++we\s++(?:\w++\s++){0,2}?(?:go\s++ahead|proceed|merge|combine|"
                         r"consolidate|carry\s++(?:it\s++)?out|start|move\s++everything|fold)\b|"
                         # "Shall we do it that way?", "do you want aws1335… folded into aws1602…?"
                         r"\b(?:shall|should)\s++we\s++do\s++(?:it|that|this)\b|"
                         r"\b(?:do|would)\s++you\s++(?:want|like)\s++(?:\S++\s++){1,3}?(?:folded|merged|combined|consolidated|moved)\s++into\b|\b(?:do|would)\s++you\s++(?:like|want)\s++us\s++to\s++"
                         r"(?:go\s++ahead|proceed|merge|combine|consolidate|start)\b|"
                         # "AWS… を残して AWS… をそちらにまとめる、ということでお間違いないでしょうか"
                         r"(?:ということで|との(?:ご)?理解で|の内容で|の形で)(?:お)?間違い(?:ない|ございません)(?:でしょうか|ですか)|"
                         # "tell me that's the setup you want", "the account holder must approve the arrangement"
                         # ("tell me here in the case whether that's what you want")
                         r"(?:tell|let)\s++(?:me|us)\s++(?:know\s++)?(?:(?:[^.?!\n,]{1,40}?\s)?(?:that|whether|if)\s++)?(?:that's|that\s++is|this\s++is|it's|it\s++is)\s++"
                         r"(?:what|the\s++\w++)\s++you\s++(?:want|wanted|meant|asked\s++for)\b|"
                         r"\b(?:must|need\s++to|needs\s++to|have\s++to)\s++(?:sign\s++in\s++and\s++)?(?:approve|confirm|authori[sz]e)\s++"
                         r"(?:the|this)\s++(?:arrangement|change|plan|consolidation|merge)\b|"
                         # "この組み合わせで進めてよいかどうか、お返事をいただけますでしょうか"
                         # ("…手続きを進めてよろしいか、ご意向をお聞かせいただけますでしょうか")
                         r"進めて(?:も)?(?:よい|よろしい|問題ない|差し支えない)か(?:どうか)?[^。\n]{0,20}?(?:お返事|ご返信|お知らせ|ご連絡|ご意向|お聞かせ|ご回答)|"
                         # "この整理で正しいかどうか、ご返信にてお知らせいただけますか"
                         r"(?:正しい|間違いない|相違ない|問題ない)かどうか[^。\n]{0,20}?(?:お知らせ|ご返信|ご連絡|お返事|教えて)", re.IGNORECASE)
# "Just say the word and we'll combine them", "reply and we will proceed"
_REPLY_THEN_ACT = re.compile(r"\b(?:reply|respond|say\s++(?:the\s++word|so|yes)|let\s++us\s++know|confirm|write\s++back)\b"
                             r"[^.?!\n]{0,60}?\b(?:and|then|so)\s++(?:we(?:'ll|\s++will|\s++can)|the\s++team\s++will)\s++"
                             r"(?:\w++\s++){0,2}?(?:merge|combine|consolidate|proceed|go\s++ahead|start|carry|pass|complete|"
                             r"process|action)|(?:OK|ＯＫ|了承|ご返信|ご確認|お返事|返信)(?:を)?(?:もらえ|いただけ|頂け|いただき|"
                             r"頂き)(?:たら|次第|ましたら)[^。\n]{0,20}?(?:進め|実施|統合|手続き|まとめ)|"
                             # "…でよろしいか、ご返信でお知らせいただいてから着手いたします": the work waits on your word
                             r"(?:ご返信|ご返答|お返事|お知らせ|ご連絡)(?:を)?(?:いただい|頂い)(?:てから|たうえで|た上で|た時点で|た段階で)[^。\n]{0,20}?"
                             r"(?:進め|実施|統合|手続き|着手|開始)", re.IGNORECASE)
# The agent's next step held until your word: "before I hand it over I'd love a quick 'yes' from
# you", "I need you to tell me it's alright before I go ahead", "Say yes on the case and I start",
# "OK to go?". Composed of the word asked of you (a yes, an OK, your blessing) and the act that waits
# for it (the agent's, planned: before I…, and I start).
_YOUR_WORD = re.compile(r"\b(?:yes|go(?:\s++|-)ahead|ok(?:ay)?|alright|all\s++right|fine|blessing|consent|approval|permission|"
                        r"green\s++light|thumbs?\s++up|the\s++nod|say\s++so)\b", re.IGNORECASE)
_ACT_WAITS = re.compile(r"\b(?:before|until)\s++(?:i|we)\s++(?:\w++\s++){0,2}?(?:go\s++ahead|start|begin|hand|pass|proceed|run|"
                        r"submit|send\s++it|action|merge|combine|do\s++(?:it|this|that|anything)|touch|kick)|"
                        r"\b(?:and|then)\s++(?:i|we)(?:'ll|\s++will|\s++can)?\s++(?:start|begin|go\s++ahead|proceed|hand\s++it|"
                        r"pass\s++it|kick\s++it\s++off|get\s++(?:it\s++)?(?:started|going))\b", re.IGNORECASE)
_ADDRESSED = re.compile(r"\b(?:you|your|me)\b", re.IGNORECASE)
_OK_TO_GO = re.compile(r"\b(?:ok(?:ay)?|good|clear|fine|alright|all\s++right)\s++to\s++(?:go|proceed|start|go\s++ahead|merge)\b"
                       r"[^.?!\n]{0,30}?\?", re.IGNORECASE)


def _consent_before_act(sentence: str) -> bool:
    """Does the sentence hold the agent's next step until the user's yes?"""
    if _OK_TO_GO.search(sentence):
        return True
    word = _YOUR_WORD.search(sentence)
    return word is not None and _ACT_WAITS.search(sentence) is not None and _ADDRESSED.search(sentence) is not None


# "If that matches what you want, a short reply saying so is all we need", "上記で差し支えなければ、その旨ご返信ください"
_IF_AGREED = re.compile(r"\bif\s++(?:that|this|it)(?:'s|\s++is)\s++what\s++you\s++(?:want|wanted|meant)\b|"
                        r"\bif\s++(?:that|this|it|everything|all\s++of\s++this|the\s++above)\s++(?:\w++\s++){0,2}?"
                        r"(?:matches|is\s++(?:correct|right|fine|ok|okay|accurate|what\s++you)|looks\s++(?:right|good|correct|"
                        r"fine|ok)|sounds\s++(?:right|good|fine))|\bif\s++you\s++(?:agree|are\s++happy|are\s++ok|approve)|"
                        r"差し支え(?:が)?な(?:ければ|いようでしたら|い場合)|問題(?:が)?な(?:ければ|いようでしたら|い場合)|"
                        r"よろしければ|よろしいようでしたら|相違(?:が)?な(?:ければ|い場合)|お間違いな(?:ければ|い場合)",
                        re.IGNORECASE)
# Asked to wait, not to approve: "それまでお待ちいただけますと幸いです", "please bear with us".
_WAIT = re.compile(r"\b(?:wait|bear\s++with|be\s++patient|hold\s++on)\b|お待ち", re.IGNORECASE)
_REPLY = re.compile(r"\b(?:reply|respond|response|write\s++back|let\s++us\s++know|say\s++so|all\s++we\s++need|"
                    r"go-ahead|revert)\b|ご返信|ご返答|お返事|ご連絡|お知らせ|返信", re.IGNORECASE)


# Confirming that what the mail states is right: the approval of a plan it states.
_CONFIRM_STATED = re.compile(
    r"\b(?:confirm\w*+|verify\w*+|validat\w*+)\s++(?:that\s++|if\s++|whether\s++)?(?:all\s++)?(?:the\s++|this\s++|these\s++|"
    r"above\s++)?(?:information|data|details|above|account\s++details)\s++(?:\w++\s++)?(?:is|are)\s++(?:correct|right|accurate)\b|"
    r"(?:詳細|内容|情報|記載|上記)(?:が|に)?(?:正しい|誤りがない|相違ない|間違いない)(?:こと|か)(?:を)?(?:ご)?確認",
    re.IGNORECASE)
_NEED = re.compile(r"\b(?:need|necessary|required|must)\b", re.IGNORECASE)


# Words that point the reader to what an earlier mail said: "the details from my
# previous message", "the request below", 下記の内容, 先日お送りしたメール.
_ELSEWHERE = Signal("points-elsewhere", "points to an earlier mail for what it means", split_alternatives(
    r"\b(?:(?:my|our|the)\s++(?:last|earlier|previous|prior|original)\s++(?:e-?mail|message|mail|reply|correspondence|"
    r"note|response)|previous\s++(?:e-?mail|message|mail|correspondence)|(?:e-?mail|message|details|information|"
    r"summary|request)\s++(?:below|sent\s++(?:on|earlier))|(?:see|quoted|included)\s++below|below\s++(?:details|"
    r"information|summary))\b|下記|以下の(?:内容|とおり|通り|メール)|先日お送り|前回(?:の|お送り)|先ほどお送り|"
    r"お送りした(?:メール|内容|ご案内)"))


def points_elsewhere(new_text: str) -> str | None:
    """The words by which the text points to an earlier mail for what it
    means (a request asked again), or None."""
    text = new_text[:MAX_TEXT]
    m = _ELSEWHERE.search(lower(text))
    return text[m.start() : m.end()] if m else None


def asks_nothing(new_text: str, words: str) -> bool:
    """Whether every sentence holding `words` thanks the user for it, tells
    it as done ("ご同意いただきありがとうございました", "Thank you for
    confirming", "ご承諾いただきました内容にて"), reports an ask made before,
    or gives the act to the agent ("before we can confirm the merge"): no
    ask then."""
    words = " ".join(words.lower().split())  # (as the unwrapped sentences have it: "confirm the\nmerge")
    found = []
    previous = ""
    for sentence in _sentences(unwrap(new_text)):
        at = sentence.lower().find(words)
        if at >= 0:
            # (a yes or no to a question of the outcome: "Was your issue resolved? Reply YES or NO")
            found.append(_RATE.search(f"{previous} {sentence[:at]}") and _YES_OR_NO.search(sentence, at)
                         or _THANKS.search(sentence) or _TOLD_DONE.match(sentence, at + len(words))
                         or _TOLD_BEFORE.search(sentence[max(0, at - 12):at])
                         or _REPORTED_ASK.search(sentence[max(0, at - 40):at])
                         or (_OWN_VERB.match(words) and _AGENT_ACTS.search(sentence[max(0, at - 40):at]))
                         or _PURPOSE_OF_LATER_CONTACT.match(sentence, at + len(words))
                         or _LATER_CONTACT_FOR.search(sentence[max(0, at - 60):at])
                         or _checks_something_else(sentence)
                         or _confirms_another_change(sentence)
                         or _CONFIRM_WH.match(sentence, at + len(words))
                         or _asks_when(sentence)
                         or _TAKES_AFTER.match(sentence, at + len(words))
                         or (_ONCE_CHECKED.match(words) and (_SEND_ASKED.search(new_text[:MAX_TEXT])
                                                              or _WE_TELL_AFTER.match(sentence, at + len(words))))
                         or _MENTIONED.match(sentence, at + len(words))
                         or _NOT_ASKED.search(f"{sentence[max(0, at - 16):at]}{words}")
                         or _ROW_LABEL_END.match(sentence, at + len(words))
                         or _ON_A_MAIL_TO_COME.search(sentence, 0, at)
                         or _LATER_ASK.search(sentence)  # "reply … and we will send you the merge summary for your approval"
                         or (_ANSWER_ELSEWHERE.search(sentence) and not _AN_ID.search(new_text)))
        previous = sentence
    return bool(found) and all(found)


# Why a mail was sent, in its footer: "You are receiving this email because an organization issued you a badge
# on Credly" says nothing of this mail's news.
_WHY_YOU_GET_THIS = re.compile(r"\byou(?:'re|\s++are)?\s++(?:receiving|received|getting|get)\s++this\s++(?:e-?mail|message|"
                               r"newsletter|notification)\s++because\b[^.\n]*+", re.IGNORECASE)


def without_why_you_get_this(text: str) -> str:
    """The text less its footer's sentences on why the mail was sent."""
    return _WHY_YOU_GET_THIS.sub(" ", text) if "because" in text else text


# Your request restated, its matter another than the merge: "You asked us to move the unused 50% discount benefit
# from one certification account to the other", "ご依頼いただきました、認定アカウントのご登録メールアドレス変更につきまして".
_ANOTHER_MATTER = re.compile(r"\byou\s++(?:asked|requested|wanted|would\s++like)\s++(?:us\s++)?to\s++(?:change|update|correct|move|"
                             r"transfer|replace|reissue|cancel|reschedule)\s++(?:the\s++|your\s++)?(?:[\w%-]++\s++){0,4}?"
                             r"(?:e-?mail|address|name|benefit|voucher|discount|exam|appointment|booking|date)s?\b|"
                             r"(?:メールアドレス|氏名|お名前|バウチャー|特典|割引|試験)(?:の)?(?:変更|移行|移動|付け替え|キャンセル)"
                             r"(?:につきまして|について|のご依頼|をご依頼)", re.IGNORECASE)
_MERGE_WORD = re.compile(rf"\b(?:{_MERGE_STEMS})|統合|マージ|一本化", re.IGNORECASE)


def another_matter_asked(new_text: str) -> str | None:
    """The words restating what you asked for, where it is another matter than
    the merge (an e-mail changed, a benefit moved) and the mail names no merge."""
    text = new_text[:MAX_TEXT]
    m = _ANOTHER_MATTER.search(text)
    if m is None or _MERGE_WORD.search(text):
        return None
    return m.group(0)


def confirms_a_change_instead(new_text: str, words: str) -> str | None:
    """The change the ask (`words`, an ask to confirm) is about, where it is
    not the merge: "Could you please confirm with a "Yes" that you would like
    us to change the login email of AWS… to …?" (an account named, its e-mail
    to change; no merge in the sentence); or the question just before it
    ("Would you like us to reissue that voucher on your remaining profile?
    Please reply "yes" and we will arrange it.")."""
    text = new_text[:MAX_TEXT]
    at = text.lower().find(words.lower())
    if at < 0:
        return None
    start, end = _sentence_start(text, at), max(_sentence_end(text, at), at + len(words))
    before = _sentence_start(text, max(0, start - 2))
    asked_before = text[before:start].rstrip().endswith(("?", "？"))  # (the question the ask answers, not a story)
    for begin in ((start, before) if asked_before else (start,)):
        sentence = text[begin:end]
        if _MERGE_WORD.search(sentence):
            return None
        if (m := _CHANGE_OF.search(sentence) or _OTHER_CHANGE.search(sentence) or _OTHER_ACT.search(sentence)) is not None:
            return m.group(0)
    return None


# An act on something else than the accounts: "reissue that voucher", "move the exam booking".
_OTHER_ACT = re.compile(r"\b(?:re-?issue|issue|move|transfer|cancel|redeem|apply|extend|reschedule|refund)\s++(?:that|the|this|your|a)\s++"
                        r"(?:\w++\s++)?(?:voucher|benefit|discount|exam|appointment|booking)s?\b", re.IGNORECASE)


# A change of a detail, said as the act: "change the login email of AWS… to …", "update the name on AWS…".
_CHANGE_OF = re.compile(r"\b(?:change|update|correct|replace|switch)\s++(?:the\s++|your\s++)?(?:registered\s++|sign-?in\s++|login\s++|"
                        r"primary\s++|contact\s++)?(?:e-?mail|address|name)\b", re.IGNORECASE)


def shares_a_rating(new_text: str, words: str) -> bool:
    """Are the words of an ask the rating footer's ("Please share your experience by rating this
    correspondence"), not an ask for information?"""
    flat, at, end = _flat_find(new_text, words)
    return at >= 0 and _SHARE_EXPERIENCE.match(flat, end) is not None


_SHARE_EXPERIENCE = re.compile(r"\s{0,3}+(?:your\s++|with\s++us\s++)?(?:experience|feedback|thoughts|opinion|views|comments)\b",
                               re.IGNORECASE)


def may_need_later(new_text: str, words: str) -> bool:
    """Are the words of an ask a need the agent may have later, told, not asked ("we may require
    further information to establish your identity before any action is taken")?"""
    flat, at, _ = _flat_find(new_text, words)
    return at >= 0 and _MAY_NEED.search(flat, max(0, at - 40), at) is not None


def _flat_find(new_text: str, words: str) -> tuple[str, int, int]:
    """The text with every run of space (wrapped and indented lines too) one space, and where the
    words (likewise flattened, case aside) start and end in it; -1 where they do not occur."""
    flat = " ".join(new_text[:MAX_TEXT].split())
    wanted = " ".join(words.split())
    at = flat.lower().find(wanted.lower())
    return flat, at, at + len(wanted)


# A need the agent may have later, told: "we may require further information to establish your identity".
_MAY_NEED = re.compile(r"\b(?:we|i)\s++may\s++(?:also\s++|later\s++)?(?:require|need|ask\s++(?:you\s++)?for|request)\s++(?:\S++\s++){0,3}$",
                       re.IGNORECASE)


# The ask put off to a mail still to come: "改めてご確認のメールを別途お送りいたします。…そちらのメールが届きましたら、
# 内容をご確認のうえご返信いただけますと幸いです", "once you receive the corrected summary, please confirm it"
_ON_A_MAIL_TO_COME = re.compile(r"(?:メール|ご案内|ご連絡)(?:が|を)(?:届き|到着し|受け取られ|お受け取りになり)ましたら|"
                                r"\b(?:once|when|after)\s++(?:you\s++)?(?:receive|get)\s++(?:it|that|our\s++(?:new|next|corrected|"
                                r"updated|revised)|the\s++(?:new|next|corrected|updated|revised))\b", re.IGNORECASE)
# A confirmation of how or what something is to be, asked as information: "could you please confirm how your
# name should appear on the account that remains?"
_CONFIRM_WH = re.compile(r"(?<!\s)\s++(?:to\s++(?:me|us)\s++|for\s++(?:me|us)\s++)?(?:how|what|when|where|which\s++(?:e-?mail|address|name|login|sign-?in))\b|"
                         # a detail of yours: "Please confirm your full legal name exactly as it appears …"
                         r"(?<!\s)\s++your\s++(?:\w++\s++){0,2}?(?:name|e-?mail\s++address|address|date\s++of\s++birth|phone\s++number|spelling)\b|"
                         # a state of yours: "… and confirm that you have access to it", "confirm you received the badge"
                         r"(?<!\s)\s++(?:that\s++)?you\s++(?:still\s++)?(?:have\s++(?:access|received|got)|(?:can|could)\s++(?:access|sign|log|receive|see|open)|"
                         r"received|own|are\s++(?:the\s++owner|able\s++to\s++(?:access|sign|log|receive))|use)\b",
                         re.IGNORECASE)
# When the work is done, asked (not what is done): "試験を受けられた後にお手続きを進める形でもよろしいでしょうか",
# "would it suit you if we go ahead after your exam?"
_TIMING_ASKED = re.compile(r"(?:後|あと|以降|終わって(?:から)?|終了後|済んで(?:から)?)(?:に|で)?[^。\n]{0,30}?(?:進める|進め|行う|実施する|対応する|着手する)"
                           r"(?:形|こと|方向|流れ)?(?:で|でも)?(?:よろしい|問題な|差し支えな)|"
                           r"\b(?:after|once|when)\s++(?:you(?:'ve|\s++have)?\s++(?:taken|sat|completed|passed|finished)|"
                           r"your\s++(?:exam|appointment|test)\s++(?:is\s++)?(?:over|done|taken))\b", re.IGNORECASE)


# How long the work takes from a step, told as a rule: "ご同意をいただいてから通常 1〜3 営業日で完了いたします".
_TAKES_AFTER = re.compile(r"(?:を|が)?(?:いただいて|いただき|頂いて)から[^。\n]{0,16}?\d[^。\n]{0,8}?(?:営業日|日間|日|時間)")


def _asks_when(sentence: str) -> bool:
    """Does the sentence ask when the work is to be done, naming no account?"""
    return _TIMING_ASKED.search(sentence) is not None and _AN_ID.search(sentence) is None


_CONFIRMS_HOW = re.compile(r"\bconfirm(?=\s)" + _CONFIRM_WH.pattern, re.IGNORECASE)


def asks_for_an_id(new_text: str) -> bool:
    """Does a sentence ask for an account's candidate id ("旧アカウントの受験者 ID(AWS
    から始まる番号)をお知らせください", "please send us the candidate ID of your
    other account")?"""
    intro = ""  # the sentence a list hangs from ("以下の点を…お知らせいただけますでしょうか")
    item = False  # the last sentence was a list item's number alone ("2."): this one is the item
    for sentence in _sentences(unwrap(new_text[:MAX_TEXT])):
        if _MARKER_ONLY.match(sentence):
            item = True
            continue
        if (_ID_ASKED.search(sentence) and (_asking(sentence) or _asking(intro))
                and not _IF_WRONG.search(sentence)):
            return True  # (not asked only if what is told is wrong: "内容に誤りがある場合は、正しい候補者 ID をお知らせください")
        if (not item and not _LIST_ITEM.match(sentence)
                and not (len(sentence.strip()) < 24 and _AN_ID.search(sentence))):
            intro = sentence  # (not an item, nor an item's id on a line of its own, "・AWS 0295…")
        item = False
    return False


# An ask made only if what the mail tells is wrong.
_IF_WRONG = re.compile(r"(?:誤り|間違い|相違)(?:が|は)?(?:ある|ござい(?:ます)?)場合|\bif\s++(?:anything|something|any\s++of\s++(?:this|it))\s++is\s++"
                       r"(?:wrong|incorrect|not\s++right|off)\b|\bif\s++(?:this|that|it)\s++is\s++(?:wrong|incorrect|not\s++right)\b", re.IGNORECASE)
# An id asked for by what it is: its name as a field, or its shape ("AWS から始まる番号", "starts with AWS").
_ID_ASKED = re.compile(r"(?:受験者|候補者)\s*+ID\s*+(?:[(（][^)）\n]{0,40}[)）])?\s*+(?:を|が|\n|$)|AWS\s*+(?:から|で)始まる番号|"
                       r"\b(?:send|provide|share|tell|give|need|require|let\s++us\s++know)\b[^.\n]{0,60}?\bcandidate\s++id\b|"
                       r"\bstarts?\s++with\s++[\"']?aws\b", re.IGNORECASE)


# The words quoted as what others ask for, in a warning: "AWS を装って「統合の承認」を求めるメールが確認されて
# おります", 'mails asking you to "confirm the merge" are not from us'.
_MENTIONED = re.compile(r"[」』\"”']\s*+(?:を|と)?(?:求める|要求する|称する|装う|うたう)|[\"”']\s*+(?:are|is)\s++not\s++from\s++us", re.IGNORECASE)
# "確認が取れ次第、作業を進めます" after an ask to send a document ("領収書の写しを…お送りください"): the
# check is the agent's, of what you send.
_ONCE_CHECKED = re.compile(r"確認(?:が|を)?\s*+(?:取れ|とれ|でき)")
# (or the agent tells you after their own check: "確認が取れ次第、統合の内容をご案内いたしますので、お待ちください")
_WE_TELL_AFTER = re.compile(r"[^。\n]{0,40}?(?:ご案内|ご連絡|お知らせ|ご報告)(?:いた|致)?します")
_SEND_ASKED = re.compile(r"(?:写し|コピー|画像|スクリーンショット|書類|領収書|証明書)[^。\n]{0,30}?(?:お送り|送付|添付|ご提出|アップロード)"
                         r"[^。\n]{0,12}?(?:ください|下さい|お願い|いただけ)")


# The ask negated: "please don't reply CONFIRM to it", "no need to confirm", "返信は不要です".
_NOT_ASKED = re.compile(r"\b(?:don't|do\s++not|no\s++need\s++to|never)\s++(?:\S++\s++){0,2}?(?:reply|respond|confirm|approve|answer)\b",
                        re.IGNORECASE)
_YES_OR_NO = re.compile(r"\byes\b[^.?!\n]{0,12}?\bor\s++no\b|はい[」』]?\s*+(?:か|または|/)\s*+[「『]?いいえ", re.IGNORECASE)
# The words name a row of a summary whose value tells the answer given, not an ask: "・統合内容への
# ご同意: 2025年12月19日に受領済み", "Your approval: received on 3 March".
_ROW_LABEL_END = re.compile(r"[^\n。:：?？]{0,8}?[:：][ \t\u3000]*+[^\n]{0,30}?(?:済|受領|受け付け|受付|取得|完了|\b(?:received|given|done|complete|"
                            r"obtained|recorded|on\s++file)\b)", re.IGNORECASE)
# An answer sent to another mail: "If not, please reply to the agent's message with your confirmation"
# (an automatic reply's reminder). In a mail that names no account, the request is that other mail.
_ANSWER_ELSEWHERE = re.compile(r"\b(?:reply|respond|answer|write\s++back)\s++(?:directly\s++)?to\s++(?:the|our|my|that|an?)\s++"
                               r"(?:(?:(?:support\s++)?agent'?s|earlier|previous|prior|last|original|other|first)\s++){1,2}+"
                               r"(?:e-?mail|message|mail|request|note|reply)\b|"
                               r"(?:担当者|前回|先日|先ほど|以前)(?:から)?の(?:メール|ご案内|メッセージ)に(?:ご)?(?:返信|返答|回答)", re.IGNORECASE)
# Another change asked to be confirmed: the spelling of a name, an address ("変更後の表記は以下のとおりで
# よろしいでしょうか", "is the new spelling of your name correct?").
_OTHER_CHANGE = re.compile(r"表記|氏名|お名前|登録名|スペル|綴り|(?:メールアドレス|サインイン用?(?:の)?メール)の(?:変更|切り替え)|"
                           r"\b(?:spelling|legal\s++name|name\s++change|display\s++name|"
                           # "go ahead with the e-mail change", "the change of your sign-in e-mail"
                           r"(?:e-?mail|mailing|postal|sign-?in|login)(?:\s++address)?\s++change|"
                           r"change\s++(?:of|to)\s++(?:your\s++|the\s++)?(?:sign-?in\s++|login\s++)?(?:e-?mail|address|name))\b",
                           re.IGNORECASE)


def _confirms_another_change(sentence: str) -> bool:
    """Does the sentence ask to confirm another change (a name's spelling),
    naming neither the merge nor an account?"""
    return (_OTHER_CHANGE.search(sentence) is not None and _MERGE_OBJECT.search(sentence) is None
            and _AN_ID.search(sentence) is None and _ACCOUNT_WORD.search(sentence) is None)


# The confirmation as the purpose of the agent's own later contact, not asked now: "統合の内容を確認
# するためにまたご連絡致します", "we will write to you again to confirm the merge details".
_PURPOSE_OF_LATER_CONTACT = re.compile(r"[ \t]?(?:する|し|いただく|頂く)?ため(?:に)?[^。\n]{0,20}?(?:ご連絡|ご案内|連絡|お送り|メール)"
                                       r"(?:を)?(?:差し上げ|いたし|致し|し)?(?:ます|ました)")
_LATER_CONTACT_FOR = re.compile(r"\b(?:we(?:'ll|\s++will|\s++shall)|i(?:'ll|\s++will))\s++(?:\w++\s++){0,3}?(?:contact|write|"
                                r"reach\s++out|get\s++back|e-?mail|follow\s++up)\b[^.?!\n]{0,30}?\bto\s++$", re.IGNORECASE)


# What else a "please check" is about: a mail or notice to come ("Credly からバッジ受け取りの
# ご案内メールが届きますので、あわせてご確認ください", "you will receive an e-mail from Credly;
# please check it"), or a policy, a page or a link ("個人情報の取り扱いについては、AWS
# プライバシー規約（https://…）をご確認ください", a legal footer's).
_SOMETHING_ELSE = re.compile(r"(?:メール|ご案内|通知)(?:が|は|も)?[^。\n]{0,6}?(?:届きます|届く|送信されます|送られます|お送りします|"
                             r"お送りいたします|配信されます)|"
                             r"\b(?:you(?:'ll|\s++will)\s++(?:\w++\s++){0,2}?(?:receive|get)|(?:will|'ll)\s++be\s++sent)\s++"
                             r"(?:\w++\s++){0,4}?(?:e-?mail|notification|message|invitation)\b|"
                             r"規約|ポリシー|プライバシー|よくある質問|ヘルプページ|からの(?:ご案内)?メール|"
                             r"\b(?:privacy|policy|policies|terms\s++of|faq|help\s++(?:page|center|centre)|knowledge\s++center)\b",
                             re.IGNORECASE)


def _checks_something_else(sentence: str) -> bool:
    """Does the sentence ask to check a mail to come, a policy or a page, and name
    neither the merge, its details nor an account?"""
    return (_SOMETHING_ELSE.search(sentence) is not None and _MERGE_OBJECT.search(sentence) is None
            and _AN_ID.search(sentence) is None and _ACCOUNT_WORD.search(sentence) is None)


_ACCOUNT_WORD = re.compile(r"\baccounts?\b|\bprofiles?\b|アカウント|受験者\s*+ID|候補者\s*+ID", re.IGNORECASE)


# The agent's own act, not an ask: "before we can confirm the merge", "so that I'll
# confirm it with the team".
_OWN_VERB = re.compile(r"confirm|approv|verify|check|review|proceed")  # words that start with the act itself
_AGENT_ACTS = re.compile(r"\b(?:we|i|our\s++team|the\s++team)(?:'ll|'d)?\s++(?:(?:can|could|will|would|shall|must|"
                         r"may|then|need\s++to|have\s++to|are\s++able\s++to|am\s++able\s++to|be\s++able\s++to)\s++){0,3}$",
                         re.IGNORECASE)
# An ask reported, not made: "on 2 September we asked you to confirm the merge".
_REPORTED_ASK = re.compile(r"\b(?:we|i)\s++(?:had\s++)?(?:asked|requested|invited|reminded)\s++you\s++to\s++$|"
                           # an ask someone will make later: "an agent will ask you to confirm", "担当者から統合内容の確認をお願いしますので"
                           r"\b(?:agent|specialist|team|we|they)\s++will\s++(?:then\s++|later\s++)?ask\s++you\s++to\s++$|"
                           r"(?:担当者|担当|弊社)(?:から|より)、?[^。\n]{0,30}?$", re.IGNORECASE)
# ... or right before them, as what the words name: "いただいたご承認に基づき" (the approval you gave).
_TOLD_BEFORE = re.compile(r"(?:いただいた|頂いた|いただきました|頂きました|くださった|賜った)\s*+$")
# What the user did, told in the past right after the words ("ご承諾いただきました").
_TOLD_DONE = re.compile(r"\s?(?:を)?(?:いただきました|いただいた|頂きました|頂いた|賜りました|くださいました)")


@lru_cache(maxsize=32)
def asks_approval(new_text: str) -> bool:
    """Does a sentence ask the user to approve the merge ("上記の内容で統合を
    進めてよろしいか…ご確認いただけますようお願い申し上げます", "kindly reply
    so we can go ahead with the merge")?  Not a question about which account
    to keep, and not a plan the agent only announces."""
    if not _has(new_text, _APPROVAL_WORDS):
        return False
    sentences = _sentences(unwrap(new_text))
    for before, sentence in zip(("", *sentences), sentences):
        lower = sentence.lower()
        if not any(w in lower for w in _APPROVAL_WORDS):
            continue  # every form below holds one of these words
        if _BARE_CONFIRM.match(sentence) and _MERGE_OBJECT.search(before) and not _THANKS.search(before):
            return True  # "We will consolidate AWS… into AWS…. Confirm by signing in below": the plan just told
        if (_THANKS.search(sentence) or _WHICH.search(sentence) or _WAIT.search(sentence) or _LATER_ASK.search(sentence)
                or _CONFIRMS_HOW.search(sentence) or _asks_when(sentence)):
            continue
        if _CONFIRM_STATED.search(sentence) and (_asking(sentence) or _NEED.search(sentence)):
            return True  # "is necessary that you respond confirming the information is correct"
        if _INFO.search(sentence):
            continue
        if _ASK_TO_ACT.search(sentence) or _REPLY_THEN_ACT.search(sentence) or _consent_before_act(sentence):
            return True
        if _IF_AGREED.search(sentence) and _REPLY.search(sentence):
            return True
        if (_asking(sentence) and _APPROVE.search(sentence) and _MERGE_OBJECT.search(sentence)
                and not _THANKS.search(sentence) and not _INFO.search(sentence)
                and not _WHICH.search(sentence) and not _RATE.search(sentence)
                and not _TELLS_DESK_TO_MERGE.search(sentence)):
            return True
    return False


# The user's yes as what a sentence asks for: an assent ("yes, go ahead", "the nod", "that's right",
# "this is how you want it") in a sentence that wants your answer ("reply", "tell me", "once I hear back
# from you", "is all I need", "we still need your YES") or that is itself a question ("… keeping AWS… -
# correct?").  Read only of a mail that states the plan (the classifier asks): the yes is to the plan.
# "correct", "right" count as said of the plan ("if plan is correct for you", "… - correct?"), not as
# an adjective of something else ("the right records").
_ASSENT = re.compile(r"\b(?:yes|ok|okay|go(?:\s++|-)ahead|(?:the\s++)?nod|thumbs?\s*+-?\s*+up|green(?:\s++|-)light|all\s++good|"
                     # "Good to go?", "OK to proceed?"
                     r"(?:good|ok|okay|clear|fine|safe)\s++to\s++(?:go|proceed|start)|"
                     r"(?:happy|fine|ok|okay|comfortable|content)\s++with\s++(?:that|this|it|the\s++plan|the\s++above|all\s++of\s++(?:this|that))|"
                     # "If that's the right way round, …"
                     r"(?:the\s++)?right\s++way\s++(?:round|around)|"
                     # "Are you happy for us to do exactly that?"
                     r"(?:happy|ok|okay|fine|comfortable|content)\s++for\s++(?:us|me)\s++to\b|"
                     r"how\s++you(?:'d|\s++would)?\s++(?:like|want)|what\s++you\s++(?:want|wanted|mean|meant|intend|intended|ha(?:d|ve)\s++in\s++mind)|"
                     # "please tell me whether I've got it right"
                     r"got\s++(?:it|this|that|everything)\s++right|"
                     # the words to write back, quoted: "write me "I confirm" in a reply"
                     r"(?<=[\"“'])i\s++confirm(?=[\"”'])|"
                     # a calque of 問題ないか: "reply to us whether it is no problem"
                     r"(?:is|are|'s)\s++no\s++problem|"
                     r"(?:is|are|'s|looks?|sounds?|seems?)\s++(?:all\s++)?(?:correct|right|accurate|fine|ok|okay|good)|"
                     # asked of the plan as a question: "is that right?", "does this look right to you?"
                     r"(?:is|was)\s++(?:that|this|it)\s++(?:all\s++)?(?:correct|right|accurate|ok|okay)|"
                     r"(?:does|do)\s++(?:that|this|it)\s++(?:all\s++)?(?:look|sound|seem)\s++(?:correct|right|ok|okay|good|fine)|"
                     r"(?<=[-–—,:]\s)(?:correct|right)\s*+[?？])(?!\w)", re.IGNORECASE)
# (not an offer on your wish: "Should you wish to go ahead, reply …", "If you'd rather go ahead sooner, let me know")
_ON_YOUR_WISH = re.compile(r"^\W*(?:should\s++you|if\s++you(?:'d|\s++would)?\s++(?:\w++\s++)?(?:rather|prefer|wish|want|like|decide|change))\b",
                           re.IGNORECASE)
# Your answer as what the agent needs or waits for: "I just need the nod from you", "a short yes in reply is
# all I need", "once I hear back from you that …".
_NEEDS = (r"(?:need|want|require|await)\s++(?:[\w\"“”']++\s++){0,3}?(?:your|from\s++you)|is\s++(?:all|plenty|enough)|"
          # non-native: "I need that you will write me "I confirm""
          r"need\s++that\s++you\s++(?:will\s++|would\s++|to\s++)?(?:write|reply|answer|send|confirm)|"
          r"all\s++(?:i|we)\s++need|hear\s++(?:it\s++|back\s++)?from\s++you")
_NEEDS_ANSWER = re.compile(rf"\b(?:{_NEEDS})\b", re.IGNORECASE)
# A sentence that wants your answer: a verb of answering, a need of it, or a question.
_WANTS_ANSWER = re.compile(r"\b(?:reply|replying|respond|answer|revert|write\s++(?:to\s++)?(?:me|us|back)|tell\s++(?:me|us)|say\s++so|"
                           r"drop\s++(?:me|us)\s++a\s++(?:line|note)|get\s++back\s++to\s++(?:me|us)|"
                           # "pop a quick reply into the case", "a short reply … saying you're happy with the above"
                           r"(?:pop|drop|send|shoot|post|add)\s++(?:me\s++|us\s++)?(?:a\s++)?(?:quick\s++|short\s++)?(?:reply|line|note|comment|correspondence|message)|"
                           r"saying\s++so|"
                           # "just add a quick "yes, go ahead" to the case"
                           r"(?:add|write|put|post|type)\s++(?:a\s++)?(?:quick\s++|short\s++)?[\"'“]?(?:yes|ok|okay|go\s++ahead)|"
                           r"a\s++(?:quick|short|brief|one-line)\s++reply|"
                           # "Give us a yes on this thread and we'll get started"
                           r"give\s++(?:me|us)\s++(?:a|your)\s++(?:quick\s++|short\s++)?(?:yes|ok|okay|go-?ahead|nod|answer|reply)|"
                           rf"let\s++(?:me|us)\s++know|in\s++reply|{_NEEDS})\b|[?？]\s*+$", re.IGNORECASE)


# An imperative to answer, opening the sentence: "Drop me a line once …", "Just reply 'yes' …".
# (after the plan's condition too: "If that's the right way round, pop a quick reply into the case")
_ANSWER_IMPERATIVE = re.compile(r"^\W*+(?:if\s++(?:that|this|it|the\s++above|all\s++of\s++this|every(?:thing|\s++(?:row|line|detail))|"
                                r"the\s++(?:table|plan|details|rows?))(?:\s++all)?(?:'s|\s++is|\s++are|\s++looks?|\s++sounds?|\s++match(?:es)?|"
                                r"\s++fits?)[^,.\n]{0,60},\s*+)?"
                                r"(?:(?:just|simply)\s++)?(?:reply|respond|answer|write|drop|send|tell|let|give|get\s++back|pop|post|add)\b",
                                re.IGNORECASE)


# A choice of how to go on: "Could you let me know how you would like to handle this? You can either: …"
_HOW_TO_GO_ON = re.compile(r"\bhow\s++(?:you\s++would|you'd|would\s++you|do\s++you\s++want\s++to|you\s++want\s++to)\s++(?:like\s++to\s++)?"
                           r"(?:handle|proceed|continue|go\s++on|deal\s++with|approach)\b", re.IGNORECASE)


@lru_cache(maxsize=16)
def asks_assent(new_text: str) -> str | None:
    """The sentence that asks for your yes to what the mail states, or None.
    Not a thanks for an answer given, a rating asked, or an ask for details."""
    text = unwrap(new_text)
    if _ASSENT.search(text) is None:
        return None
    intro = ""  # the sentence that opens a list ("To move forward we need two things from you:")
    marker = False  # the last sentence was a list item's number alone ("1.")
    for sentence in _sentences(text):
        item = marker or _LIST_ITEM.match(sentence)
        assent = _ASSENT.search(sentence)
        if assent and item and intro.rstrip().endswith((":", "：")) and (_NEEDS_ANSWER.search(intro) or _asking(intro)):
            return sentence.strip()  # "1. Your go-ahead to merge AWS… into AWS…"
        marker = bool(_MARKER_ONLY.match(sentence))
        if not item and not marker:
            intro = sentence
        if not assent or not _WANTS_ANSWER.search(sentence.strip()):
            continue
        if (_THANKS.search(sentence) or _RATE.search(sentence) or _INFO.search(sentence) or _ON_YOUR_WISH.search(sentence)
                or _HOW_TO_GO_ON.search(sentence) or _confirms_another_change(sentence)):
            continue  # (nor a yes to another change: "go ahead with the e-mail change, please reply YES")
        if not (_asking(sentence) or _NEEDS_ANSWER.search(sentence) or _ANSWER_IMPERATIVE.match(sentence)
                or sentence.rstrip().endswith(("?", "？"))):
            continue  # (the agent's own answer: "To answer your question: yes.")
        return sentence.strip()
    return None


# An approval someone will ask for later, told in an acknowledgement's FAQ: "担当者から統合内容の確認を
# お願いしますので、必ず内容をご確認ください", "an agent will then ask you to confirm the details".
_LATER_ASK = re.compile(r"(?:担当者|担当|弊社)(?:から|より)、?[^。\n]{0,30}?(?:確認|同意|承諾|承認)[^。\n]{0,6}?"
                        r"(?:お願い|いただ)(?:します|いたします|致します|きます)(?:ので|。|$)|"
                        r"\b(?:agent|specialist|team|we)\s++will\s++(?:then\s++|later\s++)?ask\s++you\s++to\s++(?:confirm|approve)\b|"
                        # the details to approve still to be sent: "reply once you are done and I will send you the merge
                        # details to approve"
                        r"\b(?:i|we)(?:'ll|\s++will)\s++(?:then\s++|later\s++|next\s++)?(?:send|share|forward|write\s++up|put\s++together)\s++"
                        r"(?:you\s++)?(?:the\s++|a\s++)?(?:\w++\s++){0,3}?(?:details|summary|plan|request|proposal)\s++"
                        r"(?:for\s++you\s++)?(?:to\s++(?:approve|confirm|review|sign\s++off)|for\s++your\s++(?:approval|confirmation|review))\b",
                        re.IGNORECASE)


# "Confirm" said bare, its object the sentence before: "Confirm by signing in below", "Please approve it here".
_BARE_CONFIRM = re.compile(r"^\W*+(?:please\s++)?(?:confirm|approve|authori[sz]e)\s*+(?:[.!;:]|$|(?:it|this|that|by|below|here|now|"
                           r"within|the\s++(?:above|plan|merge|consolidation))\b)", re.IGNORECASE)


# The desk told to carry out the merge ("Please proceed with the merge of AWS… into AWS…",
# "統合を進めてください"): the user's words, quoted without a marker; an agent asks the user to
# approve, not to merge.
_TELLS_DESK_TO_MERGE = re.compile(r"\b(?:please|kindly)\s++(?:do\s++)?(?:go\s++ahead\s++(?:and\s++)?)?(?:proceed\s++with|"
                                  r"go\s++ahead\s++with|carry\s++out|perform|merge|combine|consolidate)\b|"
                                  r"統合(?:を|の手続きを|作業を)?(?:進めて|実施して|行って|して)(?:ください|下さい)|"
                                  r"統合(?:を)?お願い(?:いた)?します", re.IGNORECASE)


_THANKS_FOR_REPLY = Signal("thanks-for-reply", "thanks you for a reply", split_alternatives(
    r"\bthank(?:s|\s++you)\s++(?:\w++\s++){0,2}?for\s++(?:your\s++|the\s++)?(?:quick\s++|prompt\s++|kind\s++)?"
    r"(?:reply|response|answer|confirm\w*+|getting\s++back|approv\w*+|go-ahead)\b|"
    r"(?:ご返信|ご返答|ご回答|ご確認|ご承認|ご同意|お返事)(?:を)?(?:いただき|頂き|くださり)?(?:まして)?、?(?:誠に|まことに)?ありがとう|"
    # non-native: "Well received your confirmation, thank you.", "Received with thanks your reply."
    r"\b(?:well\s++received|received\s++with\s++thanks)\s++(?:your\s++|the\s++)?(?:kind\s++)?(?:reply|response|answer|confirm\w*+|approv\w*+|go-ahead)\b"))


# An agent speaking for themself ("I have merged the duplicate case", "I am now
# reviewing your request", "担当の森でございます"): an automatic acknowledgement speaks
# as "we", or as no one.
_AGENT_SPEAKS = re.compile(r"\bi(?:'ve|'m|'ll|\s++(?:have|am|will|noticed|can|checked|looked|reviewed|found|see|'d))\b|"
                           r"担当(?:の|いたします)?[^。、\n]{1,12}?(?:と申します|でございます)|"
                           # "ご依頼は、担当の木村が承りました。以後、本件は私からご連絡いたします"
                           r"担当の[^。、\n\s]{1,8}?が|私(?:から|より|が)|"
                           # "AWS トレーニングと認定サポートの佐々木です"
                           r"(?:サポート|窓口|チーム|サービス|センター)の[^。、\n\s]{1,8}?(?:です|と申します|でございます)(?:[。\n]|$)", re.IGNORECASE)


# An agent giving their name: "This is Sai Kiran from AWS Training and Certification Support", "My name is
# Graham", "担当の森です": a person writes, whatever time the mail promises an answer in.
# (read on lower-case text too: a name is a word or two that is no article, "this is a reminder from" is none)
_INTRODUCES = re.compile(r"\b(?:this\s++is|my\s++name\s++is)\s++(?!(?:a|an|the|your|our|just|only)\b)[a-z]{2,20}+"
                         r"(?:\s++[a-z]{2,20}+)?\s++(?:from|with|of|here)\b|"
                         r"担当の[^。、\n\s]{1,8}?(?:です|でございます|と申します)", re.IGNORECASE)


def agent_introduces(new_text: str) -> bool:
    """Does an agent give their own name?"""
    return _INTRODUCES.search(new_text[:MAX_TEXT]) is not None


def agent_speaks(new_text: str) -> bool:
    """Does an agent speak in the first person singular?  Not in the copy of
    your submission that an acknowledgement carries ("Your message  Hello, I
    have a second account…", "説明: …")."""
    text = new_text[:MAX_TEXT]
    if (copy := _SUBMISSION_FIELD.search(text)) is not None:
        text = text[:copy.start()]
    if (copy := _RULED_AUTHOR.search(text)) is not None:
        text = text[:copy.start()]
    return _AGENT_SPEAKS.search(text) is not None


# A help desk's copy of your message under a rule, headed by its author and time: "-----\n\nFatima
# Al-Sayed, Jun 8, 2021, 09:16 UTC".
_RULED_AUTHOR = re.compile(r"^[ \t]*+[-=_─━―]{10,}+[ \t]*+\n(?:[ \t]*+\n){0,2}+[^\n]{0,80}?\b\d{1,2}:\d{2}\b[^\n]{0,20}$",
                           re.MULTILINE)


# A field of the submitted form, copied under an acknowledgement (flattened from its table or not).
_SUBMISSION_FIELD = re.compile(r"^[ \t]*+(?:your\s++message|your\s++description|description|inquiry\s++details?|"
                               r"correspondence|説明|お問い合わせ内容|ご相談内容)(?:[ \t]*+[:：]|[ \t]++)", re.IGNORECASE | re.MULTILINE)


@lru_cache(maxsize=32)
def thanks_for_reply(new_text: str) -> bool:
    """Does the mail thank the user for a reply or a confirmation (a case
    already under way: no acknowledgement of its opening does)?  (Cached:
    the classifier asks it of one text up to three times.)"""
    return _THANKS_FOR_REPLY.first(lower(new_text[:MAX_TEXT])) is not None


# Your consent to the merge told as given: thanks for it, "you have already given us the go-ahead",
# "the merge itself is approved", "2月17日にご同意をいただいており", "「相違なし」とのご返信を頂戴して
# おります", "いただいたご返信をもって実施いたします", "ご同意の内容を本ケースに記録いたしました".  Not a
# reply alone, nor a confirmation of something else ("thank you for confirming your e-mail address").
_CONSENT_GIVEN = Signal("consent-given", "tells that you consented to the merge already", (
    r"\bthank(?:s|\s++you)\s++(?:(?:so|very)\s++much\s++)?for\s++(?:the|your)\s++(?:go-ahead|approval|consent|agreement|ok|okay|yes|"
    r"confirmation)(?=\s*+[.!,;]|\s++and\b|\s++(?:of|on|to)\s++(?:the\s++)?(?:merge|plan|consolidation))",
    r"\bthank(?:s|\s++you)\s++(?:(?:so|very)\s++much\s++)?for\s++(?:confirming|approving|agreeing)"
    # (not a fact confirmed: "Thank you for confirming that the third account is also yours")
    r"(?=\s*+[.!,;]|\s++(?:to\s++)?(?:the\s++)?(?:merge|plan|consolidation|this|it)\b|\s++that\s*+[.!,;])",
    # "Thank you, we have your confirmation and the merge … is now with our operations team"
    # (not a condition to come: "once we have your confirmation, we will proceed")
    r"\bthank(?:s|\s++you)[,.!]?\s++we\s++(?:now\s++)?have\s++(?:received\s++)?your\s++(?:written\s++)?"
    r"(?:confirmation|approval|consent|go-ahead|agreement)\b",
    r"\b(?:you(?:'ve|\s++have)\s++already|since\s++you(?:'ve|\s++have)?\s++(?:already\s++)?)\s*+(?:confirmed|approved|agreed|"
    r"given\s++(?:us\s++)?(?:the\s++|your\s++)?(?:go-ahead|ok|approval|consent))\b",
    # (one alternative per word that must occur, so that each runs only where its word is: "your", in
    # every mail, would gate nothing)
    # (not a condition to come: "After we have got your confirmation the merge will be done")
    *(rf"(?<!if\s)(?<!once\s)(?<!when\s)(?<!after\s)(?<!until\s)(?<!as\ssoon\sas\s)\b(?:we|i)(?:'ve|\s++have)\s++(?:received|recorded|noted|got)\s++your\s++{noun}\b"
      for noun in ("confirmation", "approval", "consent", "go-ahead", "agreement")),
    # "You gave us the go-ahead on 13 May", "the merge plan, which stays exactly as agreed", "Thanks for confirming the three points"
    r"(?<!if\s)(?<!once\s)(?<!when\s)(?<!after\s)\byou\s++(?:already\s++)?gave\s++us\s++(?:the\s++|your\s++)?"
    r"(?:go-ahead|ok|okay|approval|consent|confirmation)\b",
    *(rf"\b(?:plan|merge)\b[^.\n]{{0,40}}?\b(?:stays|remains|is)\s++(?:exactly\s++)?as\s++{verb}\b"
      for verb in ("agreed", "confirmed", "approved")),
    r"\bthank(?:s|\s++you)\s++for\s++confirming\s++(?:all\s++|the\s++)?(?:\w++\s++)?points\b",
    # "As per your confirmation, kindly be informed that the merging … is now done", "following your approval"
    r"\b(?:as\s++per|per|following|based\s++on|in\s++line\s++with|according\s++to)\s++your\s++(?:kind\s++)?"
    # (not the ground of a plan laid out to confirm: "As per your confirmation, please find below details of the merge")
    r"(?:confirmation|approval|consent|go-ahead|agreement)\b(?!\s++(?:we\s++will|once|when|after))(?!,?\s++(?:please\s++|kindly\s++)?(?:find|see)\b)",
    r"\bmerge\s++(?:itself\s++)?(?:is|has\s++been)\s++(?:now\s++|already\s++)?(?:approved|confirmed)\b",
    # "Before we complete the merge you approved"
    *(rf"\b(?:merge|plan|consolidation)\s++(?:that\s++)?you(?:'ve|\s++have)?\s++(?:already\s++)?{verb}\b"
      for verb in ("approved", "confirmed", r"agreed\s++to", "okayed")),
    # "「はい」とのご返信、ありがとうございます"
    r"」とのご返信(?:を)?(?:いただき)?、?\s*+(?:誠に|まことに)?ありがとう",
    # told done: "ご同意をいただき、ありがとうございます", "ご同意をいただいており", not "ご同意をいただくまで",
    # "ご承諾いただける場合は", nor a rule ("実施前にお客様のご同意をいただいております")
    # (the look-behinds after "ご", so that `re` skips along to a "ご")
    r"ご(?<!前にご)(?<!前のご)(?<!事前にご)(?<!必ずご)(?<!お客様のご)(?:同意|承諾|承認|了承)(?:を|が)?\s*+(?:既に|すでに)?(?:いただ|頂|頂戴|賜)"
    r"(?:き(?:まして)?、?\s*+(?:誠に|まことに)?ありがとう|いており|いております|きました|いたしました|しております|りました)",
    # (not a condition to come: "ご承諾のご連絡をいただいてから作業に着手いたします", "…をいただき次第")
    r"(?:ご確認の|ご承諾の|ご同意の|ご承認の|」との)(?:ご返信|ご連絡|お返事)(?:を)?\s*+(?:いただ|頂|頂戴)"
    # (nor one granted before a "but": "ご同意のご連絡をいただきましたが、…逆になっておりました")
    r"(?:き(?!次第|ましたが)|いて(?!から)|いており|きました(?!が)|しております(?!が)|いたしました(?!が))",
    # after it, a step told done: "ご承認のご連絡をいただいた後、10 月 29 日に…担当チームへ依頼しております"
    # (not a step to come: "ご確認のご連絡をいただいた後に作業を開始いたします")
    r"(?:ご確認の|ご承諾の|ご同意の|ご承認の)(?:ご返信|ご連絡|お返事)(?:を)?\s*+(?:いただ|頂)いた(?:後|あと)、[^。\n]{0,60}?"
    r"(?:しております|いたしました|しました|済みです)",
    # "ご確認のご返信をありがとうございました"
    r"(?:ご確認の|ご承諾の|ご同意の|ご承認の)(?:ご返信|お返事)(?:を)?(?:いただき)?、?\s*+(?:誠に|まことに)?ありがとう",
    # "統合へのご同意を確認いたしました。これより…手続きを進めてまいります"
    # (not a condition to come: "ご承諾を確認いたしましたら、速やかに手続きを進めます", "ご承諾を確認いたしました後、…")
    r"(?:ご同意|ご承諾|ご承認)を確認(?:いた|致)?しました(?!ら|後|あと|上で|うえで)",
    # "ご承認を受けまして、担当チームにて…移行作業に着手いたしました"
    r"ご(?:承認|同意|承諾)を(?:受け|いただき|頂き|賜り)まして",
    r"(?:ご同意|ご承諾|ご承認)(?:の内容)?を[^。\n]{0,10}?記録(?:いた|致)?しました",
    # a status row: "(1) ご同意の確認:10月16日に完了", "Your approval: received on 3 March"
    r"(?:ご同意|ご承諾|ご承認)(?:の確認)?\s*+[:：]\s*+[^\n]{0,20}?(?:完了|済|受領)",
    r"\b(?:your\s++)?(?:approval|consent|go-ahead)\s*+:\s*+(?:received|given|done|on\s++file)\b",
))


# The merge's being done granted in passing, as the ground for what follows: "認定アカウントの統合は完了して
# おりますが、Credly のバッジは…", "The merge itself went through, but your badges…", "Although the accounts
# were merged, …".
# (an adverb may come between: "The records were moved correctly, but the badges …")
# (an English clause may run on a little first: "… were merged under your previous case, but …")
_CONCEDED_AFTER = re.compile(r"[^。\n]{0,14}?(?:が[、,]|けれども|けど|ものの)|[^.;。\n]{0,40}?(?:,?(?<!\s)\s++but\b|;\s*+however\b)",
                             re.IGNORECASE)
_CONCEDED_BEFORE = re.compile(r"\b(?:although|though|even\s++though|while)\b[^.;\n]{0,80}$", re.IGNORECASE)


def conceded(new_text: str, words: str) -> bool:
    """Are the done words (`words`) granted in a concessive clause ("…完了しておりますが、",
    "although …, ")?"""
    text = new_text[:MAX_TEXT]
    at = text.find(words)
    if at < 0:
        return False
    return bool(_CONCEDED_AFTER.match(text, at + len(words)) or _CONCEDED_BEFORE.search(text[max(0, at - 90):at])
                or _presupposed(text, at, only_now_that=True))


@lru_cache(maxsize=16)
def consent_given(new_text: str) -> str | None:
    """The words telling that you already consented to the merge, or None."""
    text = _lower(unwrap(new_text))
    given = _CONSENT_GIVEN.first(text)
    if given is None and (m := _ON_YOUR_REPLY.search(text)) is not None and thanks_for_reply(new_text):
        # "ご返信ありがとうございます … いただいたご返信をもって実施いたします": the reply that came is the go-ahead
        # (without the thanks, "…でよろしいか、お知らせください。いただいたご返信をもって着手いたします" is the reply to come)
        given = m.group(0)
    return given


_ON_YOUR_REPLY = re.compile(r"いただいた(?:ご返信|ご回答|ご同意|ご承諾)をもって")


# A survey announced for later: "once the merge is complete … you'll receive a short survey",
# "完了後にアンケートをお送りします".
_SURVEY_TO_COME = re.compile(r"\b(?:you(?:'ll|\s++will)|we(?:'ll|\s++will))\s++(?:\w++\s++){0,2}?(?:receive|get|be\s++sent|send)"
                             r"\s++(?:you\s++)?(?:a|an|our|the)\s++(?:short\s++|brief\s++|quick\s++)?(?:survey|questionnaire)\b|"
                             r"アンケート(?:を|が)[^。\n]{0,10}?(?:お送り|送信|届き|お届け|配信)(?:します|いたします|されます|ます)",
                             re.IGNORECASE)


# A survey told of, not asked: one that may come ("You may also get an automated survey e-mail",
# "アンケートのご案内メールが自動で届く場合がございます") or that came by mistake and is to be set
# aside ("誤って送信されたもの…破棄していただけますと幸いです", "please ignore it"). Not "please
# disregard this e-mail": a survey's own reminder says that of itself.
_SURVEY_MAY_COME = re.compile(r"\b(?:may|might|could)\s++(?:also\s++)?(?:\w++\s++)?(?:receive|get|see|be\s++sent)\b|"
                              r"(?:届く|届き|お送りする|送信される|配信される|お届けする)場合が|届いたかと存じます|届いているかと",
                              re.IGNORECASE)
_SURVEY_SET_ASIDE = re.compile(r"\b(?:ignore|disregard)\s++(?:it|them|that|the\s++survey)\b|"
                               r"\b(?:sent|went\s++out)\s++(?:to\s++you\s++)?(?:in\s++error|by\s++mistake|prematurely|too\s++early)\b|"
                               r"誤って|誤送信|破棄|無視して", re.IGNORECASE)


def survey_to_come(new_text: str, words: str) -> bool:
    """Are the feedback `words` those of a survey announced for later, or told
    of (one that may arrive, or came by mistake), not asked for now?"""
    text = new_text[:MAX_TEXT]
    at = text.lower().find(words.lower())
    if at < 0:
        return False
    start, end = _sentence_start(text, at), max(_sentence_end(text, at), at + len(words))
    if _SURVEY_TO_COME.search(text, start, end) or _SURVEY_MAY_COME.search(text, start, end):
        return True
    return _SURVEY_SET_ASIDE.search(text, start, _sentence_end(text, end + 1)) is not None  # and the sentence after it


def asks_rating(new_text: str) -> bool:
    """Does a sentence ask the user to rate the support they had ("How did we
    do?", "今回の対応を評価してください", "対応はいかがでしたか")?"""
    if not _has(new_text, _RATING_WORDS):
        return False
    body = _RULE_LINE.split(new_text[:MAX_TEXT], maxsplit=1)[0]  # a footer starts at "=====" or "-----"
    signed = next((m for m in _SIGNATURE.finditer(body) if _ASKS_IN_LETTER.search(body, 0, m.start())), None)
    if signed is not None:
        # A letter that asks you something, signed, with a rating under its signature: the
        # rating is the desk's footer on every reply ("今回の対応はいかがでしたか" after "松本 /
        # Amazon Web Services"), not the closing survey.
        body = body[:signed.start()]
    for paragraph in _PARAGRAPHS.split(body):
        footer = _FOOTER_RATING.search(paragraph) is not None
        if footer and (signature := _SIGNATURE.search(paragraph)) is not None:
            paragraph = paragraph[:signature.start()]  # what stands under the desk's signature is the footer
        for sentence in _sentences(unwrap(paragraph)):
            if footer and (_FOOTER_RATING.search(sentence) or not sentence.rstrip().endswith(("?", "？"))) and not (
                    _OUTCOME_ASKED.search(sentence) and (sentence.rstrip().endswith(("?", "？", "か")) or _asking(sentence))):
                # Every console mail's footer: "rate this correspondence", "このやり取りを評価"; in its
                # paragraph only a question of its own asks ("How would you rate the support you received?").
                continue
            # Asked, as a question, or offered: "The survey takes a minute:" over its link or button.
            if (rate := _RATE.search(sentence)) and not survey_to_come(sentence, rate.group()) and (_asking(sentence) or sentence.rstrip().endswith(("?", "？", "か", ":", "："))):
                return True
    return False


def asks_rating_of_a_reply(subject: str, new_text: str) -> bool:
    """Does the subject ask for a rating ("Rate your recent correspondence") and
    a sentence ask, as a question, to rate the correspondence ("How would you
    rate this correspondence?")?  Under a reply, the same words are its footer;
    a mail whose subject asks for them is the rating request itself."""
    if _RATING_SUBJECT.match(subject) is None:
        return False
    return any(_FOOTER_RATING.search(s) and _RATE.search(s) and s.rstrip().endswith(("?", "？"))
               for s in _sentences(unwrap(new_text[:MAX_TEXT])))


_RATING_SUBJECT = re.compile(r"^\s*+(?:rate\s++(?:your|our|the|this)\b|how\s++did\s++we\s++do\b|how\s++was\s++your\b)",
                             re.IGNORECASE)
_PARAGRAPHS = re.compile(r"\n[ \t]*+\n")
# The desk's signature line that ends a letter, and the asks a letter may make before it.
_SIGNATURE = re.compile(r"^[ \t]*+(?:amazon\s++web\s++services|aws\s++training\s++(?:and|&)\s++certification"
                        r"(?:\s++(?:customer\s++)?(?:service|support|team))?|aws\s*+トレーニングと認定(?:\s*+カスタマー(?:サービス|サポート))?|"
                        r"アマゾン\s*+ウェブ\s*+サービス)"
                        r"[ \t]*+$", re.IGNORECASE | re.MULTILINE)
_ASKS_IN_LETTER = re.compile(r"\?|？|でしょうか|ますか|ください|下さい|\b(?:please|kindly|could\s++you|let\s++us\s++know)\b",
                             re.IGNORECASE)


_RULE_LINE = re.compile(r"^[ \t]*+[=_\-~*─━]{10,}+[ \t]*+$", re.MULTILINE)  # (─ ━: Japanese clients' box-drawing rules)
# What a footer asks you to rate is the one message ("rate this correspondence",
# "How would you rate this reply?"), not the support you had.
_FOOTER_RATING = re.compile(r"\b(?:correspondences?|communications?)\b|\brat(?:e|ing)\s++(?:this|my)\s++(?:reply|response|answer|message|e-?mail)\b|"
                            r"\bhow\s++did\s++i\s++do\b|"
                            r"\b(?:was|were)\s++(?:this|my)\s++(?:reply|response|answer|message|e-?mail)\b|"
                            r"通信|やり取り|サポートセンター|この(?:ご)?(?:回答|返信|返答|メール)", re.IGNORECASE)


# The outcome of the case asked about, not the reply rated: "今回のやり取りでお困りごとは解消しましたか?"
# (or a few questions asked about it: "担当者とのやり取りについて、かんたんな質問に答えていただけませんか")
_OUTCOME_ASKED = re.compile(r"解決|解消|(?:どんな|どのような)(?:ご)?(?:体験|経験)でしたか|質問(?:[(（][^)）\n]{0,8}[)）])?に(?:お)?答え|\b(?:resolved|solved|sorted|questions)\b", re.IGNORECASE)


def asks_outcome(new_text: str) -> bool:
    """Does a question ask about the case's outcome ("問題は解決しましたか?",
    "Was your issue resolved?"): a survey's, not a reply's footer?"""
    return any(_OUTCOME_ASKED.search(s) and s.rstrip().endswith(("?", "？", "か"))
               for s in _sentences(unwrap(new_text[:MAX_TEXT])))


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding text[at] starts, looking back 300 characters at most."""
    return max([m.end() for m in _SENTENCES.finditer(text, max(0, at - 300), at)] or [max(0, at - 300)])


def asked_on_a_condition(new_text: str, words: str) -> bool:
    """Is the ask (`words`) made only on a condition put before it in its
    sentence ("14 日を過ぎた場合は、新しいケースを作成し、本ケースの ID をお知らせ
    ください", "if you open a new case, please share this case's number")?"""
    text = new_text[:MAX_TEXT]
    at = text.lower().find(words.lower())
    if at < 0:
        return False
    return _ON_A_CONDITION.search(text, _sentence_start(text, at), at) is not None


def closure_to_come(new_text: str, words: str) -> bool:
    """Is the case's closure (`words`, e.g. "本ケースはクローズ") one to come,
    on a condition or a date ("ご返信をいただけない場合、5 営業日後に本ケースは
    クローズとなります", "if we do not hear from you, this case will be
    closed"), not one made ("クローズいたしました", "has been closed", and the
    performative "クローズさせていただきます")?"""
    text = new_text[:MAX_TEXT]
    at = text.find(words)
    if at < 0:
        return False
    start = _sentence_start(text, at)
    end = _sentence_end(text, at + len(words))  # (not the next sentence's "if you still need help, reply")
    if (semicolon := text.find(";", at + len(words), end)) != -1:
        end = semicolon  # (nor the next clause's: "I am closing this case; all further communication will happen on …")
    if (ground := _GROUND_AFTER.search(text, at + len(words), end)) is not None:
        end = ground.start()  # (nor its ground's: "Case 1731… has been closed because we did not receive a reply")
    # The closure's own clause, and a condition it is put under before it: a
    # reason given before it ("as we have not heard from you, this case is
    # now closed") is no condition.
    # (the words may run past the clause's start: "case 1751… (…), so it has been marked as resolved")
    clause = max([m.end() for m in _CLAUSES.finditer(text, start, at + len(words)) if m.end() <= at + len(words) + 1]
                 or [m.end() for m in _CLAUSES.finditer(text, start, at)], default=start)
    # ("I will go ahead to resolve this case now": a future that is the act, now)
    planned = _PLANNED.search(text, clause, end) and not _ACT_NOW.search(text, at, end) and not _GROUNDED_ACT.match(text, at)
    return bool(planned or _CONDITION.search(text, start, clause) or _CLOSURE_TO_COME.match(text, at + len(words)))


_GROUNDED_ACT = re.compile(GROUNDED_CLOSURE, re.IGNORECASE)  # (the writer's closure after its ground: an act now)
_GROUND_AFTER = re.compile(r"\s{1,3}+(?:because|since|as|due\s++to|given\s++that)\b", re.IGNORECASE)
_ACT_NOW = re.compile(r"\bnow\b(?!\s++(?:on|that)\b)", re.IGNORECASE)


_CLOSURE_TO_COME = re.compile(r"[ \t]{0,3}+(?:と|に)?(?:なります|なる予定|される予定|されます|いたします(?!た))")
# (not a time past: "for 3 days after my last correspondence")
_CONDITION = re.compile(rf"\b(?:if|unless|once|when|whenever|until|as\s++soon\s++as|{AFTER}|before|should\s++(?:we|you)|in\s++case|"
                        r"without)\b|場合|たら|れば|なければ|ないと|次第|までに", re.IGNORECASE)


_SUBORDINATE_JA = re.compile(r"[のに]?(?:時点|際|後|ら|次第|上で|うえで|場合|まで|予定|ように)")


def said_as_done(new_text: str, words: str) -> bool:
    """Are `words` (a rule's match, e.g. "統合が完了した") said in the done
    aspect where they stand, not inside a plan or a condition ("統合が完了し
    た時点でご連絡いたします", "once the merge has been completed, ...")?"""
    text, words = unwrap(new_text), unwrap(words)  # "Once the\nrecords have been combined": one clause
    at = text.find(words)
    if at < 0:
        return True
    starts = [m.end() for m in _CLAUSES.finditer(text, max(0, at - 300), at)]
    sentence_start = _sentence_start(text, at)
    head = text[max(starts[-1] if starts else 0, sentence_start):at + len(words)]
    if _PLANNED.search(head):
        return False
    if _RELATIVE.search(text, max(0, at - _RELATIVE_REACH), at):
        return False  # "profiles that have been combined cannot be separated": a description, not the news
    if _NOTHING_BEFORE.search(text, max(sentence_start, at - 40), at) or _NOT_YET.match(text, at + len(words)):
        return False  # denied, or not yet: "no, nothing has been merged yet", "… has been merged once you reply"
    return not _SUBORDINATE_JA.match(text, at + len(words))


# A subject that denies the done words after it: "nothing has been merged", "none of the profiles were moved".
_NOTHING_BEFORE = re.compile(r"\b(?:nothing|none(?:\s++of\s++(?:them|(?:the|your|these|those)\s++\w++))?|neither(?:\s++\w++)?|"
                             r"no\s++(?:accounts?|profiles?|records?|changes?|data))\s++$", re.IGNORECASE)


# A sentence that sends the reader to another party for its matter ("For exam
# appointments booked with Pearson VUE, contact Pearson VUE directly", "Questions
# about a refund? Reach out to the reseller directly",
# "試験のご予約については Pearson VUE へ直接お問い合わせください"): a pointer the
# desk's mail carries, not what the mail is about.
_OTHER_PARTY = re.compile(r"\b(?:contact|reach\s++out\s++to|get\s++in\s++touch\s++with|write\s++to)\b[^.\n]{0,60}?\bdirectly\b|"
                        r"(?:へ|に)直接[^。\n]{0,10}?(?:お問い合わせ|ご連絡|お問合せ)", re.IGNORECASE)


# A matter sent to another desk, as a side note in a case about something else (run as a signal on
# lower-cased text, each form only where its words occur): "we are not able to
# combine your two certification profiles from here. For that, please submit a request through the AWS
# Training and Certification contact form"; "certification accounts are not managed by Billing support".
_TO_ANOTHER_DESK = Signal("to-another-desk", "sends a matter to another desk", split_alternatives(
    r"\b(?:submit|raise|open|file|send|make)\s++(?:a|the|your|this|that)\s++(?:new\s++|separate\s++)?(?:request|case|ticket|inquiry|"
    r"enquiry)\s++(?:\w++\s++){0,2}?(?:through|via|using|with|on|at|to)\s++(?:the\s++)?(?:aws\s++)?(?:training|certification)\b|"
    r"\b(?:contact|reach\s++out\s++to|write\s++to|get\s++in\s++touch\s++with)\s++(?:the\s++)?(?:aws\s++)?training\s++(?:and|&)\s++certification\b|"
    r"\b(?:not\s++(?:able|possible)|unable|cannot|can't|can\s++not)\s++(?:to\s++)?(?:[\w']++\s++){0,8}?(?:from\s++(?:here|this\s++(?:case|team|queue)|"
    r"billing|our\s++(?:side|team|end))|in\s++this\s++case)\b|\bnot\s++(?:managed|handled)\s++by\b|"
    # "That request is handled by the Training and Certification team in case 1741…"
    r"\b(?:handled|managed|dealt\s++with)\s++by\s++(?:the\s++|our\s++)?(?:aws\s++)?training\s++(?:and|&)\s++certification\b|"
    r"(?:トレーニングと認定|認定)[^。\n]{0,20}?(?:窓口|フォーム|チーム)(?:から|より|へ|に|までお)[^。\n]{0,20}?(?:お問い合わせ|ご連絡|ご依頼|お申し込み)|"
    # "統合につきましては、請求チームでは承ることができかねます。別途ケース 1749… にて担当部署が対応"
    r"(?:では|にて|から)(?:は)?(?:承る|対応する|お受けする|お手続きする)ことが(?:でき|出来)(?:かねます|ません)|別途ケース"))


def sent_to_another_desk(text: str) -> tuple[str, str]:
    """The text's paragraphs that send a matter to another desk, and the
    rest (a side note in a case about something else: "Regarding your side
    question: … we are not able to combine your two certification profiles
    from here … please submit a request through the AWS Training and
    Certification contact form")."""
    sent, rest = [], []
    for paragraph in _PARAGRAPHS.split(text[:MAX_TEXT]):
        (sent if _TO_ANOTHER_DESK.first(lower(paragraph)) is not None else rest).append(paragraph)
    return "\n\n".join(sent), "\n\n".join(rest)


# A reading list under its heading ("In the meantime\n\nGetting ready for exam day\n\nCertification
# benefits and how to use them"): the titles of pages offered while you wait, not what the mail is about.
_READING_LIST = re.compile(r"^[ \t]*+(?:in\s++the\s++meantime|while\s++you\s++wait|useful\s++(?:links|resources)|"
                           r"helpful\s++(?:links|resources|articles)|related\s++(?:links|articles|resources)|you\s++may\s++also\s++find|"
                           r"関連(?:リンク|情報|記事)|お役立ち(?:情報|リンク))[ \t]*+[:：]?[ \t]*+\n"
                           r"(?:[ \t]*+(?:[^\n.。!?]{1,80}+)?\n)*+", re.IGNORECASE | re.MULTILINE)


def without_pointers_elsewhere(text: str) -> str | None:
    """The text less its sentences that send the reader to another party,
    and less the reading list it offers; None if it has neither."""
    text = text[:MAX_TEXT]
    if (listed := _READING_LIST.search(text)) is not None:
        rest = text[:listed.start()] + text[listed.end():]
        return without_pointers_elsewhere(rest) or rest
    kept, at = [], 0
    for m in _OTHER_PARTY.finditer(text):
        start = _sentence_start(text, m.start())
        asked = text[:start].rstrip()
        if asked.endswith(("?", "？")):
            start = _sentence_start(text, len(asked) - 1)  # the question it answers: "Questions about a refund? Contact…"
        if start < at:
            continue  # (in a sentence already taken out)
        kept.append(text[at:start])
        at = _sentence_end(text, m.end())
    return "".join(kept) + text[at:] if kept else None


# --------------------------------------------------------------------------
# Plain-text mail is wrapped at ~72 characters, in mid-sentence, and Japanese
# lines are wrapped without a space.  A sentence reader joins such lines
# first: a line continues the previous one unless that one ends a sentence
# or a label, or this one starts a list item, a table row or a paragraph.

# A line break inside a sentence: not after an end of sentence, and not before a
# list item or a "Label: value" line ("Subject: …", "Status: Resolved").
# (an indented line that starts in lower case continues too: a list item's wrapped text, "- Please confirm
# the e-mail address … once the\n  profiles are combined (at the moment …")
LINE_JOIN = (r"(?<=[^\s。．.!?！？:：」』)）】])\n(?:(?=[^\s\-*・•●■□◆|｜>\d①-⑳])|[ \t]{1,6}+(?=[a-z]))"
             r"(?![^\s:：]{1,20}+(?:[ \t][^\s:：]{1,20}+){0,2}[:：])")
# LINE_JOIN with its newline first, so that `re` skips from newline to newline
# in C (the same matches, a fifteenth of the time; tests/test_core_meaning.py).
_LINE_BREAK = re.compile(r"\n(?<=[^\s。．.!?！？:：」』)）】]\n)(?:(?=[^\s\-*・•●■□◆|｜>\d①-⑳])|[ \t]{1,6}+(?=[a-z]))"
                         r"(?![^\s:：]{1,20}+(?:[ \t][^\s:：]{1,20}+){0,2}[:：])")
_JA_BOUNDARY = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]\n[\u3040-\u30ff\u4e00-\u9fff]")


@lru_cache(maxsize=16)
def _sentences(text: str) -> tuple[str, ...]:
    return tuple(_SENTENCES.split(text))


@lru_cache(maxsize=16)
def unwrap(text: str) -> str:
    """The text with wrapped lines joined (a space between Latin words, none
    between Japanese characters)."""
    text = text[:MAX_TEXT]
    return _LINE_BREAK.sub(lambda m: "" if _JA_BOUNDARY.match(text, m.start() - 1) else " ", text)


# (a badge named by its title, "AWS Certified Developer – Associate … now belongs to you", or counted, "認定 3 件")
_BADGE = re.compile(r"\b(?:badges?|credentials?|aws\s++certified)\b|バッジ|(?:デジタル)?認定証|認定資格|認定\s*+\d++\s*+件", re.IGNORECASE)
_BADGE_GIVEN = re.compile(
    r"\b(?:issued|awarded|granted|earned|transferred|moved|migrated|re-?issued|added|recogni[sz]ed\s++you|"
    # "has placed 2 credentials in your Credly account", "deposited into your account"
    r"(?:placed|put|deposited|dropped)\s++(?:\S++\s++){0,4}?(?:in|into|on)\s++your\b|(?:attached|connected|linked)\s++to\s++(?:your|this)\b|"
    r"now\s++(?:live|sit|are)\s++here\b|"
    r"(?:re-?)?sent\s++(?:you|the\s++following|these|this|your|\d++\s++(?:new\s++)?(?:badges?|credentials?))|claim\w*+|in\s++your\s++(?:wallet|backpack)|"
    # waiting for you, not "badges waiting to be earned": "you have 3 credentials waiting"
    r"(?:is|are)\s++waiting|you\s++have\s++\S++\s++(?:new\s++)?(?:badges?|credentials?)\s++waiting|(?:is|are)\s++ready\s++for\s++you\b|ready\s++to\s++(?:be\s++)?"
    r"(?:accept|claim)\w*+|waiting\s++for\s++you|"
    # where they are now, after a move: "the badges below now live on this Credly account"
    r"now\s++(?:lives?|sits?|resides?|appears?|belongs?|shows?\s++up)\s++(?:on|in|under|to|with)|"
    r"(?:is|are)\s++now\s++(?:on|in|under|held\s++(?:on|in|under))\s++(?:this|your)|"
    # now yours: "are now connected to priya@…", "now belongs to hannah@…"
    r"(?:now\s++)?(?:connected|linked|attached|assigned)\s++to\s++[^\s@]++@|now\s++belongs?\s++to)\b|発行|付与|授与|移行|移動|移管|再発行|受け入れる準備|受け取る準備|"
    r"受け入れ(?:ることが)?できます|受け取(?:ることが)?できます|届いて|届きました|移しました|移りました|移し|移され|移行しました|"
    r"(?:ご覧|ご確認|表示|受け入れ|受け取り)(?:いただける|できる|可能な)(?:ように|状態に)(?:なりました|なっております|なっています)",
    re.IGNORECASE)
_BADGE_NOT = re.compile(r"\b(?:expir\w*+|renew\w*+|recertif\w*+)\b|有効期限|失効|更新|"
                        r"\b(?:to\s++(?:be\s++)?|can\s++|could\s++)earn(?:ed)?\b", re.IGNORECASE)  # badges still to earn


def badge_issued(text: str) -> bool:
    """Does a sentence say a badge was issued, moved or is ready to accept
    ("以下の 3 個のバッジがあなたの Credly アカウントに発行されました")?"""
    for sentence in _sentences(unwrap(text)):
        given = _BADGE.search(sentence) and _BADGE_GIVEN.search(sentence)
        if given and not _BADGE_NOT.search(sentence) and not _WHY_SENT.search(sentence):
            # A plan is said before the verb ("will be issued"); "moved after the profiles were combined" is done.
            head = sentence[:given.end()]
            # ("After a change to your profile, two credentials are now connected to you": "now" tells the state)
            if (not _PLANNED.search(head) or re.search(r"\bready\s++to\b|準備", sentence, re.IGNORECASE)
                    or given.group(0).lower().startswith("now")):
                return True
    return False


# Why a mail was sent, in its footer: "You are receiving this email because a badge was issued to this address".
_WHY_SENT = re.compile(r"\b(?:receiving|received|getting|get)\s++this\s++(?:e-?mail|message|notification)\s++because\b",
                       re.IGNORECASE)


_CASE_THING = re.compile(r"\b(?:case|ticket|submission|request|inquiry|enquiry|reference\s++number)\b|"
                         r"ケース|チケット|お問い合わせ|ご依頼|リクエスト|送信内容|お送りいただいた内容", re.IGNORECASE)
# Not re-opened (再オープン, "re-opened"): a case opened again is a notice on a case that exists.
_OPENED = re.compile(r"\b(?<!re-)(?:logged|opened|created|registered|recorded|raised|filed)\b|"
                     r"(?<!再)(?<!再度)(?:登録|作成|起票|受け付け|受付|承り|オープン|開設|開き|記録)", re.IGNORECASE)


def case_opened(new_text: str) -> bool:
    """Does a sentence say, done, that the user's request became a case
    ("お送りいただいた内容は、サポートケースとして登録いたしました", "your
    submission has been logged as a support case")?"""
    if not _has(new_text, _OPENED_WORDS):
        return False
    for sentence in _sentences(unwrap(new_text)):
        if sentence.strip().endswith(("?", "？")) or _user_acts(sentence):
            continue
        for found in _OPENED.finditer(sentence):
            head = sentence[:found.end()]
            tail = sentence[found.end():found.end() + 16]
            # ("has been received and registered under case 1776…")
            done = re.search(r"(?:\b(?:has|have|was|were)|'ve)\s++(?:now\s++|been\s++|successfully\s++)*+(?:\w++\s++and\s++)?\w*+$", head, re.IGNORECASE) \
                or re.match(r"(?:いたしました|致しました|しました|されました|いたしております|しております|ました)", tail)
            clause = _clause_at(sentence, found.start())
            if (done and not _PLANNED.search(head) and _CASE_THING.search(clause) and not _ESCALATED.search(clause)
                    and not _ANOTHER_CASE.search(clause) and not _ADDED_TO_CASE.search(clause)):
                return True  # what was logged is the request or case ("your agreement has been recorded" is not)
    return False


# Another case told as opened ("a second case (1745…) was opened today for the same request"): a
# duplicate the mail speaks of, not this mail's acknowledgement.
_ANOTHER_CASE = re.compile(r"\b(?:(?:a|the|one\s++more)\s++(?:second|duplicate|separate|additional|other|further)|another|one\s++more)\s++"
                           r"(?:support\s++)?(?:case|request|ticket|inquiry|enquiry)\b|別の(?:ケース|お問い合わせ)|重複した?(?:ケース|お問い合わせ)",
                           re.IGNORECASE)
# Something added to a case that exists: "A new entry has been recorded against service request 1289…".
_ADDED_TO_CASE = re.compile(r"\bnew\s++(?:entry|comment|note|correspondence|reply|response|message|update|attachment)\s++"
                            r"(?:has\s++been\s++|was\s++|is\s++)?(?:now\s++)?(?:recorded|logged|added|registered|filed|posted)\s++"
                            r"(?:against|to|on|in|under)\b", re.IGNORECASE)
# A request raised with (escalated to) another team is work going on, not a case opened.
_ESCALATED = re.compile(r"\b(?:recorded|logged|noted)\s++your\s++(?:confirmation|approval|agreement|consent|reply|answer|"
                        r"go-ahead)\b|\braised\b[^.\n]{0,40}?\b(?:with|to)\s++(?:our|the|a|[\w-]++\s++team|credly)\b|\braised\s++(?:\w{1,30}+\s++){0,4}?internally\b|(?:担当部署|専門チーム|社内)[^。\n]{0,10}?(?:へ|に)",
                        re.IGNORECASE)


def _clause_at(sentence: str, at: int) -> str:
    """The clause of `sentence` that holds position `at`."""
    begin, end = _clause_bounds(sentence, at, at)
    return sentence[begin:end]


def _clause_bounds(sentence: str, at: int, to: int) -> tuple[int, int]:
    """Where the clause holding sentence[at:to] begins and ends (the clause
    breaks before `at` and after `to`)."""
    starts = [m.end() for m in _CLAUSES.finditer(sentence, 0, at)]
    if (visit := _YOUR_VISIT.match(sentence, 0, at)) is not None:
        starts.append(visit.end())
    end = _CLAUSES.search(sentence, to)
    return max(starts, default=0), (end.start() if end else len(sentence))


# The user's own visit that a sentence opens with, ended by no comma: "When
# you sign in with …(,) you'll now find …". Its "when" conditions the visit,
# not what the main clause tells (_NOT_DONE), which starts at its own "you";
# a visit that holds a condition of its own ("if you sign in after we merge
# them") is no such clause.
_YOUR_VISIT = re.compile(r"\W{0,4}+(?:when|whenever|once|if|next\s++time|after)\s++you\s++(?:sign|log)\s*+(?:in|on|back\s++in)\b"
                         r"(?:(?!(?:after|once|when|if|before|until|as\s++soon)\b)[^,;.\n]|\.(?=\S)){0,80}?\s(?=you\b)",
                         re.IGNORECASE)


# The forms of _REFERENCE that need no number after them (_gives_reference looks for these first).
_REFERENCE_WORDS = r"受付番号|お問い合わせ番号|参照番号|ご?依頼番号|(?:下記|以下)の番号(?:で|にて)(?:管理|受け付け|承り|お預かり|記録|登録)"
# Each alternative a form of the reference; the signal runs on lower-cased text, where each
# form is tried on its own and only where its words occur (rules.Signal), not at every position.
_REFERENCE = Signal("gives-reference", "gives the case's reference number", (
    r"\b(?:reference|ticket)\s*+(?:number|no\.?|id|#)?\s*+(?:is\s++)?[:：#]?\s*+(?:\[?\s*+case\s++)?\d{6,}",
    # the number, then what became of it: "Case 1761… is logged.", a line "Case 1754… received." (not "your reply to
    # case 1759… has been received": the reply is what was received)
    r"\bcase\s++#?\d{6,}\s++(?:(?:is|has\s++been|was)\s++(?:now\s++)?)?(?:logged|opened|created|registered|recorded)\b",
    r"(?<![^\n])[ \t]*+case\s++#?\d{6,}\s++received\b",
    r"\b(?:is\s++now|has\s++become|became|is\s++logged\s++as)\s++(?:a\s++)?(?:support\s++)?case\s++\d{6,}",
    # "in our queue under case number 1741…", "ご依頼をケース 1768… として"
    r"\b(?:under|as)\s++(?:a\s++)?(?:support\s++)?case\s++(?:number\s++|no\.?\s*+|id\s++|#\s*+)?[:#]?\s*+\d{6,}",
    # "Your request is now with our Support team under ID 1749…"
    r"\bunder\s++(?:the\s++)?(?:id|reference|ref\.?|number)\s*+[:#]?\s*+\d{6,}",
    r"\bcase\s++id\s*+[:|#]?\s*+\d{6,}",  # a "Case ID" row: "Case ID | 1752…"
    r"\bcase\s++(?:number|no\.?|id)\s++is\s*+[:：]?\s*+\d{6,}",  # "Your case number is 1739…"
    r"\bidentifier\s*+[:：#]\s*+\d{6,}",  # "Identifier: 1089…"
    # "Kindly keep the following reference number for your records: 1768…"
    r"\breference\s++number\b[^\d\n]{0,30}?[:：]\s*+\d{6,}",
    # "Keep this number handy if you need to get back to us: 1768…"
    r"\b(?:this|your)\s++(?:reference\s++)?number\b[^\d\n]{0,40}?[:：]\s*+\d{6,}",
    # a row with a leader, or that says the case opened: "Case ID ........ 1741…", "Case opened: 1768…"
    r"\bcase\s++(?:id|number|no\.?|opened|created|logged)\s*+(?:[:|#.…]\s*+)++\d{6,}",
    # "Ref: 1730…", "Ref 7041…"
    r"\bref\.?\s*+[:#]?\s*+\d{6,}",
    # a row "Case: 1759…" of its own line
    r"(?<![^\n])[ \t]*+case\s*+[:：]\s*+\d{6,}",
    # "Logged: case 7219…"
    r"\b(?:logged|opened|created|registered|filed)\s*+:\s*+case\s++(?:number\s++|no\.?\s*+|#\s*+)?\d{6,}",
    r"\b(?:logged|registered|filed|recorded|queue|file)\s++as\s++(?:case\s++)?(?:number\s++|#\s*+)?\d{6,}",
    r"\bassigned\s++(?:the\s++)?(?:case|ticket|reference)\s++(?:number\s++|no\.?\s*+|id\s++|#\s*+)?\d{6,}",
    # "we received it and opened case 1756…"
    r"\b(?:opened|created|logged)\s++(?:a\s++)?(?:support\s++)?case\s++(?:number\s++|id\s++|#\s*+)?\d{6,}",
    # "Your request now has a number: 7305…", "has been given the reference 1741…"
    r"\b(?:now\s++)?ha(?:s|ve)\s++(?:been\s++given\s++|received\s++)?(?:a|the|its|your)\s++(?:own\s++)?(?:reference\s++|case\s++|ticket\s++)?number\b[:：]?\s*+\d{6,}",
    # "Your inquiry has been assigned the following number: 1732…"
    r"\bassigned\s++(?:the\s++following|a|this|the)\s++(?:reference\s++|case\s++|ticket\s++|inquiry\s++|request\s++)?number\s*+[:：]?\s*+\d{6,}",
    # "A new request, number 1759…, has been created for you"
    r"\b(?:request|inquiry|enquiry|ticket|case),?\s++(?:number|no\.?|#)\s*+[:#]?\s*+\d{6,}",
    r"ケース\s*+\d{6,}\s*+として",
    _REFERENCE_WORDS,
    r"ケース番号\s*+(?:[:：]|は)\s*+\d{6,}",
    r"番号\s*+\d{6,}\s*+(?:を|が)割り当て",
    # machine-translated: "ケース ID 1759… の下に記録しました" (logged under case ID …)
    r"ケース\s*+(?:id|番号)\s*+\d{6,}\s*+(?:の下に|として|で)(?:記録|登録|受け付け|受付)",
))
# A promise of an answer: "will", or an aim ("our team aims to respond within 24 hours").
_WILL_ANSWER = Signal("will-answer", "promises an answer", split_alternatives(r"\b(?:(?:will|'ll|should|aims?\s++to|strives?\s++to|endeavou?rs?\s++to|tr(?:y|ies)\s++to|expects?\s++to)\s++"
                          # ("will review your request and, in principle, respond within 24 hours")
                          r"(?:[\w']++,?\s++){0,6}?(?:get\s++back|respond|"
                          r"reply\s++(?:to\s++(?:you|this\s++(?:address|e-?mail)|your\s++e-?mail)|within)|contact\s++you|follow\s++up|write\s++back|get\s++in\s++touch|come\s++back\s++to\s++you|"
                          r"write\s++to\s++you|reach\s++(?:out\s++to\s++)?you|answer|pick\s++(?:it|this|that|these|them|those|things)\s++up|be\s++in\s++touch|be\s++back\s++(?:to|with)\s++you|"
                          # "a real person will be along shortly"
                          r"be\s++along\s++(?:shortly|soon|within|in\b))|"
                          # "a member of our team normally responds within 24 hours"
                          r"(?:usually|normally|typically)\s++(?:gets?\s++back|respond|responds|repl(?:y|ies)\s++(?:to\s++you|within)|"
                          r"contacts?\s++you|follows?\s++up|writes?\s++(?:back|to\s++you)|answers?|picks?\s++(?:it|this|that|these|them|those|things)\s++up))\b|"
                          r"\bhear\s++back\s++(?:within|in\s++\w++|by|soon|shortly)\b|"  # "Most people hear back within a day"
                          r"\bexpect\s++(?:a|our|an)\s++(?:reply|response|answer)\b|"  # "Expect a reply from us in about a day"
                          # "it will be picked up by the next available member of our team", "requests are answered in the order they arrive"
                          r"\bwill\s++be\s++(?:picked\s++up|answered|handled|looked\s++at)\s++by\b|"
                          # "A real person from our team picks this up and writes back, usually within one business day"
                          r"\b(?:writes|gets|comes)\s++back\b[^.\n]{0,40}?\bwithin\b|"
                          r"\b(?:answers|replies\s++to)\s++you\b[^.\n]{0,40}?\bwithin\b|"
                          r"\b(?:a\s++)?(?:reply|response|answer)\s++(?:usually\s++|normally\s++|typically\s++)?(?:follows|comes)\b|"
                          # "reply to follow within 24h"; "A specialist normally picks up requests like yours within 24 hours"
                          r"\b(?:reply|response|answer)\s++(?:will\s++)?(?:to\s++)?follow\b|"
                          r"\b(?:usually|normally|typically)\s++(?:picks?\s++up|handles?|answers?|reviews?|looks?\s++at|responds?\s++to|"
                          r"repl(?:y|ies)\s++to|gets?\s++to)\s++(?:requests|cases|inquiries|enquiries|messages|tickets|questions)\b[^.\n]{0,40}?\bwithin\b|"
                          r"\b(?:are|is)\s++(?:answered|handled|dealt\s++with|picked\s++up)\s++in\s++(?:the\s++)?(?:order|turn)\b|"
                          # "Please allow up to 24 hours for an associate to review it"
                          r"\ballow\s++(?:up\s++to\s++|us\s++)?(?:\d++|one|two|three|a\s++few)\s++(?:business\s++|working\s++)?(?:hours?|days?)\s++"
                          r"for\s++(?:an?\s++|our\s++)?(?:associate|agent|specialist|member|team|us)\b|"
                          # "Our specialists answer inquiries in the order they arrive"
                          r"\b(?:answers?|handles?|deals?\s++with|responds?\s++to|repl(?:y|ies)\s++to|picks?\s++up)\s++(?:all\s++)?(?:inquiries|enquiries|"
                          r"requests|cases|messages|tickets|questions)\s++in\s++(?:the\s++)?(?:order|turn)\b|"
                          r"\bhear\s++(?:back\s++)?from\s++(?:us|a\s++(?:real\s++)?person|someone|(?:a\s++member\s++of\s++|one\s++of\s++)?our\s++(?:team|\w++(?<=s))|"
                          r"(?:a\s++member\s++of\s++|one\s++of\s++)the\s++team|them|"
                          r"an?\s++(?:agent|specialist|engineer))\b|"
                          r"ご連絡(?:いた|致)します|(?:ご連絡|ご返信|ご回答|ご返答|ご案内)(?:を)?差し上げ|ご回答(?:いた|致)します|回答(?:いた|致)します|(?:ご)?返答(?:いた|致)します|"
                          r"順次(?:対応|ご連絡|ご回答|ご案内)|(?:ご)?返信(?:いた|致)?します|ご案内(?:いた|致)?します|お返事(?:いた|致)?します|ご連絡します|"
                          # a response time promised as a row: "Expected response time  Within 24 hours"
                          r"\b(?:expected\s++)?(?:response|reply)\s++time\b|\bexpected\s++(?:first\s++)?(?:response|reply|answer)\b|"
                          # machine-translated: "原則として 24 時間以内にあなたに応答します"
                          # ... and "24時間以内にあなたに戻ってきます" (will get back to you)
                          # ... and "24 時間以内にあなたに戻ります" (will get back to you)
                          r"(?:あなた|お客様)に(?:応答|返信|回答|返答)します|(?:あなた|お客様)に戻って(?:き|く)|(?:あなた|お客様)に戻ります"))


def _may_give_reference(text: str) -> bool:
    """False when _REFERENCE cannot match: ASCII text without "reference" or
    "ticket", nor "case" with "is now", "became"... (its English forms)."""
    if not text.isascii():
        return True
    flat = " ".join(text.split())  # the phrases' words may stand apart by any space: "logged\n as 1234…"
    return not (_ascii_lacks(text, ("ref", "ticket", "number", "identifier"))
                and _ascii_lacks(text, ("case",), ("now", "become", "became", "logged", ":", "opened", "created", "registered",
                                                   "recorded", "received"))
                and _ascii_lacks(flat, _REFERENCE_PHRASES))


# The English forms of _REFERENCE as words in a row ("request, no. 1759…" among them).
_REFERENCE_PHRASES = ("under case", "as case", "as a case", "as a support case", "as support case",
                      "case id", "case opened", "case created", "case no", "logged as", "registered as", "filed as", "recorded as",
                      "opened case", "created case", "logged case", "opened a", "created a",
                      "assigned case", "assigned the case", "assigned ticket", "assigned reference",
                      "under id", "under the id", "under ref", "queue as", "file as", "this number", "your number",
                      *(f"{noun}{comma} {sign}" for noun in ("request", "inquiry", "enquiry", "case")
                        for comma in ("", ",") for sign in ("no", "#")))


def _gives_reference(text: str) -> bool:
    """Does _REFERENCE match?  Each of its forms but _REFERENCE_WORDS holds
    a number of six digits or more, at its end or a few words before it
    ("ケース ID 1759… の下に記録"): it is tried only around each such number
    (200 characters before it, 20 after) of the text in lower case, each
    form on its own where its words occur, not every form at every position
    (a case-insensitive alternation whose forms start with \\b, which keeps
    `re` from skipping: 150 against 57 us a mail over the labelled mail)."""
    if _REFERENCE_WITHOUT_NUMBER.search(text):
        return True
    if not _may_give_reference(text):
        return False
    low = lower(text)
    return any(_REFERENCE.first(low, max(0, run.start() - 200), run.end() + 20) for run in _NUMBER_RUN.finditer(text))


_NUMBER_RUN = re.compile(r"\d{6,}+")
_REFERENCE_WITHOUT_NUMBER = re.compile(_REFERENCE_WORDS)


# A follow-up on an unanswered request: "I wanted to check whether you still need our help with this",
# "こちらのアカウントの統合について、引き続きサポートが必要でしょうか".
_STILL_NEEDED = re.compile(r"\b(?:whether|if)\s++you\s++still\s++(?:need|require|want|would\s++like)\b|"
                           r"\b(?:do|would)\s++you\s++still\s++(?:need|require|want|like)\b|\bstill\s++need\s++(?:our\s++)?(?:help|assistance)\b|"
                           r"引き続き(?:サポート|対応|ご支援|お手伝い)(?:が|は)?(?:必要|ご入用)|(?:サポート|対応)(?:は|が)?まだ(?:必要|ご入用)|"
                           r"まだ(?:統合|サポート)(?:を)?(?:ご)?希望", re.IGNORECASE)


def asks_if_still_needed(new_text: str) -> bool:
    """Does the mail ask whether the user still needs help (a follow-up on an
    unanswered request, which may restate it)?"""
    text = new_text[:MAX_TEXT]
    if "still" not in text.lower() and "引き続き" not in text and "まだ" not in text:
        return False  # every form holds one of these (the pattern is tried at every position)
    return _STILL_NEEDED.search(text) is not None


# The case's own number, to be quoted when you write: "この番号", "the case number", "your reference".
_THE_NUMBER = re.compile(r"(?:この|本|上記の?|ケース|受付|お問い合わせ)番号|\b(?:this|the|your|that)\s++(?:case\s++|reference\s++|ticket\s++)?"
                         r"(?:number|reference|id)\b", re.IGNORECASE)


def asks_only_for_the_number(new_text: str, words: str) -> bool:
    """Is the ask `words` (an information ask's match) only that you quote the
    case number when you write ("ご連絡の際はこの番号をお知らせください",
    "please quote this number in any reply")?"""
    sentence = _sentence_holding(new_text, words)
    return sentence is not None and _THE_NUMBER.search(sentence) is not None and _INFO_NOUN.search(sentence) is None


def offers_to_add(new_text: str, words: str) -> bool:
    """Is the ask `words` (an information ask's match) only an offer to add
    whatever you like ("Please add any further information through the
    Support Center", "補足がございましたら、このメールにご返信ください")?"""
    sentence = _sentence_holding(new_text, words)
    return sentence is not None and _OPTIONAL_ADD.search(sentence) is not None


def _sentence_holding(new_text: str, words: str) -> str | None:
    """The sentence of the text that holds `words` (a signal's match), first
    found; None when the words are not in it."""
    text = new_text[:MAX_TEXT]
    at = text.lower().find(words.lower())
    if at < 0:
        return None
    return text[_sentence_start(text, at):max(_sentence_end(text, at), at + len(words))]


def another_case_opened(new_text: str, words: str) -> bool:
    """Do the words saying a case was opened (a signal's match) tell of another
    case, a duplicate the mail speaks of ("we noticed that a second case
    (1745…) was opened today for the same request")?"""
    sentence = _sentence_holding(new_text, words)
    if sentence is None:
        return False
    at = sentence.lower().find(words.lower())
    return _ANOTHER_CASE.search(sentence, 0, max(at, 0) + 1 + len(words) // 2) is not None


_OPTIONAL_ADD = re.compile(r"\bany\s++(?:further|additional|other|more|extra)\s++(?:information|details|info|questions|comments)\b|"
                           # "you can add more information by replying to this e-mail": what you may do
                           r"\byou\s++(?:can|may|are\s++welcome\s++to)\s++(?:also\s++)?add\s++(?:more|further|additional|any|other)\b|"
                           r"\bif\s++you\s++(?:have|want\s++to\s++add|would\s++like\s++to\s++add)\s++(?:any(?:thing)?\s++)?"
                           r"(?:further|additional|more|other|else)\b|"
                           r"補足(?:情報|事項)?(?:が|は)?(?:ございましたら|あれば|ございます場合|ある場合)|補足(?:情報|事項)?は|"
                           r"追加(?:の)?(?:情報|ご連絡|事項)(?:が|は)?(?:ございましたら|あれば|ございます場合)", re.IGNORECASE)


# What a real ask for information names: "the e-mail address", "氏名", "details of".
_INFO_NOUN = re.compile(r"\b(?:e-?mail|address|name|details?|information|date|screenshot|candidate)\b|メールアドレス|氏名|情報|詳細|"
                        r"生年月日|スクリーンショット", re.IGNORECASE)


def acknowledges(new_text: str) -> bool:
    """Does the mail acknowledge a request: it gives a reference for it, or
    says it reached the desk, and promises an answer ("Ticket reference: …
    you'll hear from us within one business day", "your enquiry has reached
    us; a specialist will come back to you", "受付番号 … 2 営業日以内にご連絡
    いたします"), saying nothing of the merge itself (no direction, nothing done)?"""
    text = unwrap(new_text)
    arrived = _ARRIVED.first(_lower(text)) is not None
    given = arrived or _gives_reference(text)
    if not given or _REOPENED.search(text):
        return False  # a case opened again is a notice on a case that exists
    promised = any(not _ON_A_CONDITION.search(text[_sentence_start(text, m.start()):m.start()]) for m in _WILL_ANSWER.finditer(lower(text)))
    # (or a notice sent by no one: "For your records: the details below are now logged … This is an automated
    # notice", "以下の内容で記録しました … このアドレスは送信専用です": the request told as logged, nothing rated)
    unsigned = (not promised and arrived and _NO_ONE_SENDS.search(text) is not None
                and not asks_rating(new_text))
    # (or told both ways, arrived and numbered: "what you sent … is with us. Ref. 1761…")
    unsigned = unsigned or (not promised and arrived and _gives_reference(text) and not asks_rating(new_text))
    return (promised or unsigned) and merge_done(new_text) is None


_NO_ONE_SENDS = re.compile(r"\b(?:automated|automatic|auto-?generated)\s++(?:notice|notification|message|e-?mail|confirmation)\b|"
                           r"\bmessages\s++sent\s++to\s++this\s++address\s++are\s++not\s++(?:read|monitored)\b|"
                           # "This mailbox does not take incoming mail"
                           r"\bmailbox\s++(?:does\s++not|doesn't|cannot|can't)\s++(?:take|accept|receive)\b|"
                           r"\baddress\s++that\s++(?:cannot|can't|does\s++not)\s++(?:accept|receive)\s++incoming\b|"
                           r"送信専用|自動(?:送信|配信|通知)|自動で(?:お送り|送信|配信)|受信を受け付けることができません", re.IGNORECASE)
# A promise made on a condition is no acknowledgement's: "「いいえ」を選ばれた場合は、担当者より改めてご連絡
# いたします" (a survey's), "if you answer no, someone will get back to you".
_ON_A_CONDITION = re.compile(r"場合(?:は|には|、)|\bif\s++(?:you|not|the\s++answer)\b|\bshould\s++you\b", re.IGNORECASE)


# The request said to have reached the desk: "your submission has come through", "your message is with us".
_ARRIVED = Signal("arrived", "says your request reached the desk", (
    r"\byour\s++(?:\w++\s++)?(?:submission|request|message|inquiry|enquiry|form|e-?mail|note|question)\s++"
    r"(?:to\s++[^.\n]{1,60}?\s++)?(?:has\s++|have\s++)?(?:come\s++through|reached\s++(?!you\b)\w++|arrived|is\s++(?:now\s++|safely\s++)*+with\s++us|"
    r"is\s++(?:now\s++)?in\s++(?:our|the)\s++(?:queue|system)|is\s++(?:now\s++)?in(?=\s*+[.!])|is\s++(?:now\s++)?(?:registered|logged|recorded)\s++with\s++us|(?:just\s++)?landed\s++(?:with|in)\s++(?:us|our|the|aws)\b|is\s++(?:now\s++)?on\s++file|"
    r"got\s++through|made\s++it\s++(?:to\s++us|through))\b",
    # "お問い合わせを承ったことをお知らせする自動送信メールです"
    r"(?:お問い合わせ|お問合せ|ご依頼|ご相談|リクエスト|あなたの要求)(?:の?内容)?を(?:確かに)?(?:承|受け付け|受付|受領|受信|拝受|お預かり|受け取)(?:り|っ|いたし|し|け)",
    # machine-translated: "あなたの要求は私たちのシステムに記録されており"
    r"(?:あなたの(?:要求|リクエスト|お問い合わせ)|お問い合わせ|ご依頼)(?:は|が)[^。\n]{0,30}?(?:記録|登録|受け付け|受付)されて",
    # "メッセージは、受付番号 … として私たちのチームのもとに届きました", "以下の内容で記録しました"
    # (the user's message, not "担当者から新しいメッセージが届いています", one that came to them)
    r"(?<!から)(?<!新しい)(?:お問い合わせ|ご依頼|メッセージ|ご相談|リクエスト)(?:の?内容)?(?:は|が)[^。\n]{0,50}?(?:届きました|届いております|届いています)",
    # "ご連絡の内容について、ケース番号 1771… で対応を開始いたしました"
    r"(?:ケース(?:番号|\s*+id)?|受付番号|番号)\s*+[:：]?\s*+\d{6,}\s*+(?:で|にて|として)(?:対応を開始|お預かり|受け付け|承り|管理)",
    r"(?:以下|下記)の内容で(?:記録|登録|受付|受け付け)(?:いた|致)?しました|(?:以下|下記)の番号で(?:記録|登録)され",
    r"\b(?:details|information)\s++(?:below|above)\s++(?:are|is|have\s++been)\s++(?:now\s++)?(?:logged|recorded|on\s++file)\b",
    # "Request received.", "This is an automated message to acknowledge receipt of your enquiry"
    # (not a message added to a case under way: "Your message has been received and added to case 1736…")
    r"^[ \t]*+(?:your\s++)?(?:request|enquiry|inquiry|submission)\s++(?:has\s++been\s++|was\s++)?received\b"
    r"(?!\s++and\s++(?:added|attached|appended|linked))",
    r"\backnowledges?\s++(?:the\s++)?receipt\s++of\s++(?:your|the)\b",
    # "Thanks for your message - it's safely with us", "a support case (ID 1743…) now exists for the request you just
    # submitted, and it is waiting in our queue"
    r"\b(?:it|this)(?:'s|\s++is)\s++(?:now\s++|safely\s++)*+with\s++us\b",
    # "what you sent through the … contact form is with us"
    r"\bwhat\s++you\s++(?:sent|submitted|wrote)\b[^.\n]{0,80}?\bis\s++(?:now\s++|safely\s++)*+with\s++us\b",
    r"\bcase\s++(?:\(?(?:id\s++)?\d{6,}+\)?\s++)?now\s++exists\b",
    r"\b(?:is|it's)\s++(?:now\s++)?waiting\s++in\s++(?:our|the)\s++queue\b",
))


def reopened(new_text: str) -> bool:
    """Does the text say the case was opened again ("ケースを再オープンしていただき", "I have reopened your case"),
    not that it can be ("reply within 14 days and the case will be reopened automatically")?"""
    return _REOPENED_DONE.search(new_text[:MAX_TEXT]) is not None


_REOPENED_DONE = re.compile(r"\b(?<!be\s)(?<!been\s)re-?opened\b(?!\s++automatically)|\bre-?opening\b|"
                            r"再オープン(?:しました|いたしました|させていただきました)|再オープンしていただき(?:まして)?[、,]?\s*+(?:誠に|ありがとう)|"
                            # (not an offer: "サポートセンターからケースを再オープンしていただくか…")
                            r"再開(?:いたしました|しました)", re.IGNORECASE)


_REOPENED = re.compile(r"\bre-?open(?:ed|ing)\b|再オープン|再度オープン|再開(?:され|いたし|しました)", re.IGNORECASE)
# The case told as opened again now (not that it can be: "reply within 14 days and the case will be reopened").
_REOPENED_NOW = re.compile(r"\b(?:has|have|was|is\s++now)\s++(?:been\s++)?re-?opened\b|\b(?:we|i)(?:'ve|\s++have)?\s++re-?opened\s++"
                           r"(?:your|the|this)\s++case\b|再オープン(?:され(?:まし)?た|いたしました|しました)|再度オープンされ(?:まし)?た",
                           re.IGNORECASE)


def reopened_notice(new_text: str) -> bool:
    """Does the text tell that the case was opened again (a notice on a case that exists, no new one)?"""
    text = new_text[:MAX_TEXT]
    return ("open" in text or "オープン" in text) and _REOPENED_NOW.search(text) is not None


# --------------------------------------------------------------------------
# How long ago a reminder says its badge was issued ("issued you the … badge
# 7 days ago", "on April 12, 2023", "2025年9月3日に発行"): a badge issued days
# ago waits to be accepted after this merge; one issued years ago does not.

_MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                       "dec"), 1)}
_AGO = re.compile(r"\b(\d{1,3})\s++(day|week|month|year)s?\s++ago\b|(\d{1,3})\s*+(日|週間|か月|ヶ月|カ月|年)前|"
                  r"\b(yesterday|today|earlier\s++today|last\s++week|this\s++week|a\s++few\s++days\s++ago|last\s++month|"
                  r"last\s++year)\b|(昨日|本日|先週|先月|昨年|去年)",
                  re.IGNORECASE)
# A year alone: "which you earned in 2022", "2022年に取得"
_YEAR = re.compile(r"\b(?:in|since|during)\s++(20\d\d)\b|(20\d\d)\s*+年(?!\s*+\d)", re.IGNORECASE)
_WORD_DAYS = {"today": 0, "earlier today": 0, "本日": 0, "yesterday": 1, "昨日": 1, "last month": 30, "先月": 30,
              "last year": 365, "昨年": 365, "去年": 365}
_DATE = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\s++(\d{1,2}),?\s++(\d{4})\b|"
                   r"\b(\d{1,2})\s++(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?,?\s++(\d{4})\b|"
                   r"\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b|(\d{4})\s*+年\s*+(\d{1,2})\s*+月\s*+(\d{1,2})\s*+日", re.IGNORECASE)
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365, "日": 1, "週間": 7, "か月": 30, "ヶ月": 30, "カ月": 30, "年": 365}


def tells_a_time(text: str, sent: datetime | None = None) -> bool:
    """Does the text tell when something happened ("3 days ago", a date, a
    year)?  A date after the mail's own (`sent`) is a deadline to come ("accept
    it by December 9"), which tells no such time."""
    text = text[:MAX_TEXT]
    if _AGO.search(text) is not None:
        return True
    if sent is None:
        return _DATE.search(text) is not None or _YEAR.search(text) is not None
    return issued_days_ago(text, sent) is not None


def issued_days_ago(text: str, sent: datetime | None) -> int | None:
    """Days between a badge's issue, as the text tells it, and the mail's
    date `sent`; None when the text tells no time (or a date with no `sent`).
    Dates after `sent` are deadlines, not the issue, and are passed over."""
    text = text[:MAX_TEXT]
    if (m := _AGO.search(text)) is not None:
        if m.group(1) or m.group(3):
            return int(m.group(1) or m.group(3)) * _UNIT_DAYS[(m.group(2) or m.group(4)).lower()]
        return _WORD_DAYS.get(" ".join((m.group(5) or m.group(6)).lower().split()), 7)
    if sent is None:
        return None
    for m in _DATE.finditer(text):
        day = _day(m.groups())
        if day is not None and day <= sent.date():
            return (sent.date() - day).days
    for y in _YEAR.finditer(text):
        year = int(y.group(1) or y.group(2))
        if year <= sent.year:
            return max(0, (sent.date() - date(year, 12, 31)).days)  # at least this long ago
    return None


def _day(g: tuple[str | None, ...]) -> date | None:
    """The date _DATE matched (its groups), or None for one that is no date."""
    try:
        if g[0]:
            return date(int(g[2]), _MONTHS[g[0][:3].lower()], int(g[1]))
        if g[3]:
            return date(int(g[5]), _MONTHS[g[4][:3].lower()], int(g[3]))
        if g[6]:
            return date(int(g[6]), int(g[7]), int(g[8]))
        return date(int(g[9]), int(g[10]), int(g[11]))
    except ValueError:
        return None
