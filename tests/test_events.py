"""Event extraction on sentences we wrote: each PLOVER type with its actor and recipient,
near misses that must not be coded as asserted, and the grammar of arguments."""

from __future__ import annotations

import pytest

from newsevents.record import CodedArticle, Event

PUBLISHED = "2025-03-04"

# sentence, event type, actor name, recipient name (None: not checked)
TYPED = [
    # signing a formal agreement is SUPPORT (PLOVER manual: "ratify, sign, or finalize an
    # agreement or treaty"; CAMEO 057); a promise to sign is AGREE
    ("Poland and Lithuania signed a defence agreement on Monday.", "SUPPORT", "Poland", None),
    ("The parliament of Estonia ratified the border treaty with Latvia.", "SUPPORT", None, None),
    ("Chile and Peru said they would sign a fishing accord.", "AGREE", "Chile", None),
    (
        "The foreign ministers of Egypt and Jordan agreed on a joint plan for Gaza.",
        "AGREE",
        None,
        None,
    ),
    (
        "Chinese President Xi Jinping met Brazilian President Luiz Inacio Lula da Silva "
        "in Beijing.",
        "CONSULT",
        "Xi Jinping",
        "Luiz Inácio Lula da Silva",  # the canonical name from the knowledge base
    ),
    ("Japan held talks with South Korea on trade.", "CONSULT", "Japan", "South Korea"),
    (
        "Indian Prime Minister Narendra Modi visited Moscow last July.",
        "CONSULT",
        "Narendra Modi",
        None,
    ),
    ("Canada welcomed the election result in Ghana.", "SUPPORT", "Canada", None),
    ("Germany praised Moldova for its reforms.", "SUPPORT", "Germany", "Moldova"),
    ("The Serbian government apologised to Croatia for the remarks.", "CONCEDE", None, "Croatia"),
    ("The government accepted the demands of the striking miners.", "CONCEDE", None, None),
    ("Turkey lifted its sanctions on Sweden.", "RETREAT", "Turkey", "Sweden"),
    ("Norway and Denmark shared intelligence about the plot.", "COOPERATE", "Norway", None),
    ("Kenya extradited two suspects to Uganda.", "COOPERATE", "Kenya", "Uganda"),
    ("Qatar sent humanitarian aid to Sudan.", "AID", "Qatar", "Sudan"),
    (
        "Japan provided emergency assistance to Turkey after the earthquake.",
        "AID",
        "Japan",
        "Turkey",
    ),
    ("Armenia released twelve prisoners.", "RETREAT", "Armenia", None),
    ("Mali withdrew its troops from the border.", "RETREAT", "Mali", None),
    ("The prime minister of Peru resigned on Friday.", "RETREAT", None, None),
    ("Spain urged Morocco to reopen the border.", "REQUEST", "Spain", "Morocco"),
    (
        "The United Nations called on Ethiopia to allow aid convoys.",
        "REQUEST",
        "United Nations",
        "Ethiopia",
    ),
    ("Ukraine accused Russia of shelling a hospital.", "ACCUSE", "Ukraine", "Russia"),
    ("Pakistan condemned India over the border incident.", "ACCUSE", "Pakistan", "India"),
    ("Venezuela rejected the proposal from Guyana.", "REJECT", "Venezuela", None),
    ("North Korea threatened Japan with a nuclear response.", "THREATEN", "North Korea", "Japan"),
    (
        "Thousands of protesters marched through Nairobi against the tax bill.",
        "PROTEST",
        None,
        None,
    ),
    ("Dock workers went on strike in Antwerp.", "PROTEST", None, None),
    ("Australia imposed sanctions on Iran.", "SANCTION", "Australia", "Iran"),
    ("Lithuania expelled two Belarusian diplomats.", "SANCTION", "Lithuania", None),
    ("Azerbaijan deployed troops to the border with Armenia.", "MOBILIZE", "Azerbaijan", None),
    ("Police arrested forty opposition supporters in Tbilisi.", "COERCE", "police", None),
    ("The junta banned all political parties.", "COERCE", None, None),
    ("Russia attacked Ukraine.", "ASSAULT", "Russia", "Ukraine"),
    ("Israeli aircraft bombed targets in Lebanon.", "ASSAULT", None, None),
]


def _events(coder, text: str) -> list[Event]:
    record: CodedArticle = coder.code(text, published=PUBLISHED)
    return record.events


