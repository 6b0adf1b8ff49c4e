"""Static HTML report over a store."""

from .render import render_report, segments, write_report

__all__ = ["render_report", "segments", "write_report"]
