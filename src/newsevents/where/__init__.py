"""The ``where`` stage: toponyms in the article, resolved to GeoNames places.

In:  a parsed ``Doc`` with named entities and ``doc._.actors``.
Out: ``doc._.toponyms``, every toponym as a :class:`PlaceMention` resolved with the
     :mod:`~newsevents.gazetteer` (GeoNames id, coordinates, country, feature code), with
     those used as actors flagged (``actor``: "Moscow said" is the Russian government) and
     country adjectives flagged (``adjective``: "Egyptian police" names Egypt);
     ``doc._.places``, the toponyms used as places ("in Moscow"), which the record lists;
     ``doc._.place_at``, token index -> index into ``doc._.places``; and
     ``doc._.dateline_place``, the index of the place the article is filed from, or None;
     ``doc._.actor_points``, actor index -> the points an actor mention's words name ("Moscow"
     of "Moscow said", "Russian" of "Russian troops") and its entity's own (a state's
     country, a city acting), which the record gives entity mentions and entities.

Which words are toponyms: spaCy's GPE, LOC and FAC entities, the dateline's place and NORP
entities that are country adjectives. spaCy's small model also calls many places PERSON or ORG
("Alexandria", "Minnesota") or misses them; such words (and the leading place of an
organisation or facility name, "Pembina County" in "the Pembina County Jail", also when NER
called the whole name a place, which stays unresolved as a facility, as a county's body
"Fannin County Commissioners" and a facility named after a town the article names, "the
Lexington Fairgrounds", do; the town before an
office in a title, "Bozeman Mayor Jo Smith"; the place after "of" in a person's name, "Jo
Smith of Bozeman"; places a hyphen joins, "the Kenya-Uganda railway") are taken as toponyms
only on evidence: the gazetteer's best reading is a country, or a state (a whole name NER
gave another label, an airline named after a province, only in a story in its country), or
a preposition of place comes before them ("in Alexandria", not "according to Ashford"; "of"
only after a noun
that takes a place, "the mayor of", or after a person, "Jo Smith of"), or "-based" after
them, or a state or country after them ("Alexandria, La."), or the best reading lies in the
article's state or near its other places. A country or continent inside an organisation's
name ("the U.S. Army", "the Council of Europe") is a modifier, flagged like a country
adjective, not a place. A country adjective that names a kind of thing or of people, not its
country, is no toponym at all and no evidence: a cuisine, breed or species, music, a language
or heritage ("Mexican food", "a German shepherd", "spoke only Spanish", "Italian heritage"),
native or ethnic Americans ("Quiche Indians", "African-Americans"), a street's, a
business's or a private body's name ("West Palestine Avenue", "DeLallo Italian Marketplace",
"the American Red Cross", "the British Heart Foundation": an organisation's name is no
place); a state's people, organs, agencies and deeds keep their country ("Syrian refugees",
"the Kenyan government", "the Russian Security Council", "the Canadian Coast Guard"). A country
adjective that opens a place's name NER cut is joined to it ("French Guiana"). A country
adjective that only gives a private person's nationality ("a Belgian national", "Irish author
Maeve Dunne", "two Norwegians"), where it is all the article says of that country and the
country lies far from the article's places, is kept without a point (a state's people,
refugees and migrants, and things keep their country); adjectives co-ordinated before one
noun are read with it ("Brazilian and Swedish students"). A town before a document's noun
("the Minsk agreements", "the Paris Agreement") names the document, not a place of the
story; a capital or world city far from the story's places that only the first word of a
person's, a club's or a grouping's name stands for ("Paris Hilton", "Manchester United",
"the Lima Group") is no point. A short acronym NER did not call a
place is no town known by those letters as an alternate name, even after a preposition ("at
UF" is no Ufa). A name read
without a compass word before it ("the North
Atlantic": "Atlantic") is an area, a capital or a city of ``compass_part_population``
people, never a village; an abbreviated one ("W. Columbia") is read as its word when the name
so spelt is a place's, else as a part of the state after it ("W. Texas"), never of another
place ("S.E. Paris" of a local paper is a part of its own town). A township the gazetteer
lacks ("Brick Twp.") is the small town it is named after, where the article points (its
state, places near it). A name in a list that a plural division noun closes is that
division ("Yellowstone, Carbon and Stillwater counties"). A demonym of a state or
world city ("Oregonians", "Kansan"), or of a region of one country ("South Ossetian",
"Darfuri"), is that place, in a story in its country. A person the
article names in full stays a person; a word that is also an English adjective or verb
("Humble", "Liberal") and a town known by the name only as a foreign alternate name need the
text's word.

How a name is resolved, in :func:`~.ranking.rank`: every gazetteer entry of that name is a
candidate (for a place NER found whose name the gazetteer lacks, the one country it misspells
by a letter added or left out or two swapped, "Mauritious": news copy is typed in haste),
scored by

* a prior: countries first, then continents, capitals, first-level divisions (states,
  provinces), then other places by population (log scale); an entry found by one of its
  alternate names ("Bombay") scores lower than one so named. A division that is merely the
  area of a same-named city of its country nearby ("Paris" the department, "Kyiv" the
  city-region) gives way to the city;
* a qualifier written after it: "Paris, Texas", "KHARKIV, Ukraine" favour the places in that
  state or country (a dateline's country keeps its town there: "SALISBURY, Rhodesia" is
  Harare, whatever the story names in England; a state favours none of its country's other
  states: "Hartford, Connecticut" is not Kentucky's Hartford), and a state that closes its
  phrase keeps the name in it, unresolved when no place of the name lies there (the name
  after a town in a list, "Thika, Kitui, Embu", is the list's next item, no qualifier);
  one sense per discourse: the qualifier written after one mention of a name counts for
  every mention of it; a name said to be a state ("Katsina state", "the state of Katsina")
  is read only as a first-level division when it has one;
* the article's context: the share of the article's other evidence (its other toponyms, its
  state actors, its country adjectives) that lies in the candidate's country and in its
  first-level division, and whether the candidate lies near another place the article names
  (sums in pounds sterling count as a British adjective would).
  A toponym resolved without doubt gives its whole weight to its country and division; one in
  doubt shares its weight among its likely readings, so that several names in doubt that can
  all lie in one state ("Fairview", "Pike County") agree on it; and a reading near a likely
  reading of another name in doubt gains by how near it is (a town inside one of the
  counties a county name may be). Local news names its
  state's towns without the state ("Alexandria" in a Louisiana paper); a world story's
  "Paris" is France;
* clusters: every other local name of the article that has a reading within
  ``cluster_km`` of a candidate adds to it (a town, its county and its neighbours all lie
  in one state, and nowhere else together); names that are also countries, states,
  capitals or world cities support nothing ("Paris", "London" and "Athens" have namesakes
  side by side in small states), and a small namesake of a capital or world city needs two
  local names around it. Nor does its state alone move a world city's name to a namesake
  when the article also has evidence in the world city's country ("the Texas governor flew
  to Paris to meet French officials"), nor, then, a place of the article near the namesake
  without its state ("El Paso" of a Mexican story that names Texas is the Texan city); a
  small town known by a world city's name only as an alternate ("Durban" of Durbanville),
  or by the own name of a town of its state ten times its size ("Juliaca" of a village
  beside it), gains nothing from places near it (nor, the latter, from its state); a
  division written after a town in a list that goes on, which is also a big city's own
  name, is the list's next city, not the town's state ("Tehran, Isfahan and Shiraz").

* the article's home, when it has one (``doc._.home``, :mod:`.home`): where its paper is,
  weighed like one sure name that no sentence gives, against the text's evidence: a lone
  "Mansfield" in an Ohio paper is Mansfield, Ohio; never against a qualifier, and never for
  a world city's namesake when the article has evidence in the world city's country. A
  small place more than ``isolation_km`` from a home state or town, with no qualifier and
  nothing of the article in its state or near it, stays unresolved (the paper's place is
  most often one the gazetteer lacks, not a namesake across the country).

A name whose best candidate scores below ``min_score`` is left unresolved; the last round
applies the rules of :mod:`.precision` and gives each resolved toponym its ``score``; in it
a name used as a town's ("the Poland police chief", "Marlow Town Council", "a Vienna man") is
a town of that name, not the country or a town abroad, when most of the article's other
evidence is in one country that has a town of that name and the article does not name the
country as such; a small place
that only a word NER did not call a place stands for, said once, must lie in one of the
countries of the article's other places or within ``isolation_km`` of them; a place far
from the article's other places needs more than a population prior (not a mention of the
dateline's town: the story is filed from it), and a name the article
repeats is exempt only when its reading is no small place alone in its country, nor one in
another state of a country whose state the article names more often than the name (a
repeated bare name in a story of Ontario is no hamlet of Alberta: news gives a town outside
the story's state its state); a town named twice, once at least as a place by NER, and
read without doubt is a place the words NER missed must lie near (a local story's own
town), and a small place far from all the others is none (a far reading near it is as
far); and every
mention of a name takes the reading of its surest mention (one sense per discourse). A
capital, world city or seat of a first-level division named like it (Geneva, Gaza: of
``seat_city_population`` people or more) far from the article's places gives way only to a
namesake the article points to (its state, a place within ``near_km``), and a word NER did
not call a place that opens a longer name of a person or organisation far from the story
("the Shanghai Cooperation Organisation") is no toponym. A dateline names a town: NER's
place of the dateline's very words is the dateline, and a dateline's name written alone that
a sizeable town bears is read among towns and countries ("NEW YORK (Newswire) -" is the
city, "WASHINGTON" the capital), a wire dateline's most populous town among those that bear
the name as their own or as a spelling of it ("ISLAMABAD" is no Chattogram). A country's
name in the possessive before a name qualifies that mention ("Pakistan's Punjab province"
beside India's Punjab), as an appositive that names its state does ("Victoria, the capital
of Tamaulipas"); the later items of a list a preposition of place governs are places
("in Nouakchott and Banjul"); an office before a name ("Commerce Secretary", "the
Secretary of State") is no place; a hyphenated spelling of a big city's name is the city
("Mazar-i-Sharif"); a name before a governor's office is the region or town governed
("Kursk governor"); a country's name in the language a story was translated from
("Gambie") is that country where no entry bears it, a dateline's misspelt capital
("KINSHASSA") that capital. A far capital or world city the text says is a place ("flew
to Geneva", a later item of such a list) or far only from the dateline's town keeps its
score, and a wire dateline's world city has no small namesake among its readings.
Facilities
(streets, buildings) are kept as places but not resolved: a building named like a town
("White House") must not be put on the map there.

The weights and thresholds are the fields of :class:`~.settings.WhereSettings`, set through
the factory's ``settings`` config; the gazetteer is given as ``gazetteer``
(``registry.misc`` ``newsevents.gazetteer.v1``). The package, one module per job:

* :mod:`.settings`: the weights and thresholds, each with its reason;
* :mod:`.mentions`: :class:`PlaceMention`, made from spans, filled from entries, datelines;
* :mod:`.ranking`: scoring the entries a name may stand for, and the article's evidence;
* :mod:`.recall`: toponyms NER missed, and the words that tell;
* :mod:`.precision`: names that are no places (parts of people, streets, diseases,
  newspapers, acronyms, English adjectives, saints' churches), places far from the rest of
  the article, and each place's ``score`` (0-1);
* :mod:`.points`: the points of toponyms that act or describe, for the record's entities;
* :mod:`.home`: an article's home region (where its paper is: ``doc._.home``), weak
  evidence that :func:`~.ranking.rank` weighs against the text's;
* :mod:`.learn`: a source's home learned from its own coded records (a local lexicon);
* :mod:`.component`: the spaCy component that runs the rounds.
"""

from __future__ import annotations

from .component import WhereComponent, make_where
from .mentions import PlaceMention, resolved
from .ranking import Context, Evidence, Ranked, evidence_of, is_broad, prior, rank, source_key
from .recall import PLACE_LABELS
from .settings import DEFAULT_SETTINGS, WhereSettings

_evidence = evidence_of  # the name tests and notebooks knew it by

__all__ = ["DEFAULT_SETTINGS", "PLACE_LABELS", "Context", "Evidence", "PlaceMention", "Ranked",
           "WhereComponent", "WhereSettings", "evidence_of", "is_broad", "make_where", "prior",
           "rank", "resolved", "source_key"]
