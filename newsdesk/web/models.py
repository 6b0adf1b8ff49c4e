"""Response models of the JSON API: the OpenAPI schema at /openapi.json is
built from these. Records keep the `extract --jsonl` contract's shape
(docs/CONTRACT.md); a claim's `value` is a number, a list or an object, so
records are typed as JSON objects."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

JSON = dict[str, Any]


class PageInfo(BaseModel):
    total: int = Field(description="items in the whole list")
    limit: int
    offset: int


class StorySummary(BaseModel):
    id: int
    title: str
    storyline: int
    storyline_title: str
    first_published: str | None
    last_published: str | None
    n_articles: int = Field(description="distinct articles (copies counted once)")
    n_outlets: int
    outlets: list[str]


class StoryList(PageInfo):
    items: list[StorySummary]


class Storyline(BaseModel):
    id: int
    title: str
    first_published: str | None
    last_published: str | None
    n_stories: int
    n_articles: int
    stories: list[JSON] = Field(description="{id, title} of its stories, oldest first")


class StorylineList(PageInfo):
    items: list[Storyline]


class BriefSentence(BaseModel):
    sentence: str
    sources: list[str] = Field(description="ids of the articles that carry the sentence")


class ArticleRef(BaseModel):
    id: str
    title: str | None
    outlet: str | None
    published: str | None
    url: str | None
    copy_of: str | None = Field(description="the original's id when a near-duplicate")


class TimelineEntry(BaseModel):
    date: str = Field(description="TIMEX3 value")
    date_human: str = Field(description="the date as people read it")
    sentence: str
    who: list[str]
    article: str
    outlet: str | None
    span: list[int]


class StoryDetail(BaseModel):
    id: int
    title: str
    storyline: int
    storyline_title: str
    first_published: str | None
    last_published: str | None
    n_articles: int
    outlets: list[str]
    articles: list[ArticleRef]
    brief: list[BriefSentence]
    statements: list[JSON] = Field(description="who said what, by speaker (misquotes marked)")
    numbers: list[JSON] = Field(description="claims grouped by what they measure")
    timeline: list[TimelineEntry]
    person_ids: dict[str, int] = Field(description="speaker name -> person id")


class PersonSummary(BaseModel):
    id: int
    name: str
    statements: int = Field(description="statements, copies counted once")
    n_articles: int
    outlets: list[str]


class PersonList(PageInfo):
    items: list[PersonSummary]


class Role(BaseModel):
    role: str
    first: str | None
    last: str | None


class StatementRow(BaseModel):
    id: int
    article_id: str
    outlet: str | None
    published: str | None
    published_human: str
    title: str | None
    speaker_name: str | None
    speaker_role: str | None
    direct: bool
    start: int
    end: int
    content: str
    copy_of: str | None


class PersonDetail(BaseModel):
    id: int
    name: str
    aliases: list[str]
    roles: list[Role]
    articles: list[str]
    n_articles: int
    outlets: list[str]
    statements: int
    statement_rows: list[StatementRow]


class RemovedSpan(BaseModel):
    start: int
    end: int
    reason: str
    detail: str


class FlagOut(BaseModel):
    name: str
    score: float
    evidence: list[list[int]]
    explanation: str


class ArticleDetail(BaseModel):
    id: str
    source: str
    url: str | None
    outlet: str | None
    title: str | None
    published: str | None
    published_human: str | None
    author: str | None
    language: str | None
    text: str
    removed: list[RemovedSpan]
    flags: list[FlagOut]
    quotes: list[JSON]
    attributions: list[JSON]
    entities: list[JSON]
    claims: list[JSON]
    dates: list[JSON] = Field(description="each with `value_human` added")
    story: int | None
    copy_of: str | None
    person_ids: dict[str, int]
    timeline: list[TimelineEntry]


class SearchStatement(BaseModel):
    speaker_name: str | None
    direct: bool
    content: str


class SearchHit(BaseModel):
    id: str
    title: str | None
    outlet: str | None
    published: str | None
    url: str | None
    snippet: str = Field(description="text around the best match")
    highlights: list[list[int]] = Field(description="[start, end) of matched words in snippet")
    statements: list[SearchStatement]


class SearchResults(PageInfo):
    items: list[SearchHit]
    people: list[PersonSummary] = Field(description="people whose name matches q")


class Overview(BaseModel):
    articles: int
    stories: int
    outlets: list[JSON]
    flags: list[JSON]


class ExportColumn(BaseModel):
    name: str
    type: str = Field(description="int, float, bool or str")


class ExportPage(BaseModel):
    table: str
    description: str
    columns: list[ExportColumn]
    limit: int
    offset: int
    rows: list[dict[str, Any]] = Field(description="typed values, one object per row")
