"""Exit codes of ``newsevents code`` where a run does not simply succeed, in real
subprocesses: a stage that fails on one article (1, the others still coded), a reader that
closes the pipe early (0, no traceback), Ctrl-C (130, one line)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from newsevents.errors import EXIT_INTERRUPTED, EXIT_OK, EXIT_SOME_FAILED

CLI = [sys.executable, "-m", "newsevents.cli"]
ARTICLES = [
    {"id": "first", "text": "Chile sanctioned Peru on Monday.", "published": "2025-06-02"},
    {"id": "broken", "text": "Rebels attacked a convoy near Goma. STAGE-FAILS-HERE",
     "published": "2025-06-02"},
    {"id": "third", "text": "Police arrested twelve people in Lima.", "published": "2025-06-02"},
]
# The time stage raises on one article, as a bug in a stage would: the command line and
# spaCy's error handler are the real ones.
FAILING_STAGE = """
import sys
from newsevents import when
from newsevents.cli import main

real = when.WhenComponent.__call__

def failing(self, doc):
    if "STAGE-FAILS-HERE" in doc.text:
        raise RuntimeError("a bug in the stage")
    return real(self, doc)

when.WhenComponent.__call__ = failing
sys.exit(main(sys.argv[1:]))
"""


def _jsonl(tmp_path, articles, copies: int = 1):
    path = tmp_path / "articles.jsonl"
    path.write_text("".join(json.dumps({**a, "id": f"{a['id']}-{n}"}) + "\n"
                            for n in range(copies) for a in articles), encoding="utf-8")
    return path


def test_a_stage_failing_on_one_article_leaves_it_out_and_exits_1(tmp_path):
    path = _jsonl(tmp_path, ARTICLES)
    result = subprocess.run([sys.executable, "-c", FAILING_STAGE, "code", str(path),
                             "--format", "jsonl"], capture_output=True, text=True, timeout=300)
    assert result.returncode == EXIT_SOME_FAILED
    ids = [json.loads(line)["article"]["id"] for line in result.stdout.splitlines()]
    assert ids == ["first-0", "third-0"]
    # one line for the article left out (a first run may also log building the place index)
    (line,) = [line for line in result.stderr.splitlines() if "failed" in line]
    assert line.startswith("newsevents: broken-0: stage newsevents_when failed (RuntimeError")
    assert line.endswith("article left out") and "Traceback" not in result.stderr


def test_a_reader_that_closes_the_pipe_early_is_normal_use(tmp_path):
    # enough records to fill the pipe after the reader has gone
    path = _jsonl(tmp_path, [a for a in ARTICLES if a["id"] != "broken"], copies=80)
    writer = subprocess.Popen([*CLI, "code", str(path), "--format", "jsonl"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    reader = subprocess.run([sys.executable, "-c", "import sys; print(sys.stdin.readline())"],
                            stdin=writer.stdout, capture_output=True, text=True, timeout=300)
    writer.stdout.close()  # only the reader holds the pipe: it has gone
    _, err = writer.communicate(timeout=300)
    assert json.loads(reader.stdout)["article"]["id"] == "first-0"
    assert writer.returncode == EXIT_OK
    for word in ("Traceback", "Exception ignored", "BrokenPipe", "Errno"):
        assert word not in err.decode()


@pytest.mark.skipif(os.name != "posix", reason="SIGINT to a child process")
def test_ctrl_c_exits_130_with_one_line(tmp_path):
    # Python's own Ctrl-C handling, as in a terminal: a shell that starts this test suite in
    # the background (without job control) passes SIGINT on as ignored, and so would we.
    ready = ("import signal, sys; signal.signal(signal.SIGINT, signal.default_int_handler); "
             "from newsevents.cli import main; print('ready', file=sys.stderr, "
             "flush=True); sys.exit(main(sys.argv[1:]))")
    # standard input stays open: the command waits for the article after loading the pipeline
    child = subprocess.Popen([sys.executable, "-c", ready, "code", "-", "--format", "jsonl"],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    try:
        assert child.stderr.readline() == "ready\n"
        time.sleep(1.0)  # inside main: loading the pipeline or reading standard input
        child.send_signal(signal.SIGINT)
        # wait with standard input still open: communicate() would close it, and a child
        # busy in C code under load could read end-of-file before it handles the signal
        child.wait(timeout=120)
        out, err = child.stdout.read(), child.stderr.read()
    finally:
        child.stdin.close()
        if child.poll() is None:
            child.kill()
    assert child.returncode == EXIT_INTERRUPTED, err
    assert out == "" and err.endswith("newsevents: interrupted\n") and "Traceback" not in err
