"""digest: turn news articles into a searchable static digest site."""

__version__ = "0.1.0"
