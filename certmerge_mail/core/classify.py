"""One message -> one verdict: which mail of the merge case it is, and why.

The order of the decisions:
1. who sent it (sender.py), before any rule reads the content: AWS (or a
   look-alike posing as AWS), Credly, or someone else;
2. our own digests/nudges, unreadable mail -> unrelated;
3. anyone but AWS, Credly and their look-alikes -> unrelated: no content
   rule runs on such mail (its case id is read from the subject only);
4. Credly: a badge from AWS Training and Certification was issued -> credly_badge_issued;
5. AWS: is this a merge case at all (the merge topic with a certification
   context, or a case id already tracked as a merge case)?  Seller Central and
   other AWS cases are unrelated;
6. what the new text says: opened / done / asks to confirm / asks for
   information / closed with a survey / anything else (support_reply).
A look-alike sender keeps its content-based kind with sender_verified=False,
so the service can report it as suspicious without ever acting on it.

Untrusted mail cannot make this slow: every stage reads a bounded part of
the message (the first 60,000 characters of the body, 1,000 of the subject,
4,000 of the quoted history), every pattern is linear in what it reads
(tests/test_redos.py), and an optional time budget turns a message that
still takes too long into an unrelated verdict with an error.
"""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache
from collections.abc import Callable, Collection

from certmerge_mail.core import direction, ids, meaning, opinion, rules
from certmerge_mail.core.model import Kind, Message, Verdict
from certmerge_mail.core.sender import Family, check_sender
from certmerge_mail.core.text import detect_language, normalize, split_new_text, with_inline_answers

# Enough of a body to judge it; longer mail is mostly footers and history.
_MAX_TEXT = 60_000
_MAX_SUBJECT = ids.MAX_SUBJECT
_MAX_NAME = 256  # a display name
_MAX_ADDRESS = 320  # the longest valid address is 254 characters
_HISTORY_SCOPE = 4_000
TOO_LONG = "classification took too long"


class _OutOfTime(Exception):
    pass


class _Reasons(list):
    """The reasons for a verdict, in the order found; also the message's
    time budget, checked before each rule runs."""

    __slots__ = ("_clock", "_until")

    def __init__(self, clock: Callable[[], float] | None, budget_seconds: float | None) -> None:
        super().__init__()
        self._clock = clock
        self._until = None if clock is None or budget_seconds is None else clock() + budget_seconds

    def check(self) -> None:
        if self._until is not None and self._clock() > self._until:  # type: ignore[misc]
            raise _OutOfTime


def classify(
    message: Message,
    *,
    authserv_ids: tuple[str, ...] = (),
    known_case_ids: Collection[str] = (),
    budget_seconds: float | None = None,
    clock: Callable[[], float] | None = None,
) -> Verdict:
    """Classify one parsed message.  Pure; never raises for any Message.

    A time budget (default: none): `clock` is a monotonic clock in seconds
    (the service passes time.monotonic; the core reads no clock itself).  It
    is read when classification starts and before each rule; once more than
    `budget_seconds` have passed, the verdict is UNRELATED with the error
    "classification took too long" (TOO_LONG) in `errors`, for the service to
    record the message as an error and go on.  A rule already running is not
    interrupted: the budget bounds the time between rules, and the rules are
    linear in text of bounded size.
    """
    if budget_seconds is not None and clock is None:
        raise ValueError("a time budget needs a clock")
    reasons = _Reasons(clock, budget_seconds)
    try:
        return _classify(message, authserv_ids, known_case_ids, reasons)
    except _OutOfTime:
        return Verdict(Kind.UNRELATED, reasons=(f"{TOO_LONG} (over {budget_seconds:g} s)", *reasons),
                       errors=(*message.errors, TOO_LONG))
    except Exception as exc:  # a rule bug must not stop the service
        return Verdict(Kind.UNRELATED, reasons=(f"classifier error: {type(exc).__name__}",),
                       errors=(*message.errors, f"classifier error: {exc}"))


def classify_together(messages: list[Message], *, authserv_ids: tuple[str, ...] = ()) -> list[Verdict]:
    """Classify mails of one mailbox together, as the service does over time:
    a case that a verified AWS mail among them shows to be an account-merge
    case is known when reading the others (a closure notice that names no
    topic, quoting history about something else)."""
    verdicts = [classify(m, authserv_ids=authserv_ids) for m in messages]
    known = {v.case_id for v in verdicts
             if v.case_id and v.sender_verified is not False and v.kind != Kind.UNRELATED}
    return [classify(m, authserv_ids=authserv_ids, known_case_ids=known)
            if v.kind == Kind.UNRELATED and v.case_id in known else v
            for m, v in zip(messages, verdicts)]


