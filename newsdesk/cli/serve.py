"""`serve`: the record in a browser and as a JSON API (docs/WEB.md)."""

from __future__ import annotations

import click

from .app import cli
from .common import EXIT_OK, db_option, open_existing
from .output import console, line


@cli.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. The default lets only this machine connect; "
              "0.0.0.0 opens the server to the network (it has no login).")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True,
              help="Port to listen on.")
def serve_cmd(db: str, host: str, port: int) -> int:
    """Browse and search the store in a web browser.

    Serves the stories, people, articles (removed spans struck through,
    statements, speakers, claims and dates highlighted) and a search with
    filters, read-only, with a JSON API under /api/ (schema at
    /openapi.json). Article text is escaped everywhere and pages load
    nothing from elsewhere. Stops on Ctrl-C.
    """
    from ..web import create_app

    open_existing(db).close()  # a clear error for a missing store, before uvicorn starts
    app = create_app(db)
    import uvicorn

    console(stderr=True).print(line(f"serving {db} on http://{host}:{port}/ (Ctrl-C stops)"))
    uvicorn.run(app, host=host, port=port, log_level="warning")
    return EXIT_OK
