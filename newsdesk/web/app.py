"""The web app: server-rendered pages and a JSON API under /api/ over one
store, opened read-only.

Every page carries a Content-Security-Policy that allows nothing but this
app's own stylesheet (no scripts at all), so even a templating mistake
could not run a script planted in an article.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable
from functools import cache, partial
from importlib.resources import files
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlencode

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import export
from .data import Data, Page, open_read_only
from .dates import human_date
from .markup import HIT_CLOSE, HIT_OPEN
from .models import (
    ArticleDetail,
    ExportPage,
    Overview,
    PersonDetail,
    PersonList,
    SearchResults,
    StoryDetail,
    StorylineList,
    StoryList,
)
from .templating import WebLinks, render

CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
    "base-uri 'none'; frame-ancestors 'none'"
)
SORTS = {"newest": "newest", "biggest": "biggest", "outlets": "most outlets"}
STORIES_PER_PAGE = 20
PEOPLE_PER_PAGE = 50
RESULTS_PER_PAGE = 20
STATEMENTS_PER_PAGE = 100

# Query parameters, bounded so that SQLite never sees a number it cannot bind.
Limit = Annotated[int, Query(ge=1, le=200, description="items per page")]
Offset = Annotated[int, Query(ge=0, le=1_000_000, description="items to skip")]
PageNo = Annotated[int, Query(alias="page", ge=1, le=100_000, description="page, from 1")]
Id = Annotated[int, PathParam(ge=0, le=2**62)]
Sort = Annotated[Literal["newest", "biggest", "outlets"], Query(description="story order")]
Text = Annotated[str | None, Query(max_length=200)]
Day = Annotated[dt.date | None, Query(description="YYYY-MM-DD, inclusive")]


@cache
def _css() -> str:
    return files("newsdesk.web").joinpath("static/newsdesk.css").read_text("utf-8")


def _pager(page: Page, href: Callable[[int], str]) -> dict[str, Any]:
    """Previous/next links for a page of a list (`href(offset)` builds a URL)."""
    return {
        "first": page.offset + 1 if page.items else 0,
        "last": page.offset + len(page.items),
        "total": page.total,
        "prev": href(max(0, page.offset - page.limit)) if page.offset > 0 else None,
        "next": href(page.offset + page.limit) if page.offset + page.limit < page.total else None,
    }


def _highlights(snippet: str) -> tuple[str, list[list[int]]]:
    """A snippet with hit markers as plain text and the hits' offsets."""
    out: list[str] = []
    spans: list[list[int]] = []
    pos = 0
    for ch in snippet:
        if ch == HIT_OPEN:
            spans.append([pos, pos])
        elif ch == HIT_CLOSE:
            if spans:
                spans[-1][1] = pos
        else:
            out.append(ch)
            pos += 1
    return "".join(out), spans


