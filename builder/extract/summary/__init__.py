"""Summary: a few lead-weighted central sentences that a reader can read on their own."""

from builder.extract.summary.rank import extract_summary

__all__ = ["extract_summary"]
