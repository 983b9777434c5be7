"""``newsevents gazetteer update | info``: its argument parser and its handler.

    newsevents gazetteer update [--dumps DIR_OR_URL] [--out PATH]
    newsevents gazetteer info

Building the parser imports nothing heavy: the command line builds every command's parser on
each run.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any, TextIO

from ..errors import EXIT_OK, EXIT_SOME_FAILED, logged_to


def add_parser(commands: Any) -> None:
    """Add ``gazetteer`` and its actions to the command line's subparsers."""
    gazetteer = commands.add_parser("gazetteer", help="the GeoNames index places resolve with")
    gazetteer.set_defaults(handler=gazetteer_command)
    actions = gazetteer.add_subparsers(dest="action", required=True)
    update = actions.add_parser("update", help="build a full index from GeoNames dumps")
    update.add_argument("--dumps", default=None, metavar="DIR_OR_URL",
                        help="folder or URL with allCountries/cities500, admin1CodesASCII and "
                             "optionally alternateNamesV2 (.txt or .zip); default: GeoNames")
    update.add_argument("--out", default=None, metavar="PATH",
                        help="index file to write (default: the user cache, used by the coder)")
    actions.add_parser("info", help="which index the coder uses, and its size")


def gazetteer_command(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """``newsevents gazetteer update [--dumps DIR_OR_URL] [--out PATH]`` builds an index from
    GeoNames dumps (0 on success, 1 when the dumps cannot be read); ``gazetteer info`` names
    the index the coder uses and its size (building the packaged one if needed)."""
    with logged_to(err):
        if args.action == "info":
            return _info(out)
        return _update(args.dumps, args.out, out, err)


def _info(out: TextIO) -> int:
    """Name the index the coder uses and its size."""
    from .lookup import Gazetteer, default_index_path

    path = default_index_path()
    info = Gazetteer().info()
    print(f"{path}: {info['places']} places, {info['names']} names; {info['source']}",
          file=out)
    return EXIT_OK


def _update(dumps: str | None, out_path: str | None, out: TextIO, err: TextIO) -> int:
    """Build an index from the GeoNames dumps at ``dumps`` (default: GeoNames' server) into
    ``out_path`` (default: the user cache, where the coder looks)."""
    import zipfile

    from .from_dumps import GEONAMES_DUMPS, build_from_dumps
    from .lookup import ENV_INDEX, Gazetteer, full_index_path

    source = dumps or GEONAMES_DUMPS
    target = Path(out_path) if out_path else full_index_path()
    try:
        path = build_from_dumps(source, target)
    except (OSError, ValueError, zipfile.BadZipFile) as exc:
        print(f"newsevents: cannot build the gazetteer from {source}: {exc}", file=err)
        return EXIT_SOME_FAILED
    info = Gazetteer(path).info()
    print(f"{path}: {info['places']} places, {info['names']} names", file=out)
    if out_path and not os.environ.get(ENV_INDEX):
        print(f"use it with: export {ENV_INDEX}={path}", file=out)
    return EXIT_OK
