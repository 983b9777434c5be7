"""Inputs split into parts that cluster workers read: the parts give exactly what reading
the inputs whole gives, whatever the files hold (our own invented inputs)."""

from __future__ import annotations

import gzip
import json

import pytest

from newsevents.partitions import Partition, jsonl_blocks, plan, read_partition
from newsevents.read import ReadError, read_inputs

STORY = ("The harbour authority of Port Velmar reopened the northern quay on {day} after "
         "repairs, and fishing crews returned to work, the mayor said.")


def _line(i: int) -> str:
    return json.dumps({"id": f"n{i}", "text": STORY.format(day=f"day {i}"),
                       "published": "2025-04-0" + str(1 + i % 9)})


@pytest.fixture()
def inputs(tmp_path) -> list[str]:
    """Every kind of input and of trouble, in a folder and beside it."""
    folder = tmp_path / "archive"
    (folder / "sub").mkdir(parents=True)
    lines = [_line(i) for i in range(23)]
    lines[4] = ""                          # blank
    lines[7] = "{not json"                 # malformed
    lines[11] = json.dumps({"id": "n11"})  # no text
    lines[15] = json.dumps({"id": "big", "text": "word " * 400_001})  # over the limit
    (folder / "wire.jsonl").write_text("\n".join(lines))  # no newline at the end
    (folder / "sub" / "a.html").write_text(
        "<html><body><article><p>" + STORY.format(day="Monday") + "</p></article></body></html>")
    (folder / "sub" / "b.txt").write_text(STORY.format(day="Tuesday"))
    (folder / "sub" / "c.txt").write_bytes(b"\x00\x01binary")
    (folder / "sub" / "d.txt").write_text("")
    with gzip.open(folder / "packed.jsonl.gz", "wt") as f:
        f.write("\n".join(_line(i) for i in range(30, 35)) + "\n")
    (tmp_path / "empty").mkdir()
    (tmp_path / "short.jsonl").write_text(_line(40) + "\n" + _line(41) + "\n")
    return [str(folder), str(tmp_path / "missing.jsonl"), str(tmp_path / "empty"),
            str(tmp_path / "notes.doc"), str(tmp_path / "short.jsonl")]


def _items(items) -> list[tuple]:
    return [(type(item).__name__, getattr(item, "id", None), item.input, item.line, str(item))
            for item in items]


def _read_by_parts(parts) -> list:
    out = []
    for part in parts:
        if isinstance(part, Partition):
            out += read_partition(part)
        elif isinstance(part, ReadError):
            out.append(part)
        else:
            out += read_inputs([part])
    return out


@pytest.mark.parametrize("lines,files", [(1, 1), (3, 2), (16, 16), (1000, 1000)])
def test_parts_read_what_a_whole_read_gives(inputs, lines, files):
    whole = _items(read_inputs(inputs))
    parts = list(plan(inputs, lines, files))
    assert _items(_read_by_parts(parts)) == whole
    assert any(isinstance(p, Partition) and p.start for p in parts) == (lines < 23)


def test_what_workers_cannot_enter_midway_is_left_to_the_client(inputs):
    parts = list(plan(inputs, 3, 2))
    client = [p for p in parts if isinstance(p, str)]
    assert any(p.endswith(".jsonl.gz") for p in client)
    assert any(p.endswith("missing.jsonl") for p in client)  # its error is the client's
    assert any(isinstance(p, ReadError) and "no supported files" in p.reason for p in parts)


def test_blocks_cut_at_line_starts(tmp_path):
    path = tmp_path / "w.jsonl"
    path.write_text("".join(_line(i) + "\n" for i in range(10)))
    blocks = list(jsonl_blocks(str(path), 4))
    assert [(b.first_line, b.end is None) for b in blocks] == [(1, False), (5, False), (9, True)]
    data = path.read_bytes()
    assert all(data[b.start - 1:b.start] == b"\n" for b in blocks[1:])
    assert list(jsonl_blocks(str(path), 10)) == [Partition((str(path),), 0, len(data), 1)]


def test_the_default_date_travels_with_the_part(tmp_path):
    path = tmp_path / "undated.txt"
    path.write_text(STORY.format(day="Friday"))
    (part,) = plan([str(path)], 16, 16, "2025-01-31")
    (article,) = read_partition(part)
    assert article.published == "2025-01-31"
