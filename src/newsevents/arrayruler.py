"""spaCy's attribute ruler with its patterns matched on token arrays.

In:  a loaded pipeline whose ``attribute_ruler`` (spaCy's ``AttributeRuler``) holds patterns
     of the kinds listed below.
Out: the same pipeline with ``attribute_ruler`` replaced by :class:`ArrayAttributeRuler`, which
     writes the same attributes on the same tokens.

Why: in ``en_core_web_sm`` the attribute ruler maps each fine-grained tag to its part of
speech and morphology with some 180 patterns, about twenty of them with ``IN``, ``NOT_IN`` or
``REGEX`` predicates, which spaCy's ``Matcher`` evaluates in Python, making a ``Token`` for each
word; on our articles the ruler cost about as much CPU as the parser (some 20 ms an article
of 650 words). Here the attributes are read with one ``Doc.to_array``; the groups whose one
pattern is one token of equalities (nearly all: ``{"TAG": "NNS"}``) are looked up for every
token at once in sorted arrays of their keys (:class:`Table`), the others are matched as
boolean masks, one comparison over a whole column per predicate, and the attributes are
written back with one ``Doc.from_array``: about a sixth of the time (2 against 12 ms a text
on 807 texts), with identical annotations (``tests/test_arrayruler.py`` compares them with
spaCy's own ruler).

Read (the Matcher's semantics, spaCy 3): every pattern is a fixed sequence of token specs
(no ``OP``); a spec is a conjunction of ``ATTR: value`` (a string, compared by its hash, an
integer or a bool), ``ATTR: {"IN": [...]}``, ``{"NOT_IN": [...]}`` or ``{"REGEX": "..."}`` on
a token attribute that ``Doc.to_array`` reads. The ruler sorts its matches by the number of
the pattern group and applies them in that order, so a later group overrides an earlier one
on the same token: the masks are applied in the same order. A ruler with any other kind of
pattern (an operator, an extension attribute, a fuzzy match, ``MORPH``) is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import numpy
from spacy.attrs import IDS, MORPH
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.vocab import Vocab

# The component holds spaCy's attribute ruler as compiled at load time, not in a form spaCy
# can save and load back: a saved pipeline would lose it without a word, so saving is refused.
UNSAVED = ("newsevents replaces spaCy's attribute ruler when it loads a pipeline and cannot "
           "save it: save the pipeline as spaCy loads it")
FACTORY = "newsevents_attribute_ruler"
RULER = "attribute_ruler"
# One test on one attribute: ("eq", value), ("in", values), ("not_in", values),
# ("regex", compiled pattern)
Test = tuple[str, Any]
# A token spec: its tests, each on one attribute id
Spec = tuple[tuple[int, Test], ...]


class Unsupported(ValueError):
    """A pattern the array matcher does not read: the ruler stays spaCy's."""


@dataclass(frozen=True)
class Group:
    """One ``AttributeRuler.add`` call: its patterns, the attributes it writes (attribute id
    -> value, as spaCy normalised them) and the index of the token it writes in a match."""

    patterns: tuple[tuple[Spec, ...], ...]
    attrs: tuple[tuple[int, int], ...]
    index: int


def _attr_id(name: Any) -> int:
    if isinstance(name, int):
        return name
    upper = str(name).upper()
    attr = IDS.get("ORTH" if upper == "TEXT" else upper)
    if attr is None or upper in ("_", "OP", "MORPH") or attr == MORPH:
        raise Unsupported(f"attribute {name!r}")
    return attr


def _test(value: Any, vocab: Vocab) -> Test:
    """A spec's value as the Matcher reads it (``_get_attr_values``, ``_SetPredicate``,
    ``_RegexPredicate``)."""
    if isinstance(value, bool):
        return ("eq", int(value))
    if isinstance(value, int):
        return ("eq", value)
    if isinstance(value, str):
        return ("eq", vocab.strings.add(value))
    if isinstance(value, dict) and len(value) == 1:
        (predicate, argument), = value.items()
        if predicate in ("IN", "NOT_IN") and isinstance(argument, list | tuple) \
                and all(isinstance(v, str | int) and not isinstance(v, bool) for v in argument):
            return (predicate.lower(), tuple(sorted({get_string_id(v) for v in argument})))
        if predicate == "REGEX" and isinstance(argument, str):
            return ("regex", re.compile(argument))
    raise Unsupported(f"value {value!r}")


def _spec(spec: dict[str, Any], vocab: Vocab) -> Spec:
    if not isinstance(spec, dict):
        raise Unsupported(f"token spec {spec!r}")
    return tuple((_attr_id(name), _test(value, vocab)) for name, value in spec.items())


def _equalities(group: Group) -> dict[int, int] | None:
    """``{attribute: value}`` of a group whose one pattern is one spec of equalities."""
    if len(group.patterns) != 1 or len(group.patterns[0]) != 1:
        return None
    (spec,) = group.patterns[0]
    if any(kind != "eq" for _, (kind, _) in spec):
        return None
    return {attr: value for attr, (_, value) in spec}


