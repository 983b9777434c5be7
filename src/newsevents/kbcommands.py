"""``newsevents kb check | find | build``: the command line over the knowledge base."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TextIO

from rapidfuzz import fuzz, process

from .actors import ActorMention
from .coder import Coder
from .datafiles import DataFileError, load_default
from .kb import KnowledgeBase, check_files, load_kb, person_files
from .record import Article

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2
DATA_FILES = ("countries", "igos", "groups", "agents", "placenames")


def kb_check(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Validate the packaged data files and the user's persons files."""
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
    from .actors import build_gazetteer

    gaz = build_gazetteer()
    taken = set(gaz.names) | set(gaz.capitals) | set(gaz.demonyms)
    return [f"person {p.name!r}: name or alias {n!r} is also a country, capital, demonym or "
            f"organisation" for p in kb.persons for n in (p.name, *p.aliases)
            if n.lower() in taken]


def kb_find(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """How a phrase resolves on a date: each actor found, how, and the nearest names."""
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
    doc = coder.make_doc(Article(id="kb-find", text=text, published=day))
    return coder.nlp(doc)._.actors


def kb_build(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Write a persons file from Wikidata (or a saved SPARQL response)."""
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
