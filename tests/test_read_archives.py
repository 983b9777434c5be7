"""Tests for the read stage's archive inputs: folders, .jsonl.gz, WARC files, date warnings and
the provenance (input, line) of everything read_inputs yields.

Every input is written here in tmp_path; the article texts are invented.
"""

from __future__ import annotations

import gzip
import io
import json
import os
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsevents.read import ReadError, ReadWarning, read_inputs
from newsevents.record import Article

HARBOUR = (
    "PORT ELWIN - The harbour bridge in Port Elwin reopened to traffic on Monday after eight "
    "months of repairs, the regional transport authority said. Mayor Ilse Brandt told reporters "
    "that the work had finished two weeks ahead of schedule."
)
STRIKE = (
    "Dock workers in the northern port of Kessby walked out on Tuesday to demand higher pay, "
    "their union said, and the port authority warned that the strike would delay exports of "
    "grain and timber for at least a week."
)
TALKS = (
    "The foreign ministers of Valdoria and Ostmark met in a border town on Thursday and agreed "
    "to reopen talks on fishing rights, a spokesman for the Valdorian government said after the "
    "meeting."
)

Item = Article | ReadError | ReadWarning


def read(paths: list[str | Path], **kwargs) -> list[Item]:
    return list(read_inputs([str(p) for p in paths], **kwargs))


def kinds(items: list[Item]) -> list[str]:
    return [type(item).__name__ for item in items]


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def jsonl(*records: dict) -> str:
    return "".join(json.dumps(record) + "\n" for record in records)


def page(
    paragraphs: list[str],
    *,
    title: str = "Harbour bridge reopens",
    published: str | None = None,
    canonical: str | None = None,
    charset: str | None = "utf-8",
) -> str:
    """A small news page with boilerplate around the article."""
    head = [f"<title>{title} | Coastline Herald</title>"]
    if charset:
        head.insert(0, f'<meta charset="{charset}">')
    if published:
        head.append(f'<meta property="article:published_time" content="{published}">')
    if canonical:
        head.append(f'<link rel="canonical" href="{canonical}">')
    body = "".join(f"<p>{p}</p>\n" for p in paragraphs)
    return (
        "<!DOCTYPE html><html lang='en'><head>" + "".join(head) + "</head><body>"
        "<nav><a href='/'>Home</a> <a href='/local'>Local</a></nav>"
        f"<main><article><h1>{title}</h1>\n{body}</article></main>"
        "<footer><p>Copyright Coastline Herald. All rights reserved.</p></footer></body></html>"
    )


ARTICLE_PAGE = page(
    [
        "The harbour bridge in Port Elwin reopened to traffic on Monday after eight months of "
        "repairs, the regional transport authority said.",
        "Mayor Ilse Brandt told reporters that the work had finished two weeks ahead of "
        "schedule and under budget.",
        "Residents had complained that the closure doubled their commute to the industrial "
        "estate on the far shore of the bay.",
    ],
    published="2023-04-11T08:00:00+00:00",
    canonical="https://herald.example.net/local/bridge-reopens",
)
UNDATED_PAGE = page(
    [
        "Dock workers in the northern port of Kessby walked out on Tuesday to demand higher "
        "pay, their union said.",
        "The port authority warned that the strike would delay exports of grain and timber "
        "for at least a week, and urged both sides to return to talks.",
    ],
    title="Kessby dock workers strike",
)
EMPTY_PAGE = (
    "<html><head><title>Photo gallery</title><script>var slides = 12;</script></head>"
    "<body><div class='gallery'><img src='a.jpg'><img src='b.jpg'></div></body></html>"
)


# --- provenance and the record ---------------------------------------------------------------


def test_article_to_dict_keeps_the_seven_record_keys() -> None:
    article = Article(id="a1", text=HARBOUR, published="2023-04-11", input="in.jsonl", line=3)
    assert list(article.to_dict()) == [
        "id",
        "text",
        "title",
        "published",
        "url",
        "source",
        "language",
    ]
    assert article.to_dict()["published"] == "2023-04-11"
    # provenance is not part of the article's identity either
    assert article == Article(id="a1", text=HARBOUR, published="2023-04-11")


