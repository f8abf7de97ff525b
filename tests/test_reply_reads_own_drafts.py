"""The drafts certmerge-mail writes, once sent, are read as what they say: a
confirmation confirms, a correction corrects, a clarification and a follow-up
ask, an answer to an information request answers."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from types import SimpleNamespace

import pytest
from support import CASE, make_settings

from certmerge_mail.adapters.render import render
from certmerge_mail.core import drafts
from certmerge_mail.core.drafts import Purpose
from certmerge_mail.core.reply import ANSWERED, CONFIRMED, CORRECTED, OTHER, read_reply

T = datetime(2025, 11, 3, 9, 0, tzinfo=timezone.utc)


@pytest.fixture
def settings(tmp_path):
    return make_settings(SimpleNamespace(port=1, username="u", password="p"), tmp_path)


def contexts(s):
    return {
        Purpose.CONFIRMATION: (drafts.confirmation_context(s, CASE, "Maria", direction_stated=True), CONFIRMED),
        Purpose.CORRECTION: (drafts.correction_context(s, CASE, "Maria", "AWS07654321"), CORRECTED),
        Purpose.CLARIFY: (drafts.clarify_context(s, CASE, "Maria", "unclear"), OTHER),
        Purpose.INFORMATION: (drafts.information_context(s, CASE, "Please send the notification e-mail."), ANSWERED),
        Purpose.FOLLOW_UP: (drafts.follow_up_context(s, CASE, T, T, T + timedelta(days=3)), OTHER),
        Purpose.CREDLY_FOLLOW_UP: (drafts.credly_follow_up_context(s, CASE, T, ("AWS Certified X",)), OTHER),
    }


@pytest.mark.parametrize("purpose", list(Purpose.__members__.values()))
def test_each_draft_reads_as_what_it_says(settings, purpose):
    table = contexts(settings)
    if purpose not in table:
        pytest.skip(f"{purpose} is not a reply on a case")
    context, reading = table[purpose]
    text = render(drafts.TEMPLATES[purpose], context, None)
    got = read_reply(text)
    assert got.kind == reading, (text, got)
    assert got.certain