def _candidates(coder, text: str) -> list[Event]:
    """Every candidate event, those under the confidence threshold too: what the modality
    tests read (a supposition nobody commits to is usually under the threshold)."""
    from newsevents.coder import Coder

    return Coder(nlp=coder.nlp, min_confidence=0.0).code(text, published=PUBLISHED).events


def _asserted(coder, text: str) -> list[Event]:
    return [e for e in _events(coder, text) if e.modality in ("asserted", "historical")]


def _names(refs) -> list[str]:
    return [r.name for r in refs]


@pytest.mark.parametrize(("text", "event", "actor", "recipient"), TYPED)
def test_each_type_codes_with_its_arguments(coder, text, event, actor, recipient):
    found = [e for e in _asserted(coder, text) if e.event == event]
    assert found, (
        f"no asserted {event} in {text!r}: {[(e.event, e.modality) for e in _events(coder, text)]}"
    )
    if actor is not None:
        assert any(actor in _names(e.actor) for e in found), [e.to_dict() for e in found]
    if recipient is not None:
        assert any(recipient in _names(e.recipient) for e in found), [e.to_dict() for e in found]


def test_all_sixteen_types_are_exercised():
    assert {event for _, event, _, _ in TYPED} == {
        "AGREE",
        "CONSULT",
        "SUPPORT",
        "CONCEDE",
        "COOPERATE",
        "AID",
        "RETREAT",
        "REQUEST",
        "ACCUSE",
        "REJECT",
        "THREATEN",
        "PROTEST",
        "SANCTION",
        "MOBILIZE",
        "COERCE",
        "ASSAULT",
    }


# Near misses: the event is mentioned but did not happen as a deed.
NEAR_MISSES = [
    ("Russia did not attack the convoy.", "ASSAULT", "negated"),
    ("The army refused to withdraw its troops.", "RETREAT", "negated"),
    ("Iran denied attacking the tanker.", "ASSAULT", "negated"),
    ("No talks were held between the two sides.", "CONSULT", "negated"),
    ("Germany will send troops to Lithuania next year.", "MOBILIZE", "future"),
    ("The president promised to end the war within 24 hours.", "RETREAT", "future"),
    ("Hamas vowed to retaliate against Israel.", "ASSAULT", "future"),
    ("The European Union plans to impose new sanctions on Russia.", "SANCTION", "future"),
    (
        "The United States could impose sanctions if Iran enriches more uranium.",
        "SANCTION",
        "hypothetical",
    ),
    ("If the rebels attack the capital, the army will respond.", "ASSAULT", "hypothetical"),
    (
        "The opposition demanded that the government release the detainees.",
        "RETREAT",
        "hypothetical",
    ),
    # letting aid in is RETREAT (mode access) in PLOVER, asked for here, not done
    ("France urged Israel to allow aid into Gaza.", "RETREAT", "hypothetical"),
    ("Egypt called for a ceasefire in Gaza.", "RETREAT", "hypothetical"),
]


@pytest.mark.parametrize(("text", "event", "modality"), NEAR_MISSES)
def test_near_misses_are_not_asserted(coder, text, event, modality):
    same_type = [e for e in _candidates(coder, text) if e.event == event]
    assert not [e for e in same_type if e.modality in ("asserted", "historical")], [
        e.to_dict() for e in same_type
    ]
    assert any(e.modality == modality for e in same_type), [e.to_dict() for e in same_type]


def test_a_statement_is_not_an_event(coder):
    assert _events(coder, "The minister said the situation was difficult but stable.") == []


def test_reported_speech_codes_the_inner_event(coder):
    events = _asserted(coder, "Officials said that Russian forces shelled Kharkiv on Tuesday.")
    assert [e.event for e in events] == ["ASSAULT"]
    assert events[0].actor[0].country == "RUS"


def test_speech_acts_are_events_with_the_speaker_as_actor(coder):
    events = _events(coder, "Poland accused Belarus of pushing migrants across the border.")
    accuse = [e for e in events if e.event == "ACCUSE"]
    assert accuse and _names(accuse[0].actor) == ["Poland"]
    assert _names(accuse[0].recipient) == ["Belarus"]


def test_passive_voice_takes_the_by_phrase_as_actor(coder):
    events = _asserted(coder, "Kenya was attacked by Somalia.")
    assault = [e for e in events if e.event == "ASSAULT"][0]
    assert _names(assault.actor) == ["Somalia"]
    assert _names(assault.recipient) == ["Kenya"]


