"""The ``quotes`` stage: who said what.

In:  a parsed ``Doc`` with ``doc._.actors`` and ``doc._.actor_at``.
Out: ``doc._.quotes``, a list of :class:`QuoteMention` in text order, each with content
     offsets, ``direct``, the cue token and the speaker (an index into ``doc._.actors``, or
     None when nobody can be named), and ``doc._.speech_cues``, the token indices of the verbs
     of saying that introduce reported content, which the event stage reads to tell reported
     speech from reported deeds.

The conventions it follows, each a convention of news writing rather than of one source:

* **Quoted stretches.** Straight, curly and typewriter ('' ... '') double quotes, and single
  quotes outside them (‘next steps’, 'next steps'; an apostrophe inside a word is not a
  mark; a single quote nested in a double-quoted stretch is part of its content). A
  paragraph that opens a quotation without closing it continues into the next paragraph
  when that one opens with a quotation mark; otherwise the quotation runs to the end of its
  paragraph (an unbalanced mark gives that clear result, never an error). An opening curly
  mark typed where a closing one belongs is read as closing; marks inside markup left in
  the text ('<tweet id="...">') are not quotation marks.
* **Whole quotations** open a paragraph or sentence, or follow a colon, a comma, a dash or
  a sentence end: they are direct quotes. Their cue is the attribution next to them: the
  verb nearest the quotation in the same sentence ('"...," she said' / 'said Smith' /
  'Smith said: "..."'), or a short sentence that is only an attribution ('"Enough!" She
  said.'), or the sentence before ending in a colon ('Smith told the crowd:'), or a name
  and a colon ('Senator Smith: "..."'), or a dash and a name after it ('"..." ― Ana
  Lopes', also on the next line of its own). A quotation ending in a comma takes the
  attribution after it ('..., "...," she wrote'); one ending in a comma, a question or an
  exclamation mark takes the verb that opens what follows ('"Go!" Lee barked'; in a new
  sentence only a verb of saying); one introduced by a comma takes the verb right before it
  ('Lee shot back, "..."', not 'When the vote ended, "..."'); 'According to X, "..."';
  in digests of excerpts, the source after a dash ('Headline - Ana Lopes: "..."').
  Without one, a quotation continues the quotation before it (same speaker, same
  cue) when that one is in its paragraph (one speaker to a paragraph) or nothing but that
  one's attribution lies between; else it is kept with speaker None, unless it is a title or
  a name (all words capitalised, fewer than three words, or in single quotation marks).
* **Partial quotations** sit inside a clause ('called the plan "reckless"', 'said he was
  "very proud"'). They are attributions only when the clause is the content of a verb of
  saying or of naming ('call', 'describe', 'label', ...; not a participle modifying a noun,
  'the chapter used by'): they then belong to that verb's quote, whose content covers
  them, or, when that verb is itself reported by a verb of saying, to the outer one
  ('Obama said Americans believe "..."'). Otherwise they are scare quotes or titles, and
  not quotations.
* **Indirect speech**: a verb of saying with a clausal complement, after or before it
  ('X said (that) ...', 'X told reporters ...', 'X warned ...', 'The plan will fail, she
  said'), a verb that reports its object ('X summarised the findings as grim'), a
  parenthetical, and 'according to X'; verbs of intent with their infinitive ('declined to
  comment', 'wants to run'; not in the passive, not speech cues). Reported speech nested
  in reported speech stands under the outer quote. A quote is ``direct`` when at least half
  of its content lies inside quotation marks.
* **Interview transcripts**: two or more paragraphs opening with 'NAME:' (a name in
  capitals or a person's name) are turns of speech, the colon their cue.
* **Speakers**: the cue's subject outside the quotation, else a name after the verb
  ('said Jane Doe'; after 'asked' too, when it follows the quotation), else the name opening
  the attribution or the noun between the closing mark and the cue; the antecedent of
  'who'; a named person in apposition to a title ('the minister, Jane Doe, said'); the
  object of 'according to'; pronouns, bare titles and anonymous sources ('officials', 'a
  government source') as the actor stage resolves them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

#: Verbs of saying and thinking whose complement is reported content. Their tokens form
#: ``doc._.speech_cues``: the event stage treats an event in their complement as reported.
REPORTING = frozenset({
    "say", "tell", "add", "state", "announce", "explain", "insist", "stress", "note", "claim",
    "declare", "write", "argue", "assert", "summarise", "summarize", "remark", "comment",
    "reply", "respond", "quote", "report", "confirm", "acknowledge", "suggest", "emphasise",
    "emphasize", "recall", "predict", "estimate", "believe", "think", "describe", "tweet",
    "post", "admit", "concede", "maintain", "contend", "observe", "point", "underline",
})
#: Speech acts with a stance of their own: cues of quotes, but not transparent for events
#: (an event under "warned", "denied" or "promised" is not simply reported as fact).
STANCE = frozenset({
    "warn", "deny", "allege", "ask", "urge", "demand", "promise", "vow", "pledge", "accuse",
    "complain", "boast", "caution", "counter", "retort", "testify", "conclude", "continue",
    "agree", "disagree", "question", "wonder", "fear", "worry", "hope", "expect", "charge",
    "concur", "assure", "reiterate", "repeat", "joke", "quip", "shout", "yell", "scream",
    "exclaim", "chant", "cry", "whisper", "mutter", "sing", "read", "put", "begin", "recount",
    "propose", "threaten", "signal", "indicate", "show", "find", "reveal", "know", "feel",
})
#: Verbs that name what someone said with a quoted phrase as their object or complement.
NAMING = frozenset({
    "call", "describe", "label", "brand", "dub", "term", "characterize", "characterise",
    "liken", "compare", "refer", "speak", "talk", "use", "cite", "mention", "decry",
    "denounce", "praise", "hail", "criticize", "criticise", "slam", "blast", "dismiss",
})
CUES = REPORTING | STANCE
#: Double quotation marks; "``" and "''" are the typewriter pairs of wire and archive text.
OPENERS, CLOSERS = frozenset({'"', "“", "``", "''"}), frozenset({'"', "”", "''"})
_MARK = re.compile(r"``|''|[\"“”]")
_TAG = re.compile(r"</?[A-Za-z][^<>\n]*>")
SUBJECTS = ("nsubj", "nsubjpass")
DASHES = ("—", "–", "―", "-", "--")
#: Dependencies through which a partial quotation is content of the verb above it.
CONTENT_DEPS = frozenset({"ccomp", "xcomp", "dobj", "oprd", "attr", "pobj", "prep", "acomp",
                          "conj", "appos", "amod", "compound", "nmod", "dative", "pcomp",
                          "advcl", "relcl", "acl", "npadvmod", "advmod", "poss", "nsubj"})
RELATIVE = frozenset({"who", "that", "which", "whom"})
CLIMB = 6  # how many heads a partial quotation climbs to find its cue
_SINGLE = re.compile(r"(?<![\w‘’'])(['‘])((?:(?!\1)[^\n‘’']|['’](?=\w))+?)['’](?!\w)")
_TURN = re.compile(r"^[ \t]*(?:[\"“]|''|``)?([A-Z][A-Za-z.'’-]*(?: [A-Z][A-Za-z.'’-]*){0,2})"
                   r"(:)[ \t]+(?=\S)", re.MULTILINE)
DIRECT_SHARE = 0.5  # a quote is direct when this share of its content is in quotation marks
ATTRIBUTION_WORDS = 8  # '"...," said Jane Doe, the minister.': attributions are short
MIN_STANDALONE_WORDS = 3  # a shorter quotation with no attribution is a title or a name
NICKNAME_WORDS = 2  # a quoted name inside an attribution, not a quotation
SOURCE_WORDS = 6  # 'Headline - Ana Lopes, City University:': a source's name and affiliation
LEAD_WORDS = 4  # '"...," the party's chief whip said': the subject before an attribution verb


@dataclass
class QuoteMention:
    start_char: int
    end_char: int
    text: str
    direct: bool
    cue: Token | None
    speaker: int | None  # index into doc._.actors
    speaker_text: str | None


@dataclass(frozen=True)
class Stretch:
    """Text between quotation marks: ``mark`` is the opening mark's offset, ``start``/``end``
    the content (marks excluded); ``closed`` is False when it ran to a paragraph's end."""

    mark: int
    start: int
    end: int
    closed: bool
    double: bool = True

    def outer_end(self, text: str) -> int:
        """The offset after the closing mark (the content's end when unclosed)."""
        if not self.closed:
            return self.end
        return self.end + (2 if text[self.end:self.end + 2] == "''" else 1)


