"""How often the country newsevents guesses for a generic actor is right.

    python bench/guessed_countries.py [--data bench/data/actor_countries.jsonl] [--model NAME]
                                      [--show] [--json]

A generic actor ("the police", "protesters", "the government") whose own words name no
country takes one from the text around it: the places of its paragraph, else the article's
country (the majority of its state mentions, the countries generic actors give themselves and
its dateline). Those guesses carry ``country_guessed`` on the actor mention. This script
measures their precision on stories we wrote ourselves (``bench/data/actor_countries.jsonl``:
46 wire-style stories of 2026-12-08, on Africa, Asia, Latin America, Europe and the Middle
East), whose guessed actors a reader annotated with the country the text supports:

- an ISO 3166 alpha-3 code: the actor is of that country;
- ``null``: the text gives it no country (a guess is wrong: "a determined government" in an
  opinion piece, "social media");
- ``"?"``: the text leaves it open (militants in Kashmir called "terrorists"); not counted.

Each guessed mention of the coder is matched to the annotation with the same characters. The
script reports precision (right / right + wrong) overall and by the source of the guess (the
paragraph's places, the article), the share left open, and the guessed mentions no annotation
covers (new guesses since the annotation: read them with ``--show`` and annotate them). It
asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from newsevents.coder import Coder
from newsevents.record import Article

DATA = Path(__file__).resolve().parent / "data" / "actor_countries.jsonl"
OPEN = "?"


def source_of(via: str) -> str:
    """Where a guess came from, by the words the actors stage writes in its ``via``."""
    if "paragraph's places" in via:
        return "paragraph"
    if "from the article" in via:
        return "article"
    return "other"


def measure(coder: Coder, stories: list[dict]) -> dict:
    """Code each story and score its guessed actor countries against the annotations."""
    tally: Counter[tuple[str, str]] = Counter()
    shown: list[str] = []
    for story in stories:
        article = Article(id=story["id"], text=story["text"], published=story.get("published"))
        doc = coder.nlp(coder.make_doc(article))
        gold = {(g["start"], g["end"]): g["country"] for g in story["gold"]}
        for mention in doc._.actors or []:
            info = mention.info
            if info.kind != "agent" or not info.country_guessed or info.country is None:
                continue
            source = source_of(info.via)
            key = (mention.start_char, mention.end_char)
            if key not in gold:
                outcome = "unannotated"
            elif gold[key] == OPEN:
                outcome = "open"
            else:
                outcome = "right" if gold[key] == info.country else "wrong"
            tally[(source, outcome)] += 1
            if outcome in ("wrong", "unannotated"):
                shown.append(f"{story['id']}: {outcome}: {mention.text!r} -> {info.country} "
                             f"(annotated {gold.get(key, '-')}; {info.via})")
    return {"tally": tally, "shown": shown}


def _precision(right: int, wrong: int) -> float | None:
    return round(right / (right + wrong), 3) if right + wrong else None


def report(result: dict) -> dict:
    """Precision overall and by source, and the counts behind them."""
    tally = result["tally"]
    sources = sorted({s for s, _ in tally})
    rows = {}
    for source in [*sources, "all"]:
        def count(outcome: str, source: str = source) -> int:
            return sum(n for (s, o), n in tally.items()
                       if o == outcome and (source == "all" or s == source))
        rows[source] = {"right": count("right"), "wrong": count("wrong"), "open": count("open"),
                        "unannotated": count("unannotated"),
                        "precision": _precision(count("right"), count("wrong"))}
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--model", default=None, help="spaCy pipeline (default: the coder's)")
    parser.add_argument("--show", action="store_true", help="print wrong and unannotated guesses")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    stories = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines()
               if line.strip()]
    coder = Coder(model=args.model) if args.model else Coder()
    result = measure(coder, stories)
    rows = report(result)
    if args.json:
        print(json.dumps(rows, indent=2))
    else:
        print(f"guessed countries of generic actors: {len(stories)} stories, "
              f"{sum(len(s['gold']) for s in stories)} annotated guesses")
        print(f"  {'source':<10} {'right':>6} {'wrong':>6} {'open':>6} {'new':>6} precision")
        for source, row in rows.items():
            precision = "-" if row["precision"] is None else f"{row['precision']:.3f}"
            print(f"  {source:<10} {row['right']:>6} {row['wrong']:>6} {row['open']:>6} "
                  f"{row['unannotated']:>6} {precision}")
    if args.show:
        print("\n".join(result["shown"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
