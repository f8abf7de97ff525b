"""`make screenshots`: the demo's final digest (HTML, en and ja) rendered by headless Chromium.

Writes docs/digest-en.png and docs/digest-ja.png (and the .html beside them).
Needs `chromium` (Debian: apt-get install chromium fonts-noto-cjk).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from certmerge_mail.cli.demo import digest_html

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    browser = next((b for b in ("chromium", "chromium-browser", "google-chrome") if shutil.which(b)), None)
    if browser is None:
        print("chromium is needed: apt-get install chromium fonts-noto-cjk", file=sys.stderr)
        return 1
    out = ROOT / "docs"
    out.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="certmerge-shots-") as work:
        pages = digest_html(Path(work) / "demo")
        for language, html in pages.items():
            page = out / f"digest-{language}.html"
            page.write_text(html, encoding="utf-8")
            png = out / f"digest-{language}.png"
            subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                            f"--user-data-dir={work}/profile-{language}", "--window-size=760,1500",
                            f"--screenshot={png}", page.as_uri()],
                           check=True, capture_output=True, timeout=120)
            print(f"wrote {png}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