def compile_ruler(ruler: Any) -> list[Group]:
    """The ruler's groups, in the order it applies them; :class:`Unsupported` for a ruler
    this module cannot read."""
    groups = []
    for n, (attrs, index) in enumerate(zip(ruler.attrs, ruler.indices, strict=True)):
        if any(not isinstance(k, int) or not isinstance(v, int) for k, v in attrs.items()):
            raise Unsupported(f"attributes {attrs!r}")
        _on_match, patterns = ruler.matcher.get(str(n))
        specs = tuple(tuple(_spec(s, ruler.vocab) for s in p) for p in patterns)
        if any(not p or not -len(p) <= index < len(p) for p in specs):
            raise Unsupported(f"index {index} of a pattern of group {n}")
        groups.append(Group(specs, tuple(attrs.items()), index))
    return groups


_MASK64 = (1 << 64) - 1
_MIX = 1_000_003  # folds the values of several attributes into one key


def _fold(values: Iterable[int]) -> int:
    """One 64-bit key for a tuple of attribute values (as :func:`_fold_columns` makes it)."""
    key = 0
    for value in values:
        key = ((key * _MIX) & _MASK64) ^ value
    return key


def _fold_columns(columns: list[numpy.ndarray]) -> numpy.ndarray:
    key = numpy.zeros(len(columns[0]), dtype=numpy.uint64)
    with numpy.errstate(over="ignore"):
        for column in columns:
            key = (key * numpy.uint64(_MIX)) ^ column
    return key


class Table:
    """The groups whose one pattern is one token spec of equalities on the same attributes
    (``{"TAG": "NN"}``, ``{"TAG": "VBZ", "LOWER": "'s"}``: nearly all of them), looked up at
    once for every token: for each attribute written, the last such group that writes it."""

    def __init__(self, attrs: tuple[int, ...], write: list[int]):
        self.attrs = attrs
        self.write = write
        self.rows: dict[tuple[int, ...], dict[int, tuple[int, int]]] = {}

    def add(self, n: int, values: tuple[int, ...], group: Group) -> None:
        row = self.rows.setdefault(values, {})
        for attr, value in group.attrs:
            row[attr] = (n, value)  # groups come in order: the last one wins

    def freeze(self) -> None:
        keys = sorted(self.rows, key=_fold)
        folded = [_fold(k) for k in keys]
        if len(set(folded)) < len(folded):
            raise Unsupported("two keys fold to one")
        self.keys = numpy.array(folded, dtype=numpy.uint64)
        self.values = [numpy.array([k[j] for k in keys], dtype=numpy.uint64)
                       for j in range(len(self.attrs))]
        self.group = {a: numpy.array([self.rows[k].get(a, (-1, 0))[0] for k in keys])
                      for a in self.write}
        self.value = {a: numpy.array([self.rows[k].get(a, (-1, 0))[1] for k in keys],
                                     dtype=numpy.uint64) for a in self.write}

    def lookup(self, columns: dict[int, numpy.ndarray]
               ) -> tuple[numpy.ndarray, numpy.ndarray] | None:
        """The row of each token (an index into the table) and whether it has one."""
        mine = [columns[a] for a in self.attrs]
        folded = _fold_columns(mine)
        row = numpy.searchsorted(self.keys, folded).clip(0, len(self.keys) - 1)
        found = self.keys[row] == folded
        for column, values in zip(mine, self.values, strict=True):
            found &= values[row] == column  # a folded key is not proof: the values are
        return (row, found) if found.any() else None