def test_coordinated_actors_are_all_kept(coder):
    events = _asserted(coder, "France and Poland discussed the crisis with Ukraine.")
    consult = [e for e in events if e.event == "CONSULT"][0]
    assert _names(consult.actor) == ["France", "Poland"]
    assert _names(consult.recipient) == ["Ukraine"]


def test_control_verb_passes_its_subject(coder):
    events = _events(coder, "Britain agreed to send aid to Jordan.")
    aid = [e for e in events if e.event == "AID"][0]
    assert _names(aid.actor) == ["United Kingdom"]
    assert aid.modality == "future"


def test_nominal_events_take_arguments_from_the_noun_phrase(coder):
    text = "The talks between Iran and Oman ended without agreement."
    consult = [e for e in _asserted(coder, text) if e.event == "CONSULT"][0]
    assert _names(consult.actor) == ["Iran"] and _names(consult.recipient) == ["Oman"]
    text = "Russia's attacks on Ukraine's cities continued overnight."
    assault = [e for e in _asserted(coder, text) if e.event == "ASSAULT"][0]
    assert _names(assault.actor) == ["Russia"] and _names(assault.recipient) == ["Ukraine"]


def test_light_verb_carries_the_actor_of_a_nominal_event(coder):
    text = "Israel launched airstrikes on Syria."
    assault = [e for e in _asserted(coder, text) if e.event == "ASSAULT"]
    assert assault and _names(assault[0].actor) == ["Israel"]
    assert _names(assault[0].recipient) == ["Syria"]


def test_several_events_in_one_sentence(coder):
    text = "Police detained dozens of protesters and Georgia expelled a Russian diplomat."
    types = {e.event for e in _asserted(coder, text)}
    assert {"COERCE", "SANCTION"} <= types


def test_offsets_point_at_the_trigger_and_sentence(coder):
    text = "Talks began. Then Chile sanctioned Peru."
    record = coder.code(text, published=PUBLISHED)
    sanction = [e for e in record.events if e.event == "SANCTION"][0]
    start, end = sanction.trigger
    assert text[start:end] == sanction.event_text == "sanctioned"
    assert text[sanction.sentence[0] : sanction.sentence[1]] == "Then Chile sanctioned Peru."
    assert 0 < sanction.confidence <= 1


def test_events_inside_a_direct_quote_take_the_speaker_for_we(coder):
    text = '"We will never attack our neighbours," President Emmanuel Macron of France said.'
    assault = [e for e in _events(coder, text) if e.event == "ASSAULT"]
    assert [(_names(e.actor), e.modality) for e in assault] == [(["Emmanuel Macron"], "negated")]
    assert assault[0].actor[0].country == "FRA"


def test_a_possibility_reported_is_not_a_deed(coder):
    text = "The envoy said it is possible that the two sides will meet."
    assert not [e for e in _events(coder, text) if e.modality == "asserted"]
    events = _candidates(coder, text)
    assert events and all(e.modality == "hypothetical" for e in events)
    assert not [e for e in events if e.event == "AGREE"]


def test_a_plan_nobody_commits_to_is_not_an_agreement(coder):
    events = _events(coder, "Negotiations on the border will resume in March.")
    assert [e.modality for e in events if e.event == "CONSULT"] == ["future"]
    assert not [e for e in events if e.event == "AGREE"]


def test_a_verb_the_tagger_took_for_a_noun_is_still_coded(coder):
    text = '"Belarus is shelling our villages," the Lithuanian minister said.'
    assault = [e for e in _events(coder, text) if e.event == "ASSAULT"]
    assert assault and _names(assault[0].actor) == ["Belarus"]


def test_an_event_at_a_persons_residence_happens_where_the_article_placed_them(coder):
    text = ("Kenyan President William Ruto flew to Kampala on Monday. "
            "Hundreds of protesters gathered outside his hotel on Tuesday.")
    record = coder.code(text, published=PUBLISHED)
    protest = [e for e in record.events if e.event == "PROTEST"][0]
    place = next(p for p in record.places if p.id == protest.event_loc)
    assert place.text == "Kampala"


def test_coordinated_verbs_share_the_time_of_their_clause(coder):
    text = "On Friday, Armenian soldiers crossed the river and attacked a checkpoint."
    record = coder.code(text, published=PUBLISHED)  # a Tuesday
    assault = [e for e in record.events if e.event == "ASSAULT"][0]
    assert assault.date == "2025-02-28"