def _day(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def create_app(db_path: str | Path) -> FastAPI:
    """The app over the store at `db_path` (opened read-only; it must exist)."""
    data = Data(open_read_only(db_path))
    links = WebLinks()
    app = FastAPI(
        title="newsdesk",
        summary="Who said what, which numbers, what happened when: the record, read-only.",
        version="1",
        # FastAPI's docs pages load scripts from a CDN: no external requests,
        # so the schema is served (/openapi.json) and the docs pages are not
        docs_url=None,
        redoc_url=None,
    )

    @app.middleware("http")
    async def security_headers(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        return response

    def page(template: str, status: int = 200, **context: Any) -> HTMLResponse:
        return HTMLResponse(render(template, links=links, **context), status_code=status)

    def _is_api(request: Request) -> bool:
        return request.url.path.startswith("/api/") or request.url.path == "/api"

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if _is_api(request):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code)
        title = "Not found" if exc.status_code == 404 else f"Error {exc.status_code}"
        return page("error.html.j2", exc.status_code, title=title, message=str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Response:
        errors = [
            {"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")}
            for e in exc.errors()
        ]
        if _is_api(request):
            return JSONResponse({"detail": errors}, status_code=422)
        message = "; ".join(f"{'.'.join(map(str, e['loc'][1:]))}: {e['msg']}" for e in errors)
        return page("error.html.j2", 422, title="Bad request", message=message)

    # -- the stylesheet ----------------------------------------------------------

    @app.get("/static/newsdesk.css", include_in_schema=False)
    def stylesheet() -> Response:
        return Response(_css(), media_type="text/css",
                        headers={"Cache-Control": "public, max-age=3600"})

    # -- pages ---------------------------------------------------------------------

    # pages answer HEAD too (link checkers); they are not part of the API schema
    html_page = partial(app.api_route, methods=["GET", "HEAD"], response_class=HTMLResponse,
                        include_in_schema=False)

    @html_page("/")
    def corpus_page(sort: Sort = "newest", page_no: PageNo = 1) -> HTMLResponse:
        stories = data.stories(sort=sort, limit=STORIES_PER_PAGE,
                               offset=(page_no - 1) * STORIES_PER_PAGE)
        return page(
            "corpus.html.j2", title="The corpus", overview=data.overview(), sort=sort,
            sorts=SORTS, stories=stories,
            story_pager=_pager(stories, lambda off: "/?" + urlencode(
                {"sort": sort, "page": off // STORIES_PER_PAGE + 1})),
            storylines=data.storylines(limit=10), people=data.people(limit=20),
        )

    @html_page("/stories/{story_id}")
    def story_page(story_id: Id) -> HTMLResponse:
        st = data.story(story_id)
        if st is None:
            raise HTTPException(404, f"no story {story_id}")
        return page("story.html.j2", title=st["title"], st=st)

    @html_page("/people")
    def people_page(page_no: PageNo = 1) -> HTMLResponse:
        people = data.people(limit=PEOPLE_PER_PAGE, offset=(page_no - 1) * PEOPLE_PER_PAGE)
        return page("people.html.j2", title="People", people=people, people_pager=_pager(
            people, lambda off: f"/people?page={off // PEOPLE_PER_PAGE + 1}"))

    @html_page("/people/{person_id}")
    def person_page(person_id: Id, page_no: PageNo = 1) -> HTMLResponse:
        p = data.person(person_id)
        if p is None:
            raise HTTPException(404, f"no person {person_id}")
        offset = (page_no - 1) * STATEMENTS_PER_PAGE
        rows = Page(len(p["statement_rows"]), STATEMENTS_PER_PAGE, offset,
                    p["statement_rows"][offset : offset + STATEMENTS_PER_PAGE])
        return page("person.html.j2", title=p["name"], p=p, rows=rows.items,
                    statement_pager=_pager(rows, lambda off: f"/people/{person_id}?page="
                                           f"{off // STATEMENTS_PER_PAGE + 1}"))

    @html_page("/articles/{article_id:path}")
    def article_page(article_id: str) -> HTMLResponse:
        found = data.article(article_id)
        if found is None:
            raise HTTPException(404, f"no article {article_id}")
        a, extra = found
        return page("article.html.j2", title=a.title or a.id, a=a, x=extra)

    @html_page("/search")
    def search_page(
        q: Annotated[str, Query(max_length=500)] = "",
        outlet: Text = None, since: Annotated[str | None, Query(max_length=10)] = None,
        until: Annotated[str | None, Query(max_length=10)] = None, speaker: Text = None,
        flag: Text = None, direct: Annotated[str | None, Query(max_length=5)] = None,
        page_no: PageNo = 1,
    ) -> HTMLResponse:
        # an HTML form sends empty fields as "": they mean "no filter"
        days = {"since": since or None, "until": until or None}
        for name, value in days.items():
            if value:
                try:
                    dt.date.fromisoformat(value)
                except ValueError as exc:
                    raise HTTPException(422, f"{name}: not a date (YYYY-MM-DD): {value}") from exc
        filters: dict[str, Any] = {
            "outlet": outlet or None, "speaker": speaker or None, "flag": flag or None,
            "direct": True if direct in ("true", "1", "on") else None, **days,
        }
        offset = (page_no - 1) * RESULTS_PER_PAGE
        results = data.search(
            q, outlet=filters["outlet"], since=days["since"], until=days["until"],
            speaker=filters["speaker"], flag=filters["flag"], direct=filters["direct"],
            limit=RESULTS_PER_PAGE, offset=offset,
        )
        params = {"q": q, **{k: v for k, v in filters.items() if v}}
        return page(
            "search.html.j2", title=f"Search: {q}" if q else "Search", q=q, f=filters,
            results=results, flags=[f["name"] for f in data.overview()["flags"]],
            matching_people=data.people(name=q.strip(), limit=10) if q.strip() else None,
            result_pager=_pager(results, lambda off: "/search?" + urlencode(
                {**params, "page": off // RESULTS_PER_PAGE + 1})),
        )

    # -- the API -----------------------------------------------------------------

    @app.get("/api/overview", response_model=Overview, tags=["corpus"])
    def api_overview() -> dict[str, Any]:
        """Counts: articles, stories, articles by outlet, flags."""
        return data.overview()

    @app.get("/api/stories", response_model=StoryList, tags=["stories"])
    def api_stories(sort: Sort = "newest", limit: Limit = 20, offset: Offset = 0) -> Page:
        """Stories (one event or development each), newest, biggest or most outlets first."""
        return data.stories(sort=sort, limit=limit, offset=offset)

    @app.get("/api/storylines", response_model=StorylineList, tags=["stories"])
    def api_storylines(limit: Limit = 20, offset: Offset = 0) -> Page:
        """Storylines (stories linked over time), the largest first."""
        return data.storylines(limit=limit, offset=offset)

    @app.get("/api/stories/{story_id}", response_model=StoryDetail, tags=["stories"],
             responses={404: {"description": "no such story"}})
    def api_story(story_id: Id) -> dict[str, Any]:
        """A story: its brief with sources, who said what, numbers in play, timeline."""
        st = data.story(story_id)
        if st is None:
            raise HTTPException(404, f"no story {story_id}")
        return st | {
            "articles": st["article_rows"],
            "timeline": [t | {"date_human": human_date(t["date"])} for t in st["timeline"]],
        }

    @app.get("/api/people", response_model=PersonList, tags=["people"])
    def api_people(limit: Limit = 20, offset: Offset = 0,
                   name: Text = None) -> Page:
        """People, most quoted first; `name` keeps those whose name contains it."""
        return data.people(limit=limit, offset=offset, name=name)

    @app.get("/api/people/{person_id}", response_model=PersonDetail, tags=["people"],
             responses={404: {"description": "no such person"}})
    def api_person(person_id: Id) -> dict[str, Any]:
        """A person: aliases, roles over time, every statement with date and outlet."""
        p = data.person(person_id)
        if p is None:
            raise HTTPException(404, f"no person {person_id}")
        return p | {"statement_rows": [
            s | {"direct": bool(s["direct"]), "published_human": human_date(s["published"])
                 if s["published"] else "no date"}
            for s in p["statement_rows"]
        ]}

    @app.get("/api/articles/{article_id:path}", response_model=ArticleDetail,
             tags=["articles"], responses={404: {"description": "no such article"}})
    def api_article(article_id: str) -> dict[str, Any]:
        """An article with its removed spans, flags and records (docs/CONTRACT.md)."""
        found = data.article(article_id)
        if found is None:
            raise HTTPException(404, f"no article {article_id}")
        a, extra = found
        out = a.to_json() | extra
        out["published_human"] = human_date(a.published) if a.published else None
        out["dates"] = [d | {"value_human": human_date(d.get("value"), d.get("type"))}
                        for d in a.dates]
        out["timeline"] = [t | {"date_human": human_date(t["date"])} for t in extra["timeline"]]
        return out

    @app.get("/api/export/{table}", response_model=ExportPage, tags=["export"],
             responses={404: {"description": "no such table"}})
    def api_export(table: str, limit: Annotated[int, Query(ge=1, le=1000)] = 100,
                   offset: Offset = 0) -> dict[str, Any]:
        """One page of a table as researchers export it (articles, statements,
        people, claims, polls, dates, entities, stories, timelines): typed
        rows, each with its article and span. Whole tables: `newsdesk export`."""
        if table not in export.TABLES:
            raise HTTPException(404, f"no table {table}: one of {', '.join(export.TABLES)}")
        return data.export_page(table, limit=limit, offset=offset)

    @app.get("/api/search", response_model=SearchResults, tags=["search"])
    def api_search(
        q: Annotated[str, Query(max_length=500, description="words, FTS5 syntax welcome")] = "",
        outlet: Text = None, since: Day = None, until: Day = None,
        speaker: Annotated[str | None, Query(
            max_length=200, description="articles where this speaker has a statement")] = None,
        flag: Text = None,
        direct: Annotated[bool | None, Query(description="only direct quotes")] = None,
        limit: Limit = 20, offset: Offset = 0,
    ) -> dict[str, Any]:
        """Articles matching `q` and the filters, best first, with snippets (an
        ordinary query with hyphens, apostrophes or dots never fails)."""
        results = data.search(q, outlet=outlet, since=_day(since), until=_day(until),
                              speaker=speaker, flag=flag, direct=direct,
                              limit=limit, offset=offset)
        items = []
        for hit in results.items:
            text, spans = _highlights(hit["snippet"] or "")
            items.append(hit | {"snippet": text, "highlights": spans})
        people = data.people(name=q.strip(), limit=10).items if q.strip() else []
        return {"total": results.total, "limit": limit, "offset": offset, "items": items,
                "people": people}

    return app


def serve(db: str | Path, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve the store at `db` on http://host:port until interrupted
    (127.0.0.1 by default: nothing outside this machine can connect)."""
    import uvicorn

    uvicorn.run(create_app(db), host=host, port=port, log_level="info")
