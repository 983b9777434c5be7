"""``newsevents kb check | find | build``: the command line over the knowledge base, its
argument parser and its handlers.

    newsevents kb check [PATH...] | kb find TEXT [--date D] [--kb PATH] [--model NAME]
    newsevents kb build --wikidata --out PATH [--response FILE] [--since YEAR] [--position QID]

The command line builds every command's parser on each run, so this module imports the
coder, spaCy and rapidfuzz only when a handler needs them.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from .datafiles import DataFileError, load_default
from .errors import EXIT_OK, EXIT_SOME_FAILED, logged_to

if TYPE_CHECKING:
    from .actor_types import ActorMention
    from .coder import Coder
    from .kb import KnowledgeBase

EXIT_PROBLEMS = EXIT_SOME_FAILED  # some files have problems (each reported)
DATA_FILES = ("countries", "igos", "groups", "agents", "placenames")


def add_parser(commands: Any, iso_date: Callable[[str], str], default_model: str) -> None:
    """Add ``kb`` and its actions to the command line's subparsers (``iso_date`` checks a
    ``--date``; ``default_model`` is the spaCy pipeline ``kb find`` loads by default)."""
    kb = commands.add_parser("kb", help="work with the actor knowledge base")
    kb.set_defaults(handler=run_kb)
    actions = kb.add_subparsers(dest="action", required=True)
    check = actions.add_parser("check", help="validate the packaged data and your files")
    check.add_argument("paths", nargs="*", metavar="PATH", help="your persons files")
    find = actions.add_parser("find", help="show how a phrase resolves, and why")
    find.add_argument("text", help='a phrase or sentence, e.g. "the German chancellor"')
    find.add_argument("--date", type=iso_date, default=None, help="the article's date")
    find.add_argument("--kb", action="append", default=[], metavar="PATH")
    find.add_argument("--model", default=default_model)
    build = actions.add_parser("build", help="build a persons file from Wikidata")
    build.add_argument("--wikidata", action="store_true", required=True,
                       help="query Wikidata's public SPARQL endpoint (needs network)")
    build.add_argument("--response", default=None, metavar="FILE",
                       help="use a saved SPARQL JSON response instead of the network")
    build.add_argument("--since", type=int, default=2015, help="first year of office")
    build.add_argument("--position", action="append", default=[], metavar="QID",
                       help="also persons who held positions of this Wikidata class")
    build.add_argument("--out", required=True, help="persons file to write (YAML)")


def run_kb(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """The handler of ``kb``: the action's function, with the package's log on ``err``."""
    actions = {"check": kb_check, "find": kb_find, "build": kb_build}
    with logged_to(err):
        return actions[args.action](args, out, err)


def kb_check(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Validate the packaged data files and the user's persons files."""
    from .kb import check_files, load_kb, person_files

    problems: list[str] = []
    for name in DATA_FILES:
        try:
            load_default(name)
        except DataFileError as exc:
            problems += str(exc).splitlines()
    problems += check_files(person_files(args.paths))
    if not problems:
        problems += _collisions(load_kb(args.paths))
    for problem in problems:
        print(problem, file=err)
    if problems:
        return EXIT_PROBLEMS
    kb = load_kb(args.paths)
    offices = sum(len(p.offices) for p in kb.persons)
    print(f"ok: {len(kb.persons)} persons, {offices} offices in {len(kb.sources)} files; "
          f"{', '.join(DATA_FILES)} valid", file=out)
    return EXIT_OK


def _collisions(kb: KnowledgeBase) -> list[str]:
    """A person's name or alias that is also a country, capital, demonym or organisation
    would turn every mention of that place into the person."""
    from .actors import build_actor_tables

    gaz = build_actor_tables()
    taken = set(gaz.names) | set(gaz.capitals) | set(gaz.demonyms)
    return [f"person {p.name!r}: name or alias {n!r} is also a country, capital, demonym or "
            f"organisation" for p in kb.persons for n in (p.name, *p.aliases)
            if n.lower() in taken]


def kb_find(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """How a phrase resolves on a date: each actor found, how, and the nearest names."""
    from rapidfuzz import fuzz, process

    from .coder import Coder
    from .kb import load_kb

    coder = Coder(model=args.model, kb=tuple(args.kb))
    doc_actors = _actors(coder, args.text, args.date)
    if not doc_actors:
        print(f"no actor found in {args.text!r}", file=out)
    for mention in doc_actors:
        info = mention.info
        facts = ", ".join(f"{k} {v}" for k, v in (
            ("kind", info.kind), ("country", info.country), ("sector", info.sector),
            ("office", info.office), ("wikidata", info.wikidata), ("igo", info.igo)) if v)
        print(f"{mention.text!r} -> {info.name} ({facts})\n    via {info.via}", file=out)
    kb = load_kb(tuple(args.kb))
    names = sorted({n for n in kb.names()})
    print("nearest knowledge-base names:", file=out)
    for name, score, _ in process.extract(args.text, names, scorer=fuzz.WRatio, limit=5):
        print(f"    {score:5.1f}  {name}", file=out)
    return EXIT_OK


def _actors(coder: Coder, text: str, day: str | None) -> list[ActorMention]:
    """The actor mentions the coder's pipeline finds in ``text`` dated ``day``."""
    from .record import Article

    doc = coder.make_doc(Article(id="kb-find", text=text, published=day))
    return coder.nlp(doc)._.actors


def kb_build(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Write a persons file from Wikidata (or a saved SPARQL response)."""
    from .kb import check_files
    from .wikidata import build_query, fetch, persons_from_results, write_persons

    query = build_query(args.since, args.position)
    try:
        if args.response:
            results = json.loads(Path(args.response).read_text(encoding="utf-8"))
        else:
            results = fetch(query)
    except (OSError, ValueError) as exc:
        source = args.response or "the Wikidata endpoint"
        print(f"newsevents: {source}: cannot read the SPARQL results: {exc}", file=err)
        return EXIT_PROBLEMS
    entries = persons_from_results(results)
    write_persons(entries, Path(args.out))
    problems = check_files([Path(args.out)])
    for problem in problems:
        print(problem, file=err)
    print(f"{args.out}: {len(entries)} persons, "
          f"{sum(len(e['offices']) for e in entries)} offices", file=out)
    return EXIT_PROBLEMS if problems else EXIT_OK
