"""Quotations and their speakers on sentences we wrote."""

from __future__ import annotations

import json

import jsonschema
import pytest

from newsevents.datafiles import default_path
from newsevents.quotes import double_quoted, is_title, quoted_stretches


def _quotes(coder, text):
    record = coder.code(text, published="2025-01-10")
    names = {e.id: e.name for e in record.entities}
    return [(q.direct, q.text, names.get(q.speaker), q.cue) for q in record.quotes]


def _record(coder, text):
    return coder.code(text, published="2025-01-10")


# --------------------------------------------------------------------------------------------
# Quoted stretches (text only)


def test_straight_curly_and_typewriter_double_marks() -> None:
    text = 'A "one two three" B “four five six” C \'\'seven eight\'\' D'
    assert [text[s.start:s.end] for s in quoted_stretches(text)] == [
        "one two three", "four five six", "seven eight"]


def test_quote_continues_into_a_paragraph_that_opens_with_a_mark() -> None:
    text = "“First part of the speech.\n\n“Second part,” she said.\n\nNo quote here."
    (stretch,) = double_quoted(text)
    assert text[stretch.start:stretch.end] == "First part of the speech.\n\n“Second part,"
    assert stretch.closed


def test_unbalanced_mark_ends_with_its_paragraph() -> None:
    text = 'He said "we will stay here.\n\nThe next paragraph has no mark.'
    (stretch,) = double_quoted(text)
    assert text[stretch.start:stretch.end] == "we will stay here." and not stretch.closed


def test_single_quotes_nested_inside_double_are_content_and_apostrophes_are_not_marks() -> None:
    text = "“He said ‘never again’ to me,” she said. The students' union didn't 'agree' at all."
    found = [(text[s.start:s.end], s.double) for s in quoted_stretches(text)]
    assert found == [("He said ‘never again’ to me,", True), ("agree", False)]


def test_misused_opening_mark_closes_and_markup_is_ignored() -> None:
    text = '“Not yet,“ he said. <tweet id="123" author="x">Look</tweet>'
    assert [text[s.start:s.end] for s in quoted_stretches(text)] == ["Not yet,"]


def test_titles_are_recognised() -> None:
    assert is_title("The Quiet Orchard") and is_title("Build the Future Together")
    assert not is_title("we will not give up")


# --------------------------------------------------------------------------------------------
# Direct quotations


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


def test_quote_over_two_paragraphs_is_one_quote(coder):
    text = ("“We will rebuild the port. It will take years.\n\n“But we have no choice,” said "
            "Mayor Ana Lopes.")
    (quote,) = _quotes(coder, text)
    assert quote[1].startswith("We will rebuild the port") and quote[1].endswith("no choice,")
    assert quote[2] == "Ana Lopes" and quote[3] == "said"


def test_inverted_cue_and_appositive_speaker(coder):
    text = "“The budget will be cut,” said Jane Doe, the finance minister."
    assert _quotes(coder, text) == [(True, "The budget will be cut,", "Jane Doe", "said")]


def test_speaker_named_between_the_quote_and_a_cue_with_a_date(coder):
    text = "“The border stays open,” Tomas Berg, an adviser to the mayor, said on Monday."
    (quote,) = _quotes(coder, text)
    assert quote[2] == "Tomas Berg"


def test_cue_in_the_previous_sentence_ending_in_a_colon(coder):
    text = "Jane Doe told the crowd in Lagos:\n\n“We will win this election.”"
    assert _quotes(coder, text) == [(True, "We will win this election.", "Jane Doe", "told")]


def test_attribution_sentence_after_an_exclamation(coder):
    text = "Jane Doe addressed the crowd in Lagos. “Enough is enough!” she said."
    (quote,) = _quotes(coder, text)
    assert quote[1] == "Enough is enough!" and quote[2] == "Jane Doe"


def test_quote_after_an_attributed_quote_continues_it(coder):
    text = "“The port is closed,” said Tomas Berg, an adviser. “Ships must wait at sea.”"
    record = _record(coder, text)
    first, second = record.quotes
    assert first.speaker == second.speaker and first.cue == second.cue == "said"
    first, second = coder.nlp(text)._.quotes
    assert first.cue is not None and first.cue.i == second.cue.i