def test_a_participle_gives_a_nominal_event_its_time_and_place(coder):
    text = "Negotiations between Peru and Chile, held last week in Lima, ended in deadlock."
    record = coder.code(text, published=PUBLISHED)
    consult = [e for e in record.events if e.event == "CONSULT"][0]
    assert consult.date == "2025-W09"
    assert next(p.text for p in record.places if p.id == consult.event_loc) == "Lima"


@pytest.mark.parametrize(("value", "last"), [
    ("2024-12-17", "2024-12-17"), ("2024-W01", "2024-01-07"), ("2024-Q2", "2024-06-30"),
    ("2024-Q3", "2024-09-30"), ("2024-H2", "2024-12-31"), ("2024-02", "2024-02-29"),
    ("2023-02", "2023-02-28"), ("2024-10", "2024-10-31"),
    ("2024", "2024-12-31"), ("201", "2019-12-31"), ("19", "1999-12-31"),
    ("2024-12-13TNI", "2024-12-13"), ("PAST_REF", None), ("P3D", None),
])
def test_last_day_of_a_timex_value(value, last):
    from newsevents.timex import last_day

    found = last_day(value)
    assert (found.isoformat() if found else None) == last


def test_an_event_at_a_time_of_day_is_dated_by_its_day(coder):
    text = "Gunmen attacked a police station in Kano on Friday night."
    record = coder.code(text, published=PUBLISHED)  # Tuesday 4 March 2025
    assault = [e for e in record.events if e.event == "ASSAULT"][0]
    assert assault.date == "2025-02-28"


def test_an_event_in_this_decade_is_not_historical(coder):
    text = "In the 2020s, Ethiopia fought rebels in Tigray."
    fought = [e for e in coder.code(text, published=PUBLISHED).events if e.event == "ASSAULT"]
    assert fought and fought[0].modality == "asserted"


def test_an_inverted_speaker_is_the_actor_of_the_speech_act(coder):
    text = "\"Any strike on our ports will be answered,\" warned Yemen's defence minister."
    threats = [e for e in _events(coder, text) if e.event == "THREATEN"]
    assert threats and threats[0].actor and threats[0].actor[0].country == "YEM"


def test_the_hearers_of_a_report_do_not_act_in_it(coder):
    text = '"Our troops shelled the rebel camp," the general told journalists.'
    events = _events(coder, text)
    assert "ASSAULT" in [e.event for e in events]
    for event in events:
        assert "journalists" not in _names(event.actor) + _names(event.recipient)


def test_an_attacked_city_is_the_place_and_its_country_the_recipients(coder):
    record = coder.code("Russian drones struck Kharkiv on Sunday.", published=PUBLISHED)
    assault = [e for e in record.events if e.event == "ASSAULT"][0]
    assert [r.country for r in assault.recipient] == ["UKR"]
    place = next(p for p in record.places if p.id == assault.event_loc)
    assert place.text == "Kharkiv" and place.country_code == "UA"


def test_a_shelled_city_tagged_as_a_facility_is_still_the_recipient(coder):
    record = coder.code("Russian forces shelled Kharkiv on Sunday.", published=PUBLISHED)
    assault = [e for e in record.events if e.event == "ASSAULT"][0]
    assert [r.country for r in assault.recipient] == ["UKR"]


def test_a_sanctioned_capital_is_a_government_not_the_events_place(coder):
    record = coder.code("Canada sanctioned Minsk over the crackdown.", published=PUBLISHED)
    sanction = [e for e in record.events if e.event == "SANCTION"][0]
    assert _names(sanction.recipient) == ["Belarus"]
    assert sanction.event_loc is None


def test_the_target_of_an_appeal_is_not_where_it_happened(coder):
    text = "Norway's foreign minister called on Tehran to free the detained sailors."
    record = coder.code(text, published=PUBLISHED)
    request = [e for e in record.events if e.event == "REQUEST"][0]
    assert "Tehran" in [p.text for p in record.places]
    assert request.event_loc is None


def test_the_place_the_subject_is_in_is_the_events_place(coder):
    text = "Students in Belgrade blocked a bridge on Friday."
    record = coder.code(text, published=PUBLISHED)
    protest = [e for e in record.events if e.event == "PROTEST"]
    assert protest and next(p.text for p in record.places
                            if p.id == protest[0].event_loc) == "Belgrade"


@pytest.mark.parametrize(("text", "mode"), [
    ("Riot police fired tear gas at the marchers outside the ministry.", "crowd-control"),
    ("Gunners fired shells at the harbour overnight.", "heavy-weapons"),
    ("Soldiers fired on the crowd in the square.", "firearms"),
])
def test_what_is_fired_decides_the_mode_before_where_it_is_aimed(coder, text, mode):
    (event,) = [e for e in _candidates(coder, text) if e.event_text == "fired"]
    assert (event.event, event.mode) == ("ASSAULT", mode)


