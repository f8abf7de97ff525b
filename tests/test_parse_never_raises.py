"""Property tests: random bytes and mutated real mail never raise."""

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from certmerge_mail.adapters.parsing import parse
from certmerge_mail.core.classify import classify
from certmerge_mail.core.model import Kind

CORPUS = sorted((Path(__file__).parent / "corpus").glob("*.eml"))
SAMPLES = [p.read_bytes() for p in CORPUS[:40]] or [b"From: a@b\r\nSubject: x\r\n\r\nbody"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4000))
def test_random_bytes(raw):
    verdict = classify(parse(raw))
    assert verdict.kind in set(Kind)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(SAMPLES), st.data())
def test_mutated_real_mail(raw, data):
    mutated = bytearray(raw)
    for _ in range(data.draw(st.integers(1, 20))):
        action = data.draw(st.sampled_from(["flip", "cut", "insert"]))
        pos = data.draw(st.integers(0, max(0, len(mutated) - 1)))
        if action == "flip" and mutated:
            mutated[pos] = data.draw(st.integers(0, 255))
        elif action == "cut":
            del mutated[pos : pos + data.draw(st.integers(1, 200))]
        else:
            mutated[pos:pos] = data.draw(st.binary(min_size=1, max_size=50))
    verdict = classify(parse(bytes(mutated)))
    assert verdict.kind in set(Kind)


def test_truncated_and_empty_mail():
    for raw in (b"", b"\r\n", b"From:", b"Content-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\n", b"\xff" * 100):
        assert classify(parse(raw)).kind == Kind.UNRELATED
