"""``make screenshots``: the README's pictures, taken in Chromium from a sample digest.

The sample articles are the files in ``tests/data/sample/`` (dated Markdown with tags, quotes,
people and dated events) plus the repository's seed article, the same set the browser tests
build, so the pictures show what the tests check. They are built in a scratch project (the
repository's ``mkdocs.yml`` and templates, the sample as ``content/``), served on 127.0.0.1 and
photographed with Debian's Chromium through Playwright: light theme, a 1280×900 viewport (what a
reader sees first, not the whole page, to keep the PNGs small), and one 390-px phone shot.

Usage: python -m builder.screenshots [--out DIR]   (default: .github/screenshots)
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from pathlib import Path

from builder.scratch import scratch_project

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "tests" / "data" / "sample"
SEED = ROOT / "content" / "pentagon-isis-strengthens-clandestine-network.txt"
OUT = ROOT / ".github" / "screenshots"

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
SUMMARY_ARTICLE = "tram"  # the sample article with the most quotes, people and dates
PERSON = "Maria Lopez"  # the sample's person named in most articles


def sample_articles() -> dict[str, bytes]:
    """File name -> bytes of every sample article: the seed (undated, plain text) and tests/data/sample/."""
    articles = {SEED.name: SEED.read_bytes()}
    for path in sorted(SAMPLE.iterdir()):
        if path.is_file():
            articles[path.name] = path.read_bytes()
    return articles


def sample_project(folder: Path) -> Path:
    """A scratch project holding the repository's config and templates and the sample articles as content/."""
    return scratch_project(folder, sample_articles())


def build_sample(folder: Path) -> Path:
    """Build the sample digest in ``folder``; its site/ folder."""
    from builder.build import build_site
    from builder.settings import load_settings

    project = sample_project(folder)
    report = build_site(load_settings(project), strict=False)
    if not report.ok or not report.site_built:
        raise RuntimeError("the sample digest did not build: " + "; ".join(report.failures))
    return project / "site"


def person_page(site: Path, name: str = PERSON) -> str:
    """The person page of ``name``, as a path below the site root (found by its heading, not by guessing the slug)."""
    for page in sorted((site / "people").glob("*.html")):
        if page.name != "index.html" and re.search(rf"<title>\s*{re.escape(name)}\b", page.read_text(encoding="utf-8")):
            return f"people/{page.name}"
    raise RuntimeError(f"the sample site has no person page for {name}")


def shots(site: Path) -> dict[str, tuple[str, dict[str, int]]]:
    """PNG name -> (page below the site root, viewport)."""
    return {
        "home.png": ("index.html", DESKTOP),
        "article-summary.png": (f"articles/{SUMMARY_ARTICLE}/index.html", DESKTOP),
        "person.png": (person_page(site), DESKTOP),
        "timeline.png": ("timeline/index.html", DESKTOP),
        "phone-article-summary.png": (f"articles/{SUMMARY_ARTICLE}/index.html", PHONE),
    }


def take(site: Path, out: Path) -> list[Path]:
    """Photograph the pages of ``site`` into ``out``; the PNGs written."""
    from playwright.sync_api import sync_playwright

    from builder.bench_search import CHROMIUM, CHROMIUM_ARGS, serve_folder

    if not Path(CHROMIUM).exists():
        raise RuntimeError(f"{CHROMIUM} is missing: install Debian's chromium package (sudo apt-get install -y chromium)")
    out.mkdir(parents=True, exist_ok=True)
    written = []
    with serve_folder(site) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            for name, (path, viewport) in shots(site).items():
                # Light theme whatever the machine prefers; no animation caught half-way.
                context = browser.new_context(viewport=viewport, color_scheme="light", reduced_motion="reduce")
                page = context.new_page()
                page.goto(f"{base}/{path}", wait_until="networkidle")
                page.evaluate("document.fonts.ready")
                target = out / name
                page.screenshot(path=str(target), full_page=False, animations="disabled")
                written.append(target)
                context.close()
        finally:
            browser.close()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m builder.screenshots", description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=OUT, help=f"folder for the PNGs (default: {OUT.relative_to(ROOT)})")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="digest-screenshots-") as scratch:
        site = build_sample(Path(scratch) / "project")
        for path in take(site, args.out.resolve()):
            print(f"{path} ({path.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
