"""Bytes to text for plain-text inputs: BOM, UTF-8, or a legacy encoding.

A file that is UTF-8 in places and something else elsewhere is refused
rather than guessed at: decoding it either way would corrupt characters that
offsets then point into.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

from ..errors import InputError

BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# A well-formed multi-byte UTF-8 sequence (RFC 3629).
_UTF8_MULTIBYTE = re.compile(
    rb"[\xC2-\xDF][\x80-\xBF]"
    rb"|\xE0[\xA0-\xBF][\x80-\xBF]|[\xE1-\xEC\xEE\xEF][\x80-\xBF]{2}|\xED[\x80-\x9F][\x80-\xBF]"
    rb"|\xF0[\x90-\xBF][\x80-\xBF]{2}|[\xF1-\xF3][\x80-\xBF]{3}|\xF4[\x80-\x8F][\x80-\xBF]{2}"
)

_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.xlsx)"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x7fELF", "an executable"),
    (b"SQLite format 3", "an SQLite database"),
)

_CONTROL = set(range(0, 32)) - {9, 10, 12, 13}


def sniff_binary(source: str, head: bytes) -> None:
    """Raise InputError when `head` (the first bytes of a file) is not text."""
    for magic, what in _MAGIC:
        if head.startswith(magic):
            raise InputError(source, f"binary file, not text: looks like {what}")
    if any(head.startswith(bom) for bom, _ in BOMS):
        return  # UTF-16/32 text legitimately contains NUL bytes
    if b"\x00" in head:
        raise InputError(source, "binary file, not text: it contains NUL bytes")
    if head:
        control = sum(1 for b in head if b in _CONTROL)
        if control / len(head) > 0.05:
            raise InputError(
                source, f"binary file, not text: {control} control bytes in the first {len(head)}"
            )


def decode_text(source: str, raw: bytes, *, encoding: str | None = None) -> tuple[str, str]:
    """Decode `raw` and return `(text, encoding_used)`.

    Order: a forced `encoding`; a byte-order mark; strict UTF-8; else, when no
    valid multi-byte UTF-8 appears at all, the legacy encoding
    charset-normalizer finds most likely (Windows-1252 for most Western news).
    """
    if encoding:
        try:
            return raw.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError) as exc:
            raise InputError(source, f"cannot decode as {encoding}: {exc}") from exc
    for bom, name in BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(name), name
            except UnicodeDecodeError as exc:
                raise InputError(
                    source, f"has a {name} byte-order mark but invalid {name} at byte {exc.start}"
                ) from exc
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        bad_at = exc.start
    if _UTF8_MULTIBYTE.search(raw):
        raise InputError(
            source,
            f"invalid UTF-8 at byte {bad_at}: the file mixes UTF-8 with other bytes "
            f"(pass --encoding to force one encoding)",
        )
    try:
        return raw.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(raw).best()
    if best is None or best.encoding is None:
        raise InputError(
            source,
            f"invalid UTF-8 at byte {bad_at} and no other text encoding fits "
            f"(pass --encoding to force one)",
        )
    return str(best), best.encoding