def _classify(message: Message, authserv_ids: tuple[str, ...], known_case_ids: Collection[str],
              reasons: _Reasons) -> Verdict:
    from_addr, from_name = message.from_addr[:_MAX_ADDRESS], message.from_name[:_MAX_NAME]
    sender = check_sender(from_addr, from_name, message.auth_results, authserv_ids)
    reasons.append(f"sender: {sender.reason}")
    text = normalize(message.text[:_MAX_TEXT])
    subject = normalize(message.subject[:_MAX_SUBJECT])
    reasons.check()
    new_text, history = split_new_text(text)
    new_text = with_inline_answers(new_text, history)
    new_lower, subject_lower = new_text.lower(), subject.lower()
    reasons.check()
    if sender.family is Family.AWS:
        case = ids.case_id(subject, new_text, history)
    else:  # Credly mail has no case; anyone else's is never read for one beyond its subject
        case = ids.case_id(subject) if sender.family is not Family.CREDLY else None
    base = dict(
        case_id=case,
        account_ids=ids.candidate_ids(new_text),
        sender_verified=sender.verified,
        language=detect_language(new_text or subject),
        new_text=new_text,
        errors=message.errors,
    )

    if message.own_marker:
        return Verdict(Kind.UNRELATED, reasons=("certmerge-mail's own message",), **base)
    if not message.from_addr and not text.strip():
        return Verdict(Kind.UNRELATED, reasons=("unreadable message", *message.errors), **base)

    if sender.family is Family.CREDLY:
        kind, badge = _credly(subject, new_text, from_name, reasons, message.date)
        return Verdict(kind, badge=badge, reasons=tuple(reasons), **base)
    if sender.family is not Family.AWS:
        reasons.append("not from AWS support or Credly")
        return Verdict(Kind.UNRELATED, reasons=tuple(reasons), **base)
    if case is None and _holds(rules.NEWSLETTER, f"{from_addr}\n{subject_lower}\n{new_lower}", reasons):
        reasons.append("AWS marketing mail without a support case")
        return Verdict(Kind.UNRELATED, reasons=tuple(reasons), **base)

    # The topic may only show in the quoted history (the user's own request
    # under an agent's reply), but near its top: the rest is footers.
    everything = f"{from_addr}\n{subject_lower}\n{new_lower}\n{history[:_HISTORY_SCOPE].lower()}"
    if not _is_merge_case(everything, subject_lower, new_lower, case, known_case_ids, reasons):
        if history and meaning.acknowledges(new_lower):
            base["account_ids"] = _acknowledged_ids(new_text, history)  # another case's acknowledgement
        return Verdict(Kind.UNRELATED, reasons=tuple(reasons), **base)

    kind, asks = _support_kind(subject_lower, new_lower, reasons, history)
    if kind == Kind.CASE_CREATED and history:
        base["account_ids"] = _acknowledged_ids(new_text, history)
    doubts = _doubts(kind, subject_lower, new_lower, asks)
    judged = opinion.judge(kind, subject_lower, new_lower)
    if judged is None:
        reasons += [f"uncertain: {d}" for d in doubts]
        return Verdict(kind, asks_user=asks, reasons=tuple(reasons), certain=not doubts, doubts=doubts, **base)
    rules_kind, (words_kind, overruled) = kind, judged
    reasons.append(f"second opinion (its words, core/opinion.py): {words_kind} is likelier than {kind}")
    if overruled:
        # Its kind is the likelier (measured; opinion.OVERRULES): the verdict names it, and
        # the rules' kind is what the mail may be.
        reasons.append(f"the second opinion overrules the rules: {words_kind}, not {kind}")
        kind, may_be, asks = words_kind, rules_kind, False
    else:
        may_be = words_kind
    doubts = _opinion_doubts(kind, may_be, rules_kind, doubts)
    reasons += [f"uncertain: {d}" for d in doubts]
    return Verdict(kind, asks_user=asks, reasons=tuple(reasons), certain=False, doubts=doubts,
                   may_be=may_be, **base)


def _acknowledged_ids(new_text: str, history: str) -> tuple[str, ...]:
    """An acknowledgement's accounts: it quotes the request it acknowledges
    ("Here is a copy of what you submitted:"), and its accounts are that
    request's, though what the request says is not the desk's word."""
    return ids.candidate_ids(f"{new_text}\n{history[:_HISTORY_SCOPE]}")


def _opinion_doubts(kind: Kind, may_be: Kind, rules_kind: Kind, rules_doubts: tuple[str, ...]) -> tuple[str, ...]:
    """What speaks against what the mail may be, where the rules and the second opinion
    disagree.  A request or completion counts as a plain reply until you settle it, so
    it is itself what the mail may be, and the other reading speaks against it; any other
    kind counts as itself, and speaks against `may_be`.  Each reading is named by whose
    it is: "the rules read it as …", "its words read more like …"."""
    if kind in (Kind.MERGE_CONFIRMATION_REQUESTED, Kind.MERGE_COMPLETED):
        against, other = kind, may_be
    else:
        against, other = may_be, kind
    said = f"the rules read it as {_AS[other]}" if other == rules_kind else f"its words read more like {_AS[other]}"
    if kind == rules_kind:
        return (*rules_doubts, said)
    # Overruled: the rules' own doubts of their kind speak against it too, where it is what
    # the mail may be.
    return (said, *rules_doubts) if against == rules_kind else (said,)


# What a kind is, in the second opinion's doubt (_opinion_doubts).
_AS = {
    Kind.CASE_CREATED: "an acknowledgement that the case was opened",
    Kind.MERGE_CONFIRMATION_REQUESTED: "a request to confirm the merge",
    Kind.MERGE_COMPLETED: "word that the merge is done",
    Kind.SURVEY: "a closure notice or survey",
    Kind.SUPPORT_REPLY: "a plain reply from support",
}