def test_a_call_for_someone_to_act_is_a_request_addressed_to_them(coder):
    events = _candidates(coder, "Farmers' unions called for the agriculture minister to resign.")
    request = next(e for e in events if e.event == "REQUEST")
    assert request.event_text == "called" and _names(request.recipient) == ["agriculture minister"]
    resign = next(e for e in events if e.event_text == "resign")
    assert resign.modality == "hypothetical"


def test_a_relative_clause_with_its_own_subject_has_not_the_head_as_actor(coder):
    events = _candidates(coder, "Aid agencies flew tents to Sudan, where fighting has "
                                "displaced thousands of families.")
    displaced = [e for e in events if e.event_text == "displaced"]
    assert not displaced or not displaced[0].actor


def test_an_announced_deployment_threatens_no_one_the_text_names(coder):
    events = _candidates(coder, "The defence minister said Norway would send 200 more troops "
                                "to Lithuania next year.")
    assert any(e.event == "MOBILIZE" and e.modality == "future" for e in events)
    assert all(not e.recipient for e in events if e.event == "THREATEN")


@pytest.mark.parametrize("text", [
    "Porto beat Benfica 2-1 in Lisbon on Saturday.",
    "Senegal defeated Egypt 3 - 0 in the final in Abidjan.",
])
def test_a_game_with_its_score_is_no_attack(coder, text):
    assert not any(e.event == "ASSAULT" for e in _candidates(coder, text))


def test_where_a_meeting_is_held_is_not_who_is_met(coder):
    events = _candidates(coder, "The Pope met the Ukrainian president at the Vatican.")
    meeting = next(e for e in events if e.event == "CONSULT")
    assert "Vatican City" not in _names(meeting.recipient)


def test_a_plan_reported_by_others_is_no_commitment_of_its_actor(coder):
    events = _candidates(coder, "Norway and Qatar will mediate between the two factions, "
                                "diplomats said on Friday.")
    assert not any(e.event == "AGREE" and e.event_text == "said" for e in events)
    events = _candidates(coder, "Norway said it would mediate between the two factions.")
    assert any(e.event == "AGREE" and e.event_text == "said" for e in events)


def test_mediating_between_two_parties_has_them_as_recipients(coder):
    events = _candidates(coder, "Oman mediated between Iran and Kuwait last year.")
    mediation = next(e for e in events if e.event_text == "mediated")
    assert set(_names(mediation.recipient)) == {"Iran", "Kuwait"}