def test_interrupted_quote_shares_one_cue_token(coder):
    doc = coder.nlp("“We are ready,” the minister said, “and we will not wait.”")
    first, second = doc._.quotes
    assert first.cue.i == second.cue.i and first.cue.text == "said"


def test_nested_single_quotes_stay_inside_the_quote(coder):
    text = "“He told me ‘never again’ and I believed him,” said Jane Doe."
    assert _quotes(coder, text) == [
        (True, "He told me ‘never again’ and I believed him,", "Jane Doe", "said")]


def test_quote_without_a_speaker_is_kept_with_speaker_null(coder):
    (quote,) = _quotes(coder, 'A banner read "no more war in our streets" on Sunday.')
    assert quote[0] and quote[2] is None


def test_lone_quote_has_no_speaker_and_the_record_is_valid(coder):
    record = _record(coder, "Crowds gathered in the square.\n\n“We want peace now.”")
    (quote,) = record.quotes
    assert quote.direct and quote.speaker is None and quote.speaker_text is None
    assert quote.cue is None
    schema = json.loads(default_path("record.schema.json").read_text())
    jsonschema.validate(json.loads(json.dumps(record.to_dict())), schema)


def test_unbalanced_quotation_marks_give_a_clear_result(coder):
    text = 'The minister said "we will not give up. The talks continue.\n\nVoters were calm.'
    record = _record(coder, text)
    assert all(text[q.start:q.end] == q.text for q in record.quotes)
    (quote,) = [q for q in record.quotes if q.direct]
    assert quote.text == "we will not give up. The talks continue."  # to its paragraph end


def test_scare_quotes_and_titles_are_not_quotes(coder):
    assert _quotes(coder, "The so-called “peace plan” was never published.") == []
    assert _quotes(coder, "She appeared on “The Morning Show” on Tuesday.") == []


def test_typewriter_marks_and_dash_signed_quotes(coder):
    assert _quotes(coder, "''We will not leave,'' said Ana Lopes.") == [
        (True, "We will not leave,", "Ana Lopes", "said")]
    assert _quotes(coder, "“Stop the war now.” ― Ana Lopes") == [
        (True, "Stop the war now.", "Ana Lopes", "―")]


def test_interview_transcript_turns(coder):
    record = _record(coder, "MORGAN: Will you run again?\nDOE: I have not decided yet.")
    assert [(q.text, q.speaker_text, q.cue) for q in record.quotes] == [
        ("Will you run again?", "MORGAN", ":"), ("I have not decided yet.", "DOE", ":")]


def test_place_names_opening_a_list_are_not_transcript_turns(coder):
    record = _record(coder, "Iowa: Ann Lee, Bob Stone.\nOhio: Carl Dunn, Dana Roy.")
    assert record.quotes == []


# --------------------------------------------------------------------------------------------
# Partial quotations


def test_partial_quote_inside_reported_speech_belongs_to_it(coder):
    text = "The minister said the deal was “a step forward for both countries” on Monday."
    (quote,) = _quotes(coder, text)
    assert quote[1].startswith("the deal was “a step forward for both countries”")
    assert quote[0] and quote[3] == "said"  # mostly quoted: direct


def test_partial_quote_of_what_someone_called_something(coder):
    (quote,) = _quotes(coder, "Senator Maria Alves called the plan “reckless” on Monday.")
    assert quote[1] == "the plan “reckless”" and quote[2] == "Maria Alves"
    assert quote[3] == "called" and not quote[0]  # mostly not quoted


def test_partial_quote_in_single_marks(coder):
    (quote,) = _quotes(coder, "The envoy spoke of ‘next steps’ after the meeting.")
    assert quote[1] == "next steps" and quote[3] == "spoke"


# --------------------------------------------------------------------------------------------
# Indirect speech