def _doubts(kind: Kind, subject: str, new_text: str, asks: bool = False) -> tuple[str, ...]:
    """Signals in the mail that speak against the kind it was given.  Only the
    kinds that act (a confirmation request drafts the reply that lets the
    irreversible merge go ahead; a completion closes the case) are doubted."""
    doubts = []
    elsewhere = "what it asks you to confirm is not in its own text but in an earlier mail"
    if kind == Kind.MERGE_CONFIRMATION_REQUESTED and not asks:
        doubts.append("no ask to confirm was read in it")
    if kind == Kind.MERGE_CONFIRMATION_REQUESTED:
        done = meaning.merge_done(new_text)
        if done is not None and not meaning.done_recalled(new_text, done.words):
            # (not a done told as before: "AWS9001… was already deactivated in 2023, so no action is needed there")
            doubts.append("it also says the merge is done")
        if (_found(rules.DIRECTION, new_text) is None and _found(rules.IRREVERSIBLE, new_text) is None
                and not _states_a_plan(new_text)):
            if _found(rules.CONFIRM_MERGE, new_text) is None and _found(rules.CONFIRM_MERGE, subject) is None:
                doubts.append(elsewhere)
            elif not ids.names_candidate_id(new_text):
                # "統合の内容を確認するためにまたご連絡致します", a phishing "confirm merge now" button:
                # the merge is named, but nothing of it a confirmation could be checked against.
                doubts.append("it names the merge but neither the accounts nor which one stays")
        if elsewhere not in doubts and not ids.names_candidate_id(new_text) and meaning.points_elsewhere(new_text):
            # (its direction words describe; the accounts to confirm are the earlier mail's)
            doubts.append(elsewhere)
        if meaning.asks_which(new_text):
            doubts.append("it also asks which account to keep")
        if meaning.asks_if_still_needed(new_text):
            # (a follow-up on an unanswered request, which may restate it)
            doubts.append("it asks whether you still need help with the merge")
    elif kind == Kind.MERGE_COMPLETED:
        if rules.CONFIRM_MERGE.find(new_text) is not None:
            doubts.append("it also asks you to confirm the merge")
        if meaning.in_progress(new_text):
            doubts.append("it also says the work is still going on")
    return tuple(doubts)


def _credly(subject: str, new_text: str, from_name: str, reasons: _Reasons,
            sent: datetime | None = None) -> tuple[Kind, str | None]:
    head = meaning.without_why_you_get_this(f"{subject}\n{new_text}".lower())
    # Credly's own account merge, expiry reminders and reminders to accept an
    # old badge are no new badge; but a mail whose subject announces a new
    # badge may well mention such things below (its expiry date, "you can
    # merge your Credly accounts in Settings").
    subject_lower = subject.lower()
    scope = subject_lower if rules.BADGE_ISSUED.first(subject_lower) is not None else head
    for blocker in (rules.CREDLY_ACCOUNT_MERGE, rules.BADGE_EXPIRY, rules.CREDLY_DIGEST, rules.BADGE_REMINDER):
        if _fire(blocker, scope, reasons):
            if blocker is rules.BADGE_REMINDER:
                days = meaning.issued_days_ago(head, sent)
                if days is not None and 0 <= days <= _RECENT_BADGE_DAYS:
                    # "issued you the … badge 7 days ago … accept it": a badge of these weeks, ready to accept
                    reasons.append(f"a reminder of a badge issued {days} days before it: ready to accept")
                    continue
                if not meaning.tells_a_time(head, sent):
                    # "your badge is waiting" (perhaps "accept it by <a date to come>"): ready to accept
                    reasons.append("a reminder of a badge that tells no time of issue: ready to accept")
                    continue
            return Kind.UNRELATED, None
    if not _holds(rules.BADGE_ISSUED, head, reasons):
        if not meaning.badge_issued(head):
            _holds(rules.NEWSLETTER, head, reasons)
            reasons.append("no badge was issued")
            return Kind.UNRELATED, None
        reasons.append("a sentence says badges were issued, moved to you or are ready to accept")
    if not _holds(rules.AWS_ISSUER, f"{from_name.lower()}\n{head}", reasons):
        reasons.append("the badge is from another issuer")
        return Kind.UNRELATED, None
    return Kind.CREDLY_BADGE_ISSUED, _badge_name(subject, new_text)


# A reminder of a badge issued within this many days is of a badge still
# ready to accept (the merge's moved badges); older ones are of other times.
_RECENT_BADGE_DAYS = 45


def _badge_name(subject: str, new_text: str) -> str | None:
    for text in (subject, new_text):
        m = rules.BADGE_NAME.search(text)
        if m:
            return " ".join(m.group(0).split())
    return None


@lru_cache(maxsize=32)
def _reading(new_text: str) -> direction.Reading:
    return direction.read(new_text)


def _merge_evidence(new_text: str) -> str | None:
    """What in the agent's own new text shows, by its meaning, that it is
    about merging certification accounts, whatever words it uses."""
    named = ids.candidate_ids(new_text)
    if len(set(named)) >= 2:
        return "it names two candidate ids"
    if not named:
        # A part in a merge, or accounts moved, is said of an account the text names; but records said
        # to be merged need no id ("the two records have been brought together"), in a mail about
        # nothing else (not "請求が統合されております", consolidated billing).
        done = meaning.merge_done(new_text)
        if done is not None and meaning.merge_verb(done.words) and rules.OTHER_TOPIC.first(new_text) is None:
            return f"it says the accounts were merged ({done.words!r})"
        return None
    # One account kept says nothing of a merge ("sign in to AWS…", "your
    # certification on AWS… is active"); one account merged away does.
    if _reading(new_text).merged:
        return "it gives an account the merged part"
    done = meaning.merge_done(new_text)
    if done is not None:
        return f"it says accounts were moved ({done.words!r})"
    return None