def test_provenance_of_files_stdin_and_errors(tmp_path: Path) -> None:
    txt = write(tmp_path / "harbour.txt", HARBOUR)
    lines = write(tmp_path / "batch.jsonl", jsonl({"id": "s", "text": STRIKE}) + "\n{oops\n")
    missing = tmp_path / "missing.txt"
    items = read([txt, lines, missing, "-"], stdin=io.StringIO(TALKS))
    assert kinds(items) == ["Article", "Article", "ReadError", "ReadError", "Article"]
    assert [(item.input, item.line) for item in items] == [
        (str(txt), None),
        (str(lines), 1),
        (str(lines), 3),
        (str(missing), None),
        ("<stdin>", None),
    ]
    assert items[2].source == f"{lines}:3"
    assert str(items[3]) == f"{missing}: file not found"


# --- folders -----------------------------------------------------------------------------------


def test_folder_is_walked_in_name_order_skipping_hidden_and_other_files(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    write(root / "b.txt", STRIKE)
    write(root / "a.jsonl", jsonl({"id": "a1", "text": HARBOUR}, {"id": "a2", "text": TALKS}))
    write(root / "c" / "z.txt", TALKS)
    write(root / "c" / "deeper" / "y.html", ARTICLE_PAGE)
    write(root / "d.TXT", HARBOUR)  # suffixes are matched case-insensitively
    write(root / ".hidden.txt", HARBOUR)
    write(root / ".git" / "notes.txt", HARBOUR)
    write(root / "scan.pdf", b"%PDF-1.4")
    write(root / "README", HARBOUR)
    write(root / "archive.gz", gzip.compress(HARBOUR.encode()))
    items = read([root])
    assert kinds(items) == ["Article"] * 6
    assert [item.input for item in items] == [
        str(root / "a.jsonl"),
        str(root / "a.jsonl"),
        str(root / "b.txt"),
        str(root / "c" / "deeper" / "y.html"),
        str(root / "c" / "z.txt"),
        str(root / "d.TXT"),
    ]
    assert [item.id for item in items][:3] == ["a1", "a2", str(root / "b.txt")]
    assert [item.line for item in items] == [1, 2, None, None, None, None]


def test_files_named_explicitly_are_read_even_if_hidden(tmp_path: Path) -> None:
    hidden = write(tmp_path / ".draft.txt", STRIKE)
    folder = tmp_path / ".cache"
    write(folder / "one.txt", TALKS)
    items = read([hidden, folder])
    assert kinds(items) == ["Article", "Article"]
    assert [item.input for item in items] == [str(hidden), str(folder / "one.txt")]


def test_bad_files_in_a_folder_are_errors_named_by_their_path(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "")
    write(tmp_path / "b.txt", HARBOUR)
    items = read([tmp_path])
    assert kinds(items) == ["ReadError", "Article"]
    assert str(items[0]) == f"{tmp_path / 'a.txt'}: empty"
    assert items[0].input == str(tmp_path / "a.txt") and items[0].line is None


@pytest.mark.parametrize("content", ["empty", "only-unsupported", "only-empty-subfolders"])
def test_folder_without_supported_files_is_one_error(tmp_path: Path, content: str) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    if content == "only-unsupported":
        write(folder / "photo.jpg", b"\xff\xd8\xff")
        write(folder / ".notes.txt", HARBOUR)
    elif content == "only-empty-subfolders":
        (folder / "2024" / "01").mkdir(parents=True)
        (folder / "2025").mkdir()
    items = read([folder])
    assert len(items) == 1
    error = items[0]
    assert isinstance(error, ReadError)
    assert str(error) == f"{folder}: no supported files in folder"
    assert (error.input, error.line) == (str(folder), None)


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_symlink_loop_is_walked_once(tmp_path: Path) -> None:
    write(tmp_path / "a" / "one.txt", HARBOUR)
    os.symlink(tmp_path / "a", tmp_path / "a" / "loop")
    items = read([tmp_path / "a"])
    assert [item.input for item in items] == [str(tmp_path / "a" / "one.txt")]


# --- .jsonl.gz -----------------------------------------------------------------------------------


def test_jsonl_gz_is_read_line_by_line(tmp_path: Path) -> None:
    content = (
        jsonl({"id": "h", "text": HARBOUR})
        + "\n"
        + '{"id": "broken", "text": }\n'
        + jsonl({"text": STRIKE}, {"id": "big", "text": TALKS + " " * 500})
    )
    path = write(tmp_path / "news.jsonl.gz", gzip.compress(content.encode()))
    items = read([path], max_bytes=450)
    assert kinds(items) == ["Article", "ReadError", "Article", "ReadError"]
    assert [item.line for item in items] == [1, 3, 4, 5]
    assert {item.input for item in items} == {str(path)}
    assert items[0].id == "h" and items[2].id == f"{path}:4"
    assert str(items[1]).startswith(f"{path}:3: malformed JSON")
    assert str(items[3]).startswith(f"{path}:5: too large:")


def test_jsonl_gz_truncated_keeps_the_lines_before_and_ends_with_one_error(
    tmp_path: Path,
) -> None:
    # distinct lines, so that the compressed data is long enough to cut in the middle
    records = [
        {"id": f"n{i}", "text": f"{HARBOUR} Bulletin number {i * 7919}."} for i in range(400)
    ]
    data = gzip.compress(jsonl(*records).encode())
    path = write(tmp_path / "cut.jsonl.gz", data[: len(data) // 2])
    items = read([path], check_language=False)
    *articles, error = items
    assert 0 < len(articles) < 400
    assert all(isinstance(a, Article) for a in articles)
    assert [a.id for a in articles] == [f"n{i}" for i in range(len(articles))]
    assert isinstance(error, ReadError)
    assert str(error) == f"{path}: corrupt gzip data (truncated)"
    assert (error.input, error.line) == (str(path), None)


def test_jsonl_gz_corrupt_or_not_gzip(tmp_path: Path) -> None:
    data = bytearray(gzip.compress(jsonl({"id": "h", "text": HARBOUR}).encode()))
    data[20:30] = b"\xff" * 10  # damage the deflate stream
    damaged = write(tmp_path / "damaged.jsonl.gz", bytes(data))
    plain = write(tmp_path / "plain.jsonl.gz", jsonl({"id": "h", "text": HARBOUR}))
    empty = write(tmp_path / "empty.jsonl.gz", gzip.compress(b"\n\n"))
    items = read([damaged, plain, empty])
    assert kinds(items) == ["ReadError"] * 3
    assert items[0].reason.startswith("corrupt gzip data (")
    assert items[0].source == str(damaged) and items[0].line is None
    assert str(items[1]) == f"{plain}: corrupt gzip data (not gzip data)"
    assert str(items[2]) == f"{empty}: empty"


# --- WARC --------------------------------------------------------------------------------------


def html_response(
    writer: WARCWriter, uri: str, body: bytes, *, status: str = "200 OK", **headers: str
) -> object:
    fields = [("Content-Type", headers.pop("content_type", "text/html; charset=utf-8"))]
    fields += [(name.replace("_", "-").title(), value) for name, value in headers.items()]
    http = StatusAndHeaders(status, fields, protocol="HTTP/1.1")
    return writer.create_warc_record(
        uri,
        "response",
        payload=io.BytesIO(body),
        http_headers=http,
        warc_headers_dict={"WARC-Date": "2023-04-12T10:15:00Z"},
    )


def write_warc(path: Path, *, gz: bool) -> Path:
    """A crawl of eight records:

    1 warcinfo, 2 request, 3 HTML page (dated, canonical url), 4 JSON response,
    5 HTML page without text, 6 a 404 HTML page, 7 HTML page (undated, gzip-encoded,
    cp1252 declared only by HTTP), 8 metadata.
    """
    with open(path, "wb") as f:
        writer = WARCWriter(f, gzip=gz)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "tests"}))
        request = StatusAndHeaders(
            "GET /p/1 HTTP/1.1", [("Host", "herald.example.net")], is_http_request=True
        )
        writer.write_record(
            writer.create_warc_record(
                "https://herald.example.net/p/1",
                "request",
                payload=io.BytesIO(b""),
                http_headers=request,
            )
        )
        records = [
            html_response(writer, "https://herald.example.net/p/1", ARTICLE_PAGE.encode()),
            html_response(
                writer,
                "https://herald.example.net/api/weather",
                b'{"forecast": "rain"}',
                content_type="application/json",
            ),
            html_response(writer, "https://herald.example.net/gallery", EMPTY_PAGE.encode()),
            html_response(
                writer,
                "https://herald.example.net/gone",
                page(["This page could not be found on the server of the newspaper."]).encode(),
                status="404 Not Found",
            ),
            html_response(
                writer,
                "https://herald.example.net/p/2",
                gzip.compress(
                    page(["“Caf\u00e9 owners in Kessby”"] + [STRIKE] * 2).encode("cp1252")
                ),
                content_type="text/html; charset=windows-1252",
                content_encoding="gzip",
            ),
            writer.create_warc_record(
                "https://herald.example.net/p/2",
                "metadata",
                payload=io.BytesIO(b"outlinks: none\r\n"),
                warc_content_type="application/warc-fields",
            ),
        ]
        for record in records:
            writer.write_record(record)
    return path


