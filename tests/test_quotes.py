"""Quotations and their speakers on sentences we wrote."""

from __future__ import annotations


def _quotes(coder, text):
    record = coder.code(text, published="2025-01-10")
    names = {e.id: e.name for e in record.entities}
    return [(q.direct, q.text, names.get(q.speaker), q.cue) for q in record.quotes]


def test_direct_quote_with_cue_after(coder):
    text = '"We will rebuild every school," Chilean President Gabriel Boric told reporters.'
    assert _quotes(coder, text) == [
        (True, "We will rebuild every school,", "Gabriel Boric", "told")]


def test_direct_quote_over_two_sentences_with_a_pronoun_speaker(coder):
    text = ('Kenyan President William Ruto spoke in Nairobi. "The talks were useful. We expect '
            'more progress next week," he said.')
    (quote,) = _quotes(coder, text)
    assert quote[0] and quote[1].startswith("The talks were useful. We expect")
    assert quote[2] == "William Ruto"


def test_indirect_speech_and_according_to(coder):
    text = ("Poland said that Belarus had closed two border crossings. Twelve trucks were stuck "
            "at the border, according to Lithuania.")
    quotes = _quotes(coder, text)
    assert (False, "that Belarus had closed two border crossings", "Poland", "said") in quotes
    assert any(not d and speaker == "Lithuania" and cue == "according" for d, _, speaker, cue
               in quotes)


def test_quote_without_a_speaker_is_kept_with_speaker_null(coder):
    (quote,) = _quotes(coder, 'A banner read "no more war in our streets" on Sunday.')
    assert quote[0] and quote[2] is None


def test_unbalanced_quotation_marks_do_not_crash(coder):
    text = 'The minister said "we will not give up. The talks continue.'
    record = coder.code(text, published="2025-01-10")
    assert all(text[q.start:q.end] == q.text for q in record.quotes)


def test_a_quoted_threat_is_a_threat_event_by_the_speaker(coder):
    text = '"We will respond with force," Iran\'s foreign minister warned Israel on Monday.'
    record = coder.code(text, published="2025-01-10")
    threats = [e for e in record.events if e.event == "THREATEN"]
    assert threats and threats[0].recipient[0].name == "Israel"
