"""Fetch one web page for ``digest add``: a deadline, a size cap, and one plain sentence per failure.

trafilatura's own fetching (``fetch_response``) cannot give those guarantees: its timeout
applies to each socket read, so a page that trickles in never times out; it retries server
errors with back-off sleeps; and every failure comes back as ``None`` plus a log line, so
"not found", "timed out" and "too large" cannot be told apart. The standard library's
urllib, read in bounded pieces against a wall-clock deadline, can; trafilatura still does
what it is good at, reading the article out of the page (:mod:`builder.intake`).
"""

from __future__ import annotations

import http.client
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from urllib.parse import urlsplit

from trafilatura.utils import decode_file

from builder import __version__
from builder.errors import DigestError

TIMEOUT_S = 20.0
"""The fetch stops once this many seconds have passed (checked between reads; each read waits at most as long)."""
MAX_BYTES = 10_000_000
"""News pages weigh tens to hundreds of kilobytes, rarely a few megabytes; beyond this it is not an article."""
MAX_REDIRECTS = 5
CHUNK = 65_536
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_USER_AGENT = f"digest/{__version__} (digest add; one page on request)"


class FetchError(DigestError):
    """A page that could not be fetched; the message is one line an editor can act on."""


@dataclass(frozen=True)
class Page:
    """A fetched HTML page: the address asked for, the address it was served from (after redirects), its text."""

    url: str
    final_url: str
    html: str


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follow at most a few redirects, and only to http(s) addresses (never to file: or ftp:)."""

    max_redirections = MAX_REDIRECTS

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        if urlsplit(newurl).scheme.lower() not in ("http", "https"):
            raise FetchError(f"redirected to a non-web address ({newurl})", req.full_url)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def is_web_address(value: str) -> bool:
    """True for an absolute http(s) URL with a host."""
    parts = urlsplit(value.strip())
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)


def fetch_page(url: str, *, timeout: float = TIMEOUT_S, max_bytes: int = MAX_BYTES) -> Page:
    """Fetch ``url`` as HTML text or raise :class:`FetchError` saying why not."""
    if not is_web_address(url):
        raise FetchError("not a web address (use http:// or https://)", url)
    deadline = time.monotonic() + timeout
    opener = urllib.request.build_opener(_HttpOnlyRedirects)
    request = urllib.request.Request(url, headers={"User-Agent": _USER_AGENT, "Accept": "text/html,application/xhtml+xml"})
    try:
        with opener.open(request, timeout=timeout) as response:
            final_url = response.geturl()
            _check_type(response.headers.get_content_type(), response.headers.get("Content-Type"), url)
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise FetchError(f"too large ({_size(int(declared))}; the limit is {_size(max_bytes)})", url)
            data = _read_capped(response, max_bytes, deadline, timeout, url)
            charset = response.headers.get_content_charset()
    except FetchError:
        raise
    except urllib.error.HTTPError as exc:
        raise FetchError(_http_problem(exc.code, exc.reason), url) from None
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, TimeoutError):
            raise FetchError(f"timed out after {timeout:g} s", url) from None
        raise FetchError(f"cannot reach the site ({exc.reason})", url) from None
    except TimeoutError:
        raise FetchError(f"timed out after {timeout:g} s", url) from None
    except (OSError, http.client.HTTPException, ValueError) as exc:
        raise FetchError(f"download failed ({exc.__class__.__name__}: {exc})", url) from None
    if not data.strip():
        raise FetchError("the page is empty", url)
    if not _looks_like_html(data):
        raise FetchError("not an HTML page (no HTML markup in the response)", url)
    return Page(url=url, final_url=final_url, html=_decode(data, charset))


def _check_type(content_type: str, header: str | None, url: str) -> None:
    # A missing Content-Type makes urllib report text/plain, and some servers label saved pages
    # text/plain: in both cases the markup sniff in fetch_page decides.
    if header is None or content_type in _HTML_TYPES or content_type == "text/plain":
        return
    raise FetchError(f"not an HTML page (Content-Type: {content_type})", url)


def _read_capped(response: http.client.HTTPResponse, max_bytes: int, deadline: float, timeout: float, url: str) -> bytes:
    """The body, read a socket's worth at a time so neither a trickle nor a flood gets past the limits."""
    parts: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() > deadline:
            raise FetchError(f"timed out after {timeout:g} s", url)
        chunk = response.read1(CHUNK)
        if not chunk:
            return b"".join(parts)
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(f"too large (more than {_size(max_bytes)})", url)
        parts.append(chunk)


def _looks_like_html(data: bytes) -> bool:
    head = data[:4096].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html", b"<?xml")) or any(tag in head for tag in (b"<html", b"<head", b"<body", b"<p>"))


def _decode(data: bytes, charset: str | None) -> str:
    if charset:
        try:
            return data.decode(charset, errors="replace")
        except LookupError:
            pass  # an unknown charset name: let trafilatura guess from the bytes and meta tags
    return decode_file(data)


def _http_problem(code: int, reason: object) -> str:
    if code in (404, 410):
        return f"not found (HTTP {code})"
    if 300 <= code < 400:
        return f"too many redirects (HTTP {code}; at most {MAX_REDIRECTS} are followed)"
    if code in (401, 403):
        return f"access denied (HTTP {code}): save the page from your browser and add the file"
    return f"the site answered HTTP {code} ({reason})"


def _size(count: int) -> str:
    return f"{count / 1_000_000:.1f} MB" if count >= 100_000 else f"{count / 1000:.0f} kB"
