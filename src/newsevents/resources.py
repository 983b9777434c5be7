"""The resources the stages are given, registered in spaCy's ``registry.misc``.

A stage's factory names its resources in its ``default_config`` by these names, so that a
test or a user can give a stage its own instead of the packaged one, in Python or in a
pipeline config:

    nlp.add_pipe("newsevents_where", config={"gazetteer": {"@misc": "newsevents.gazetteer.v1",
                                                           "path": "my-geonames.sqlite"}})

``newsevents.gazetteer.v1`` (``path``: an index file, or None for the default index, see
:func:`newsevents.gazetteer.default_index_path`): the GeoNames gazetteer of the ``actors``
and ``where`` stages. ``newsevents.actor_tables.v1``: the actor tables (countries, IGOs,
groups, agents) of the ``actors`` stage, from the packaged data files.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from spacy.util import registry

from .gazetteer import Gazetteer

if TYPE_CHECKING:
    from .actors import ActorTables


@registry.misc("newsevents.gazetteer.v1")
def gazetteer(path: str | None = None) -> Gazetteer:
    """The gazetteer at ``path``; without one, the process's default (see
    :func:`default_gazetteer`)."""
    return Gazetteer(path) if path else default_gazetteer()


@cache
def default_gazetteer() -> Gazetteer:
    """One gazetteer per process for the default index, shared by the stages (and their
    lookup caches). It picks its index file at the first lookup, not here, so that loading
    a pipeline stays instant and the packaged index is built only when a place is looked up."""
    return Gazetteer()


@registry.misc("newsevents.actor_tables.v1")
def actor_tables() -> ActorTables:
    """The actor tables of the packaged data files (from the start-up cache)."""
    from .actors import build_actor_tables  # the actors stage imports this module

    return build_actor_tables()
