"""Place names as the index stores them, and the entries a name may stand for.

In:  a place name as written ("Kiev", "The  St. Louis", "Ill.").
Out: its lookup key (:func:`name_key`) and, from the index, :class:`Candidate` entries.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from dataclasses import dataclass

MAIN, ALTERNATE = 0, 1  # how a name belongs to a place: its own name, or an alternate
# A city this big is known by its name alone: a word NER called a person or an organisation
# ("shelled Kharkiv") is that city, both as a place (``where``) and as an actor (``actors``).
BIG_CITY_POPULATION = 500_000
# A first-level division's seat this big is known by its name alone too, as a capital is: the
# name of its province says the world knows it ("Geneva", "Gaza"; no Illinois namesake).
SEAT_CITY_POPULATION = 150_000

ABBREVIATION_CHARS = 6  # "Calif.", "W.Va.": a name this short ending in a stop is an abbreviation
_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}
_SPACES = re.compile(r"\s+")
# Those abbreviations as a tokenizer should keep them, one token with its stop, in title case
# and in capitals ("Sault Ste. Marie", "ST. PAUL" in a dateline): split, "ST" and "." leave
# "PAUL" out of the name (the ``nlp`` stage adds them to spaCy's own "St." and "Mt.").
ABBREVIATION_TOKENS = frozenset(form + "." for abbreviation in _ABBREVIATIONS
                                for form in (abbreviation.title(), abbreviation.upper()))

# The Arabic article as English news transliterates it, assimilated or not ("Al Qamishli",
# "Ad-Diwaniyah", "Ash Shihr", "El Arish"): news often leaves it out ("Qamishli", "Arish").
ARABIC_ARTICLES = frozenset({"al", "el", "ad", "adh", "ar", "as", "ash", "at", "ath", "az",
                             "an", "ed", "er", "es", "esh", "et", "ez", "en"})
# The countries whose place names carry it: the Arab League's members and Western Sahara
# (not Spain's "El Paso"-like names elsewhere, whose "El" news keeps).
ARABIC_NAME_COUNTRIES = frozenset({
    "AE", "BH", "DJ", "DZ", "EG", "EH", "IQ", "JO", "KM", "KW", "LB", "LY", "MA", "MR", "OM",
    "PS", "QA", "SA", "SD", "SO", "SY", "TN", "YE"})
MIN_ARTICLELESS_CHARS = 3  # "Kut" of "Al Kut"; not down to a stray syllable
_ARTICLE = re.compile(r"([a-z]+)[ -](.+)")  # a name's first word, then the rest


@dataclass(frozen=True)
class Candidate:
    """One GeoNames entry a name may stand for. ``kind`` is MAIN when the name is the entry's
    own, ALTERNATE when it is one of its alternate names."""

    geonameid: int
    name: str
    lat: float
    lon: float
    country_code: str
    admin1: str
    feature_class: str
    feature_code: str
    population: int
    kind: int = MAIN


def seat_city(c: Candidate, population: int = SEAT_CITY_POPULATION) -> bool:
    """A first-level division's seat (``PPLA``) of at least ``population`` people."""
    return c.feature_code == "PPLA" and c.population >= population


def name_key(text: str) -> str:
    """The lookup key of a name: "The  St. Louis" -> "saint louis", "Kyïv" -> "kyiv". A short
    abbreviation keeps its final stop ("Ill." -> "ill."), so that it does not match a word."""
    text = text.strip()
    stop = "." if text.endswith(".") and len(text) <= ABBREVIATION_CHARS else ""
    text = text.replace("’", "'").replace("`", "'")
    if not text.isascii():  # (NFKD leaves ASCII as it is: most names skip the pass)
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.casefold()
    text = _SPACES.sub(" ", text.replace(".", " ").replace("'", "")).strip()
    words = text.split(" ")
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    words = [_ABBREVIATIONS.get(w, w) for w in words]
    return " ".join(words) + stop if words != [""] else ""