@pytest.mark.parametrize(("text", "content", "cue"), [
    ("Poland said that Belarus had closed two border crossings.",
     "that Belarus had closed two border crossings", "said"),
    ("Poland said Belarus had closed two border crossings.",
     "Belarus had closed two border crossings", "said"),
    ("Kenyan President William Ruto told reporters the vote would be held in May.",
     "the vote would be held in May", "told"),
    ("The minister explained that the rules had changed.", "that the rules had changed",
     "explained"),
    ("The minister warned that prices would rise.", "that prices would rise", "warned"),
    ("The minister added that talks would continue.", "that talks would continue", "added"),
    ("The report summarises the findings as grim.", "the findings as grim", "summarises"),
    ("The plan will fail, the minister said.", "The plan will fail", "said"),
])
def test_indirect_speech(coder, text, content, cue):
    quotes = _quotes(coder, text)
    assert [(q[0], q[1], q[3]) for q in quotes] == [(False, content, cue)]


def test_according_to(coder):
    text = ("Poland said that Belarus had closed two border crossings. Twelve trucks were stuck "
            "at the border, according to Lithuania.")
    quotes = _quotes(coder, text)
    assert (False, "that Belarus had closed two border crossings", "Poland", "said") in quotes
    assert (False, "Twelve trucks were stuck at the border", "Lithuania", "according") in quotes


def test_promises_are_not_speech_cues_for_events(coder):
    doc = coder.nlp("Ruto said troops had withdrawn. Ruto promised that troops would leave.")
    cues = {doc[i].lemma_ for i in doc._.speech_cues}
    assert cues == {"say"}
    assert {q.cue.lemma_ for q in doc._.quotes} == {"say", "promise"}


# --------------------------------------------------------------------------------------------
# Speakers


def test_title_before_a_name_in_apposition_gives_the_person(coder):
    quotes = _quotes(coder, "The finance minister, Jane Doe, said the budget would be cut.")
    assert quotes == [(False, "the budget would be cut", "Jane Doe", "said")]


def test_bare_title_resolved_by_the_actor_stage(coder):
    text = ("German Chancellor Olaf Scholz met farmers in Berlin. The chancellor said subsidies "
            "would stay.")
    (quote,) = _quotes(coder, text)
    assert quote[2] == "Olaf Scholz"


@pytest.mark.parametrize(("text", "name", "country", "sector"), [
    ("A German government source said the talks had failed.", "German government source",
     "DEU", "GOV"),
    ("Officials said the bridge was closed.", "officials", None, "GOV"),
    ("Sources close to the talks said a deal was near.", "sources", None, "UNK"),
    # a diplomat's post says nothing of whose diplomat it is
    ("A diplomat in Brussels said the sanctions would be extended.", "diplomat", None, "GOV"),
    ("Police in Lisbon said the bridge was closed.", "police", "PRT", "COP"),
])
def test_anonymous_sources_are_agent_entities(coder, text, name, country, sector):
    record = _record(coder, text)
    (quote,) = record.quotes
    speaker = next(e for e in record.entities if e.id == quote.speaker)
    assert (speaker.kind, speaker.name, speaker.country, speaker.sector) == (
        "agent", name, country, sector)


def test_a_quoted_threat_is_a_threat_event_by_the_speaker(coder):
    text = '"We will respond with force," Iran\'s foreign minister warned Israel on Monday.'
    record = coder.code(text, published="2025-01-10")
    threats = [e for e in record.events if e.event == "THREATEN"]
    assert threats and threats[0].recipient[0].name == "Israel"


def test_unattributed_quote_in_the_paragraph_of_an_attributed_one_has_its_speaker(coder):
    text = ("“The ferry timetable is a mess,” said Robin Lee, who chairs the island council. "
            "She has asked the operator for a meeting. “We expect an answer by March.”")
    record = _record(coder, text)
    names = {e.id: e.name for e in record.entities}
    assert [names.get(q.speaker) for q in record.quotes if q.direct] == ["Robin Lee"] * 2


def test_quote_in_a_new_paragraph_after_narration_has_no_speaker(coder):
    text = ("“We will reopen the mine,” said Robin Lee.\n\nThe mine closed in 2019 after a "
            "flood.\n\n“Nobody believed it would come back.”")
    record = _record(coder, text)
    assert [q.speaker_text for q in record.quotes if q.direct] == ["Robin Lee", None]


