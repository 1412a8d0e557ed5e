"""Quotes: direct quotations, who said them, and which are key.

``segments`` pairs the quotation marks; ``context`` knows the people and pronouns around a
quote; ``cues`` finds the reporting cue next to a quote and ``speakers`` names its subject;
``attribution`` picks each quote's speaker and how sure it is; ``speech`` drops what is not
speech and ranks the key quotes.
"""

from builder.extract.quotes.attribution import extract_quotes
from builder.extract.quotes.speech import rank_key_quotes

__all__ = ["extract_quotes", "rank_key_quotes"]