def articleless_key(key: str) -> str | None:
    """The key of an Arabic place name without its leading article ("al qamishli",
    "al-qamishli" -> "qamishli"; "ash-shihr" -> "shihr"), or None for a name without one.
    The index files it as an alternate name (of less weight than a place's own name), only
    for places of :data:`ARABIC_NAME_COUNTRIES`."""
    found = _ARTICLE.match(key)
    if found is None or found[1] not in ARABIC_ARTICLES:
        return None
    rest = found[2]
    if len(rest) < MIN_ARTICLELESS_CHARS or re.split(r"[ -]", rest)[0] in ARABIC_ARTICLES:
        return None
    return rest


def written_articleless_key(key: str) -> str | None:
    """:func:`articleless_key` of a name as news writes it, where its first word is surely the
    article: "al"/"el", or any form joined by a hyphen ("an-Najaf"); None for another form
    before a space, an English word as well ("An Alexandria man", "At Mosul")."""
    bare = articleless_key(key)
    if bare is None or not (key.startswith(("al", "el")) or key[-len(bare) - 1] == "-"):
        return None
    return bare


def one_letter_less(key: str) -> set[str]:
    """``key`` and its forms with one letter left out: two words one typing slip apart (a
    letter left out, added, changed, two swapped) share one of them."""
    return {key} | {key[:i] + key[i + 1 :] for i in range(len(key))}


def one_slip(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by one letter added or left out, or by two letters side by
    side swapped ("mauritious", "mauritius"; "afghanistna", "afghanistan"); not by a letter
    changed, which makes another word as often as a misspelling ("greenlane")."""
    if abs(len(a) - len(b)) == 1:
        short, long_ = sorted((a, b), key=len)
        return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))
    if len(a) != len(b) or a == b:
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] \
        and a[diff[1]] == b[diff[0]]


MIN_FINAL_A_CHARS = 4  # "Kufa"/"Kufah"; not a two- or three-letter word


def final_a_variant(key: str) -> str | None:
    """An Arabic name's key with its final "-a" written the other way ("falluja" <->
    "fallujah", "gharbiya" <-> "gharbiyah"): the feminine ending (tā' marbūṭa) is
    transliterated with or without its "h"; None for a key ending otherwise."""
    if len(key) < MIN_FINAL_A_CHARS or not key[-1].isalpha():
        return None
    if key.endswith("ah"):
        return key[:-1]
    return key + "h" if key.endswith("a") else None


def spaced_key(key: str) -> str:
    """A name's key with its hyphens as spaces ("saint-marc" -> "saint marc"): news writes
    "St. Marc" for "Saint-Marc" and "Bab el-Oued" for "Bab El Oued". The index files each
    hyphenated name under this key too, as another name of its place (so that "St. Paul"
    still means Saint Paul before Réunion's Saint-Paul), and a hyphenated name found under
    no key of its own is looked up under it."""
    return _SPACES.sub(" ", key.replace("-", " ")).strip()


def _indexable(key: str, raw: str, curated: bool = False) -> bool:
    """Latin-script names only, and no all-capital codes of three letters ("IEV", "PAR")
    unless the name comes from the project's own data ("USA", "UAE")."""
    if len(key) < 2 or any(ord(c) >= 0x250 for c in key):
        return False
    return curated or not (len(raw) <= 3 and raw.isupper())


def region_id(name: str) -> int:
    """The index id of a region of ``placenames.yaml``: negative, so that it never clashes with
    a GeoNames id and the record can tell it is none (:func:`is_geonames_id`)."""
    return -(zlib.crc32(name.encode("utf-8")) & 0x7FFFFFFF) - 1


def is_geonames_id(geonameid: int | None) -> bool:
    """An id GeoNames gave, not one of the project's own regions."""
    return geonameid is not None and geonameid > 0
