"""Inputs split into parts that cluster workers read themselves (``ingest --engine dask``).

In:  the paths given to ``newsevents ingest``.
Out: in input order, :class:`Partition` (a block of lines of a ``.jsonl`` file, found by
     counting newlines without parsing anything, or a group of single-article ``.html`` /
     ``.txt`` files), a path that the client reads itself (standard input, ``.jsonl.gz`` and
     WARC files, which cannot be entered in the middle, and anything that is not a readable
     file, so that its error is the one a local run reports), or a ReadError about a folder.

A worker reads a partition with :func:`read_partition` and gets the very items
:func:`newsevents.read.read_inputs` gives for the same lines or files, so the store ends the
same whichever process read them. Workers must see the input paths (a shared file system),
as with any Dask reader of files.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from .read import ReadError, read_file, read_jsonl_block, supported_suffix, walk_inputs

# Single-article files that workers read, grouped; a JSONL file is split in blocks of lines.
GROUPED = (".html", ".htm", ".txt")
CHUNK = 1 << 20  # bytes read at a time while counting lines


@dataclass(frozen=True)
class Partition:
    """Lines ``first_line``.. of ``files[0]`` from byte ``start`` to ``end`` (None: the end)
    of a JSONL file; or, with ``start`` None, the whole of each single-article file."""

    files: tuple[str, ...]
    start: int | None = None
    end: int | None = None
    first_line: int = 1
    default_date: str | None = None  # of articles that carry none (``--date``)

    @property
    def name(self) -> str:
        """For messages: the file and its first line, or the first file."""
        if self.start is None:
            more = f" (+{len(self.files) - 1} files)" if len(self.files) > 1 else ""
            return self.files[0] + more
        return f"{self.files[0]}:{self.first_line}"


def plan(paths: Sequence[str], lines: int, files: int, default_date: str | None = None
         ) -> Iterator[Partition | str | ReadError]:
    """The parts of ``paths`` in input order: JSONL blocks of ``lines`` lines, groups of up to
    ``files`` single-article files, paths the client reads, folder errors."""
    group: list[str] = []
    for entry in walk_inputs(paths):
        kind = supported_suffix(os.path.basename(entry)) if isinstance(entry, str) else None
        if isinstance(entry, str) and kind in GROUPED and os.path.isfile(entry):
            group.append(entry)
            if len(group) == files:
                yield Partition(tuple(group), default_date=default_date)
                group = []
            continue
        if group:
            yield Partition(tuple(group), default_date=default_date)
            group = []
        if isinstance(entry, str) and kind == ".jsonl" and os.path.isfile(entry):
            yield from jsonl_blocks(entry, lines, default_date)
        else:
            yield entry
    if group:
        yield Partition(tuple(group), default_date=default_date)


def jsonl_blocks(path: str, lines: int, default_date: str | None = None
                 ) -> Iterator[Partition | str]:
    """Blocks of ``lines`` lines of a JSONL file, by counting newlines in chunks (the file
    is never held); the path itself when it cannot be opened (the client then reports it)."""
    try:
        f = open(path, "rb")  # noqa: SIM115 - closed below, after the last block is known
    except OSError:
        yield path
        return
    with f:
        start, first_line, seen, offset = 0, 1, 0, 0
        while chunk := f.read(CHUNK):
            at = -1
            while (at := chunk.find(b"\n", at + 1)) >= 0:
                seen += 1
                if seen == lines:
                    end = offset + at + 1
                    yield Partition((path,), start, end, first_line, default_date)
                    start, first_line, seen = end, first_line + lines, 0
            offset += len(chunk)
    if start == 0:
        yield Partition((path,), 0, None, 1, default_date)  # one block: the whole file
    elif start < offset:
        yield Partition((path,), start, None, first_line, default_date)


def read_partition(partition: Partition) -> Iterator[Any]:
    """The read items (articles, errors, warnings) of a partition, as ``read_inputs``
    gives them for the same lines or files."""
    if partition.start is None:
        for path in partition.files:
            yield from read_file(path, partition.default_date)
    else:
        yield from read_jsonl_block(partition.files[0], partition.start, partition.end,
                                    partition.first_line, partition.default_date)
