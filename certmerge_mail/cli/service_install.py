"""`certmerge-mail install-service`: run the service under systemd (user unit).

Writes ~/.config/systemd/user/certmerge-mail.service (or under
$XDG_CONFIG_HOME) with ExecStart pointing at this very certmerge-mail and
the configuration file in use, then prints the systemctl commands that start
it.  It runs systemctl itself only with --enable.  --print shows the unit
and writes nothing.

contrib/certmerge-mail.service is the same unit for a standard install
(`pip install --user` / pipx: ~/.local/bin/certmerge-mail, default
configuration path); a test keeps the two identical.
"""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from certmerge_mail import config
from certmerge_mail.cli.common import load_settings
from certmerge_mail.errors import CertmergeError, UsageError

UNIT_NAME = "certmerge-mail.service"

UNIT_TEMPLATE = """\
# systemd user unit for certmerge-mail: follows your AWS Certification
# account-merge support case in your mailbox, in the background.
#
# Install:  certmerge-mail install-service   (or copy this file to
#           ~/.config/systemd/user/certmerge-mail.service)
# Start:    systemctl --user daemon-reload
#           systemctl --user enable --now certmerge-mail
# Without a login session (e.g. on a server), also once:
#           loginctl enable-linger "$USER"
# Logs:     journalctl --user -u certmerge-mail -f
# State:    certmerge-mail status

[Unit]
Description=certmerge-mail: follow the AWS Certification account-merge case in your mailbox
# Give up after 5 failed starts within 10 minutes (e.g. a broken configuration).
StartLimitIntervalSec=600
StartLimitBurst=5

[Service]
Type=exec
ExecStart={exec_start}
# SIGTERM: the message in hand is finished and committed, then it logs out
# and exits 0.  Network errors are retried inside the service.
Restart=on-failure
RestartSec=30
# 2: the configuration is invalid; restarting cannot help until it is edited.
RestartPreventExitStatus=2
TimeoutStopSec=90
Environment=PYTHONUNBUFFERED=1
UMask=0077
NoNewPrivileges=yes

[Install]
WantedBy=default.target
"""

START_COMMANDS = ("systemctl --user daemon-reload", "systemctl --user enable --now certmerge-mail")


class SystemdError(CertmergeError):
    """systemctl could not be run or failed (only with --enable)."""

    exit_code = 1
    fix = "run the systemctl commands shown above yourself and read their messages"


def add_parser(sub) -> None:
    p = sub.add_parser(
        "install-service",
        help="install the systemd user unit that runs `certmerge-mail run` in the background",
        description=f"Write the systemd user unit ~/.config/systemd/user/{UNIT_NAME} that runs this "
        "certmerge-mail with your configuration file, and print the systemctl commands that start it. "
        "systemctl is run only with --enable.",
    )
    p.add_argument("--print", dest="print_only", action="store_true",
                   help="print the unit to standard output; write nothing")
    p.add_argument("--enable", action="store_true",
                   help="also run: " + " && ".join(START_COMMANDS))
    p.add_argument("--force", action="store_true", help="replace an existing, different unit file")
    p.add_argument("--config", default=argparse.SUPPRESS, metavar="PATH", help="the configuration file")
    p.set_defaults(run=run)


# --------------------------------------------------------------------------


def render_unit(command: Sequence[str]) -> str:
    """The unit file whose ExecStart runs `command` (program first)."""
    return UNIT_TEMPLATE.format(exec_start=" ".join(systemd_quote(arg) for arg in command))


def service_command(config_path: str | os.PathLike[str] | None,
                    argv0: str | None = None, executable: str | None = None) -> list[str]:
    """The ExecStart command: this certmerge-mail, --config <file>, run."""
    program = program_path(sys.argv[0] if argv0 is None else argv0,
                           sys.executable if executable is None else executable)
    args = [*program]
    if config_path is not None:
        args += ["--config", str(config_path)]
    return args + ["run"]