def _names_accounts_to_merge(new_text: str) -> bool:
    """Does the text name two accounts, or give one account its part in a merge?"""
    named = set(ids.candidate_ids(new_text))
    if len(named) >= 2:
        return True
    reading = _reading(new_text)
    return bool(named) and bool(reading.merged or reading.kept)


def _states_a_plan(new_text: str) -> bool:
    """Does the text give one account the kept part and another the merged
    part, and no account both?"""
    reading = _reading(new_text)
    return bool(reading.kept and reading.merged and not reading.both and set(reading.kept).isdisjoint(reading.merged))


def _is_merge_case(everything: str, subject: str, new_text: str, case: str | None, known: Collection[str],
                   reasons: _Reasons) -> bool:
    if _holds(rules.SELLER, everything, reasons):
        return False
    builder = (rules.BUILDER_ID_MERGE.find(f"{subject}\n{new_text}")
               if "builder" in subject or "builder" in new_text else None)
    if builder is not None and not ids.names_candidate_id(new_text):
        _note(rules.BUILDER_ID_MERGE, builder, reasons)
        return False  # names no certification account: the Builder IDs are what would merge
    if case is not None and case in known:
        reasons.append(f"case {case} is a tracked merge case")
        return True
    if not ids.names_candidate_id(new_text) and _holds(rules.AWS_ACCOUNTS_MERGE, new_text, reasons):
        return False  # AWS accounts to merge (billing, Organizations), no certification account named
    topic = _holds(rules.MERGE_TOPIC, everything, reasons)
    context = _holds(rules.CERT_CONTEXT, everything, reasons)
    if topic and context:
        if case is not None and _merge_sent_elsewhere(subject, new_text, reasons):
            return False
        return True
    evidence = _merge_evidence(new_text)
    if evidence:
        reasons.append(f"the new text speaks of merging accounts: {evidence}")
        return True
    # Acknowledgements, automatic answers and surveys of the T&C desk seldom
    # name the topic; such a case is the merge unless it names another topic.
    if case is not None and _holds(rules.TC_DESK, everything, reasons) and not _other_topic(everything, reasons):
        return True
    reasons.append("not an AWS Certification account-merge case")
    return False


def _merge_sent_elsewhere(subject: str, new_text: str, reasons: _Reasons) -> bool:
    """Is the merge named only in a side note that sends it to another desk,
    in a case whose subject or other paragraphs are about another topic ("I
    reviewed the April invoice … Regarding the other question in your
    message, about merging your AWS Certification accounts: … please submit
    the request through the AWS Training and Certification contact form")?"""
    if rules.OTHER_TOPIC.first(f"{subject}\n{new_text}") is None:
        return False  # (no other topic at all: the paragraphs are not read)
    sent, rest = meaning.sent_to_another_desk(new_text)
    if not sent or rules.MERGE_TOPIC.find(sent) is None or rules.MERGE_TOPIC.find(f"{subject}\n{rest}") is not None:
        return False
    other = rules.OTHER_TOPIC.first(f"{subject}\n{rest}")
    if other is None:
        return False
    reasons.append(f"the merge is named only to send it to another desk, in a case about another topic ({other!r})")
    return True


def _other_topic(everything: str, reasons: _Reasons) -> str | None:
    """Another topic the mail is about; not one it only sends you elsewhere for
    ("for exam appointments, contact Pearson VUE directly")."""
    other = rules.OTHER_TOPIC.first(everything)
    if other is not None and (rest := meaning.without_pointers_elsewhere(everything)) is not None:
        if (other := rules.OTHER_TOPIC.first(rest)) is None:
            reasons.append("another topic is named only to send you elsewhere for it")
    return _note(rules.OTHER_TOPIC, other, reasons)


