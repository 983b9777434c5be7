"""An in-memory index of the flat event table, so that ``GET /api/events`` (and the
``/events`` page) answer without a query: a new request costs a fraction of a millisecond
of array work instead of 10-20 ms of SQL.

What it holds (:class:`EventIndex`), built from one ordered read of ``events_flat``:

- events numbered in the API's default order (oldest first); each event's first row (its
  first actor and recipient) is row ``e`` of event ``e``, its other rows follow all those,
  so that the events a condition selects are a boolean array in that order; the runs of
  events of one day, for ``sort=-date``;
- every column a filter checks, as integer codes into a vocabulary (types, modes, countries,
  sectors, Wikidata ids, names, places, sentences, articles), with the rows of each code, or
  as day numbers (dates);
- for the columns checked case-insensitively (names, places, sentences), each distinct
  value as the *database* lowercases it (its ``lower()``, which its ``ILIKE`` uses), with a
  bigram table (:class:`Substrings`) that finds a piece of text in all of them at once;
- each event's JSON, as the API sends it, so that a page is a join of bytes.

A filter is read once, by :func:`newsevents.store.query.conditions`; ``where_clause`` turns
its checks into SQL, :meth:`EventIndex.rows` evaluates them here. A check the index cannot
evaluate exactly as the database would answers None, and the caller uses SQL: a piece of
text with a character outside ASCII (case folding beyond ASCII is the database's own) or with
``%``, ``_`` or ``\\`` (whose meaning in a pattern differs between DuckDB and PostgreSQL),
or a whole sentence (only words are looked for in sentences).
``tests/test_web_index.py`` checks the index against SQL on many filter combinations, on
DuckDB and PostgreSQL.

:class:`IndexKeeper` builds the index in a background thread when the app starts, compares
the store's signature (:func:`~newsevents.store.views.signature`: counts, the latest coding
time, reclustering flags) every ``check_seconds``, and rebuilds it when the store changed
while the old one keeps answering; a write of the app's own drops it at once (SQL answers
until the next one is built). A store with more events than ``max_events`` gets no index.

Memory (:attr:`EventIndex.nbytes`, shown by ``/api/stats``): each event's JSON (0.9 KB for
the benchmark's synthetic events, about 1.1 KB for news), about 150 bytes per flat row for
the codes and the rows of each code, and 5 bytes per character of the distinct sentences and
names (lowercased, and the bigram table): 122 MB for the benchmark's 100,000 events, about
200 MB for 100,000 events of news (150-200 character sentences). While a new index is built
the old one stays, so the peak is twice that; ``serve --workers N`` keeps one per process.
"""

from __future__ import annotations

import logging
import threading
import time
from array import array
from collections import OrderedDict
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np

from ..errors import StoreError
from ..store import Store
from ..store.query import Check, Conditions
from ..store.views import Selection, event_batches, per_event, signature

log = logging.getLogger("newsevents.web")

NULL_DAY = np.iinfo(np.int32).max  # a row without a date: passes no date test
# Characters whose meaning in an ILIKE pattern differs between DuckDB (no escape character)
# and PostgreSQL (backslash), and the separator of the concatenated texts.
UNSAFE = frozenset("%_\\\x00")

# The columns filters test, by vocabulary: columns that share one share their values' codes.
VOCABULARIES: dict[str, tuple[str, ...]] = {
    "event_type": ("event_type",), "event_mode": ("event_mode",), "modality": ("modality",),
    "quad_code": ("quad_code",), "article_id": ("article_id",),
    "geonames_id": ("geonames_id",),
    "wikidata": ("actor_wikidata", "recipient_wikidata"),
    "country": ("actor_country", "recipient_country"),
    "sector": ("actor_sector", "recipient_sector"),
    "name": ("actor_name", "actor_name_raw", "recipient_name", "recipient_name_raw"),
    "place": ("placename", "raw_placename"),
    "sentence": ("sentence",),
}
# Vocabularies tested case-insensitively: the database's lower() of each value is read too.
FOLDED = ("name", "place", "sentence")
# ... those searched for a piece of text, and those only searched (never for a whole value).
SEARCHED = ("name", "sentence")
SEARCHED_ONLY = ("sentence",)
LOWERED = tuple(c for v in FOLDED for c in VOCABULARIES[v])
# The rows of a set of codes are found the cheapest way, by these costs (measured, per row,
# in units of comparing one row with one code): marking a row of a code, looking a row up in
# a table; comparing costs 1 per row and code. Sets of more codes than MANY_CODES are not
# compared or marked.
COST_MARK, COST_TABLE, MANY_CODES = 100, 50, 256
# Text searches kept per vocabulary (each a list of codes: at most 4 bytes per value).
SEARCHES_KEPT = 64