# Trigger families added for how news reports concessions, mobilisation, threats, support,
# cooperation, rejections and retreats: a sentence that codes the type (as a candidate: the
# lexicon is tested here, not the confidence model) and a near miss with the same word that
# must not code it. Sentences of our own.
TRIGGER_FAMILIES = [
    ("CONCEDE", "The transport ministry backtracked on the new toll after a week of anger.",
     "The hikers backtracked to the last hut before the storm."),
    ("CONCEDE", "The council acquiesced to the shopkeepers' demand for longer hours.",
     "The council acceded to the regional treaty on river fishing."),
    ("CONCEDE", "The governor walked back his remarks about the fishermen.",
     "The governor walked back to his car after the ceremony."),
    ("MOBILIZE", "The defence ministry rushed troops to the northern frontier.",
     "The ambulance rushed the injured to the nearest clinic."),
    ("MOBILIZE", "A local warlord rallied fighters from the hill villages.",
     "The senator rallied voters in the hill villages."),
    ("MOBILIZE", "The state governor called in the army to guard the depots.",
     "The state governor called in a plumber to fix the depot roof."),
    ("MOBILIZE", "Police stepped up security around the central station.",
     "The station stepped up its cleaning around the platforms."),
    ("THREATEN", "The clan elders promised retaliation against the raiders.",
     "The clan elders promised a feast for the returning herders."),
    ("SUPPORT", "Norway lent its support to the mediation plan.",
     "Norway lent money to the fishing cooperative."),
    ("SUPPORT", "The minister appreciated the efforts of the relief volunteers.",
     "The price of the painting appreciated over the decade."),
    ("COOPERATE", "The two state shipyards launched a joint venture on Monday.",
     "The two shipyards launched a new venture on Monday."),
    ("REJECT", "The cabinet brushed aside the union's demand for a pay rise.",
     "The cabinet brushed aside the criticism of its budget."),
    ("RETREAT", "The rebels abandoned their outpost on the ridge.",
     "The rebels abandoned their plan to march on the ridge."),
    ("RETREAT", "The occupying force gave back the seized farmland to the villagers.",
     "The shop gave back the change to the customer."),
    ("RETREAT", "The rebels gave up control of the eastern district.",
     "The rebels gave up smoking in the eastern district."),
    ("SUPPORT", "The senators came out in support of the striking fishermen.",
     "The senators came out of the chamber at noon."),
    ("REJECT", "The parliament shot down the proposal for a new airport.",
     "The rebels shot down a helicopter near the new airport."),
    ("MOBILIZE", "Villagers took up arms against the cattle raiders.",
     "Villagers took up farming after the drought."),
    ("CONCEDE", "The mayor granted the strikers' request for shorter shifts.",
     "The mayor granted an interview to the local radio."),
    ("AID", "The creditor nations wrote off the debts of the island state.",
     "The clerk wrote off the misprint as a harmless slip."),
    ("AID", "The creditors granted debt relief to the island state.",
     "The creditors granted a long interview to the island radio."),
    ("COOPERATE", "The two navies staged combined drills off the coast.",
     "The firm began combined sales of the two brands."),
    ("COOPERATE", "Ghana exported cocoa to Vietnam last month.",
     "Ghana's cocoa exports rose last month."),
    ("RETREAT", "The clan militia announced its disbandment on Friday.",
     "The clan elders announced a feast on Friday."),
    ("PROTEST", "Nurses took to the streets of the port city on Monday.",
     "The courier took a parcel with him to the consulate."),
    ("SANCTION", "The junta ejected the foreign election observers.",
     "The test pilot ejected from the stalling jet."),
    ("SANCTION", "Two states renounced their recognition of the breakaway republic.",
     "The poet renounced his claim to the family farm."),
]


@pytest.mark.parametrize(("event", "positive", "near_miss"), TRIGGER_FAMILIES)
def test_a_trigger_family_codes_its_type_and_not_its_near_miss(coder, event, positive,
                                                               near_miss):
    found = [e for e in _candidates(coder, positive)
             if e.event == event and e.modality == "asserted"]
    assert found, [e.to_dict() for e in _candidates(coder, positive)]
    assert event not in {e.event for e in _candidates(coder, near_miss)}, [
        e.to_dict() for e in _candidates(coder, near_miss)]



# The whole clause decides the type: agreeing to a concession (a release, a truce, a lifted
# blockade) is a promise of one, which PLOVER codes as CONCEDE; agreeing to meet or to fund
# stays AGREE. Lifting a curfew and declaring a truce are CONCEDE too (PLOVER manual), an
# announced pause in business is nothing. Sentences of our own.
@pytest.mark.parametrize(("text", "event", "not_event"), [
    ("The militia agreed to free the kidnapped engineers.", "CONCEDE", "AGREE"),
    ("The two commanders agreed to a truce in the valley.", "CONCEDE", "AGREE"),
    ("The rebels agreed to end their siege of the river port.", "CONCEDE", "AGREE"),
    ("The governor lifted the night curfew in the port city.", "CONCEDE", "RETREAT"),
    ("The rebel commander declared a week-long ceasefire.", "CONCEDE", "RETREAT"),
    ("The two ministers agreed to meet again in June.", "AGREE", "CONCEDE"),
    ("The donors agreed to fund the new clinic in the valley.", "AGREE", "CONCEDE"),
])
def test_what_is_agreed_to_decides_the_type(coder, text, event, not_event):
    asserted = {e.event for e in _candidates(coder, text) if e.modality == "asserted"}
    assert event in asserted and not_event not in asserted, (text, asserted)


def test_an_announced_pause_in_business_is_no_concession(coder):
    text = "The carmaker announced a pause in production at its northern plant."
    assert "CONCEDE" not in {e.event for e in _candidates(coder, text)}


@pytest.mark.parametrize(("text", "event"), [
    ("The ministry sent hundreds of soldiers to the coast.", "MOBILIZE"),
    ("The kidnappers released a group of fishermen on Friday.", "RETREAT"),
])
def test_a_counted_object_is_read_through_its_of_phrase(coder, text, event):
    assert event in {e.event for e in _candidates(coder, text) if e.modality == "asserted"}


def test_a_counted_object_that_is_no_trigger_object_codes_nothing(coder):
    text = "The ministry sent hundreds of letters to the coast."
    assert "MOBILIZE" not in {e.event for e in _candidates(coder, text)}