def _support_kind(subject: str, new_text: str, reasons: _Reasons, history: str = "") -> tuple[Kind, bool]:
    """Which support mail this is, from what its own new text says (the
    quoted history only where the text points to it)."""
    if rules.REPLY_SUBJECT.match(subject) is None and _holds(rules.CASE_OPENED_SUBJECT, subject, reasons):
        # (a reply keeps the subject of the mail it answers: "RE:[CASE …] お問い合わせを受け付けました"
        # is a reply in the case, whatever the acknowledgement's subject said)
        return Kind.CASE_CREATED, False
    completed = _fire(rules.COMPLETED, new_text, reasons)
    if completed and meaning.cases_merged(new_text):
        reasons.append("the merge spoken of is of support cases, not of the accounts")
    elif completed and not meaning.said_as_done(new_text, completed):
        reasons.append(f"{completed!r} is said of a plan or a condition, not as done")
    elif completed and meaning.asks_which(new_text):
        return _asks_which_after_done(completed, reasons)
    elif completed and _recalled_in_passing(new_text, completed, reasons):
        return Kind.SUPPORT_REPLY, False
    elif (completed and meaning.conceded(new_text, completed)
          and (info := _found(rules.INFO_ASK, new_text)) is not None and _asked(new_text, info, reasons)):
        # "認定アカウントの統合は完了しておりますが、Credly のバッジは… メールアドレスをお知らせいただけますでしょうか":
        # the merge granted as known, the mail asks about what is still wrong
        reasons.append(f"{completed!r} is granted in passing; what the mail does is ask ({info!r})")
        return Kind.SUPPORT_REPLY, True
    elif completed:
        return _done_kind(subject, new_text, reasons), False
    merge_itself = _asked(new_text, _note(rules.CONFIRM_MERGE, _found(rules.CONFIRM_MERGE, new_text), reasons),
                          reasons)  # "approve the merge"
    asks_confirm = _fire(rules.CONFIRM_ASK, new_text, reasons) or merge_itself
    if asks_confirm and _asked(new_text, asks_confirm, reasons) is None:
        # The first words ask nothing ("Just to double-check before we action this"): a later
        # ask may ("Is that the right way round? Reply "yes" and we'll go ahead").
        merge_itself = None
        asks_confirm = next((w for w in rules.CONFIRM_ASK.find_all(new_text)
                             if w != asks_confirm and not meaning.asks_nothing(new_text, w)
                             and not meaning.asked_on_a_condition(new_text, w)), None)
        if asks_confirm is not None:
            reasons.append(f"asks-confirmation: asked later, in {asks_confirm!r}")
    consent = meaning.consent_given(new_text)
    if asks_confirm and not merge_itself and consent:
        # "ご確認のご返信をいただき、ありがとうございます … 試験名に誤りがないか、ご確認いただけますでしょうか":
        # your consent to the merge is told as given; what is asked now is something else.
        reasons.append(f"{asks_confirm!r} comes after your consent is told as given ({consent!r}): "
                       "not the merge's confirmation")
        asks_confirm = None
    # Read once; said among the reasons only where they decide (an ask to confirm).
    reasons.check()
    direction = _found(rules.DIRECTION, new_text)
    irreversible = _found(rules.IRREVERSIBLE, new_text)
    merge_in_subject = _found(rules.CONFIRM_MERGE, subject)
    # An ask to approve only makes a confirmation request of a mail that also
    # names the direction or warns that the merge cannot be undone (below):
    # the sentence reader runs on those alone.
    if (not asks_confirm and not consent
            and (direction is not None or irreversible is not None or merge_in_subject is not None)
            and meaning.asks_approval(new_text)):
        asks_confirm = "asks approval"
        reasons.append("asks you to approve the merge (an ask whose content is the merge going ahead)")
    if not asks_confirm and not consent and (assent := _yes_to_a_plan(new_text, direction, irreversible)):
        # "Plan is: AWS… - stays, AWS… - goes into AWS… … Please write me 'yes, go ahead' if plan is correct"
        asks_confirm = assent
        reasons.append(f"asks for your yes to the plan it states ({assent[:60]!r})")
    if (not asks_confirm and not consent and merge_in_subject is not None and rules.REPLY_SUBJECT.match(subject) is None
            and (direction is not None or _states_a_plan(new_text))):
        # "Action needed: confirm merge of AWS… into AWS…" over the plan it lays out: the subject asks
        # (a reply keeps the subject of the mail it answers, so not a reply's)
        asks_confirm = merge_in_subject
        reasons.append(f"its subject asks you to confirm the merge its text lays out ({merge_in_subject!r})")
    if asks_confirm and not merge_itself and irreversible is None and _done_before(new_text, asks_confirm):
        # "The merge has been processed … please sign in and check": what is
        # asked after a merge said done is no confirmation of the merge. Not
        # when the mail also warns that the merge cannot be undone: a warning
        # looks ahead, and the mail stays a request with its doubt.
        done = meaning.merge_done(new_text)
        if meaning.asks_which(new_text):
            return _asks_which_after_done(done.words, reasons)
        reasons.append(f"says the merge is done before it asks anything: {done.words!r} in {done.clause[:80]!r}")
        return _done_kind(subject, new_text, reasons), False
    if (asks_confirm and not merge_itself and meaning.thanks_for_reply(new_text)
            and meaning.in_progress(new_text) and not meaning.asks_approval(new_text)):
        # "ご返信いただきありがとうございます … 統合作業を開始しております … Credly からのメールも
        # あわせてご確認ください": your answer came and the work is under way; what is asked now
        # is no approval of the merge.
        reasons.append(f"{asks_confirm!r} follows thanks for your reply and work under way: no request to confirm")
        asks_confirm = merge_itself = None
    if asks_confirm and not merge_itself and (matter := meaning.another_matter_asked(new_text)) is not None:
        # "You asked us to move the unused 50% discount benefit from one account to the other … Please reply YES
        # to confirm": the yes asked is to what you asked for, and that is not a merge
        reasons.append(f"what it asks you to confirm is another matter you asked for ({matter!r}), not a merge")
        asks_confirm = None
    if asks_confirm and not merge_itself and (change := meaning.confirms_a_change_instead(new_text, asks_confirm)) is not None:
        # "Could you please confirm with a "Yes" that you would like us to change the login email of AWS… to …?":
        # the yes asked is to another change, said in the sentence that asks
        reasons.append(f"what {asks_confirm!r} asks you to confirm is another change ({change!r}), not a merge")
        asks_confirm = None
    if asks_confirm and meaning.asks_for_an_id(new_text):
        # "1. 旧アカウントの受験者 ID(AWS から始まる番号) 2. … AWS0331… を存続アカウントとしてよろしいでしょうか":
        # the other account's id is still asked for; a merge of named accounts is not asked yet
        reasons.append(f"{asks_confirm!r} comes with an ask for an account's id: the accounts to merge are not all named yet")
        asks_confirm = merge_itself = None
    if asks_confirm:
        if direction is None and _states_a_plan(new_text) and meaning.merge_done(new_text) is None:
            # "Stays: AWS… / Folded in: AWS…", "AWS… will then stop existing": no direction words
            # the signal knows, but the reader of each id's part gives one id the kept part and
            # the other the merged part.
            reading = _reading(new_text)
            direction = f"kept {', '.join(reading.kept)}, merged {', '.join(reading.merged)}"
            reasons.append(f"gives each account its part ({direction})")
        else:
            _note(rules.DIRECTION, direction, reasons)
        _note(rules.IRREVERSIBLE, irreversible, reasons)
        which = meaning.asks_which(new_text)
        if which:
            reasons.append("asks which account to keep (a question, not an alternative it offers)")
        earlier = meaning.points_elsewhere(new_text) if not which else None
        if direction and not irreversible and not which and earlier and not ids.names_candidate_id(new_text) \
                and not _states_a_plan(new_text):
            # "Regarding your query, … moved to the surviving account … Further, please confirm the
            # account details shared in our previous email": no account named, the direction words
            # describe something else, and no warning looks ahead to the merge; what is to be
            # confirmed is the earlier mail's (below).
            reasons.append(f"names no account; what it asks you to confirm is in the mail it points to ({earlier!r})")
            direction = None
        if (direction or irreversible) and not which:
            return Kind.MERGE_CONFIRMATION_REQUESTED, True
        # The merge itself is what is to be confirmed, said now or in the subject of this ask.
        if not which and (merge_itself or _note(rules.CONFIRM_MERGE, merge_in_subject, reasons)):
            return Kind.MERGE_CONFIRMATION_REQUESTED, True
        if which and (merge_itself or merge_in_subject):
            # "Confirm which account should be retained … Confirm merge": the merge itself is to be
            # confirmed (in the text or the subject), and which account stays is asked with it; a
            # request, read with doubt.
            return Kind.MERGE_CONFIRMATION_REQUESTED, True
        if which and _states_a_plan(new_text):
            # "Could you confirm the following? Keep: AWS… / Merge into it and close: AWS… If it's the
            # other way round, tell us which should remain": the plan to confirm is laid out, and
            # which account stays is asked with it; a request, read with doubt.
            reasons.append("lays out the plan it asks you to confirm: which account stays and which is merged")
            return Kind.MERGE_CONFIRMATION_REQUESTED, True
        # Asked again: "please confirm the details from my previous message", "下記の統合内容で
        # お間違いがなければ…": what is to be confirmed is an earlier request, quoted below.
        quoted = rules.DIRECTION.find(history[:_HISTORY_SCOPE].lower()) if earlier else None
        if quoted is not None:
            reasons.append(f"asks again to confirm the request it points to ({earlier!r}), quoted below "
                           f"and naming the direction ({quoted[:40]!r})")
            return Kind.MERGE_CONFIRMATION_REQUESTED, True
    done = meaning.merge_done(new_text)
    if done is not None and not merge_itself and meaning.asks_which(new_text):
        return _asks_which_after_done(done.words, reasons)
    if done is not None and not merge_itself and _recalled_in_passing(new_text, done.words, reasons):
        return Kind.SUPPORT_REPLY, False
    if done is not None and not merge_itself:
        reasons.append(f"says the merge is done: {done.words!r} in {done.clause[:80]!r}")
        return _done_kind(subject, new_text, reasons), False
    if _holds(rules.REPLY_RECEIVED, new_text, reasons):
        return Kind.SUPPORT_REPLY, False
    opened = _holds(rules.CASE_OPENED, new_text, reasons)
    if opened and meaning.another_case_opened(new_text, opened):
        reasons.append(f"{opened!r} tells of another case, a duplicate, opened: not this one's acknowledgement")
        opened = None
    if opened and meaning.reopened_notice(new_text):
        # "We received your email about case 1732…, which had already been resolved, so the case has been reopened"
        reasons.append(f"{opened!r} is your reply received on a case opened again: a notice on a case that exists")
        opened = None
    if not opened and meaning.case_opened(new_text):
        opened = "case opened"
        reasons.append("says your request became a support case")
    if not opened and meaning.acknowledges(new_text):
        shut = _found(rules.CASE_CLOSED, new_text)
        if shut is not None and not meaning.closure_to_come(new_text, shut):
            # "you already have an open case for the same request (case 1756…) … we are closing this case":
            # the reference and the answer promised are another case's
            reasons.append(f"it gives a reference and promises an answer, but closes this case ({shut!r}): "
                           "no acknowledgement")
        else:
            opened = "acknowledged"
            reasons.append("gives your request a reference and promises an answer")
    if opened:
        automatic = _holds(rules.AUTOMATIC, f"{subject}\n{new_text}", reasons)
        if (not automatic or meaning.agent_introduces(new_text)) and meaning.agent_speaks(new_text):
            # "I noticed the same request was submitted twice … I am now reviewing it": an agent's
            # own reply, in the first person; an automatic acknowledgement says "we" or no one.
            reasons.append(f"{opened!r} is told by an agent in the first person: a reply, not the automatic acknowledgement")
        elif meaning.thanks_for_reply(new_text):
            # "ご返信ありがとうございます。統合のご依頼を承りました": what was received is
            # a request within a case under way, not the case's opening.
            reasons.append(f"{opened!r} follows thanks for your reply: a case under way, not its opening")
        elif not automatic and meaning.work_under_way(new_text):
            # "we have received your request … and it is under processing from our side now. We are checking
            # the information with the concerned team": the work on it is under way, a case going on
            reasons.append(f"{opened!r} comes with the work on it under way: a case going on, not its opening")
        elif automatic:
            return Kind.CASE_CREATED, False
        else:
            # An agent's first answer may say the request was received and go on
            # to ask for what is missing; the acknowledgement itself is automatic.
            asks = _found(rules.INFO_ASK, new_text)
            if asks is not None and meaning.asks_only_for_the_number(new_text, asks):
                # "ご連絡の際はこの番号をお知らせください": quote the case number when you write, no information asked
                reasons.append(f"{asks!r} asks you only to quote the case number when you write")
                asks = None
            elif asks is not None and meaning.may_need_later(new_text, asks):
                # "we may require further information to establish your identity": told, not asked
                reasons.append(f"{asks!r} asks nothing of you now")
                asks = None
            elif asks is not None and meaning.offers_to_add(new_text, asks):
                # "Please add any further information through the Support Center": an offer, nothing asked
                reasons.append(f"{asks!r} only offers that you add what you like")
                asks = None
            return (Kind.SUPPORT_REPLY, True) if _note(rules.INFO_ASK, asks, reasons) else (Kind.CASE_CREATED, False)
        return Kind.SUPPORT_REPLY, bool(_holds(rules.INFO_ASK, new_text, reasons))
    # A closed case asking for feedback is the survey, even when it words the
    # request as a question ("please tell us about your experience").
    if not asks_confirm and meaning.asks_rating(new_text):
        if (meaning.in_progress_now(new_text) and _found(rules.CASE_CLOSED, f"{subject}\n{new_text}") is None
                and not meaning.asks_outcome(new_text)):
            # "I have passed your request to the team that makes the change … How did we do?": work
            # still going on and nothing closed; the rating is the footer under a reply
            reasons.append("asks a rating, but tells of work still going on and closes nothing: the reply's footer")
            return Kind.SUPPORT_REPLY, False
        reasons.append("asks you to rate the support you had")
        return Kind.SURVEY, False
    if not asks_confirm and meaning.asks_rating_of_a_reply(subject, new_text):
        # "Rate your recent correspondence - Case 1737…" over "How would you rate this correspondence?" and
        # its stars: a mail of its own asking the rating, not the footer under a reply
        reasons.append("its subject and its text ask you to rate the correspondence: a rating request of its own")
        return Kind.SURVEY, False
    closed = _fire(rules.CASE_CLOSED, f"{subject}\n{new_text}", reasons)
    if closed and meaning.closure_to_come(new_text, closed):
        reasons.append(f"{closed!r} is a closure to come, on a condition or a date: not made")
        # a later closure may be made now: "As the request is resolved and …, I am going ahead and closing this case"
        closed = next((w for w in rules.CASE_CLOSED.find_all(f"{subject}\n{new_text}")
                       if w != closed and not meaning.closure_to_come(new_text, w)), None)
        if closed is not None:
            reasons.append(f"case-closed: made later, in {closed!r}")
    if closed and meaning.reopened(new_text):
        # "ケースを再オープンしていただき…ケースが自動でクローズされてしまい": the closure is the past
        reasons.append(f"{closed!r} was undone: the case is open again")
        closed = None
    feedback = _fire(rules.SURVEY_ASK, new_text, reasons)
    if feedback and meaning.survey_to_come(new_text, feedback):
        reasons.append(f"{feedback!r} is a survey announced for later, not asked for now")
        feedback = None
    asks_info = asks_confirm or _holds(rules.INFO_ASK, new_text, reasons)
    if closed and asks_info and meaning.asked_on_a_condition(new_text, asks_info):
        # "14 日を過ぎた場合は、新しいケースを作成し、本ケースの ID をお知らせください": for a case to come;
        # "we have resolved case … If you still wish to go ahead, reply with your confirmation": for a case reopened
        reasons.append(f"{asks_info!r} is asked only on a condition: the closure asks nothing now")
        asks_info = asks_confirm = None
    if closed and feedback and asks_info and not asks_confirm and meaning.shares_a_rating(new_text, asks_info):
        # "I am closing this case now … Please share your experience by rating this correspondence":
        # what the closure asks for is the rating
        reasons.append(f"{asks_info!r} asks for the rating: the closure asks nothing else")
        asks_info = None
    if closed and feedback and not asks_info:
        # A closure asks nothing but the rating: one that goes on to ask for information (it closed a
        # duplicate inquiry, "フォームのお問い合わせは終了…以下の点をお知らせください") is the case going on.
        return Kind.SURVEY, False
    if not asks_info and feedback and (any(w in feedback for w in ("resolved", "解決", "survey", "questionnaire", "アンケート"))
                                       or meaning.asks_rating(new_text)):
        return Kind.SURVEY, False
    if closed and not asks_info and not meaning.in_progress(new_text) and not meaning.cases_merged(new_text):
        # The closure notice itself, no rating asked ("ご返信を確認できなかったため、ケース番号 … をクローズ
        # いたしました"): the case closed, not its work going on elsewhere (a duplicate closed while
        # this case is worked on) and not one case merged into another.
        reasons.append(f"{closed!r}: the case is closed, and nothing more is asked")
        return Kind.SURVEY, False
    if (not asks_info and direction is not None and irreversible is not None and not meaning.thanks_for_reply(new_text)
            and not consent and _names_accounts_to_merge(new_text) and not meaning.undo_refused(new_text)):
        # The shape of a request (which account stays, and that it cannot be undone) whose ask went
        # unread: a request, with the doubt that it asks nothing (_doubts), so nothing is drafted and
        # you are shown it, rather than a missed request that leaves support waiting on you. Not after
        # thanks for your reply: "thank you for confirming; AWS… will be merged, which cannot be undone";
        # and not without two accounts named or one given its part: "a merge combines accounts into the one
        # you keep" is a rule, and "the sign-in e-mail of AWS… will be changed; the old address will be
        # removed, which cannot be undone" another change. Nor an undo you asked for, refused: "I am sorry,
        # but … a merge once done cannot be reversed".
        _note(rules.DIRECTION, direction, reasons)
        _note(rules.IRREVERSIBLE, irreversible, reasons)
        reasons.append("names which account stays and warns that the merge cannot be undone, as a request to confirm does")
        return Kind.MERGE_CONFIRMATION_REQUESTED, False
    if _holds(rules.CORRESPONDENCE_NOTICE, subject, reasons):
        return Kind.SUPPORT_REPLY, True
    if not asks_info:
        _holds(rules.STATUS_UPDATE, new_text, reasons)
    return Kind.SUPPORT_REPLY, bool(asks_info)


