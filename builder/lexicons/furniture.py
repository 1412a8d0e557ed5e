"""Patterns for page furniture that a copy-paste of a news page drags along.

Each rule matches a *whole* line and names why it goes; ``digest check --explain``
prints that name. They describe kinds of furniture, not one site's strings.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

FURNITURE_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # "0 1,575", "12K", "3.4k shares": share and view counters
    ("counter", re.compile(r"(?:[\d.,]+\s*[kKmM]?\s*(?:shares?|views?|comments?|likes?)?\s*){1,4}", _I)),
    # "- Advertisement -", "ADVERTISEMENT", "Sponsored content"
    ("advert marker", re.compile(r"[-–—\s]*(?:advertisement|advertising|sponsored(?: content)?|ad)[-–—\s]*", _I)),
    # newsletter, subscription and sign-up prompts
    (
        "subscribe prompt",
        re.compile(
            r"(?=.{0,200}$).*\b(?:subscribe|sign up|signup|newsletter|inbox)\b.*",
            _I,
        ),
    ),
    # "Read more", "Follow us on Twitter", "Share this article"
    (
        "navigation prompt",
        re.compile(
            r"(?:read more|continue reading|follow us(?: on .{1,40})?|share (?:this|on .{1,30})(?: article| story)?"
            r"|click here.{0,60}|related(?: articles| stories)?)[:.!\s]*",
            _I,
        ),
    ),
)
