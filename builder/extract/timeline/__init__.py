"""Timeline: the events that the resolved time expressions date, ordered and labelled."""

from builder.extract.timeline.events import build_timeline, date_label, relative_label

__all__ = ["build_timeline", "date_label", "relative_label"]
