"""Extractors: pure functions over the analysed text, one module per kind of record."""