def _yes_to_a_plan(new_text: str, direction: str | None, irreversible: str | None) -> str | None:
    """The sentence asking for your yes to a plan the mail lays out: it names
    the direction, or warns that the merge cannot be undone and names an
    account, or gives two accounts their parts.  (The yes is looked for only
    where two accounts are named or the direction is, and each id's part is
    read only where a yes is asked.)"""
    named = ids.candidate_ids(new_text) if direction is None else ()
    if direction is None and len(named) < 2 and not (irreversible is not None and named):
        return None
    assent = meaning.asks_assent(new_text)
    if assent is None:
        return None
    if direction is not None or (irreversible is not None and named) or _states_a_plan(new_text):
        return assent
    return None


def _asked(new_text: str, words: str | None, reasons: _Reasons) -> str | None:
    """`words`, unless every sentence holding them asks nothing of you."""
    if words and meaning.asks_nothing(new_text, words):
        reasons.append(f"{words!r} asks nothing of you: a thanks, a past act, an ask reported, or the agent's own step")
        return None
    return words


def _recalled_in_passing(new_text: str, words: str, reasons: _Reasons) -> bool:
    """Are the done `words` the merge done before, granted in passing ("認定資格の
    移行は先日完了しておりますが、…Credly に対してバッジの付け替えを依頼いたしました")?
    What the mail tells is then the rest of the case, not the completion."""
    if meaning.conceded(new_text, words) and meaning.done_recalled(new_text, words):
        reasons.append(f"{words!r} recalls the merge done before, in passing: not the completion")
        return True
    return False