@pytest.mark.parametrize(("text", "country", "sector"), [
    ("A source in the Polish government said the border would reopen.", "POL", "GOV"),
    ("A senior official of the Hungarian foreign ministry said talks would resume.", "HUN",
     "GOV"),
])
def test_anonymous_source_takes_the_country_of_its_body(coder, text, country, sector):
    record = _record(coder, text)
    (quote,) = record.quotes
    speaker = next(e for e in record.entities if e.id == quote.speaker)
    assert (speaker.kind, speaker.country, speaker.sector) == ("agent", country, sector)


def test_quoted_words_belong_to_the_outer_speaker(coder):
    text = ("Mayor Ana Lopes said residents had come to believe “the river would never flood "
            "again.”")
    (quote,) = _quotes(coder, text)
    assert quote[2] == "Ana Lopes" and quote[3] == "said"


def test_nested_reported_speech_stands_under_the_outer_quote(coder):
    doc = coder.nlp("The mayor said residents believe that the dam is safe.")
    assert [(q.text, q.cue.text) for q in doc._.quotes] == [
        ("residents believe that the dam is safe", "said")]
    assert {doc[i].text for i in doc._.speech_cues} == {"said", "believe"}


def test_quotation_introduced_by_a_name_and_a_colon(coder):
    text = "The senator was blunt.\n\nSenator Maria Alves: “This budget will not pass.”"
    (quote,) = _quotes(coder, text)
    assert quote[1] == "This budget will not pass." and quote[2] == "Maria Alves"
    assert quote[3] == ":"


def test_nickname_in_quotation_marks_stays_in_the_attribution(coder):
    text = "“We are ready for the storm,” Mayor Ana “Nina” Lopes told residents on Friday."
    (quote,) = _quotes(coder, text)
    assert quote[1] == "We are ready for the storm," and quote[3] == "told"


def test_parts_of_one_interrupted_quote_share_their_cue_span(coder) -> None:
    text = '"The border stays open," the Chilean minister said, "for everyone who needs it."'
    quotes = _record(coder, text).quotes
    assert len(quotes) == 2
    assert quotes[0].cue_span == quotes[1].cue_span
    start, end = quotes[0].cue_span
    assert text[start:end] == "said"


def test_she_after_a_singular_official_is_that_official(coder) -> None:
    text = ("The Peruvian ambassador rejected the report. "
            '"Nothing in it is true," she told reporters.')
    record = _record(coder, text)
    speaker = next(e for e in record.entities if e.id == record.quotes[0].speaker)
    assert speaker.name.lower().endswith("ambassador") and speaker.country == "PER"


def test_he_does_not_stand_for_a_plural_or_a_body(coder) -> None:
    text = 'Protesters marched on the ministry. "We will not stop," he said.'
    record = _record(coder, text)
    assert record.quotes[0].speaker is None


@pytest.mark.parametrize(("text", "speaker", "cue"), [
    # a manner verb opening what follows the quotation
    ("“Nobody leaves this room,” Tomas Reinholt snapped and an usher locked the doors of "
     "the hall.", "Tomas Reinholt", "snapped"),
    # any verb right before the comma that introduces the quotation
    ("Asked about the missing funds at the budget meeting, Tomas Reinholt fired back, "
     "“Every cent is in the audited accounts.”", "Tomas Reinholt", "fired"),
    # the name opening the attribution when the parse gives the cue no subject
    ("The council postponed the vote. ''Had the budget passed in May, we would have paved "
     "every road in the district,'' Mr. Reinholt, 61, a former harbour master in Tromso, "
     "said in an interview on Tuesday.", "Reinholt", "said"),
    # the asker of an inverted 'asked' is not its hearer
    ("“Can we still swim in the lake?” asked the boy, who was holding a fishing net.",
     "the boy, who was holding a fishing net", "asked"),
    # a digest of excerpts: headline, dash, source, colon
    ("Port strike enters its second week - Lena Vogt: “The unions and the operators have "
     "not met once since the walkout began.”", "Lena Vogt", ":"),
    # the subject of the verb an infinitive of saying hangs from
    ("The union leader Lena Vogt went on to say: “No ship will be unloaded until the "
     "contract is signed.”", "Lena Vogt", "say"),
])
def test_attribution_conventions_around_a_whole_quotation(coder, text, speaker, cue):
    (quote,) = [q for q in _record(coder, text).quotes if q.direct]
    assert (quote.speaker_text, quote.cue) == (speaker, cue)


