"""The start-up cache: data built from the YAML data files, stored ready to load.

Reading and validating the knowledge base, the actor tables and the event lexicon, and
tokenising every name for the phrase matchers, takes seconds; a pickle of the result loads in
a few hundredths. This module keeps such values in the user cache folder (the folder the
gazetteer index uses, see :func:`cache_dir`).

In:  a name (``"kb"``), the parts that decide the value (:func:`file_part` of every data file
     read, :func:`code_part`, any other string) and a function that builds the value.
Out: the value, from ``<cache folder>/<name>-<digest>.pickle`` when that file holds the same
     digest, else built, written there for the next run, and returned.

Invalidation: the digest covers every part given, plus :data:`CACHE_VERSION`, the package
and Python versions, so a changed data file (packaged or the user's), a changed schema or a
changed building module is simply a different file name. A file that cannot be read, does not
unpickle, holds another digest or is not the user's own is ignored and rebuilt; a folder that
cannot be written only costs the next run the build. Nothing here ever raises because of the
cache.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

ENV_CACHE = "NEWSEVENTS_CACHE"
# Bump when what a cached value looks like changes without any source file changing.
CACHE_VERSION = 1
# Files kept per cache name: the user's --kb or --lexicon files get names of their own, so a
# few are enough to switch between inputs without rebuilding; the rest are deleted.
KEEP = 3
_MAGIC = "newsevents-cache"
# A phrase as a PhraseMatcher stores it: the hash of each token's ORTH, and of its LOWER.
PhraseKeys = tuple[tuple[int, ...], tuple[int, ...]]


def cache_dir() -> Path:
    """Where cached files go: ``NEWSEVENTS_CACHE``, else the XDG cache
    (``~/.cache/newsevents``), else, when that cannot be created or written, the temporary
    folder (``/tmp/newsevents``)."""
    if os.environ.get(ENV_CACHE):
        return Path(os.environ[ENV_CACHE])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    preferred = Path(base) / "newsevents"
    try:
        preferred.mkdir(parents=True, exist_ok=True)
        if os.access(preferred, os.W_OK):
            return preferred
    except OSError:
        pass
    # A read-only home (some CI runners, containers): the temporary folder still works.
    return Path(tempfile.gettempdir()) / "newsevents"


def file_part(path: Path | str) -> bytes | None:
    """A file as a part of a cache key: its path and contents; None when it cannot be read
    (the caller then builds without the cache, and the builder reports the problem)."""
    try:
        return str(path).encode("utf-8") + b"\0" + Path(path).read_bytes()
    except OSError:
        return None


@cache
def code_part(*modules: str) -> bytes:
    """The source of the package modules that build a cached value (``"kb.py"``): a change
    to how a value is built must rebuild it even when the version number stays the same, as
    it does in a development checkout."""
    here = Path(__file__).parent
    return b"\0".join(_source(here / name) for name in (*modules, "cache.py"))


def _source(path: Path) -> bytes:
    """A module's source; its name alone where only bytecode is installed (the package
    version in every digest then tells releases apart)."""
    try:
        return path.read_bytes()
    except OSError:
        return path.name.encode("utf-8")


def digest(parts: Iterable[bytes | str]) -> str:
    """One hex digest of the parts, of the package and Python versions and of
    :data:`CACHE_VERSION` (each part length-prefixed, so parts cannot run together)."""
    from . import __version__

    sha = hashlib.sha256()
    head = f"{_MAGIC}:{CACHE_VERSION}:{__version__}:{sys.version_info[:2]}"
    for part in (head, *parts):
        data = part.encode("utf-8") if isinstance(part, str) else part
        sha.update(len(data).to_bytes(8, "little"))
        sha.update(data)
    return sha.hexdigest()


def cached(name: str, parts: Iterable[bytes | str | None], build: Callable[[], T]) -> T:
    """The value ``build()`` returns, read from the cache file of ``name`` and ``parts`` when
    there is a good one, else built and written there. A part that is None (a file that
    cannot be read) bypasses the cache."""
    parts = list(parts)
    if any(p is None for p in parts):
        return build()
    key = digest(p for p in parts if p is not None)
    path = cache_dir() / f"{name}-{key[:32]}.pickle"
    found, value = _read(path, key)
    if found:
        return value
    value = build()
    _write(path, key, value)
    return value


def _read(path: Path, key: str) -> tuple[bool, Any]:
    """(True, value) from a cache file that holds ``key``; (False, None) for a missing,
    foreign, corrupt or stale one."""
    try:
        with path.open("rb") as handle:
            if not _trusted(os.fstat(handle.fileno())):
                return False, None
            magic, found_key, value = pickle.load(handle)
    except Exception:  # noqa: BLE001 - missing or damaged in any way: rebuilt, never fatal
        return False, None
    if magic != _MAGIC or found_key != key:
        return False, None
    _touch(path)
    return True, value


def _trusted(stat: os.stat_result) -> bool:
    """Only files the user wrote are unpickled: the fallback folder under /tmp is shared,
    and a pickle planted there by someone else could run code."""
    if not hasattr(os, "getuid"):  # Windows: the cache folder is the user's own
        return True
    return stat.st_uid == os.getuid() and not stat.st_mode & 0o022


def _touch(path: Path) -> None:
    """Mark a cache file as used, so that pruning keeps the files in use."""
    with contextlib.suppress(OSError):  # a read-only cache is still a cache
        os.utime(path)


def _write(path: Path, key: str, value: Any) -> None:
    """Write the value atomically (another process may be reading), then prune old files of
    the same name. A folder that cannot be written is left alone."""
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        handle, tmp = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".tmp", dir=path.parent)
        with os.fdopen(handle, "wb") as out:
            pickle.dump((_MAGIC, key, value), out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        tmp = None
        _prune(path)
    except Exception:  # noqa: BLE001 - no cache for next time is never worth a failure now
        pass
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)


def _prune(current: Path) -> None:
    """Delete all but the :data:`KEEP` most recently used files of ``current``'s name."""
    name = current.name.rsplit("-", 1)[0]
    siblings = [p for p in current.parent.glob(f"{name}-*.pickle")
                if p.name.rsplit("-", 1)[0] == name]
    siblings.sort(key=_mtime, reverse=True)
    for old in siblings[KEEP:]:
        if old != current:
            old.unlink(missing_ok=True)


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def phrase_keys(nlp: Any, texts: list[str], name: str) -> list[PhraseKeys]:
    """``(ORTH keys, LOWER keys)`` of each text as ``nlp``'s tokenizer splits it: what a
    ``PhraseMatcher`` stores of a pattern ``Doc`` (it accepts these key sequences in place of
    Docs). Tokenising thousands of names costs about 0.3 s per run; the keys are cached under
    ``name``, keyed by the texts, the spaCy version and the tokenizer's own rules."""
    rules = _tokenizer_rules(nlp)
    if rules is None:  # a tokenizer that cannot describe itself: never cached
        return _phrase_keys(nlp, texts)
    from spacy.about import __version__ as spacy_version

    joined = "\0".join(texts).encode("utf-8")
    parts = [code_part(), f"spacy {spacy_version} {nlp.lang}", rules, joined]
    return cached(name, parts, lambda: _phrase_keys(nlp, texts))


def _phrase_keys(nlp: Any, texts: list[str]) -> list[PhraseKeys]:
    out = []
    for text in texts:
        doc = nlp.tokenizer(text)
        out.append((tuple(t.orth for t in doc), tuple(t.lower for t in doc)))
    return out


def _tokenizer_rules(nlp: Any) -> bytes | None:
    """The tokenizer's rules (special cases, prefixes, suffixes, infixes, URL and token
    matches) as bytes, or None for a custom tokenizer without ``to_bytes``."""
    try:
        return bytes(nlp.tokenizer.to_bytes(exclude=["vocab"]))
    except (AttributeError, TypeError, ValueError):
        return None
