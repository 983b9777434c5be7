"""How fast newsevents codes, and whether its memory stays flat on a long stream.

    python bench/throughput.py [--n 200] [--repeat 3] [--long N] [--model NAME]
                               [--jsonl PATH | --ngec PATH] [--batch-size 32] [--json]

Measures, on the same N articles:

(a) start-up: ``Coder()`` construction, imports included, in a fresh Python subprocess;
(b) the bare spaCy pipeline: ``spacy.load(model)`` then ``list(nlp.pipe(texts))``, articles/s
    and words/s (words = whitespace-separated tokens of the article texts), with its matrix
    products through numpy's BLAS on one thread as newsevents runs spaCy
    (``newsevents.nlp.use_numpy_blas``, the base of the full/bare ratio); as (b'), with
    spaCy's own default, blis; as (b''), numpy's BLAS with a thread per core (OpenBLAS's
    default, which newsevents does not use);
(c) the full coder: ``list(coder.code_many(articles))``, records included, articles/s, and the
    ratio of its time to the bare pipeline's;
(d) with ``--long N``: N articles streamed through ``code_many``, the resident set size sampled
    every 100 articles: RSS at start, after 10 %, at the end, and the slope (MB per 1000
    articles) of a least-squares line through the samples of the second half.

(b) and (c) are warmed up once on a few texts and report the best of ``--repeat`` runs; (a)
reports the best of ``--repeat`` subprocesses.

Articles: by default generated deterministically from the bundled ``examples/articles.jsonl``,
cycling through them and shuffling the order of their paragraphs after the first (the dateline)
with a fixed seed per copy, so the script needs no external data. ``--jsonl PATH`` uses any
article file (cycled and shuffled the same way if it holds fewer than N); ``--ngec PATH`` takes
the ``text`` column of the NGEC synthetic stories csv, evenly spaced through the file, for a
realistic mix of event types. The script measures; it asserts nothing.
"""

from __future__ import annotations

import argparse
import csv
import importlib
import json
import os
import platform
import random
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from newsevents.record import Article

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "articles.jsonl"
WARMUP = 3
SAMPLE_EVERY = 100
MB = 1024 * 1024

STARTUP_CODE = """\
import time
t = time.perf_counter()
try:
    from newsevents import Coder
except ImportError:
    from newsevents.coder import Coder
Coder(model={model!r})
print(time.perf_counter() - t)
"""


# --- articles -----------------------------------------------------------------------------


def read_jsonl(path: Path) -> list[Article]:
    """Articles from a JSON Lines file (``id``, ``text``, optional ``title``, ``published``)."""
    articles = []
    with path.open(encoding="utf-8") as handle:
        for n, line in enumerate(handle):
            if line.strip():
                item = json.loads(line)
                articles.append(Article(id=str(item.get("id", n)), text=item["text"],
                                        title=item.get("title"),
                                        published=item.get("published")))
    return articles