def test_a_subordinate_clause_before_the_comma_is_not_the_attribution(coder):
    text = "When the vote ended, “we all went home early,” a clerk recalled."
    (quote,) = _record(coder, text).quotes
    assert (quote.cue, quote.speaker_text) == ("recalled", "a clerk")


def test_a_later_part_of_a_quotation_shares_its_speaker(coder):
    text = ("The council postponed the vote. ''We have waited long enough,'' Mr. Reinholt, "
            "61, said on Tuesday. ''The roads cannot wait.''")
    quotes = _record(coder, text).quotes
    assert [q.speaker_text for q in quotes] == ["Reinholt", "Reinholt"]


def test_intent_verbs_report_their_infinitive_with_a_source(coder):
    text = ("The harbour board declined to comment on the dredging plan. Petra Hallorand wants to "
            "run for a second term. The fares continued to rise. The ferry is expected to sail "
            "at noon.")
    quotes = _record(coder, text).quotes
    assert [(q.text, q.cue, q.speaker_text) for q in quotes] == [
        ("to comment on the dredging plan", "declined", "The harbour board"),
        ("to run for a second term", "wants", "Petra Hallorand")]
    assert not any(q.direct for q in quotes)


def test_intent_verbs_are_not_speech_cues(coder):
    doc = coder.nlp("Petra Hallorand wants to build a new pier, and she said the port agreed.")
    cues = {doc[i].lower_ for i in doc._.speech_cues}
    assert cues == {"said"}


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    ("After the count, the former mayor published a long letter in the local paper about "
     "the campaign: “Friends, the town will remember who stood by it,” she wrote.", "wrote",
     "she"),
    ("The pier, which the town calls its front door, ''has been closed for three winters "
     "now,'' Ms. Reinholt said.", "said", "Reinholt"),
])
def test_the_attribution_after_a_quotation_ending_in_a_comma_is_its_own(coder, text, cue,
                                                                         speaker):
    (quote,) = [q for q in _record(coder, text).quotes if q.direct]
    assert (quote.cue, quote.speaker_text) == (cue, speaker)


def test_a_quotation_signed_on_the_next_line(coder):
    text = ("The paper collected letters from readers on the flood.\n\n“I have lived by the "
            "canal for thirty years. Nobody ever asked us about the pumps.”\n\n- Karin "
            "Olsen.\n\n“We need a new pumping station.”\n\n- Olsen was elected to the water "
            "board later that year after a close count.")
    quotes = _record(coder, text).quotes
    assert [(q.cue, q.speaker_text) for q in quotes] == [("-", "Karin Olsen"), (None, None)]


def test_according_to_introducing_a_quotation(coder):
    text = "According to the harbour board, “The pier will reopen on Monday after the repairs.”"
    (quote,) = _record(coder, text).quotes
    assert (quote.direct, quote.cue, quote.speaker_text) == (True, "According",
                                                             "the harbour board")


@pytest.mark.parametrize("text", [
    "Lima accused Quito of arming smugglers on the border, a charge Quito denies.",
    "The union accused the mine owners of hiring armed guards, a charge the owners reject.",
])
def test_an_accusation_a_denial_answers_is_not_the_deniers_words(coder, text):
    record = _record(coder, text)
    assert not [q for q in record.quotes if q.cue in ("denies", "reject")]


def test_what_a_report_says_after_a_comma_stays_the_reports(coder):
    record = _record(coder, "Rules only require firms to list their largest units, which "
                            "invites gaming by splitting a unit into smaller ones, the report "
                            "says.")
    assert [q for q in record.quotes if q.cue == "says"]
