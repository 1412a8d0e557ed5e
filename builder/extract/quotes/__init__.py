"""Quotes: direct quotations, who said them, and which are key.

``segments`` pairs the quotation marks; ``context`` knows the people and pronouns around a
quote; ``attribution`` picks each quote's speaker and ranks the key quotes.
"""

from builder.extract.quotes.attribution import extract_quotes, rank_key_quotes

__all__ = ["extract_quotes", "rank_key_quotes"]
