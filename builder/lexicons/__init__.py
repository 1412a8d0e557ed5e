"""Word lists and patterns, kept as data apart from the code that uses them."""
