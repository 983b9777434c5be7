"""Datelines: "KYIV, March 4 (Reuters) -" opens a wire report and is not part of its first
sentence. Used by the ``nlp`` stage (to start a sentence after it) and by ``actors`` (the
article's country)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .gazetteer.names import ABBREVIATION_TOKENS
from .words import DASHES, joins_words

MAX_DATELINE_TOKENS = 14


def dateline_end(doc: Doc, start: int = 0) -> int | None:
    """Index of the first word after a dateline that opens at token ``start``, if any: an
    upper-case place name, then a dash within a few tokens; or a capitalised place name
    whose dateline closes with the agency in brackets ("Khartoum (Reuters) -"), as web
    copies of wire reports print it. Without the brackets a capitalised word before a dash
    is as likely the subject of an aside ("Sudan's army - the stronger side - ...")."""
    first = doc[start] if start < len(doc) else None
    if first is None or not _opens_place_name(first):
        return None
    for token in doc[start + 1 : start + MAX_DATELINE_TOKENS]:
        if token.is_space and "\n" in token.text:
            return None  # a dateline is one line: a short headline is none ("Rebels seize
            # border town" over "DAKAR (Reuters) -" was read as the dateline's place)
        if is_dateline_dash(token) and token.i + 1 < len(doc):
            if first.is_upper or doc[token.i - 1].text == ")":
                return token.i + 1
            return None
        if token.text == ")" and _closes_dashless_agency(token):
            return token.i + 1
    return None


def _closes_dashless_agency(bracket: Token) -> bool:
    """Whether ``bracket`` closes the agency of a dateline that has no dash, as the Indian
    agencies print theirs ("COLOMBO, April 2 (PTI) Sri Lanka's President ..."): one word
    in brackets after the day's number, and a capitalised word, not a dash, after it."""
    doc, i = bracket.doc, bracket.i
    if i < 3 or i + 1 >= len(doc) or doc[i - 2].text != "(" or not doc[i - 1].is_alpha:
        return False
    following = doc[i + 1]
    return doc[i - 3].like_num and following.is_title and following.is_alpha


def _opens_place_name(token: Token) -> bool:
    """A capitalised word of three letters or more, the abbreviation of a name's first
    word before another word ("ST. PAUL", "Ft. Worth"), or a short first word of a name in
    capitals before another ("LA PAZ", "EL PASO", "DA NANG")."""
    if token.text in ABBREVIATION_TOKENS:
        return token.i + 1 < len(token.doc) and token.nbor().is_alpha
    if token.is_alpha and len(token) == 2 and token.is_upper:
        # (the name then closes with its comma or the agency's bracket: "US TROOPS -" is none)
        doc, i = token.doc, token.i
        return i + 2 < len(doc) and doc[i + 1].is_alpha and doc[i + 1].is_upper \
            and len(doc[i + 1]) > 2 and doc[i + 2].text in (",", "(")
    # (an apostrophe may join a name's parts: "N'DJAMENA", "SANA'A")
    letters = token.text.replace("'", "").replace("\u2019", "")
    return letters.isalpha() and len(letters) > 2 and (token.is_upper or token.is_title)


def is_dateline_dash(token: Token) -> bool:
    """A dash that can close a dateline: not the hyphen inside a name written in capitals
    ("PORT-AU-PRINCE", "GUINEA-BISSAU"), which joins two words with no space around it."""
    return token.text in DASHES and not joins_words(token)


# A first line this short, without a closing full stop, is a headline ("Ethiopia and Eritrea
# trade blame"), and the dateline opens the line after it.
MAX_HEADLINE_TOKENS = 30


# Where the Doc keeps what :func:`article_dateline` and :func:`headline_line_end` found: they
# read only the words and the spaces, which no stage changes, and the actors and where stages
# ask for them five times per article.
DATELINE_KEY = "newsevents_article_dateline"
HEADLINE_KEY = "newsevents_headline_line_end"


def article_dateline(doc: Doc) -> tuple[int, int] | None:
    """The article's dateline as (first token, first word after it): at the very start, or
    at the start of the line after a headline line, as plain-text copies of wire reports put
    it. None when the article opens with neither. Worked out once per Doc."""
    if DATELINE_KEY not in doc.user_data:
        doc.user_data[DATELINE_KEY] = _article_dateline(doc)
    return doc.user_data[DATELINE_KEY]


def _article_dateline(doc: Doc) -> tuple[int, int] | None:
    """:func:`article_dateline`, read from the Doc's tokens."""
    end = dateline_end(doc)
    if end is not None:
        return _after_run_in_headline(doc, end), end
    start = headline_line_end(doc)
    if start is None:
        return None
    end = dateline_end(doc, start)
    return (start, end) if end is not None else None


SENTENCE_STOPS = frozenset({".", "!", "?"})


def _after_run_in_headline(doc: Doc, end: int) -> int:
    """Where a dateline that ends at token ``end`` opens: after the last full stop before
    it when a headline runs into it on one line ("Storm closes roads . DENTON (AP) -",
    as copies that join the title to the text print it: a dateline holds no sentence's
    end), else at the very start."""
    stops = [t.i for t in doc[:end] if t.text in SENTENCE_STOPS]
    if stops and dateline_end(doc, stops[-1] + 1) == end:
        return stops[-1] + 1
    return 0


def headline_line_end(doc: Doc) -> int | None:
    """The first word of the line after the first line, when that line reads as a headline
    (short, with no closing full stop); None when the article opens without one. Worked out
    once per Doc."""
    if HEADLINE_KEY not in doc.user_data:
        doc.user_data[HEADLINE_KEY] = _headline_line_end(doc)
    return doc.user_data[HEADLINE_KEY]


def _headline_line_end(doc: Doc) -> int | None:
    """:func:`headline_line_end`, read from the Doc's tokens."""
    for token in doc[:MAX_HEADLINE_TOKENS + 1]:
        if token.is_space and "\n" in token.text:
            last = doc[token.i - 1] if token.i > 0 else None
            if last is None or last.text in (".", ":", ";", ","):
                return None
            start = token.i + 1
            while start < len(doc) and doc[start].is_space:
                start += 1
            return start if start < len(doc) else None
        if "\n" in token.whitespace_:
            return None  # a line break inside a token's trailing space: not a clean line
    return None