def test_a_threat_made_while_pressing_someone_is_the_pressers(coder):
    text = "Greece pressed Turkey over the flights, threatening to recall its ambassador."
    threat = next(e for e in _candidates(coder, text) if e.event == "THREATEN")
    assert threat.modality == "asserted" and _names(threat.actor) == ["Greece"]


def test_a_plan_to_invade_is_no_invasion(coder):
    text = "Uruguay announced a plan to invade the islands."
    assert not any(e.event == "ASSAULT" and e.modality == "asserted"
                   for e in _candidates(coder, text))


def test_an_actor_saying_it_could_act_against_another_threatens_it(coder):
    events = _candidates(coder, "Peru said it might expel the Chilean ambassador.")
    threat = next(e for e in events if e.event == "THREATEN")
    assert threat.modality == "asserted" and _names(threat.actor) == ["Peru"]
    # an onlooker's forecast is no threat, nor a possible accusation
    for text in ("Analysts said Peru could invade the islands.",
                 "Peru said it could accuse Chile of spying."):
        assert "THREATEN" not in {e.event for e in _candidates(coder, text)}, text


def test_what_others_expect_an_actor_to_do_is_no_commitment_of_it(coder):
    events = _candidates(coder, "The Peruvian president is expected to visit Quito next week.")
    assert "AGREE" not in {e.event for e in events}
    events = _candidates(coder, "The Peruvian president will visit Quito next week.")
    assert "AGREE" in {e.event for e in events}


def test_inking_a_deal_is_signing_it(coder):
    assert "SUPPORT" in {e.event for e in _candidates(coder, "Peru and Chile inked a fishing "
                                                            "deal on Monday.")}
    assert "SUPPORT" not in {e.event for e in _candidates(coder, "The artist inked the drawings "
                                                                "on Monday.")}


@pytest.mark.parametrize(("text", "event"), [
    ("The junta promised concessions to the striking miners.", "CONCEDE"),
    ("Norway promised aid to the flood victims.", "AGREE"),
])
def test_a_promise_with_the_act_as_its_object_is_a_commitment(coder, text, event):
    promise = [e for e in _candidates(coder, text)
               if e.event == event and e.modality == "asserted" and e.event_text == "promised"]
    assert promise and promise[0].actor, [e.to_dict() for e in _candidates(coder, text)]


def test_a_promise_of_something_that_is_no_act_codes_nothing(coder):
    text = "The minister promised a reply by Friday."
    assert not [e for e in _candidates(coder, text) if e.modality == "asserted"]


def test_declining_to_act_is_a_refusal(coder):
    events = _candidates(coder, "Chile declined to send aid to the flooded provinces.")
    refusal = [e for e in events if e.event == "REJECT" and e.event_text == "declined"]
    assert refusal and refusal[0].modality == "asserted" and _names(refusal[0].actor) == ["Chile"]
    for text in ("The Chilean minister declined to comment on the report.",
                 "Copper prices declined to a two-week low."):
        assert "REJECT" not in {e.event for e in _candidates(coder, text)}, text


# Forces that move into place are deployed: the subject decides between a deployment and a
# visit or a demonstration ("troops arrived" / "the minister arrived"; "police poured into the
# square" / "protesters poured into the square"). Sentences of our own.
@pytest.mark.parametrize(("text", "event", "not_event"), [
    ("More soldiers arrived in the northern province on Tuesday.", "MOBILIZE", "CONSULT"),
    ("Hundreds of riot police poured into the central square.", "MOBILIZE", "PROTEST"),
    ("Two warships arrived off the disputed islands on Sunday.", "MOBILIZE", "CONSULT"),
    ("Thousands of troops began arriving in the border region.", "MOBILIZE", "CONSULT"),
    ("Government soldiers took up positions around the airport.", "MOBILIZE", None),
    ("The reservists were called into action over the border tensions.", "MOBILIZE", None),
    ("The trade minister arrived in Hanoi for two days of talks.", "CONSULT", "MOBILIZE"),
    ("Thousands of farmers poured into the central square.", "PROTEST", "MOBILIZE"),
])
def test_who_moves_decides_between_a_deployment_and_a_visit(coder, text, event, not_event):
    asserted = {e.event for e in _candidates(coder, text) if e.modality == "asserted"}
    assert event in asserted and not_event not in asserted, (text, asserted)


