"""Issue 13, times: every time shown to a person is on the [you] timezone's clock, with the zone shown;
log lines carry an ISO 8601 offset; JSON stays ISO 8601 with its offset."""

from __future__ import annotations

import json
import logging
import re
from datetime import timedelta
from types import SimpleNamespace

from support import CASE, T0, make_settings

from certmerge_mail import cli
from certmerge_mail.adapters.store import Store
from certmerge_mail.cli import LogFormatter, main, set_log_zone
from certmerge_mail.core.cases import Event

USER = SimpleNamespace(port=1143, username="hanako", password="not-used")


def a_case(tmp_path):
    settings = make_settings(USER, tmp_path)
    store = Store(settings.state_path)
    with store.transaction():
        store.ensure_case(CASE, T0, "subject", "aws@amazon.com")
        store.add_event(CASE, Event("case_created", T0 + timedelta(seconds=40), "<c@x>"))
    store.close()
    return settings


def test_cases_shows_local_times_with_the_zone(tmp_path, capsys):
    settings = a_case(tmp_path)
    assert main(["cases", "--config", settings.source_path, "--now", (T0 + timedelta(days=3)).isoformat()]) == 0
    out = capsys.readouterr().out
    # opened 07:21 UTC = 16:21 JST; support_silence 2d
    assert "2025-11-03 16:21 JST" in out
    assert "2025-11-05 16:21 JST OVERDUE" in out
    assert "07:21" not in out


def test_cases_json_keeps_iso_8601_with_offset(tmp_path, capsys):
    settings = a_case(tmp_path)
    main(["cases", "--json", "--config", settings.source_path, "--now", (T0 + timedelta(days=1)).isoformat()])
    [case] = json.loads(capsys.readouterr().out)
    assert case["since"] == "2025-11-03T07:21:10+00:00"
    assert case["next_deadline"] == "2025-11-05T07:21:10+00:00"


def test_log_lines_carry_the_users_offset():
    previous = LogFormatter.zone
    try:
        set_log_zone("Asia/Tokyo")
        record = logging.LogRecord("certmerge_mail", logging.INFO, __file__, 1, "hello", (), None)
        record.created = T0.timestamp()
        line = LogFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s").format(record)
        assert line == "2025-11-03T16:20:30+09:00 INFO certmerge_mail: hello"
        set_log_zone("America/New_York")
        assert LogFormatter("%(asctime)s").format(record) == "2025-11-03T02:20:30-05:00"
    finally:
        LogFormatter.zone = previous


def test_loading_the_configuration_sets_the_log_zone(tmp_path, capsys):
    previous = LogFormatter.zone
    try:
        settings = a_case(tmp_path)
        main(["cases", "--config", settings.source_path])
        assert str(cli.LogFormatter.zone) == "Asia/Tokyo"
    finally:
        LogFormatter.zone = previous


def test_the_stamp_is_iso_with_offset_by_default():
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "m", (), None)
    stamp = LogFormatter("%(asctime)s").format(record)
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", stamp)


def test_digest_deliver_says_where_it_went(tmp_path, capsys):
    target = tmp_path / "digest.txt"
    settings = make_settings(USER, tmp_path, extra=f'[digest]\ndeliver = ["file"]\nfile = "{target}"\n')
    assert main(["digest", "--deliver", "--config", settings.source_path]) == 0
    assert capsys.readouterr().out.strip() == f"digest delivered: appended to {target}"
    assert target.read_text().startswith("===== [certmerge-mail] Daily digest")
