"""``digest build``: the stages in order, gathering everything before writing anything.

read every article -> check slugs -> extract (cache first, one batched spaCy pass for the
rest) -> render every page in memory -> write docs/ aside and swap it in -> MkDocs builds
site/ aside and it is swapped in. A failure before the last two steps writes nothing.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from builder import output, search
from builder.analyse import model_id
from builder.cache import DigestCache, cache_key
from builder.digest import with_page_facts
from builder.errors import DigestError
from builder.model import Article, Digest
from builder.parallel import digest_in_parallel
from builder.progress import Progress
from builder.readers import find_articles, read_article
from builder.render import Renderer
from builder.settings import Settings
from builder.site_config import read_site_config

PARALLEL_FROM = 40  # articles to extract before a second process is worth its start-up


@dataclass
class BuildReport:
    """What a build did, for the command line and for tests."""

    articles: int = 0
    cached: int = 0
    extracted: int = 0
    pages: int = 0
    failures: list[str] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)
    site_built: bool = False
    up_to_date: bool = False  # nothing changed: docs/ and site/ were left as they were

    @property
    def ok(self) -> bool:
        return not self.failures

    def summary(self) -> str:
        timing = ", ".join(f"{stage} {secs:.1f}s" for stage, secs in self.seconds.items())
        lines = [
            f"{self.articles} article(s): {self.cached} from cache, {self.extracted} extracted; {self.pages} files written"
            + ("; site built" if self.site_built else "")
            + ("; site up to date" if self.up_to_date else "")
            + (f" ({timing})" if timing else "")
        ]
        lines += [f"failed: {failure}" for failure in self.failures]
        return "\n".join(lines)


class _Timer:
    def __init__(self, report: BuildReport) -> None:
        self.report = report
        self.last = time.perf_counter()

    def lap(self, stage: str) -> None:
        now = time.perf_counter()
        self.report.seconds[stage] = round(now - self.last, 3)
        self.last = now


def read_articles(paths: Sequence[Path], report: BuildReport, keep_going: bool) -> list[Article]:
    """Read every article; stop at the first bad one unless ``keep_going``."""
    articles = []
    for path in paths:
        try:
            articles.append(read_article(path))
        except DigestError as exc:
            if not keep_going:
                raise
            report.failures.append(str(exc))
    return check_slugs(articles, report, keep_going)


def check_slugs(articles: list[Article], report: BuildReport, keep_going: bool) -> list[Article]:
    """Two articles may not share a page: the second one with a taken slug is an error."""
    seen: dict[str, Article] = {}
    unique = []
    for article in articles:
        first = seen.get(article.slug)
        if first is not None:
            error = DigestError(
                f"slug {article.slug!r} is already used by {first.source_path}; set a different `slug:`", article.source_path
            )
            if not keep_going:
                raise error
            report.failures.append(str(error))
            continue
        seen[article.slug] = article
        unique.append(article)
    return unique


def without_empty(digests: list[Digest], report: BuildReport, keep_going: bool) -> list[Digest]:
    """An article with no text left after cleaning (only a title and page furniture) is an error, as in ``digest check``.

    Checked on the digests, whose cleaned text is at hand, so articles are not cleaned twice.
    """
    kept = []
    for digest in digests:
        if digest.clean.text.strip():
            kept.append(digest)
            continue
        path = digest.article.source_path
        error = DigestError(f"no article text left after cleaning (only page furniture?); see `digest check --explain {path}`", path)
        if not keep_going:
            raise error
        report.failures.append(str(error))
    return kept


def extract_all(articles: Sequence[Article], settings: Settings, report: BuildReport) -> list[Digest]:
    """Digests in article order: cached ones reused, the rest analysed in one batched pass."""
    cache = DigestCache(settings.cache_dir) if settings.use_cache else None
    results: list[Digest | None] = [None] * len(articles)
    keys: list[str | None] = [None] * len(articles)
    misses: list[int] = []
    model = model_id(settings.model)
    for i, article in enumerate(articles):
        if cache is not None:
            keys[i] = cache_key(article, model, settings.extraction_key())
            hit = cache.get(keys[i])
            if hit is not None:
                results[i] = dataclasses.replace(hit, article=with_page_facts(article, hit.clean))
                continue
        misses.append(i)
    report.cached = len(articles) - len(misses)
    report.extracted = len(misses)
    if misses:
        # Several processes pay off once loading the model in each is small next to the work.
        workers = settings.workers if settings.workers > 1 or len(misses) < PARALLEL_FROM else min(2, os.cpu_count() or 1)
        progress = Progress(len(misses), "extracting")
        digests = digest_in_parallel((articles[i] for i in misses), settings.replace(workers=workers))
        for i, digest in zip(misses, digests, strict=True):
            results[i] = digest
            if cache is not None and keys[i] is not None:
                cache.put(keys[i], digest)
            progress.advance()
        progress.close()
    return [d for d in results if d is not None]


def static_assets(templates_dir: Path) -> dict[str, bytes]:
    """Files copied as they are into docs/ (the site's own CSS)."""
    assets = templates_dir / "assets"
    if not assets.is_dir():
        return {}
    return {f"assets/{p.relative_to(assets).as_posix()}": p.read_bytes() for p in sorted(assets.rglob("*")) if p.is_file()}


def run_mkdocs(settings: Settings, site_dir: Path, strict: bool) -> None:
    """A plain ``mkdocs build`` of the generated docs/ into ``site_dir`` (config adapted to the search engine)."""
    config = search.mkdocs_config_for(settings.search, settings.mkdocs_config, settings.cache_dir)
    cmd = [sys.executable, "-m", "mkdocs", "build", "--quiet", "-f", str(config), "-d", str(site_dir)]
    if strict:
        cmd.append("--strict")
    # Material's end-of-life banner is advice for site authors, not a build problem.
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(cmd, capture_output=True, text=True, env=env)
    if result.returncode != 0:
        raise DigestError(f"mkdocs build failed:\n{result.stderr.strip() or result.stdout.strip()}", settings.mkdocs_config)


def render_docs(settings: Settings, report: BuildReport, keep_going: bool = False) -> dict[str, str | bytes]:
    """Every file of docs/, in memory: read, extract and render."""
    timer = _Timer(report)
    # Find and read every article; nothing is written if one is bad.
    articles = read_articles(find_articles(settings.content_dir), report, keep_going)
    report.articles = len(articles)
    timer.lap("read")
    # Extract: cached digests reused, the rest analysed once with spaCy.
    digests = without_empty(extract_all(articles, settings, report), report, keep_going)
    timer.lap("extract")
    # Render every page in memory.
    config = read_site_config(settings.mkdocs_config)
    site = Renderer(settings.templates_dir, site_name=config.name, site_url=config.url).render(digests)
    files: dict[str, str | bytes] = {**site.files, **static_assets(settings.templates_dir)}
    report.pages = len(files)
    timer.lap("render")
    return files


def output_fingerprint(files: dict[str, str | bytes], settings: Settings, strict: bool) -> str:
    """Hash of everything the site is made from: the docs/ files, the MkDocs config and theme, the options."""
    digest = hashlib.sha256(repr((settings.search, strict)).encode())
    theme = sorted(p for p in (settings.templates_dir / "theme").rglob("*") if p.is_file()) if settings.templates_dir.is_dir() else []
    for path in [settings.mkdocs_config, *theme]:
        digest.update(str(path).encode() + b"\0" + (path.read_bytes() if path.is_file() else b""))
    for name in sorted(files):
        content = files[name]
        digest.update(name.encode() + b"\0" + (content.encode() if isinstance(content, str) else content) + b"\0")
    return digest.hexdigest()


def _up_to_date(settings: Settings, fingerprint: str) -> bool:
    """The previous build made docs/ and site/ from exactly these inputs and both are still there."""
    stamp = settings.cache_dir / "last-build"
    return (
        settings.use_cache
        and stamp.is_file()
        and stamp.read_text(encoding="utf-8") == fingerprint
        and (settings.docs_dir / "index.md").is_file()
        and (settings.site_dir / "index.html").is_file()
    )


def _record_build(settings: Settings, fingerprint: str) -> None:
    settings.cache_dir.mkdir(parents=True, exist_ok=True)
    (settings.cache_dir / "last-build").write_text(fingerprint, encoding="utf-8")


def build_site(settings: Settings, *, strict: bool = False, run_mkdocs_step: bool = True, keep_going: bool = False) -> BuildReport:
    report = BuildReport()
    files = render_docs(settings, report, keep_going)
    timer = _Timer(report)
    # Nothing changed since the last complete build: docs/ and site/ are already right.
    fingerprint = output_fingerprint(files, settings, strict)
    if run_mkdocs_step and _up_to_date(settings, fingerprint):
        report.up_to_date = True
        timer.lap("check")
        return report
    (settings.cache_dir / "last-build").unlink(missing_ok=True)
    # Write docs/ aside, then swap it in.
    output.recover(settings.docs_dir)
    staged = output.staging_dir(settings.docs_dir)
    output.write_tree(staged, files)
    output.swap_in(staged, settings.docs_dir)
    timer.lap("write")
    # Build site/ aside with MkDocs, then swap it in.
    if run_mkdocs_step:
        output.recover(settings.site_dir)
        staged_site = output.staging_dir(settings.site_dir)
        try:
            run_mkdocs(settings, staged_site, strict)
            search.index_site(settings.search, staged_site)
        except BaseException:
            output.recover(settings.site_dir)
            raise
        output.swap_in(staged_site, settings.site_dir)
        report.site_built = True
        timer.lap("mkdocs")
        _record_build(settings, fingerprint)
    return report