# Trade taken up again or widened between two parties is economic cooperation (CAMEO 061);
# figures that rise are not. Sentences of our own.
@pytest.mark.parametrize(("text", "counted"), [
    ("Georgia and Armenia resumed trade across the mountain pass on Monday.", True),
    ("The two neighbours expanded trade in grain and fertiliser last year.", True),
    ("Higher fuel prices boosted the value of the grain trade.", False),
    ("The island's fish exports rose sharply in May.", False),
])
def test_trade_resumed_or_widened_is_cooperation(coder, text, counted):
    found = "COOPERATE" in {e.event for e in _candidates(coder, text) if e.modality == "asserted"}
    assert found is counted, text


# A past participle describing a noun has that noun as its object: what was released, sent
# or deployed decides the entry, as a direct object does. Sentences of our own.
@pytest.mark.parametrize(("text", "event", "counted"), [
    ("The minister will travel to Oslo, said a statement released by her office.",
     "RETREAT", False),
    ("According to figures released on Tuesday, the harvest fell by a third.", "RETREAT", False),
    ("Fishermen released by the coast guard returned to their village on Sunday.",
     "RETREAT", True),
])
def test_a_participle_takes_the_noun_it_describes_as_its_object(coder, text, event, counted):
    found = event in {e.event for e in _candidates(coder, text) if e.modality == "asserted"}
    assert found is counted, text


# A noun's named modifiers may be parted by others, and exercises held with another side are
# joint ones: military cooperation (CAMEO 062), not a show of force (150).
JOINT_EXERCISES = [
    "The Thai navy conducted joint maritime training exercises off Phuket on Tuesday.",
    "Troops from Chile and Peru held joint military manoeuvres on Monday.",
    "The Thai navy held naval drills with the Indian navy on Tuesday.",
    "Polish troops joined military exercises with US forces near Gdansk.",
]


@pytest.mark.parametrize("text", JOINT_EXERCISES)
def test_exercises_held_jointly_are_cooperation(coder, text):
    events = _candidates(coder, text)
    assert "COOPERATE" in {e.event for e in events}, [(e.event, e.event_text) for e in events]
    assert "MOBILIZE" not in {e.event for e in events}


def test_exercises_of_one_side_are_a_show_of_force(coder):
    for text in ("Russia held naval exercises in the Baltic Sea on Monday.",
                 "The army held exercises with live ammunition near the border."):
        assert {e.event for e in _candidates(coder, text)} == {"MOBILIZE"}, text


def test_parted_modifiers_name_the_whole_phrase(coder):
    text = "The Thai navy conducted joint maritime training exercises off Phuket on Tuesday."
    event = next(e for e in _candidates(coder, text) if e.event == "COOPERATE")
    assert event.event_text == "joint maritime training exercises"


# An act named by a gerund is the object of a verb that ends it: stopping the fighting is a
# ceasefire (RETREAT), and agreeing to it a promised concession (CONCEDE).
def test_stopping_a_gerund_act_is_a_ceasefire(coder):
    events = _candidates(coder, "Gunmen in the hills stopped shooting on Tuesday evening.")
    assert ("RETREAT", "asserted") in {(e.event, e.modality) for e in events}
    assert ("ASSAULT", "asserted") not in {(e.event, e.modality) for e in events}


def test_agreeing_to_stop_fighting_is_a_concession(coder):
    events = _candidates(coder, "The militia agreed on Monday to stop fighting the army.")
    assert ("CONCEDE", "asserted") in {(e.event, e.modality) for e in events}
    assert ("RETREAT", "future") in {(e.event, e.modality) for e in events}


def test_going_on_with_a_gerund_act_is_no_ceasefire(coder):
    events = _candidates(coder, "The artillery kept shelling the port on Tuesday.")
    assert "RETREAT" not in {e.event for e in events}


# A concession announced with no verb of commitment is promised by the report of it: PLOVER's
# CONCEDE includes "promises of future concessions".
@pytest.mark.parametrize("text", [
    "The junta will lift the curfew in the capital on Friday.",
    "The president of Chad will make a further concession to the opposition.",
])
def test_an_announced_concession_is_a_concession(coder, text):
    events = _candidates(coder, text)
    kinds = {(e.event, e.modality) for e in events}
    assert ("CONCEDE", "asserted") in kinds and ("CONCEDE", "future") in kinds, kinds


def test_a_concession_others_expect_is_no_promise(coder):
    events = _candidates(coder, "Parliament is expected to repeal the press law next month.")
    assert ("CONCEDE", "asserted") not in {(e.event, e.modality) for e in events}