def _asks_which_after_done(words: str, reasons: _Reasons) -> tuple[Kind, bool]:
    """"The consolidation you asked for in June is complete … which of these two
    would you like to retain?": a merge still to be set up is asked about, the
    done one told in passing; a support reply that asks, not the completion."""
    reasons.append(f"says a merge is done ({words!r}) but asks which account to keep: not the completion")
    return Kind.SUPPORT_REPLY, True


def _done_before(new_text: str, asked: str) -> bool:
    """Whether the text says the merge is done before the words that ask."""
    done = meaning.merge_done(new_text)
    if done is None or asked == "asks approval":
        return False
    text = meaning.unwrap(new_text).lower()
    at_done, at_ask = text.find(done.clause.lower()), text.find(asked.lower())
    return 0 <= at_done < at_ask


def _done_kind(subject: str, new_text: str, reasons: _Reasons) -> Kind:
    """A mail that says the merge is done is its completion, even as it
    closes the case and asks for a rating: the merge being done is what the
    case waits on (the badges are awaited from then on)."""
    if _holds(rules.CASE_CLOSED, f"{subject}\n{new_text}", reasons):
        if meaning.done_recalled(new_text) and (meaning.asks_rating(new_text) or _found(rules.SURVEY_ASK, new_text)):
            # "本ケースはクローズとさせていただきます。(9月15日にご案内のとおり、統合はすでに完了しております)
            # … アンケートへのご協力を": the completion was told before; this mail's news is the closure
            reasons.append("the merge's being done is recalled as told before; the mail closes the case and asks for a rating")
            return Kind.SURVEY
        reasons.append("it closes the case too, as done")
    return Kind.MERGE_COMPLETED


@lru_cache(maxsize=16)
def _found(signal: rules.Signal, text: str) -> str | None:
    """signal.find(text), remembered for the few signals both the reading and
    its doubts ask of one text (pure, so safe to remember)."""
    return signal.find(text)


def _fire(signal: rules.Signal, text: str, reasons: _Reasons) -> str | None:
    reasons.check()
    return _note(signal, signal.find(text), reasons)


def _holds(signal: rules.Signal, text: str, reasons: _Reasons) -> str | None:
    """_fire for a signal read as a yes or a no: the first alternative's
    words (Signal.first), not the leftmost of all."""
    reasons.check()
    return _note(signal, signal.first(text), reasons)


def _note(signal: rules.Signal, found: str | None, reasons: _Reasons) -> str | None:
    """Say among the reasons what a signal found, if it found anything."""
    if found is not None:
        reasons.append(f"{signal.name}: {signal.explain} ({found[:60]!r})")
    return found
