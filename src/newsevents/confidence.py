"""The calibrated confidence of a candidate event: how likely a human coder is to code it.

In:  a candidate's features, a mapping of feature name -> value (indicators such as
     ``"type=ASSAULT"`` or ``"actor=state"`` with value 1, and a few numbers such as
     ``"rule"``, the rule-based confidence of :func:`newsevents.events._confidence`); the
     events stage builds them (:func:`newsevents.events.candidate_features`), with the
     groups of context features the model file names (``context``, :data:`CONTEXT_GROUPS`).
Out: a probability, 0-1, from a logistic regression (bias plus the weights of the features
     present, through a sigmoid), and the model's ``threshold``: the confidence below which
     the coder leaves an event out of the record (the one home of that number).

The weights are data, ``data/confidence.json`` (schema ``confidence.schema.json``), fitted by
``newsevents train confidence`` (:mod:`newsevents.training`) on the two files marked as
training data: NGEC's synthetic stories and the five-class ConfliBERT sentences. Scoring
needs nothing but the standard library: a sum and an exponential per candidate.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .datafiles import DataFileError, default_path, schema_problems

MODEL_FILE = "confidence.json"
SCHEMA = "confidence"
# The feature that says a candidate is reported as happening (see EventMention.anchored).
REPORTED = "anchored"
# The groups of context features a model may read besides the candidate's own (the model
# file names those it was fitted with, ``context`` in confidence.json; none by default):
# "heads", the lemmas of the verbs the trigger hangs from up to the root ("urged", "said",
# "called for": a report or an appeal, not a deed); "words", the content lemmas of its
# sentence, and "clause", those of its clause (what the sentence is about); "known", whether
# the actor and the recipient are in the knowledge base; "length", the sentence's length.
CONTEXT_GROUPS = ("heads", "words", "clause", "known", "length")
# |z| beyond this saturates the sigmoid in double precision: avoids math.exp overflow.
MAX_LOGIT = 35.0


@dataclass(frozen=True)
class ConfidenceModel:
    """A logistic regression over candidate features, and the threshold chosen with it."""

    bias: float
    weights: Mapping[str, float]
    threshold: float
    about: Mapping[str, Any] = field(default_factory=dict)  # how and on what it was fitted
    # the groups of context features it reads (CONTEXT_GROUPS); none: the candidate's own
    context: tuple[str, ...] = ()

    def logit(self, features: Mapping[str, float]) -> float:
        """The bias plus each present feature's weight times its value."""
        weights = self.weights
        return self.bias + sum(weights.get(name, 0.0) * value
                               for name, value in features.items())

    def probability(self, features: Mapping[str, float]) -> float:
        """The calibrated probability that a human coder codes this candidate."""
        z = max(-MAX_LOGIT, min(MAX_LOGIT, self.logit(features)))
        return 1.0 / (1.0 + math.exp(-z))

    def confidence(self, features: Mapping[str, float]) -> float:
        """The confidence of a candidate: its :meth:`probability`, except that a bare mention
        of an event noun ("spoke about the war"; no ``anchored`` feature) is no report of an
        event, which no coder codes: 0. Its labels in the training data come from the whole
        text, not from the mention, so the rule decides it, not the data."""
        return self.probability(features) if features.get(REPORTED) else 0.0

    def to_json(self) -> dict[str, Any]:
        """The data-file form (see ``confidence.schema.json``), weights sorted by name."""
        data: dict[str, Any] = {"version": 1, "threshold": round(self.threshold, 4),
                                "bias": round(self.bias, 6)}
        if self.context:
            data["context"] = list(self.context)
        data["weights"] = {k: round(v, 6) for k, v in sorted(self.weights.items())}
        data["about"] = dict(self.about)
        return data


def _build(path: Path) -> ConfidenceModel:
    """Read and validate a model file; raise DataFileError when it is broken."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise DataFileError(str(path), [f"cannot read: {exc.strerror}"]) from exc
    except json.JSONDecodeError as exc:
        raise DataFileError(str(path), [f"line {exc.lineno}: not valid JSON: {exc.msg}"]) \
            from exc
    problems = list(schema_problems(data, SCHEMA))
    if problems:
        raise DataFileError(str(path), problems)
    return ConfidenceModel(float(data["bias"]), dict(data["weights"]), float(data["threshold"]),
                           data.get("about", {}), tuple(data.get("context", ())))


def load_model(path: Path | str | None = None) -> ConfidenceModel:
    """The confidence model at ``path`` (None: the packaged one), validated; from the
    start-up cache when the file, its schema and this module are unchanged."""
    from .cache import cached, code_part, file_part

    path = Path(path) if path else default_path(MODEL_FILE)
    parts = [code_part("confidence.py", "datafiles.py"),
             file_part(default_path(f"{SCHEMA}.schema.json")), file_part(path)]
    name = "confidence" if path == default_path(MODEL_FILE) else "confidence-user"
    return cached(name, parts, lambda: _build(path))
