"""The ``newsevents`` command line: a thin layer over :class:`newsevents.coder.Coder`.

    newsevents code PATH... [--date YYYY-MM-DD] [--format table|json|jsonl|csv] [--model NAME]
                    [--home PLACE]
    newsevents eval events [--evaldata DIR] [--limit N]
    newsevents eval time [--timeml DIR] | eval quotes [--polnear DIR]
    newsevents eval geo [--lgl FILE] [--geovirus FILE] [--baseline]
    newsevents gazetteer update [--dumps DIR_OR_URL] [--out PATH] | gazetteer info
    newsevents lexicon check [PATH]
    newsevents train confidence [--ngec FILE] [--penta FILE] [--out FILE]
    newsevents kb check [PATH...] | kb find TEXT [--date D] | kb build --wikidata --out PATH

Exit status of ``code``: 0 when every input was coded, 1 when some were not, 2 on a usage
error. Each input that cannot be coded gets one line on standard error naming it and why.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING, TextIO

from . import __version__
from .datafiles import DataFileError
from .errors import EXIT_INTERRUPTED, EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, logged_to
from .nlp import DEFAULT_MODEL, ModelError
from .output import FORMATS, write
from .read import ReadError, read_inputs
from .record import Article, CodedArticle

if TYPE_CHECKING:
    from .coder import Coder

__all__ = ["EXIT_OK", "EXIT_SOME_FAILED", "EXIT_USAGE", "build_parser", "main", "run_code"]


def _iso_date(value: str) -> str:
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {value!r}") from exc


HOME_HELP = ("where the papers are, for inputs that carry no home: a place name (\"Ohio, US\", "
             "\"London, Ontario\") or a GeoNames id, weak evidence for their place names")


def bad_home(home: str | None, err: TextIO) -> bool:
    """Print a usage error and return True when the ``--home`` hint names no place."""
    if home is None:
        return False
    from .gazetteer import shared_gazetteer
    from .where.home import HomeError, parse_home

    try:
        parse_home(home, shared_gazetteer())
    except HomeError as exc:
        print(f"newsevents: --home: {exc}", file=err)
        return True
    return False


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsevents",
        description="Turn English news articles into PLOVER political event records.")
    parser.add_argument("--version", action="version", version=f"newsevents {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    code = commands.add_parser("code", help="code articles into event records")
    code.add_argument("paths", nargs="+", metavar="PATH",
                      help=".txt, .html/.htm or .jsonl file, or - for standard input")
    code.add_argument("--date", type=_iso_date, default=None,
                      help="publication date for inputs that carry none (YYYY-MM-DD)")
    code.add_argument("--format", choices=FORMATS, default=None,
                      help="output format (default: table on a terminal, jsonl otherwise)")
    code.add_argument("--model", default=DEFAULT_MODEL,
                      help=f"installed spaCy English pipeline (default {DEFAULT_MODEL})")
    code.add_argument("--lexicon", default=None, help="event lexicon file replacing the default")
    code.add_argument("--min-confidence", type=float, default=None, metavar="X",
                      help="leave out events below this confidence (default: the threshold "
                           "of the confidence model; 0 keeps all)")
    code.add_argument("--kb", action="append", default=[], metavar="PATH",
                      help="knowledge-base file of persons extending the default (repeatable)")
    code.add_argument("--home", default=None, metavar="PLACE", help=HOME_HELP)
    code.add_argument("--batch-size", type=int, default=32, help=argparse.SUPPRESS)
    code.set_defaults(handler=run_code)

    # Commands that own their parser and handler beside their code.
    from . import eval as evaluation
    from . import kbcommands, lexicon
    from .gazetteer import command as gazetteer

    evaluation.add_parser(commands, DEFAULT_MODEL)
    kbcommands.add_parser(commands, _iso_date, DEFAULT_MODEL)
    gazetteer.add_parser(commands)

    # Commands that own their parser and handler (set as the parser's default `handler`).
    from . import ingest
    from .store import admin, export, query

    ingest.add_parser(commands, _iso_date, DEFAULT_MODEL)
    query.add_parser(commands)
    from .web import command as serve

    serve.add_parser(commands)
    export.add_parser(commands)
    admin.add_parser(commands)

    lexicon.add_parser(commands)
    from . import training

    training.add_parser(commands, DEFAULT_MODEL)
    return parser


def _coded(coder: Coder, items: Iterator[Article | ReadError], failures: list[str],
           err: TextIO) -> Iterator[CodedArticle]:
    """Feed readable articles to the coder, reporting unreadable inputs as they come."""

    def articles() -> Iterator[Article]:
        for item in items:
            if isinstance(item, ReadError):
                failures.append(item.source)
                print(f"newsevents: {item}", file=err, flush=True)
            elif isinstance(item, Article):
                yield item
            else:  # a warning about the article that follows: it is still coded
                print(f"newsevents: warning: {item}", file=err, flush=True)

    yield from coder.code_many(articles())


def run_code(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """``newsevents code``: code the inputs and write the records (exit status: see the
    module docstring)."""
    from .coder import Coder

    if bad_home(args.home, err):
        return EXIT_USAGE
    try:
        options = {} if args.min_confidence is None else {"min_confidence": args.min_confidence}
        coder = Coder(model=args.model, lexicon=args.lexicon, batch_size=args.batch_size,
                      kb=tuple(args.kb), home=args.home, **options)
    except (ModelError, DataFileError) as exc:
        print(f"newsevents: {exc}", file=err)
        return EXIT_USAGE
    fmt = args.format or ("table" if out.isatty() else "jsonl")
    failures: list[str] = []
    items = read_inputs(args.paths, args.date, stdin=sys.stdin)
    with logged_to(err):  # a stage that fails on an article is logged, one line
        write(_coded(coder, items, failures, err), fmt, out)
    return EXIT_SOME_FAILED if failures or coder.failed else EXIT_OK


def main(argv: list[str] | None = None, out: TextIO | None = None,
         err: TextIO | None = None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0) and EXIT_USAGE
    try:
        return args.handler(args, out, err)
    except BrokenPipeError:  # "newsevents code ... | head" is normal use
        return EXIT_OK
    except KeyboardInterrupt:
        print("newsevents: interrupted", file=err)
        return EXIT_INTERRUPTED


if __name__ == "__main__":
    sys.exit(main())