class ArrayAttributeRuler:
    """The component: the groups of spaCy's ruler, matched on arrays (see the module).

    For each attribute it writes, a token takes the value of the last group that matches it
    and writes that attribute (the order in which spaCy's ruler applies its matches)."""

    def __init__(self, vocab: Vocab, name: str = RULER):
        self.vocab = vocab
        self.name = name
        self.tables: list[Table] = []
        self.others: list[tuple[int, Group]] = []  # the other groups, with their numbers
        self.read: list[int] = []  # the attributes the tests read
        self.write: list[int] = []  # the attributes the groups write

    def to_bytes(self, **_kwargs: Any) -> bytes:
        raise NotImplementedError(UNSAVED)

    def to_disk(self, *_args: Any, **_kwargs: Any) -> None:
        raise NotImplementedError(UNSAVED)

    def load(self, groups: list[Group]) -> None:
        self.read = sorted({a for g in groups for p in g.patterns for s in p for a, _ in s})
        self.write = sorted({a for g in groups for a, _ in g.attrs})
        tables: dict[tuple[int, ...], Table] = {}
        self.others = []
        for n, group in enumerate(groups):
            equalities = _equalities(group)
            if equalities is None:
                self.others.append((n, group))
                continue
            attrs = tuple(sorted(equalities))
            table = tables.setdefault(attrs, Table(attrs, self.write))
            table.add(n, tuple(equalities[a] for a in attrs), group)
        for table in tables.values():
            table.freeze()
        self.tables = list(tables.values())

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc) or not self.write:
            return doc
        columns = dict(zip(self.read, doc.to_array(self.read).T, strict=True))
        out = doc.to_array(self.write)
        winner = {a: numpy.full(len(doc), -1) for a in self.write}  # the group that wrote it
        value = {a: out[:, j] for j, a in enumerate(self.write)}  # views: writes go to out
        for table in self.tables:
            match = table.lookup(columns)
            if match is not None:
                row, found = match
                for attr in self.write:
                    later = found & (table.group[attr][row] > winner[attr])
                    winner[attr][later] = table.group[attr][row][later]
                    value[attr][later] = table.value[attr][row][later]
        masks: dict[Any, numpy.ndarray] = {}
        for n, group in self.others:
            hits = self._targets(group, columns, masks, len(doc))
            if hits is not None:
                for attr, written in group.attrs:
                    later = hits & (n > winner[attr])
                    winner[attr][later] = n
                    value[attr][later] = written
        doc.from_array(self.write, out)
        return doc

    def _targets(self, group: Group, columns: dict[int, numpy.ndarray],
                 masks: dict[Any, numpy.ndarray], n: int) -> numpy.ndarray | None:
        """Which tokens the group writes: a mask over the Doc, None when it matched nowhere."""
        hits = None
        for pattern in group.patterns:
            starts = self._starts(pattern, columns, masks, n)
            if starts is None:
                continue
            if hits is None:
                hits = numpy.zeros(n, dtype=bool)
            offset = group.index % len(pattern)  # a negative index counts from the end
            hits[offset:offset + len(starts)] |= starts
        return hits

    def _starts(self, pattern: tuple[Spec, ...], columns: dict[int, numpy.ndarray],
                masks: dict[Any, numpy.ndarray], n: int) -> numpy.ndarray | None:
        """Where the pattern matches: a mask over its possible starts, None for nowhere. The
        regular expressions are tried last, on the words the other tests leave."""
        size = len(pattern)
        if size > n:
            return None
        starts = numpy.ones(n - size + 1, dtype=bool)
        for k, spec in enumerate(pattern):
            for attr, test in spec:
                if test[0] != "regex":
                    starts &= self._test_mask(attr, test, columns[attr], masks)[k:n - size + 1 + k]
        for k, spec in enumerate(pattern):
            for attr, (kind, regex) in spec:
                if kind == "regex" and starts.any():
                    at = numpy.flatnonzero(starts)
                    starts[at] = self._searched(regex, columns[attr][at + k])
        return starts if starts.any() else None

    def _test_mask(self, attr: int, test: Test, column: numpy.ndarray,
                   masks: dict[Any, numpy.ndarray]) -> numpy.ndarray:
        """Which tokens pass an equality or a set test (each computed once a Doc)."""
        key = (attr, test)
        mask = masks.get(key)
        if mask is None:
            kind, value = test
            if kind == "eq":
                mask = column == numpy.uint64(value)
            else:
                mask = _among(column, value)
                if kind == "not_in":
                    mask = ~mask
            masks[key] = mask
        return mask

    def _searched(self, pattern: re.Pattern[str], values: numpy.ndarray) -> list[bool]:
        """Whether the pattern finds something in each value's string."""
        strings = self.vocab.strings
        words = values.tolist()
        found = {v for v in set(words) if pattern.search(strings[v])}
        return [v in found for v in words]


def _among(column: numpy.ndarray, values: Iterable[int]) -> numpy.ndarray:
    """Which tokens have one of a few values (``numpy.isin`` sorts: slower on few)."""
    mask = numpy.zeros(len(column), dtype=bool)
    for value in values:
        mask |= column == numpy.uint64(value)
    return mask


def make_array_ruler(nlp: Language, name: str) -> ArrayAttributeRuler:
    """The factory: an empty ruler, filled by :func:`use_array_ruler`."""
    return ArrayAttributeRuler(nlp.vocab, name)


def register() -> None:
    if not Language.has_factory(FACTORY):
        Language.factory(FACTORY, func=make_array_ruler,
                         assigns=["token.pos", "token.tag", "token.lemma", "token.morph"])


def use_array_ruler(nlp: Language) -> Language:
    """Replace spaCy's attribute ruler by the array one, when it can read all its patterns."""
    if RULER not in nlp.pipe_names:
        return nlp
    try:
        groups = compile_ruler(nlp.get_pipe(RULER))
    except Unsupported:
        return nlp
    register()
    ruler = nlp.replace_pipe(RULER, FACTORY)
    ruler.load(groups)
    return nlp