@pytest.mark.parametrize("name, gz", [("crawl.warc", False), ("crawl.warc.gz", True)])
def test_warc_html_responses_are_articles(tmp_path: Path, name: str, gz: bool) -> None:
    path = write_warc(tmp_path / name, gz=gz)
    items = read([path])
    assert kinds(items) == ["Article", "ReadError", "Article"]
    first, error, second = items
    assert first.id == "https://herald.example.net/p/1"
    assert first.url == "https://herald.example.net/local/bridge-reopens"  # canonical
    assert first.published == "2023-04-11"  # the page's date
    assert first.title == "Harbour bridge reopens"
    assert "Mayor Ilse Brandt told reporters" in first.text and "Copyright" not in first.text
    assert (first.input, first.line) == (str(path), 3)
    assert str(error) == f"{path}#5: no main text found"
    assert (error.source, error.input, error.line) == (f"{path}#5", str(path), 5)
    assert second.id == second.url == "https://herald.example.net/p/2"
    assert second.published == "2023-04-12"  # no page date, no default: the WARC-Date
    assert "“Café owners in Kessby”" in second.text  # gzip-decoded, HTTP charset
    assert (second.input, second.line) == (str(path), 7)


def test_warc_default_date_comes_before_the_crawl_date(tmp_path: Path) -> None:
    path = write_warc(tmp_path / "crawl.warc.gz", gz=True)
    articles = [i for i in read([path], default_date="2023-01-01") if isinstance(i, Article)]
    assert [a.published for a in articles] == ["2023-04-11", "2023-01-01"]


