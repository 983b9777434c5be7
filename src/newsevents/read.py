"""The ``read`` stage: turn command-line inputs into ``Article`` objects.

``read_inputs(paths)`` yields, in input order, one :class:`~newsevents.record.Article` per
article, one :class:`ReadError` per input (or JSONL line, or WARC record) that cannot be read,
and one :class:`ReadWarning` immediately before an article that is read despite a flaw. It never
raises for a bad input, so a caller prints ``str(item)`` of errors and warnings (one line:
``"{source}: {reason}"``) and goes on. Everything yielded carries its provenance: ``input`` (the
path given or found in a folder, or ``<stdin>``) and ``line`` (the 1-based JSONL line or WARC
record number; None for a whole file or a folder).

Inputs (Contract 1 in DESIGN.md):

- a folder: walked recursively, each folder's entries in name order (a subfolder is read at its
  place among the files), reading every file of a type below. Hidden entries (name starting
  with ``.``) and files of other types are skipped silently: the user did not name them. A
  folder without any such file is one error. A named file of another type is an error.
- ``.txt``: the whole file is the article text; the id is the path.
- ``.html`` / ``.htm``: main text, title, date, canonical url and site name are extracted
  with trafilatura; the id is the path.
- ``.jsonl``: one article per line (``id``, ``text``, optional ``title``, ``published``,
  ``url``, ``source``, ``language``, ``home``: where its paper is, a place name or a
  GeoNames id, see :mod:`newsevents.where.home`); blank lines are skipped; a bad line is
  one error named ``file:line`` and the rest of the file is still read; a line without an id
  gets the id ``file:line``.
- ``.jsonl.gz``: gzip-compressed JSONL, decompressed as it is read, line by line as ``.jsonl``;
  corrupt or truncated gzip data ends the file with one error after the lines before it.
- ``.warc`` / ``.warc.gz`` (web archives, gzip detected from the data): each ``response``
  record with a 2xx HTTP status and an HTML content type (``text/html``,
  ``application/xhtml+xml``) is one page, extracted as an ``.html`` file is; other records
  are skipped silently. The id is the WARC-Target-URI, the url the page's canonical url or
  else that URI, the date the page's, else the default date, else the day of the WARC-Date.
  A bad page is one error named ``file#N`` (N counts every record from 1) and the rest of the
  file is still read; a truncated or corrupt archive ends the file with one error. A file
  without any HTML page is one error.
- ``-``: the article text on standard input (id and error name ``<stdin>``).

Publication dates: a JSONL ``published`` value that is not an ISO date ("yesterday",
"1900-02-29", a number) does not reject the line: a ReadWarning is yielded, then the article
without that date (with the default date instead, when one is given).

Decoding is best effort: UTF-8 (a BOM is stripped), UTF-16/UTF-32 with a BOM, a declared
encoding (an HTML page's ``<meta charset>``, or the HTTP charset of a WARC record), then
Windows-1252 (a superset of Latin-1 for printable text, the usual encoding of older Western
files) if it gives printable text; anything else is "not UTF-8 text". A NUL byte in the first
8 KiB (without a UTF-16/32 BOM) is "binary data".

The text is normalised in two ways only, since every later offset points into it: newlines
(``\\r\\n`` and ``\\r`` become ``\\n``) and Unicode NFC.

Size limit: ``MAX_ARTICLE_BYTES`` (2 MB) per article. News articles are rarely over 100 KB;
the limit stops a log file or a book from stalling a batch. Files are measured with
``os.stat`` before they are read, so a huge file is never loaded. An HTML page may be
``HTML_SIZE_FACTOR`` times larger (markup, scripts and styles outweigh the text); its
extracted text must still fit the limit. JSONL and WARC files have no overall limit: each
line, or each record's payload (measured by its Content-Length before it is read), must fit.
Nothing reads a whole JSONL or WARC file into memory.

Language: the text must be English. py3langid classifies the first 2,000 characters; an input
is rejected only when another language wins with probability >= 0.9, the text has at least
40 characters, and fewer than 15% of its words are common English function words (a guard
for English reports full of foreign names or quotes). A JSONL ``language`` field, when given,
decides instead of the classifier.
"""

from __future__ import annotations

import codecs
import gzip
import json
import os
import re
import sys
import unicodedata
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, BinaryIO, Protocol, TextIO

from newsevents.errors import NewseventsError
from newsevents.record import Article