def safe_text(text: str) -> bool:
    """True when the index finds ``text`` in a column exactly as the database's ILIKE
    would: ASCII (lowercased the same everywhere), none of :data:`UNSAFE`."""
    return text.isascii() and not UNSAFE.intersection(text)


# --- finding text ----------------------------------------------------------------------------


class Substrings:
    """Which of a list of (lowercase) strings contain a piece of ASCII text.

    The strings are kept as one UTF-8 byte array, separated by NUL, with the positions of
    every byte pair sorted by pair: the rarest pair of the text gives the candidates, whose
    other bytes are compared at once. An ASCII byte never occurs inside a multi-byte UTF-8
    character, so a match of bytes is a match of characters."""

    def __init__(self, strings: Sequence[str]) -> None:
        encoded = [s.encode("utf-8") for s in strings]
        data = b"\x00" + b"\x00".join(encoded) + b"\x00"
        self.text = np.frombuffer(data, dtype=np.uint8)
        lengths = np.fromiter((len(e) for e in encoded), dtype=np.int64, count=len(encoded))
        self.starts = (np.cumsum(lengths + 1) - lengths).astype(np.int64)  # after each NUL
        pairs = (self.text[:-1].astype(np.uint16) << 8) | self.text[1:]
        self.positions = np.argsort(pairs, kind="stable").astype(np.uint32)
        self.bounds = np.concatenate(([0], np.cumsum(np.bincount(pairs, minlength=65536))))
        self.count = len(encoded)

    @property
    def nbytes(self) -> int:
        return self.text.nbytes + self.starts.nbytes + self.positions.nbytes \
            + self.bounds.nbytes

    def containing(self, needle: bytes) -> np.ndarray:
        """A boolean per string: it contains ``needle`` (lowercase ASCII, no NUL)."""
        found = np.zeros(self.count, dtype=bool)
        if not needle:
            found[:] = True
            return found
        where = self._candidates(needle)
        size = len(self.text)
        where = where[(where >= 0) & (where + len(needle) <= size)]
        for j, byte in enumerate(needle):
            if where.size == 0:
                break
            where = where[self.text[where + j] == byte]
        found[np.searchsorted(self.starts, where, side="right") - 1] = True
        return found

    def _candidates(self, needle: bytes) -> np.ndarray:
        """Where ``needle`` may start: after the positions of its rarest byte pair (or of
        its byte, for one byte)."""
        if len(needle) == 1:
            low, high = needle[0] << 8, (needle[0] + 1) << 8
            return self.positions[self.bounds[low]:self.bounds[high]].astype(np.int64)
        pairs = [(needle[k] << 8) | needle[k + 1] for k in range(len(needle) - 1)]
        sizes = [self.bounds[p + 1] - self.bounds[p] for p in pairs]
        k = int(np.argmin(sizes))
        pair = pairs[k]
        return self.positions[self.bounds[pair]:self.bounds[pair + 1]].astype(np.int64) - k


# --- the columns -----------------------------------------------------------------------------


