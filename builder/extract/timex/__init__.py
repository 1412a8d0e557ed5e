"""Time expressions: TimeML spans, types and values resolved against the publication date.

``rules`` finds candidate spans; ``days``, ``periods``, ``relative`` and ``amounts`` resolve
them (through ``handlers``' shared context); ``calendar`` is date arithmetic; ``resolve``
runs it all over a Doc.
"""

from builder.extract.timex.calendar import value_interval
from builder.extract.timex.resolve import NOTIONAL_ANCHOR, extract_timexes, governing_verb, resolve_timexes

__all__ = ["NOTIONAL_ANCHOR", "extract_timexes", "governing_verb", "resolve_timexes", "value_interval"]
