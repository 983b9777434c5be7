"""Finding quoted stretches: pure text functions, no parse (see the package docstring,
"Quoted stretches").

In:  an article's text.
Out: :class:`Stretch` es of text between quotation marks, in order, and :class:`Quoted`, which
     tells fast whether a character lies inside one.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

#: Double quotation marks; "``" and "''" are the typewriter pairs of wire and archive text.
OPENERS, CLOSERS = frozenset({'"', "“", "``", "''"}), frozenset({'"', "”", "''"})
_MARK = re.compile(r"``|''|[\"“”]")
_TAG = re.compile(r"</?[A-Za-z][^<>\n]*>")  # markup left in the text: its quotes are not speech
# a single-quoted phrase: not an apostrophe inside or at the end of a word
_SINGLE = re.compile(r"(?<![\w‘’'])(['‘])((?:(?!\1)[^\n‘’']|['’](?=\w))+?)['’](?!\w)")


@dataclass(frozen=True)
class Stretch:
    """Text between quotation marks: ``mark`` is the opening mark's offset, ``start``/``end``
    the content (marks excluded); ``closed`` is False when it ran to a paragraph's end."""

    mark: int
    start: int
    end: int
    closed: bool
    double: bool = True

    def outer_end(self, text: str) -> int:
        """The offset after the closing mark (the content's end when unclosed)."""
        if not self.closed:
            return self.end
        return self.end + (2 if text[self.end:self.end + 2] == "''" else 1)


# --------------------------------------------------------------------------------------------
# Finding quoted stretches (pure text functions)


def _lines(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every line, newline excluded."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _continues(text: str, lines: list[tuple[int, int]], n: int) -> int | None:
    """The index of the paragraph that continues an open quotation of line ``n``: the next
    non-blank line, when it opens with a quotation mark."""
    for m in range(n + 1, len(lines)):
        body = text[lines[m][0]:lines[m][1]].strip()
        if body:
            return m if _MARK.match(body) and _MARK.match(body).group() in OPENERS else None
    return None


def trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


class _Tags:
    """Markup left in a text ('<tweet id="75..." author="...">'): its quotation marks
    delimit attribute values, not speech."""

    def __init__(self, text: str):
        self.spans = [(m.start(), m.end()) for m in _TAG.finditer(text)] if "<" in text else []
        self.starts = [a for a, _ in self.spans]

    def inside(self, pos: int) -> bool:
        n = bisect_right(self.starts, pos) - 1
        return n >= 0 and pos < self.spans[n][1]


def _misused_opener(text: str, found: re.Match[str]) -> bool:
    """'"Apparently not,“ he said': an opening curly mark typed where a closing one belongs
    (inside an open quotation, not followed by a word)."""
    after = text[found.end():found.end() + 1]
    return found.group() == "“" and (not after or not after.isalnum())


def double_quoted(text: str) -> list[Stretch]:
    """Stretches in double quotation marks, paragraph by paragraph: a straight or curly mark
    opens, the next straight or curly closing mark closes; an open quotation continues into
    the next paragraph when that one opens with a mark, else it ends with its paragraph."""
    lines = _lines(text)
    tags = _Tags(text)
    out: list[Stretch] = []
    mark = start = None
    skip = -1  # the offset of a continuation paragraph's opening mark
    for n, (a, b) in enumerate(lines):
        for found in _MARK.finditer(text, a, b):
            pos, sign = found.start(), found.group()
            if pos == skip or tags.inside(pos):
                continue
            if start is None and sign in OPENERS:
                mark, start = pos, found.end()
            elif start is not None and (sign in CLOSERS or _misused_opener(text, found)):
                out.append(Stretch(mark, start, pos, True))
                mark = start = None
        if start is None:
            continue
        nxt = _continues(text, lines, n)
        if nxt is None:
            out.append(Stretch(mark, start, trim_end(text, start, b), False))
            mark = start = None
        else:
            body = text[lines[nxt][0]:lines[nxt][1]]
            skip = lines[nxt][0] + len(body) - len(body.lstrip())
    return [s for s in out if any(ch.isalnum() for ch in text[s.start:s.end])]


def single_quoted(text: str, outside: list[Stretch]) -> list[Stretch]:
    """Phrases in single quotation marks ('next steps', ‘next steps’) that lie outside every
    double-quoted stretch; an apostrophe inside or at the end of a word is not a mark."""
    out = []
    for match in _SINGLE.finditer(text):
        start, end = match.start(2), match.end(2)
        inside = any(s.mark <= match.start() <= s.end for s in outside)
        if not inside and not text[start].isspace() and not text[end - 1].isspace():
            out.append(Stretch(match.start(), start, end, True, double=False))
    return out


def quoted_stretches(text: str) -> list[Stretch]:
    """All quoted stretches of a text, in order."""
    doubles = double_quoted(text)
    return sorted(doubles + single_quoted(text, doubles), key=lambda s: s.start)


# --------------------------------------------------------------------------------------------
# Reading the parse


class Quoted:
    """Which characters lie inside quotation marks (marks included), for fast lookups."""

    def __init__(self, stretches: list[Stretch]):
        self.stretches = stretches
        self.starts = [s.mark for s in stretches]

    def at(self, char: int) -> Stretch | None:
        n = bisect_right(self.starts, char) - 1
        if n >= 0 and char <= self.stretches[n].end:
            return self.stretches[n]
        return None

    def share(self, start: int, end: int) -> float:
        """The share of non-space characters of ``[start, end)`` inside the stretches."""
        total = inside = 0
        for s in self.stretches:
            if s.end > start and s.start < end:
                inside += max(0, min(end, s.end) - max(start, s.start))
        total = end - start
        return inside / total if total > 0 else 0.0
