"""Direct quotations: whole quotations, the attribution next to them (cue and speaker), and
quotations that continue the one before (see the package docstring, "Whole quotations").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .cues import (
    ATTRIBUTION_WORDS,
    CUES,
    DASHES,
    LEAD_WORDS,
    MIN_STANDALONE_WORDS,
    NAMING,
    NICKNAME_WORDS,
    SOURCE_WORDS,
)
from .parse import (
    QuoteMention,
    char_tokens,
    doc_text,
    inverted_subject,
    is_cue,
    is_title,
    name_after,
    sentence_of,
    speaker_of,
    speaker_token,
    subject_of,
)
from .stretches import CLOSERS, Quoted, Stretch


def _previous_token(doc: Doc, char: int) -> Token | None:
    """The last non-space token before a character offset, within its paragraph."""
    span = char_tokens(doc, char, char + 1)
    if span is None or span.start == 0:
        return None
    token = doc[span.start - 1]
    while token.is_space and "\n" not in token.text and token.i > 0:
        token = doc[token.i - 1]
    if token.is_space or "\n" in token.whitespace_:
        return None
    return token


def is_standalone(doc: Doc, stretch: Stretch) -> bool:
    """A whole quotation rather than a phrase inside a clause: it opens its paragraph or
    sentence, or follows a colon, a comma, a dash or another quotation."""
    before = _previous_token(doc, stretch.mark)
    if before is None or before.is_sent_end:
        return True
    opener = char_tokens(doc, stretch.mark, stretch.mark + 1)
    if opener is not None and opener[0].is_sent_start:
        return True
    return before.text in (".", "?", "!", ":", ",", "—", "–", "-", "--", ";", "(", "...", "…") \
        or before.text[-1:] in CLOSERS or before.is_quote


def _segment(doc: Doc, first: int, last: int, quoted: Quoted) -> list[Token]:
    """Tokens from index ``first`` to ``last`` inclusive that lie outside quotation marks."""
    return [doc[i] for i in range(max(first, 0), min(last, len(doc) - 1) + 1)
            if quoted.at(doc[i].idx) is None and not doc[i].is_space]


def _after(doc: Doc, span: Span, quoted: Quoted) -> list[Token]:
    """The attribution after a closing mark: the rest of the sentence after the mark, up to
    the next quotation (a nickname in quotation marks, 'Anna "Nan" Kowalski', is part of it)."""
    if span.end >= len(doc):
        return []
    sent = sentence_of(doc[span.end])
    out = []
    for token in doc[span.end : sent.end]:
        inside = quoted.at(token.idx)
        if inside is not None and token.idx > span.end_char \
                and len(doc_text(doc)[inside.start:inside.end].split()) > NICKNAME_WORDS:
            break
        if not token.is_space and not token.is_quote:
            out.append(token)
    return out


def _before(doc: Doc, span: Span, quoted: Quoted) -> list[Token]:
    """The attribution before an opening mark: the sentence up to the mark, after any
    earlier quotation."""
    sent_start = sentence_of(doc[span.start]).start
    out: list[Token] = []
    for token in reversed(doc[sent_start : span.start]):
        if quoted.at(token.idx) is not None and token.idx < span.start_char - 1:
            break
        if not token.is_space and not token.is_quote:
            out.insert(0, token)
    return out


def _cue_in(tokens: list[Token], quoted: Quoted, last: bool = False,
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
    if is_cue(verbs[0]) or (is_cue(verbs[0], NAMING) and _heads(verbs[0])):
        return verbs[0]
    for verb in verbs[1:]:
        if _heads(verb) and is_cue(verb, CUES | NAMING) and not _has_own_content(verb, quoted):
            return verb
    words = [t for t in tokens if not t.is_punct]
    if len(words) <= ATTRIBUTION_WORDS or colon:
        # 'The agency counted how many the floods forced out:': the main clause names who
        nested = colon and verbs[0].dep_ not in ("ROOT", "conj")
        roots = [v for v in verbs if v.dep_ == "ROOT"][:1] if nested else []
        for verb in [*roots, verbs[0]]:
            subordinate = verb.dep_ == "advcl" and verb.tag_ != "VBG"  # 'When the vote ended,'
            if speaker_token(verb, quoted) is not None and not _has_own_content(verb, quoted) \
                    and not subordinate:
                return verb
    return None


def _heads(verb: Token) -> bool:
    """The verb heads a clause of its own, not a modifier ('the chapter used by cities')."""
    return verb.dep_ not in ("relcl", "acl", "advcl", "xcomp", "pcomp", "amod")


def _has_own_content(verb: Token, quoted: Quoted) -> bool:
    """The verb reports a clause of its own outside quotation marks ('Smith said the crowd
    cheered'), so it is not the attribution of a neighbouring quotation."""
    for child in verb.children:
        if child.dep_ == "ccomp" and quoted.at(child.idx) is None and not child.is_punct:
            words = [t for t in child.subtree if quoted.at(t.idx) is None and not t.is_punct]
            if len(words) > 2:
                return True
    return False


def _direct_cue(doc: Doc, stretch: Stretch, quoted: Quoted) -> Token | None:
    """The cue of a whole quotation, from the attribution next to it in its sentence."""
    span = char_tokens(doc, stretch.mark, stretch.outer_end(doc_text(doc)))
    if span is None:
        return None
    before, after = _before(doc, span, quoted), _after(doc, span, quoted)
    if after and after[0].i == sentence_of(after[0]).start and not after[0].is_lower \
            and len([t for t in after if not t.is_punct]) > ATTRIBUTION_WORDS:
        after = []  # a sentence of its own follows: its attribution only if it is just that
    introduced = before and before[-1].text in (":", ",")
    if introduced and (according := _according_before(before)) is not None:
        return according
    if introduced and before[-1].text == ":" and _signs_after_dash(before[-1], quoted):
        return before[-1]
    first = _cue_in(before, quoted, last=True, colon=before[-1].text == ":") \
        if introduced else None
    hands_over = doc_text(doc)[stretch.start:stretch.end].rstrip().endswith(",")
    if first is not None and (hands_over or not is_cue(first, CUES | NAMING)):
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


def _leading_verb(doc: Doc, stretch: Stretch, span: Span, quoted: Quoted) -> Token | None:
    """'"Go home!" Lee barked as the doors shut' / '"Is that fair?" Lee asked in an interview
    last week, after the vote': a quotation that ends in a comma, a question or exclamation
    mark hands over to its attribution, which opens what follows: a short subject and the
    verb, or the verb and a name. The verb of speaking may be any verb ('barked', 'beamed')
    in the same sentence; a new sentence must open with a verb of saying."""
    last = doc_text(doc)[stretch.start:stretch.end].rstrip()[-1:]
    if not stretch.closed or last not in (",", "?", "!", "—", "–", "-"):
        return None
    lead = _after(doc, span, quoted)[:LEAD_WORDS + 1]
    verb = next((t for t in lead if t.pos_ in ("VERB", "AUX") and t.dep_ != "aux"), None)
    if verb is None or lead[0].is_punct or _has_own_content(verb, quoted):
        return None
    new_sentence = lead[0].i == sentence_of(lead[0]).start and not lead[0].is_lower
    if new_sentence and not is_cue(verb):
        return None
    subject = subject_of(verb, quoted)
    if subject is not None and lead[0].i <= subject.i < verb.i:
        return verb
    if verb.i == lead[0].i and (inverted_subject(verb, quoted) or name_after(verb, quoted)):
        return verb
    return None


def _verb_at_mark(before: list[Token], quoted: Quoted) -> Token | None:
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
    return verb if speaker_token(verb, quoted) is not None else None


def _introducing_cue(doc: Doc, stretch: Stretch, quoted: Quoted) -> Token | None:
    """'Smith told the crowd:' closing the sentence before the quotation."""
    token = _previous_token(doc, stretch.mark)
    if token is None:  # the colon may end the previous paragraph
        span = char_tokens(doc, stretch.mark, stretch.mark + 1)
        i = span.start - 1 if span is not None else -1
        while i >= 0 and (doc[i].is_space or doc[i].is_quote):
            i -= 1
        token = doc[i] if i >= 0 else None
    if token is None or token.text != ":":
        return None
    if _signs_after_dash(token, quoted):
        return token
    before = [t for t in sentence_of(token) if t.i < token.i]
    return _cue_in(before, quoted, last=True, colon=True) \
        or _named_before_colon(token, quoted)


def _signs_after_dash(colon: Token, quoted: Quoted) -> bool:
    """'Turnout fell sharply - Ana Lopes:' / 'More from the survey:': in digests of excerpts
    a headline is followed by a dash and the source, or the source follows 'more from';
    the name before the colon is the speaker, not the subject of the headline."""
    words: list[Token] = []
    for token in reversed(sentence_of(colon)[: colon.i - sentence_of(colon).start]):
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


def _named_before_colon(colon: Token, quoted: Quoted) -> Token | None:
    """'Senator Ana Lopes: "..."' (no verb): the colon is the cue when a name or a noun ends
    just before it; the speaker is found from it by :func:`speaker_token`."""
    before = colon.doc[colon.i - 1] if colon.i > 0 else None
    if before is None or quoted.at(before.idx) is not None \
            or before.pos_ not in ("PROPN", "NOUN"):
        return None
    return colon


def _noun_between(doc: Doc, end: int, cue: Token, quoted: Quoted) -> Token | None:
    """'"...," Jane Doe, an adviser, said': the first name or noun between the closing mark
    and the cue, when the parser tied the speaker to the quotation."""
    actor_at = doc._.actor_at or {}
    between = [t for t in doc[: cue.i] if t.idx > end and quoted.at(t.idx) is None]
    nouns = [t for t in between if t.pos_ in ("PROPN", "NOUN", "PRON") or t.i in actor_at]
    return nouns[0] if nouns else None


def _no_subject(verb: Token, quoted: Quoted) -> bool:
    """The parser gave the verb no subject outside quotation marks."""
    subject = subject_of(verb, quoted)
    return subject is None or quoted.at(subject.idx) is not None


def _opening_noun(doc: Doc, stretch: Stretch, cue: Token, quoted: Quoted) -> Token | None:
    """'"...," Ana Lopes, 58, told the radio': the parser left the cue without a subject; the
    name or pronoun opening the attribution right after the closing mark is the speaker, not
    the hearer or a name after the verb."""
    between = [t for t in doc[: cue.i] if t.idx >= stretch.outer_end(doc_text(doc))
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
    text = doc_text(doc)
    end = text.find("\n", span.end_char)
    return end >= 0 and not text[span.end_char:end].strip()


def _signed(doc: Doc, stretch: Stretch) -> tuple[Token, Token] | None:
    """'"..." ― Jane Doe': a quotation signed with a dash and a name, as in reader comments
    and epigraphs; the dash and the name's last word."""
    span = char_tokens(doc, stretch.mark, stretch.outer_end(doc_text(doc)))
    i = span.end if span is not None else len(doc)
    while i < len(doc) and doc[i].is_space and "\n" not in doc[i].text:
        i += 1
    own_line = i < len(doc) and _line_rest_blank(doc, span) and doc[i].is_space
    if own_line:
        i += 1  # '"..."' closing its paragraph, the next one a dash and a name: signed below
    if i + 1 >= len(doc) or doc[i].text not in DASHES or doc[i + 1].pos_ != "PROPN":
        return None
    line_end = doc_text(doc).find("\n", doc[i].idx)
    line = doc_text(doc)[doc[i].idx:line_end if line_end >= 0 else len(doc_text(doc))]
    if own_line and len(line.split()) > ATTRIBUTION_WORDS:
        return None  # a paragraph of its own, not a signature
    last = i + 1
    while last + 1 < len(doc) and doc[last + 1].pos_ == "PROPN" \
            and "\n" not in doc[last].whitespace_:
        last += 1
    return doc[i], doc[last]


def direct_quotes(doc: Doc, quoted: Quoted, standalone: list[Stretch]) -> list[QuoteMention]:
    """Whole quotations with the cue and speaker of the attribution next to them (cue None
    when there is none: :func:`continue_quotes` then looks at the quotation before)."""
    out: list[QuoteMention] = []
    for stretch in standalone:
        cue = _direct_cue(doc, stretch, quoted) or _introducing_cue(doc, stretch, quoted)
        who = speaker_token(cue, quoted) if cue is not None else None
        if cue is not None and cue.idx > stretch.end and _no_subject(cue, quoted):
            who = _opening_noun(doc, stretch, cue, quoted) or who \
                or _noun_between(doc, stretch.end, cue, quoted)
        if cue is None and (signed := _signed(doc, stretch)) is not None:
            cue, who = signed
        speaker, speaker_text = speaker_of(doc, who) if cue is not None else (None, None)
        shared = next((q for q in out if cue is not None and q.cue is not None
                       and q.cue.i == cue.i), None)
        if speaker is None and speaker_text is None and shared is not None:
            speaker, speaker_text = shared.speaker, shared.speaker_text  # '"A," X said. "B."'
        content = doc_text(doc)[stretch.start:stretch.end]
        out.append(QuoteMention(stretch.start, stretch.end, content, True, cue, speaker,
                                speaker_text))
    return out


def continue_quotes(doc: Doc, quotes: list[QuoteMention], marks: dict[int, Stretch]) -> \
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
            signed = previous is not None and previous.cue.text in DASHES | {":"}
            if previous is not None and not signed and previous.end_char <= stretch.mark \
                    and (_follows(doc, previous, stretch.mark)
                         or "\n" not in doc_text(doc)[previous.end_char:stretch.mark]):
                quote.cue, quote.speaker = previous.cue, previous.speaker
                quote.speaker_text = previous.speaker_text
            words = len(quote.text.split())
            if quote.cue is None and (words < MIN_STANDALONE_WORDS or not stretch.double
                                      or is_title(quote.text)):
                continue  # a title or a name in quotation marks
        out.append(quote)
    return out


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
        gap = [t for t in gap if t.i >= sentence_of(cue).end]  # after the attribution's sentence
    words = [t for t in gap if not t.is_punct]
    return len(words) <= 2 and not any(t.pos_ in ("VERB", "AUX") for t in words)