class Vocabulary:
    """The distinct values of one or more columns, numbered in order of first sight; with
    the database's lowercase form of each when the columns are tested in any case. A
    vocabulary only searched for text (sentences) keeps no values once its search table is
    built: a check of a whole value then goes to SQL."""

    def __init__(self, folded: bool) -> None:
        self.codes: dict[Any, int] | None = {}
        self.size = 0
        self.lowered: list[str] | None = [] if folded else None
        self.by_lowered: dict[str, list[int]] = {}
        self.substrings: Substrings | None = None
        self._searched: OrderedDict[bytes, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def encode(self, value: Any, lowered: str | None) -> int:
        """The code of ``value`` (-1 for NULL), added when new."""
        if value is None:
            return -1
        assert self.codes is not None, "a finished vocabulary"
        code = self.codes.get(value)
        if code is None:
            code = self.codes[value] = len(self.codes)
            if self.lowered is not None:
                if lowered is None:
                    raise StoreError("the database gave no lower() of a value", "S006")
                self.lowered.append(lowered)
        return code

    def finish(self, searched: bool, whole: bool) -> None:
        """Index the lowercase values: for text when ``searched``, for whole values when
        ``whole`` (else forget the values)."""
        assert self.codes is not None
        self.size = len(self.codes)
        if self.lowered is not None and searched:
            self.substrings = Substrings(self.lowered)
        if not whole:
            self.codes = self.lowered = None
        elif self.lowered is not None:
            for code, lowered in enumerate(self.lowered):
                self.by_lowered.setdefault(lowered, []).append(code)

    def containing(self, needle: bytes) -> np.ndarray:
        """The codes of the values that contain ``needle`` (lowercase ASCII); the last
        searches are kept, since a word that is in many values costs most to find."""
        assert self.substrings is not None
        with self._lock:
            found = self._searched.get(needle)
            if found is not None:
                self._searched.move_to_end(needle)
                return found
        found = np.flatnonzero(self.substrings.containing(needle))
        with self._lock:
            self._searched[needle] = found
            while len(self._searched) > SEARCHES_KEPT:
                self._searched.popitem(last=False)
        return found

    @property
    def nbytes(self) -> int:
        """About what the vocabulary holds in memory."""
        strings = sum(len(v) + 50 if isinstance(v, str) else 32 for v in self.codes or ())
        strings += sum(len(v) + 50 for v in self.lowered or ())
        extra = self.substrings.nbytes if self.substrings is not None else 0
        return strings + (100 * self.size if self.codes is not None else 0) + extra


class Coded:
    """One column: each row's code in ``vocabulary``, and the rows of each code (``rows``
    sorted by code, ``bounds[c]:bounds[c + 1]`` those of code ``c``), so that a rare value
    costs as little as its rows."""

    def __init__(self, codes: np.ndarray, vocabulary: Vocabulary) -> None:
        self.codes = codes
        self.vocabulary = vocabulary
        known = codes >= 0
        self.rows = np.flatnonzero(known)[np.argsort(codes[known], kind="stable")
                                          ].astype(np.int32)
        self.bounds = np.concatenate(([0], np.cumsum(np.bincount(
            codes[known].astype(np.int64), minlength=vocabulary.size)))).astype(np.int64)
        self.bounds_list: list[int] = self.bounds.tolist()  # the same, for Python's sums

    @property
    def nbytes(self) -> int:
        return self.codes.nbytes + self.rows.nbytes + self.bounds.nbytes \
            + 36 * len(self.bounds_list)

    def codes_for(self, check: Check) -> np.ndarray | None:
        """The codes of the values that pass ``check`` (sorted), or None when the index
        cannot tell."""
        vocabulary = self.vocabulary
        if vocabulary.codes is None:  # searched only
            if check.op == "contains" and safe_text(check.value):
                return vocabulary.containing(check.value.lower().encode("ascii"))
            return None
        if check.op == "=":
            code = vocabulary.codes.get(check.value)
            return np.array([] if code is None else [code], dtype=np.int64)
        if check.op == "in":
            return np.unique(np.array([vocabulary.codes[v] for v in check.value
                                       if v in vocabulary.codes], dtype=np.int64))
        if check.op in ("ilike", "contains") and vocabulary.lowered is not None \
                and safe_text(check.value):
            needle = check.value.lower()
            if check.op == "ilike":
                return np.array(vocabulary.by_lowered.get(needle, []), dtype=np.int64)
            if vocabulary.substrings is not None:
                return vocabulary.containing(needle.encode("ascii"))
        return None

    def test(self, check: Check) -> np.ndarray | None:
        """The rows that pass ``check``, or None when the index cannot tell."""
        codes = self.codes_for(check)
        return None if codes is None else self.having(codes)

    def having(self, codes: np.ndarray) -> np.ndarray:
        """The rows whose code is one of ``codes`` (sorted), the cheapest way: comparing
        every row with each code, marking the rows of each code, or a lookup table."""
        n, k = len(self.codes), len(codes)
        few = codes.tolist() if k <= MANY_CODES else []  # Python ints: compared in the
        bounds = self.bounds_list                         # codes' own type, summed fast
        costs = {"table": COST_TABLE * n, "compare": k * n}
        if few:
            costs["mark"] = COST_MARK * sum(bounds[c + 1] - bounds[c] for c in few) + n // 2
        way = min(costs, key=costs.__getitem__)
        if way == "mark" or k == 0:
            found = np.zeros(n, dtype=bool)
            for code in few:
                found[self.rows[bounds[code]:bounds[code + 1]]] = True
            return found
        if way == "compare":
            found = self.codes == few[0]
            for code in few[1:]:
                found |= self.codes == code
            return found
        table = np.zeros(self.vocabulary.size + 1, dtype=bool)
        table[codes] = True  # the last slot, where NULL's -1 points, stays False
        return np.take(table, self.codes)


def _both(codes: np.ndarray, others: np.ndarray) -> np.ndarray:
    """The codes in both sorted arrays (the smaller looked up in the larger)."""
    small, large = (codes, others) if len(codes) <= len(others) else (others, codes)
    if not len(large):
        return large
    at = np.minimum(np.searchsorted(large, small), len(large) - 1)
    return small[large[at] == small]


@dataclass
class Days:
    """A date column: each row's day number (``date.toordinal``), :data:`NULL_DAY` when
    NULL."""

    days: np.ndarray

    @property
    def nbytes(self) -> int:
        return self.days.nbytes

    def test(self, check: Check) -> np.ndarray | None:
        if not isinstance(check.value, date):
            return None
        day = check.value.toordinal()
        if check.op == ">=":
            return (self.days >= day) & (self.days != NULL_DAY)
        if check.op == "<=":
            return self.days <= day
        if check.op == "=":
            return self.days == day
        return None


# --- the index -------------------------------------------------------------------------------


class EventIndex:
    """The flat event table in arrays (see the module's docstring); read-only once built,
    so any number of threads may use it.

    Rows are laid out with each event's first row (its first actor and recipient) first,
    row ``e`` for event ``e``, events numbered in the default order (oldest first); the
    other rows follow, with ``extra_event`` giving their event. So the events that a
    condition on the event selects are the first ``n_events`` values of a row mask."""

    def __init__(self, extra_event: np.ndarray, columns: dict[str, Any],
                 vocabularies: dict[str, Vocabulary], event_day: np.ndarray,
                 events_json: list[bytes]) -> None:
        self.extra_event = extra_event  # the event of each row after the first rows
        self.columns = columns          # column name -> Coded | Days, over all rows
        self.vocabularies = vocabularies
        self.events_json = events_json
        # Runs of events with one day (undated last), latest first: `sort=-date` takes the
        # runs in this order, each in the default order.
        starts = np.flatnonzero(np.diff(event_day, prepend=np.int32(NULL_DAY - 1)))
        ends = np.append(starts[1:], len(event_day)).astype(np.int64)[:len(starts)]
        dated = event_day[starts] != NULL_DAY
        self.run_starts = np.concatenate((starts[dated][::-1], starts[~dated]))
        self.run_ends = np.concatenate((ends[dated][::-1], ends[~dated]))

    @property
    def n_events(self) -> int:
        return len(self.events_json)

    @property
    def n_rows(self) -> int:
        return self.n_events + len(self.extra_event)

    @property
    def nbytes(self) -> int:
        """About the memory the index holds."""
        arrays = self.extra_event.nbytes + self.run_starts.nbytes + self.run_ends.nbytes \
            + sum(c.nbytes for c in self.columns.values())
        words = sum(v.nbytes for v in self.vocabularies.values())
        return arrays + words + sum(len(j) + 41 for j in self.events_json)

    # --- answering ---------------------------------------------------------------------------

    def rows(self, conditions: Conditions) -> np.ndarray | None:
        """The rows that meet all ``conditions``, or None when one of their checks is
        beyond the index; all rows for no condition."""
        masks: list[np.ndarray] = []
        # Conditions of one check on the same coded column meet on its values first (the
        # words of `text`: "a word in every sentence" costs nothing then).
        wanted: dict[str, np.ndarray] = {}
        for alternatives in conditions:
            column = self.columns.get(alternatives[0].column)
            if len(alternatives) == 1 and isinstance(column, Coded):
                codes = column.codes_for(alternatives[0])
                if codes is None:
                    return None
                name = alternatives[0].column
                wanted[name] = _both(wanted[name], codes) if name in wanted else codes
                continue
            passed = None
            for check in alternatives:
                if check.op == "party":
                    found = self._party(check)
                else:
                    column = self.columns.get(check.column)
                    found = column.test(check) if column is not None else None
                if found is None:
                    return None
                passed = found if passed is None else np.logical_or(passed, found, out=passed)
            masks.append(passed)
        masks += [self.columns[name].having(codes) for name, codes in wanted.items()]
        if not masks:
            return np.ones(self.n_rows, dtype=bool)
        rows = masks[0]
        for mask in masks[1:]:
            np.logical_and(rows, mask, out=rows)
        return rows

    def _party(self, check: Check) -> np.ndarray | None:
        """The rows whose side ``check.column`` has the name and country of a ``party``
        check."""
        name, country = check.value
        names = self.columns.get(f"{check.column}_name")
        countries = self.columns.get(f"{check.column}_country")
        if not isinstance(names, Coded) or not isinstance(countries, Coded):
            return None
        found = names.test(Check(f"{check.column}_name", "=", name))
        if found is None or country is None:
            return found
        if not country:  # a side without a country: NULL's code
            return np.logical_and(found, countries.codes < 0, out=found)
        same = countries.test(Check(f"{check.column}_country", "=", country))
        return None if same is None else np.logical_and(found, same, out=found)

    def selected(self, selection: Selection) -> np.ndarray | None:
        """A boolean per event: it matches, as :func:`~newsevents.store.views.event_page`
        decides (a row of the event meets every condition; only the event's first row when
        every condition is on the event, not on one of its sides). StoreError (S006) for a
        bad date, as the SQL would give; None when the index cannot tell."""
        rows = self.rows(selection.conditions())
        if rows is None:
            return None
        events = rows[:self.n_events]
        if not per_event(selection):
            events[self.extra_event[rows[self.n_events:]]] = True
        return events

    def page(self, selection: Selection, limit: int, offset: int, newest: bool
             ) -> tuple[int, list[bytes]] | None:
        """``(total, JSON of each event of the page)`` as the SQL path answers them, or
        None when the index cannot tell."""
        events = self.selected(selection)
        if events is None:
            return None
        bits = _Bits(events)
        ranks = np.arange(offset, min(offset + limit, bits.total), dtype=np.int64)
        if newest and len(ranks):
            ranks = self._newest_ranks(bits, ranks)
        return bits.total, [self.events_json[i] for i in bits.event_of(ranks).tolist()]

    def _newest_ranks(self, bits: _Bits, ranks: np.ndarray) -> np.ndarray:
        """The default-order ranks of the ``ranks``-th matches in ``sort=-date`` order:
        the runs of one day latest first, each in the default order, undated last."""
        start_count = bits.before(self.run_starts)
        counts = bits.before(self.run_ends) - start_count
        upto = np.cumsum(counts)  # matches in the runs up to each, latest first
        run = np.searchsorted(upto, ranks, side="right")
        return start_count[run] + ranks - (upto[run] - counts[run])

    # --- building ----------------------------------------------------------------------------

    @classmethod
    def build(cls, store: Store, encode: Callable[[Any], bytes],
              stopping: Callable[[], bool] = lambda: False) -> EventIndex | None:
        """The index of ``store``'s flat table; ``encode`` gives an event's JSON as the API
        sends it. None when ``stopping()`` turns true on the way (the app stops). StoreError
        (S006) when the table breaks what the index assumes of it (an event's rows
        together, with one first row and one date)."""
        builder = _Builder(encode)
        if store.backend == "duckdb":  # a long read: no progress bar on the server's output
            store.execute("SET enable_progress_bar = false")
        for columns, rows, events in event_batches(store, LOWERED):
            if stopping():
                return None
            builder.add(columns, rows, events)
        return builder.finish()


class _Builder:
    """Collects an index batch by batch (whole events), keeping only codes and JSON."""

    def __init__(self, encode: Callable[[Any], bytes]) -> None:
        self.encode = encode
        self.vocabularies = {name: Vocabulary(name in FOLDED) for name in VOCABULARIES}
        self.codes: dict[str, array] = {c: array("i") for cs in VOCABULARIES.values()
                                        for c in cs}
        self.days = array("i")
        self.event = array("i")
        self.first = array("b")
        self.events_json: list[bytes] = []
        self.seen: set[str] = set()

    def add(self, columns: list[str], rows: list[tuple], events: list[dict[str, Any]]) -> None:
        at = {c: i for i, c in enumerate(columns)}
        base = len(self.events_json)
        numbers = {e["event_id"]: base + n for n, e in enumerate(events)}
        if len(numbers) != len(events) or not self.seen.isdisjoint(numbers):
            raise StoreError("an event's rows are not together in the flat table", "S006")
        self.seen.update(numbers)
        self.events_json += [self.encode(e) for e in events]
        self.event.extend(numbers[r[0]] for r in rows)
        actor_n, recipient_n = at["actor_n"], at["recipient_n"]
        self.first.extend(not r[actor_n] and not r[recipient_n] for r in rows)
        day = at["event_date"]
        self.days.extend(NULL_DAY if r[day] is None else _ordinal(r[day]) for r in rows)
        for name, vocabulary_columns in VOCABULARIES.items():
            vocabulary = self.vocabularies[name]
            for column in vocabulary_columns:
                i, low = at[column], at.get(f"lower_{column}")
                self.codes[column].extend(
                    vocabulary.encode(r[i], r[low] if low is not None else None) for r in rows)

    def finish(self) -> EventIndex:
        event = np.frombuffer(self.event, dtype=np.int32)
        first = np.frombuffer(self.first, dtype=np.int8).astype(bool)
        days = np.frombuffer(self.days, dtype=np.int32)
        n_events = len(self.events_json)
        _check_events(event, first, days, n_events)
        # first rows first (in event order, as they come), then the others
        layout = np.concatenate((np.flatnonzero(first), np.flatnonzero(~first)))
        columns: dict[str, Any] = {"event_date": Days(days[layout])}
        for name, vocabulary_columns in VOCABULARIES.items():
            vocabulary = self.vocabularies[name]
            vocabulary.finish(searched=name in SEARCHED, whole=name not in SEARCHED_ONLY)
            dtype = _code_type(vocabulary.size)
            for column in vocabulary_columns:
                codes = np.frombuffer(self.codes[column], dtype=np.int32)[layout]
                columns[column] = Coded(codes.astype(dtype), vocabulary)
        return EventIndex(event[layout[n_events:]].copy(), columns, self.vocabularies,
                          days[layout[:n_events]], self.events_json)


class _Bits:
    """A boolean per event, packed eight to a byte, with the running count of its ones:
    the events before a position, and the position of the n-th one, without a pass over
    all events in Python's or numpy's slower paths."""

    def __init__(self, events: np.ndarray) -> None:
        self.packed = np.append(np.packbits(events), np.uint8(0))  # first event: high bit
        self.counts = _popcount(self.packed)
        self.upto = np.cumsum(self.counts, dtype=np.int64)  # ones in bytes 0..i
        self.total = int(self.upto[-1])

    def before(self, positions: np.ndarray) -> np.ndarray:
        """The ones before each position."""
        byte, bit = positions >> 3, positions & 7
        head = self.packed[byte].astype(np.int64) >> (8 - bit)  # the bits before, in it
        return self.upto[byte] - self.counts[byte] + POPCOUNT[head]

    def event_of(self, ranks: np.ndarray) -> np.ndarray:
        """The position of the ``rank``-th one (from 0) for each rank below the total."""
        byte = np.searchsorted(self.upto, ranks + 1)
        nth = ranks - (self.upto[byte] - self.counts[byte])
        return byte * 8 + SELECT[self.packed[byte], nth]


def _select_table() -> tuple[np.ndarray, np.ndarray]:
    """For every byte: its number of ones, and the bit position (from the high bit) of its
    n-th one."""
    popcount = np.array([bin(b).count("1") for b in range(256)], dtype=np.int64)
    select = np.zeros((256, 8), dtype=np.int64)
    for b in range(256):
        ones = [i for i in range(8) if b & (0x80 >> i)]
        select[b, :len(ones)] = ones
    return popcount, select


POPCOUNT, SELECT = _select_table()


def _popcount(packed: np.ndarray) -> np.ndarray:
    """The ones of each byte (numpy 2's own count when there is one: faster)."""
    count = getattr(np, "bitwise_count", None)
    return count(packed).astype(np.int64) if count is not None else POPCOUNT[packed]


def _code_type(size: int) -> type[np.signedinteger]:
    """The narrowest integer that holds codes up to ``size`` and -1 (narrower compares
    faster)."""
    return np.int8 if size < 2**7 else np.int16 if size < 2**15 else np.int32


def _ordinal(value: Any) -> int:
    return (value if isinstance(value, date) else date.fromisoformat(str(value)[:10])
            ).toordinal()


def _check_events(event: np.ndarray, first: np.ndarray, days: np.ndarray, n_events: int
                  ) -> None:
    """What the SQL path's grouping and counting take for granted: each event has exactly
    one first row and one date on all its rows."""
    if np.any(np.bincount(event[first], minlength=n_events) != 1):
        raise StoreError("an event without exactly one first row in the flat table", "S006")
    event_day = np.full(n_events, NULL_DAY, dtype=np.int32)
    event_day[event[first]] = days[first]
    if np.any(event_day[event] != days):
        raise StoreError("an event with two dates in the flat table", "S006")


# --- keeping it fresh ------------------------------------------------------------------------


class IndexKeeper:
    """Builds the index in a background thread and keeps it in step with the store.

    ``reading()`` gives a read handle for a ``with`` block; ``encode`` an event's JSON;
    ``max_events``: above it, no index (0: never one); ``check_seconds``: how often the
    store's signature is compared (and at least as long as the last build took, so that a
    store written all the time does not keep a core busy rebuilding); ``on_change`` is
    called when the store was changed by someone else (the app drops its cached results)."""

    def __init__(self, reading: Callable[[], AbstractContextManager[Store]],
                 encode: Callable[[Any], bytes], max_events: int, check_seconds: float,
                 on_change: Callable[[], None]) -> None:
        self.reading = reading
        self.encode = encode
        self.max_events = max_events
        self.check_seconds = check_seconds
        self.on_change = on_change
        self.index: EventIndex | None = None
        self.state = "off" if max_events <= 0 else "building"
        self.built_seconds: float | None = None
        self._signature: tuple[Any, ...] | None = None
        self._generation = 0
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self.max_events > 0 and self._thread is None:
            self._thread = threading.Thread(target=self._run, name="newsevents-index",
                                            daemon=True)
            self._thread.start()

    def close(self) -> None:
        self._stopping.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout=60)
        self.index = None

    def invalidate(self) -> None:
        """The app wrote the store: stop answering from the index now, build a new one."""
        self._generation += 1
        self.index = None
        self._signature = None
        if self.max_events > 0:
            self.state = "building"
        self._wake.set()

    def status(self) -> dict[str, Any]:
        """For ``/api/stats``: state, events and rows indexed, memory, build time."""
        index = self.index
        return {"state": self.state,
                "events": index.n_events if index else None,
                "rows": index.n_rows if index else None,
                "bytes": index.nbytes if index else None,
                "built_seconds": None if self.built_seconds is None
                else round(self.built_seconds, 2),
                "max_events": self.max_events, "check_seconds": self.check_seconds}

    def wait_ready(self, timeout: float = 60) -> bool:
        """Wait until the index is built or known not to be (for tests and benchmarks)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.state not in ("building", "rebuilding"):
                return True
            time.sleep(0.02)
        return False

    def _run(self) -> None:
        while not self._stopping.is_set():
            spent = 0.0
            try:
                spent = self.refresh()
            except Exception as exc:  # keep serving (SQL); retried when the store changes
                log.error("newsevents: the event index was not built: %s", exc)
                self.state = "failed"
            self._wake.wait(max(self.check_seconds, spent))
            self._wake.clear()

    def refresh(self) -> float:
        """Compare the store's signature and rebuild the index when it changed; returns
        the seconds spent building."""
        generation = self._generation
        with self.reading() as store:
            current = signature(store)
        if current == self._signature:
            return 0.0
        if self._signature is not None:
            self.on_change()
        events = int(current[3])
        if events > self.max_events:
            self.index, self._signature = None, current
            self.state = f"off: {events:,} events, over the limit of {self.max_events:,}"
            return 0.0
        self.state = "rebuilding" if self.index is not None else "building"
        started = time.perf_counter()
        with self.reading() as store:
            index = EventIndex.build(store, self.encode, self._stopping.is_set)
        spent = time.perf_counter() - started
        if index is None:  # stopping
            return spent
        if generation == self._generation:  # else the app wrote meanwhile: build again
            self.index, self._signature, self.state = index, current, "ready"
            self.built_seconds = spent
            log.info("newsevents: event index of %s events built in %.1f s (%.0f MB)",
                     f"{index.n_events:,}", spent, index.nbytes / 1e6)
        else:
            self._wake.set()
        return spent