# --------------------------------------------------------------------------------------------
# Finding quoted stretches (pure text functions)


def _lines(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every line, newline excluded."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _continues(text: str, lines: list[tuple[int, int]], n: int) -> int | None:
    """The index of the paragraph that continues an open quotation of line ``n``: the next
    non-blank line, when it opens with a quotation mark."""
    for m in range(n + 1, len(lines)):
        body = text[lines[m][0]:lines[m][1]].strip()
        if body:
            return m if _MARK.match(body) and _MARK.match(body).group() in OPENERS else None
    return None


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


class _Tags:
    """Markup left in a text ('<tweet id="75..." author="...">'): its quotation marks
    delimit attribute values, not speech."""

    def __init__(self, text: str):
        self.spans = [(m.start(), m.end()) for m in _TAG.finditer(text)] if "<" in text else []
        self.starts = [a for a, _ in self.spans]

    def inside(self, pos: int) -> bool:
        n = bisect_right(self.starts, pos) - 1
        return n >= 0 and pos < self.spans[n][1]


def _misused_opener(text: str, found: re.Match[str]) -> bool:
    """'"Apparently not,“ he said': an opening curly mark typed where a closing one belongs
    (inside an open quotation, not followed by a word)."""
    after = text[found.end():found.end() + 1]
    return found.group() == "“" and (not after or not after.isalnum())


def double_quoted(text: str) -> list[Stretch]:
    """Stretches in double quotation marks, paragraph by paragraph: a straight or curly mark
    opens, the next straight or curly closing mark closes; an open quotation continues into
    the next paragraph when that one opens with a mark, else it ends with its paragraph."""
    lines = _lines(text)
    tags = _Tags(text)
    out: list[Stretch] = []
    mark = start = None
    skip = -1  # the offset of a continuation paragraph's opening mark
    for n, (a, b) in enumerate(lines):
        for found in _MARK.finditer(text, a, b):
            pos, sign = found.start(), found.group()
            if pos == skip or tags.inside(pos):
                continue
            if start is None and sign in OPENERS:
                mark, start = pos, found.end()
            elif start is not None and (sign in CLOSERS or _misused_opener(text, found)):
                out.append(Stretch(mark, start, pos, True))
                mark = start = None
        if start is None:
            continue
        nxt = _continues(text, lines, n)
        if nxt is None:
            out.append(Stretch(mark, start, _trim_end(text, start, b), False))
            mark = start = None
        else:
            body = text[lines[nxt][0]:lines[nxt][1]]
            skip = lines[nxt][0] + len(body) - len(body.lstrip())
    return [s for s in out if any(ch.isalnum() for ch in text[s.start:s.end])]


def single_quoted(text: str, outside: list[Stretch]) -> list[Stretch]:
    """Phrases in single quotation marks ('next steps', ‘next steps’) that lie outside every
    double-quoted stretch; an apostrophe inside or at the end of a word is not a mark."""
    out = []
    for match in _SINGLE.finditer(text):
        start, end = match.start(2), match.end(2)
        inside = any(s.mark <= match.start() <= s.end for s in outside)
        if not inside and not text[start].isspace() and not text[end - 1].isspace():
            out.append(Stretch(match.start(), start, end, True, double=False))
    return out


def quoted_stretches(text: str) -> list[Stretch]:
    """All quoted stretches of a text, in order."""
    doubles = double_quoted(text)
    return sorted(doubles + single_quoted(text, doubles), key=lambda s: s.start)


# --------------------------------------------------------------------------------------------
# Reading the parse


class _Quoted:
    """Which characters lie inside quotation marks (marks included), for fast lookups."""

    def __init__(self, stretches: list[Stretch]):
        self.stretches = stretches
        self.starts = [s.mark for s in stretches]

    def at(self, char: int) -> Stretch | None:
        n = bisect_right(self.starts, char) - 1
        if n >= 0 and char <= self.stretches[n].end:
            return self.stretches[n]
        return None

    def share(self, start: int, end: int) -> float:
        """The share of non-space characters of ``[start, end)`` inside the stretches."""
        total = inside = 0
        for s in self.stretches:
            if s.end > start and s.start < end:
                inside += max(0, min(end, s.end) - max(start, s.start))
        total = end - start
        return inside / total if total > 0 else 0.0


def _is_cue(token: Token, lemmas: frozenset[str] = CUES) -> bool:
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in lemmas


def _subject(verb: Token, quoted: _Quoted, depth: int = 0) -> Token | None:
    """Who does the verb: its subject outside quotation marks, else the subject of the verb
    it hangs from ("began by saying", "stood up and said"), never across a reported clause."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    outside = [c for c in subjects if quoted.at(c.idx) is None]
    if outside or subjects:
        return (outside or subjects)[0]
    if depth < 3 and verb.dep_ in ("conj", "xcomp", "pcomp", "prep", "advcl", "advmod", "oprd",
                                   "acomp") and verb.head.i != verb.i:
        return _subject(verb.head, quoted, depth + 1)
    if verb.dep_ in ("relcl", "acl"):  # "X, who said ..." / "a man saying ..."
        return verb.head
    if verb.dep_ == "compound" and verb.head.pos_ == "PROPN":  # "Said Ellis: ..."
        return verb.head
    return None


def _inverted_subject(verb: Token, quoted: _Quoted) -> Token | None:
    """'"...," said Jane Doe': a noun after the verb, when the parser missed the subject."""
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    inverted = before is not None and _is_mark(before)  # '"...?" asked the girl': the asker
    hearer = verb.lemma_.lower() in ("tell", "ask", "urge", "warn", "remind", "assure") \
        and not inverted
    for child in verb.rights:
        if child.pos_ in ("PROPN", "NOUN", "PRON") and quoted.at(child.idx) is None \
                and child.dep_ in ("dobj", "attr", "nsubj", "appos", "dep") \
                and child.ent_type_ not in ("DATE", "TIME") \
                and not (hearer and child.dep_ == "dobj"):  # "told reporters": the hearer
            return child
    return None


def _speaker_token(verb: Token, quoted: _Quoted) -> Token | None:
    """The token that names who said what the cue introduces (for a colon: the noun
    before it)."""
    if verb.text == ":":
        return verb.doc[verb.i - 1]
    if verb.lower_ == "according" and verb.i + 1 < len(verb.doc):  # 'According to X, "..."'
        return next((c for c in verb.doc[verb.i + 1].children if c.dep_ == "pobj"), None)
    subject = _subject(verb, quoted)
    if subject is not None and subject.lower_ in RELATIVE and subject.head.dep_ == "relcl":
        subject = subject.head.head  # "Smith, who said ...": Smith
    if subject is None or quoted.at(subject.idx) is not None:
        subject = _inverted_subject(verb, quoted) or _name_after(verb, quoted) \
            or _clause_opening(verb, quoted)
    return subject


def _clause_opening(verb: Token, quoted: _Quoted) -> Token | None:
    """'Marc Lee, the head of the league, forcefully told ...' parsed without a subject: the
    noun opening the sentence, when no other verb stands between it and the cue."""
    before = [t for t in _sent(verb) if t.i < verb.i and quoted.at(t.idx) is None]
    nouns = [t for t in before if t.pos_ in ("PROPN", "NOUN", "PRON")]
    if not nouns or any(t.pos_ == "VERB" and t.i > nouns[0].i for t in before):
        return None
    return nouns[0]


def _name_after(verb: Token, quoted: _Quoted) -> Token | None:
    """'"...," said Robin Lee, joking': a name right after the verb, whatever the parser
    made of it; the last word of the name."""
    doc, i = verb.doc, verb.i + 1
    while i < len(doc) and doc[i].pos_ in ("DET", "PROPN") and quoted.at(doc[i].idx) is None \
            and doc[i].ent_type_ not in ("DATE", "TIME"):
        i += 1
    last = doc[i - 1]
    return last if i > verb.i + 1 and last.pos_ == "PROPN" else None


def _speaker(doc: Doc, token: Token | None) -> tuple[int | None, str | None]:
    """The actor a speaker phrase refers to (the phrase's head, else a person in apposition,
    else the first actor inside the phrase), and the phrase's text."""
    if token is None:
        return None, None
    actor_at = doc._.actor_at or {}
    if token.i in actor_at:
        n = actor_at[token.i]
        person = _apposed_person(doc, token)
        if doc._.actors[n].info.kind == "agent" and person is not None:
            return person, doc._.actors[person].text
        return n, doc._.actors[n].text
    phrase = [t for t in token.subtree if not t.is_space]
    while len(phrase) > 1 and phrase[-1].is_punct:  # 'Jane Doe.' / 'the minister,'
        phrase.pop()
    while len(phrase) > 1 and phrase[0].is_punct:
        phrase.pop(0)
    shown = phrase[:12]
    text = _text(doc)[shown[0].idx:shown[-1].idx + len(shown[-1])] if shown else token.text
    person = _apposed_person(doc, token)
    if person is not None:
        return person, text
    for t in phrase:
        if t.i in actor_at:
            return actor_at[t.i], text
    return None, text


def _apposed_person(doc: Doc, token: Token) -> int | None:
    """'the minister, Jane Doe,': the person named in apposition to a title."""
    actor_at = doc._.actor_at or {}
    for child in token.children:
        if child.dep_ == "appos" and child.i in actor_at:
            n = actor_at[child.i]
            if doc._.actors[n].info.kind == "person":
                return n
    return None


# per-Doc caches while the stage runs
_SENTS, _TEXT = "newsevents_quotes_sentences", "newsevents_quotes_text"


def _text(doc: Doc) -> str:
    """The Doc's text; ``Doc.text`` joins every token on every call, this keeps it."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def _sent(token: Token) -> Span:
    """The token's sentence; ``Token.sent`` walks the Doc on every call, this looks it up in
    the sentence starts computed once per Doc."""
    doc = token.doc
    starts = doc.user_data.get(_SENTS)
    if starts is None:
        starts = doc.user_data[_SENTS] = [s.start for s in doc.sents] + [len(doc)]
    n = bisect_right(starts, token.i) - 1
    return doc[starts[n] : starts[n + 1]]


def _tokens(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")


# --------------------------------------------------------------------------------------------
# Direct quotations


def _previous_token(doc: Doc, char: int) -> Token | None:
    """The last non-space token before a character offset, within its paragraph."""
    span = _tokens(doc, char, char + 1)
    if span is None or span.start == 0:
        return None
    token = doc[span.start - 1]
    while token.is_space and "\n" not in token.text and token.i > 0:
        token = doc[token.i - 1]
    if token.is_space or "\n" in token.whitespace_:
        return None
    return token


def _standalone(doc: Doc, stretch: Stretch) -> bool:
    """A whole quotation rather than a phrase inside a clause: it opens its paragraph or
    sentence, or follows a colon, a comma, a dash or another quotation."""
    before = _previous_token(doc, stretch.mark)
    if before is None or before.is_sent_end:
        return True
    opener = _tokens(doc, stretch.mark, stretch.mark + 1)
    if opener is not None and opener[0].is_sent_start:
        return True
    return before.text in (".", "?", "!", ":", ",", "—", "–", "-", "--", ";", "(", "...", "…") \
        or before.text[-1:] in CLOSERS or before.is_quote


def _segment(doc: Doc, first: int, last: int, quoted: _Quoted) -> list[Token]:
    """Tokens from index ``first`` to ``last`` inclusive that lie outside quotation marks."""
    return [doc[i] for i in range(max(first, 0), min(last, len(doc) - 1) + 1)
            if quoted.at(doc[i].idx) is None and not doc[i].is_space]


def _after(doc: Doc, span: Span, quoted: _Quoted) -> list[Token]:
    """The attribution after a closing mark: the rest of the sentence after the mark, up to
    the next quotation (a nickname in quotation marks, 'Anna "Nan" Kowalski', is part of it)."""
    if span.end >= len(doc):
        return []
    sent = _sent(doc[span.end])
    out = []
    for token in doc[span.end : sent.end]:
        inside = quoted.at(token.idx)
        if inside is not None and token.idx > span.end_char \
                and len(_text(doc)[inside.start:inside.end].split()) > NICKNAME_WORDS:
            break
        if not token.is_space and not token.is_quote:
            out.append(token)
    return out


def _before(doc: Doc, span: Span, quoted: _Quoted) -> list[Token]:
    """The attribution before an opening mark: the sentence up to the mark, after any
    earlier quotation."""
    sent_start = _sent(doc[span.start]).start
    out: list[Token] = []
    for token in reversed(doc[sent_start : span.start]):
        if quoted.at(token.idx) is not None and token.idx < span.start_char - 1:
            break
        if not token.is_space and not token.is_quote:
            out.insert(0, token)
    return out


def _cue_in(tokens: list[Token], quoted: _Quoted, last: bool = False,
            colon: bool = False) -> Token | None:
    """The verb of an attribution segment (``last``: the segment precedes the quotation).
    The verb nearest the quotation when it is a verb of saying; else the nearest verb of
    saying that heads its clause ('"...," said Ms. Lee, referring to the plan used by ...'
    gives "said", not "used") and does not report a clause of its own; else, the segment
    being short, as attributions are, or ending in a colon that introduces the quotation,
    the nearest verb with a subject or an inverted speaker."""
    verbs = [t for t in tokens if t.pos_ in ("VERB", "AUX") and t.dep_ != "aux"]
    if last:
        verbs.reverse()
    if not verbs:
        return None
    if _is_cue(verbs[0]) or (_is_cue(verbs[0], NAMING) and _heads(verbs[0])):
        return verbs[0]
    for verb in verbs[1:]:
        if _heads(verb) and _is_cue(verb, CUES | NAMING) and not _has_own_content(verb, quoted):
            return verb
    words = [t for t in tokens if not t.is_punct]
    if len(words) <= ATTRIBUTION_WORDS or colon:
        # 'The agency counted how many the floods forced out:': the main clause names who
        nested = colon and verbs[0].dep_ not in ("ROOT", "conj")
        roots = [v for v in verbs if v.dep_ == "ROOT"][:1] if nested else []
        for verb in [*roots, verbs[0]]:
            subordinate = verb.dep_ == "advcl" and verb.tag_ != "VBG"  # 'When the vote ended,'
            if _speaker_token(verb, quoted) is not None and not _has_own_content(verb, quoted) \
                    and not subordinate:
                return verb
    return None


def _heads(verb: Token) -> bool:
    """The verb heads a clause of its own, not a modifier ('the chapter used by cities')."""
    return verb.dep_ not in ("relcl", "acl", "advcl", "xcomp", "pcomp", "amod")


def _has_own_content(verb: Token, quoted: _Quoted) -> bool:
    """The verb reports a clause of its own outside quotation marks ('Smith said the crowd
    cheered'), so it is not the attribution of a neighbouring quotation."""
    for child in verb.children:
        if child.dep_ == "ccomp" and quoted.at(child.idx) is None and not child.is_punct:
            words = [t for t in child.subtree if quoted.at(t.idx) is None and not t.is_punct]
            if len(words) > 2:
                return True
    return False


def _direct_cue(doc: Doc, stretch: Stretch, quoted: _Quoted) -> Token | None:
    """The cue of a whole quotation, from the attribution next to it in its sentence."""
    span = _tokens(doc, stretch.mark, stretch.outer_end(_text(doc)))
    if span is None:
        return None
    before, after = _before(doc, span, quoted), _after(doc, span, quoted)
    if after and after[0].i == _sent(after[0]).start and not after[0].is_lower \
            and len([t for t in after if not t.is_punct]) > ATTRIBUTION_WORDS:
        after = []  # a sentence of its own follows: its attribution only if it is just that
    introduced = before and before[-1].text in (":", ",")
    if introduced and (according := _according_before(before)) is not None:
        return according
    if introduced and before[-1].text == ":" and _signs_after_dash(before[-1], quoted):
        return before[-1]
    first = _cue_in(before, quoted, last=True, colon=before[-1].text == ":") \
        if introduced else None
    hands_over = _text(doc)[stretch.start:stretch.end].rstrip().endswith(",")
    if first is not None and (hands_over or not _is_cue(first, CUES | NAMING)):
        # '"...," she wrote' after 'X posted a message:' / 'Lee, as she was known, "...,"'
        first = _cue_in(after, quoted) or first
    return first or _cue_in(after, quoted) or _leading_verb(doc, stretch, span, quoted) \
        or (_verb_at_mark(before, quoted) if introduced else None) \
        or _cue_in(before, quoted, last=True)


def _according_before(before: list[Token]) -> Token | None:
    """'According to the agency, "..."': 'according' is the cue when its phrase is all that
    introduces the quotation."""
    words = [t for t in before if not t.is_punct]
    if len(words) >= 3 and words[0].lower_ == "according" and words[1].lower_ == "to" \
            and not any(t.pos_ in ("VERB", "AUX") for t in words):
        return words[0]
    return None


def _leading_verb(doc: Doc, stretch: Stretch, span: Span, quoted: _Quoted) -> Token | None:
    """'"Go home!" Lee barked as the doors shut' / '"Is that fair?" Lee asked in an interview
    last week, after the vote': a quotation that ends in a comma, a question or exclamation
    mark hands over to its attribution, which opens what follows: a short subject and the
    verb, or the verb and a name. The verb of speaking may be any verb ('barked', 'beamed')
    in the same sentence; a new sentence must open with a verb of saying."""
    last = _text(doc)[stretch.start:stretch.end].rstrip()[-1:]
    if not stretch.closed or last not in (",", "?", "!", "—", "–", "-"):
        return None
    lead = _after(doc, span, quoted)[:LEAD_WORDS + 1]
    verb = next((t for t in lead if t.pos_ in ("VERB", "AUX") and t.dep_ != "aux"), None)
    if verb is None or lead[0].is_punct or _has_own_content(verb, quoted):
        return None
    new_sentence = lead[0].i == _sent(lead[0]).start and not lead[0].is_lower
    if new_sentence and not _is_cue(verb):
        return None
    subject = _subject(verb, quoted)
    if subject is not None and lead[0].i <= subject.i < verb.i:
        return verb
    if verb.i == lead[0].i and (_inverted_subject(verb, quoted) or _name_after(verb, quoted)):
        return verb
    return None


def _verb_at_mark(before: list[Token], quoted: _Quoted) -> Token | None:
    """'Lee shot back, "..."' / 'the mayor told the crowd:': a quotation introduced by a comma
    or a colon is the content of the verb right before it (only its particle or hearer
    between), whatever the verb, when that verb heads the sentence or is a participle of
    manner ('..., interrupting, "..."') and has a speaker (not 'After the vote ended, "..."')."""
    words = [t for t in before[:-1] if not t.is_punct]
    verb = next((t for t in reversed(words[-(LEAD_WORDS - 1):])
                 if t.pos_ == "VERB" and t.dep_ != "aux"), None)
    if verb is None or _has_own_content(verb, quoted):
        return None
    heads = verb.dep_ in ("ROOT", "conj") or verb.tag_ == "VBG" \
        or (verb.dep_ in ("ccomp", "parataxis") and quoted.at(verb.head.idx) is not None)
    if not heads:
        return None
    return verb if _speaker_token(verb, quoted) is not None else None


def _introducing_cue(doc: Doc, stretch: Stretch, quoted: _Quoted) -> Token | None:
    """'Smith told the crowd:' closing the sentence before the quotation."""
    token = _previous_token(doc, stretch.mark)
    if token is None:  # the colon may end the previous paragraph
        span = _tokens(doc, stretch.mark, stretch.mark + 1)
        i = span.start - 1 if span is not None else -1
        while i >= 0 and (doc[i].is_space or doc[i].is_quote):
            i -= 1
        token = doc[i] if i >= 0 else None
    if token is None or token.text != ":":
        return None
    if _signs_after_dash(token, quoted):
        return token
    return _cue_in([t for t in _sent(token) if t.i < token.i], quoted, last=True, colon=True) \
        or _named_before_colon(token, quoted)


def _signs_after_dash(colon: Token, quoted: _Quoted) -> bool:
    """'Turnout fell sharply - Ana Lopes:' / 'More from the survey:': in digests of excerpts
    a headline is followed by a dash and the source, or the source follows 'more from';
    the name before the colon is the speaker, not the subject of the headline."""
    words: list[Token] = []
    for token in reversed(_sent(colon)[: colon.i - _sent(colon).start]):
        if token.text in DASHES and (token.text not in ("-", "--") or token.whitespace_):
            break  # a dash, not the hyphen of '30-minute'
        words.insert(0, token)
    else:
        lead = [t.lower_ for t in words[:2]]
        if lead != ["more", "from"]:
            return False
    names = [t for t in words if not t.is_punct]
    return 0 < len(names) <= SOURCE_WORDS and names[-1].pos_ in ("PROPN", "NOUN") \
        and not any(t.pos_ in ("VERB", "AUX") for t in names) \
        and quoted.at(names[-1].idx) is None


def _named_before_colon(colon: Token, quoted: _Quoted) -> Token | None:
    """'Senator Ana Lopes: "..."' (no verb): the colon is the cue when a name or a noun ends
    just before it; the speaker is found from it by :func:`_speaker_token`."""
    before = colon.doc[colon.i - 1] if colon.i > 0 else None
    if before is None or quoted.at(before.idx) is not None \
            or before.pos_ not in ("PROPN", "NOUN"):
        return None
    return colon


def _noun_between(doc: Doc, end: int, cue: Token, quoted: _Quoted) -> Token | None:
    """'"...," Jane Doe, an adviser, said': the first name or noun between the closing mark
    and the cue, when the parser tied the speaker to the quotation."""
    actor_at = doc._.actor_at or {}
    between = [t for t in doc[: cue.i] if t.idx > end and quoted.at(t.idx) is None]
    nouns = [t for t in between if t.pos_ in ("PROPN", "NOUN", "PRON") or t.i in actor_at]
    return nouns[0] if nouns else None


def _no_subject(verb: Token, quoted: _Quoted) -> bool:
    """The parser gave the verb no subject outside quotation marks."""
    subject = _subject(verb, quoted)
    return subject is None or quoted.at(subject.idx) is not None


def _opening_noun(doc: Doc, stretch: Stretch, cue: Token, quoted: _Quoted) -> Token | None:
    """'"...," Ana Lopes, 58, told the radio': the parser left the cue without a subject; the
    name or pronoun opening the attribution right after the closing mark is the speaker, not
    the hearer or a name after the verb."""
    between = [t for t in doc[: cue.i] if t.idx >= stretch.outer_end(_text(doc))
               and not t.is_punct and not t.is_space and quoted.at(t.idx) is None]
    if not between or between[0].pos_ not in ("PROPN", "PRON"):
        return None
    name = between[0]
    while name.i + 1 < cue.i and name.doc[name.i + 1].pos_ == "PROPN":
        name = name.doc[name.i + 1]  # 'Mr. Hallorand': the name's last word
    return name


def _line_rest_blank(doc: Doc, span: Span | None) -> bool:
    """Nothing but spacing follows the quotation in its paragraph."""
    if span is None:
        return False
    text = _text(doc)
    end = text.find("\n", span.end_char)
    return end >= 0 and not text[span.end_char:end].strip()


def _signed(doc: Doc, stretch: Stretch) -> tuple[Token, Token] | None:
    """'"..." ― Jane Doe': a quotation signed with a dash and a name, as in reader comments
    and epigraphs; the dash and the name's last word."""
    span = _tokens(doc, stretch.mark, stretch.outer_end(_text(doc)))
    i = span.end if span is not None else len(doc)
    while i < len(doc) and doc[i].is_space and "\n" not in doc[i].text:
        i += 1
    own_line = i < len(doc) and _line_rest_blank(doc, span) and doc[i].is_space
    if own_line:
        i += 1  # '"..."' closing its paragraph, the next one a dash and a name: signed below
    if i + 1 >= len(doc) or doc[i].text not in DASHES or doc[i + 1].pos_ != "PROPN":
        return None
    line_end = _text(doc).find("\n", doc[i].idx)
    line = _text(doc)[doc[i].idx:line_end if line_end >= 0 else len(_text(doc))]
    if own_line and len(line.split()) > ATTRIBUTION_WORDS:
        return None  # a paragraph of its own, not a signature
    last = i + 1
    while last + 1 < len(doc) and doc[last + 1].pos_ == "PROPN" \
            and "\n" not in doc[last].whitespace_:
        last += 1
    return doc[i], doc[last]


def _direct_quotes(doc: Doc, quoted: _Quoted, standalone: list[Stretch]) -> list[QuoteMention]:
    """Whole quotations with the cue and speaker of the attribution next to them (cue None
    when there is none: :func:`_continue` then looks at the quotation before)."""
    out: list[QuoteMention] = []
    for stretch in standalone:
        cue = _direct_cue(doc, stretch, quoted) or _introducing_cue(doc, stretch, quoted)
        who = _speaker_token(cue, quoted) if cue is not None else None
        if cue is not None and cue.idx > stretch.end and _no_subject(cue, quoted):
            who = _opening_noun(doc, stretch, cue, quoted) or who \
                or _noun_between(doc, stretch.end, cue, quoted)
        if cue is None and (signed := _signed(doc, stretch)) is not None:
            cue, who = signed
        speaker, speaker_text = _speaker(doc, who) if cue is not None else (None, None)
        shared = next((q for q in out if cue is not None and q.cue is not None
                       and q.cue.i == cue.i), None)
        if speaker is None and speaker_text is None and shared is not None:
            speaker, speaker_text = shared.speaker, shared.speaker_text  # '"A," X said. "B."'
        out.append(QuoteMention(stretch.start, stretch.end, _text(doc)[stretch.start:stretch.end],
                                True, cue, speaker, speaker_text))
    return out


def _continue(doc: Doc, quotes: list[QuoteMention], marks: dict[int, Stretch]) -> \
        list[QuoteMention]:
    """A whole quotation without an attribution of its own continues the quotation just
    before it (same cue, same speaker) when that one is in the same paragraph (one speaker
    to a paragraph) or nothing but that one's attribution lies between;
    left alone, it is kept with speaker None unless it is a title or a name (a few words, or
    in single quotation marks)."""
    out: list[QuoteMention] = []
    for quote in quotes:
        stretch = marks.get(quote.start_char)
        if stretch is not None and quote.cue is None:
            previous = next((q for q in reversed(out) if q.cue is not None), None)
            signed = previous is not None and previous.cue.text in DASHES + (":",)
            if previous is not None and not signed and previous.end_char <= stretch.mark \
                    and (_follows(doc, previous, stretch.mark)
                         or "\n" not in _text(doc)[previous.end_char:stretch.mark]):
                quote.cue, quote.speaker = previous.cue, previous.speaker
                quote.speaker_text = previous.speaker_text
            words = len(quote.text.split())
            if quote.cue is None and (words < MIN_STANDALONE_WORDS or not stretch.double
                                      or is_title(quote.text)):
                continue  # a title or a name in quotation marks
        out.append(quote)
    return out


#: Short words a title leaves in lower case ("Songs of the Harbour", "Boys of the Summer").
TITLE_LOWER = frozenset({"a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at",
                         "to", "for", "by", "with", "from", "as", "is", "vs", "de", "la"})


def is_title(text: str) -> bool:
    """Every word capitalised but the short ones: the name of a work, a show or a slogan
    ("The Quiet Orchard", "Build the Future Together"), not a quotation."""
    words = re.findall(r"[^\W\d_][\w’'-]*", text)
    long = [w for w in words if w.lower() not in TITLE_LOWER]
    return bool(long) and all(w[0].isupper() for w in long)


def _follows(doc: Doc, previous: QuoteMention, mark: int) -> bool:
    """Only the earlier quotation's own attribution lies between it and this one
    ('"A," said Smith, an adviser. "B."'), or nothing at all (the next paragraph of the same
    speech), then at most a connective ('Now, "B."'): this quotation continues the earlier
    one."""
    gap = [t for t in doc.char_span(previous.end_char, mark, alignment_mode="expand") or []
           if t.idx >= previous.end_char and t.idx < mark and not t.is_space
           and not t.is_quote]
    cue = previous.cue
    if cue is not None and any(t.i == cue.i for t in gap):
        gap = [t for t in gap if t.i >= _sent(cue).end]  # after the attribution's sentence
    words = [t for t in gap if not t.is_punct]
    return len(words) <= 2 and not any(t.pos_ in ("VERB", "AUX") for t in words)


def _names_a_speaker(doc: Doc, match: re.Match[str]) -> bool:
    """'PENCE:' or 'Mike Pence:' opening a turn, not 'Iowa:' opening a list or 'Update:'."""
    name = _tokens(doc, match.start(1), match.end(1))
    if match.group(1).isupper() or name is None:
        return match.group(1).isupper()
    return any(t.ent_type_ == "PERSON" for t in name)


def _transcript_turns(doc: Doc) -> list[QuoteMention]:
    """Interview transcripts: 'NAME: text' paragraphs, when an article has two or more."""
    turns = [m for m in _TURN.finditer(_text(doc)) if _names_a_speaker(doc, m)]
    if len({m.group(1) for m in turns}) < 2:
        return []
    out = []
    actor_at = doc._.actor_at or {}
    for m in turns:
        line_end = _text(doc).find("\n", m.end())
        end = _trim_end(_text(doc), m.end(), len(_text(doc)) if line_end < 0 else line_end)
        name, colon = _tokens(doc, m.start(1), m.end(1)), _tokens(doc, m.start(2), m.end(2))
        speaker = next((actor_at[t.i] for t in name if t.i in actor_at), None) if name else None
        name_text = m.group(1) if len(m.group(1)) > 1 else None  # "Q:" and "A:" name nobody
        out.append(QuoteMention(m.end(), end, _text(doc)[m.end():end], True,
                                colon[0] if colon else None, speaker, name_text))
    return out


# --------------------------------------------------------------------------------------------
# Partial quotations and indirect speech


def _cue_above(token: Token, quoted: _Quoted, lemmas: frozenset[str] = CUES | NAMING,
               climb: int = CLIMB) -> Token | None:
    """The cue whose content a partial quotation is part of: climbing from the phrase's head
    through content dependencies to a verb of saying or naming. When that cue is itself
    reported by a verb of saying above it ('Obama said Americans have come to believe
    "..."'), the quoted words are that speaker's: the outer cue."""
    node = token
    for _ in range(climb):
        if node.dep_ not in CONTENT_DEPS or node.head.i == node.i:
            return None
        node = node.head
        modifier = node.tag_ == "VBN" and node.dep_ in ("acl", "amod")  # "the plan called"
        if quoted.at(node.idx) is None and _is_cue(node, lemmas) and not modifier:
            return _cue_above(node, quoted, REPORTING, 3) or node
    return None


def _phrase_head(span: Span) -> Token:
    """The token of a span whose head lies outside it."""
    for token in span:
        if not span.start <= token.head.i < span.end or token.head.i == token.i:
            return token
    return span.root


#: Verbs of intent, wish and request whose infinitive is what the source wants said or done
#: ('wants to run', 'declined to comment', 'urged him to resign'): attributions of an
#: inner state, reported with a source; never transparent for events.
INTENT = frozenset({"want", "hope", "plan", "intend", "decline", "refuse", "seek", "aim",
                    "vow", "pledge", "promise", "threaten", "urge", "ask", "expect", "wish"})


#: Verbs of saying whose object is what was said ("announced the deal", "described the
#: talks as useful"); others take a hearer or an object that is not content.
OBJECT_CONTENT = frozenset({"announce", "explain", "summarise", "summarize", "describe",
                            "confirm", "report", "state", "declare", "reiterate", "repeat"})


def _content(cue: Token, quoted: _Quoted, covering: list[Span]) -> tuple[int, int] | None:
    """Character bounds of what a cue reports: its clausal complement, before the cue too
    ('The plan will fail, she said'); for a verb that reports its object, that object
    ('summarised the findings as grim'); for a verb with partial quotations, the objects
    after it; each extended over the partial quotations that belong to it."""
    inside = {t.i for span in covering for t in span}
    parts = [c for c in cue.children if c.dep_ == "ccomp" and not c.is_punct]
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in cue.children)
    if not parts and cue.lemma_.lower() in INTENT and not passive:  # 'declined to comment'
        parts = [c for c in cue.children if c.dep_ == "xcomp"]  # not 'is expected to win'
    if covering or (not parts and cue.lemma_.lower() in OBJECT_CONTENT):
        core = ("xcomp", "dobj", "oprd", "attr", "dative")
        parts += [c for c in cue.rights if c.dep_ in core
                  or (c.dep_ in ("prep", "advcl", "acomp")
                      and (inside & {t.i for t in c.subtree} or c.lower_ == "as"))]
    if cue.lemma_.lower() == "tell":  # "told reporters ...": the clause, not the hearer
        parts = [c for c in parts if c.dep_ != "dobj"] or parts
    tokens = [t for c in parts for t in _phrase(c)]
    tokens += [t for span in covering for t in span]
    tokens = [t for t in tokens if not t.is_space]
    if not tokens:
        return None
    first, last = min(tokens, key=lambda t: t.i), max(tokens, key=lambda t: t.i)
    doc = cue.doc
    while first.i < last.i and first.is_punct and not _is_mark(first):
        first = doc[first.i + 1]
    while last.i > first.i and last.is_punct and not _is_mark(last):
        last = doc[last.i - 1]
    return first.idx, last.idx + len(last.text)


def _phrase(token: Token) -> list[Token]:
    """A complement's tokens; a preposition's object without the preposition ('spoke of
    "next steps"': the steps)."""
    if token.dep_ == "prep" and token.lower_ != "as":
        return [t for c in token.children for t in c.subtree]
    return list(token.subtree)


def _is_mark(token: Token) -> bool:
    return token.is_quote or token.text in ("’", "‘", "''", "``")


def _parenthetical(doc: Doc, cue: Token) -> tuple[int, int] | None:
    """'The plan, she said, will fail.': the sentence without the attribution."""
    if cue.dep_ not in ("parataxis",) or not any(c.dep_ in SUBJECTS for c in cue.children):
        return None
    sent = _sent(cue)
    own = {t.i for t in cue.subtree}
    rest = [t for t in sent if t.i not in own and not t.is_punct and not t.is_space]
    if len(rest) < 3:
        return None
    return rest[0].idx, rest[-1].idx + len(rest[-1].text)


def _inside_marks(text: str, quoted: _Quoted, start: int, end: int) -> tuple[int, int]:
    """Content that is one quotation from mark to mark loses the marks, as a direct
    quotation does ('said "we will stay"': we will stay)."""
    stretch = quoted.at(start)
    if stretch is not None and stretch.mark == start and stretch.outer_end(text) >= end:
        return stretch.start, stretch.end
    return start, end


def _according_to(doc: Doc, token: Token, quoted: _Quoted) -> QuoteMention | None:
    """'..., according to X.': the rest of the sentence, reported by X."""
    if token.lower_ != "according" or token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != "to":
        return None
    source = next((c for c in doc[token.i + 1].children if c.dep_ == "pobj"), None)
    if source is None:
        return None
    own = {token.i, token.i + 1, *(t.i for t in source.subtree)}
    rest = [t for t in _sent(token) if t.i not in own and not t.is_punct and not t.is_space]
    if not rest:
        return None
    start, end = rest[0].idx, rest[-1].idx + len(rest[-1].text)
    speaker, speaker_text = _speaker(doc, source)
    return QuoteMention(start, end, _text(doc)[start:end], quoted.share(start, end) >= DIRECT_SHARE,
                        token, speaker, speaker_text)


def _indirect_quotes(doc: Doc, quoted: _Quoted, direct: list[QuoteMention],
                     partial: dict[int, list[Span]]) -> list[QuoteMention]:
    out = []
    taken = [(q.start_char, q.end_char) for q in direct]

    def free(start: int, end: int) -> bool:
        return not any(s < end and start < e for s, e in taken)

    for token in doc:
        if quoted.at(token.idx) is not None:
            continue
        found = _according_to(doc, token, quoted)
        if found is None and (_is_cue(token, CUES | INTENT) or token.i in partial):
            bounds = _content(token, quoted, partial.get(token.i, [])) \
                or _parenthetical(doc, token)
            if bounds is not None and bounds[1] - bounds[0] > 2:
                start, end = _inside_marks(_text(doc), quoted, *bounds)
                speaker, speaker_text = _speaker(doc, _speaker_token(token, quoted))
                found = QuoteMention(start, end, _text(doc)[start:end],
                                     quoted.share(start, end) >= DIRECT_SHARE, token, speaker,
                                     speaker_text)
        if found is not None and free(found.start_char, found.end_char):
            out.append(found)
    return out


def _outermost(quotes: list[QuoteMention]) -> list[QuoteMention]:
    """Reported speech inside reported speech ('X said Y believes Z'): the quotation that
    holds the other's cue and content stands for both, as a reader attributes the words."""
    def nested(q: QuoteMention, other: QuoteMention) -> bool:
        return other is not q and q.cue is not None \
            and other.start_char <= q.cue.idx < other.end_char \
            and other.start_char <= q.start_char and q.end_char <= other.end_char
    return [q for q in quotes if not any(nested(q, other) for other in quotes)]


# --------------------------------------------------------------------------------------------
# The component


def find_quotes(doc: Doc) -> tuple[list[QuoteMention], set[int]]:
    """All quotations of a parsed Doc in text order (reported speech nested in reported
    speech stands under the outer one), and the token indices of every verb of saying that
    introduces reported content, nested ones included."""
    quoted = _Quoted(quoted_stretches(_text(doc)))
    turns = _transcript_turns(doc)
    standalone, partial = [], {}
    for stretch in quoted.stretches:
        span = _tokens(doc, stretch.start, stretch.end)
        if span is None or len(span) == 0:
            continue
        if any(t.start_char < stretch.end and stretch.start < t.end_char for t in turns):
            continue  # a transcript quoted whole: its turns are the quotations
        if _standalone(doc, stretch):
            standalone.append(stretch)
            continue
        cue = _cue_above(_phrase_head(span), quoted)
        if cue is not None and not is_title(_text(doc)[stretch.start:stretch.end]):
            whole = _tokens(doc, stretch.mark, stretch.outer_end(_text(doc)))
            partial.setdefault(cue.i, []).append(whole if whole else span)
    direct = _direct_quotes(doc, quoted, standalone) + turns
    indirect = _indirect_quotes(doc, quoted, direct, partial)
    marks = {s.start: s for s in standalone}
    cues = {q.cue.i for q in direct + indirect
            if q.cue is not None and _is_cue(q.cue, REPORTING)}
    quotes = sorted(direct + _outermost(indirect), key=lambda q: q.start_char)
    quotes = _continue(doc, quotes, marks)
    for key in (_SENTS, _TEXT):
        doc.user_data.pop(key, None)
    return quotes, cues


def set_quote_extensions() -> None:
    for name in ("quotes", "speech_cues"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


@Language.factory("newsevents_quotes")
def make_quotes(nlp: Language, name: str) -> QuotesComponent:
    return QuotesComponent()


class QuotesComponent:
    """spaCy component: find quotations and their speakers."""

    def __init__(self) -> None:
        set_quote_extensions()

    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes, doc._.speech_cues = find_quotes(doc)
        return doc
