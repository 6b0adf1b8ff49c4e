"""The web app (`newsdesk serve`): pages and a JSON API over a store, read-only."""

from .app import create_app, serve
from .dates import human_date

__all__ = ["create_app", "human_date", "serve"]
