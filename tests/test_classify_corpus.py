"""Table-driven: every mail of the fixture corpus classified and extracted as expected."""

import json
from pathlib import Path

import pytest

from certmerge_mail.adapters.parsing import parse
from certmerge_mail.core.classify import classify

CORPUS = Path(__file__).parent / "corpus"
EXPECTED = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_corpus(name):
    want = EXPECTED[name]
    verdict = classify(parse((CORPUS / name).read_bytes()), authserv_ids=())
    got = {
        "kind": str(verdict.kind),
        "case_id": verdict.case_id,
        "account_ids": list(verdict.account_ids),
        "sender_verified": verdict.sender_verified,
        "language": verdict.language,
    }
    assert got == want, "\n".join(verdict.reasons)


def test_corpus_is_large_and_covers_every_kind():
    kinds = {v["kind"] for v in EXPECTED.values()}
    assert len(EXPECTED) >= 60
    assert kinds == {"case_created", "merge_confirmation_requested", "merge_completed", "survey",
                     "credly_badge_issued", "support_reply", "unrelated"}
    assert {v["language"] for v in EXPECTED.values()} == {"en", "ja"}
