"""Regenerate articles.jsonl from the .txt example articles (run from anywhere)."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ARTICLES = [
    ("summit", "EU and NATO leaders agree Ukraine aid package, urge Russian withdrawal", "2024-12-18"),
    ("attack", "Seven killed as Russian shelling and drone strike hit Kharkiv", "2025-03-04"),
    ("protest", "Greek police fire tear gas, arrest 43 as port strike defies rally ban", "2025-06-11"),
]

with open(HERE / "articles.jsonl", "w", encoding="utf-8", newline="\n") as out:
    for art_id, title, published in ARTICLES:
        text = (HERE / f"{art_id}.txt").read_bytes().decode("utf-8")
        record = {
            "id": art_id,
            "title": title,
            "published": published,
            "source": "newsevents examples",
            "url": None,
            "language": "en",
            "text": text,
        }
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
