"""Static HTML report over a store."""

from .render import render_report, segments, speaker_label, write_report

__all__ = ["render_report", "segments", "speaker_label", "write_report"]
