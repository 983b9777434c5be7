"""The ``read`` stage: turn command-line inputs into ``Article`` objects.

``read_inputs(paths)`` yields, in input order, one :class:`~newsevents.record.Article` per
article or one :class:`ReadError` per input that cannot be read, and never raises for a bad
input, so a caller prints ``str(error)`` (one line: ``"{source}: {reason}"``) and goes on.

Inputs (Contract 1 in DESIGN.md):

- ``.txt``: the whole file is the article text; the id is the path as given.
- ``.html`` / ``.htm``: main text, title, date, canonical url and site name are extracted
  with trafilatura; the id is the path as given.
- ``.jsonl``: one article per line (``id``, ``text``, optional ``title``, ``published``,
  ``url``, ``source``, ``language``); blank lines are skipped; a bad line is one error named
  ``file:line`` and the rest of the file is still read; a line without an id gets the id
  ``file:line``.
- ``-``: the article text on standard input (id and error name ``<stdin>``).

Decoding is best effort: UTF-8 (a BOM is stripped), UTF-16/UTF-32 with a BOM, an HTML page's
declared ``<meta charset>``, then Windows-1252 (a superset of Latin-1 for printable text,
the usual encoding of older Western files) if it gives printable text; anything else is
"not UTF-8 text". A NUL byte in the first 8 KiB (without a UTF-16/32 BOM) is "binary data".

The text is normalised in two ways only, since every later offset points into it: newlines
(``\\r\\n`` and ``\\r`` become ``\\n``) and Unicode NFC.

Size limit: ``MAX_ARTICLE_BYTES`` (2 MB) per article. News articles are rarely over 100 KB;
the limit stops a log file or a book from stalling a batch. Files are measured with
``os.stat`` before they are read, so a huge file is never loaded. An HTML page may be
``HTML_SIZE_FACTOR`` times larger (markup, scripts and styles outweigh the text); its
extracted text must still fit the limit. A JSONL file has no overall limit: each line must.

Language: the text must be English. py3langid classifies the first 2,000 characters; an input
is rejected only when another language wins with probability >= 0.9, the text has at least
40 characters, and fewer than 15% of its words are common English function words (a guard
for English reports full of foreign names or quotes). A JSONL ``language`` field, when given,
decides instead of the classifier.
"""

from __future__ import annotations

import codecs
import json
import os
import re
import sys
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from newsevents.record import Article

MAX_ARTICLE_BYTES = 2_000_000
HTML_SIZE_FACTOR = 5
STDIN_NAME = "<stdin>"
SUPPORTED = (".txt", ".html", ".htm", ".jsonl")

BINARY_PROBE = 8192
LANGID_CHARS = 2000
LANGID_MIN_CHARS = 40
LANGID_MIN_PROB = 0.9
ENGLISH_MIN_SHARE = 0.15
ENGLISH_NAMES = {"en", "eng", "english"}
# Common English words that are rare as words in other European languages
# ("in", "is", "on", "was", "will" are left out: they are Dutch, French or German words too).
_FUNCTION_WORDS = """the of and to that for with as by it he she his her at from has have had
were are be been said this which who not but they their would after its than"""
ENGLISH_FUNCTION_WORDS = frozenset(_FUNCTION_WORDS.split())
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_WORD = re.compile(r"[^\W\d_]+")
_ALLOWED_CONTROLS = frozenset("\t\n\r\f")


class ReadError(Exception):
    """An input that cannot be read: ``source`` names it, ``reason`` says why (short)."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(source, reason)
        self.source = source
        self.reason = reason

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


class _Reject(Exception):
    """Raised inside the readers with a reason; turned into a ReadError with the source."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class _Options:
    default_date: str | None
    max_bytes: int
    check_language: bool