def read_ngec(path: Path, n: int) -> list[Article]:
    """``n`` story texts evenly spaced through the NGEC csv (all of them if it has fewer)."""
    csv.field_size_limit(1 << 24)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        texts = [row["text"] for row in csv.DictReader(handle)]
    picks = range(len(texts)) if n >= len(texts) else (i * len(texts) // n for i in range(n))
    return [Article(id=f"ngec-{i}", text=texts[i]) for i in picks]


def vary(article: Article, copy: int) -> Article:
    """A light, deterministic variant: paragraphs after the first shuffled with seed ``copy``."""
    if copy == 0:
        return article
    head, *rest = article.text.split("\n\n")
    random.Random(copy).shuffle(rest)
    return Article(id=f"{article.id}-{copy}", text="\n\n".join([head, *rest]),
                   title=article.title, published=article.published)


def cycled(base: Sequence[Article], n: int | None = None) -> Iterator[Article]:
    """``n`` articles (endless when None) cycling through ``base``, each cycle varied."""
    i = 0
    while n is None or i < n:
        yield vary(base[i % len(base)], i // len(base))
        i += 1


def corpus(args: argparse.Namespace) -> tuple[list[Article], str]:
    """The base articles and a description of where they came from."""
    if args.ngec:
        return read_ngec(Path(args.ngec), args.n), f"NGEC stories from {args.ngec}"
    path = Path(args.jsonl) if args.jsonl else EXAMPLES
    name = "bundled examples" if not args.jsonl else str(path)
    return read_jsonl(path), f"{name}, cycled with shuffled paragraphs"


def words(articles: Sequence[Article]) -> int:
    return sum(len(a.text.split()) for a in articles)


# --- measurements -------------------------------------------------------------------------


def best_of(repeat: int, run: Callable[[], Any]) -> float:
    """The shortest wall time of ``repeat`` calls of ``run``."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def startup(model: str, repeat: int) -> dict[str, Any]:
    """(a) ``Coder()`` construction in a fresh interpreter, best of ``repeat``."""
    times = []
    for _ in range(repeat):
        proc = subprocess.run([sys.executable, "-c", STARTUP_CODE.format(model=model)],
                              capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            last = (proc.stderr.strip().splitlines() or ["no output"])[-1]
            return {"error": last}
        times.append(float(proc.stdout.strip().splitlines()[-1]))
    return {"seconds": min(times), "runs": times}


def load_bare(model: str) -> Any:
    import spacy

    try:
        return spacy.load(model)
    except OSError:  # a pipeline package not registered under its name
        return importlib.import_module(model).load()


def bare_spacy(model: str, articles: Sequence[Article], repeat: int,
               batch_size: int, numpy_blas: bool = True,
               blas_threads: int | None = None) -> dict[str, Any]:
    """(b) the spaCy pipeline alone on the article texts; with ``numpy_blas`` its models'
    matrix products go through numpy's BLAS, as in newsevents (one BLAS thread), otherwise
    through blis. ``blas_threads`` gives numpy's BLAS that many threads for this run only."""
    from newsevents.nlp import BLAS_THREADS, limit_blas_threads, use_numpy_blas

    start = time.perf_counter()
    nlp = load_bare(model)
    if numpy_blas:
        use_numpy_blas(nlp)
    load_seconds = time.perf_counter() - start
    texts = [a.text for a in articles]
    if blas_threads is not None:
        limit_blas_threads(blas_threads)
    try:
        list(nlp.pipe(texts[:WARMUP], batch_size=batch_size))
        seconds = best_of(repeat, lambda: list(nlp.pipe(texts, batch_size=batch_size)))
    finally:
        limit_blas_threads(BLAS_THREADS)
    return {"load_seconds": load_seconds, "seconds": seconds,
            "articles_per_s": len(texts) / seconds, "words_per_s": words(articles) / seconds,
            "pipes": list(nlp.pipe_names), "blas_threads": blas_threads or BLAS_THREADS}


def make_coder(model: str, batch_size: int) -> Any:
    from newsevents.coder import Coder

    return Coder(model=model, batch_size=batch_size)


def full_coder(coder: Any, articles: Sequence[Article], repeat: int) -> dict[str, Any]:
    """(c) the whole coder, records included."""
    list(coder.code_many(articles[:WARMUP]))
    events: list[int] = []

    def run() -> None:
        records = list(coder.code_many(articles))
        events[:] = [len(records), sum(len(r.events) for r in records)]

    seconds = best_of(repeat, run)
    return {"seconds": seconds, "articles_per_s": len(articles) / seconds,
            "words_per_s": words(articles) / seconds, "events": events[1]}


def stage_times(coder: Any, articles: Sequence[Article]) -> dict[str, float]:
    """(e) seconds spent in each pipeline component on the same articles, one component at a
    time over all of them, to show what each newsevents stage costs (e.g. actor resolution)."""
    docs = [coder.make_doc(a) for a in articles]
    times: dict[str, float] = {}
    for name, component in coder.nlp.pipeline:
        start = time.perf_counter()
        if hasattr(component, "pipe"):
            docs = list(component.pipe(docs, batch_size=32))
        else:
            docs = [component(doc) for doc in docs]
        times[name] = time.perf_counter() - start
    return times


def rss_mb() -> float:
    import psutil

    return psutil.Process().memory_info().rss / MB


def slope(points: Sequence[tuple[int, float]]) -> float | None:
    """Least-squares slope of (articles, MB) points, in MB per 1000 articles."""
    if len(points) < 2:
        return None
    mx = sum(x for x, _ in points) / len(points)
    my = sum(y for _, y in points) / len(points)
    den = sum((x - mx) ** 2 for x, _ in points)
    return 1000 * sum((x - mx) * (y - my) for x, y in points) / den if den else None


def long_run(coder: Any, base: Sequence[Article], n: int) -> dict[str, Any]:
    """(d) stream ``n`` articles through ``code_many``, sampling RSS every 100 articles."""
    samples = [(0, rss_mb())]
    start = time.perf_counter()
    done = 0
    for done, _record in enumerate(coder.code_many(cycled(base, n)), start=1):
        if done % SAMPLE_EVERY == 0 or done == n:
            samples.append((done, rss_mb()))
    seconds = time.perf_counter() - start
    tenth = min(samples, key=lambda s: abs(s[0] - n / 10))
    second_half = [s for s in samples if s[0] >= n / 2]
    return {"n": done, "seconds": seconds, "articles_per_s": done / seconds if seconds else None,
            "rss_start_mb": samples[0][1], "rss_10pct_mb": tenth[1], "rss_10pct_at": tenth[0],
            "rss_end_mb": samples[-1][1], "rss_peak_mb": max(y for _, y in samples),
            "slope_mb_per_1000_second_half": slope(second_half),
            "samples": [[x, round(y, 1)] for x, y in samples]}


# --- report -------------------------------------------------------------------------------


def environment(args: argparse.Namespace) -> dict[str, Any]:
    import spacy

    return {"python": platform.python_version(), "spacy": spacy.__version__,
            "model": args.model, "cpus": os.cpu_count(), "machine": platform.machine(),
            "batch_size": args.batch_size, "repeat": args.repeat}


def measure(args: argparse.Namespace) -> dict[str, Any]:
    """Run every measurement the arguments ask for; a failing part is reported, not raised."""
    base, source = corpus(args)
    articles = list(cycled(base, args.n))
    result: dict[str, Any] = {
        "env": environment(args), "articles": {"n": len(articles), "source": source,
                                               "words": words(articles)}}
    result["startup"] = startup(args.model, args.repeat)
    result["bare"] = bare_spacy(args.model, articles, args.repeat, args.batch_size)
    result["bare_blis"] = bare_spacy(args.model, articles, args.repeat, args.batch_size,
                                     numpy_blas=False)
    cores = os.cpu_count() or 1
    if cores > 1:
        result["bare_threads"] = bare_spacy(args.model, articles, args.repeat,
                                            args.batch_size, blas_threads=cores)
    try:
        coder = make_coder(args.model, args.batch_size)
    except Exception as exc:  # noqa: BLE001 - report whatever stops the coder from loading
        result["full"] = {"error": f"{type(exc).__name__}: {exc}"}
        return result
    result["full"] = full_coder(coder, articles, args.repeat)
    result["full"]["time_ratio_full_over_bare"] = (result["full"]["seconds"]
                                                   / result["bare"]["seconds"])
    result["stages"] = stage_times(coder, articles)
    if args.long:
        result["long"] = long_run(coder, base, args.long)
    return result


def format_report(r: dict[str, Any]) -> str:
    """A short plain-text report of :func:`measure`'s result."""
    env, arts = r["env"], r["articles"]
    lines = [f"newsevents throughput: Python {env['python']}, spaCy {env['spacy']}, model "
             f"{env['model']}, {env['cpus']} CPUs ({env['machine']}), batch size "
             f"{env['batch_size']}, best of {env['repeat']}",
             f"articles: {arts['n']} ({arts['words']} words; {arts['source']})", ""]
    start = r["startup"]
    lines.append("(a) start-up, Coder() in a fresh process: " + (
        f"{start['seconds']:.2f} s" if "seconds" in start else f"FAILED: {start['error']}"))
    bare = r["bare"]
    lines.append(f"(b) bare spaCy pipeline:  {bare['articles_per_s']:8.1f} articles/s "
                 f"{bare['words_per_s']:9.0f} words/s   ({bare['seconds']:.2f} s; load "
                 f"{bare['load_seconds']:.2f} s)")
    blis = r.get("bare_blis")
    if blis:
        lines.append(f"(b') the same with blis:  {blis['articles_per_s']:8.1f} articles/s "
                     f"{blis['words_per_s']:9.0f} words/s   ({blis['seconds']:.2f} s; spaCy's "
                     "default matrix library)")
    threads = r.get("bare_threads")
    if threads:
        lines.append(f"(b'') numpy's BLAS, {threads['blas_threads']} threads: "
                     f"{threads['articles_per_s']:5.1f} articles/s "
                     f"{threads['words_per_s']:9.0f} words/s   ({threads['seconds']:.2f} s; "
                     "OpenBLAS's own default, a thread per core)")
    full = r["full"]
    if "error" in full:
        lines.append(f"(c) full coder: FAILED: {full['error']}")
    else:
        lines.append(f"(c) full coder:           {full['articles_per_s']:8.1f} articles/s "
                     f"{full['words_per_s']:9.0f} words/s   ({full['seconds']:.2f} s; "
                     f"{full['events']} events)")
        lines.append(f"    full/bare time ratio: {full['time_ratio_full_over_bare']:.2f}x")
    if "stages" in r:
        lines += format_stages(r["stages"])
    if "long" in r:
        lines += format_long(r["long"])
    return "\n".join(lines) + "\n"


def format_stages(stages: dict[str, float]) -> list[str]:
    total = sum(stages.values())
    ours = {k: v for k, v in stages.items() if k.startswith("newsevents_")}
    lines = ["", f"(e) time per component ({total:.2f} s in all; newsevents stages "
             f"{100 * sum(ours.values()) / total:.1f}%)"]
    lines += [f"    {name:<24}{seconds:7.2f} s  {100 * seconds / total:5.1f}%"
              for name, seconds in stages.items()]
    return lines


def format_long(lg: dict[str, Any]) -> list[str]:
    slope_value = lg["slope_mb_per_1000_second_half"]
    return ["", f"(d) long run: {lg['n']} articles in {lg['seconds']:.1f} s "
            f"({lg['articles_per_s']:.1f} articles/s), RSS sampled every {SAMPLE_EVERY}",
            f"    RSS start {lg['rss_start_mb']:.1f} MB, after {lg['rss_10pct_at']} articles "
            f"(10%) {lg['rss_10pct_mb']:.1f} MB, end {lg['rss_end_mb']:.1f} MB, peak "
            f"{lg['rss_peak_mb']:.1f} MB",
            "    slope over the second half: "
            + ("-" if slope_value is None else f"{slope_value:+.2f} MB per 1000 articles")]


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=200, help="articles to time (default 200)")
    parser.add_argument("--repeat", type=int, default=3, help="runs; the best is reported")
    parser.add_argument("--long", type=int, default=None, metavar="N",
                        help="also stream N articles and track memory")
    parser.add_argument("--model", default=None, help="spaCy pipeline (default: the Coder's)")
    parser.add_argument("--batch-size", type=int, default=32)
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--jsonl", default=None, help="articles from this JSON Lines file")
    source.add_argument("--ngec", default=None, help="texts from the NGEC stories csv")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    if args.model is None:
        from newsevents.nlp import DEFAULT_MODEL

        args.model = DEFAULT_MODEL
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    result = measure(args)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(format_report(result), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
