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
    p.add_argument("--print-system", action="store_true",
                   help="print a system unit that runs as you (User=), for a machine without a user session")
    p.add_argument("--enable", action="store_true",
                   help="also run: " + " && ".join(START_COMMANDS))
    p.add_argument("--force", action="store_true", help="replace an existing, different unit file")
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


SYSTEMD_BOOTED = Path("/run/systemd/system")  # exists when systemd is the init system (sd_booted)


def user_manager(env: Mapping[str, str] = os.environ) -> Path | None:
    """The systemd user manager's socket of this user, when one is running
    ($XDG_RUNTIME_DIR/systemd/private, else /run/user/<uid>/...)."""
    runtime = env.get("XDG_RUNTIME_DIR") or f"/run/user/{os.getuid()}"
    socket_path = Path(runtime) / "systemd" / "private"
    return socket_path if socket_path.exists() else None


def render_system_unit(command: Sequence[str], user: str) -> str:
    """The same service as a system unit that runs as `user` (for a machine
    with systemd but no user session for that user)."""
    unit = render_unit(command)
    unit = unit.replace("[Service]\n", f"[Service]\nUser={user}\n", 1)
    unit = unit.replace("[Unit]\n", "[Unit]\nWants=network-online.target\nAfter=network-online.target\n", 1)
    unit = unit.replace("WantedBy=default.target", "WantedBy=multi-user.target")
    head, _, rest = unit.partition("[Unit]")
    return ("# systemd system unit for certmerge-mail, run as the user " + user + ".\n"
            "# Install (as root): /etc/systemd/system/certmerge-mail.service, then\n"
            "#           systemctl daemon-reload && systemctl enable --now certmerge-mail\n"
            "# Logs:     journalctl -u certmerge-mail -f\n\n[Unit]" + rest)


def without_user_session(command: Sequence[str], *, systemd: bool) -> str:
    """What works where no systemd user session runs: a system unit with User=
    (when systemd is the init system), or a crontab @reboot line."""
    line = " ".join(shlex.quote(a) for a in command)
    log = "$HOME/.local/state/certmerge-mail/service.log"
    out = []
    if systemd:
        out.append("systemd runs here, but no systemd user session for you (no user manager: you are not "
                   "logged in through a session that starts one), so a user unit would not start.")
        out.append("\nWhat works here:\n\n1. A system unit that runs as you (needs root once):\n")
        out.append("    certmerge-mail install-service --print-system | sudo tee /etc/systemd/system/" + UNIT_NAME)
        out.append("    sudo systemctl daemon-reload && sudo systemctl enable --now certmerge-mail")
        out.append("\n2. Or cron, at every boot (crontab -e, then add this line):\n")
    else:
        out.append("systemd is not running on this machine (no /run/systemd/system), so no systemd unit can "
                   "run here.")
        out.append("\nWhat works here: cron, at every boot (crontab -e, then add this line):\n")
    out.append(f"    @reboot mkdir -p $HOME/.local/state/certmerge-mail && {line} >> {log} 2>&1")
    out.append("\n   (or start it with your system's own service manager; `certmerge-mail status` shows it running)")
    return "\n".join(out)


def run(args) -> int:
    path = Path(args.config or config.default_config_path()).expanduser().absolute()
    args.config = str(path)
    # A service with a broken configuration would only fail and restart: check it first.
    load_settings(args)
    command = service_command(path)
    unit = render_unit(command)
    if getattr(args, "print_system", False):
        import getpass

        sys.stdout.write(render_system_unit(command, getpass.getuser()))
        return 0
    if args.print_only:
        sys.stdout.write(unit)
        return 0
    if user_manager() is None:
        text = without_user_session(command, systemd=SYSTEMD_BOOTED.is_dir())
        if args.enable:
            raise SystemdError("no systemd user session here: the user unit cannot be enabled\n" + text,
                               fix="use one of the ways above")
        print(text)
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
    print("to keep it running while you are logged out, once: loginctl enable-linger \"$USER\"")
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