def read_inputs(
    paths: Sequence[str],
    default_date: str | None = None,
    *,
    stdin: TextIO | BinaryIO | None = None,
    max_bytes: int = MAX_ARTICLE_BYTES,
    check_language: bool = True,
) -> Iterator[Article | ReadError]:
    """Read every path (``-`` is standard input) and yield articles and errors in input order.

    ``default_date`` (ISO date or datetime) is the publication date of inputs that carry none;
    an invalid one raises ``ValueError`` at once (it is a usage error, not a bad input).
    ``stdin`` replaces ``sys.stdin`` (text or binary stream). Bad inputs never raise.
    """
    default = None
    if default_date is not None:
        default = normalise_published(default_date)
        if default is None:
            raise ValueError(f"not an ISO date: {default_date!r}")
    options = _Options(default, max_bytes, check_language)
    for path in paths:
        yield from _read_one(path, stdin, options)


def normalise_published(value: object) -> str | None:
    """Return an ISO date ``YYYY-MM-DD`` (or the ISO datetime string as given), else None."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        pass
    try:
        datetime.fromisoformat(text)
    except ValueError:
        return None
    return text


def _read_one(
    path: str, stdin: TextIO | BinaryIO | None, options: _Options
) -> Iterator[Article | ReadError]:
    """Yield the article(s) of one input, or a ReadError for it (or for a JSONL line)."""
    name = STDIN_NAME if path == "-" else path
    try:
        if path == "-":
            text = _read_stream(stdin if stdin is not None else sys.stdin, options.max_bytes)
            yield _article(STDIN_NAME, text, {}, options)
            return
        suffix = _check_file(path)
        if suffix == ".jsonl":
            yield from _read_jsonl(path, options)
        elif suffix == ".txt":
            yield _article(path, _decode(_read_file(path, options.max_bytes)), {}, options)
        else:
            yield _read_html(path, options)
    except _Reject as err:
        yield ReadError(name, err.reason)
    except OSError as err:
        yield ReadError(name, _os_reason(err))


def _check_file(path: str) -> str:
    """Return the lower-case suffix of an existing non-directory path of a supported type."""
    if not os.path.exists(path):
        raise _Reject("file not found")
    if os.path.isdir(path):
        raise _Reject("is a directory")
    suffix = Path(path).suffix.lower()
    if suffix not in SUPPORTED:
        shown = f"'{suffix}'" if suffix else "(no extension)"
        raise _Reject(f"unsupported file type {shown}; expected .txt, .html, .htm or .jsonl")
    return suffix


def _os_reason(err: OSError) -> str:
    """A short reason for an operating-system error."""
    if isinstance(err, FileNotFoundError):
        return "file not found"
    if isinstance(err, PermissionError):
        return "permission denied"
    if isinstance(err, IsADirectoryError):
        return "is a directory"
    return (err.strerror or str(err)).lower()


def _read_file(path: str, limit: int) -> bytes:
    """The bytes of a file whose size (checked first with os.stat) is within ``limit``."""
    size = os.stat(path).st_size
    if size > limit:
        raise _Reject(_too_large(size, limit))
    if size == 0:
        raise _Reject("empty")
    with open(path, "rb") as f:
        data = f.read(limit + 1)
    if len(data) > limit:  # the file grew after os.stat
        raise _Reject(f"too large: over the limit of {_size(limit)}")
    return data


def _read_stream(stream: TextIO | BinaryIO, limit: int) -> str:
    """Decode at most ``limit`` bytes of a text or binary stream (text streams via .buffer)."""
    raw = getattr(stream, "buffer", stream)
    data: bytes | str = raw.read(limit + 1)
    if isinstance(data, str):
        try:
            data = data.encode("utf-8", "surrogateescape")
        except UnicodeEncodeError:
            raise _Reject("not valid Unicode text") from None
    if len(data) > limit:
        raise _Reject(f"too large: over the limit of {_size(limit)}")
    return _decode(data)


def _too_large(size: int, limit: int) -> str:
    return f"too large: {_size(size)} > limit {_size(limit)}"


def _size(n: int) -> str:
    """A human size: ``"512 bytes"``, ``"12.5 KB"``, ``"6.2 MB"``."""
    if n < 1000:
        return f"{n} bytes"
    value, unit = (n / 1e3, "KB") if n < 1_000_000 else (n / 1e6, "MB")
    return f"{value:.1f}".removesuffix(".0") + f" {unit}"


# --- decoding -------------------------------------------------------------------------------


def _decode(data: bytes, declared: str | None = None) -> str:
    """Decode bytes best-effort (see the module docstring) to normalised text.

    ``declared`` is an encoding named by the document itself (an HTML meta charset), tried
    after UTF-8. Raises _Reject for empty, binary or undecodable data.
    """
    if not data.strip():
        raise _Reject("empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _normalise(_decode_as(data, encoding))
    if b"\x00" in data[:BINARY_PROBE]:
        raise _Reject("binary data (NUL bytes)")
    try:
        return _normalise(data.decode("utf-8"))
    except UnicodeDecodeError as err:
        bad = f"not UTF-8 text (invalid byte 0x{data[err.start]:02x} at offset {err.start})"
    for encoding in (declared, "cp1252"):
        text = _try_decode(data, encoding) if encoding else None
        if text is not None:
            return _normalise(text)
    raise _Reject(bad)


def _decode_as(data: bytes, encoding: str) -> str:
    """Decode data that starts with the BOM of ``encoding`` (the BOM is dropped)."""
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as err:
        raise _Reject(f"not {encoding.upper().removesuffix('-SIG')} text ({err.reason})") from None
    return text.removeprefix("\ufeff")


def _try_decode(data: bytes, encoding: str) -> str | None:
    """Decode strictly with ``encoding``; None unless the result is printable text."""
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    return text if _printable(text) else None


def _printable(text: str) -> bool:
    """True if the text has no control characters other than tab, newline, CR, form feed."""
    return not any(unicodedata.category(c) == "Cc" and c not in _ALLOWED_CONTROLS for c in text)


def _normalise(text: str) -> str:
    """Newlines to ``\\n`` and Unicode NFC: the only changes made to an article's text."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