MAX_ARTICLE_BYTES = 2_000_000
HTML_SIZE_FACTOR = 5
STDIN_NAME = "<stdin>"
# Longest first where one suffix ends another, so ".jsonl.gz" is not taken for ".gz"
SUPPORTED = (".txt", ".html", ".htm", ".jsonl.gz", ".jsonl", ".warc.gz", ".warc")
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
GZIP_MAGIC = b"\x1f\x8b"

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
_HTTP_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_WORD = re.compile(r"[^\W\d_]+")
_ALLOWED_CONTROLS = frozenset("\t\n\r\f")
_SHOWN_CHARS = 40  # a bad value quoted in a message is cut to this length
_EXPECTED = ".txt, .html, .htm, .jsonl, .jsonl.gz, .warc or .warc.gz"


class ReadError(NewseventsError):
    """An input that cannot be read (R001): ``source`` names it, ``reason`` says why (short).

    ``source`` is the input's name, ``file:line`` for a JSONL line or ``file#N`` for a WARC
    record; ``input`` is the input it belongs to and ``line`` the line or record number (None
    when the whole input, or a folder, failed). ``str()`` is ``"{source}: {reason}"`` without
    the code: it is the line the command line prints and the store records for the input.
    """

    code = "R001"

    def __init__(
        self, source: str, reason: str, *, input: str | None = None, line: int | None = None
    ) -> None:
        Exception.__init__(self, source, reason)  # both kept in args, as before
        self.source = source
        self.reason = reason
        self.input = input
        self.line = line

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


@dataclass
class ReadWarning:
    """A flaw in an article that is read all the same; the article is the next item yielded.

    ``source``, ``input`` and ``line`` are as for :class:`ReadError`; ``reason`` says what was
    wrong and what was done instead. ``str()`` is ``"{source}: {reason}"``.
    """

    source: str
    reason: str
    input: str | None = None
    line: int | None = None

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


ReadItem = Article | ReadError | ReadWarning


