"""``newsevents kb build --wikidata``: refresh persons and offices from Wikidata.

In:  Wikidata's public SPARQL endpoint (network access), or a saved response in the
     endpoint's JSON results format (``application/sparql-results+json``) for offline use.
Out: a persons file in the knowledge-base format (``data/persons.schema.json``), which
     ``--kb PATH`` adds to the packaged knowledge base.

The query asks for everyone who held a position that is a head of state or head of
government (or any position given with ``--position``) since a start year, with the dates of
each term and the ISO code of the position's country.
"""

from __future__ import annotations

import json
import urllib.parse
import urllib.request
from collections import defaultdict
from pathlib import Path
from typing import Any

import yaml

ENDPOINT = "https://query.wikidata.org/sparql"
HEAD_OF_STATE = "Q48352"
HEAD_OF_GOVERNMENT = "Q2285706"
USER_AGENT = "newsevents-kb-build/0.1 (https://github.com/newsevents/newsevents)"

QUERY = """
SELECT ?person ?personLabel ?position ?positionLabel ?start ?end ?iso3 ?kind WHERE {
  VALUES ?kind { %(kinds)s }
  ?position wdt:P279* ?kind .
  ?person p:P39 ?held .
  ?held ps:P39 ?position ; pq:P580 ?start .
  OPTIONAL { ?held pq:P582 ?end . }
  ?position wdt:P17 ?country . ?country wdt:P298 ?iso3 .
  FILTER(YEAR(?start) >= %(since)d || (BOUND(?end) && YEAR(?end) >= %(since)d) || !BOUND(?end))
  SERVICE wikibase:label { bd:serviceParam wikibase:language "en". }
}
"""


def build_query(since: int, positions: list[str]) -> str:
    kinds = " ".join(f"wd:{q}" for q in [HEAD_OF_STATE, HEAD_OF_GOVERNMENT, *positions])
    return QUERY % {"kinds": kinds, "since": since}


def fetch(query: str, timeout: float = 120.0) -> dict[str, Any]:
    """Run the query at the public endpoint (needs network access)."""
    url = f"{ENDPOINT}?{urllib.parse.urlencode({'query': query, 'format': 'json'})}"
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT,
                                                   "Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 (fixed host)
        return json.load(response)


def _value(binding: dict[str, Any], name: str) -> str | None:
    cell = binding.get(name)
    return cell.get("value") if cell else None


def _qid(uri: str | None) -> str | None:
    return uri.rsplit("/", 1)[-1] if uri else None


def _role(kind: str | None) -> str:
    return {HEAD_OF_STATE: "head_of_state", HEAD_OF_GOVERNMENT: "head_of_government"}.get(
        kind or "", "other")


def persons_from_results(results: dict[str, Any]) -> list[dict[str, Any]]:
    """Knowledge-base person entries from SPARQL JSON results, one per person, offices in
    order of start; rows without a label or a start date are skipped."""
    people: dict[str, dict[str, Any]] = {}
    offices: dict[str, dict[tuple[str, str], dict[str, Any]]] = defaultdict(dict)
    for row in results.get("results", {}).get("bindings", []):
        qid, name = _qid(_value(row, "person")), _value(row, "personLabel")
        start, iso3 = _value(row, "start"), _value(row, "iso3")
        if not qid or not name or not start or not iso3 or name == qid:
            continue
        people.setdefault(qid, {"name": name, "wikidata": qid, "country": iso3})
        office_name = _value(row, "positionLabel") or "office"
        end = _value(row, "end")
        offices[qid][(office_name, start[:10])] = {
            "office": office_name, "role": _role(_qid(_value(row, "kind"))),
            "country": iso3, "sector": "GOV", "start": start[:10],
            **({"end": end[:10]} if end else {}),
        }
    entries = []
    for qid, person in people.items():
        person["offices"] = sorted(offices[qid].values(), key=lambda o: o["start"])
        entries.append(person)
    return sorted(entries, key=lambda p: (p["country"], p["name"]))


def write_persons(entries: list[dict[str, Any]], path: Path) -> None:
    header = "# Built by `newsevents kb build --wikidata` from Wikidata (CC0).\n"
    text = yaml.safe_dump({"version": 1, "persons": entries}, sort_keys=False,
                          allow_unicode=True, width=100)
    path.write_text(header + text, encoding="utf-8")