# --- HTML ------------------------------------------------------------------------------------


def _read_html(path: str, options: _Options) -> Article:
    """Extract the main text and metadata of an HTML page with trafilatura."""
    import trafilatura

    data = _read_file(path, options.max_bytes * HTML_SIZE_FACTOR)
    match = _META_CHARSET.search(data[:4096])
    html = _decode(data, match.group(1).decode("ascii") if match else None)
    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    except Exception as err:  # a crash on one odd page must not stop the batch
        raise _Reject(f"HTML extraction failed ({type(err).__name__})") from None
    text = _normalise(doc.text) if doc is not None and doc.text else ""
    text = _without_headline(text, doc.title if doc is not None else None)
    if not text.strip():
        raise _Reject("no main text found")
    if len(text.encode("utf-8")) > options.max_bytes:
        raise _Reject(_too_large(len(text.encode("utf-8")), options.max_bytes))
    meta = {
        "title": doc.title,
        "published": normalise_published(doc.date),
        "url": doc.url,
        "source": doc.sitename,
    }
    return _article(path, text, meta, options)


def _without_headline(text: str, title: str | None) -> str:
    """Drop the headline line that trafilatura puts first: it is the title, not the body,
    and without a full stop it would run into the first sentence."""
    first, _, rest = text.partition("\n")
    if title and rest and " ".join(first.split()) == " ".join(title.split()):
        return rest.lstrip("\n")
    return text


# --- JSONL -----------------------------------------------------------------------------------


def _read_jsonl(path: str, options: _Options) -> Iterator[Article | ReadError]:
    """Yield one Article or ReadError (named ``path:line``) per non-blank line of a JSONL file."""
    with open(path, "rb") as f:
        head = f.read(BINARY_PROBE)
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            raise _Reject("JSONL must be UTF-8 (found a UTF-16 byte order mark)")
        if b"\x00" in head:
            raise _Reject("binary data (NUL bytes)")
        f.seek(0)
        found = False
        for number, line in enumerate(_lines(f, options.max_bytes), start=1):
            if isinstance(line, bytes) and not line.strip():
                continue
            found = True
            source = f"{path}:{number}"
            try:
                if isinstance(line, int):
                    raise _Reject(_too_large(line, options.max_bytes))
                yield _jsonl_article(source, line, options)
            except _Reject as err:
                yield ReadError(source, err.reason)
    if not found:
        raise _Reject("empty")