@pytest.mark.parametrize("name, gz", [("crawl.warc", False), ("crawl.warc.gz", True)])
def test_truncated_warc_keeps_the_pages_before_and_ends_with_one_error(
    tmp_path: Path, name: str, gz: bool
) -> None:
    whole = write_warc(tmp_path / f"whole-{name}", gz=gz)
    with open(whole, "rb") as f:
        records = ArchiveIterator(f)
        offsets = [records.get_record_offset() for _ in records]
    # cut halfway through record 7 (the last page), dropping the metadata record after it
    path = write(tmp_path / name, whole.read_bytes()[: (offsets[6] + offsets[7]) // 2])
    items = read([path])
    assert kinds(items) == ["Article", "ReadError", "ReadError"]
    assert items[0].line == 3 and items[1].line == 5
    error = items[2]
    expected = (
        "corrupt gzip data (truncated)" if gz else "corrupt WARC data (record 7 is truncated)"
    )
    assert str(error) == f"{path}: {expected}"
    assert (error.input, error.line) == (str(path), None)


def test_corrupt_warc_header_ends_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    whole = write_warc(tmp_path / "whole.warc", gz=False).read_bytes()
    fifth = whole.index(b"WARC/1.", whole.index(b"/api/weather"))
    path = write(tmp_path / "bad.warc", whole[:fifth] + b"XXXX" + whole[fifth + 4 :])
    items = read([path])
    assert kinds(items) == ["Article", "ReadError"]
    assert items[1].reason.startswith("corrupt WARC data (record 5: ")
    assert items[1].line is None
    assert capsys.readouterr().err == ""  # warcio's own warnings are not printed


def test_warc_record_with_a_wrong_content_length_ends_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    whole = write_warc(tmp_path / "whole.warc", gz=False).read_bytes()
    third = whole.index(b"Content-Length: ", whole.index(b"WARC-Type: response"))
    end = whole.index(b"\r\n", third)
    shorter = str(int(whole[third + 16 : end]) - 50).encode()
    path = write(tmp_path / "bad.warc", whole[: third + 16] + shorter + whole[end:])
    items = read([path])
    # record 3 is read as far as it says it goes; the bytes after it give it away
    assert kinds(items) == ["Article", "ReadError"]
    assert (
        str(items[1]) == f"{path}: corrupt WARC data (record 3 is longer than its Content-Length)"
    )
    assert capsys.readouterr().err == ""


def test_warc_without_pages_empty_or_not_a_warc(tmp_path: Path) -> None:
    no_pages = tmp_path / "info.warc"
    with open(no_pages, "wb") as f:
        writer = WARCWriter(f, gzip=False)
        writer.write_record(writer.create_warcinfo_record("info.warc", {"software": "tests"}))
    empty = write(tmp_path / "empty.warc.gz", b"")
    text = write(tmp_path / "notes.warc", HARBOUR)
    html = write(tmp_path / "page.warc", ARTICLE_PAGE)
    items = read([no_pages, empty, text, html])
    assert kinds(items) == ["ReadError"] * 4
    assert str(items[0]) == f"{no_pages}: no HTML pages found"
    assert str(items[1]) == f"{empty}: empty"
    assert str(items[2]) == f"{text}: not a WARC file (unknown record header)"
    assert items[3].reason.startswith("not a WARC file (")


def test_warc_page_over_the_size_limit_is_an_error_for_that_record(tmp_path: Path) -> None:
    path = tmp_path / "big.warc.gz"
    with open(path, "wb") as f:
        writer = WARCWriter(f, gzip=True)
        padded = ARTICLE_PAGE.replace("</head>", "<!--" + "x" * 6000 + "--></head>")
        writer.write_record(html_response(writer, "https://a.example/big", padded.encode()))
        writer.write_record(html_response(writer, "https://a.example/ok", ARTICLE_PAGE.encode()))
    items = read([path], max_bytes=1000)  # pages may be 5 KB
    assert kinds(items) == ["ReadError", "Article"]
    assert str(items[0]).startswith(f"{path}#1: too large: ")
    assert items[0].reason.endswith("> limit 5 KB")
    assert items[1].id == "https://a.example/ok" and items[1].line == 2


# --- date warnings -----------------------------------------------------------------------------


def test_bad_published_date_is_a_warning_before_the_article(tmp_path: Path) -> None:
    path = write(
        tmp_path / "dates.jsonl",
        jsonl(
            {"id": "words", "text": HARBOUR, "published": "not a date"},
            {"id": "leap", "text": STRIKE, "published": "1900-02-29"},
            {"id": "number", "text": TALKS, "published": 20230411},
            {"id": "good", "text": TALKS, "published": "2023-04-11"},
            {"id": "blank", "text": TALKS, "published": "  "},
        ),
    )
    items = read([path])
    assert kinds(items) == ["ReadWarning", "Article"] * 3 + ["Article", "Article"]
    warnings = [item for item in items if isinstance(item, ReadWarning)]
    assert [str(w) for w in warnings] == [
        f"{path}:1: 'published' is not a date ('not a date'); coded without it",
        f"{path}:2: 'published' is not a date ('1900-02-29'); coded without it",
        f"{path}:3: 'published' is not a date (20230411); coded without it",
    ]
    assert [(w.source, w.input, w.line) for w in warnings] == [
        (f"{path}:{n}", str(path), n) for n in (1, 2, 3)
    ]
    articles = [item for item in items if isinstance(item, Article)]
    assert [(a.id, a.published, a.line) for a in articles] == [
        ("words", None, 1),
        ("leap", None, 2),
        ("number", None, 3),
        ("good", "2023-04-11", 4),
        ("blank", None, 5),
    ]


def test_bad_published_date_falls_back_to_the_default_date(tmp_path: Path) -> None:
    path = write(tmp_path / "d.jsonl", jsonl({"id": "x", "text": HARBOUR, "published": "soon"}))
    warning, article = read([path], default_date="2023-05-01")
    assert isinstance(warning, ReadWarning)
    assert warning.reason == "'published' is not a date ('soon'); coded with the default date"
    assert isinstance(article, Article) and article.published == "2023-05-01"


def test_no_warning_for_a_line_that_is_rejected_anyway(tmp_path: Path) -> None:
    long_value = "x" * 200
    path = write(
        tmp_path / "d.jsonl",
        jsonl(
            {"id": "x", "published": "soon"},
            {"id": "y", "text": HARBOUR, "published": long_value},
        ),
    )
    items = read([path])
    assert kinds(items) == ["ReadError", "ReadWarning", "Article"]
    assert items[0].reason == "missing 'text' field"
    assert len(str(items[1])) < len(str(path)) + 100  # a long value is cut in the message
    assert "..." in items[1].reason
