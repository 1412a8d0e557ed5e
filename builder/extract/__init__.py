"""Extractors: pure functions over the analysed text, one package per kind of record.

Each package (``people``, ``quotes``, ``timex``, ``timeline``, ``summary``) has one public
function in front, in its ``__init__``, and its parts behind it.
"""