def _lines(f: BinaryIO, limit: int) -> Iterator[bytes | int]:
    """Yield each line's bytes, or, for a line over ``limit`` bytes, its size (never held)."""
    while line := f.readline(limit + 1):
        if len(line) <= limit or line.endswith(b"\n"):
            yield line
            continue
        size = len(line)
        while chunk := f.readline(1 << 20):
            size += len(chunk)
            if chunk.endswith(b"\n"):
                size -= 1  # the newline is not part of the line
                break
        yield size


def _jsonl_article(source: str, line: bytes, options: _Options) -> Article:
    """Parse one JSONL line into an Article (raises _Reject with a short reason)."""
    text_line = _decode(line)
    try:
        obj = json.loads(text_line)
    except json.JSONDecodeError as err:
        raise _Reject(f"malformed JSON: {err.msg} at column {err.colno}") from None
    if not isinstance(obj, dict):
        raise _Reject(f"not a JSON object (found {type(obj).__name__})")
    if "text" not in obj or obj["text"] is None:
        raise _Reject("missing 'text' field")
    if not isinstance(obj["text"], str):
        raise _Reject("'text' is not a string")
    meta = {key: _optional_str(obj, key) for key in ("title", "url", "source")}
    meta["published"] = _published_field(obj)
    language = _optional_str(obj, "language")
    if language is not None and not _is_english_name(language):
        raise _Reject(f"not English (language field '{language}')")
    if language is not None:  # the field decides instead of the classifier
        options = replace(options, check_language=False)
    return _article(_jsonl_id(obj, source), _normalise(obj["text"]), meta, options)


def _jsonl_id(obj: dict[str, Any], source: str) -> str:
    """The line's ``id`` as a string; ``file:line`` when it has none."""
    value = obj.get("id")
    if value is None or value == "":
        return source
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise _Reject("'id' is not a string or an integer")
    return str(value)


def _optional_str(obj: dict[str, Any], key: str) -> str | None:
    """An optional string field: None when absent, null or blank; _Reject if not a string."""
    value = obj.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise _Reject(f"'{key}' is not a string")
    return value.strip() or None


def _published_field(obj: dict[str, Any]) -> str | None:
    """The normalised ``published`` field, None when absent; _Reject if it is not ISO."""
    value = obj.get("published")
    if value is None or value == "":
        return None
    published = normalise_published(value)
    if published is None:
        raise _Reject(f"'published' is not an ISO date: {value!r}")
    return published


def _is_english_name(language: str) -> bool:
    """True for "en", "eng", "English", "en-GB", "en_US" and the like."""
    return re.split(r"[-_]", language.strip().lower())[0] in ENGLISH_NAMES


# --- article and language -------------------------------------------------------------------


def _article(article_id: str, text: str, meta: dict[str, str | None], options: _Options) -> Article:
    """Check the text (not empty, English) and build the Article with cleaned metadata."""
    if not text.strip():
        raise _Reject("empty")
    if options.check_language:
        detected = _foreign_language(text)
        if detected:
            raise _Reject(f"not English (detected '{detected}')")
    title = meta.get("title")
    return Article(
        id=article_id,
        text=text,
        title=_normalise(" ".join(title.split())) if title else None,
        published=meta.get("published") or options.default_date,
        url=meta.get("url") or None,
        source=meta.get("source") or None,
        language="en",
    )


def _foreign_language(text: str) -> str | None:
    """The detected language code if the text is confidently not English, else None."""
    sample = text[:LANGID_CHARS]
    if len(sample.strip()) < LANGID_MIN_CHARS:
        return None
    language, probability = _identifier().classify(sample)
    if language == "en" or probability < LANGID_MIN_PROB:
        return None
    if english_share(sample) >= ENGLISH_MIN_SHARE:
        return None
    return str(language)


def english_share(text: str) -> float:
    """The share of the words of ``text`` that are common English function words."""
    words = _WORD.findall(text.lower())
    if not words:
        return 0.0
    return sum(word in ENGLISH_FUNCTION_WORDS for word in words) / len(words)


@lru_cache(maxsize=1)
def _identifier() -> Any:
    """One py3langid identifier per process, loaded on first use, with normalised probs."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