def program_path(argv0: str, executable: str) -> list[str]:
    """How to start this certmerge-mail again: the script it was started as
    (an absolute path, symlinks kept so an upgrade of a pipx install keeps
    working), else `certmerge-mail` on PATH, else `python -m certmerge_mail`."""
    name = os.path.basename(argv0)
    if name.startswith("certmerge-mail"):
        if os.sep in argv0 or (os.altsep and os.altsep in argv0):
            path = os.path.abspath(argv0)
            if os.path.isfile(path):
                return [path]
        found = shutil.which(argv0)
        if found:
            return [os.path.abspath(found)]
    found = shutil.which("certmerge-mail")
    if found:
        return [os.path.abspath(found)]
    return [os.path.abspath(executable), "-m", "certmerge_mail"]


def systemd_quote(arg: str) -> str:
    """One ExecStart word: specifiers (%) and variables ($) escaped, quoted
    when it holds spaces or quotes (systemd.service(5), "Command lines")."""
    escaped = arg.replace("%", "%%").replace("$", "$$")
    if escaped and not any(c in escaped for c in " \t\n\"'\\;"):
        return escaped
    return '"' + escaped.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def unit_path(env: Mapping[str, str] = os.environ) -> Path:
    """$XDG_CONFIG_HOME/systemd/user/certmerge-mail.service, else ~/.config/..."""
    base = env.get("XDG_CONFIG_HOME", "")
    if not base or not os.path.isabs(base):
        home = env.get("HOME")
        base = os.path.join(home if home else str(Path.home()), ".config")
    return Path(base) / "systemd" / "user" / UNIT_NAME


# --------------------------------------------------------------------------


def run(args) -> int:
    path = Path(args.config or config.default_config_path()).expanduser().absolute()
    args.config = str(path)
    # A service with a broken configuration would only fail and restart: check it first.
    load_settings(args)
    unit = render_unit(service_command(path))
    if args.print_only:
        sys.stdout.write(unit)
        return 0

    target = unit_path()
    if target.exists():
        current = target.read_text(encoding="utf-8", errors="replace")
        if current == unit:
            print(f"{target} is already installed and up to date")
        elif not args.force:
            raise UsageError(
                f"{target} already exists and differs from the unit this command would write",
                fix="compare it with `certmerge-mail install-service --print`; "
                "use --force to replace it",
            )
        else:
            _write(target, unit)
            print(f"replaced {target}")
    else:
        _write(target, unit)
        print(f"wrote {target}")

    if args.enable:
        for command in START_COMMANDS:
            _systemctl(command)
        print("the service is enabled and started; check it with: certmerge-mail status")
        print("logs: journalctl --user -u certmerge-mail -f")
    else:
        print("start it (and at every login) with:")
        print("    " + " && ".join(START_COMMANDS))
    print("to keep it running while you are logged out (e.g. on a server), once: loginctl enable-linger \"$USER\"")
    return 0


def _write(target: Path, text: str) -> None:
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(target.name + ".tmp")
        tmp.write_text(text, encoding="utf-8")
        tmp.chmod(0o644)
        os.replace(tmp, target)
    except OSError as exc:
        raise UsageError(f"{target}: cannot be written ({exc.strerror})",
                         fix=f"check the permissions of {target.parent}") from None


def _systemctl(command: str) -> None:
    argv = shlex.split(command)
    if shutil.which(argv[0]) is None:
        raise SystemdError(
            "systemctl was not found: this system does not use systemd (or it is not on PATH)",
            fix="start `certmerge-mail run` with your system's own service manager instead",
        )
    print(f"$ {command}")
    try:
        result = subprocess.run(argv, capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise SystemdError(f"`{command}` could not be run ({exc})") from None
    if result.returncode != 0:
        detail = (result.stderr or result.stdout).strip().splitlines()
        raise SystemdError(f"`{command}` failed with status {result.returncode}"
                           + (f": {detail[0]}" if detail else ""),
                           fix="a user systemd instance is needed (a login session, or "
                           "`loginctl enable-linger $USER`); run the command yourself to see more")
