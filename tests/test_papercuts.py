"""Issue 13's papercuts: --config after any subcommand, config.example.toml shipped, the demo cleans up
after itself and shows the case at a glance."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from certmerge_mail.cli import build_parser, main
from certmerge_mail.cli.demo import run_demo

ROOT = Path(__file__).resolve().parents[1]


def _commands(parser, prefix=()):
    import argparse

    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield (*prefix, name), sub
                yield from _commands(sub, (*prefix, name))


@pytest.mark.parametrize("command", [c for c, _ in _commands(build_parser())], ids=" ".join)
def test_config_is_accepted_after_every_subcommand(command):
    parser = build_parser()
    sub = dict(_commands(parser))[command]
    positionals = [a for a in sub._actions if not a.option_strings and a.nargs in (None, "+") and a.dest != "help"
                   and not a.__class__.__name__.startswith("_SubParsers")]
    required = [o.option_strings[0] for o in sub._actions if o.option_strings and o.required]
    argv = [*command, *(["1"] * len(positionals)), *required, "--config", "/tmp/somewhere.toml"]
    args = parser.parse_args(argv)
    assert args.config == "/tmp/somewhere.toml"
    before = parser.parse_args(["--config", "/tmp/before.toml", *argv[:-2]])
    assert before.config == "/tmp/before.toml"  # a subcommand does not reset what came before it


def test_init_example_prints_the_shipped_example(capsys):
    assert main(["init", "--example"]) == 0
    assert capsys.readouterr().out == (ROOT / "config.example.toml").read_text(encoding="utf-8")


def test_demo_leaves_no_temporary_folder_and_shows_the_case_at_a_glance(tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    lines: list[str] = []
    assert run_demo(out=lines.append) == 0
    assert list(tmp_path.iterdir()) == []
    text = "\n".join(lines)
    assert "Where it stands: Opened ✓ → Asked to confirm ✓ → You replied ✓ → Merged ✓" in text
    assert "進捗: 受付 ✓" in text
    assert "now removed" in text


def test_demo_shows_a_doubted_mail_needs_your_look_and_the_correction_that_settles_it(tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    lines: list[str] = []
    assert run_demo(out=lines.append) == 0
    text = "\n".join(lines)
    look = text[text.index('a mail read with doubt'):]
    assert "drafts: 0 (nothing is drafted on a doubt)" in look
    assert "== Needs your look ==" in look and "certmerge-mail cases correct 2 merge_confirmation_requested" in look
    assert "awaiting_support -> awaiting_your_confirmation" in look
    assert "confirmation      in_drafts" in look
    # then a completion only the learned second opinion recognises: doubted, and settled by the user's word
    opinion = text[text.index("a mail the second opinion doubts"):]
    assert "may be the merge's completion, but the rules read it as a plain reply from support" in opinion
    assert "$ certmerge-mail cases correct 3 merge_completed" in opinion
    assert "awaiting_your_confirmation -> awaiting_badges" in opinion


def test_output_cut_short_by_its_reader_is_no_traceback():
    """`certmerge-mail classify … | head -1`: the reader closes the pipe; the
    command stops quietly with 141 (128 + SIGPIPE), not a BrokenPipeError."""
    import subprocess
    import sys
    corpus = sorted(str(p) for p in (Path(__file__).parent / "corpus").glob("*.eml"))
    proc = subprocess.Popen([sys.executable, "-m", "certmerge_mail", "classify", *corpus],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.readline()
    proc.stdout.close()
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 141 and b"Traceback" not in err, err.decode()
