"""Rendering (Jinja2): the drafts' and the digest's words live in templates/.

StrictUndefined: a template that names a value the code did not pass fails
loudly instead of printing an empty string into a mail to AWS.  A file of
the same name in the user's `[templates] dir` overrides the shipped one.

Jinja2 is imported at the first rendering, not with this module: most runs
(a `run --once` with nothing to draft, `cases`, `status`) render nothing,
and importing it costs about 20 ms of every process's start.
"""

from __future__ import annotations

from importlib import resources
from typing import TYPE_CHECKING

from certmerge_mail.errors import ConfigError

if TYPE_CHECKING:
    import jinja2


def environment(user_dir: str | None = None) -> jinja2.Environment:
    import jinja2

    loaders: list[jinja2.BaseLoader] = []
    if user_dir:
        loaders.append(jinja2.FileSystemLoader(user_dir))
    loaders.append(jinja2.FileSystemLoader(str(resources.files("certmerge_mail.templates"))))
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        undefined=jinja2.StrictUndefined,
        autoescape=jinja2.select_autoescape(enabled_extensions=("html", "html.j2"), default_for_string=False),
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env


def render(name: str, context: dict, user_dir: str | None = None) -> str:
    import jinja2

    try:
        return environment(user_dir).get_template(name).render(**context)
    except jinja2.TemplateNotFound:
        raise ConfigError(f"template {name!r} not found", fix="reinstall certmerge-mail, or add it to [templates] dir") from None
    except jinja2.UndefinedError as exc:
        raise ConfigError(f"template {name!r}: {exc}",
                          fix="a template in [templates] dir uses a value that does not exist; compare it with the shipped one") from None
    except jinja2.TemplateSyntaxError as exc:
        raise ConfigError(f"template {exc.filename or name}: line {exc.lineno}: {exc.message}",
                          fix="fix the template's syntax (Jinja2)") from None