class _Reject(Exception):
    """Raised inside the readers with a reason; turned into a ReadError with the source."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class _Corrupt(_Reject):
    """A compressed stream or archive that cannot be read on: ends the file, not one record."""


class _Stream(Protocol):
    """What the JSONL reader needs of a file: a plain binary file or a _GzipStream."""

    def read(self, size: int = -1, /) -> bytes: ...

    def readline(self, size: int = -1, /) -> bytes: ...


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
) -> Iterator[Article | ReadError | ReadWarning]:
    """Read every path (``-`` is standard input, a folder is walked) and yield articles, errors
    and warnings in input order, a warning just before its article.

    ``default_date`` (ISO date or datetime) is the publication date of inputs that carry none;
    an invalid one raises ``ValueError`` at once (it is a usage error, not a bad input).
    ``stdin`` replaces ``sys.stdin`` (text or binary stream). Bad inputs never raise. Every
    item has ``input`` and ``line`` set (see the module docstring).
    """
    default = None
    if default_date is not None:
        default = normalise_published(default_date)
        if default is None:
            raise ValueError(f"not an ISO date: {default_date!r}")
    options = _Options(default, max_bytes, check_language)
    for path in paths:
        if path == "-":
            yield from _from_input(STDIN_NAME, _read_stdin(stdin, options))
        elif os.path.isdir(path):
            yield from _read_folder(path, options)
        else:
            yield from _from_input(path, _read_path(path, options))


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


def _from_input(name: str, items: Iterator[ReadItem]) -> Iterator[ReadItem]:
    """Pass on the items of one input with ``input`` set to ``name``; a _Reject or OSError
    raised while reading ends the input with one ReadError (after the items before it)."""
    try:
        for item in items:
            item.input = name
            yield item
    except _Reject as err:
        yield ReadError(name, err.reason, input=name)
    except OSError as err:
        yield ReadError(name, _os_reason(err), input=name)


def _read_stdin(stdin: TextIO | BinaryIO | None, options: _Options) -> Iterator[Article]:
    """The one article on standard input (or ``stdin``)."""
    text = _read_stream(stdin if stdin is not None else sys.stdin, options.max_bytes)
    yield _article(STDIN_NAME, text, {}, options)


def _read_path(path: str, options: _Options) -> Iterator[ReadItem]:
    """The items of one file, by its type (raises _Reject or OSError for the whole file)."""
    suffix = _check_file(path)
    if suffix in (".jsonl", ".jsonl.gz"):
        yield from _read_jsonl(path, options, compressed=suffix == ".jsonl.gz")
    elif suffix in (".warc", ".warc.gz"):
        yield from _read_warc(path, options)
    elif suffix == ".txt":
        yield _article(path, _decode(_read_file(path, options.max_bytes)), {}, options)
    else:
        yield _read_html(path, options)


def _check_file(path: str) -> str:
    """Return the supported lower-case suffix of an existing file (else raise _Reject)."""
    if not os.path.exists(path):
        raise _Reject("file not found")
    suffix = supported_suffix(os.path.basename(path))
    if suffix is None:
        shown = Path(path).suffix.lower()
        shown = f"'{shown}'" if shown else "(no extension)"
        raise _Reject(f"unsupported file type {shown}; expected {_EXPECTED}")
    return suffix


def supported_suffix(name: str) -> str | None:
    """The supported suffix (lower case) that a file name ends with, else None."""
    lower = name.lower()
    for suffix in SUPPORTED:
        if lower.endswith(suffix) and len(lower) > len(suffix):
            return suffix
    return None


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


def _shown(value: object) -> str:
    """A value quoted in a one-line message: its repr, cut to a few dozen characters."""
    text = repr(value)
    return text if len(text) <= _SHOWN_CHARS else text[: _SHOWN_CHARS - 3] + "..."


# --- folders ---------------------------------------------------------------------------------


def _read_folder(folder: str, options: _Options) -> Iterator[ReadItem]:
    """The items of every supported file below ``folder``; one ReadError if there is none."""
    nothing = True
    for found in _walk(folder, set()):
        nothing = False
        if isinstance(found, ReadError):
            yield found
        else:
            yield from _from_input(found, _read_path(found, options))
    if nothing:
        yield ReadError(folder, "no supported files in folder", input=folder)


def input_files(path: str) -> Iterator[str]:
    """The files that :func:`read_inputs` reads for ``path``, in its order: the path itself,
    or the supported files found below a folder (unreadable folders left out)."""
    if os.path.isdir(path):
        yield from (found for found in _walk(path, set()) if isinstance(found, str))
    else:
        yield path


def _walk(folder: str, seen: set[tuple[int, int]]) -> Iterator[str | ReadError]:
    """Yield the paths of the supported files below ``folder``, depth first, each folder's
    entries sorted by name; hidden entries are skipped. Only one folder's entries are held
    at a time per level. ``seen`` holds the folders already walked (a symlink loop is cut);
    an unreadable folder is a ReadError and the walk goes on."""
    try:
        info = os.stat(folder)
        if (info.st_dev, info.st_ino) in seen:
            return
        seen.add((info.st_dev, info.st_ino))
        with os.scandir(folder) as scan:
            entries = sorted((e for e in scan if not e.name.startswith(".")), key=_name)
    except OSError as err:
        yield ReadError(folder, _os_reason(err), input=folder)
        return
    for entry in entries:
        if _is(entry.is_dir):
            yield from _walk(entry.path, seen)
        elif supported_suffix(entry.name) and _is(entry.is_file):
            yield entry.path


def _name(entry: os.DirEntry[str]) -> str:
    """The sort key of a folder entry: its name, compared by code point."""
    return entry.name


def _is(test: Callable[[], bool]) -> bool:
    """``entry.is_dir()`` or ``entry.is_file()`` (following symlinks), False on an OS error
    such as a broken link."""
    try:
        return test()
    except OSError:
        return False


# --- gzip ------------------------------------------------------------------------------------


class _GzipStream:
    """A gzip file decompressed as it is read, whose data errors are raised as _Corrupt.

    The errors must change type: gzip raises EOFError for a truncated file, and warcio takes an
    EOFError for the normal end of an archive.
    """

    def __init__(self, raw: BinaryIO) -> None:
        self._gz = gzip.GzipFile(fileobj=raw, mode="rb")

    def read(self, size: int | None = -1, /) -> bytes:
        """Up to ``size`` bytes, fewer if fewer are decompressed at once, so that the data
        before a corrupt spot is still returned (a full ``read`` would drop it)."""
        if size is None or size < 0:
            return self._guard(self._gz.read, -1)
        return self._guard(self._gz.read1, size)

    def readline(self, size: int | None = -1, /) -> bytes:
        return self._guard(self._gz.readline, -1 if size is None else size)

    def seek(self, offset: int, whence: int = 0, /) -> int:
        return self._gz.seek(offset, whence)

    def tell(self) -> int:
        return self._gz.tell()

    @staticmethod
    def _guard(method: Callable[[int], bytes], size: int) -> bytes:
        try:
            return method(size)
        except (EOFError, zlib.error, gzip.BadGzipFile) as err:
            raise _Corrupt(_gzip_reason(err)) from None


def _gzip_reason(err: Exception) -> str:
    """A short reason for a gzip error: truncated data, not gzip, or the zlib complaint."""
    message = str(err)
    if isinstance(err, EOFError):
        detail = "truncated"
    elif message.startswith("Not a gzipped file"):
        detail = "not gzip data"
    else:  # "Error -3 while decompressing data: invalid block type", "CRC check failed ..."
        detail = message.rpartition(": ")[2] or type(err).__name__
    return f"corrupt gzip data ({detail})"


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
    """The article of an HTML file (its size checked first)."""
    return _html_article(path, _read_file(path, options.max_bytes * HTML_SIZE_FACTOR), options)


def _html_article(
    article_id: str,
    data: bytes,
    options: _Options,
    *,
    charset: str | None = None,
    url: str | None = None,
) -> Article:
    """Extract the main text and metadata of the bytes of an HTML page with trafilatura.

    ``charset`` (an HTTP header's) is tried before the page's own ``<meta charset>``; ``url``
    is where the page was fetched, the article's url unless the page declares a canonical one.
    Raises _Reject when the page cannot be decoded or has no main text.
    """
    import trafilatura

    match = _META_CHARSET.search(data[:4096])
    html = _decode(data, charset or (match.group(1).decode("ascii") if match else None))
    try:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
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
    return _article(article_id, text, meta, options)


def _without_headline(text: str, title: str | None) -> str:
    """Drop the headline line that trafilatura puts first: it is the title, not the body,
    and without a full stop it would run into the first sentence."""
    first, _, rest = text.partition("\n")
    if title and rest and " ".join(first.split()) == " ".join(title.split()):
        return rest.lstrip("\n")
    return text


# --- WARC ------------------------------------------------------------------------------------


def _read_warc(path: str, options: _Options) -> Iterator[ReadItem]:
    """Yield one Article or ReadError (named ``path#N``) per HTML page of a WARC file.

    Raises _Reject for an empty file or one without HTML pages, and _Corrupt (after the pages
    before it) for a truncated or malformed one.
    """
    from warcio.archiveiterator import ArchiveIterator

    if os.stat(path).st_size == 0:
        raise _Reject("empty")
    with open(path, "rb") as raw:
        compressed = raw.read(2) == GZIP_MAGIC
        raw.seek(0)
        records = ArchiveIterator(_GzipStream(raw) if compressed else raw)
        # warcio prints a warning of its own (and counts it) when a record is not followed by
        # a blank line; _numbered reports that as one line instead
        records.INC_RECORD = ""
        number = pages = 0
        for number, record in _numbered(records):
            if _is_html_page(record):
                pages += 1
                yield from _warc_items(f"{path}#{number}", number, record, options)
    if number == 0:
        raise _Reject("empty")
    if pages == 0:
        raise _Reject("no HTML pages found")


def _numbered(records: Iterator[Any]) -> Iterator[tuple[int, Any]]:
    """Number the records of a warcio ArchiveIterator from 1; raise _Corrupt for a record that
    cannot be parsed or is cut short (checked once the iterator has read past it)."""
    number, previous = 0, None
    while True:
        try:
            record = next(records, None)
        except (_Reject, OSError):
            raise
        except Exception as err:  # warcio raises many kinds on bad data; none may stop a batch
            raise _Corrupt(_warc_reason(number + 1, str(err) or type(err).__name__)) from None
        if previous is not None:
            _check_complete(previous, number)
            if getattr(records, "err_count", 0):  # its Content-Length is wrong
                raise _Corrupt(
                    f"corrupt WARC data (record {number} is longer than its Content-Length)"
                )
        if record is None:
            return
        number += 1
        if record.format != "warc":  # warcio also takes a line of five words for an ARC header
            raise _Corrupt(_warc_reason(number, "unknown record header"))
        if record.length is None:  # WARC requires a Content-Length; headers were cut short
            raise _Corrupt(f"corrupt WARC data (record {number} is truncated)")
        previous = record
        yield number, record


def _warc_reason(number: int, message: str) -> str:
    """A one-line reason for a parse error at record ``number``."""
    detail = " ".join(message.split())
    detail = detail[:1].lower() + detail[1:]
    if len(detail) > 80:
        detail = detail[:77] + "..."
    if number == 1:
        return f"not a WARC file ({detail})"
    return f"corrupt WARC data (record {number}: {detail})"


def _check_complete(record: Any, number: int) -> None:
    """Raise _Corrupt if the record's block, read to its end, was shorter than its length."""
    if getattr(record.raw_stream, "limit", 0) > 0:
        raise _Corrupt(f"corrupt WARC data (record {number} is truncated)")


def _is_html_page(record: Any) -> bool:
    """True for a ``response`` record of an HTML page fetched with a 2xx HTTP status."""
    if record.rec_type != "response" or record.http_headers is None:
        return False
    if not str(record.http_headers.get_statuscode()).startswith("2"):
        return False  # redirects and error pages are not articles
    return _media_type(record.http_headers.get_header("Content-Type")) in HTML_TYPES


def _media_type(content_type: str | None) -> str:
    """``"text/html"`` of ``"text/html; charset=utf-8"``; empty when there is none."""
    return (content_type or "").partition(";")[0].strip().lower()


def _warc_items(source: str, number: int, record: Any, options: _Options) -> Iterator[ReadItem]:
    """The Article of one HTML page record, or a ReadError named ``source`` for it."""
    try:
        article = _warc_article(source, number, record, options)
    except _Corrupt:
        raise
    except _Reject as err:
        yield ReadError(source, err.reason, line=number)
        return
    article.line = number
    yield article


def _warc_article(source: str, number: int, record: Any, options: _Options) -> Article:
    """Read the payload of one HTML page record (within the HTML size limit) and extract it."""
    limit = options.max_bytes * HTML_SIZE_FACTOR
    if record.payload_length > limit:  # payload_length is -1 when unknown
        raise _Reject(_too_large(record.payload_length, limit))
    try:
        payload = record.content_stream().read(limit + 1)  # decoded when chunked or gzipped
    except (_Reject, OSError):
        raise
    except Exception as err:  # a bad Content-Encoding or chunking is this record's fault only
        raise _Reject(f"unreadable HTTP payload ({type(err).__name__})") from None
    while record.raw_stream.read(1 << 16):  # read to the end: is the record complete?
        pass
    _check_complete(record, number)
    if len(payload) > limit:
        raise _Reject(f"too large: over the limit of {_size(limit)}")
    uri = record.rec_headers.get_header("WARC-Target-URI") or None
    fetched = normalise_published((record.rec_headers.get_header("WARC-Date") or "")[:10])
    content_type = record.http_headers.get_header("Content-Type") or ""
    charset = _HTTP_CHARSET.search(content_type)
    return _html_article(
        uri or source,
        payload,
        replace(options, default_date=options.default_date or fetched),
        charset=charset.group(1) if charset else None,
        url=uri,
    )


# --- JSONL -----------------------------------------------------------------------------------


def _read_jsonl(path: str, options: _Options, *, compressed: bool) -> Iterator[ReadItem]:
    """Yield, per non-blank line of a JSONL file (gzip-compressed if ``compressed``), an
    Article, a ReadWarning and then the Article, or a ReadError named ``path:line``.

    Raises _Reject for a file that is empty, binary or UTF-16, and _Corrupt (after the lines
    before it) for corrupt gzip data.
    """
    with open(path, "rb") as raw:
        f: Any = _GzipStream(raw) if compressed else raw
        _check_jsonl_head(f.read(BINARY_PROBE))
        f.seek(0)
        found = False
        for number, line in enumerate(_lines(f, options.max_bytes), start=1):
            if isinstance(line, bytes) and not line.strip():
                continue
            found = True
            yield from _jsonl_items(f"{path}:{number}", number, line, options)
    if not found:
        raise _Reject("empty")


def read_jsonl_block(path: str, start: int, end: int | None, first_line: int,
                     default_date: str | None = None, *, max_bytes: int = MAX_ARTICLE_BYTES,
                     check_language: bool = True) -> Iterator[ReadItem]:
    """The items of the lines of a JSONL file from byte ``start`` (a line's first byte) to
    byte ``end`` (None: the end), numbered from ``first_line``: exactly the items
    :func:`read_inputs` gives for those lines, so that a file can be read in blocks by
    several processes (see :mod:`newsevents.partitions`). The block at ``start`` 0 checks
    the file's head as a whole read does; a whole-file block also rejects an empty file."""
    options = _make_options(default_date, max_bytes, check_language)
    return _from_input(path, _read_block(path, start, end, first_line, options))


def _read_block(path: str, start: int, end: int | None, first_line: int,
                options: _Options) -> Iterator[ReadItem]:
    if start == 0 and end is None:
        yield from _read_path(path, options)
        return
    with open(path, "rb") as f:
        if start == 0:
            _check_jsonl_head(f.read(BINARY_PROBE))
        f.seek(start)
        for number, line in enumerate(_lines(f, options.max_bytes), start=first_line):
            if not isinstance(line, bytes) or line.strip():
                yield from _jsonl_items(f"{path}:{number}", number, line, options)
            if end is not None and f.tell() >= end:
                break


def read_file(path: str, default_date: str | None = None, *,
              max_bytes: int = MAX_ARTICLE_BYTES, check_language: bool = True
              ) -> Iterator[ReadItem]:
    """The items of one file (not a folder, not standard input), as :func:`read_inputs`
    gives them."""
    options = _make_options(default_date, max_bytes, check_language)
    return _from_input(path, _read_path(path, options))


def walk_inputs(paths: Sequence[str]) -> Iterator[str | ReadError]:
    """The inputs :func:`read_inputs` reads for ``paths``, in its order, one by one: each
    file (or ``-``) as a path, and what it reports about a folder (an unreadable one, one
    with no supported file) as a ReadError in its place."""
    for path in paths:
        if path != "-" and os.path.isdir(path):
            nothing = True
            for found in _walk(path, set()):
                nothing = False
                yield found
            if nothing:
                yield ReadError(path, "no supported files in folder", input=path)
        else:
            yield path


def _make_options(default_date: str | None, max_bytes: int, check_language: bool) -> _Options:
    default = None
    if default_date is not None:
        default = normalise_published(default_date)
        if default is None:
            raise ValueError(f"not an ISO date: {default_date!r}")
    return _Options(default, max_bytes, check_language)


def _check_jsonl_head(head: bytes) -> None:
    """Reject a JSONL file whose first bytes show it is UTF-16 or binary."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise _Reject("JSONL must be UTF-8 (found a UTF-16 byte order mark)")
    if b"\x00" in head:
        raise _Reject("binary data (NUL bytes)")


def _lines(f: _Stream, limit: int) -> Iterator[bytes | int]:
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


def _jsonl_items(
    source: str, number: int, line: bytes | int, options: _Options
) -> Iterator[ReadItem]:
    """The items of one non-blank JSONL line (its bytes, or its size when over the limit)."""
    try:
        if isinstance(line, int):
            raise _Reject(_too_large(line, options.max_bytes))
        article, warning = _jsonl_article(source, line, options)
    except _Reject as err:
        yield ReadError(source, err.reason, line=number)
        return
    if warning is not None:
        yield ReadWarning(source, warning, line=number)
    article.line = number
    yield article


def _jsonl_article(source: str, line: bytes, options: _Options) -> tuple[Article, str | None]:
    """Parse one JSONL line into an Article and a warning reason, if any (raises _Reject
    with a short reason for a line that is not an article)."""
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
    meta["home"] = _home_field(obj)
    meta["published"], warning = _published_field(obj, options)
    language = _optional_str(obj, "language")
    if language is not None and not _is_english_name(language):
        raise _Reject(f"not English (language field '{language}')")
    if language is not None:  # the field decides instead of the classifier
        options = replace(options, check_language=False)
    return _article(_jsonl_id(obj, source), _normalise(obj["text"]), meta, options), warning


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


def _home_field(obj: dict[str, Any]) -> str | None:
    """The optional ``home`` field (a place name, or a GeoNames id as a string or an
    integer) as text: None when absent, null or blank; _Reject for anything else."""
    value = obj.get("home")
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise _Reject("'home' is not a place name or a GeoNames id")
    return str(value).strip() or None


def _published_field(obj: dict[str, Any], options: _Options) -> tuple[str | None, str | None]:
    """The normalised ``published`` field (None when absent or blank) and a warning reason
    when it is there but not an ISO date: the article is still read, without it."""
    value = obj.get("published")
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None
    published = normalise_published(value)
    if published is not None:
        return published, None
    instead = "coded with the default date" if options.default_date else "coded without it"
    return None, f"'published' is not a date ({_shown(value)}); {instead}"


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
        home=meta.get("home") or None,
    )


def _foreign_language(text: str) -> str | None:
    """The detected language code if the text is confidently not English, else None."""
    sample = text[:LANGID_CHARS]
    if len(sample.strip()) < LANGID_MIN_CHARS:
        return None
    # The cheap test first: English text never needs the classifier's model loaded.
    if english_share(sample) >= ENGLISH_MIN_SHARE:
        return None
    language, probability = _identifier().classify(sample)
    if language == "en" or probability < LANGID_MIN_PROB:
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
