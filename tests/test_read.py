"""Tests for the read stage: every input type, metadata, decoding and every error case."""

from __future__ import annotations

import codecs
import io
import json
from pathlib import Path

import pytest

from newsevents.read import (
    MAX_ARTICLE_BYTES,
    ReadError,
    ReadWarning,
    english_share,
    read_inputs,
)
from newsevents.record import Article

ENGLISH = (
    "BRUSSELS - NATO Secretary General Mark Rutte welcomed Ukrainian President Volodymyr "
    "Zelensky to Brussels on Wednesday for talks on air defence. Rutte said the alliance would "
    "keep supporting Ukraine through the winter."
)
GERMAN = (
    "Die Bundesregierung hat am Dienstag beschlossen, die Hilfe für die Ukraine deutlich zu "
    "erhöhen. Der Kanzler sagte in Berlin, Deutschland werde weiterhin an der Seite der Ukraine "
    "stehen. Die Opposition kritisierte den Beschluss als zu spät. Eine Abstimmung im Bundestag "
    "ist für Freitag geplant."
)
FRENCH = (
    "Le président français a rencontré le chancelier allemand à Berlin mardi soir. Les deux "
    "dirigeants ont longuement discuté de la guerre en Ukraine et du budget européen. On ne "
    "sait pas encore si un accord sera trouvé avant la fin du mois. Le gouvernement a refusé "
    "de commenter ces informations."
)

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>NATO chief welcomes Zelensky to Brussels | Example News</title>
<meta property="og:title" content="NATO chief welcomes Zelensky to Brussels">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2024-12-18T09:30:00+00:00">
<link rel="canonical" href="https://news.example.com/world/nato-zelensky-brussels">
</head>
<body>
<div id="cookie-banner" class="cookie-consent">We use cookies to improve your experience.
Accept all cookies?</div>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/politics">Politics</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<main><article>
<h1>NATO chief welcomes Zelensky to Brussels</h1>
<p>BRUSSELS - NATO Secretary General Mark Rutte welcomed Ukrainian President Volodymyr Zelensky
to Brussels on Wednesday for talks with European leaders on air defence and security
guarantees.</p>
<p>Rutte said the alliance would keep supporting Ukraine through the winter, and that allies had
already pledged new air defence systems to protect the country's energy grid.</p>
<p>Zelensky told reporters that Ukraine needed at least ten more Patriot systems. "It is
possible. The key factor is political will," he said after the meeting.</p>
<p>The talks came a day after Russian missiles struck power plants in western Ukraine, leaving
hundreds of thousands of homes without electricity.</p>
</article></main>
<aside class="related"><h2>Related stories</h2><ul><li><a href="/a">EU leaders meet in
Brussels</a></li><li><a href="/b">Markets fall on rate fears</a></li></ul></aside>
<footer><p>Copyright 2024 Example News Ltd. All rights reserved.</p>
<p><a href="/privacy">Privacy policy</a> | <a href="/terms">Terms of use</a></p></footer>
</body>
</html>
"""


def read(paths: list[str], **kwargs) -> list[Article | ReadError | ReadWarning]:
    return list(read_inputs(paths, **kwargs))


def read_one(path: Path | str, **kwargs) -> Article | ReadError | ReadWarning:
    results = read([str(path)], **kwargs)
    assert len(results) == 1
    return results[0]


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8", newline="")
    else:
        path.write_bytes(content)
    return path


def assert_error(result: Article | ReadError | ReadWarning, source: str, reason: str) -> None:
    """The result is a ReadError for ``source`` whose one-line message contains ``reason``."""
    assert isinstance(result, ReadError), result
    assert result.source == source
    assert reason in result.reason
    line = str(result)
    assert line == f"{source}: {result.reason}"
    assert reason in line and source in line
    assert "\n" not in line


# --- .txt -----------------------------------------------------------------------------------


def test_txt_whole_file_is_text_and_id_is_path(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", ENGLISH + "\n")
    article = read_one(path)
    assert isinstance(article, Article)
    assert article.id == str(path)
    assert article.text == ENGLISH + "\n"  # nothing stripped: offsets point into this text
    assert article.title is None and article.url is None and article.source is None
    assert article.published is None
    assert article.language == "en"


def test_txt_newlines_normalised_and_nfc(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", ENGLISH + "\r\nSecond line.\rThird cafe\u0301.\r\n")
    article = read_one(path)
    assert isinstance(article, Article)
    assert article.text == ENGLISH + "\nSecond line.\nThird caf\u00e9.\n"


def test_default_date_applies_only_when_input_has_none(tmp_path: Path) -> None:
    txt = write(tmp_path, "a.txt", ENGLISH)
    jsonl = write(
        tmp_path,
        "b.jsonl",
        json.dumps({"id": "x", "text": ENGLISH, "published": "2024-01-02"})
        + "\n"
        + json.dumps({"id": "y", "text": ENGLISH})
        + "\n",
    )
    results = read([str(txt), str(jsonl)], default_date="2024-12-18")
    assert [r.published for r in results] == ["2024-12-18", "2024-01-02", "2024-12-18"]


def test_invalid_default_date_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        read([str(write(tmp_path, "a.txt", ENGLISH))], default_date="yesterday")


# --- .html ----------------------------------------------------------------------------------


def test_html_metadata_and_main_text(tmp_path: Path) -> None:
    path = write(tmp_path, "page.html", PAGE)
    article = read_one(path, default_date="2000-01-01")
    assert isinstance(article, Article)
    assert article.id == str(path)
    assert article.title == "NATO chief welcomes Zelensky to Brussels"
    assert article.published == "2024-12-18"  # from the page, not the default
    assert article.url == "https://news.example.com/world/nato-zelensky-brussels"
    assert article.source == "Example News"
    assert "Mark Rutte welcomed Ukrainian President Volodymyr Zelensky" in article.text
    assert '"It is possible. The key factor is political will," he said' in article.text
    for boilerplate in (
        "cookies",
        "Home",
        "Politics",
        "Related stories",
        "Markets fall",
        "Copyright",
        "Privacy policy",
        "Terms of use",
    ):
        assert boilerplate not in article.text


def test_html_without_date_uses_default(tmp_path: Path) -> None:
    page = PAGE.replace(
        '<meta property="article:published_time" content="2024-12-18T09:30:00+00:00">', ""
    )
    path = write(tmp_path, "page.htm", page.replace("Copyright 2024", "Copyright"))
    article = read_one(path, default_date="2024-12-20")
    assert isinstance(article, Article)
    assert article.published == "2024-12-20"


def test_html_declared_charset_is_used(tmp_path: Path) -> None:
    # Windows-1250 bytes that Windows-1252 would misread ("Łódź" would become "£ódŸ")
    page = PAGE.replace('<meta charset="utf-8">', '<meta charset="windows-1250">')
    page = page.replace("to Brussels on Wednesday", "to Łódź on Wednesday")
    article = read_one(write(tmp_path, "page.html", page.encode("cp1250")))
    assert isinstance(article, Article)
    assert "to Łódź on Wednesday" in article.text


def test_html_without_main_text(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Gallery</title><script>var x = 1;</script></head>"
        "<body><div><img src='a.png'></div></body></html>"
    )
    path = write(tmp_path, "empty.html", page)
    assert_error(read_one(path), str(path), "no main text found")


# --- .jsonl ---------------------------------------------------------------------------------


def test_jsonl_all_fields(tmp_path: Path) -> None:
    record = {
        "id": "art-1",
        "text": "NATO chief welcomes Zelensky.\r\n" + ENGLISH,
        "title": "  NATO chief\nwelcomes Zelensky ",
        "published": "2024-12-18T09:30:00+01:00",
        "url": "https://news.example.com/a",
        "source": "Example News",
        "language": "en",
    }
    path = write(tmp_path, "news.jsonl", json.dumps(record) + "\n")
    article = read_one(path, default_date="2000-01-01")
    assert article == Article(
        id="art-1",
        text="NATO chief welcomes Zelensky.\n" + ENGLISH,
        title="NATO chief welcomes Zelensky",
        published="2024-12-18T09:30:00+01:00",  # a datetime is kept as given
        url="https://news.example.com/a",
        source="Example News",
        language="en",
    )


def test_jsonl_bad_lines_are_errors_and_the_rest_is_read(tmp_path: Path) -> None:
    # a bad date is only a warning: line four is still an article, after the warning
    lines = [
        json.dumps({"id": "one", "text": ENGLISH}),
        '{"id": "two" "text": "missing comma"}',
        json.dumps({"id": "three", "title": "no text"}),
        json.dumps({"id": "four", "text": ENGLISH, "published": "yesterday"}),
        json.dumps({"id": "five", "text": FRENCH, "language": "fr"}),
        json.dumps({"id": "six", "text": ENGLISH, "published": "2024-12-18"}),
    ]
    path = write(tmp_path, "news.jsonl", "\n".join(lines) + "\n")
    results = read([str(path)])
    assert [type(r).__name__ for r in results] == [
        "Article",
        "ReadError",
        "ReadError",
        "ReadWarning",
        "Article",
        "ReadError",
        "Article",
    ]
    assert [r.id for r in results if isinstance(r, Article)] == ["one", "four", "six"]
    assert_error(results[1], f"{path}:2", "malformed JSON: Expecting ',' delimiter at column 14")
    assert_error(results[2], f"{path}:3", "missing 'text' field")
    assert str(results[3]) == f"{path}:4: 'published' is not a date ('yesterday'); coded without it"
    assert results[4].published is None
    assert_error(results[5], f"{path}:5", "not English (language field 'fr')")
    assert results[6].published == "2024-12-18"


def test_jsonl_blank_lines_skipped_and_missing_id(tmp_path: Path) -> None:
    content = (
        "\n" + json.dumps({"text": ENGLISH}) + "\n  \n" + json.dumps({"id": 7, "text": ENGLISH})
    )
    path = write(tmp_path, "news.jsonl", content)
    results = read([str(path)])
    assert [r.id for r in results] == [f"{path}:2", "7"]


def test_jsonl_language_field_english_is_trusted(tmp_path: Path) -> None:
    path = write(
        tmp_path, "news.jsonl", json.dumps({"id": "x", "text": GERMAN, "language": "EN-gb"})
    )
    assert isinstance(read_one(path), Article)


def test_jsonl_compact_date_normalised(tmp_path: Path) -> None:
    path = write(
        tmp_path, "news.jsonl", json.dumps({"id": "x", "text": ENGLISH, "published": "20241218"})
    )
    assert read_one(path).published == "2024-12-18"


def test_jsonl_other_errors(tmp_path: Path) -> None:
    lines = [
        "[1, 2]",
        json.dumps({"id": "x", "text": 5}),
        json.dumps({"id": "x", "text": "   "}),
        json.dumps({"id": "x", "text": ENGLISH, "title": ["a"]}),
        json.dumps({"id": "x", "text": GERMAN}),
        json.dumps({"id": "x", "text": ENGLISH + " " * 300}),
        json.dumps({"id": "last", "text": ENGLISH}),
    ]
    path = write(tmp_path, "news.jsonl", "\n".join(lines))
    results = read([str(path)], max_bytes=400)
    assert_error(results[0], f"{path}:1", "not a JSON object")
    assert_error(results[1], f"{path}:2", "'text' is not a string")
    assert_error(results[2], f"{path}:3", "empty")
    assert_error(results[3], f"{path}:4", "'title' is not a string")
    assert_error(results[4], f"{path}:5", "not English (detected 'de')")
    assert_error(results[5], f"{path}:6", f"too large: {len(lines[5])} bytes > limit 400 bytes")
    assert isinstance(results[6], Article) and results[6].id == "last"


def test_jsonl_empty_and_binary(tmp_path: Path) -> None:
    empty = write(tmp_path, "empty.jsonl", "\n\n  \n")
    binary = write(tmp_path, "bin.jsonl", b'{"id": "a"}\n\x00\x01\x02')
    assert_error(read_one(empty), str(empty), "empty")
    assert_error(read_one(binary), str(binary), "binary data (NUL bytes)")


# --- stdin ----------------------------------------------------------------------------------


@pytest.mark.parametrize("stream", [io.StringIO(ENGLISH), io.BytesIO(ENGLISH.encode())])
def test_stdin_text_and_bytes(stream: io.IOBase) -> None:
    article = read_one("-", stdin=stream, default_date="2024-12-18")
    assert article == Article(id="<stdin>", text=ENGLISH, published="2024-12-18")


def test_stdin_wrapper_with_buffer() -> None:
    stream = io.TextIOWrapper(io.BytesIO(codecs.BOM_UTF8 + ENGLISH.encode()), encoding="utf-8")
    article = read_one("-", stdin=stream)
    assert isinstance(article, Article) and article.text == ENGLISH


def test_stdin_errors() -> None:
    assert_error(read_one("-", stdin=io.StringIO("  \n")), "<stdin>", "empty")
    too_big = io.StringIO(ENGLISH)
    assert_error(read_one("-", stdin=too_big, max_bytes=50), "<stdin>", "too large")
    assert_error(read_one("-", stdin=io.StringIO(GERMAN)), "<stdin>", "not English (detected 'de')")


# --- errors and decoding --------------------------------------------------------------------


def test_missing_file_and_empty_folder(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    assert_error(read_one(missing), str(missing), "file not found")
    assert_error(read_one(tmp_path), str(tmp_path), "no supported files in folder")


def test_empty_and_whitespace_only(tmp_path: Path) -> None:
    empty = write(tmp_path, "empty.txt", b"")
    blank = write(tmp_path, "blank.txt", " \n\t\r\n  ")
    bom_only = write(tmp_path, "bom.txt", codecs.BOM_UTF8 + b"\n")
    assert_error(read_one(empty), str(empty), "empty")
    assert_error(read_one(blank), str(blank), "empty")
    assert_error(read_one(bom_only), str(bom_only), "empty")


def test_binary_data(tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + bytes(range(256))
    path = write(tmp_path, "image.txt", png)
    assert_error(read_one(path), str(path), "binary data (NUL bytes)")


def test_invalid_utf8_that_cannot_be_decoded(tmp_path: Path) -> None:
    # 0x81 is undefined in Windows-1252 too, so no fallback applies
    path = write(tmp_path, "bad.txt", b"Hello world \x81\x8d\xff and more text")
    assert_error(read_one(path), str(path), "not UTF-8 text (invalid byte 0x81 at offset 12)")


def test_latin1_is_decoded_as_windows_1252(tmp_path: Path) -> None:
    text = "The café on the corner was closed on Monday, the owner said. “Sorry”"
    latin1 = write(tmp_path, "latin1.txt", text[:-8].encode("latin-1"))
    cp1252 = write(tmp_path, "cp1252.txt", text.encode("cp1252"))
    assert read_one(latin1).text == text[:-8]
    assert read_one(cp1252).text == text


def test_utf8_bom_is_stripped(tmp_path: Path) -> None:
    path = write(tmp_path, "bom.txt", codecs.BOM_UTF8 + ENGLISH.encode())
    assert read_one(path).text == ENGLISH


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_bom(tmp_path: Path, encoding: str) -> None:
    data = ENGLISH.encode(encoding)
    if encoding != "utf-16":  # the plain codec writes its own BOM
        bom = codecs.BOM_UTF16_LE if encoding.endswith("le") else codecs.BOM_UTF16_BE
        data = bom + data
    path = write(tmp_path, "u16.txt", data)
    assert read_one(path).text == ENGLISH


def test_too_large(tmp_path: Path) -> None:
    path = write(tmp_path, "big.txt", "x" * 2500)
    assert_error(read_one(path, max_bytes=1000), str(path), "too large: 2.5 KB > limit 1 KB")
    assert MAX_ARTICLE_BYTES == 2_000_000


@pytest.mark.parametrize("text, code", [(GERMAN, "de"), (FRENCH, "fr")])
def test_not_english(tmp_path: Path, text: str, code: str) -> None:
    path = write(tmp_path, f"{code}.txt", text)
    assert_error(read_one(path), str(path), f"not English (detected '{code}')")
    assert isinstance(read_one(path, check_language=False), Article)


def test_english_with_foreign_names_and_short_texts_are_accepted(tmp_path: Path) -> None:
    mixed = write(
        tmp_path,
        "mixed.txt",
        '"Wir schaffen das, und wir werden die Ukraine nicht allein lassen," sagte Scholz. '
        "Chancellor Olaf Solz said this in the Bundestag, and the opposition said it was late.",
    )
    short = write(tmp_path, "short.txt", "Der Kanzler sagte nein.")
    assert isinstance(read_one(mixed), Article)
    assert isinstance(read_one(short), Article)
    assert english_share(GERMAN) < 0.05 and english_share(ENGLISH) > 0.15


def test_unsupported_extension(tmp_path: Path) -> None:
    pdf = write(tmp_path, "report.pdf", b"%PDF-1.4")
    bare = write(tmp_path, "README", ENGLISH)
    assert_error(
        read_one(pdf),
        str(pdf),
        "unsupported file type '.pdf'; expected .txt, .html, .htm, .jsonl, .jsonl.gz, .warc or "
        ".warc.gz",
    )
    assert_error(read_one(bare), str(bare), "unsupported file type (no extension)")


def test_errors_do_not_stop_the_batch_and_order_is_kept(tmp_path: Path) -> None:
    good = write(tmp_path, "good.txt", ENGLISH)
    (tmp_path / "empty").mkdir()
    paths = [str(tmp_path / "missing.txt"), str(good), "-", str(tmp_path / "empty")]
    results = read(paths, stdin=io.StringIO(ENGLISH))
    assert [type(r).__name__ for r in results] == ["ReadError", "Article", "Article", "ReadError"]
    assert [r.id for r in results if isinstance(r, Article)] == [str(good), "<stdin>"]
