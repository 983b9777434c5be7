"""Issue 10: fewer false events, the CAMEO root a coder would give, actors the text supports.

Every sentence here is written for the pattern it tests (none is taken from a gold set), and
the last test is what a reader checks on the bundled examples.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsevents.record import Article

ROOT = Path(__file__).resolve().parent.parent


def _events(coder, text: str, published: str = "2026-03-04") -> list:
    record = next(iter(coder.code_many([Article(id="t", text=text, published=published)])))
    return list(record.events)


def _candidates(coder, text: str, published: str = "2026-03-04") -> list:
    """Every candidate event, whatever its confidence: for tests of roles and types, which
    the cut does not decide."""
    cut, coder.min_confidence = coder.min_confidence, 0.0
    try:
        return _events(coder, text, published)
    finally:
        coder.min_confidence = cut


def _record(coder, text: str, published: str = "2026-03-04"):
    return next(iter(coder.code_many([Article(id="t", text=text, published=published)])))


def _counted(events) -> set[tuple[str, str]]:
    return {(e.event, e.cameo) for e in events if e.modality in ("asserted", "historical")}


# ------------------------------------------------------------------ statements are no deeds

@pytest.mark.parametrize("text", [
    "The interior minister rejected the accusation that his police had beaten the students.",
    "The ministry rejected allegations that it had hidden the report.",
    "The president expressed concern over the rising prices of bread.",
    "The transport minister said she agreed with the auditors that the bridge was too old.",
])
def test_statements_and_non_political_happenings_code_no_counted_event(coder, text):
    assert not _counted(_events(coder, text)), text


@pytest.mark.parametrize(("text", "event"), [
    ("Dock workers went on strike in the port on Monday.", "PROTEST"),
    ("Militants blew up a bridge on the northern highway.", "ASSAULT"),
    # agreeing on a truce promises a concession: CONCEDE (tests/test_events.py)
    ("The rebels and the army agreed with each other on a truce in the east.", "CONCEDE"),
    ("The minister admitted mistakes in the handling of the evacuation.", "CONCEDE"),
])
def test_the_act_itself_is_still_coded(coder, text, event):
    assert event in {e for e, _ in _counted(_events(coder, text))}, text


@pytest.mark.parametrize(("text", "kind"), [
    # hosting what is no visitor is no visit
    ("Jordan hosts more than a million refugees from the war next door.", "CONSULT"),
    ("The port city hosted the regional football championship last summer.", "CONSULT"),
    ("Norway hosts a large air base used by allied pilots.", "CONSULT"),
    # the aid an appeal asks for is not given
    ("The agency launched an appeal for $30 million in emergency aid for Malawi.", "AID"),
    ("The Red Cross launched an appeal for $12 million to provide shelter for flood victims.",
     "AID"),
])
def test_no_such_act_is_reported(coder, text, kind):
    assert kind not in {e for e, _ in _counted(_candidates(coder, text))}, text


def test_hosting_visitors_is_still_a_visit(coder):
    text = "The Norwegian prime minister hosted the Colombian president in Oslo on Monday."
    assert ("CONSULT", "04") in _counted(_events(coder, text))


def test_a_meeting_where_a_future_act_happens_is_future(coder):
    text = "The treaty is expected to be signed at a summit in Accra next month."
    consult = [e for e in _events(coder, text) if e.event == "CONSULT"]
    assert consult and all(e.modality == "future" for e in consult)


def test_a_meeting_where_an_act_happened_is_asserted(coder):
    text = "The two presidents signed the treaty at a summit in Accra on Monday."
    assert ("CONSULT", "04") in _counted(_events(coder, text))


def test_hosting_talks_of_others_commits_only_the_host(coder):
    text = "Qatar will host the next round of negotiations between the two sides."
    events = _events(coder, text)
    assert any(e.event == "CONSULT" and e.modality == "future" for e in events)
    agree = [e for e in events if e.event == "AGREE"]
    assert agree and all(a.text == "Qatar" for e in agree for a in e.actor), agree


def test_an_actor_holding_talks_in_future_states_an_intent(coder):
    text = "Ethiopia will hold talks with Egypt over the dam next week."
    assert ("AGREE", "03") in _counted(_events(coder, text))


def test_officials_gathering_meet_and_do_not_protest(coder):
    events = _events(coder, "Regional leaders gathered for a summit in Lusaka on Friday.")
    assert "PROTEST" not in {e.event for e in events}
    consult = [e for e in events if e.event == "CONSULT"]
    assert consult and consult[0].actor and consult[0].actor[0].text == "Regional leaders"


def test_a_crowd_gathering_still_protests(coder):
    events = _events(coder, "Hundreds of nurses gathered outside parliament on Friday.")
    assert "PROTEST" in {e.event for e in events}
    assert all(a.text != "outside parliament" for e in events for a in e.actor + e.recipient)


def test_an_event_dated_after_publication_is_future(coder):
    text = "The presidents of Ecuador and Peru meet in Lima on Thursday."  # filed on a Wednesday
    talks = [e for e in _events(coder, text, published="2026-03-04") if e.event == "CONSULT"]
    assert talks and all(e.modality == "future" for e in talks)


@pytest.mark.parametrize("text", [
    "Lawyers for the detained students said no charges had been filed.",
    "The treaty restricts fishing by foreign fleets in the strait.",
    "The new tariffs target steel and aluminium from the region.",
])
def test_participles_and_texts_are_no_acts(coder, text):
    counted = {e for e, _ in _counted(_events(coder, text))}
    assert not counted & {"COERCE", "REQUEST", "ASSAULT", "RETREAT"}, (text, counted)


def test_a_deadline_set_for_others_is_no_commitment_of_theirs(coder):
    text = "The governor set a deadline for the militia to disarm by the end of June."
    events = _events(coder, text)
    assert not any(e.event in ("AGREE", "CONCEDE") and e.modality == "asserted"
                   and any(a.text == "militia" for a in e.actor) for e in events), events


def test_a_past_clause_of_time_is_asserted_under_any_verb(coder):
    text = "The session was suspended after opposition deputies walked out of the chamber."
    walkout = [e for e in _events(coder, text) if e.event == "PROTEST"]
    assert walkout and walkout[0].modality == "asserted"


def test_an_institution_named_is_no_event(coder):
    text = "The foreign minister praised the NATO alliance and the trade pact of the bloc."
    assert not {"COOPERATE", "AGREE"} & {e for e, _ in _counted(_events(coder, text))}


def test_forming_an_alliance_is_an_event(coder):
    text = "Ghana and Togo forged an alliance against the smugglers on Monday."
    assert "AGREE" in {e for e, _ in _counted(_events(coder, text))}


# ------------------------------------------------------------------ the CAMEO root

def test_an_appeal_is_cameo_02_and_a_demand_10(coder):
    assert ("REQUEST", "02") in _counted(_events(
        coder, "The bishops urged the two parties to return to the talks."))
    assert ("REQUEST", "10") in _counted(_events(
        coder, "The strikers demanded the resignation of the mine's director."))


def test_an_appeal_for_an_act_against_someone_is_a_demand(coder):
    events = _events(coder, "The senators called for sanctions against the shipping firm.")
    assert ("REQUEST", "10") in _counted(events)


@pytest.mark.parametrize("text", [
    "The agency urged donors to release funds quickly after the government cut its budget.",
    "The senator was urged to resign by veterans protesting outside the Capitol.",
])
def test_an_act_told_around_an_appeal_is_not_what_it_asks(coder, text):
    # a clause of time or one describing a noun is the appeal's setting, not its content
    roots = {e.cameo for e in _candidates(coder, text) if e.event == "REQUEST"}
    assert roots == {"02"}, text


def test_a_stated_future_retreat_is_intent_cameo_03(coder):
    events = _events(coder, "The militia said it would withdraw its fighters from the dam.")
    assert ("CONCEDE", "03") in _counted(events)


def test_willingness_is_intent_not_the_act(coder):
    events = _events(coder,
                     "The junta is now willing to withdraw the soldiers it sent to the mines.")
    assert not any(e.event == "RETREAT" and e.modality == "asserted" for e in events)
    assert ("CONCEDE", "03") in _counted(events)


@pytest.mark.parametrize("text", [
    "The government will not lift the ban on the opposition newspaper.",
    "The kidnappers would not release the engineers without a ransom.",
])
def test_a_refusal_to_yield_is_a_rejection(coder, text):
    events = _events(coder, text)
    assert ("REJECT", "12") in _counted(events), [(e.event, e.modality) for e in events]


def test_a_refused_act_leads_with_the_refusal():
    from newsevents.eval.events import sentence_class

    class E:
        def __init__(self, event, cameo, modality, confidence):
            self.event, self.cameo = event, cameo
            self.modality, self.confidence = modality, confidence

    refusal = [E("REJECT", "12", "asserted", 0.5), E("RETREAT", "08", "negated", 0.8)]
    assert sentence_class(refusal) == 3
    assert sentence_class([E("RETREAT", "08", "negated", 0.8)]) == 2
    assert sentence_class([]) == 0


@pytest.mark.parametrize("text", [
    "Riot police fired tear gas at the farmers blocking the motorway.",
    "Soldiers dispersed the students gathered outside the radio station.",
])
@pytest.mark.xfail(strict=True, reason="crowd control keeps cameo 18 until the confidence "
                   "model is retrained (see the lexicon's note on CAMEO 175)")
def test_crowd_control_is_violent_repression_cameo_17(coder, text):
    # CAMEO 175 sits under root 17 (coerce), though PLOVER files it as ASSAULT
    assert ("ASSAULT", "17") in _counted(_events(coder, text))


@pytest.mark.parametrize("text", [
    "Copper prices rallied after the mine in the south flooded.",
    "The peso retreated against the dollar for a third day.",
    "Steel shares pulled back from their March peak.",
    "The rate cut rallied the bond markets.",
])
def test_market_moves_are_no_protest_and_no_retreat(coder, text):
    assert not _counted(_events(coder, text)) & {("PROTEST", "14"), ("RETREAT", "08")}


def test_a_thing_a_tax_is_on_is_not_its_object(coder):
    events = _candidates(coder, "The new cabinet decided to cut fuel taxes for farmers.")
    assert not any(e.event == "COERCE" for e in events)


def test_later_infinitives_of_a_request_are_requested_of_its_addressee(coder):
    # the parser hangs "release" on "urged", not on "lift"
    events = _events(coder, "Human rights groups urged the police to lift the ban on vigils, "
                            "release detained students and investigate reports of abuse.")
    asked = [e for e in events if e.event_text in ("release", "investigate")]
    assert len(asked) == 2 and all(e.modality != "asserted" for e in asked)
    assert all(a.text == "police" for e in asked for a in e.actor)


def test_the_movers_in_a_movement_nouns_of_phrase_are_its_doers(coder):
    events = _events(coder, "Manila protested to Beijing over the incursion of Chinese "
                            "maritime militia boats near the shoal.")
    incursion = [e for e in events if e.event_text == "incursion"]
    assert incursion and all({a.country for a in e.actor} == {"CHN"} for e in incursion)
    assert all(r.text != "Beijing" for e in incursion for r in e.recipient)


@pytest.mark.parametrize(("text", "trigger", "not_doer"), [
    ("The governor gave a speech after the bombing of the bus depot.", "bombing", "governor"),
    ("Prosecutors opened an inquiry into the shooting of the reporter.", "shooting",
     "Prosecutors"),
])
def test_an_event_in_a_phrase_of_a_light_verbs_object_is_not_the_verbs(coder, text, trigger,
                                                                        not_doer):
    events = _candidates(coder, text)
    found = [e for e in events if e.event_text == trigger]
    assert found and all(a.text != not_doer for e in found for a in e.actor)


def test_the_purpose_of_an_act_is_sought_not_done(coder):
    events = _events(coder, "The navy sent two frigates to escort the grain ships.")
    assert ("MOBILIZE", "15") in _counted(events)
    escort = [e for e in events if e.event_text == "escort"]
    assert all(e.modality == "hypothetical" for e in escort)


def test_a_purpose_voiced_by_the_act_is_done(coder):
    events = _events(coder, "Farmers drove their tractors into the city to protest the "
                            "new land tax.")
    assert any(e.event_text == "protest" and e.modality == "asserted" for e in events) or \
        ("PROTEST", "14") in _counted(events)


def test_a_light_verb_carries_an_event_through_what_it_counts(coder):
    events = _candidates(coder, "The militia carried out a series of raids on villages "
                                "near the border.")
    raids = [e for e in events if e.event_text == "raids"]
    assert raids and all({a.text for a in e.actor} == {"militia"} for e in raids)


def test_a_vow_to_crush_an_armed_group_is_a_threat(coder):
    events = _events(coder, "The governor vowed to crush the bandit gangs that raid the "
                            "highway.")
    assert ("THREATEN", "13") in _counted(events)


def test_a_chief_of_a_force_is_an_actor_of_it(coder):
    record = _record(coder, "The UN envoy met the army chief and the police chief in Juba.")
    sectors = {e.name: e.sector for e in record.entities}
    assert sectors.get("army chief") == "MIL" and sectors.get("police chief") == "COP"


@pytest.mark.parametrize("text", [
    "The defence minister did not rule out air strikes on the smugglers' camps.",
    "The junta refused to rule out military action against the miners.",
])
def test_not_ruling_out_force_is_a_threat_not_a_rejection(coder, text):
    events = _candidates(coder, text)
    assert ("THREATEN", "13") in _counted(events)
    assert not any(e.event == "REJECT" and e.modality == "asserted" for e in events)


def test_a_state_does_not_sanction_its_own_regime(coder):
    events = _events(coder, "Ottawa imposed new sanctions on the regime on Friday.")
    sanction = [e for e in events if e.event == "SANCTION"]
    assert sanction and all(r.country != "CAN" for e in sanction for r in e.recipient)


def test_repelling_an_attack_is_two_acts(coder):
    events = _events(coder, "The soldiers repelled an attack by the militia on the airport.")
    doers = {a.text for e in events if e.event == "ASSAULT" for a in e.actor}
    assert {"soldiers", "militia"} <= doers


def test_an_infinitive_after_a_nouns_owner_is_the_owners_act(coder):
    events = _candidates(coder, "Lawyers challenged the governor's order to deport the "
                                "Haitian workers.")
    deport = [e for e in events if e.event_text == "deport"]
    assert deport and all({a.text for a in e.actor} == {"governor"} for e in deport)
    # deporting is done to another country's people: no Haitian governor
    assert all(a.country != "HTI" for e in deport for a in e.actor)


def test_a_phrase_after_an_object_is_no_particle(coder):
    events = _events(coder, "The mayor gave a speech in front of the town hall.")
    assert not any(e.event == "CONCEDE" for e in events)
    assert ("CONCEDE", "08") in _counted(_events(
        coder, "The council finally gave in to the market traders."))


@pytest.mark.parametrize(("text", "coded"), [
    # workers calling off a strike concede; an army calling one off stops fighting
    ("The dockers' union called off the strike after a pay offer.", ("CONCEDE", "08")),
    ("The air force called off the strike on the bridge.", ("RETREAT", "08")),
    # protesters who clash with police riot; armed sides that clash fight
    ("Students clashed with riot police near the university gates.", ("PROTEST", "14")),
    ("Two rival militias clashed in the market town on Sunday.", ("ASSAULT", "19")),
    # people who rally or retreat still do (no market move)
    ("Nurses rallied outside the health ministry over unpaid wages.", ("PROTEST", "14")),
    ("The rebels retreated from the river port after the army's advance.", ("RETREAT", "08")),
])
def test_the_doers_decide_the_type(coder, text, coded):
    assert coded in _counted(_events(coder, text)), text


# ------------------------------------------------------------------ modality

def test_considering_an_act_is_no_commitment(coder):
    events = _events(coder,
                     "Ministers are still considering handing emergency funds to fishing towns.")
    assert not _counted(events)


def test_a_claim_of_ones_own_attack_is_a_claim(coder):
    events = _events(coder, "The insurgents claimed that they had attacked the garrison.")
    assert not any(e.event == "ASSAULT" and e.modality == "asserted" for e in events)


def test_an_ongoing_attack_named_in_a_purpose_clause_is_asserted(coder):
    events = _events(coder, "The town asked for generators to shield its clinics from the "
                            "continuing shelling by the rebels.")
    shelling = [e for e in events if e.event_text == "shelling"]
    assert shelling and shelling[0].modality == "asserted"


@pytest.mark.parametrize(("text", "trigger"), [
    ("Peru recalled its ambassador from Quito after a border raid killed four soldiers.",
     "killed"),
    ("The dockers ended their walkout after a forklift driver was injured at the terminal.",
     "injured"),
])
def test_a_subordinate_clause_with_its_own_subject_does_not_borrow_the_main_actor(
        coder, text, trigger):
    event = next(e for e in _events(coder, text) if e.event_text == trigger)
    assert event.actor == []


def test_a_coordinated_clause_keeps_the_actor_of_the_first(coder):
    text = "Rebel fighters shelled the airport and a drone hit the control tower on Monday."
    event = next(e for e in _events(coder, text) if e.event_text == "hit")
    assert [a.text for a in event.actor] == ["Rebel fighters"]


# ------------------------------------------------------------------ actors

@pytest.mark.parametrize(("text", "doers"), [
    ("Presidents Cyril Ramaphosa and Hakainde Hichilema met in Lusaka on Monday.",
     {"Cyril Ramaphosa", "Hakainde Hichilema"}),
    ("Kenya's interior minister Kipchumba Murkomen banned the rally in Nairobi.",
     {"Kipchumba Murkomen"}),
])
def test_a_title_parsed_as_a_second_subject_leaves_the_name_the_doer(coder, text, doers):
    events = [e for e in _events(coder, text) if e.modality == "asserted"]
    assert events and {a.text for a in events[0].actor} == doers, events


def test_a_meeting_place_hanging_off_the_one_met_is_the_meetings(coder):
    record = _record(coder, "Brazil's president met Narendra Modi in New Delhi on Monday.")
    meeting = next(e for e in record.events if e.event == "CONSULT")
    place = next(p for p in record.places if p.id == meeting.event_loc)
    assert place.text == "New Delhi"


def test_a_person_name_cut_short_by_ner_is_read_whole(coder):
    record = _record(coder, "Venezuelan opposition leader Maria Corina Machado urged "
                            "supporters to march on Saturday.")
    names = {e.name for e in record.entities if e.kind == "person"}
    assert "Maria Corina Machado" in names


def test_a_known_armed_group_ner_calls_a_place_is_no_place(coder):
    record = _record(coder, "M23 rebels seized the mining town of Rubaya on Tuesday.")
    assert "M23" not in {p.text for p in record.places}
    assert any(e.name == "M23" and e.kind == "organization" for e in record.entities)


def test_a_town_ner_calls_a_person_is_placed_by_its_appositive(coder):
    record = _record(coder, "Rebels advanced on Goma, the largest city in eastern Congo, "
                            "on Sunday.")
    goma = [p for p in record.places if p.text == "Goma"]
    assert goma and goma[0].country_code == "CD" and goma[0].lat is not None
    assert not any(e.kind == "person" and e.name == "Goma" for e in record.entities)


def test_a_name_before_region_is_a_place_not_a_person(coder):
    record = _record(coder, "Azerbaijan said its troops shelled villages in the Lachin region.")
    assert "Lachin" in {p.text for p in record.places}
    assert not any(e.kind == "person" and e.name == "Lachin" for e in record.entities)


def test_trading_accusations_has_both_sides_as_doers(coder):
    events = _events(coder, "Chad and Niger traded accusations over the border raid.")
    accuse = [e for e in events if e.event == "ACCUSE"]
    assert accuse and {a.text for a in accuse[0].actor} == {"Chad", "Niger"}


def test_a_participle_after_said_goes_with_the_report_not_the_speaker(coder):
    text = ("Gunboats rammed a fishing boat near the reef on Monday, the navy said, "
            "injuring four fishermen.")
    injuring = [e for e in _events(coder, text) if "navy" in {a.text for a in e.actor}]
    assert not injuring, injuring


def test_a_government_protesting_does_not_demonstrate(coder):
    text = "Hanoi summoned Beijing's ambassador to protest the seizure of the boat."
    assert "PROTEST" not in {e.event for e in _events(coder, text)}


def test_the_press_told_a_statement_takes_no_country_of_the_speaker(coder):
    record = _record(coder, "Iran's foreign minister told reporters in Oslo that talks "
                            "would resume.")
    press = [e for e in record.entities if e.name == "reporters"]
    assert press and press[0].country is None


def test_co_ordinated_adjectives_name_every_counterpart(coder):
    text = "The Turkish minister met his Greek and Cypriot counterparts in Athens."
    meeting = next(e for e in _events(coder, text) if e.event == "CONSULT")
    assert {r.country for r in meeting.recipient} >= {"GRC", "CYP"}, meeting.recipient


def test_a_dateline_is_no_actor(coder):
    record = _record(coder, "ADDIS ABABA, March 3 (Reuters) - Ethiopia and Eritrea traded "
                            "accusations on Tuesday.")
    assert not any(m.text == "ADDIS ABABA" for e in record.entities for m in e.mentions)
    assert "ADDIS ABABA" in {p.text for p in record.places}


@pytest.mark.parametrize("text", [
    "Tripoli (Reuters) - Libya's army and a rival militia clashed on Tuesday.",
    "Tripoli, May 12 (AFP) -- Libya's army and a rival militia clashed on Tuesday.",
])
def test_a_capitalised_dateline_with_its_agency_is_no_actor(coder, text):
    record = _record(coder, text)
    clash = next(e for e in record.events if e.event == "ASSAULT")
    assert all(m.text not in {"Reuters", "AFP", "Tripoli"} for m in clash.actor), clash.actor
    assert "army" in {m.text for m in clash.actor}
    assert "Tripoli" in {p.text for p in record.places}


def test_a_capitalised_subject_before_an_aside_is_no_dateline(coder):
    record = _record(coder, "Venezuela - the largest producer in the region - raised output.")
    assert "Venezuela" in {e.name for e in record.entities}


def test_a_far_dateline_keeps_its_point(coder):
    record = _record(coder, "GENEVA, March 3 (AFP) - Iran and the three European powers "
                            "resumed talks on Tuesday.")
    geneva = next(p for p in record.places if p.text == "GENEVA")
    assert geneva.country_code == "CH" and geneva.lat is not None


@pytest.mark.parametrize("text", [
    "Pakistan's Foreign Office criticised the visit.",
    "The foreign office in Islamabad criticised the visit.",
])
def test_another_states_or_a_common_foreign_office_is_not_britains(coder, text):
    record = _record(coder, text)
    assert "GBR" not in {e.country for e in record.entities}, record.entities


def test_a_lower_case_body_name_is_still_the_body(coder):
    record = _record(coder, "Ankara accused the european union of ignoring the refugees.")
    assert "IGO" in {r.country for e in record.events for r in e.recipient}


def test_a_participle_clause_happens_where_its_act_does(coder):
    record = _record(coder, "BAMAKO, March 3 - Gunmen attacked a checkpoint near Gao on "
                            "Sunday, killing nine soldiers.")
    gao = next(p.id for p in record.places if p.text == "Gao")
    killing = next(e for e in record.events if e.event_text == "killing")
    assert killing.event_loc == gao


def test_a_foreign_capital_speaking_twice_does_not_make_the_story_its_own(coder):
    text = ("MANAGUA, May 5 - Nicaraguan police detained a priest in the north, his parish "
            "said. The United States condemned the detention and Washington demanded his "
            "release.")
    record = _record(coder, text)
    detain = next(e for e in record.events if e.event == "COERCE")
    assert all(r.country != "USA" for r in detain.recipient), detain.recipient


def test_a_capitalised_plural_opening_a_wire_story_is_an_agent(coder):
    record = _record(coder, "LAGOS, May 5 - Gunmen kidnapped six traders on a highway "
                            "near Ibadan, police said.")
    kidnap = next(e for e in record.events if e.event == "ASSAULT")
    assert [a.text for a in kidnap.actor] == ["Gunmen"]


STORY = ("KHARTOUM, March 3 - Sudan's army shelled the market on Tuesday, and Sudan's "
         "government said the offensive would go on. An Asian diplomat said the talks had "
         "stalled. Leaders of the Gulf states urged both sides to stop. The partners condemned "
         "the shelling. Police arrested six protesters in Khartoum.")


def _entity(record, name: str):
    return next(e for e in record.entities if e.name.lower() == name.lower())


@pytest.mark.parametrize("name", ["asian diplomat", "gulf states", "partners", "leaders"])
def test_a_generic_actor_does_not_take_the_story_country(coder, name):
    assert _entity(_record(coder, STORY), name).country is None


def test_a_generic_actor_with_nothing_of_its_own_keeps_the_fallback(coder):
    assert _entity(_record(coder, STORY), "police").country == "SDN"


@pytest.mark.parametrize(("text", "name"), [
    ("Jordan Peele met the studio's lawyers on Friday.", "Jordan Peele"),
    ("Chad Smith criticised the festival organisers.", "Chad Smith"),
    ("Israel Adesanya defeated his rival in Auckland.", "Israel Adesanya"),
])
def test_a_given_name_that_is_a_country_is_a_person(coder, text, name):
    record = _record(coder, text)
    person = _entity(record, name)
    assert (person.kind, person.country) == ("person", None)
    assert not any(e.kind == "state" for e in record.entities)
    assert not any(e.office for e in record.entities)


@pytest.mark.parametrize(("text", "name"), [
    ("Norway's prime minister hosted the envoys in Oslo on Tuesday.", "envoys"),
    ("The embassy in Kabul said two of its staff were hurt.", "embassy"),
    ("Egypt said the two sides met in Cairo on Sunday.", "sides"),
    ("Shares of the carmaker fell after the company cut its forecast for India.", "company"),
    ("The pope asked for a truce in Sudan during his visit to Khartoum.", "pope"),
    ("The airline suspended its flights to Caracas until further notice.", "airline"),
])
def test_a_foreign_facing_role_does_not_take_the_country_of_its_post(coder, text, name):
    assert _entity(_record(coder, text), name).country is None


@pytest.mark.parametrize(("text", "name", "country"), [
    # Venezuela's Valencia is the larger city; the article's evidence says Spain's
    ("Floods in Valencia killed more than 200 people, Spanish officials said.", "Valencia",
     "ESP"),
    # Victoria is the capital of the Seychelles, and an Australian state beside Melbourne
    ("Police in Victoria arrested a man over the stabbing in Melbourne.", "police", "AUS"),
    # a state's name the text says is a U.S. state's, and the actors that took its country
    ("Officials in Georgia, the U.S. state, said the storm had flooded Savannah.", "Georgia",
     "USA"),
    ("Georgia's governor signed the election bill in Atlanta on Monday.", "governor", "USA"),
    ("Georgia sued the federal government over the voting law, Atlanta officials said.",
     "federal government", "USA"),
])
def test_an_actors_country_read_from_a_place_follows_the_place_the_article_means(
        coder, text, name, country):
    record = _record(coder, text)
    assert _entity(record, name).country == country


def test_an_organisation_ner_found_that_is_a_place_is_the_places_people(coder):
    # NER calls the town an organisation; the where stage reads it as the town
    record = _record(coder, "The army accused the rebels of shelling the El Fasher hospital.")
    town = _entity(record, "El Fasher")
    assert (town.kind, town.country) == ("agent", "SDN")


def test_a_city_before_a_generic_actor_gives_its_country_without_a_state_named(coder):
    record = _record(coder, "The Kharkiv administration said three people had died.")
    assert _entity(record, "administration").country == "UKR"


def test_an_unknown_body_of_a_state_takes_its_country(coder):
    # NER's span ends in "of", before the state
    record = _record(coder, "According to the Ministry of Foreign Affairs of the Republic of "
                            "Azerbaijan, the talks were postponed.")
    ministry = _entity(record, "Ministry of Foreign Affairs")
    assert (ministry.kind, ministry.country) == ("organization", "AZE")


def test_an_office_of_a_city_takes_the_city_country(coder):
    record = _record(coder, "The mayor of Los Angeles met the firefighters' union.")
    assert _entity(record, "mayor").country == "USA"


# ------------------------------------------------------------------ what a reader checks

# ------------------------------------------------------------------ meetings

@pytest.mark.parametrize(("text", "place"), [
    ("The Norwegian prime minister hosted the Sudanese envoys in Oslo on Tuesday.", "Oslo"),
    ("The emir of Qatar hosted a delegation of Afghan leaders in Doha.", "Doha"),
    ("Kenya's president received his Ugandan counterpart at the State House in Nairobi.",
     "Nairobi"),
])
def test_hosting_visitors_is_a_visit_at_the_hosts_place(coder, text, place):
    record = _record(coder, text)
    places = {p.id: p.name for p in record.places}
    visits = [e for e in record.events if e.event == "CONSULT" and e.modality == "asserted"]
    assert visits, text
    assert visits[0].mode == "visit" and visits[0].cameo == "04"
    assert places.get(visits[0].event_loc) == place, text


def test_a_visitors_home_city_is_not_where_they_are_received(coder):
    record = _record(coder, "Sudanese officials received the new Brussels team on Monday.")
    visit = next(e for e in record.events if e.event == "CONSULT")
    assert visit.mode == "visit" and visit.event_loc is None


def test_attendees_named_after_a_meeting_join_its_participants(coder):
    record = _record(coder, "The foreign ministers held talks in Geneva on Monday. The talks "
                            "were attended by Iran and Oman.")
    (meeting,) = [e for e in record.events if e.event == "CONSULT"]
    assert meeting.event_text == "held"
    assert {"Iran", "Oman"} <= {a.name for a in meeting.actor}


def test_a_future_attendance_of_another_meeting_stays_its_own_event(coder):
    record = _record(coder, "The two sides met in Doha. Egypt will attend the next summit "
                            "in Cairo.")
    met = next(e for e in record.events if e.event_text == "met")
    assert "Egypt" not in {a.name for a in met.actor}
    assert any(e.event_text == "attend" for e in record.events)


def _reader_problems(record, demonyms: dict[str, str], names: dict[str, str]) -> list[str]:
    """What contradicts the text: a person whose country is a word of their own name, an actor
    whose own words name one country while it carries another, a person with an office the
    text names neither by the person's name nor by the office, a place not in the text."""
    text = record.article.text
    problems = []
    for entity in record.entities:
        words = [w.strip(".,'’").lower() for m in entity.mentions for w in m.text.split()]
        pairs = [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]  # "South African"
        own = {demonyms.get(w) or names.get(w) for w in words + pairs} - {None}
        if entity.kind == "person" and entity.kb_id is None and entity.country in own:
            problems.append(f"{entity.name}: country {entity.country} from the name")
        if entity.kind == "agent" and len(own) == 1 and entity.country not in own | {"IGO"}:
            problems.append(f"{entity.name}: {entity.country} but the text says {own}")
        if entity.kind == "person" and entity.office:
            surname = entity.name.split()[-1].lower()
            named = surname in text.lower() or any(
                w in text.lower() for w in entity.office.lower().split() if len(w) > 3)
            if not named:
                problems.append(f"{entity.name}: office {entity.office} not in the text")
    for place in record.places:
        if text[place.start:place.end] != place.text:
            problems.append(f"place {place.text} not at its offsets")
    return problems


def test_what_a_reader_checks_on_the_bundled_examples(coder):
    from newsevents.actors import build_actor_tables
    from newsevents.read import read_inputs

    tables = build_actor_tables()
    names = {k: v.country for k, v in tables.names.items() if v.kind == "state"}
    lines = (ROOT / "examples" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    articles = [Article(**{k: v for k, v in json.loads(line).items()
                           if k in ("id", "text", "title", "published", "url")})
                for line in lines if line.strip()]
    articles += [a for a in read_inputs([str(ROOT / "examples" / "sanctions.html")])
                 if isinstance(a, Article)]
    problems = [f"{r.article.id}: {p}" for r in coder.code_many(articles)
                for p in _reader_problems(r, tables.demonyms, names)]
    assert not problems, problems


# ------------------------------------------------ disasters and accidents are no one's acts

@pytest.mark.parametrize("text", [
    "Torrential rains flooded the valley and mudslides buried dozens of homes on Friday.",
    "Flash floods killed at least 23 people in the mountain villages, officials said.",
    "A strong quake destroyed the old market and damaged two hospitals.",
    "Monsoon storms that killed nine fishermen also cut power to the port.",
    "Nineteen people were killed by a landslide near the border town.",
    "A minibus overturned on the coastal road, killing seven passengers.",
    "A passenger train derailed in the south, injuring more than 40 people.",
    "A blaze swept through the textile market, killing 14 traders.",
    "Bushfires forced the evacuation of three towns in the state.",
    "Two welders were killed in an accident at the shipyard on Monday.",
    "Five conscripts were killed in a truck crash on the way to their barracks.",
])
def test_a_disaster_or_an_accident_codes_no_attack_or_aid(coder, text):
    assert not _counted(_events(coder, text)), text


@pytest.mark.parametrize(("text", "event"), [
    ("Artillery fire killed six villagers in the district on Tuesday.", "ASSAULT"),
    ("Five conscripts were killed in an ambush on the way to their barracks.", "ASSAULT"),
    ("Fire from army helicopters destroyed the rebels' depot.", "ASSAULT"),
    ("A drone crashed into a fuel depot in the port city, killing two guards.", "ASSAULT"),
    ("Militants stormed the police station, killing four officers.", "ASSAULT"),
    ("Government troops torched the village, killing dozens of residents.", "ASSAULT"),
])
def test_an_attack_with_a_weapon_or_a_doer_stays(coder, text, event):
    assert event in {e for e, _ in _counted(_events(coder, text))}, text


def test_air_strikes_that_hit_a_city_are_no_labour_strike(coder):
    events = _events(coder, "Turkish strikes hit two villages in the north overnight, "
                            "killing eleven people.")
    assert "PROTEST" not in {e.event for e in events}
    assert "ASSAULT" in {e.event for e in events}


@pytest.mark.parametrize("text", [
    "The midfielder joined the club on a four-year contract.",
    "The pound slid against the euro after the vote.",
    "A stone bridge crosses the river below the castle.",
])
def test_a_noun_that_names_a_thing_is_no_deverbal_act(coder, text):
    assert not [e for e in _events(coder, text) if e.event == "ASSAULT"], text


def test_victims_take_the_country_of_the_place_of_the_attack(coder):
    record = _record(coder, "Russia said on Monday its forces had hit military targets. "
                            "Russian missiles struck Lviv overnight, killing four people.")
    victims = [r for e in record.events if e.event == "ASSAULT" for r in e.recipient
               if r.text == "people"]
    assert victims and all(v.country == "UKR" for v in victims), victims


@pytest.mark.parametrize("text", [
    "The civil war has displaced nearly two million people from their homes.",
    "The insurgency, now in its ninth year, has killed more than 8,000 soldiers.",
])
def test_a_wars_running_toll_is_background(coder, text):
    assert not _counted(_events(coder, text)), text


def test_one_days_fighting_toll_is_an_event(coder):
    events = _events(coder, "Fighting between the two factions killed 16 people on Sunday.")
    assert "ASSAULT" in {e for e, _ in _counted(events)}


def test_whoever_faces_a_counterpart_is_not_of_the_counterparts_country(coder):
    record = _record(coder, "In a phone call with his Qatari counterpart, the foreign minister "
                            "discussed the release of the hostages.")
    minister = [a for e in record.events for a in e.actor if a.text == "foreign minister"]
    assert minister and all(a.country != "QAT" for a in minister), minister


def test_a_visit_on_a_coming_date_in_the_present_progressive_is_future(coder):
    events = _events(coder, "The prime minister is visiting Kenya on March 12.",
                     published="2026-03-04")
    visit = [e for e in events if e.event == "CONSULT"]
    assert visit and all(e.modality == "future" and e.date == "2026-03-12" for e in visit)


def test_a_visitor_is_not_guessed_to_be_of_the_state_visited(coder):
    record = _record(coder, "Kenya will host the regional summit. The prime minister is "
                            "visiting Kenya on Friday, Kenya's foreign ministry said.")
    visitors = [a for e in record.events if e.event == "CONSULT" for a in e.actor
                if a.text == "prime minister"]
    assert visitors and all(a.country != "KEN" for a in visitors), visitors


def test_a_killing_in_an_attack_is_one_event_on_the_attacks_day(coder):
    events = _events(coder, "Insurgents killed 22 troops in an attack on a camp near the "
                            "frontier with Chad on Sunday, the army said in a statement.",
                     published="2026-03-04")
    assaults = [e for e in events if e.event == "ASSAULT"]
    assert [e.event_text for e in assaults] == ["killed"]
    assert assaults[0].date == "2026-03-01"


def test_a_verb_takes_the_day_of_the_operation_it_happened_in(coder):
    events = _events(coder, "Two policemen were wounded during a raid on a hideout on Friday.",
                     published="2026-03-04")
    wounded = [e for e in events if e.event_text == "wounded"]
    assert wounded and wounded[0].date == "2026-02-27"


def test_a_rally_on_an_anniversary_is_not_dated_by_what_it_remembers(coder):
    events = _events(coder, "Thousands rallied on Sunday on the anniversary of the massacre "
                            "in 1989.", published="2026-03-04")
    rally = [e for e in events if e.event == "PROTEST"]
    assert rally and rally[0].date == "2026-03-01" and rally[0].modality == "asserted"


def _countries(record) -> dict[str, str | None]:
    return {e.name.lower(): e.country for e in record.entities}


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Norway, a close ally of Estonia, sent two frigates.", "close ally", "NOR"),
    ("Ghana's neighbour, Togo, shut its land borders.", "neighbour", "TGO"),
    ("Togo, Ghana's neighbour, shut its land borders.", "neighbour", "TGO"),
    ("Cuba's allies in the region denounced the blockade.", "allies", None),
])
def test_an_ally_or_a_neighbour_of_a_state_is_not_that_state(coder, text, name, country):
    assert _countries(_record(coder, text)).get(name) == country


def test_people_from_a_province_are_of_its_country(coder):
    record = _record(coder, "Farmers from Punjab province blocked the motorway to Lahore "
                            "on Monday.")
    assert _countries(record).get("farmers") == "PAK"


def test_the_ministry_and_its_forces_are_of_the_ministry_named_before(coder):
    record = _record(coder, "KYIV, May 2 - Drones hit a power plant in the east of Ukraine, "
                            "Ukrainian officials said. The Russian defence ministry said on "
                            "its channel that it had hit energy sites. Ukraine's police said "
                            "nine people were hurt. The ministry said that its forces had "
                            "struck only military targets.", published="2026-05-02")
    countries = {(m.text, e.country) for e in record.entities for m in e.mentions
                 if m.text in ("ministry", "forces")}
    assert countries == {("ministry", "RUS"), ("forces", "RUS")}, countries


def test_receiving_a_titled_visitor_by_name_is_a_visit(coder):
    events = _events(coder, "The emir received the Italian defence minister Paolo Verdi "
                            "at his palace in Doha on Sunday.")
    visits = [e for e in events if e.event == "CONSULT"]
    assert visits and visits[0].mode == "visit"
    assert [r.text for r in visits[0].recipient] == ["Paolo Verdi"]


@pytest.mark.parametrize("text", [
    "The rebels announced the suspension of the truce with the army on Friday.",
    "Both sides reported a breach of the ceasefire near the airport.",
    "The collapse of the talks in Geneva left the two delegations without a deal.",
])
def test_what_is_ended_or_broken_is_not_reported_as_happening(coder, text):
    events = _events(coder, text)
    assert not [e for e in events if e.event in ("RETREAT", "CONSULT", "CONCEDE")
                and e.event_text in ("truce", "ceasefire", "talks")], text


@pytest.mark.parametrize("text", [
    "Any incursion will be met with force, the general said.",
    "The new tax was met with anger in the provinces.",
])
def test_being_met_with_a_response_is_no_meeting(coder, text):
    assert "CONSULT" not in {e.event for e in _events(coder, text)}, text


def test_being_met_by_an_official_is_still_a_meeting(coder):
    events = _events(coder, "The visiting premier was met by the foreign minister at the "
                            "airport on Monday.")
    assert "CONSULT" in {e.event for e in events}


@pytest.mark.parametrize(("text", "event"), [
    ("North Korea is prepared to attack South Korea, state media said.", "THREATEN"),
    ("The rebels are willing to free the hostages, a spokesman said.", "CONCEDE"),
])
def test_a_stated_readiness_is_an_intent(coder, text, event):
    assert event in {e for e, _ in _counted(_events(coder, text))}, text


def test_someone_on_a_visit_is_visiting_the_place_it_is_to(coder):
    record = _record(coder, "Prime Minister Anna Berg, who is on a visit to Nairobi, said "
                            "trade would grow.")
    visits = [e for e in record.events if e.event == "CONSULT"]
    assert visits and [a.text for a in visits[0].actor] == ["Anna Berg"]
    places = {p.id: p.name for p in record.places}
    assert places.get(visits[0].event_loc) == "Nairobi"


def test_a_meeting_during_a_visit_is_where_the_visit_is(coder):
    record = _record(coder, "During her visit to Accra on Tuesday, the minister met "
                            "farmers' leaders.")
    met = [e for e in record.events if e.event_text == "met"]
    places = {p.id: p.name for p in record.places}
    assert met and places.get(met[0].event_loc) == "Accra" and met[0].date == "2026-03-03"


@pytest.mark.parametrize(("text", "trigger", "actors", "recipients"), [
    ("Soldiers entered the village and were ambushed.", "ambushed", [], ["Soldiers"]),
    ("Three reporters were arrested and beaten by police.", "beaten", ["police"],
     ["reporters"]),
    ("Mexico said it would respond if it is attacked.", "attacked", [], []),
])
def test_a_passive_verb_does_not_take_the_first_verbs_doer(coder, text, trigger, actors,
                                                          recipients):
    found = [e for e in _candidates(coder, text) if e.event_text == trigger]
    assert found, text
    assert [a.text for a in found[0].actor] == actors
    assert [r.text for r in found[0].recipient] == recipients


def test_a_pronoun_it_is_no_person_before_it(coder):
    events = _events(coder, "Erdogan threatened Finland with a veto if it does not extradite "
                            "the wanted activists.")
    handover = [e for e in events if e.event_text == "extradite"]
    assert handover and all("Erdogan" not in [a.text for a in e.actor] for e in handover)


@pytest.mark.parametrize("text", [
    "The foreign minister offered condolences over a bombing at a market that killed 17 "
    "shoppers.",
    "The envoy voiced deep concern about the renewed shelling of the border villages.",
    "The emir sent a sympathy message to the president following the ambush in the north.",
    "The emir sent a message of sympathy to the president following the ambush in the north.",
    "A separatist group claimed responsibility for the blast that killed nine soldiers.",
    "The mayor sent condolences to the relatives of the workers who were killed in a bombing "
    "at the depot.",
    "Western diplomats remain wary of the junta's release of two opposition leaders.",
    "Exiled dissidents are skeptical about the army's pullout from the northern districts.",
])
def test_what_a_feeling_is_about_is_a_statements_topic(coder, text):
    assert not _counted(_events(coder, text)), text


def test_an_act_told_beside_a_feeling_is_still_reported(coder):
    events = _events(coder, "The minister voiced concern after police detained 20 students "
                            "in the capital.")
    assert "COERCE" in {e for e, _ in _counted(events)}


@pytest.mark.parametrize("text", [
    "The general rejected the accusation he ordered the shelling of the camp.",
    "The ministry denied charges it ran a militia that killed local officials.",
    "The government dismissed accusations of torture in its prisons.",
    "The junta rejected accusations by rights groups that its soldiers were guilty of "
    "burning villages.",
])
def test_a_denied_allegation_and_what_it_alleges_are_no_reported_events(coder, text):
    events = _events(coder, text)
    assert not [e for e in events if e.modality in ("asserted", "historical", "negated")
                and e.event in ("ASSAULT", "COERCE", "ACCUSE")], text


@pytest.mark.parametrize("text", [
    "Norway reduced its development aid to the government after the coup.",
    "The agency suspended fuel supplies to the northern province.",
    "Donors scaled back aid to the ministry over corruption.",
])
def test_reducing_or_stopping_aid_is_a_sanction(coder, text):
    assert ("SANCTION", "16") in _counted(_events(coder, text)), text


@pytest.mark.parametrize(("text", "speaker", "addressee"), [
    ("Egypt said on Monday that Ethiopia must stop filling the dam.", "Egypt", "Ethiopia"),
    ("The envoy told reporters that the junta must free all political prisoners.", "envoy",
     "junta"),
])
def test_saying_another_must_act_is_a_demand(coder, text, speaker, addressee):
    demands = [e for e in _events(coder, text) if (e.event, e.cameo) == ("REQUEST", "10")]
    assert demands, text
    assert [a.text for a in demands[0].actor] == [speaker]
    assert [r.text for r in demands[0].recipient] == [addressee]


@pytest.mark.parametrize("text", [
    "The prime minister said his government must cut spending.",
    '"Peru must now defend its fishing grounds," the Peruvian foreign minister said.',
])
def test_saying_one_must_act_oneself_is_no_demand(coder, text):
    events = _candidates(coder, text)
    assert not [e for e in events if e.event == "REQUEST"], text


@pytest.mark.parametrize(("text", "event", "recipient"), [
    ("Japan provided the coast guard with six patrol vehicles and radios.", "AID",
     "coast guard"),
    ("The alliance supplied the army with rifles and ammunition.", "AID", "army"),
    ("Canada provided counter-terrorism training to the Malian army.", "COOPERATE",
     "Malian army"),
])
def test_giving_someone_something_with_is_aid(coder, text, event, recipient):
    found = [e for e in _events(coder, text) if e.event == event]
    assert found and recipient in [r.text for r in found[0].recipient], text


@pytest.mark.parametrize(("text", "event"), [
    ("The president announced a three-day cease-fire with the rebels on Sunday.", "CONCEDE"),
    ("Egypt and Greece staged joint war games in the Mediterranean in May.", "COOPERATE"),
    ("Iran held naval war games in the Gulf on Friday.", "MOBILIZE"),
])
def test_hyphenated_and_two_word_event_nouns(coder, text, event):
    assert event in {e for e, _ in _counted(_events(coder, text))}, text


def test_a_mediation_effort_is_the_mediators_with_the_parties_as_recipients(coder):
    events = _events(coder, "Oman launched a mediation effort between Yemen's warring "
                            "factions on Tuesday.")
    mediation = [e for e in events if e.event == "CONSULT"]
    assert mediation and [a.text for a in mediation[0].actor] == ["Oman"]


def test_offering_to_send_troops_to_help_is_an_offer_not_a_threat(coder):
    counted = _counted(_events(coder, "Rwanda offered to send troops to help the "
                                      "Mozambican army."))
    assert ("AGREE", "03") in counted and "THREATEN" not in {e for e, _ in counted}


def test_holding_people_as_human_shields_is_an_assault_on_them(coder):
    events = _events(coder, "The militia held hundreds of villagers as human shields in "
                            "the old town.")
    shields = [e for e in events if e.event == "ASSAULT"]
    assert shields and [r.text for r in shields[0].recipient] == ["villagers"]


def test_troops_that_remain_on_alert_are_the_alerts_doers(coder):
    events = _candidates(coder, "Border troops remained on alert after the clashes.")
    alert = [e for e in events if e.event == "MOBILIZE"]
    assert alert and [a.text for a in alert[0].actor] == ["Border troops"]


@pytest.mark.parametrize(("text", "absent"), [
    ("Ethiopia's Tigist Assefa won the Berlin marathon in record time.", "DEU"),
    ("Madrid Fuentes, a local singer, opened the festival.", "ESP"),
    ("Delegates praised the Paris agreement on climate at the meeting.", "FRA"),
])
def test_a_capital_that_names_a_thing_is_no_government(coder, text, absent):
    assert absent not in {e.country for e in _record(coder, text).entities}, text


def test_a_capitals_officials_are_still_its_government(coder):
    record = _record(coder, "Ankara officials rejected the proposal on Monday.")
    assert "TUR" in {e.country for e in record.entities}


def test_a_state_of_emergency_is_no_state(coder):
    events = _events(coder, "The president declared a state of emergency in three provinces.")
    assert all(r.text != "state" for e in events for r in e.recipient)


def test_foreign_nationals_are_people_of_their_country_not_its_state(coder):
    events = _events(coder, "Three Iranian nationals were detained at the airport.")
    detained = [r for e in events if e.event == "COERCE" for r in e.recipient]
    assert detained and detained[0].text == "Iranian nationals" and detained[0].country == "IRN"


def test_test_fired_missiles_are_a_show_of_force(coder):
    events = _events(coder, "The North test-fired three cruise missiles into the sea on "
                            "Sunday, the army said.")
    assert ("MOBILIZE", "15") in _counted(events)


def test_the_purpose_of_a_blockade_is_not_blocked(coder):
    events = _events(coder, "Farmers blocked the motorway to protest against low prices.")
    assert all(e.modality != "negated" for e in events)


@pytest.mark.parametrize("text", [
    "Japan is sending food aid to the flooded provinces.",
    "The agency is providing shelter to 40,000 displaced families in the east.",
])
def test_a_present_progressive_act_with_a_destination_is_going_on(coder, text):
    events = [e for e in _events(coder, text) if e.event == "AID"]
    assert events and events[0].modality == "asserted", text


def test_deploying_peacekeeping_forces_is_peacekeeping(coder):
    events = _events(coder, "Ghana deployed 400 peacekeeping troops to South Sudan.")
    assert ("AID", "07") in _counted(events)


def test_a_participants_history_in_a_relative_clause_is_background(coder):
    events = _events(coder, "The reporter, who was kidnapped by gunmen in 2016, received a "
                            "prize on Monday.", published="2026-03-04")
    assert not [e for e in events if e.event == "ASSAULT"]


def test_a_historical_event_told_as_such_is_still_coded(coder):
    events = _events(coder, "The army seized power in a coup in 2021.", published="2026-03-04")
    assert [e for e in events if e.modality == "historical"]


# An act named as what may come ("the possibility of", "fears of", "the prospect of") is no
# act that came. Sentences of our own.
@pytest.mark.parametrize(("text", "event"), [
    ("The minister raised the possibility of sanctions against the neighbouring state.",
     "SANCTION"),
    ("Residents fled the valley amid fears of an attack by the militia.", "ASSAULT"),
    ("The prospect of a strike by dock workers worried the exporters.", "PROTEST"),
])
def test_an_act_that_may_come_is_not_asserted(coder, text, event):
    assert event not in {e for e, _ in _counted(_events(coder, text))}, text


def test_an_act_in_an_of_phrase_of_another_noun_is_still_asserted(coder):
    text = "The report described the shelling of the market by the rebels."
    assert "ASSAULT" in {e for e, _ in _counted(_events(coder, text))}


# What one is told, persuaded or struggles to do is asked of them, not done; "hopes to" is an
# intent (the lemmatiser makes "hopes" "hop"). Sentences of our own.
@pytest.mark.parametrize(("text", "event"), [
    ("The cabinet told the northern militia to withdraw its fighters from the dam.", "RETREAT"),
    ("Washington has struggled to persuade its partners to cut off aid to the junta.",
     "SANCTION"),
    ("The council tried to convince the strikers to release the hostages.", "RETREAT"),
    ("Lisbon hopes to strengthen ties with the island state.", "SUPPORT"),
])
def test_an_act_someone_is_told_or_persuaded_to_do_is_not_asserted(coder, text, event):
    assert event not in {e for e, _ in _counted(_events(coder, text))}, text


def test_telling_reporters_what_happened_still_reports_it(coder):
    text = "The governor told reporters that the militia had withdrawn its fighters from the dam."
    assert "RETREAT" in {e for e, _ in _counted(_events(coder, text))}


# "Called off" a search is no appeal; "called out" a government for something is criticism.
def test_calling_off_or_calling_out_is_no_appeal(coder):
    off = _events(coder, "The premier called off the search for the missing ferry on Sunday.")
    assert "REQUEST" not in {e for e, _ in _counted(off)}
    out = _events(coder, "The senator called out the Kremlin for its treatment of reporters.")
    assert {e for e, _ in _counted(out)} == {"ACCUSE"}


# An infinitive that completes an agreement is what its parties commit to; one that completes
# an opportunity may happen; one that completes a failure or a refusal did not. Our sentences.
@pytest.mark.parametrize(("text", "event"), [
    ("The army and the insurgents reached an accord to end the border war.", "RETREAT"),
    ("Nurses will have the opportunity to go on strike next spring.", "PROTEST"),
    ("The tribunal criticised the ministry's failure to compensate the flood victims.", "AID"),
])
def test_an_act_an_agreement_commits_to_or_an_opportunity_offers_is_not_asserted(coder, text,
                                                                                  event):
    assert event not in {e for e, _ in _counted(_events(coder, text))}, text


def test_an_opportunity_taken_is_an_act_done(coder):
    doc = coder.nlp(coder.make_doc(Article(
        id="t", text="The senator took the opportunity to criticise the minister's handling "
                     "of the strike.")))
    criticise = [m for m in doc._.events if m.trigger.event == "ACCUSE"]
    assert criticise and criticise[0].modality == "asserted"


# A warning is a threat when what it warns of is an act against someone; a forecast or an
# alert is a statement. Sentences of our own.
@pytest.mark.parametrize("text", [
    "The health agency warned that the fever is spreading faster in the delta.",
    "Analysts cautioned that the new bridge will cost far more than planned.",
    "Relief agencies warned of hunger in the flooded districts on Friday.",
    "The central bank warned about the risks of rising household debt.",
    "The charity warned that measles could spread through camps of people who fled fighting "
    "in the south.",
])
def test_a_warning_of_what_will_happen_is_no_threat(coder, text):
    assert "THREATEN" not in {e for e, _ in _counted(_events(coder, text))}, text


@pytest.mark.parametrize("text", [
    "The insurgents warned that the convoys would be attacked if they crossed the river.",
    "The general warned that his troops would strike the camps across the border.",
    "The minister warned the neighbours against arming the militia.",
    "The envoy warned that the consequences would be severe if the blockade continued.",
    "The guerrillas warned they might resume attacks on the pipelines.",
    "The militia warned of fresh attacks on the northern garrisons.",
    "The admiral warned of a forceful response to any blockade of the strait.",
])
def test_a_warning_of_an_act_against_someone_is_a_threat(coder, text):
    assert "THREATEN" in {e for e, _ in _counted(_events(coder, text))}, text


# What is asked in return for something, or awaited ("pending"), has not happened; calling
# up volunteers is a mobilisation, not an appeal; raising readiness is. Our own sentences.
@pytest.mark.parametrize(("text", "event"), [
    ("The junta offered elections in exchange for the release of its officers.", "RETREAT"),
    ("The council offered a pay rise in return for an end to the strike.", "PROTEST"),
    ("The new curfew was put on hold pending an inquiry by the ombudsman.", "ACCUSE"),
])
def test_what_is_asked_in_return_or_awaited_is_not_asserted(coder, text, event):
    assert event not in {e for e, _ in _counted(_events(coder, text))}, text


@pytest.mark.parametrize("text", [
    "The defence ministry called up two thousand volunteers for the border brigades.",
    "The navy is increasing its readiness along the southern coast.",
])
def test_calling_up_volunteers_or_raising_readiness_is_a_mobilisation(coder, text):
    assert {e for e, _ in _counted(_events(coder, text))} == {"MOBILIZE"}, text


# "Strike" alone: a stoppage of workers, or an attack of a state's forces or in a text that
# tells of air or drone strikes. Sentences of our own.
@pytest.mark.parametrize("text", [
    "A drone strike hit a convoy near the pass on Monday. The strike took place at dawn.",
    "Coalition strikes on the rebel depots continued overnight. The strikes set fuel tanks "
    "ablaze.",
    "Israeli strikes were reported in the south of the city on Sunday.",
])
def test_a_strike_in_a_text_of_military_strikes_is_no_stoppage(coder, text):
    assert "PROTEST" not in {e.event for e in _events(coder, text)}, text


@pytest.mark.parametrize("text", [
    "Bus drivers went on strike on Monday. The strike ended after two days.",
    "A strike by dock workers closed the port. Air strikes hit the rebel town the same day.",
    "The teachers' strike entered its third week.",
])
def test_a_strike_of_workers_stays_a_stoppage(coder, text):
    strikes = [e for e in _events(coder, text) if e.event_text.lower() == "strike"]
    assert strikes and {e.event for e in strikes} == {"PROTEST"}, text


# What a lifting, an easing or a release undoes came about before: the participle that tells
# how ("imposed", "taken") is background to the report. Sentences of our own.
@pytest.mark.parametrize(("text", "event"), [
    ("The cabinet lifted the curfew imposed on the port city last month.", "COERCE"),
    ("The traders called for the lifting of the arms embargo imposed in 2019.", "SANCTION"),
])
def test_how_what_is_undone_came_about_is_background(coder, text, event):
    assert event not in {e for e, _ in _counted(_events(coder, text))}, text


@pytest.mark.parametrize("text", [
    "Police arrested two men wounded in the clashes at the stadium.",
    "The marines freed the hostages taken by the pirates.",  # violence is told wherever told
])
def test_a_participle_that_tells_of_violence_or_beside_no_undoing_is_reported(coder, text):
    assert "ASSAULT" in {e for e, _ in _counted(_events(coder, text))}, text


# Unions that call a strike stage it (CAMEO 143); calling for one is an appeal. Our sentences.
def test_calling_a_strike_is_a_strike_and_calling_for_one_an_appeal(coder):
    called = _events(coder, "The miners' union called a two-day stoppage on Thursday.")
    assert {e for e, _ in _counted(called)} == {"PROTEST"}
    asked = _events(coder, "The miners' union called for a stoppage on Thursday.")
    assert {e for e, _ in _counted(asked)} == {"REQUEST"}


def test_telling_a_states_forces_to_act_reports_the_act(coder):
    # as "ordered the army to deploy" does (modality._orders_forces); our own sentence
    doc = coder.nlp(coder.make_doc(Article(
        id="t", text="The governor told the police to deploy extra patrols around the port.")))
    deploy = [m for m in doc._.events if m.token.lower_ == "deploy"]
    assert deploy and deploy[0].modality == "asserted"


# --- a plot foiled is no one's deed; a plan is its maker's -----------------------------


@pytest.mark.parametrize("text", [
    "Detectives foiled a plot to bomb a shopping centre in Hamburg.",
    "Investigators uncovered a plot to assassinate the governor.",
])
def test_a_foiled_or_uncovered_plot_is_sought_and_not_by_the_police(coder, text):
    attack = next(e for e in _candidates(coder, text) if e.event == "ASSAULT")
    assert attack.modality == "hypothetical"
    assert not attack.actor, attack.actor


def test_a_plan_unveiled_is_its_makers(coder):
    text = "The ruling council unveiled a plan to annex the disputed district."
    seizure = next(e for e in _candidates(coder, text) if e.event == "COERCE")
    assert seizure.modality == "future"
    assert {m.text for m in seizure.actor} == {"ruling council"}, seizure.actor


def test_an_order_given_is_not_its_givers_to_carry_out(coder):
    text = "The colonel gave the order to shell the village."
    shelling = next(e for e in _candidates(coder, text) if e.event == "ASSAULT")
    assert shelling.modality == "hypothetical" and not shelling.actor


# --- kept from doing: the object would have done it, and did not ----------------------


@pytest.mark.parametrize(("text", "doers"), [
    # who is kept from an act would have done it, and did not
    ("Riot police prevented the demonstrators from storming the ministry.", {"demonstrators"}),
    ("The authorities barred the opposition party from holding rallies in the capital.",
     {"opposition party"}),
    # no intention or no plan is a negation
    ("The colonel said his men had no intention of storming the town hall.", None),
    ("The ministry said it had no plans to deploy troops to the border.", None),
])
def test_an_act_kept_from_or_disowned_is_negated(coder, text, doers):
    acts = [e for e in _candidates(coder, text) if e.event in ("ASSAULT", "PROTEST", "MOBILIZE")]
    assert acts and all(e.modality == "negated" for e in acts), acts
    assert doers is None or all({m.text for m in e.actor} == doers for e in acts), acts


def test_attacks_kept_up_are_the_subjects(coder):
    text = "The insurgents kept up their attacks on the garrison."
    attack = next(e for e in _events(coder, text) if e.event == "ASSAULT")
    assert {m.text for m in attack.actor} == {"insurgents"}


# --- Brussels acting is the EU; its police and mayor are the city's ---------------------


def test_brussels_acting_is_the_eu_and_keeps_its_point(coder):
    record = _record(coder, "Brussels imposed new sanctions on the junta's leaders.")
    eu = next(e for e in record.entities if e.mentions[0].text == "Brussels")
    assert (eu.country, eu.igo) == ("IGO", "EU")
    assert eu.lat is not None and abs(eu.lat - 50.85) < 0.5


@pytest.mark.parametrize(("text", "country", "igo"), [
    ("Brussels negotiators met the rebel leaders in Doha.", "IGO", "EU"),
    ("Brussels police detained four fans after the match.", "BEL", None),
    ("The Brussels mayor closed the market after the riot.", "BEL", None),
])
def test_a_brussels_role_is_the_eus_or_the_citys(coder, text, country, igo):
    record = _record(coder, text)
    agent = next(e for e in record.entities if e.kind == "agent")
    assert (agent.country, agent.igo) == (country, igo), agent


def test_in_brussels_is_a_place(coder):
    record = _record(coder, "The ministers met in Brussels on Monday.")
    assert "Brussels" in {p.text for p in record.places}
    assert not any(e.igo == "EU" for e in record.entities)


def test_an_igo_building_stands_for_its_body(coder):
    record = _record(coder, "The Berlaymont rejected the request on Friday.")
    assert any(e.igo == "EC" for e in record.entities)


def test_co_ordinated_adjectives_of_an_agent_give_each_country_its_actor(coder):
    text = "Kenyan and Ethiopian negotiators met the rebel commanders in Nairobi."
    meeting = next(e for e in _events(coder, text) if e.event == "CONSULT")
    assert {m.country for m in meeting.actor} == {"KEN", "ETH"}, meeting.actor


@pytest.mark.parametrize("text", [
    "Italian police arrested six smugglers in Sicily. The navy rescued 80 migrants off "
    "Lampedusa on Sunday.",
    "Italian police arrested six smugglers in Sicily. The navy rescued 80 refugees off "
    "Lampedusa on Sunday.",
])
def test_people_on_the_move_take_no_guessed_country(coder, text):
    rescue = next(e for e in _events(coder, text) if e.event == "AID")
    assert rescue.recipient and all(m.country is None for m in rescue.recipient)


def test_other_countries_are_not_the_storys_own(coder):
    text = ("Somali police arrested 14 suspects in Mogadishu. The president asked other "
            "countries to send more troops.")
    asked = [e for e in _candidates(coder, text) if e.event in ("REQUEST", "MOBILIZE")]
    parties = [m for e in asked for m in (*e.actor, *e.recipient) if "countries" in m.text]
    assert parties and all(m.country is None for m in parties)


@pytest.mark.parametrize(("text", "kind", "country"), [
    ("Norway announced new humanitarian aid for Yemen on Monday.", "AID", "YEM"),
    ("The Canadian government voiced strong support for Moldova.", "SUPPORT", "MDA"),
    ("Norway pledged new humanitarian aid for Yemen on Monday.", "AGREE", "YEM"),
])
def test_who_aid_or_support_is_for_is_its_recipient(coder, text, kind, country):
    event = next(e for e in _candidates(coder, text) if e.event == kind and e.recipient)
    assert {m.country for m in event.recipient} == {country}




@pytest.mark.parametrize(("text", "country"), [
    ("South African police detained six miners near Rustenburg.", "ZAF"),
    ("North Korean soldiers crossed the demarcation line on Tuesday.", "PRK"),
])
def test_a_two_word_demonym_gives_its_country(coder, text, country):
    record = _record(coder, text)
    agent = next(e for e in record.entities if e.kind == "agent")
    assert agent.country == country, agent


def test_the_country_is_the_state_named_before_it(coder):
    text = "Chile recalled its envoy on Monday. The country also expelled three Bolivian officials."
    expulsion = next(e for e in _events(coder, text) if e.event == "SANCTION"
                     and e.event_text == "expelled")
    assert {m.country for m in expulsion.actor} == {"CHL"}


def test_the_country_after_two_states_is_neither(coder):
    text = "Chile and Bolivia held talks on Monday. The country also expelled three diplomats."
    expulsion = next(e for e in _candidates(coder, text) if e.event_text == "expelled")
    assert all(m.country is None for m in expulsion.actor), expulsion.actor


def test_talks_expected_to_resume_are_to_come(coder):
    text = "Talks between the two governments are expected to resume in Oslo next month."
    talks = next(e for e in _candidates(coder, text) if e.event == "CONSULT")
    assert talks.modality == "future"


def test_welcoming_a_visitor_is_hosting_a_visit(coder):
    text = "The Ghanaian president welcomed his Togolese counterpart in Accra on Monday."
    visit = next(e for e in _events(coder, text) if e.event == "CONSULT")
    assert visit.mode == "visit" and {m.country for m in visit.recipient} == {"TGO"}
    assert not any(e.event == "SUPPORT" for e in _events(coder, text))


def test_welcoming_a_decision_is_support(coder):
    text = "The union welcomed the court's decision on pensions."
    assert any(e.event == "SUPPORT" for e in _candidates(coder, text))


def test_a_title_shared_by_listed_countries_is_each_countrys(coder):
    text = "The Kenyan and Tanzanian foreign ministers met in Arusha on Monday."
    meeting = next(e for e in _events(coder, text) if e.event == "CONSULT")
    assert {m.country for m in meeting.actor} == {"KEN", "TZA"}, meeting.actor


def test_a_purpose_is_pursued_where_its_act_goes(coder):
    record = _record(coder, "Thousands of truckers drove their lorries into Ottawa on "
                            "Saturday to protest against vaccine rules.")
    protest = next(e for e in record.events if e.event == "PROTEST")
    place = next(p for p in record.places if p.id == protest.event_loc)
    assert place.text == "Ottawa"


def test_a_for_phrase_naming_an_act_names_no_recipient(coder):
    text = "The two sides reached a deal for the release of the hostages."
    deal = next(e for e in _candidates(coder, text) if e.event == "AGREE")
    assert not deal.recipient, deal.recipient


# A quantifier takes a share of what its "of" phrase names: the phrase's noun is the object
# that decides the reading, as with "thousands of troops".
def test_a_share_of_the_demands_is_a_concession(coder):
    text = "The government agreed on Monday to most of the demands of the striking nurses."
    assert "CONCEDE" in {e.event for e in _candidates(coder, text)}


def test_a_share_of_the_tanks_is_a_deployment_of_weapons(coder):
    text = "The army deployed many of its tanks to the northern border on Sunday."
    assert "weapons" in {e.mode for e in _candidates(coder, text) if e.event == "MOBILIZE"}


# An attack by hackers or on a computer network, or named "cyber", is coercion by cyber means
# (PLOVER COERCE cyber), no assault; rebels attacking a post still assault it.
@pytest.mark.parametrize("text", [
    "A cyber-attack hit the finance ministry of Moldova on Monday.",
    "Hackers attacked the computer network of the central bank on Monday.",
    "Unknown hackers targeted the website of the electoral commission.",
])
def test_attacks_on_computers_are_cyber_coercion(coder, text):
    kinds = {(e.event, e.mode) for e in _candidates(coder, text)}
    assert ("COERCE", "cyber") in kinds and "ASSAULT" not in {k for k, _ in kinds}, kinds


def test_rebels_attacking_a_post_assault_it(coder):
    events = _candidates(coder, "Rebels attacked an army post near Goma on Monday.")
    assert {e.event for e in events} == {"ASSAULT"}


def test_the_forces_a_state_sends_are_its_own(coder):
    record = _record(coder, "The Italian government said on Monday it would send 300 more "
                            "soldiers to Niger.")
    soldiers = next(e for e in record.entities if "soldiers" in e.name)
    assert soldiers.country == "ITA"


@pytest.mark.parametrize(("text", "word", "modality"), [
    # an order of an act of state is the act; an order to someone else is asked
    ("The junta ordered the expulsion of the Danish envoy.", "expulsion", "asserted"),
    ("The tribunal ordered the ministry to release the detainees.", "release", "hypothetical"),
    # the purpose of a planned act is planned (not the intent derived from it)
    ("The foreign minister will fly to Tokyo on Friday to meet Japanese officials.", "meet",
     "future"),
    # "until" on an act not done is its condition; on an act done, it reports what happened
    ("Ottawa said it would not resume aid until the junta released the prisoners.",
     "released", "hypothetical"),
    ("The shelling continued until the rebels withdrew from the ridge.", "withdrew",
     "asserted"),
])
def test_the_modality_a_clause_gives_its_act(coder, text, word, modality):
    act = next(e for e in _candidates(coder, text) if e.event_text == word
               and e.event != "AGREE")
    assert act.modality == modality, (text, act)


@pytest.mark.parametrize("text", [
    "Kenya is sending 400 soldiers to the African Union peacekeeping force in Somalia.",
    "Two hundred Nepalese troops arrived in Juba on Friday to join the peacekeeping mission.",
    "Fiji announced the deployment of 150 soldiers to Lebanon on a peacekeeping mission.",
])
def test_troops_sent_to_keep_the_peace_are_protection_not_a_show_of_force(coder, text):
    counted = _counted(_events(coder, text))
    assert ("AID", "07") in counted and "MOBILIZE" not in {e for e, _ in counted}, text


def test_troops_sent_near_attacked_peacekeepers_are_still_a_deployment(coder):
    text = "The army deployed tanks near the camp where rebels had attacked peacekeepers."
    assert "MOBILIZE" in {e for e, _ in _counted(_events(coder, text))}


@pytest.mark.parametrize(("text", "event"), [
    ("The families made a plea for the release of the hostages.", "RETREAT"),
    ("The opposition renewed its call for talks with the army.", "CONSULT"),
    ("The UN agency launched an appeal for food aid for the flood victims.", "AID"),
])
def test_what_a_noun_of_asking_asks_for_is_not_done(coder, text, event):
    asked = [e for e in _candidates(coder, text) if e.event == event]
    assert asked and all(e.modality == "hypothetical" for e in asked), text


@pytest.mark.parametrize("text", [
    "The president urged Ankara to exercise caution.",
    "The envoy urged caution over the plan to build the dam.",
    # asked to help with an act: an appeal for aid, not a demand
    "Latvia asked its allies to help patrol the Baltic coast.",
])
def test_an_appeal_for_prudence_or_help_is_cameo_02(coder, text):
    events = _candidates(coder, text)
    assert {e.cameo for e in events if e.event == "REQUEST"} == {"02"}, text
    assert "THREATEN" not in {e.event for e in events}, text


def test_a_sum_given_in_aid_is_still_aid(coder):
    text = "Japan gave $30 million in emergency aid to Malawi."
    assert "AID" in {e for e, _ in _counted(_events(coder, text))}


@pytest.mark.parametrize(("text", "kind"), [
    # an announced appeal is no threat
    ("Scholz told reporters he will seek support from Paris for the new budget rules.",
     "THREATEN"),
    ("The Kenyan president said on Monday that he would seek help from Ethiopia to secure the "
     "border.", "THREATEN"),
    ("Macron said he would call on the Security Council to impose sanctions on the junta.",
     "THREATEN"),
    # a team sent to investigate gives no aid
    ("The aviation authority sent a team to the crash site to investigate the cause of the "
     "accident.", "AID"),
    ("Brazil dispatched a team of investigators to examine the collapsed dam.", "AID"),
])
def test_a_type_the_clause_rules_out(coder, text, kind):
    assert kind not in {e.event for e in _candidates(coder, text)}, text


def test_seeking_aid_is_an_appeal_for_aid(coder):
    events = _events(coder, "The UN is seeking aid for flood victims in Pakistan.")
    assert _counted(events) == {("REQUEST", "02")}


def test_a_team_of_doctors_sent_is_aid(coder):
    events = _events(coder, "Germany sent a team of doctors to treat the wounded.")
    assert "AID" in {e for e, _ in _counted(events)}


@pytest.mark.parametrize(("text", "kind"), [
    ("Government soldiers looted the villages north of the river.", "ASSAULT"),
    ("Angry crowds looted shops in the port city overnight.", "PROTEST"),
])
def test_looting_by_armed_men_is_an_assault_by_a_crowd_a_riot(coder, text, kind):
    assert {e.event for e in _events(coder, text) if e.event_text == "looted"} == {kind}


def test_a_phrase_of_time_is_no_companion_of_a_trigger(coder):
    text = "The chancellor called President Lula on Tuesday to discuss the trade talks."
    assert "REQUEST" not in {e.event for e in _candidates(coder, text)}
    text = "The opposition called on the president on Monday to resign."
    assert "REQUEST" in {e.event for e in _candidates(coder, text)}


@pytest.mark.parametrize("text", [
    "Chancellor Friedrich Merz called President Javier Milei on Wednesday.",
    "Prime Minister Keir Starmer called President Lula late on Sunday to discuss the climate "
    "summit.",
    "The Polish president spoke by telephone with President Alar Karis of Estonia.",
])
def test_a_call_to_a_named_person_is_a_phone_consultation(coder, text):
    calls = [e for e in _events(coder, text) if e.event == "CONSULT" and e.mode == "phone"]
    assert len(calls) == 1, text
    assert calls[0].actor and calls[0].recipient


@pytest.mark.parametrize("text", [
    "The senator called President Milei a dangerous populist.",
    "Prime Minister Keir Starmer called an early election for July.",
    "The opposition called out President Lula over the budget.",
    "Residents said they called the police twice that night.",
])
def test_calling_someone_names_or_calling_an_election_is_no_phone_call(coder, text):
    assert not [e for e in _candidates(coder, text) if e.mode == "phone"], text


def test_who_asks_for_sanctions_on_a_state_is_not_guessed_to_be_of_it(coder):
    text = "Opposition lawmakers called for fresh sanctions on Venezuela after the disputed vote."
    requests = [e for e in _candidates(coder, text) if e.event == "REQUEST"]
    assert requests and all(a.country != "VEN" for e in requests for a in e.actor)
    # what the text says of the doers still stands
    text = "Venezuelan opposition lawmakers called for fresh sanctions on Venezuela's rulers."
    requests = [e for e in _candidates(coder, text) if e.event == "REQUEST"]
    assert {a.country for e in requests for a in e.actor} == {"VEN"}


@pytest.mark.parametrize(("text", "kind"), [
    ("Britain said it would send 300 soldiers to Kenya to help train the border police.",
     "AGREE"),
    ("Moscow said it would send more troops to the frontier to counter the alliance.",
     "THREATEN"),
])
def test_announcing_troops_sent_to_help_is_an_intent_to_cooperate(coder, text, kind):
    said = [e for e in _candidates(coder, text) if e.event_text == "said"]
    assert [e.event for e in said] == [kind]


def test_the_purpose_of_an_announced_act_is_no_announcement_of_its_own(coder):
    text = "The African Union's council will meet on Thursday to discuss the unrest, envoys said."
    assert "AGREE" not in {e.event for e in _candidates(coder, text)}
    text = "Italy will deploy army engineers to Libya to train the coast guard."
    agree = [e for e in _candidates(coder, text) if e.event == "AGREE"]
    assert [e.event_text for e in agree] == ["deploy"]


def test_a_state_hosting_a_meeting_hosts_it_at_home_not_at_the_dateline(coder):
    text = ("NAIROBI, June 2 (Reuters) - Addis Ababa will host the next round of the peace "
            "talks, an Ethiopian spokesman said on Tuesday.")
    record = _record(coder, text)
    hosting = [e for e in record.events if e.event_text == "host"]
    assert hosting and all(e.event_loc is None for e in hosting)
    text = ("NAIROBI, June 2 (Reuters) - Kenya will host the next round of the peace talks, a "
            "government spokesman said on Tuesday.")
    places = {p.id: p.name for p in _record(coder, text).places}
    hosting = [e for e in _record(coder, text).events if e.event_text == "host"]
    assert hosting and {places.get(e.event_loc) for e in hosting} == {"Nairobi"}


@pytest.mark.parametrize(("text", "doer"), [
    ("The president of Ghana's envoy held talks with the junta in Niamey.", "envoy"),
    ("The leader of Hamas's delegation held talks with Qatari officials in Doha.", "leader"),
])
def test_the_envoy_of_a_president_acts_not_the_president(coder, text, doer):
    talks = [e for e in _candidates(coder, text) if e.event == "CONSULT"]
    assert talks and {a.text for e in talks for a in e.actor} == {doer}


@pytest.mark.parametrize(("text", "country"), [
    ("The Kremlin said the president would attend the summit in Astana.", "RUS"),
    ("Downing Street said the prime minister would travel to Warsaw on Friday.", "GBR"),
    ("Olaf Scholz said the government would meet union leaders in Berlin.", "DEU"),
])
def test_a_bare_office_a_state_speaks_of_is_its_own(coder, text, country):
    events = [e for e in _candidates(coder, text) if e.event in ("CONSULT", "AGREE")]
    assert events and {a.country for e in events for a in e.actor} == {country}


def test_a_role_that_faces_other_states_takes_no_country_from_the_speaker(coder):
    text = "Washington said the ambassador had been told to leave within three days."
    assert all(a.country is None for e in _candidates(coder, text) for a in e.recipient
               if a.text == "ambassador")


def test_a_round_of_talks_held_is_one_meeting(coder):
    text = "Delegations from Armenia and Azerbaijan held a third round of border talks in Almaty."
    meetings = [e for e in _events(coder, text) if e.event == "CONSULT"]
    assert [e.event_text for e in meetings] == ["held"]


def test_a_purpose_happens_when_the_act_that_serves_it_does(coder):
    text = "Envoys from Chad and Niger will gather in Lome next month to discuss border security."
    dates = {e.event_text: e.date for e in _candidates(coder, text, published="2026-03-04")}
    assert dates.get("discuss") == "2026-04"


@pytest.mark.parametrize(("text", "place"), [
    ("Soldiers shot dead a smuggler during a raid in the Sahel town of Gao on Friday.", "Gao"),
    ("Gunmen kidnapped 12 pupils from a school in Niger's Tillaberi region.", "Tillaberi"),
])
def test_a_place_that_names_the_noun_of_place_locates_the_event(coder, text, place):
    record = _record(coder, text)
    names = {p.id: p.text for p in record.places}
    assert {names.get(e.event_loc) for e in record.events} == {place}


def test_a_resolution_demands_for_the_body_that_adopts_it(coder):
    text = "The Arab League adopted a resolution demanding an end to the blockade of the port."
    requests = [e for e in _candidates(coder, text) if e.event == "REQUEST"]
    assert {a.text for e in requests for a in e.actor} == {"Arab League"}


@pytest.mark.parametrize(("text", "doers", "country"), [
    ("Iranian-backed militias fired rockets at an American base.", "Iranian-backed militias",
     None),
    ("Kenyan-trained Somali soldiers stormed a militant camp near Kismayo.",
     "Kenyan-trained Somali soldiers", "SOM"),
    ("Saudi-led coalition jets bombed the port of Hodeidah.", "Saudi-led coalition jets", "SAU"),
])
def test_a_patron_before_a_hyphen_is_not_the_country_of_the_doers(coder, text, doers, country):
    acts = [e for e in _candidates(coder, text) if e.event == "ASSAULT"]
    assert {(a.text, a.country) for e in acts for a in e.actor} == {(doers, country)}


def test_an_attack_on_the_town_of_a_name_is_in_that_town(coder):
    record = _record(coder, "Separatist forces shelled the town of Avdiivka overnight.")
    names = {p.id: p.text for p in record.places}
    assert {names.get(e.event_loc) for e in record.events if e.event == "ASSAULT"} == \
        {"Avdiivka"}


def test_the_post_of_an_ambassador_is_no_recipient(coder):
    text = "Ankara summoned the Swedish ambassador to Turkey over the protest."
    summons = [e for e in _candidates(coder, text) if e.event_text == "summoned"]
    assert summons and {r.text for e in summons for r in e.recipient} == {"Swedish ambassador"}


@pytest.mark.parametrize("text", [
    "The gunmen freed 14 aid workers after negotiations mediated by Oman.",
    "Under Turkish mediation, the militia handed over nine prisoners.",
])
def test_the_go_between_is_not_the_country_of_the_sides(coder, text):
    events = [e for e in _candidates(coder, text) if e.event == "RETREAT"]
    assert events and all(a.country is None for e in events for a in [*e.actor, *e.recipient])


@pytest.mark.parametrize(("text", "event"), [
    ("Sudan and South Sudan signed a border deal in Juba on Friday.", "SUPPORT"),
    ("Sudan and South Sudan signed a peace deal in Juba on Friday.", "SUPPORT"),
    ("The two armies staged joint drills near the border on Friday.", "COOPERATE"),
])
def test_a_modifier_decides_the_type_only_when_it_changes_the_noun(coder, text, event):
    assert {e.event for e in _events(coder, text)} == {event}


def test_a_medium_is_no_recipient(coder):
    text = "Army officers seized power in the capital and announced the coup on state television."
    assert not [r for e in _candidates(coder, text) for r in e.recipient
                if "television" in r.text]


@pytest.mark.parametrize(("text", "mode"), [
    ("The regional bloc threatened to use force against the junta.", None),
    ("Riot police used force to clear the square.", "crowd-control"),
])
def test_using_force_is_crowd_control_only_for_police(coder, text, mode):
    uses = [e for e in _candidates(coder, text) if e.event_text == "use" or e.event_text == "used"]
    assert uses and {e.mode for e in uses} == {mode}
    assert not [r for e in uses for r in e.recipient if r.text == "force"]


def test_who_has_been_sentenced_is_the_one_sentenced(coder):
    text = "Police detained supporters of Ali Haidar, who had been sentenced to ten years in jail."
    sentences = [e for e in _candidates(coder, text) if e.event_text == "sentenced"]
    assert sentences and not sentences[0].actor
    assert [r.text for r in sentences[0].recipient] == ["Ali Haidar"]


def test_an_ally_is_not_of_the_state_whose_ally_it_is(coder):
    text = "Japan said it stood with its ally and warned Beijing against any blockade."
    allies = [r for e in _candidates(coder, text) for r in e.recipient if r.text == "ally"]
    assert allies and all(r.country is None for r in allies)


# ---------------------------------------------------- common ways of saying the weakest types

@pytest.mark.parametrize(("text", "kind", "mode"), [
    # a unit put on alert, whoever it is; a passive call-out or bringing in of police or troops
    ("The militia group was put on high alert.", "MOBILIZE", None),
    ("Riot police were called to the square on Friday.", "MOBILIZE", "police"),
    ("Extra police were brought in to guard the stadium.", "MOBILIZE", "police"),
    ("The government called upon conscripts to report for duty.", "MOBILIZE", "troops"),
    # the noun of a lifted curfew is the concession its verb is
    ("The mayor announced the lifting of the curfew on Monday.", "CONCEDE", None),
    ("The authorities announced the easing of the lockdown.", "CONCEDE", None),
    ("The authorities announced the lifting of restrictions on the press.", "CONCEDE", None),
    ("Finland gave up its veto over the budget rules.", "CONCEDE", None),
    ("The union stopped the protests after the deal.", "CONCEDE", None),
    ("The insurgents agreed to put down their weapons.", "CONCEDE", None),
    ("The rebels ended their attacks on the army on Friday.", "RETREAT", "ceasefire"),
    ("The militia announced a suspension of attacks on government troops.", "RETREAT",
     "ceasefire"),
    ("The fighters put down their arms in the village square.", "RETREAT", "disarm"),
    ("The firm increased its investment in Kenya last year.", "COOPERATE", None),
    # forces that move out of or leave a place withdraw
    ("French troops moved out of the northern town on Saturday.", "RETREAT", "withdraw"),
    ("Soldiers left the city on Sunday after the truce.", "RETREAT", "withdraw"),
    ("The junta ended its crackdown on the opposition press.", "CONCEDE", None),
    # a measure of goods counts what its "of" phrase names, as "thousands of" does
    ("Bahrain transferred 10 tons of humanitarian aid to the islands.", "AID", None),
    ("Kuwait delivered 20 tonnes of food to the refugees.", "AID", None),
    ("The charity sent truckloads of medicine to the camps.", "AID", None),
    # attacks kept up are attacks; vowing to keep them up is a threat
    ("The army continued its offensive in the north on Monday.", "ASSAULT", None),
    ("The militants kept up their attacks on the convoy.", "ASSAULT", None),
    ("The rebel leader vowed to continue the attacks on the army.", "THREATEN", None),
    ("The government suspended the curfew in the capital.", "CONCEDE", None),
    ("The cabinet suspended the planned measure on Monday.", "CONCEDE", None),
    ("The militants suspended violence for two weeks.", "RETREAT", "ceasefire"),
    ("The government raised the number of troops in the region.", "MOBILIZE", None),
    ("The rebels pulled out of the talks with the government.", "SANCTION", "withdraw"),
    # suspects hunted down are pursued to arrest; vowing to hunt them down is a threat
    ("Police tracked down the suspects in a village near the border.", "COERCE", "arrest"),
    ("The government promised to hunt down the bombers.", "THREATEN", None),
    ("French pilots have been training alongside Indian air force crews.", "COOPERATE", None),
])
def test_common_ways_of_saying_a_weak_type(coder, text, kind, mode):
    found = [e for e in _events(coder, text)
             if e.event == kind and e.modality in ("asserted", "historical")]
    assert found, text
    assert mode is None or mode in {e.mode for e in found}, text


@pytest.mark.parametrize(("text", "kind"), [
    ("The government called on the reservists' families to stay calm.", "MOBILIZE"),
    ("The minister called on Turkey to release the journalists.", "MOBILIZE"),
    ("The police put down the revolt in the north.", "RETREAT"),
    ("Aid groups criticised the suspension of aid to the region.", "RETREAT"),
    ("The authorities announced the lifting of the curfew.", "RETREAT"),
    ("The family moved out of the house in May.", "RETREAT"),
    ("The minister left the capital on Sunday for Paris.", "RETREAT"),
    ("The talks continued on Tuesday.", "ASSAULT"),
    ("The police stopped the protest outside the ministry.", "CONCEDE"),
    ("Riot police ended the sit-in at dawn.", "CONCEDE"),
    ("The boxer trained with his coach in Miami.", "COOPERATE"),
])
def test_not_the_weak_type_when_the_words_say_otherwise(coder, text, kind):
    assert kind not in {e.event for e in _candidates(coder, text)}, text


@pytest.mark.parametrize("text", [
    "The approval process for new drugs takes years.",
    "The investigation process lasted months.",
])
def test_a_process_named_by_an_act_is_no_act(coder, text):
    assert not _counted(_events(coder, text)), text


@pytest.mark.parametrize(("text", "kind", "mode"), [
    ("Washington's threat of sanctions angered Caracas.", "THREATEN", "restrict"),
    ("The rebels' threat of an attack on the capital alarmed residents.", "THREATEN",
     "violence"),
])
def test_a_noun_entry_names_its_object_by_of(coder, text, kind, mode):
    """A noun's object is its "of" phrase: the entries that name one are the ones chosen."""
    assert mode in {e.mode for e in _candidates(coder, text) if e.event == kind}, text


def test_what_a_show_of_force_shows_is_no_party(coder):
    events = [e for e in _events(coder, "The navy staged a show of force off the coast.")
              if e.event == "MOBILIZE"]
    assert events
    assert [a.text for e in events for a in e.actor] == ["navy"]
    assert not [r for e in events for r in e.recipient]


@pytest.mark.parametrize("text", [
    "The army chief declined on Friday to meet his Malian counterpart.",
    "The ministry refused on Tuesday to allow aid convoys into the province.",
])
def test_a_phrase_of_time_before_a_refused_act_keeps_it_refused(coder, text):
    """The parser makes "to meet" a clause of purpose after "on Friday"; it is still what
    the actor refuses: a REJECT, and the act not done."""
    events = _events(coder, text)
    assert "REJECT" in {e for e, _ in _counted(events)}, text
    assert not {e for e, _ in _counted(events)} & {"CONSULT", "RETREAT"}, text


# ------------------------------------------------ what is only talked about is no event (evt6)

def _kinds(events) -> set[str]:
    return {e.event for e in events if e.modality in ("asserted", "historical")}


@pytest.mark.parametrize(("text", "kind"), [
    ("The prime minister stopped short of threatening sanctions against the neighbours.",
     "THREATEN"),
    ("The dockers' union stopped short of calling a strike at the port.", "PROTEST"),
    ("The parliament stopped short of approving the trade treaty as a whole.", "SUPPORT"),
])
def test_what_one_stops_short_of_is_not_done(coder, text, kind):
    assert kind not in _kinds(_candidates(coder, text)), text


@pytest.mark.parametrize(("text", "kind"), [
    ("The provincial court said it lacked the power to order the release of the detainees.",
     "RETREAT"),
    ("The charter guarantees citizens the ability to protest peacefully.", "PROTEST"),
])
def test_a_capacity_to_act_is_no_act(coder, text, kind):
    assert kind not in _kinds(_candidates(coder, text)), text


def test_the_terms_of_an_accord_are_no_request_a_resolution_voices_its_body(coder):
    terms = "The peace accord calls for the withdrawal of all foreign troops from the province."
    assert "REQUEST" not in _kinds(_candidates(coder, terms))
    voiced = "The resolution calls for an immediate ceasefire in the province."
    assert "REQUEST" in _kinds(_candidates(coder, voiced))


def test_agreeing_that_something_is_so_is_a_view_not_an_agreement(coder):
    view = "The two foreign ministers agreed that the crisis was the gravest in a decade."
    assert "AGREE" not in _kinds(_candidates(coder, view))
    plan = "The two foreign ministers agreed that the talks would resume next week."
    assert "AGREE" in _kinds(_candidates(coder, plan))


def test_a_warning_of_what_has_happened_is_no_threat(coder):
    past = ("The health agency warned on Monday that dozens of aid workers had been killed "
            "in the region since January.")
    assert "THREATEN" not in _kinds(_events(coder, past))
    coming = "The army warned that the rebels would attack the convoy on the highway."
    assert "THREATEN" in _kinds(_candidates(coder, coming))


@pytest.mark.parametrize("text", [
    "The interior ministry released a draft law on public gatherings on Tuesday.",
    "The communique, released after the meeting, praised the progress made.",
    "Three of the wounded were treated and released from the city hospital.",
    "Two of the injured officers were released from hospital on Sunday.",
])
def test_releasing_a_text_or_a_patient_is_no_retreat(coder, text):
    assert "RETREAT" not in _kinds(_candidates(coder, text)), text


def test_releasing_captives_is_still_a_retreat(coder):
    text = "The guards released two journalists from the prison on Friday."
    assert "RETREAT" in _kinds(_events(coder, text))


@pytest.mark.parametrize(("text", "kind"), [
    ("The farmers' council, which opposes the plan, said it would petition parliament.",
     "REJECT"),
    ("The party, which backs the bill, won the vote in the upper house.", "SUPPORT"),
    ("The militia, which is accused of the killings, denied any role in them.", "ACCUSE"),
    ("The island, which the navy occupies in part, lies off the coast.", "COERCE"),
])
def test_a_present_tense_relative_clause_describes_a_party_it_reports_no_act(
        coder, text, kind):
    # (left out at any cut: a description is no candidate a coder would code)
    found = [e for e in _candidates(coder, text) if e.event == kind]
    assert not [e for e in found if e.confidence > 0], text


@pytest.mark.parametrize("text", [
    "The rebels, who are shelling the town, refused to talk to the envoy.",
    "The rebels, who shelled the town on Monday, refused to talk to the envoy.",
])
def test_an_act_told_in_a_relative_clause_is_still_reported(coder, text):
    assert "ASSAULT" in _kinds(_events(coder, text)), text


@pytest.mark.parametrize(("text", "word"), [
    ("Police detained the driver without using force, the ministry said.", "using"),
    ("The delegates left the conference without signing the trade agreement.", "signing"),
    ("The garrison surrendered the fort without a fight.", "fight"),
])
def test_what_is_done_without_an_act_is_no_act(coder, text, word):
    found = [e for e in _candidates(coder, text) if e.event_text == word]
    assert found and all(e.modality == "negated" for e in found), text


@pytest.mark.parametrize(("text", "word", "modality"), [
    ("The police condemned the shooting but have yet to make any arrests.", "make", "negated"),
    ("The ministry is yet to sign the contract with the consortium.", "sign", "negated"),
    ("The new decree allows the army to seize the assets of banned parties.", "seize",
     "hypothetical"),
    ("The treaty permits the navy to arrest smugglers at sea.", "arrest",
     "hypothetical"),
    ("The envoy was supposed to sign the accord at the summit in Lome.", "sign", "hypothetical"),
    ("The pact enables the two navies to share radar data in the strait.", "share",
     "hypothetical"),
])
def test_what_is_yet_to_come_allowed_or_meant_is_not_done(coder, text, word, modality):
    found = [e for e in _candidates(coder, text) if e.event_text == word]
    assert found and all(e.modality == modality for e in found), text


def test_allowing_an_act_named_by_a_noun_reports_it(coder):
    text = "The army allowed the delivery of food aid to the besieged town on Monday."
    assert {"RETREAT", "AID"} & _kinds(_candidates(coder, text))


def test_a_minutes_silence_silences_no_one(coder):
    text = "Mourners held a minute's silence outside the station for the dead miners."
    assert "COERCE" not in _kinds(_candidates(coder, text))


@pytest.mark.parametrize(("text", "word"), [
    ("The plan is to attack every base the enemy holds on the island.", "attack"),
    ("The aim of the raid was to arrest the leaders of the smuggling ring.", "arrest"),
])
def test_an_act_a_plan_or_an_aim_is_to_be_is_not_done(coder, text, word):
    found = [e for e in _candidates(coder, text) if e.event_text == word]
    assert found and all(e.modality not in ("asserted", "historical") for e in found), text


@pytest.mark.parametrize("text", [
    "The prime minister is fighting to keep control of the lower house.",
    "Police and volunteers were battling to clear the barricades from the bridge.",
])
def test_fighting_to_reach_an_aim_is_striving_not_combat(coder, text):
    assert "ASSAULT" not in _kinds(_candidates(coder, text)), text


def test_armed_men_fighting_for_an_aim_still_fight(coder):
    text = "Rebels are fighting to seize the provincial capital."
    assert any(e.event == "ASSAULT" and e.event_text == "fighting"
               for e in _candidates(coder, text))


@pytest.mark.parametrize("text", [
    "Tropical Cyclone Tess swept across the atolls on Friday, killing at least 24 people.",
    "The port was battered by Hurricane Odile on Wednesday night.",
    "Typhoon Lingling killed nine people in the northern provinces.",
])
def test_a_named_storm_is_no_ones_assault(coder, text):
    assert "ASSAULT" not in _kinds(_candidates(coder, text)), text


@pytest.mark.parametrize("text", [
    "Asked what the king had told the generals, the spokesman declined to comment.",
    "The envoy was asked if the pipeline deal could hurt relations with Ankara.",
    "Asked about the strikes, the labour minister said talks would go on.",
    "A senator asked whether the marines would stay beyond March.",
])
def test_a_question_asked_is_no_appeal(coder, text):
    assert "REQUEST" not in _kinds(_candidates(coder, text)), text


def test_asking_someone_to_act_is_still_an_appeal(coder):
    text = "The governor asked the national guard to help the flood victims."
    assert "REQUEST" in _kinds(_candidates(coder, text))


def test_a_relative_wh_word_before_asking_makes_no_question(coder):
    text = "That is why we asked the army to leave the stadium, the mayor told reporters."
    assert "REQUEST" in _kinds(_candidates(coder, text))


@pytest.mark.parametrize("text", [
    "Growing unrest and soaring inflation threaten the stability of the kingdom.",
    "Rising tensions over the islands have threatened to undermine ties between the states.",
    "The border dispute threatens to derail the trade talks.",
])
def test_a_state_of_affairs_endangers_it_threatens_no_one(coder, text):
    assert "THREATEN" not in _kinds(_candidates(coder, text)), text


def test_an_announced_investigation_is_no_threat(coder):
    for text in ("The United Nations said it would investigate the shooting at the market.",
                 "The prosecutor promised to investigate the deaths of the three miners."):
        assert "THREATEN" not in _kinds(_candidates(coder, text)), text
    threat = "The rebels threatened to attack the provincial capital."
    assert "THREATEN" in _kinds(_events(coder, threat))


@pytest.mark.parametrize("text", [
    "The interior minister refused to comment on the leaked report.",
    "Police refused to reveal the name of the suspect.",
])
def test_refusing_to_comment_is_no_rejection(coder, text):
    assert "REJECT" not in _kinds(_candidates(coder, text)), text


def test_refusing_to_act_is_still_a_rejection(coder):
    text = "The rebels refused to lay down their arms before the election."
    assert "REJECT" in _kinds(_events(coder, text))


@pytest.mark.parametrize(("text", "kind"), [
    ("While medical aid is often granted to refugees, few of them are resettled.", "AID"),
    ("Police usually disperse such crowds with tear gas and water cannon.", "ASSAULT"),
])
def test_a_habit_told_in_the_present_is_no_event(coder, text, kind):
    found = [e for e in _candidates(coder, text) if e.event == kind]
    assert not [e for e in found if e.confidence > 0], text


def test_an_act_told_in_the_past_with_an_adverb_is_still_an_event(coder):
    text = "Police dispersed the crowd with tear gas on Monday."
    assert "ASSAULT" in _kinds(_events(coder, text))


@pytest.mark.parametrize("text", [
    "Switzerland wants Azerbaijan to end the sanctions on its oil exports.",
    "We want this government to step down, the protest leader said.",
])
def test_what_one_wants_of_another_is_no_intent_of_its_doer(coder, text):
    assert "CONCEDE" not in _kinds(_candidates(coder, text)), text


def test_being_in_no_position_to_accept_is_no_concession(coder):
    text = "The rebels said they were not in a position to accept such a demand."
    assert "CONCEDE" not in _kinds(_candidates(coder, text))


def test_a_readiness_denied_is_no_agreement(coder):
    text = "The president said the government would not be willing to negotiate with the rebels."
    found = [e for e in _candidates(coder, text) if e.event_text == "negotiate"]
    assert found and all(e.modality == "negated" for e in found)
    assert "AGREE" not in _kinds(_candidates(coder, text))
    willing = "The government is willing to negotiate with the rebels."
    assert "AGREE" in _kinds(_candidates(coder, willing))


def test_a_commitment_denied_commits_to_nothing(coder):
    text = ('"I have never said that I would allow a party with a majority to rule alone," '
            "the president said.")
    assert not any(e.event == "CONCEDE" and e.modality == "asserted"
                   for e in _candidates(coder, text))


def test_a_dateline_with_the_agency_in_brackets_gives_the_story_its_country(coder):
    text = ("LIMA (Reuters) - Police detained 30 protesters outside the congress on Monday. "
            "The government accused them of planning a riot.")
    accusers = [a for e in _candidates(coder, text) if e.event == "ACCUSE" for a in e.actor]
    assert accusers and {a.country for a in accusers} == {"PER"}


def test_a_main_verb_parsed_as_a_participle_keeps_its_doer(coder):
    # the small model parses "airstrikes" as the root and "killed" as a participle on it
    text = "Turkish airstrikes killed at least 12 militants in northern Iraq on Sunday."
    kills = [e for e in _candidates(coder, text) if e.event_text == "killed"]
    assert kills and {a.text for a in kills[0].actor} == {"Turkish"}
    assert "Turkish" not in {r.text for r in kills[0].recipient}


def test_a_signed_order_restricts_for_its_signer(coder):
    text = "The governor signed an order banning public gatherings in the capital."
    bans = [e for e in _candidates(coder, text) if e.event == "COERCE"]
    assert bans and {a.text for e in bans for a in e.actor} == {"governor"}


def test_the_leaders_named_before_without_a_country_get_no_guessed_one(coder):
    text = ("West African leaders gathered in Abuja on Sunday for a summit on the crisis in "
            "Niger. Niger's junta did not attend. The leaders called for the release of the "
            "president.")
    calls = [e for e in _candidates(coder, text) if e.event_text == "called"]
    assert calls and all(a.country is None for e in calls for a in e.actor)


def test_the_agency_in_a_datelines_brackets_is_no_entity(coder):
    record = _record(coder, "HARARE, May 2 (Reuters) - Police arrested 12 opposition activists "
                            "in Harare on Tuesday, their lawyer said.")
    assert "Reuters" not in {e.name for e in record.entities}
    record = _record(coder, "Reuters reported that police had arrested 12 activists in Harare.")
    assert "Reuters" in {e.name for e in record.entities}


def test_a_leader_overseeing_a_missile_test_is_its_doer(coder):
    text = "Kim Jong Un oversaw the test of a new solid-fuel missile on Thursday, state media said."
    tests = [e for e in _events(coder, text) if e.event == "MOBILIZE"]
    assert tests and tests[0].mode == "weapons"
    assert {a.text for a in tests[0].actor} == {"Kim Jong Un"}


def test_rights_groups_and_aid_workers_get_no_guessed_country(coder):
    text = ("MINSK (Reuters) - Belarus sentenced an opposition blogger to 15 years in prison on "
            "Friday. Rights groups condemned the verdict.")
    condemn = [e for e in _candidates(coder, text) if e.event_text == "condemned"]
    assert condemn and all(a.country is None for e in condemn for a in e.actor)


def test_the_rights_group_is_the_one_named_before(coder):
    record = _record(coder, "Human Rights Watch urged Egypt to free the jailed bloggers. "
                            "\"They must be released,\" the rights group said on Monday.")
    group = next(e for e in record.entities if e.name == "Human Rights Watch")
    assert [m.text for m in group.mentions] == ["Human Rights Watch", "rights group"]


def test_who_is_dispersed_after_an_act_is_dispersed_not_the_disperser(coder):
    text = "Students blocked the highway for an hour before being dispersed by riot police."
    text2 = "Students blocked the highway for an hour before being dispersed."
    for sentence in (text, text2):
        dispersals = [e for e in _candidates(coder, sentence) if e.event_text == "dispersed"]
        assert dispersals and "Students" not in {a.text for e in dispersals for a in e.actor}
        assert "Students" in {r.text for e in dispersals for r in e.recipient}


@pytest.mark.parametrize(("text", "word", "doer"), [
    ("The bombing prompted Egypt to call for an emergency Arab summit.", "call", "Egypt"),
    ("The embargo led Iran to expel two European diplomats.", "expel", "Iran"),
])
def test_who_is_prompted_or_led_to_act_does_it(coder, text, word, doer):
    acts = [e for e in _candidates(coder, text) if e.event_text == word]
    assert acts and {a.text for e in acts for a in e.actor} == {doer}


@pytest.mark.parametrize(("text", "word", "modality"), [
    ("Several states no longer recognise the government in Tripoli.", "recognise", "negated"),
    ("The militia is no longer shelling the port, residents said.", "shelling", "negated"),
    ("The talks in Doha lasted no longer than an hour.", "talks", "asserted"),
])
def test_what_no_longer_happens_is_negated(coder, text, word, modality):
    found = [e for e in _candidates(coder, text) if e.event_text == word]
    assert found and {e.modality for e in found} == {modality}


def test_a_level_that_stood_at_a_figure_is_no_support(coder):
    text = "By contrast, inflation stood at about 12 percent at the end of March."
    assert "SUPPORT" not in {e.event for e in _candidates(coder, text)}
    text = "Poland said it would stand by Ukraine for as long as it takes."
    assert "SUPPORT" in {e.event for e in _candidates(coder, text)}


def test_what_someone_is_said_to_be_is_no_act(coder):
    text = "Aid workers are a target of the armed gangs, the charity said."
    assert "ASSAULT" not in {e.event for e in _events(coder, text)}


@pytest.mark.parametrize(("text", "word", "modality"), [
    ("The junta should lift the curfew and free the detained ministers.", "free", "hypothetical"),
    ("The militia will leave the port and hand over its heavy weapons.", "hand", "future"),
    ("Soldiers entered the village and burned the houses.", "burned", "asserted"),
])
def test_a_conjunct_shares_the_modal_of_the_first_verb(coder, text, word, modality):
    found = [e for e in _candidates(coder, text)
             if e.event_text == word and e.event != "CONCEDE"]
    assert found and {e.modality for e in found} == {modality}


def test_a_phone_call_takes_no_place_from_the_dateline(coder):
    record = _record(coder, "BRUSSELS (Reuters) - The Dutch prime minister spoke by phone with "
                            "the Turkish president on Monday, his office said.")
    calls = [e for e in record.events if e.mode == "phone"]
    assert calls and all(e.event_loc is None for e in calls)


def test_who_refuses_aid_from_a_state_is_not_guessed_to_be_of_it(coder):
    text = "The military council rejected an offer of aid from Algeria."
    refusals = [e for e in _candidates(coder, text) if e.event == "REJECT"]
    assert refusals and all(a.country != "DZA" for e in refusals for a in e.actor)


@pytest.mark.parametrize(("text", "foreign"), [
    ("Police detained three Turkish nationals at the port on Sunday.", "TUR"),
    ("The interior minister received the Nigerian ambassador on Monday.", "NGA"),
    ("Government troops clashed with Rwandan soldiers near the lake.", "RWA"),
])
def test_who_acts_on_foreigners_is_not_guessed_to_be_of_their_country(coder, text, foreign):
    events = [e for e in _candidates(coder, text) if e.recipient]
    assert events and all(a.country != foreign for e in events for a in e.actor)


@pytest.mark.parametrize(("text", "doer"), [
    ("The mediator, Ghanaian diplomat Kwame Asante, met the rebel commanders on Sunday.",
     "Kwame Asante"),
    ("The new envoy, former Nigerian president Olusegun Obasanjo, visited Juba on Monday.",
     "Olusegun Obasanjo"),
])
def test_a_role_named_after_a_comma_is_the_person_named(coder, text, doer):
    meetings = [e for e in _candidates(coder, text) if e.event == "CONSULT"]
    assert meetings and {a.text for e in meetings for a in e.actor} == {doer}


def test_defending_sovereignty_is_no_verbal_support(coder):
    text = "The junta vowed to defend the nation's sovereignty by every means available."
    assert "SUPPORT" not in {e.event for e in _candidates(coder, text)}
    text = "The finance minister defended the new tax in parliament on Tuesday."
    assert "SUPPORT" in {e.event for e in _candidates(coder, text)}


def test_subjects_after_a_comma_and_are_the_next_clauses_not_more_objects(coder):
    # the small model hangs "Norway" on "arrests" and leaves "imposed" without a subject
    text = ('Borrell said the union "strongly condemns" the arrests, and Norway, Iceland and '
            'Switzerland imposed sanctions on Tuesday.')
    events = _candidates(coder, text)
    imposed = [e for e in events if e.event_text == "imposed"]
    named = {"Norway", "Iceland", "Switzerland"}
    assert imposed and {a.text for e in imposed for a in e.actor} == named
    others = [e for e in events if e.event_text != "imposed"]
    assert not {r.text for e in others for r in e.recipient} & named


def test_regretting_anothers_decision_is_disapproval_and_ones_remarks_an_apology(coder):
    text = "The foreign ministry said it deeply regretted the court's decision."
    assert {e.event for e in _candidates(coder, text) if e.event_text == "regretted"} \
        == {"ACCUSE"}
    text = "The senator regretted his remarks about the refugees."
    assert {e.event for e in _candidates(coder, text) if e.event_text == "regretted"} \
        == {"CONCEDE"}


def test_a_travel_ban_on_anothers_officials_is_a_sanction(coder):
    text = "Norway and Iceland announced entry bans on nine Belarusian officials."
    bans = [e for e in _candidates(coder, text) if "ban" in e.event_text]
    assert bans and {e.event for e in bans} == {"SANCTION"}


def test_a_story_from_a_big_city_is_not_of_a_state_quoted_at_its_end(coder):
    # the dateline and the cities named as places are evidence of the story's country too
    text = ("KOLKATA, Nov 3 (Newswire) - Students marched from Kolkata to Howrah on Sunday "
            "and police detained 40 of them.\n\n"
            "Bangladesh's foreign ministry said Dhaka was watching the protests and that "
            "Bangladesh had no part in them.")
    record = coder.code(text, published="2025-11-04")
    generic = {e.name: e.country for e in record.entities if e.kind == "agent"}
    assert generic["police"] != "BGD" and generic["students"] != "BGD"


@pytest.mark.parametrize(("text", "word", "kind", "recipient"), [
    ("The prime minister spoke to the governor of the flooded province on Monday.",
     "spoke", "CONSULT", "governor"),
    ("The appeals court granted bail to the jailed union leader on Friday.",
     "granted", "RETREAT", "jailed union leader"),
])
def test_speaking_to_an_official_and_granting_bail_have_their_recipient(coder, text, word,
                                                                       kind, recipient):
    found = [e for e in _candidates(coder, text) if e.event_text == word]
    assert found and {e.event for e in found} == {kind}
    assert recipient in {r.text for e in found for r in e.recipient}


@pytest.mark.parametrize("text", [
    "The minister spoke to reporters outside the court.",
    "The senator talked to students at the university on Tuesday.",
])
def test_speaking_to_an_audience_is_no_meeting(coder, text):
    assert "CONSULT" not in {e.event for e in _candidates(coder, text)}


def test_promising_help_is_an_offer_of_it(coder):
    text = "The president promised all possible help to the families of the victims."
    assert "AGREE" in {e.event for e in _candidates(coder, text)
                       if e.event_text == "promised"}


def test_a_lower_case_amnesty_is_no_rights_group(coder):
    record = _record(coder, "The junta offered an amnesty to fighters who lay down arms.")
    assert "Amnesty International" not in {e.name for e in record.entities}


def test_who_meets_a_countrys_leader_is_not_guessed_to_be_of_it(coder):
    text = "The president held talks with the Ghanaian leader on Monday."
    talks = [e for e in _candidates(coder, text) if e.event == "CONSULT"]
    assert talks and all(a.country != "GHA" for e in talks for a in e.actor)


def test_who_is_accused_in_a_participle_is_the_doer_of_what_it_is_accused_of(coder):
    text = "Burundi, accused by Rwanda's government of sheltering the rebels, denied it."
    sheltering = [e for e in _candidates(coder, text) if e.event_text == "sheltering"]
    assert sheltering and {a.text for e in sheltering for a in e.actor} == {"Burundi"}


@pytest.mark.parametrize(("text", "word", "doer"), [
    # a past tense is no conjunct of the infinitive before it
    ("The minister promised to defend the border and called on reservists to report for "
     "duty.", "called", "minister"),
    # a verb of saying after a reported clause is the reporter's next act
    ("The agency said on Friday that fighting had closed the road and urged the parties "
     "to open a corridor.", "urged", "agency"),
])
def test_a_verb_coordinated_after_a_clause_it_cannot_belong_to_is_the_subjects(coder, text,
                                                                              word, doer):
    found = [e for e in _candidates(coder, text) if e.event_text == word]
    assert found and {e.modality for e in found} == {"asserted"}
    assert {a.text for e in found for a in e.actor} == {doer}


def test_a_rivers_bank_is_no_business(coder):
    record = _record(coder, "Militia fighters dug in on the western bank of the river, "
                            "while the central bank raised rates.")
    names = {e.name.lower() for e in record.entities}
    assert "western bank" not in names and "bank" not in names


@pytest.mark.parametrize(("text", "word", "modality"), [
    ("Troops retook the airport on Monday, two years after the militia overran it.",
     "overran", "historical"),
    ("Troops retook the airport on Monday, two days after the militia overran it.",
     "overran", "asserted"),
])
def test_a_clause_years_before_its_main_clause_is_history(coder, text, word, modality):
    found = [e for e in _candidates(coder, text) if e.event_text == word]
    assert found and {e.modality for e in found} == {modality}


def test_an_entity_does_not_run_into_the_blank_line_after_a_headline(coder):
    record = _record(coder, "Macron asks allies for more help after attacks on Kiev\n\n"
                            "KIEV, Oct 8 - Russian missiles struck the capital overnight.")
    texts = [p.text for p in record.places] + [m["text"] for e in record.entities
                                               for m in e.to_dict()["mentions"]]
    assert texts and not any(t != t.strip() for t in texts)
    assert not [e for e in record.entities if e.kind == "person" and "Oct" in e.name]


def test_a_body_a_story_gave_to_a_state_is_that_states_when_it_comes_back(coder):
    record = _record(coder, "Chile's Congress approved the pension reform on Wednesday. "
                            "Congress speaker Ana Rojas said the vote was historic.")
    bodies = {e.country for e in record.entities if e.name == "Congress"}
    assert bodies == {"CHL"}


def test_strikes_that_killed_before_a_report_keep_their_doer(coder):
    text = "Russian drone strikes killed at least nine civilians in Sumy, local officials said."
    killed = [e for e in _candidates(coder, text) if e.event_text == "killed"]
    assert killed and {a.country for e in killed for a in e.actor} == {"RUS"}
    assert "RUS" not in {r.country for e in killed for r in e.recipient}


def test_the_army_an_official_speaks_of_is_his_states(coder):
    text = "A Turkish defence ministry official said the army had hit militant positions."
    hit = [e for e in _candidates(coder, text) if e.event_text == "hit"]
    assert hit and {a.country for e in hit for a in e.actor} == {"TUR"}


def test_the_group_is_the_armed_group_named_before(coder):
    text = ("A Hezbollah lawmaker told reporters on Sunday that the group would not disarm "
            "while the occupation lasted.")
    record = _record(coder, text)
    groups = [a for e in record.events for a in e.actor if a.text == "group"]
    assert groups and {a.kb_id for a in groups} == {"group:HEZBOLLAH"}


def test_a_resumed_dialogue_is_not_dated_by_when_it_was_suspended(coder):
    record = _record(coder, "Both governments agreed on Monday to resume a defence dialogue "
                            "frozen since 2017.", published="2024-03-05")
    resumed = [e for e in record.events if e.event_text == "resume"] or [
        e for e in _candidates(coder, "Both governments agreed on Monday to resume a defence "
                                      "dialogue frozen since 2017.", "2024-03-05")
        if e.event_text == "resume"]
    assert resumed and all(not (e.date or "").startswith("2017") for e in resumed)


def test_the_two_sides_are_the_parties_of_the_encounter_before(coder):
    text = ("The Ghanaian president met his Togolese counterpart in Lome on Sunday. The two "
            "sides agreed to reopen the border crossings.")
    agreed = [e for e in _candidates(coder, text) if e.event_text == "agreed"]
    assert agreed and {a.country for e in agreed for a in e.actor} == {"GHA", "TGO"}


# ------------------------------------------- more ways of saying the weakest types (evt8)

@pytest.mark.parametrize(("text", "kind", "mode"), [
    # forces ordered to a place are deployed
    ("The governor ordered riot police to the main square.", "MOBILIZE", "police"),
    ("The defence minister ordered troops into the border town.", "MOBILIZE", "troops"),
    # armed groups that disband; fighting that stops
    ("The remaining rebel factions disbanded at a ceremony in the capital.", "RETREAT",
     "disarm"),
    ("The shelling stopped shortly after dawn on Sunday.", "RETREAT", "ceasefire"),
    ("The truce between the clans held for a second week.", "RETREAT", "ceasefire"),
    # joint training of two forces
    ("The coast guard held joint military training with the Philippine navy.", "COOPERATE",
     None),
    ("The militia handed back the seized farms to the villagers.", "RETREAT", "release"),
    # a construction freeze; strikers back at work; a curfew removed; autonomy given
    ("The government froze settlement construction near the city.", "CONCEDE", None),
    ("The dock workers returned to work after the wage agreement.", "CONCEDE", None),
    ("The council removed the curfew in the old town on Monday.", "CONCEDE", None),
    ("The central government gave the province more autonomy last year.", "CONCEDE", None),
])
def test_more_ways_of_saying_a_weak_type(coder, text, kind, mode):
    found = [e for e in _candidates(coder, text)
             if e.event == kind and e.modality in ("asserted", "historical")]
    assert found, text
    assert mode is None or mode in {e.mode for e in found}, text


@pytest.mark.parametrize(("text", "kind"), [
    # soldiers standing guard, in a photo caption as often as not, are routine, no show of
    # force
    ("Armed soldiers stand guard outside the electoral commission.", "MOBILIZE"),
    ("The rock band disbanded after its farewell tour.", "RETREAT"),
    ("The protests stopped late on Friday evening.", "RETREAT"),
    ("The foreign minister arrived in the capital for talks.", "AID"),
    ("The central bank froze the accounts of the businessman.", "CONCEDE"),
    ("The president returned to work after his operation.", "CONCEDE"),
    ("The governor ordered the police to clear the square.", "MOBILIZE"),
])
def test_not_these_weak_types_when_the_words_say_otherwise(coder, text, kind):
    assert kind not in {e.event for e in _candidates(coder, text)}, text


@pytest.mark.parametrize("text", [
    "The rebels vowed to resume their attacks on the capital if the talks fail.",
    "The insurgents vowed to renew their raids on army posts.",
    "The militia vowed to step up its bombing campaign in the south.",
])
def test_a_vow_to_take_up_attacks_again_is_a_threat(coder, text):
    threats = [e for e in _candidates(coder, text)
               if e.event == "THREATEN" and e.modality == "asserted"]
    assert threats and threats[0].actor, text


def test_a_joint_venture_set_up_is_cooperation_by_who_sets_it_up(coder):
    # the noun alone names no doer and stays below the cut
    text = "Kenyan and Tanzanian brewers set up a joint venture in the port city."
    found = [e for e in _events(coder, text) if e.event == "COOPERATE"]
    assert found and found[0].actor


def test_aid_that_arrives_was_delivered(coder):
    # the noun alone is a bare mention below the cut; its arrival is the delivery
    text = "Emergency food aid arrived in the flooded districts on Monday."
    assert "AID" in {e.event for e in _events(coder, text) if e.modality == "asserted"}


def test_a_prediction_with_have_is_no_promise(coder):
    text = '"We will have an agreement before the summer," the prime minister told reporters.'
    assert "AGREE" not in {e.event for e in _candidates(coder, text)
                           if e.modality == "asserted"}


@pytest.mark.parametrize(("text", "kind"), [
    ("The separatists announced their intention to hand over their weapons.", "CONCEDE"),
    ("The cabinet announced plans to pull its soldiers out of the valley.", "CONCEDE"),
    ("The junta declared its intention to invade the disputed island.", "THREATEN"),
    ("The finance ministry expressed its readiness to lift the import tariffs.", "CONCEDE"),
])
def test_an_announced_intent_commits_to_its_act(coder, text, kind):
    found = [e for e in _candidates(coder, text) if e.event == kind and e.modality == "asserted"]
    assert found and found[0].actor, text


@pytest.mark.parametrize("text", [
    "Economists debated the cabinet's plan to pull its soldiers out of the valley.",
    "The opposition welcomed the ministry's decision to lift the import tariffs.",
])
def test_an_intent_others_speak_of_commits_no_one(coder, text):
    assert "CONCEDE" not in {e.event for e in _candidates(coder, text)
                             if e.modality == "asserted"}, text


@pytest.mark.parametrize(("text", "kind"), [
    ("The junta said it would not hesitate to use force against the marchers.", "THREATEN"),
    ("The cabinet will not hesitate to impose tariffs on the steel makers.", "THREATEN"),
])
def test_not_hesitating_to_act_is_a_commitment(coder, text, kind):
    found = [e for e in _candidates(coder, text) if e.event == kind and e.modality == "asserted"]
    assert len(found) == 1 and found[0].actor, text


def test_not_hesitating_is_said_once_and_in_the_past_reports_the_act(coder):
    text = "Tehran warned that it would not hesitate to strike back at any aggressor."
    assert len([e for e in _candidates(coder, text) if e.event == "THREATEN"]) == 1
    text = "The senator did not hesitate to criticise the ministers in public."
    assert {e.modality for e in _candidates(coder, text) if e.event == "ACCUSE"} == {"asserted"}


@pytest.mark.parametrize("text", [
    "The interior minister raised the possibility of banning the student union.",
    "The cabinet floated the prospect of tariffs on the car makers.",
])
def test_raising_the_possibility_of_a_coercive_act_is_a_threat(coder, text):
    found = [e for e in _candidates(coder, text)
             if e.event == "THREATEN" and e.modality == "asserted"]
    assert found and found[0].actor, text


@pytest.mark.parametrize("text", [
    "Commentators raised the possibility of a Chinese blockade of the strait.",
    "The envoy raised the possibility of talks with the insurgents.",
])
def test_raising_the_possibility_of_another_s_act_or_of_talks_threatens_nothing(coder, text):
    assert "THREATEN" not in {e.event for e in _candidates(coder, text)}, text


@pytest.mark.parametrize("text", [
    "The nurses struck for two days over unpaid wages.",
    "Dock workers struck at three ports on Monday.",
])
def test_workers_who_strike_stage_a_strike(coder, text):
    kinds = {e.event for e in _candidates(coder, text) if e.modality == "asserted"}
    assert "PROTEST" in kinds and "ASSAULT" not in kinds, text


@pytest.mark.parametrize("text", [
    "The bus drivers will strike if the city does not restore their bonuses.",
    "The militia will shell the airport unless the troops pull back.",
])
def test_a_conflict_act_on_a_condition_is_a_threat(coder, text):
    found = [e for e in _candidates(coder, text)
             if e.event == "THREATEN" and e.modality == "asserted"]
    assert found and found[0].actor, text


@pytest.mark.parametrize("text", [
    "Fuel prices will rise if the strike goes on.",
    "The militia shelled the airport after the troops pulled back.",
])
def test_no_threat_without_a_doer_or_a_condition(coder, text):
    assert "THREATEN" not in {e.event for e in _candidates(coder, text)}, text


@pytest.mark.parametrize("text", [
    "The opposition bloc vowed to reject the budget bill.",
    "The ministry expressed its intention to reject the mediation offer.",
])
def test_a_stated_rejection_to_come_is_a_rejection_not_a_threat(coder, text):
    kinds = {e.event for e in _candidates(coder, text) if e.modality == "asserted"}
    assert "REJECT" in kinds and "THREATEN" not in kinds, text


def test_police_in_a_province_are_of_its_country_not_of_the_foreigners_they_hold(coder):
    record = _record(coder, "Police in Manitoba said two Finnish tourists were detained "
                            "on Friday.")
    police = [e for e in record.entities if e.name == "police"]
    assert police and police[0].country == "CAN"


def test_a_surname_in_a_headline_is_the_person_the_body_names(coder):
    record = _record(coder, "Wadephul and Fidan discuss Gaza\n\nGerman Foreign Minister "
                            "Johann Wadephul spoke with Turkish Foreign Minister Hakan Fidan "
                            "on Monday.", published="2025-06-03")
    assert not [e for e in record.entities if e.name == "Wadephul"]


def test_a_title_with_its_of_phrases_before_a_name_is_that_person(coder):
    text = ("Minister of Foreign Affairs of the Republic of Kenya Musalia Mudavadi met "
            "Minister of Foreign Affairs of Somalia Ahmed Moallim Fiqi in Nairobi.")
    met = [e for e in _candidates(coder, text) if e.event_text == "met"]
    assert met and not [a for e in met for a in [*e.actor, *e.recipient]
                        if a.text.lower().startswith("minister")]


def test_the_sides_after_a_call_are_its_two_parties(coder):
    text = ("The Egyptian foreign minister held a telephone conversation with his Saudi "
            "counterpart. The sides exchanged views on the war in Sudan.")
    exchanged = [e for e in _candidates(coder, text) if e.event_text == "exchanged"]
    assert exchanged and {a.country for e in exchanged for a in e.actor} == {"EGY", "SAU"}


@pytest.mark.parametrize(("text", "word"), [
    ("The daughter of the Kenyan president opened a clinic in Kisumu on Monday.", "opened"),
    ("The brother of Ghana's president threatened to sue the newspaper.", "threatened"),
])
def test_a_relative_of_an_office_holder_is_not_the_office_holder(coder, text, word):
    acts = [e for e in _candidates(coder, text) if e.event_text == word]
    assert all(a.kb_id is None or "president" not in (a.name or "").lower()
               for e in acts for a in e.actor)
    assert not [a for e in acts for a in e.actor if a.text in ("president", "Kenyan")]


def test_a_relative_named_after_a_comma_is_the_doer(coder):
    text = "The son of the Rwandan president, Ivan Cyomoro, met investors in Kigali."
    met = [e for e in _candidates(coder, text) if e.event_text == "met"]
    assert met and {a.text for e in met for a in e.actor} == {"Ivan Cyomoro"}


def test_a_title_takes_the_country_named_after_its_portfolio(coder):
    record = _record(coder, "The Minister of Defence of Ukraine met the ambassador of France.")
    minister = [e for e in record.entities if e.name.lower() == "minister"]
    assert minister and minister[0].country == "UKR"


def test_a_bare_participle_after_if_is_done_to_the_main_subject(coder):
    text = "Venezuela said it would mobilise its reserves if attacked."
    attacked = [e for e in _candidates(coder, text) if e.event_text == "attacked"]
    assert attacked and not [a for e in attacked for a in e.actor]
    assert {r.country for e in attacked for r in e.recipient} == {"VEN"}


def test_the_opposition_calling_off_a_strike_yields_and_is_no_ceasefire(coder):
    text = "The main opposition party called off the general strike on Sunday."
    found = [e for e in _candidates(coder, text) if e.event_text == "called"]
    assert found and all(e.mode != "ceasefire" for e in found)


def test_a_contest_won_or_lost_is_no_attack(coder):
    text = "The champion won the fight in Melbourne on Saturday night."
    assert not [e for e in _candidates(coder, text) if e.event == "ASSAULT" and e.confidence]


@pytest.mark.parametrize(("text", "day"), [
    ("On Monday, the rebels said they would free the hostages next Friday.", "2024-06-17"),
    ("The rebels said they would free the hostages next Friday.", "2024-06-19"),
])
def test_a_commitment_is_dated_by_its_own_words_not_by_the_act(coder, text, day):
    said = [e for e in _candidates(coder, text, "2024-06-19") if e.event_text == "said"]
    assert said and {e.date for e in said} == {day}


# ------------------------------------------------------------------ pen2: the type of a deed

@pytest.mark.parametrize(("text", "event", "cameo"), [
    # violating a ceasefire agreement is fighting (CAMEO 196), not defying a norm (12)
    ("The rebels have violated the ceasefire agreement in the east since Sunday.",
     "ASSAULT", "19"),
    ("Both militias breached the truce accord near the river crossing.", "ASSAULT", "19"),
    # help sent or raised is aid (07), not a show of force (15)
    ("Spain deployed 60 rescue workers to the flooded province on Tuesday.", "AID", "07"),
    ("The development bank is mobilising emergency funds to rebuild the bridges.", "AID", "07"),
    ("A battalion of Nepalese peacekeeping troops arrived in the capital on Friday.",
     "AID", "07"),
    # expelling aid agencies' staff is reducing relations (CAMEO 1663), not deporting
    ("The junta expelled 14 aid workers from the northern camps.", "SANCTION", "16"),
])
def test_the_object_of_a_deed_decides_its_type(coder, text, event, cameo):
    counted = _counted(_events(coder, text))
    assert (event, cameo) in counted, (text, counted)


@pytest.mark.parametrize(("text", "event"), [
    ("The guerrillas violated the peace agreement by recruiting children.", "REJECT"),
    ("The army deployed 3,000 troops along the northern frontier.", "MOBILIZE"),
    ("The junta expelled foreign students from the capital.", "COERCE"),
    ("Special forces carried out an operation against the rebels in the hills.", "ASSAULT"),
])
def test_the_same_verbs_keep_their_type_with_other_objects(coder, text, event):
    assert event in {e for e, _ in _counted(_events(coder, text))}, text


def test_a_rescue_operation_carried_out_is_no_attack(coder):
    text = "Firefighters carried out a rescue operation in the flooded village."
    assert "ASSAULT" not in {e.event for e in _candidates(coder, text)}


@pytest.mark.parametrize("text", [
    "Speaking at a summit in Lisbon on Friday, the chancellor said Europe must spend more on "
    "defence.",
    "After talks with his Greek counterpart in Athens on Monday, the minister said the border "
    "would stay open.",
    "On the sidelines of a summit in Rome on Friday, the president said the tariffs would "
    "stay.",
    "The envoy told reporters during a visit to Kabul that the aid would continue.",
    "At a summit in Brussels on Thursday, the Polish prime minister rejected the migration "
    "pact.",
])
def test_a_meeting_where_something_is_said_is_its_setting_not_the_event(coder, text):
    assert "CONSULT" not in {e for e, _ in _counted(_events(coder, text))}, text


def test_a_meeting_that_is_the_act_is_still_coded(coder):
    text = "The two foreign ministers met at a summit in Rome on Friday."
    assert "CONSULT" in {e for e, _ in _counted(_events(coder, text))}


@pytest.mark.parametrize("text", [
    "Nurses are battling with the health ministry over pay and staffing.",
    "The dockers' union fought with the port authority about the new shift rules.",
])
def test_a_fight_over_a_topic_between_unarmed_sides_is_no_combat(coder, text):
    assert "ASSAULT" not in {e.event for e in _candidates(coder, text)}, text


@pytest.mark.parametrize("text", [
    "Government troops fought with the rebels over the hilltop town.",
    "The army battled the insurgents in the northern hills.",
])
def test_armed_sides_fighting_over_a_place_is_combat(coder, text):
    assert "ASSAULT" in {e for e, _ in _counted(_events(coder, text))}, text


@pytest.mark.parametrize(("text", "event", "cameo"), [
    ("The interior ministry decided on Monday to ease restrictions on foreign reporters.",
     "CONCEDE", "08"),
    ("Portugal has decided to grant asylum to the former opposition leader.", "AID", "07"),
])
def test_a_decision_taken_to_ease_or_grant_is_the_act(coder, text, event, cameo):
    events = _events(coder, text)
    assert (event, cameo) in _counted(events), (text, events)
    assert not [e for e in events if e.cameo == "03"], text


@pytest.mark.parametrize(("text", "word"), [
    ("The party decided to hold talks with the rebel leaders.", "hold"),
    ("The parliament will decide next week whether to lift the state of emergency.", "lift"),
])
def test_a_decision_to_meet_or_one_still_to_come_is_not_the_act(coder, text, word):
    act = [e for e in _candidates(coder, text) if e.event_text == word]
    assert act and all(e.modality != "asserted" for e in act), (text, act)


@pytest.mark.parametrize("text", [
    "Forty British instructors deployed to Kenya to train the national army.",
    "The United States sent 300 troops to help the Iraqi army.",
])
def test_troops_sent_to_train_or_help_an_army_are_military_aid(coder, text):
    counted = _counted(_events(coder, text))
    assert ("AID", "07") in counted and "MOBILIZE" not in {e for e, _ in counted}, text


def test_troops_sent_to_intimidate_are_still_a_show_of_force(coder):
    text = "Russia deployed troops to the border to intimidate its neighbour."
    assert "MOBILIZE" in {e for e, _ in _counted(_events(coder, text))}


@pytest.mark.parametrize("text", [
    "A young cyclist was killed when his bicycle hit a tram in the city centre.",
    "An elderly man was killed after being hit by a bus near the station.",
    "Nine workers were killed in a gas explosion at the chemical plant.",
    "Two fishermen were killed when their boat capsized off the coast.",
])
def test_a_death_in_an_accident_is_no_attack(coder, text):
    assert "ASSAULT" not in {e for e, _ in _counted(_events(coder, text))}, text


@pytest.mark.parametrize("text", [
    "Four soldiers were killed when a car bomb hit their convoy near the border.",
    "Six people were killed when a truck ploughed into a crowd at the night market.",
    # a clause of circumstance that tells no accident leaves the act an act
    "After the peace talks collapsed, militias shelled the border villages.",
    "After their jeep crashed, gunmen shot the two policemen.",
])
def test_a_vehicle_used_as_a_weapon_is_still_an_attack(coder, text):
    assert "ASSAULT" in {e for e, _ in _counted(_events(coder, text))}, text


def test_what_a_demand_that_clause_asks_for_is_not_done(coder):
    text = "The rebels repeated their demand that the government release all prisoners."
    freed = [e for e in _candidates(coder, text) if e.event_text == "release"]
    assert freed and all(e.modality == "hypothetical" for e in freed), freed


@pytest.mark.parametrize("text", [
    "Canada said it would deploy a battalion to Latvia next spring.",
    "Spain pledged to send 200 soldiers to Senegal.",
])
def test_an_announced_deployment_to_a_state_is_an_intent_to_cooperate(coder, text):
    counted = _counted(_events(coder, text))
    assert ("AGREE", "03") in counted and "THREATEN" not in {e for e, _ in counted}, text


def test_an_announced_deployment_to_a_border_is_still_a_threat(coder):
    text = "Beijing vowed to send warships to the disputed reef."
    assert "THREATEN" in {e for e, _ in _counted(_events(coder, text))}


def test_an_agents_first_word_opening_a_sentence_is_no_person(coder):
    record = _record(coder, "Riot police fired tear gas at students outside the university.")
    assert not [e for e in record.entities if e.kind == "person"]


def test_a_name_on_a_crossing_is_no_organisation(coder):
    record = _record(coder, "Uzbekistan closed the Dostyk crossing with Kyrgyzstan on Monday.")
    assert "Dostyk" not in {e.name for e in record.entities}


def test_a_division_named_after_a_preposition_of_place_is_no_actor(coder):
    record = _record(coder, "Gunmen kidnapped 20 farmers from a village in Sokoto state.")
    assert not [e for e in record.entities if "state" in e.name.lower()]


@pytest.mark.parametrize("text", [
    "A landslide hit a hill town in Peru on Sunday, leaving 14 people dead and dozens injured.",
    "The typhoon left nine people dead and 60 injured on the island.",
    "The tornado, which killed 30 people and destroyed hundreds of houses, crossed the county.",
    "Officials said aid was on its way after a huge mudslide buried much of the town on "
    "Friday, leaving at least 25 people dead and hundreds injured.",
])
def test_a_hazards_toll_told_by_leaving_or_a_second_verb_is_no_assault(coder, text):
    assert "ASSAULT" not in {e.event for e in _candidates(coder, text)}


def test_a_bombings_toll_told_by_leaving_stays_an_assault(coder):
    text = "The car bombing left six people dead and 20 injured in the market."
    assert "ASSAULT" in {e.event for e in _events(coder, text)}


@pytest.mark.parametrize(("text", "kind"), [
    ("The accused was freed on bail on Tuesday.", "ACCUSE"),
    ("The judge said the accused had left the country.", "ACCUSE"),
    ("The wounded were flown to a hospital in the capital.", "ASSAULT"),
])
def test_a_participle_with_a_determiner_names_people_not_an_act(coder, text, kind):
    assert kind not in {e.event for e in _candidates(coder, text)}


@pytest.mark.parametrize("text", [
    "Bandits armed with machetes blocked the road.",
    "The pickup was armed with a heavy machine gun.",
    "The militiamen were equipped with night-vision goggles.",
])
def test_what_someone_is_armed_with_is_no_giving_of_arms(coder, text):
    assert not {"AID", "MOBILIZE"} & {e.event for e in _candidates(coder, text)}


@pytest.mark.parametrize(("text", "protest"), [
    ("The new scheme demonstrates the rising role that Ghana plays in trade.", False),
    ("Detectives gathered evidence at the burnt house.", False),
    ("Hundreds of teachers demonstrated outside the ministry on Monday.", True),
    ("Farmers gathered in the main square to denounce the tax.", True),
])
def test_demonstrating_and_gathering_are_protests_only_without_an_object(coder, text, protest):
    assert ("PROTEST" in {e.event for e in _candidates(coder, text)}) == protest


@pytest.mark.parametrize(("text", "kind"), [
    ("Soldiers threw grenades into the bunker.", "ASSAULT"),
    ("Special forces stormed the hijacked plane at dawn.", "ASSAULT"),
    ("An angry crowd threw rocks and bottles at the police station.", "ASSAULT"),
])
def test_violence_with_weapons_or_stones_is_an_assault(coder, text, kind):
    assert kind in {e.event for e in _events(coder, text)}


def test_storming_out_of_a_meeting_is_leaving(coder):
    text = "The opposition delegates stormed out of the session on Tuesday."
    assert "ASSAULT" not in {e.event for e in _candidates(coder, text)}


@pytest.mark.parametrize(("text", "word"), [
    ("The truce deal includes a ceasefire along the northern front.", "ceasefire"),
    ("The plan involves sending peacekeepers to the border towns.", "sending"),
    ("The president is set to announce the lifting of the curfew in the capital.", "lifting"),
])
def test_an_act_a_text_holds_or_an_announcement_to_come_names_is_not_done(coder, text, word):
    found = [e for e in _candidates(coder, text) if e.event_text == word]
    assert found and all(e.modality not in ("asserted", "historical") for e in found)


def test_an_announced_act_is_still_reported(coder):
    text = "The governor announced the lifting of the curfew on Friday."
    found = [e for e in _candidates(coder, text) if e.event_text == "lifting"]
    assert found and {e.modality for e in found} == {"asserted"}


def test_an_act_wanted_of_others_as_a_participle_is_no_promise(coder):
    text = "The unions want the strikers released."
    found = _candidates(coder, text)
    assert not {"CONCEDE", "RETREAT"} & {e.event for e in found
                                         if e.modality in ("asserted", "historical")}


@pytest.mark.parametrize(("text", "word"), [
    ("The militia showed little willingness among its chiefs to hand over the rifles.", "hand"),
    ("The governor turned down the invitation to attend the summit.", "attend"),
])
def test_an_infinitive_on_a_noun_of_intent_or_asking_is_not_done(coder, text, word):
    found = [e for e in _candidates(coder, text) if e.event_text == word]
    assert found and all(e.modality not in ("asserted", "historical") for e in found)


@pytest.mark.parametrize(("text", "kind"), [
    ("The fighters belong to a faction supported by Eritrea.", "SUPPORT"),
    ("Chile is one of several countries opposed to the new fishing rules.", "REJECT"),
])
def test_a_stance_participle_on_a_noun_describes_no_act(coder, text, kind):
    assert kind not in {e.event for e in _candidates(coder, text)}


def test_a_stance_taken_on_a_date_is_still_an_act(coder):
    text = "The budget, backed by the cabinet on Monday, cuts fuel subsidies."
    assert "SUPPORT" in {e.event for e in _candidates(coder, text)}


@pytest.mark.parametrize("text", [
    "The minister, speaking with journalists in Accra, said the vote would go ahead.",
    "The prime minister met reporters at his residence on Sunday.",
])
def test_talking_to_the_press_is_no_consultation(coder, text):
    assert "CONSULT" not in {e.event for e in _candidates(coder, text)
                             if e.modality in ("asserted", "historical")}


def test_meeting_an_envoy_is_still_a_consultation(coder):
    text = "The minister met the Ghanaian ambassador in Accra on Monday."
    assert "CONSULT" in {e.event for e in _events(coder, text)}


@pytest.mark.parametrize(("text", "kind"), [
    ("The council agreed to halt the building of the new port.", "CONCEDE"),
    ("The regime agreed to let the inspectors into the plant.", "CONCEDE"),
    ("The donors agreed to suspend loans to the military government.", "AGREE"),
    ("The two sides agreed to hold talks in Oslo.", "AGREE"),
])
def test_agreeing_to_stop_or_let_promises_a_concession(coder, text, kind):
    found = {e.event for e in _candidates(coder, text) if e.event_text == "agreed"}
    assert found == {kind}


@pytest.mark.parametrize(("text", "word"), [
    ('The marchers chanted "burn the buildings" outside the gates.', "burn"),
    ("Release the hostages now!", "Release"),
])
def test_a_slogan_or_a_command_reports_no_act(coder, text, word):
    found = [e for e in _candidates(coder, text) if e.event_text == word]
    assert found and all(e.modality not in ("asserted", "historical") for e in found)


def test_any_act_is_no_one_act(coder):
    text = "Any raid on the refugee camps is a war crime, the envoy said."
    found = [e for e in _candidates(coder, text) if e.event_text == "raid"]
    assert found and all(e.modality not in ("asserted", "historical") for e in found)


def test_a_warning_that_any_attack_will_be_answered_threatens(coder):
    text = '"Any attack on our oil fields will be answered," warned the Iraqi army chief.'
    assert "THREATEN" in {e.event for e in _events(coder, text)}


def test_a_disease_that_kills_is_no_assault(coder):
    text = "Measles has spread through four districts, killing dozens of children."
    assert "ASSAULT" not in {e.event for e in _candidates(coder, text)}


def test_a_rescue_operation_conducted_is_no_assault(coder):
    text = "The coast guard conducted a search and rescue operation off the island."
    assert "ASSAULT" not in {e.event for e in _candidates(coder, text)}


def test_a_military_operation_conducted_is_an_assault(coder):
    text = "The army conducted a military operation in the northern hills on Monday."
    assert "ASSAULT" in {e.event for e in _events(coder, text)}


@pytest.mark.parametrize("text", [
    "The report recommended that Poland should be ready to deploy troops to the border.",
    "The fund could support states willing to send peacekeepers to the region.",
])
def test_a_commitment_only_supposed_commits_no_one(coder, text):
    assert not {"AGREE", "THREATEN"} & {e.event for e in _candidates(coder, text)
                                        if e.modality in ("asserted", "historical")}


def test_a_stated_readiness_still_commits(coder):
    text = "Ghana said it was ready to send troops to the border."
    assert {"AGREE", "THREATEN"} & {e.event for e in _candidates(coder, text)
                                    if e.modality in ("asserted", "historical")}


def test_a_negated_any_stays_negated(coder):
    text = "The union said it had not agreed to any talks with the ministry."
    found = [e for e in _candidates(coder, text) if e.event_text == "talks"]
    assert found and {e.modality for e in found} == {"negated"}


@pytest.mark.parametrize(("text", "word"), [
    ("To refuse the loan now would be a serious error, the minister said.", "refuse"),
])
def test_an_act_an_infinitive_subject_names_is_not_done(coder, text, word):
    found = [e for e in _candidates(coder, text) if e.event_text == word]
    assert found and all(e.modality not in ("asserted", "historical") for e in found)


@pytest.mark.parametrize(("text", "protest"), [
    ("About two thousand refugees have gathered in a camp near the river.", False),
    ("Hundreds of mourners gathered at the cemetery on Sunday.", False),
    ("Thousands of students gathered outside parliament on Monday.", True),
])
def test_who_gathers_decides_whether_it_is_a_protest(coder, text, protest):
    assert ("PROTEST" in {e.event for e in _candidates(coder, text)}) == protest


def test_a_relative_pronoun_stands_for_its_noun_as_a_triggers_subject(coder):
    text = "The marchers, who clashed with riot police near the bridge, were later dispersed."
    found = [e for e in _candidates(coder, text) if e.event_text == "clashed"]
    assert found and {(e.event, e.mode) for e in found} == {("PROTEST", "riot")}


def test_we_in_an_unquoted_report_is_the_reporter(coder):
    text = "We will retake the airport within a week, the militia commander said on Sunday."
    retake = [e for e in _candidates(coder, text) if e.event_text == "retake"]
    assert retake and {a.text for e in retake for a in e.actor} == {"militia commander"}


@pytest.mark.parametrize("text", [
    "The governor fought a legal battle with the federal agency over the dam.",
    "The couple are locked in a bitter custody fight in a Nairobi court.",
])
def test_a_contest_fought_by_other_means_is_no_attack(coder, text):
    assert not [e for e in _candidates(coder, text) if e.event == "ASSAULT" and e.confidence]


# ------------------------------------------- more ways of saying the weakest types (evt11)

@pytest.mark.parametrize(("text", "kind", "mode", "word"), [
    # forces stationed, called in, kept on alert, recruited
    ("Armed militiamen were stationed at the checkpoints on Wednesday.", "MOBILIZE", "militia",
     None),
    ("Riot police were stationed outside the parliament building.", "MOBILIZE", "police", None),
    ("The governor called in security forces after the riots.", "MOBILIZE", "troops", None),
    ("The border troops remained on high alert on Friday.", "MOBILIZE", None, "remained"),
    ("Chadian troops were on high alert along the border.", "MOBILIZE", None, "were"),
    # troops flown in are deployed
    ("Hundreds of soldiers were airlifted to the northern province.", "MOBILIZE", "troops",
     None),
    ("The air force flew in 300 paratroopers overnight.", "MOBILIZE", "troops", None),
    ("The president ordered the recruitment of 5,000 soldiers.", "MOBILIZE", None, None),
    # an armed band that dissolves itself disbands
    ("The militia dissolved itself at a ceremony in the capital.", "RETREAT", "disarm", None),
    # seized sites handed back
    ("The army returned the seized mining sites to the villagers.", "RETREAT", "release", None),
    # 'gave into' is a common spelling of 'gave in to'
    ("The government gave into the demands of the striking teachers.", "CONCEDE", None, None),
])
def test_still_more_ways_of_saying_a_weak_type(coder, text, kind, mode, word):
    found = [e for e in _candidates(coder, text)
             if e.event == kind and e.modality in ("asserted", "historical")
             and word in (None, e.event_text)]  # not the bare noun 'alert' (weight 0.3)
    assert found, text
    assert mode is None or mode in {e.mode for e in found}, text


@pytest.mark.parametrize(("text", "kind", "word"), [
    ("The ruling party dissolved itself after the election defeat.", "RETREAT", "dissolved"),
    ("The hospitals remained on high alert after the flood.", "MOBILIZE", "remained"),
    ("The ministry ordered the recruitment of 500 teachers.", "MOBILIZE", "recruitment"),
    ("The foreign minister called in the ambassador on Monday.", "MOBILIZE", "called"),
    ("The protesters returned to the site of the rally.", "RETREAT", "returned"),
    ("The hospitals are on high alert after the flood.", "MOBILIZE", "are"),
    ("The army airlifted food to the flooded villages.", "MOBILIZE", "airlifted"),
    ("The president flew in a military plane to the capital.", "MOBILIZE", "flew"),
])
def test_not_these_weak_types_when_the_doer_or_object_says_otherwise(coder, text, kind, word):
    assert not [e for e in _candidates(coder, text) if e.event == kind and e.event_text == word]


def test_a_negated_act_leaves_its_when_clause_reported(coder):
    """'when' opens a clause the parser hangs on the main verb as an adverb: the negation of
    the main clause does not reach it (the storming happened)."""
    text = "The police did not intervene when the protesters stormed the ministry."
    stormed = [e for e in _candidates(coder, text) if e.event_text == "stormed"]
    assert stormed and {e.modality for e in stormed} == {"asserted"}


@pytest.mark.parametrize(("text", "kind"), [
    # forces that help no side they name are deployed, not given as aid
    ("The president called in security forces to help with the evacuation of the coast.",
     "MOBILIZE"),
    ("The governor deployed soldiers to help restore order in the city.", "MOBILIZE"),
    # forces sent to help a side are military aid
    ("The government sent 300 troops to help the Malian army.", "AID"),
    ("Senegal sent troops to help Gambia secure its border.", "AID"),
    ("The army deployed 200 soldiers to the island to train with the Surinamese army.", "AID"),
])
def test_forces_sent_to_help_give_aid_only_to_a_side_they_name(coder, text, kind):
    sent = [e for e in _candidates(coder, text)
            if e.event in ("MOBILIZE", "AID") and e.modality == "asserted"]
    assert {e.event for e in sent} == {kind}, text


@pytest.mark.parametrize(("text", "accused", "result"), [
    ("The ministry accused the militia of shelling a market in the north, wounding six "
     "traders.", "militia", "wounding"),
    ("Residents blamed the soldiers for burning the granary, leaving the village without "
     "food.", "soldiers", "leaving"),
])
def test_a_result_of_an_act_blamed_on_someone_is_theirs_and_alleged(coder, text, accused,
                                                                   result):
    found = [e for e in _candidates(coder, text) if e.event_text == result]
    assert all({a.text for a in e.actor} <= {accused} for e in found)
    assert all(e.modality not in ("asserted", "historical") for e in found)


def test_ordering_an_envoy_out_is_an_expulsion(coder):
    text = "The interim council ordered the Danish ambassador to leave the country by Sunday."
    found = [e for e in _candidates(coder, text) if e.event_text == "ordered"]
    assert found and {(e.event, e.mode) for e in found} == {("SANCTION", "expel")}


def test_a_ministry_protesting_an_act_disapproves_and_does_not_march(coder):
    text = "The foreign ministry called in the Turkish envoy to protest the raid on the village."
    protest = [e for e in _candidates(coder, text) if e.event_text == "protest"]
    assert protest and {e.event for e in protest} == {"ACCUSE"}



@pytest.mark.parametrize(("text", "threat"), [
    ("The spread of cheap missiles threatens navigation and the stability of the coast.", False),
    ("The drought threatens the livelihood of two million herders.", False),
    ("The rebel commander threatened the aid convoy's drivers with death.", True),
])
def test_what_endangers_is_no_threat_made(coder, text, threat):
    assert ("THREATEN" in {e.event for e in _candidates(coder, text)
                           if e.event_text.startswith("threat")}) == threat


def test_what_an_object_is_not_is_not_said_by_a_noun_modifying_it(coder):
    # "struck oil" finds oil; "struck an oil depot" attacks it
    found = [e for e in _candidates(coder, "Drones struck an oil depot near the port overnight.")
             if e.event_text == "struck"]
    assert found and {e.event for e in found} == {"ASSAULT"}


# ------------------------------------------------- issue 10 (evt10): one event read as two types

@pytest.mark.parametrize("text", [
    '"We will meet the opposition next week," the president said.',
    "The foreign minister offered to hold talks with the rebels.",
])
def test_a_meeting_its_actor_commits_to_is_an_intent(coder, text):
    assert "AGREE" in {e.event for e in _candidates(coder, text)
                       if e.modality in ("asserted", "historical")}


@pytest.mark.parametrize("text", [
    "Hackers broke into the computer network of a regional power company on Sunday. "
    "Investigators said the attack appeared to have been carried out by a criminal gang. "
    "The company's billing system was also targeted, a spokesman said.",
    "A cyberattack crippled the city's hospital records for two days. Officials confirmed "
    "the attacks to reporters on Monday.",
])
def test_a_cyber_story_comes_back_to_its_attack_in_general_words(coder, text):
    found = _candidates(coder, text)
    assert ("COERCE", "cyber") in {(e.event, e.mode) for e in found}
    assert "ASSAULT" not in {e.event for e in found}


def test_a_story_of_violence_keeps_its_attacks(coder):
    text = ("Rebels attacked an army base on Sunday, killing four soldiers. Separately, a "
            "cyberattack hit the central bank's website.")
    found = {(e.event, e.mode) for e in _candidates(coder, text)}
    assert ("COERCE", "cyber") in found and "ASSAULT" in {kind for kind, _ in found}


def test_a_crowd_that_disperses_of_itself_is_not_driven_off(coder):
    text = "The marchers dispersed after an hour and went home."
    assert "ASSAULT" not in {e.event for e in _candidates(coder, text)}


@pytest.mark.parametrize("text", [
    "The protesters were dispersed by police with water cannon.",
    "Police dispersed hundreds of farmers who had blocked the highway.",
])
def test_a_crowd_dispersed_by_police_is_crowd_control(coder, text):
    assert ("ASSAULT", "crowd-control") in {(e.event, e.mode) for e in _candidates(coder, text)}


@pytest.mark.parametrize("text", [
    "Nurses launched a general strike on Monday to demand higher pay.",
    "Dock workers launched an indefinite strike over wages.",
])
def test_a_strike_of_work_launched_is_a_protest_not_an_attack(coder, text):
    kinds = {e.event for e in _candidates(coder, text) if e.modality == "asserted"}
    assert "PROTEST" in kinds and "ASSAULT" not in kinds


def test_strikes_launched_by_an_air_force_are_attacks(coder):
    text = "The air force launched strikes on rebel positions near the border."
    assert "ASSAULT" in {e.event for e in _candidates(coder, text)}


@pytest.mark.parametrize(("text", "word"), [
    ("None of the suspects carried out any attacks, the court said.", "carried"),
    ("Nobody attacked the convoy, the army said.", "attacked"),
    ("Neither side fired a shot during the night.", "fired"),
    ("No soldiers were killed in the ambush.", "killed"),
    ("None of the contractors is thought to have carried out any attacks.", "carried"),
    ("No state agreed to send troops to the border.", "send"),
])
def test_an_act_denied_of_everyone_is_negated(coder, text, word):
    found = [e for e in _candidates(coder, text) if e.event_text == word]
    assert found and {e.modality for e in found} == {"negated"}


def test_a_clause_after_a_denial_keeps_its_own_modality(coder):
    text = "No soldiers were killed in the ambush, but the rebels wounded two guards."
    found = [e for e in _candidates(coder, text) if e.event_text == "wounded"]
    assert found and {e.modality for e in found} == {"asserted"}


@pytest.mark.parametrize(("text", "word"), [
    ("A court in Lima issued a warrant for the arrest of the former mayor.", "arrest"),
    ("The opposition called on the council to declare a state of emergency and ban all "
     "rallies.", "ban"),
    ("The new radar is designed to target incoming missiles.", "target"),
    ("The exercise showed the navy's capability to find and destroy enemy submarines.",
     "destroy"),
])
def test_an_act_asked_for_or_made_possible_is_not_done(coder, text, word):
    found = [e for e in _candidates(coder, text) if e.event_text == word]
    assert found and all(e.modality not in ("asserted", "historical") for e in found)


def test_the_terms_of_an_accord_announce_no_intent(coder):
    text = "Under the accord, the two states will support each other in fighting smuggling."
    found = _candidates(coder, text)
    assert ("SUPPORT", "future") in {(e.event, e.modality) for e in found}
    assert "AGREE" not in {e.event for e in found if e.modality in ("asserted", "historical")}


def test_a_plain_future_of_support_still_announces_an_intent(coder):
    text = "The two states will support each other in fighting smuggling."
    assert "AGREE" in {e.event for e in _candidates(coder, text)
                       if e.modality in ("asserted", "historical")}


@pytest.mark.parametrize("text", [
    '"Who will pay for the damage?" the mayor asked.',
    '"Why now?", the minister asked rhetorically.',
    '"Is this the peace we were promised?" asked the opposition leader.',
])
def test_a_quoted_question_asked_is_no_request(coder, text):
    assert "REQUEST" not in {e.event for e in _candidates(coder, text)}


def test_asking_someone_for_something_is_still_a_request(coder):
    text = "The mayor asked the government for more money."
    assert "REQUEST" in {e.event for e in _candidates(coder, text)}


def test_remarks_released_to_the_press_free_no_one(coder):
    text = "His lawyer released his remarks to the press on Friday."
    assert "RETREAT" not in {e.event for e in _candidates(coder, text)}


@pytest.mark.parametrize("text", [
    "A press conference was held in the capital on Monday by the coalition.",
    "The minister held a news conference in Kabul on Sunday.",
])
def test_a_conference_for_the_press_is_no_consultation(coder, text):
    assert "CONSULT" not in {e.event for e in _candidates(coder, text)}


def test_a_conference_between_ministers_is_a_consultation(coder):
    text = "The two ministers held a conference on water in Kabul."
    assert "CONSULT" in {e.event for e in _candidates(coder, text)}


@pytest.mark.parametrize(("text", "kind"), [
    ("Just 25 percent of voters approve of the way the mayor handles the crisis.", "SUPPORT"),
    ("Sixty per cent of the residents support the new dam.", "SUPPORT"),
    ("The militants had been sheltering in the city for months.", "AID"),
])
def test_a_poll_and_taking_shelter_are_no_acts_of_their_kind(coder, text, kind):
    assert kind not in {e.event for e in _candidates(coder, text)}


@pytest.mark.parametrize(("text", "kind"), [
    ("Some 70 percent of the teachers are on strike.", "PROTEST"),
    ("The church sheltered hundreds of refugees during the fighting.", "AID"),
    ("The residents support the new dam.", "SUPPORT"),
])
def test_a_share_on_strike_and_shelter_given_are_still_acts(coder, text, kind):
    assert kind in {e.event for e in _candidates(coder, text)}


def test_a_figure_of_speech_in_a_cyber_story_tells_of_no_violence(coder):
    text = ("A cyberattack crippled the port computers on Monday. The attack was aimed at the "
            "destruction of our economy, the mayor said.")
    attack = [e for e in _candidates(coder, text) if e.event_text == "attack"]
    assert attack and {(e.event, e.mode) for e in attack} == {("COERCE", "cyber")}


def test_an_act_others_are_thought_to_have_done_is_not_denied(coder):
    text = "The rebels are thought to have carried out the attack."
    found = [e for e in _candidates(coder, text) if e.event_text == "carried"]
    assert found and {e.modality for e in found} != {"negated"}


@pytest.mark.parametrize(("text", "word"), [
    ("Three soldiers are held in Paris on charges of murdering civilians in a raid.",
     "murdering"),
    ("The activist faces charges of attacking a police officer.", "attacking"),
])
def test_a_gerund_of_a_charge_is_alleged(coder, text, word):
    found = [e for e in _candidates(coder, text) if e.event_text == word]
    assert found and {e.modality for e in found} == {"hypothetical"}


@pytest.mark.parametrize("text", [
    "One woman was killed after being run over in a traffic accident.",
    "The latest measure targeting the opposition party came into force on Monday.",
    "A law targeting foreign-funded charities was passed on Friday.",
])
def test_a_road_accident_and_a_measure_that_targets_are_no_assaults(coder, text):
    assert "ASSAULT" not in {e.event for e in _candidates(coder, text)}


@pytest.mark.parametrize("text", [
    "The gunmen, targeting a police station, killed two officers.",
    "A soldier was killed after being shot in an ambush.",
])
def test_gunmen_targeting_and_a_shooting_in_an_ambush_are_assaults(coder, text):
    assert "ASSAULT" in {e.event for e in _candidates(coder, text)}


@pytest.mark.parametrize(("text", "word"), [
    ("The latest round of talks to forge a global trade pact is moving ahead.", "forge"),
    ("The government said it was serious about reaching an agreement with the unions.",
     "reaching"),
])
def test_what_talks_or_a_mission_are_for_is_not_done(coder, text, word):
    found = [e for e in _candidates(coder, text) if e.event_text == word]
    assert found and all(e.modality not in ("asserted", "historical") for e in found)


@pytest.mark.parametrize(("text", "word"), [
    ("Ghana was the first country to recognise the new government.", "recognise"),
    ("The army freed the hostages in a rescue mission on Monday.", "freed"),
])
def test_an_infinitive_on_another_noun_and_a_mission_done_are_reported(coder, text, word):
    found = [e for e in _candidates(coder, text) if e.event_text == word]
    assert found and {e.modality for e in found} == {"asserted"}


@pytest.mark.parametrize("text", [
    "The police raids targeted members of the party.",
    "The raids on the houses were carried out by security forces on Wednesday.",
    "Police launched a raid on the offices of the newspaper.",
])
def test_a_police_raid_told_by_general_attack_verbs_is_coercion(coder, text):
    kinds = {e.event for e in _candidates(coder, text)}
    assert "COERCE" in kinds and "ASSAULT" not in kinds


@pytest.mark.parametrize("text", [
    "Militants carried out a raid on a border village, killing six.",
    "Soldiers launched a raid on the rebel camp.",
])
def test_a_raid_by_armed_men_is_an_attack(coder, text):
    assert "ASSAULT" in {e.event for e in _candidates(coder, text)}


# ------------------------------------------------ where the act is, who it is (reader's checks)

def _place_of(coder, text: str, word: str) -> str | None:
    record = _record(coder, text)
    names = {p.id: p.name for p in record.places}
    cut, coder.min_confidence = coder.min_confidence, 0.0
    try:
        events = _events(coder, text)
    finally:
        coder.min_confidence = cut
    found = [e for e in events if e.event_text == word]
    assert found, (text, word)
    return names.get(found[0].event_loc)


@pytest.mark.parametrize(("text", "word", "place"), [
    ("CAIRO, May 2 (Newswire) - Egyptian jets struck depots belonging to the militia in "
     "eastern Libya, the army said.", "struck", "Libya"),
    ("BERLIN, May 2 (Newswire) - The chancellor spoke with farmers in Hanover on Friday.",
     "spoke", "Hannover"),
    ("ADDIS ABABA, May 2 (Newswire) - The two presidents held talks on the sidelines of the "
     "regional summit in Nairobi last week.", "held", "Nairobi"),
])
def test_an_act_is_where_those_it_involves_are_before_the_dateline(coder, text, word, place):
    assert _place_of(coder, text, word) == place


def test_a_statement_about_people_somewhere_is_not_made_there(coder):
    text = ("AMMAN, May 2 (Newswire) - The minister criticised the donors for their silence "
            "on the refugees in Lebanon.")
    assert _place_of(coder, text, "criticised") != "Lebanon"


def test_what_a_meeting_comes_ahead_of_is_still_to_come(coder):
    found = {e.event_text: e.modality for e in _candidates(
        coder, "Ruto meets Museveni in Kampala ahead of regional summit")}
    assert found["meets"] == "asserted" and found["summit"] == "future"
    found = {e.event_text: e.modality for e in _candidates(
        coder, "The two ministers met in Geneva ahead of last week's summit.")}
    assert found["summit"] != "future"


def test_it_in_a_second_verb_is_the_first_verbs_subject(coder):
    found = [e for e in _candidates(
        coder, "Baghdad condemned the raid and said it would summon the Turkish envoy.")
        if e.event_text == "summon"]
    assert found and [a.country for a in found[0].actor] == ["IRQ"]


@pytest.mark.parametrize("text", [
    "Kenya's President William Ruto and his Ugandan counterpart Yoweri Museveni signed a trade "
    "deal on Monday.",
    "Kenya's President William Ruto and his Ugandan counterpart Yoweri Museveni on Monday "
    "signed a trade deal.",
])
def test_a_title_and_its_counterpart_both_act_by_their_names(coder, text):
    signed = [e for e in _candidates(coder, text) if e.event_text == "signed"]
    assert signed and {a.country for a in signed[0].actor} == {"KEN", "UGA"}
    assert {a.name for a in signed[0].actor} == {"William Ruto", "Yoweri Museveni"}


def test_leaders_who_clash_disagree_and_gangs_who_clash_fight(coder):
    words = {e.event_text: e.event for e in _candidates(
        coder, "The two ministers, who have clashed over budget rules, met on Monday.")}
    assert "clashed" not in words
    assert "ASSAULT" in {e.event for e in _candidates(
        coder, "Rival gangs clashed in the market on Sunday.")}


def _entities(coder, text: str) -> dict[str, tuple]:
    return {e.name: (e.kind, e.country, e.sector) for e in _record(coder, text).entities}



# What the text says of a generic actor's country, and where it says nothing: the story's
# country is no guess for those tied to someone else (all sentences our own).
COUNTRIES_THE_TEXT_GIVES = [
    # "his country" is the speaker's; the man named after a title is not the office's
    # last holder the knowledge base knows
    ("MOGADISHU, Jan 8 (Newswire) - Somalia recalled its ambassador on Monday. Somali troops "
     "were put on alert. Djibouti's foreign minister Ali Hassan said his country would not take "
     "sides.", {"country": "DJI", "Ali Hassan": "DJI"}),
    # a report from Caracas that names the United States more often than Venezuela
    ("CARACAS, Dec 20 (Newswire) - Venezuela freed five Americans on Wednesday. U.S. officials "
     "said the Americans were flown to Texas. The U.S. State Department thanked Qatar.\n\n"
     "Washington will ease some sanctions, U.S. officials said.\n\nThe opposition leader "
     "welcomed the release of political prisoners.", {"political prisoners": None}),
    ("TIRANA, Dec 27 (Newswire) - Albania's parliament said its servers were hit on Monday. The "
     "cyber agency blamed a group linked to Iran. Albanian police are investigating.",
     {"group": None}),
    ("BOGOTA, Feb 6 (Newswire) - Peace talks resumed in Havana on Tuesday. The rebels want "
     "guarantees from President Gustavo Petro's government.", {"government": "COL"}),
    ("Air strike kills aid workers in Gaza, charity says\n\nJERUSALEM, April 2 (Newswire) - An "
     "Israeli air strike killed five workers of a food charity on Monday, the group said.",
     {"aid workers": None, "group": None}),
    ("JERUSALEM, Feb 8 (Newswire) - Israel freed 90 Palestinian prisoners on Saturday. The "
     "Israeli army said the releases went as planned. Israeli officials said more would follow."
     "\n\nBuses carrying the released prisoners arrived at dusk.", {"released prisoners": "PSE"}),
    ("KIGALI, May 9 (Newswire) - Rwanda handed 40 Burundian fishermen back on Friday. Rwandan "
     "officials said the handover went smoothly. Rwandan police escorted them.\n\nTrucks "
     "carrying the freed fishermen crossed the border at dusk.", {"freed fishermen": "BDI"}),
    ("A special tribunal in Bangladesh sentenced the former minister on Monday. Refugees in "
     "Jordan protested on Tuesday.", {"special tribunal": "BGD", "refugees": None}),
    ("GABORONE, Nov 1 (Newswire) - The opposition won the election, ending the long rule of the "
     "Botswana Democratic Party.", {"Democratic Party": "BWA"}),
    ("TEHRAN, June 12 (Newswire) - Iran rejected the resolution of the UN nuclear watchdog's "
     "board of governors on Thursday. It was approved by 19 board members. Iran refused to "
     "cooperate with inspectors. Iran said it would respond.",
     {"governors": None, "board members": None, "inspectors": None}),
    ("PORT-AU-PRINCE, Nov 12 (Newswire) - Gangs attacked the airport. The multinational "
     "security mission said its officers had repelled the attacks. Haitian police were "
     "deployed.", {"officers": None}),
]


@pytest.mark.parametrize(("text", "countries"), COUNTRIES_THE_TEXT_GIVES)
def test_a_generic_actor_has_the_country_the_text_gives_and_no_guess(coder, text, countries):
    found = _entities(coder, text)
    assert {name: found[name][1] for name in countries} == countries


def test_a_title_of_state_is_an_office_not_a_body_or_a_name(coder):
    found = _entities(coder, "Deputy Secretary of State Anna Berg warned on Monday that "
                             "Washington would respond.")
    assert "State" not in found and not any(n.lower().startswith("deputy") for n in found)
    assert found["Anna Berg"][2] == "GOV"  # a deputy secretary, no member of parliament
    found = _entities(coder, "U.S. Assistant Secretary of State Tom Hale said on Tuesday that "
                             "talks would resume.")
    assert not any("Assistant" in n for n in found) and found["Tom Hale"][1] == "USA"


def test_a_body_named_by_its_noun_has_that_sector(coder):
    found = _entities(coder, "ATHENS, June 3 (Newswire) - The Hellenic Coast Guard rescued 20 "
                             "people off Crete. The Indian Army said the border was calm. The "
                             "parliament's secretary general said voting would resume.")
    assert found["Hellenic Coast Guard"][2] == "MIL" and found["Indian Army"][1:] == ("IND", "MIL")
    assert found["secretary general"][2] == "GOV"  # no general of an army


@pytest.mark.parametrize("text", [
    "Somalia on Monday recalled its ambassador to Ethiopia and accused Addis Ababa of meddling.",
    "Somalia recalled its ambassador from Ethiopia on Monday.",
])
def test_recalling_an_envoy_is_done_to_the_state_of_the_post(coder, text):
    recalled = [e for e in _candidates(coder, text) if e.event_text == "recalled"]
    assert recalled and [r.country for r in recalled[0].recipient] == ["ETH"]


def test_an_attack_blamed_on_someone_has_them_as_its_doer(coder):
    found = [e for e in _candidates(coder, "A cyberattack blamed on Iranian hackers hit the "
                                            "parliament's servers on Monday.")
             if e.event_text == "cyberattack"]
    assert found and [a.country for a in found[0].actor] == ["IRN"]


def test_who_blames_an_attack_did_not_do_it(coder):
    killed = [e for e in _candidates(coder, "The bombing, which police blamed on separatists, "
                                            "killed four people.")
              if e.event_text == "killed"]
    assert killed and not any(a.name.lower() == "police" for a in killed[0].actor)


def test_a_disasters_toll_is_no_attack(coder):
    text = ("Floods kill dozens in northern province\n\nMAZAR-I-SHARIF, May 12 (Newswire) - "
            "Flash floods after days of heavy rain killed at least 60 people in the north, "
            "officials said on Sunday.\n\nHundreds of houses were destroyed. A local official "
            "said many people had been killed in two villages.")
    assert "ASSAULT" not in {e.event for e in _candidates(coder, text)}


def test_killings_with_a_doer_in_a_flood_story_are_still_attacks(coder):
    text = ("Floods kill dozens as gunmen attack relief convoy\n\nMAIDUGURI, May 12 "
            "(Newswire) - Floods killed 30 people on Sunday. Gunmen attacked a relief convoy "
            "near the town, killing two drivers.")
    assert "ASSAULT" in {e.event for e in _candidates(coder, text)}


def test_sanctions_a_body_agrees_on_are_imposed_and_what_they_target_is_no_attack(coder):
    found = _candidates(coder, "European Union countries agreed on Thursday a new package of "
                               "sanctions against Iran, targeting for the first time its "
                               "drone makers.")
    sanctions = [e for e in found if e.event == "SANCTION"]
    assert sanctions and sanctions[0].modality == "asserted"
    assert [r.country for r in sanctions[0].recipient] == ["IRN"]
    assert not {"ASSAULT", "AGREE"} & {e.event for e in found}


def test_a_war_named_after_its_country_is_not_fought_by_it(coder):
    war = [e for e in _candidates(coder, "The Sudan war has displaced millions.")
           if e.event_text == "war"]
    assert war and not war[0].actor
    war = [e for e in _candidates(coder, "The Israel-Hamas war entered its second year.")
           if e.event_text == "war"]
    assert war and war[0].actor  # the two sides it is named after


def test_a_restatement_after_a_comma_is_no_act_of_the_clause(coder):
    found = _candidates(coder, "The rebels promised to stop kidnappings, a long-standing "
                               "demand of the government.")
    assert "REQUEST" not in {e.event for e in found}
    assert "THREATEN" not in {e.event for e in found}  # a promise to stop is no threat


def test_a_capital_named_as_a_place_and_a_school_assembly_are_no_actors(coder):
    found = _entities(coder, "DAKAR, Aug 30 (Newswire) - Crowds celebrated in the streets of "
                             "the capital on Wednesday. Gunmen stormed a school as the morning "
                             "assembly was beginning.")
    assert "capital" not in found and "morning assembly" not in found


def test_a_trade_war_and_a_reply_in_tariffs_are_no_attacks(coder):
    found = _events(coder, "The president doubled duties on foreign steel, launching a "
                           "trade war with the country's biggest partners.")
    assert "ASSAULT" not in {e.event for e in found}
    found = _candidates(coder, "Ottawa retaliated with tariffs on American steel on Friday.")
    assert {e.event for e in found} == {"SANCTION"}
    tariffs = [e for e in found if e.event == "SANCTION"]
    assert [a.country for a in tariffs[0].actor] == ["CAN"]


def test_a_measure_on_goods_is_aimed_at_where_they_come_from(coder):
    for text, country in [("The EU imposed duties on steel imports from China.", "CHN"),
                          ("Washington banned imports of Russian oil.", "RUS")]:
        found = [e for e in _candidates(coder, text) if e.event == "SANCTION"]
        assert found and country in [r.country for r in found[0].recipient], text


def test_voting_to_demand_is_a_demand_not_a_threat(coder):
    kinds = {e.event: e.modality for e in _candidates(
        coder, "Lawmakers of the opposition voted 190-0 to demand the decree be lifted.")}
    assert "THREATEN" not in kinds and kinds.get("REQUEST") == "asserted"


def test_a_party_of_another_country_by_name_is_not_that_countrys_in_a_local_report(coder):
    found = _record(coder, "SEOUL, Dec 4 (Newswire) - South Korean lawmakers voted to lift the "
                           "decree. The main opposition Democratic Party called the decree "
                           "illegal. South Korean police surrounded the assembly.")
    party = [e for e in found.entities if e.name == "Democratic Party"]
    assert party and party[0].country != "USA"


def test_a_country_after_of_in_a_title_is_no_given_name(coder):
    found = _entities(coder, "Prime Minister of Spain Pedro Sanchez met farmers in Seville "
                             "on Monday.")
    assert "Pedro Sánchez" in found and not any(n.startswith("Spain ") for n in found)


def test_the_two_parts_of_a_translated_report_are_the_two_sides(coder):
    found = _candidates(coder, "The king received the prime minister in the palace on "
                               "Wednesday. According to the communique, the two parts have "
                               "signed eleven agreements.")
    signed = [e for e in found if e.event_text == "signed"]
    assert signed and signed[0].actor


def test_a_name_given_to_a_suburb_is_no_actor(coder):
    found = _entities(coder, "BOMBAY, Jan 15 (Newswire) - Police opened fire on a "
                             "demonstration outside a mill in the suburb of Parel, killing "
                             "two men, officials said.")
    assert "Parel" not in found


def test_protests_hijacked_by_others_are_no_hijacking(coder):
    found = _candidates(coder, "The president said the protests had been hijacked by "
                               "dangerous people.")
    assert not [e for e in found if e.event_text == "hijacked"]
    assert [e for e in _candidates(coder, "Gunmen hijacked a bus on the highway.")
            if e.event_text == "hijacked"]


def test_a_datelines_place_is_its_own_words_whatever_ner_joins_to_it(coder):
    record = _record(coder, "THE HAGUE, Nov 21 (Newswire) - The court issued warrants on "
                            "Thursday.")
    assert [p.text for p in record.places][:1] == ["THE HAGUE"]


def test_a_title_is_of_the_name_nearest_it_in_a_headline(coder):
    found = _entities(coder, "ICC issues arrest warrant for Netanyahu, Gallant and Hamas "
                             "commander\n\nTHE HAGUE, Nov 21 (Newswire) - The court acted.")
    assert found["commander"][1] == "PSE"


def test_warrants_for_people_are_against_them_and_a_duty_to_arrest_is_no_arrest(coder):
    found = _candidates(coder, "The court issued arrest warrants on Thursday for the former "
                               "president Omar Hassan and his defence minister Ahmed Salim.")
    issued = [e for e in found if e.event_text == "issued"]
    assert issued and {r.name for r in issued[0].recipient} == {"Omar Hassan", "Ahmed Salim"}
    arrest = [e for e in _candidates(coder, "Member states are obliged to arrest the suspects "
                                            "if they enter their territory.")
              if e.event_text == "arrest"]
    assert arrest and arrest[0].modality != "asserted"


def test_false_information_given_is_no_cooperation(coder):
    assert not _candidates(coder, "The agency said the diplomats had provided false "
                                  "information when entering the country.")


def test_means_listed_with_the_doers_own_are_no_recipients(coder):
    found = [e for e in _candidates(coder, "China staged exercises around Taiwan on Monday, "
                                           "deploying 153 aircraft and dozens of warships.")
             if e.event_text == "deploying"]
    assert found and not found[0].recipient


def test_targets_struck_are_things_hit_not_an_attack_of_their_owners(coder):
    found = _candidates(coder, "American and British warplanes struck dozens of rebel targets "
                               "across the country on Friday.")
    assert [e.event_text for e in found if e.event == "ASSAULT"] == ["struck"]


def test_a_body_takes_no_sector_from_the_words_after_its_head(coder):
    found = _entities(coder, "SEOUL, Oct 31 (Newswire) - South Korea's Joint Chiefs of Staff "
                             "said the missile fell into the sea.")
    assert found["Joint Chiefs of Staff"][2] != "LAB"


def test_a_region_named_by_a_name_ner_called_a_body_is_no_actor(coder):
    found = _entities(coder, "GEORGETOWN, March 1 (Newswire) - Venezuela claims the Essequibo "
                             "region, which makes up two-thirds of Guyana's territory.")
    assert "Essequibo" not in found


def test_a_bare_surname_is_the_person_the_article_names_in_full(coder):
    record = _record(coder, "ISLAMABAD, Jan 17 (Newswire) - A court on Friday sentenced former "
                            "Prime Minister Imran Khan to 14 years in prison. Khan, who has been "
                            "in jail since 2023, denies wrongdoing.", "2025-01-17")
    khans = [e for e in record.entities if "Khan" in e.name]
    assert [e.name for e in khans] == ["Imran Khan"]  # not the court prosecutor Karim Khan


def test_what_a_meeting_discusses_somewhere_is_not_where_it_is(coder):
    assert _place_of(coder, "ANKARA, March 8 (Newswire) - The two leaders discussed the safety "
                            "of shipping in the Black Sea on Friday.", "discussed") == "Ankara"


# ------------------------------------------------ a headline's verb the tagger read as a noun

@pytest.mark.parametrize(("headline", "word", "actor", "recipient"), [
    ("Police in Accra arrest opposition activists", "arrest", "police", "activists"),
    ("Ghana arrests opposition spokesman", "arrests", "Ghana", "spokesman"),
    ("Tribunal in Lima sentences former mayor to eight years", "sentences", "tribunal",
     "mayor"),
    ("Gunmen in Zamfara kidnap dozens of villagers", "kidnap", "gunmen", "villagers"),
])
def test_a_headlines_verb_read_as_a_noun_tells_the_headlines_event(coder, headline, word,
                                                                   actor, recipient):
    text = f"{headline}\n\nACCRA, May 6 (Reuters) - Officials gave no details on Monday."
    found = [e for e in _candidates(coder, text) if e.event_text == word]
    assert found, headline
    assert any(actor.lower() in a.text.lower() for e in found for a in e.actor)
    assert any(recipient in r.text for e in found for r in e.recipient)


@pytest.mark.parametrize("headline", [
    "Britain arms sales to the Gulf under review",
    "Nairobi attack survivors in court",
    "Lagos arrest figures in dispute",
])
def test_a_noun_phrase_headline_gains_no_verb(coder, headline):
    text = f"{headline}\n\nBRUSSELS, May 6 (Reuters) - Officials gave no details on Monday."
    words = headline.split()
    assert not [e for e in _candidates(coder, text) if e.event_text == words[1]
                and any(a.text == words[0] for a in e.actor)]


def test_a_short_headline_is_no_part_of_the_dateline_under_it(coder):
    record = _record(coder, "Militants overrun army post\n"
                            "BAMAKO, May 6 (Reuters) - Militants overran an army post in "
                            "central Mali on Sunday, a local official said.")
    assert not [p for p in record.places if "\n" in p.text or "overrun" in p.text]
    overrun = [e for e in record.events if e.event_text == "overrun"]
    assert overrun and all(a.text == "Militants" for e in overrun for a in e.actor)


# ------------------------------------------- a capital that receives what is handed over

@pytest.mark.parametrize(("text", "word", "state"), [
    ("Norway sent two more air defence systems to Kyiv in March.", "sent", "UKR"),
    ("The Red Crescent delivered medicine to Damascus on Sunday.", "delivered", "SYR"),
    ("Canada pledged new military aid to Kyiv.", "pledged", "UKR"),
])
def test_a_capital_after_to_with_a_verb_of_giving_is_the_receiving_state(coder, text, word,
                                                                         state):
    found = [e for e in _candidates(coder, text) if e.event_text == word]
    assert found and state in {r.country for e in found for r in e.recipient}


@pytest.mark.parametrize("text", [
    "The general moved two brigades to Kharkiv on Monday.",
    "The ministry sent riot police to Nairobi after the protests.",
    "The foreign minister returned to Kyiv on Monday.",
])
def test_a_town_forces_or_people_go_to_stays_a_place(coder, text):
    record = _record(coder, text)
    assert {"Kharkiv", "Nairobi", "Kyiv"} & {p.text for p in record.places}
    assert not [r for e in record.events for r in e.recipient
                if r.text in ("Kharkiv", "Nairobi", "Kyiv")]


# ------------------------------------------------ weapons a possessive gives act for the owner

@pytest.mark.parametrize(("text", "word", "owner"), [
    ("The insurgents said their drones struck a fuel depot near the border.", "struck",
     "insurgents"),
    ("The navy said its artillery shelled the island's harbour overnight.", "shelled", "navy"),
])
def test_weapons_of_a_possessive_act_for_the_reporting_owner(coder, text, word, owner):
    found = [e for e in _candidates(coder, text) if e.event_text == word]
    assert found and {a.text for e in found for a in e.actor} == {owner}


def test_their_weapons_are_not_a_singular_reporters(coder):
    text = "The ministry said their rockets hit a school near the border."
    found = [e for e in _candidates(coder, text) if e.event_text == "hit"]
    assert not [a for e in found for a in e.actor if a.text == "ministry"]


# --------------------------------------------- a headline's passive without its auxiliary

@pytest.mark.parametrize(("headline", "word", "victim"), [
    ("Blogger jailed for insulting the king", "jailed", "blogger"),
    ("Reporter detained at border crossing", "detained", "reporter"),
])
def test_a_headlines_participle_without_auxiliary_is_passive(coder, headline, word, victim):
    text = f"{headline}\nBANGKOK, May 6 (Reuters) - Officials gave no details on Monday."
    found = [e for e in _candidates(coder, text) if e.event_text == word]
    assert found
    assert not [a for e in found for a in e.actor if a.text.lower() == victim]
    assert victim in {r.text.lower() for e in found for r in e.recipient}


@pytest.mark.parametrize(("headline", "word", "doer"), [
    ("Militants attacked convoy, officials say", "attacked", "militants"),
    ("Thousands marched on parliament", "marched", "thousands"),
])
def test_a_headlines_past_with_an_object_or_no_passive_stays_active(coder, headline, word,
                                                                    doer):
    text = f"{headline}\nBANGKOK, May 6 (Reuters) - Officials gave no details on Monday."
    found = [e for e in _candidates(coder, text) if e.event_text == word]
    assert not [r for e in found for r in e.recipient if r.text.lower() == doer]


@pytest.mark.parametrize(("text", "word", "name"), [
    ("Kenya imposed sanctions on a Belgian supplier of drones.", "imposed",
     "Belgian supplier"),
    ("The militia and its Libyan affiliate agreed to a ceasefire.", "agreed", "militia"),
])
def test_a_demonym_on_a_firms_or_groups_noun_is_no_state(coder, text, word, name):
    found = [e for e in _candidates(coder, text) if e.event_text == word]
    roles = [a for e in found for a in (*e.actor, *e.recipient)]
    assert name in {a.text for a in roles}
    assert not [a for a in roles if a.text in ("Belgian", "Libyan", "Belgium", "Libya")]


def test_a_groups_affiliates_are_the_groups(coder):
    found = [e for e in _candidates(coder, "Hezbollah affiliates in Venezuela carried out "
                                           "attacks last year.") if e.event_text == "carried"]
    assert found and "Hezbollah" in {a.name for e in found for a in e.actor}


@pytest.mark.parametrize(("text", "word", "author"), [
    ("The foreign ministry issued a statement condemning the raid on the consulate.",
     "condemning", "ministry"),
    ("Thirty senators signed a letter urging the governor to resign.", "urging", "senators"),
])
def test_a_statement_or_letter_issued_speaks_for_its_author(coder, text, word, author):
    found = [e for e in _candidates(coder, text) if e.event_text == word]
    assert found and any(author in a.text for e in found for a in e.actor)


def test_a_statement_someone_rejects_is_not_theirs(coder):
    text = "The minister rejected a statement condemning the raid on the consulate."
    found = [e for e in _candidates(coder, text) if e.event_text == "condemning"]
    assert not [a for e in found for a in e.actor if "minister" in a.text]


def test_a_town_whose_streets_are_named_is_no_actor(coder):
    text = "Thousands of people took to the streets of Goma on Sunday demanding jobs."
    record = _record(coder, text)
    assert not [a for e in record.events for a in (*e.actor, *e.recipient) if a.text == "Goma"]


@pytest.mark.parametrize(("text", "called"), [
    ("The opposition leader called the referendum pointless.", False),
    ("The governor called the election a charade.", False),
    ("The prime minister called a snap election for October.", True),
])
def test_calling_a_vote_something_calls_no_vote(coder, text, called):
    found = [e for e in _candidates(coder, text) if e.event_text == "called"]
    assert bool(found) == called


def test_a_clause_with_a_name_of_its_own_is_not_the_first_clauses_doers(coder):
    text = ("President Lee had put off his trip to Tokyo and the North had announced a ban "
            "on rice imports.")
    found = [e for e in _candidates(coder, text) if e.event_text == "ban"]
    assert not [a for e in found for a in e.actor if "Lee" in a.text]


@pytest.mark.parametrize("text", [
    "The ruling United People's Congress signed a pact with the unions on Monday.",
    "Leaders of the Pan Africanist Congress met the president.",
])
def test_a_partys_name_ending_in_congress_is_no_us_congress(coder, text):
    record = _record(coder, text)
    assert record.events
    assert "USA" not in {a.country for e in record.events for a in e.actor}
    assert "PeopleCongress" not in {e.name for e in record.entities}


def test_the_us_congress_with_its_country_is_still_the_us_congress(coder):
    found = [e for e in _candidates(coder, "The U.S. Congress imposed sanctions on Cuba.")
             if e.event_text == "imposed"]
    assert found and {a.country for e in found for a in e.actor} == {"USA"}


@pytest.mark.parametrize(("text", "word", "state", "group"), [
    ("Libyan militia drones struck the airport on Monday.", "struck", "Libya", "militia"),
    ("A Peruvian guerrilla truck exploded near the barracks.", "exploded", "Peru",
     "guerrilla"),
])
def test_a_demonym_on_a_non_state_groups_thing_is_the_group_not_the_state(coder, text, word,
                                                                         state, group):
    found = [e for e in _candidates(coder, text) if e.event_text == word]
    doers = {a.name for e in found for a in e.actor}
    assert state not in doers and any(group in d for d in doers)


def test_a_demonym_on_the_armys_thing_is_still_the_state(coder):
    found = [e for e in _candidates(coder, "Russian army trucks shelled the village.")
             if e.event_text == "shelled"]
    assert {a.country for e in found for a in e.actor} == {"RUS"}


def test_a_capital_owning_a_part_of_itself_is_a_place(coder):
    text = "The marchers planned to walk to Oslo's central station on Sunday."
    record = _record(coder, text)
    assert not [a for e in record.events for a in e.recipient if a.country == "NOR"]
    assert "Oslo" in {p.text for p in record.places}


@pytest.mark.parametrize(("text", "word", "name"), [
    ("The family of the jailed activist Omar Haddad condemned the ruling.", "condemned",
     "Haddad"),
    ("The mother of the missing student Ali Hassan urged the police to act.", "urged",
     "Hassan"),
])
def test_a_name_ending_a_subjects_of_phrase_is_not_the_doer(coder, text, word, name):
    found = [e for e in _candidates(coder, text) if e.event_text == word]
    assert found and not [a for e in found for a in e.actor if name in a.text]


@pytest.mark.parametrize(("text", "word", "country"), [
    ("The Turkish military said it had carried out raids overnight. Its jets struck "
     "Kurdish militant targets in northern Iraq.", "struck", "TUR"),
    ("The Houthis said they had targeted a tanker. Their drones hit the ship off the "
     "coast.", "hit", "YEM"),
])
def test_weapons_of_a_possessive_opening_a_sentence_act_for_the_last_subject(coder, text,
                                                                            word, country):
    found = [e for e in _candidates(coder, text) if e.event_text == word]
    assert found and {a.country for e in found for a in e.actor} == {country}


def test_a_possessive_inside_a_name_stays_in_its_name(coder):
    record = _record(coder, "The ruling Malawian People's Movement signed a pact with the "
                            "unions on Monday.")
    assert "Malawian People's Movement" in {e.name for e in record.entities}


@pytest.mark.parametrize("text", [
    "The talks stalled on Monday.\n\nThe interior ministry refused",
    "The talks stalled on Monday.\nThe interior ministry refused\nOfficials gave no reason.",
])
def test_a_line_with_its_article_or_cut_short_is_no_headline_passive(coder, text):
    found = [e for e in _candidates(coder, text) if e.event_text == "refused"]
    assert not [r for e in found for r in e.recipient if r.text == "interior ministry"]


def test_receiving_a_named_visitor_is_a_visit(coder):
    found = [e for e in _candidates(coder, "President Anna Berg received Chancellor Tomas Rell "
                                           "at the palace on Wednesday.")
             if e.event_text == "received"]
    assert found and (found[0].event, found[0].mode) == ("CONSULT", "visit")
    assert not [e for e in _candidates(coder, "The ministry received a letter from the "
                                              "chancellor.") if e.event_text == "received"]


def test_an_abbreviated_title_is_no_part_of_a_name(coder):
    record = _record(coder, "Former PM Khan sentenced to 14 years\n\nISLAMABAD, Jan 17 "
                            "(Newswire) - A court on Friday sentenced former Prime Minister "
                            "Imran Khan to 14 years in prison.", "2025-01-17")
    assert [e.name for e in record.entities if "Khan" in e.name] == ["Imran Khan"]


# ------------------------------------------------ a reader's checks of 2026-12-07 (evening)

# What the text says of an actor's country and sector (all sentences our own).
WHOSE_ACTORS_ARE = [
    # a stance is no owner: "pro-EU" protesters are the country's, not the EU's
    ("YEREVAN, May 9 (Newswire) - Riot police pushed back hundreds of pro-EU protesters "
     "outside parliament on Thursday.", {"protesters": ("ARM", "OPP")}),
    ("SKOPJE, May 9 (Newswire) - Anti-NATO demonstrators blocked a road on Thursday.",
     {"demonstrators": ("MKD", "OPP")}),
    # where a person lives says nothing of where the story is
    ("VILNIUS, June 2 (Newswire) - Lithuania expelled a diplomat on Friday.\n\nPolice "
     "arrested three men accused of carrying cash for a banker who lives in Minsk.",
     {"police": ("LTU", "COP")}),
    # "prosecutor general" is no general of an army
    ("KYIV, June 2 (Newswire) - The prosecutor general opened a case on Friday.",
     {"prosecutor general": ("UKR", "JUD")}),
    # the head of a body is of its sector, and of its country when the body has one
    ("LIMA, June 2 (Newswire) - Peruvian police said the leader of the Tren de Aragua gang "
     "was arrested on Friday.", {"leader": ("VEN", "CRM")}),
    # a person's country from the role after the name, or from the city of the title
    ("ANKARA, June 2 (Newswire) - Izmir Mayor Cemil Tugay said on Friday the water supply was "
     "safe.", {"Cemil Tugay": ("TUR", "GOV")}),
]


@pytest.mark.parametrize(("text", "expected"), WHOSE_ACTORS_ARE)
def test_an_actor_has_the_country_and_sector_its_own_words_give(coder, text, expected):
    found = _entities(coder, text)
    assert {name: found[name][1:] for name in expected} == expected


def test_the_nation_a_leader_addresses_is_the_leaders_own(coder):
    found = _entities(coder, "ROME, May 3 (Newswire) - Meloni, who flew back from talks in "
                             "Egypt on Friday, will address the nation on Sunday.")
    assert found["nation"][1] == "ITA"


def test_joined_forces_is_an_idiom_with_no_forces(coder):
    found = _entities(coder, "The Greens and the Liberals joined forces to block the bill.")
    assert "forces" not in found


@pytest.mark.parametrize(("text", "word"), [
    # a report is sent, not the police whose report it is
    ("The police report on the riot was sent to the prosecutors on Friday.", "sent"),
    # a decision is fought in the courts, not in battle
    ("The mayor vowed to fight the dismissal in the courts.", "fight"),
])
def test_no_deed_of_force_where_the_object_is_a_paper_or_a_decision(coder, text, word):
    found = [e for e in _candidates(coder, text) if e.event_text == word]
    assert not [e for e in found if e.event in ("MOBILIZE", "ASSAULT")]


def test_announcing_police_reinforcements_threatens_no_one(coder):
    found = _candidates(coder, "Chile said on Monday it would send more police to its "
                               "northern border.")
    assert "MOBILIZE" in {e.event for e in found}
    assert "THREATEN" not in {e.event for e in found}


def test_victims_after_a_shared_passive_auxiliary_are_no_actors(coder):
    found = [e for e in _candidates(coder, "The ministry said 30 people had been detained and "
                                           "four police officers injured.")
             if e.event_text == "injured"]
    assert found and not found[0].actor
    assert [r.text for r in found[0].recipient] == ["police officers"]


def test_a_past_clause_after_a_span_of_time_is_not_negated_by_the_main_clause(coder):
    found = [e for e in _candidates(coder, "The minister would not comment on Tuesday, hours "
                                           "after four soldiers were killed near the border.")
             if e.event_text == "killed"]
    assert found and found[0].modality == "asserted"


def test_a_stance_or_a_square_is_nobody(coder):
    found = _entities(coder, "Hundreds of demonstrators pro-Palestine marched to the Place de "
                             "la Concorde, where police detained 12 of them.")
    assert not [n for n in found if "pro-" in n or "Place" in n]


def test_congress_in_a_report_from_another_country_is_not_the_us_congress(coder):
    found = _entities(coder, "LIMA, May 3 (Newswire) - Farmers marched to Congress on Friday "
                             "to demand debt relief.")
    assert found["Congress"][1:] == (None, "LEG")
    found = _entities(coder, "WASHINGTON, May 3 (Newswire) - Congress passed the budget on "
                             "Friday.")
    assert found["Congress"][1] == "USA"


def test_a_union_federation_strikes_not_its_country(coder):
    found = [e for e in _candidates(coder, "SANTIAGO, May 3 (Newswire) - Chile's main union "
                                           "federation staged a national strike on Friday.")
             if e.event == "PROTEST"]
    assert found and {a.country for e in found for a in e.actor} == {"CHL"}
    assert all("union federation" in a.text for e in found for a in e.actor)


def test_a_vote_to_ban_enacts_the_ban(coder):
    found = [e for e in _candidates(coder, "The assembly voted on Tuesday to ban the movement's "
                                           "newspaper.") if e.event_text == "ban"]
    assert found and found[0].modality == "asserted"
    assert "THREATEN" not in {e.event for e in _candidates(
        coder, "The assembly voted on Tuesday to ban the movement's newspaper.")}


def test_a_reward_for_an_arrest_reports_no_arrest(coder):
    found = [e for e in _candidates(coder, "The embassy offered a reward for tips leading to "
                                           "the arrest of the bombers.")
             if e.event_text == "arrest"]
    assert found and found[0].modality != "asserted"


def test_a_short_first_word_of_a_dateline_is_no_surname(coder):
    found = _entities(coder, "LA PAZ, June 3 (Newswire) - Miners blocked the main road into La "
                             "Paz on Monday.")
    assert not [n for n, (kind, _, _) in found.items() if kind == "person"]


def test_leaders_across_a_region_are_of_no_one_country(coder):
    found = _entities(coder, "QUITO, June 3 (Newswire) - Ecuador declared a state of emergency "
                             "on Monday. Leaders across South America condemned the attack.")
    assert found["leaders"][1] is None


def test_he_who_says_is_the_speaker_not_the_last_person_named(coder):
    text = ("PRISTINA, June 3 (Newswire) - Albin Kurti, a rival of Serbian President Aleksandar "
            "Vucic, said on Monday he would not attend the talks in Brussels.")
    found = [e for e in _candidates(coder, text) if e.event_text == "attend"]
    assert found and {a.text for e in found for a in e.actor} == {"he"}
    assert _entities(coder, text)["Albin Kurti"][1] != "SRB"  # a rival of a Serb is no Serb


def test_whom_an_act_is_punished_for_is_its_doer(coder):
    found = [e for e in _candidates(coder, "A court in Tirana jailed the former mayor on Friday "
                                           "for defying an order of the electoral body.")
             if e.event_text == "defying"]
    assert found and [a.text for a in found[0].actor] == ["former mayor"]


def test_a_demonym_in_a_places_name_is_no_state(coder):
    found = _entities(coder, "BANJA LUKA, June 3 (Newswire) - The assembly barred state "
                             "prosecutors from working in the Serb Republic.")
    assert "Serbia" not in found and found["assembly"][1] != "SRB"


def test_a_relative_who_is_no_who(coder):
    found = _entities(coder, "BERLIN, June 3 (Newswire) - Opposition leader Friedrich Merz of the "
                             "Christian Democrats, who leads in the polls, accused the chancellor "
                             "of lying.")
    assert found["opposition leader"][1:] == ("DEU", "OPP")


def test_a_lone_surname_ner_made_a_body_is_the_person_read_from_it(coder):
    found = _entities(coder, "Sanchezthe defends amnesty law\n\nMADRID, 3 June (Agency) - The "
                             "Spanish prime minister Pedro Sanchezthe defended yesterday the "
                             "amnesty law. The opposition leader accused Sanchez of betraying "
                             "the voters.")
    assert "Sanchez" not in found and found["Pedro Sánchez"][1] == "ESP"


def test_leaders_of_two_countries_are_of_neither_alone(coder):
    found = _entities(coder, "Serbia and Croatia leaders meet on the border\n\nZAGREB, May 3 "
                             "(Newswire) - The two presidents met on Friday.")
    assert found["leaders"][1] is None


def test_the_two_countries_are_the_two_the_sentence_joined_before(coder):
    text = ("TOKYO, May 3 (Newswire) - Ukrainian drones hit Russian depots on Monday, Kyiv said."
            "\n\nTehran and Minsk have not commented, but the two countries signed a security "
            "pact in April.")
    found = [e for e in _candidates(coder, text) if e.event_text == "signed"]
    assert found and {a.country for e in found for a in e.actor} == {"IRN", "BLR"}


def test_a_truce_named_after_its_place_is_no_act_of_that_state(coder):
    found = [e for e in _candidates(coder, "Sudan truce collapses as fighting resumes\n\n"
                                           "KHARTOUM, May 3 (Newswire) - Shelling resumed on "
                                           "Friday.") if e.event_text == "truce"]
    assert found and not [a for e in found for a in e.actor if a.country == "SDN"]


@pytest.mark.parametrize("text", [
    "Rights groups condemned the use of force against the marchers.",
    "The ministry said, citing intelligence from its allies, that the convoy had left.",
])
def test_force_used_and_intelligence_cited_are_no_actors(coder, text):
    found = _entities(coder, text)
    assert "force" not in found and "intelligence" not in found


def test_an_official_titled_alone_is_of_the_country_the_report_is_filed_from(coder):
    found = _entities(coder, "SANTIAGO, May 3 (Newswire) - Chile closed two border crossings on "
                             "Friday. Interior Minister Rosa Vidal said the measure was "
                             "temporary. Vidal spoke after meeting police chiefs.")
    assert found["Rosa Vidal"][1] == "CHL"
    # a report from Caracas that names Washington more often tells no one's country
    found = _entities(coder, "CARACAS, May 3 (Newswire) - The United States and Venezuela "
                             "traded accusations on Friday. U.S. officials said Washington "
                             "would respond. Interior Minister Luis Pardo said the plot had "
                             "failed.")
    assert found["Luis Pardo"][1] is None


def test_a_news_agency_is_a_source_not_a_person_or_a_place(coder):
    record = _record(coder, "Xinhua: China and Laos vow closer ties\n\nBEIJING, May 3 (Xinhua) "
                            "-- China and Laos agreed on Friday to expand rail links, Xinhua "
                            "said.")
    found = {e.name: (e.kind, e.country, e.sector) for e in record.entities}
    assert found["Xinhua"] == ("organization", "CHN", "MED")
    assert "Xinhua" not in {p.text for p in record.places}


def test_a_release_of_funds_is_no_release_of_prisoners(coder):
    found = [e for e in _candidates(coder, "The lender approved the loan on Friday, releasing "
                                           "a first disbursement of $400 million.")
             if e.event_text == "releasing"]
    assert "RETREAT" not in {e.event for e in found}


def test_the_two_prime_ministers_are_of_neither_country_alone(coder):
    found = _entities(coder, "HANOI, May 3 (Newswire) - Vietnamese Prime Minister Pham Minh "
                             "Chinh held talks with Lao Prime Minister Sonexay Siphandone on "
                             "Friday. The two prime ministers witnessed the signing of five "
                             "accords.")
    assert found["prime ministers"][1] is None


def test_a_warning_of_what_an_attack_could_cause_is_no_threat(coder):
    found = _events(coder, "The Red Cross warned on Monday that a ground offensive on the camp "
                           "could trigger a massacre.")
    assert "THREATEN" not in {e.event for e in found}


def test_reduced_sentences_are_no_sentencing(coder):
    found = _events(coder, "The king reduced the sentences of 300 inmates on Friday to mark the "
                           "national day.")
    assert "SANCTION" not in {e.event for e in found}


def test_a_leader_has_the_sector_of_what_he_leads(coder):
    found = _entities(coder, "A separatist leader and a union leader were detained on Monday.")
    assert (found["separatist leader"][2], found["union leader"][2]) == ("REB", "LAB")


@pytest.mark.parametrize(("text", "word", "victim"), [
    ("Protests spread in Benghazi after student leader shot\n\nBENGHAZI, March 2 (Newswire) - "
     "Crowds gathered outside the university on Monday.", "shot", "student leader"),
    ("Police clash with tin miners in Potosi, three protesters killed\n\nLA PAZ, March 2 "
     "(Newswire) - The miners had blocked the road for a week.", "killed", "protesters"),
])
def test_a_headlines_clause_without_its_auxiliary_is_a_passive(coder, text, word, victim):
    found = [e for e in _candidates(coder, text) if e.event_text == word]
    assert found and not [a for e in found for a in e.actor if victim in a.text]


def test_a_headlines_clause_in_a_past_tense_keeps_its_doer(coder):
    text = ("Rebels enter Kidal after army withdrew\n\nKIDAL, March 2 (Newswire) - The town "
            "fell without a fight.")
    found = [e for e in _candidates(coder, text) if e.event_text == "withdrew"]
    assert not [r for e in found for r in e.recipient if r.text == "army"]


@pytest.mark.parametrize(("text", "countries"), [
    ("Kenyan, Ugandan troops clash near border post\n\nNAIROBI, March 2 (Newswire) - Both "
     "armies sent reinforcements.", {"KEN", "UGA"}),
    ("Serbian, Kosovan police clash at bridge\n\nPRISTINA, March 2 (Newswire) - Ten officers "
     "were hurt.", {"SRB", "XKX"}),
])
def test_nationalities_a_headline_lists_with_a_comma_all_act(coder, text, countries):
    found = [e for e in _candidates(coder, text) if e.event_text == "clash"]
    assert found and {a.country for e in found for a in e.actor} == countries


@pytest.mark.parametrize(("text", "word", "victims"), [
    ("Shells hit the market on Friday, killing nine traders, witnesses and a nurse said.",
     "killing", {"traders"}),
    ("Soldiers opened fire on the crowd, wounding 14 protesters, medics and a rights group "
     "said.", "wounding", {"protesters"}),
    ("Gunmen stormed the school, abducting 30 pupils, parents and a teacher said.",
     "abducting", {"pupils"}),
])
def test_sources_ending_a_list_without_a_comma_are_no_victims(coder, text, word, victims):
    found = [e for e in _candidates(coder, text) if e.event_text == word]
    assert found and {r.text for e in found for r in e.recipient} == victims


@pytest.mark.parametrize(("text", "word"), [
    ("The Group to Support Islam and Muslims said its fighters had left the town.", "Support"),
    ("The Movement to Defend the Republic called a rally in the capital.", "Defend"),
])
def test_a_verb_in_an_organisations_name_is_no_act(coder, text, word):
    assert not [e for e in _candidates(coder, text) if e.event_text == word]


@pytest.mark.parametrize("text", [
    "Police detained three mayors allied with the former governor on Friday.",
    "Fighters aligned with the interim government withdrew from the port.",
])
def test_a_participle_of_alliance_describing_a_noun_is_no_act(coder, text):
    assert not [e for e in _candidates(coder, text) if e.event_text in ("allied", "aligned")]


@pytest.mark.parametrize(("text", "word", "not_recipient"), [
    ("Police arrested the former president on an ICC warrant on Tuesday.", "arrested", "IGO"),
    ("Soldiers detained three journalists at the Ugandan border on Friday.", "detained", "UGA"),
])
def test_where_or_on_what_grounds_a_person_is_seized_is_no_recipient(coder, text, word,
                                                                     not_recipient):
    found = [e for e in _candidates(coder, text) if e.event_text == word]
    assert found and found[0].recipient
    assert not [r for e in found for r in e.recipient if r.country == not_recipient]


@pytest.mark.parametrize(("text", "word", "countries"), [
    ("The prime ministers of Estonia and Finland signed a ferry agreement in Tallinn.",
     "signed", {"EST", "FIN"}),
    ("The defence chiefs of Ghana and Togo met in Lome on Monday.", "met", {"GHA", "TGO"}),
])
def test_a_plural_role_of_listed_states_is_each_states(coder, text, word, countries):
    found = [e for e in _candidates(coder, text) if e.event_text == word]
    assert found and {a.country for e in found for a in e.actor} == countries


def test_the_two_sides_are_the_parties_of_an_encounter_a_comment_follows(coder):
    text = ("Chile and Bolivia signed a water-sharing accord in Arica on Monday. Officials "
            "called the accord historic. The two countries also agreed to reopen a rail link.")
    found = [e for e in _candidates(coder, text) if e.event_text == "agreed"]
    assert found and {a.country for a in found[0].actor} == {"CHL", "BOL"}



def test_generic_actors_of_two_countries_are_two_entities(coder):
    text = ("Pakistani and Indian troops exchanged fire along the border overnight. New Delhi "
            "said its troops had killed three intruders.")
    found = [e for e in _events(coder, text) if e.event_text == "killed"]
    assert found and {a.country for e in found for a in e.actor} == {"IND"}


def test_a_meeting_on_the_sidelines_is_where_the_occasion_told_before_is(coder):
    text = ("LIMA, March 3 (Newswire) - Peru's president flew to Santiago on Monday for a "
            "summit of Pacific leaders. She met the Chilean president on the sidelines.")
    record = _record(coder, text)
    places = {p.id: p.name for p in record.places}
    met = [e for e in record.events if e.event_text == "met"]
    assert met and places.get(met[0].event_loc) == "Santiago"


@pytest.mark.parametrize(("text", "word", "countries"), [
    ("Chile, Bolivia agree to reopen border talks\n\nSANTIAGO, March 2 (Newswire) - The "
     "talks resume in April.", "agree", {"CHL", "BOL"}),
    ("Ghana, Togo, Benin sign coastal security pact\n\nACCRA, March 2 (Newswire) - The pact "
     "covers piracy.", "sign", {"GHA", "TGO", "BEN"}),
])
def test_subjects_a_headline_lists_with_commas_all_act(coder, text, word, countries):
    found = [e for e in _candidates(coder, text) if e.event_text == word]
    assert found and {a.country for e in found for a in e.actor} == countries


def test_what_a_strike_is_made_with_is_no_recipient(coder):
    text = "The navy said its ships had shelled rebel camps with helicopters and gunboats."
    found = [e for e in _candidates(coder, text) if e.event_text == "shelled"]
    assert found and not [r for e in found for r in e.recipient if r.text == "helicopters"]


@pytest.mark.parametrize(("text", "word"), [
    ("Nepal urged the release of its citizens held at the border.", "urged"),
    ("The opposition demanded the release of the detained journalists.", "demanded"),
])
def test_those_whose_release_is_asked_are_not_who_is_asked(coder, text, word):
    found = [e for e in _candidates(coder, text) if e.event_text == word]
    assert found and not found[0].recipient


def test_who_is_to_release_someone_stays_the_recipient_of_the_demand(coder):
    found = [e for e in _candidates(coder, "Washington demanded the Houthis release the "
                                           "crew of the tanker.") if e.event_text == "demanded"]
    assert found and {r.country for r in found[0].recipient} == {"YEM"}


@pytest.mark.parametrize("text", [
    "Porto beat Benfica to win Portuguese League Cup",
    "Ajax crush Feyenoord in Dutch cup final",
])
def test_a_headline_game_is_no_attack(coder, text):
    assert "ASSAULT" not in {e.event for e in _candidates(coder, text + "\n\nLISBON, May 3 "
                                                          "(Newswire) - Fans celebrated.")}


# A declared emergency is coercion (CAMEO 1724) when it imposes an order on people; a health,
# humanitarian or climate emergency, or a hazard declared an emergency, calls for means.
# Sentences of our own.
@pytest.mark.parametrize("text", [
    "The health agency declared the measles outbreak a public health emergency on Monday.",
    "The cabinet declared a humanitarian emergency in the flooded delta.",
    "The governor declared the drought an emergency across the eastern counties.",
])
def test_an_emergency_of_means_is_no_coercion(coder, text):
    assert "COERCE" not in {e.event for e in _candidates(coder, text)}, text


@pytest.mark.parametrize("text", [
    "The president declared a state of emergency in the capital after the looting.",
    "The generals declared a national emergency and dissolved parliament.",
])
def test_an_emergency_imposed_on_people_is_coercion(coder, text):
    assert "COERCE" in {e for e, _ in _counted(_events(coder, text))}, text


# Debts cancelled are relief (CAMEO 071), not a cancelled agreement; guns silenced are no
# censorship. Sentences of our own.
def test_the_cancellation_of_debts_is_aid(coder):
    kinds = {e.event for e in _candidates(
        coder, "The creditors approved the cancellation of the island's debts on Friday.")}
    assert "AID" in kinds and "SANCTION" not in kinds


def test_silenced_guns_are_no_censorship(coder):
    kinds = {e.event for e in _candidates(
        coder, "The bishop prayed for the guns to be silenced along the border.")}
    assert "COERCE" not in kinds


# A one-word name right after a person's title is a person, whatever city shares it (Al
# Ahmadi is a Kuwaiti city). Sentence of our own.
def test_a_titled_one_word_name_is_no_city(coder):
    record = _record(coder, "Former governor Ahmadi was detained in Herat on Sunday, police said.")
    person = _entity(record, "Ahmadi")
    assert person.kind == "person" and person.country != "KWT"


# A weapon that hits attacks, whatever it hits: a city the recogniser did not name. Sentences
# of our own.
@pytest.mark.parametrize("text", [
    "Russian missiles hit Zaporizhzhia before dawn, killing three people.",
    "Two drones hit Sumy overnight, the governor said.",
])
def test_a_weapon_hitting_a_place_is_an_attack(coder, text):
    assert "ASSAULT" in {e for e, _ in _counted(_events(coder, text))}, text


# A capitalised body named "X of Governors" is its owner's: the governors of a body of the
# IMF are the IMF's, not the dateline's country's. Sentence of our own.
def test_the_members_named_in_a_bodys_name_are_its_owners(coder):
    record = _record(coder, "OTTAWA, May 2 (Newswire) - The IMF Board of Governors approved "
                            "the new quotas on Friday.")
    assert _entity(record, "governors").country == "IGO"


# Where an act is: "the X region of Russia" is in X ("of" says whose region it is); a second
# participle joined to the first is where the first's act is. Sentences of our own.
@pytest.mark.parametrize(("text", "word", "place"), [
    ("KYIV, May 4 (Newswire) - Drones struck a fuel depot in the Kursk region of Russia on "
     "Sunday.", "struck", "Kursk"),
    ("KYIV, May 4 (Newswire) - Russian artillery shelled the city of Nikopol on Sunday, "
     "killing one man and wounding four others.", "wounding", "Nikopol"),
])
def test_where_an_act_is_named_by_its_phrase(coder, text, word, place):
    assert _place_of(coder, text, word) == place


# A passive infinitive that describes a noun ("the first mayor to be jailed") is done to it.
# Sentence of our own.
def test_a_noun_described_by_a_passive_infinitive_is_done_to(coder):
    events = [e for e in _candidates(coder, "Okafor became the first sitting governor in the "
                                            "region's history to be jailed.")
              if e.event_text == "jailed"]
    assert events and not events[0].actor
    assert [a.text for a in events[0].recipient] == ["first sitting governor"]


# "The bloc", "the alliance" after a body is named: that body. Sentences of our own.
@pytest.mark.parametrize(("text", "trigger", "body"), [
    ("ASEAN ministers gathered in Vientiane on Monday. The bloc signed a trade pact with "
     "Japan.", "signed", "igo:ASEAN"),
    ("NATO defence ministers met in Brussels. The alliance agreed to expand its air patrols.",
     "agreed", "igo:NATO"),
])
def test_the_bloc_is_the_body_named_before_it(coder, text, trigger, body):
    events = [e for e in _candidates(coder, text) if e.event_text == trigger]
    assert events and [a.kb_id for a in events[0].actor] == [body]


# A report filed from abroad: the people of the state it tells of are that state's, not the
# dateline's, and what that state enforces is done at home. Sentences of our own.
FILED_FROM_ABROAD = ("NICOSIA, March 2 (Newswire) - Syria hanged two men on Sunday who had "
                     "been convicted of killing a member of the security forces, the state "
                     "news agency reported.\n\nRights groups condemned the hangings.")


def test_a_report_filed_from_abroad_gives_its_people_no_dateline_country(coder):
    record = _record(coder, FILED_FROM_ABROAD)
    assert _entity(record, "security forces").country != "CYP"
    assert _entity(record, "men").country != "CYP"


def test_what_a_state_enforces_is_not_placed_at_a_foreign_dateline(coder):
    record = _record(coder, FILED_FROM_ABROAD)
    names = {p.id: p.name for p in record.places}
    hanged = [e for e in record.events if e.event_text == "hanged"]
    assert hanged and names.get(hanged[0].event_loc) != "Nicosia"


# A country's name that is also a given name ("Chad"), which the recogniser left unlabelled,
# is the country in a report filed from it. Sentence of our own.
def test_an_ambiguous_name_is_the_country_a_report_is_filed_from(coder):
    record = _record(coder, "Chad ends mining deal with Canadian firm\n\nN'DJAMENA, May 3 "
                            "(Newswire) - Chad announced on Friday that it was ending its "
                            "mining agreement with the firm.")
    chad = _entity(record, "Chad")
    assert (chad.kind, chad.country) == ("state", "TCD") and len(chad.mentions) == 2


# Whose forces are where a state keeps them: the holder's. Sentences of our own.
@pytest.mark.parametrize(("text", "name", "country"), [
    ("France keeps about 900 troops in Gabon, officials in Libreville said.", "troops", "FRA"),
    ("The United States maintains some 2,500 soldiers in Iraq.", "soldiers", "USA"),
])
def test_forces_a_state_holds_abroad_are_its_own(coder, text, name, country):
    assert _entity(_record(coder, text), name).country == country


# A phrase of reason says why, not where: "in solidarity with the people in X" places nothing
# in X. Sentence of our own.
def test_a_phrase_of_reason_places_no_act(coder):
    text = ("SANAA, May 3 (Newswire) - The rebels said they targeted an oil tanker in the Red "
            "Sea with drones, in solidarity with the Palestinians in Gaza.")
    assert _place_of(coder, text, "targeted") != "Gaza"


# A collapse's toll is no one's attack. Sentence of our own.
def test_the_toll_of_a_collapse_is_no_attack(coder):
    kinds = {e.event for e in _candidates(
        coder, "Thousands marched over the collapse of a market roof in Kumasi that killed "
               "nine traders.")}
    assert "ASSAULT" not in kinds


# A court that rules that something happened says it did; only "ruled out" refuses. Sentences
# of our own.
def test_what_a_court_rules_happened_is_not_negated(coder):
    events = [e for e in _candidates(coder, "The tribunal ruled on Monday that the governor "
                                            "had violated the election law.")
              if e.event_text == "violated"]
    assert events and events[0].modality != "negated"


def test_what_is_ruled_out_is_negated(coder):
    events = [e for e in _candidates(coder, "The cabinet ruled out sending troops to the border.")
              if e.event_text == "sending"]
    assert events and events[0].modality == "negated"


# "into a post in X": where the post is is where the attack is. Sentence of our own.
def test_an_attack_into_a_place_in_a_district_is_there(coder):
    text = ("A suicide bomber rammed an explosive-laden truck into a police checkpoint in "
            "Bannu district on Tuesday.")
    assert _place_of(coder, text, "rammed") == "Bannu"


# A second participle of a hazard's toll is the hazard's too. Sentence of our own.
def test_the_second_participle_of_a_floods_toll_is_no_coercion(coder):
    text = ("Floods swept through three villages on Sunday, killing 12 people and displacing "
            "hundreds of families.")
    assert not {"ASSAULT", "COERCE"} & _kinds(_candidates(coder, text))


# A monarch's one-word name followed by a surname is someone else: no office the text does not
# give. Sentence of our own.
def test_a_monarchs_name_before_a_surname_is_someone_else(coder):
    record = _record(coder, "PARIS, May 3 (Newswire) - The carmaker's founder Guillaume Morel "
                            "said the firm would cut 300 jobs.")
    assert not any(e.office or e.country == "LUX" for e in record.entities)


# Those called up are no doers of their call-up. Sentence of our own.
def test_the_people_called_up_do_not_mobilise(coder):
    events = [e for e in _candidates(coder, "The conscription of 90,000 students alarmed "
                                            "their parents.")
              if e.event == "MOBILIZE"]
    assert events and not any(a.text == "students" for e in events for a in e.actor)


# The place a war or crisis is named after is no party to what is said of it. Sentence of our
# own.
def test_the_place_a_crisis_is_named_after_is_no_recipient(coder):
    events = [e for e in _candidates(coder, "Tokyo welcomed Delhi's balanced stance on the "
                                            "Sudan crisis.") if e.event_text == "welcomed"]
    assert events and "Sudan" not in [r.text for r in events[0].recipient]


# A business delivering its goods to no one named trades; what it gives to someone named is
# aid. Sentences of our own.
def test_a_firm_delivering_its_goods_is_no_aid(coder):
    assert "AID" not in {e.event for e in _candidates(
        coder, "The company expects to deliver 40 aircraft this year.")}


def test_a_firm_giving_to_someone_named_is_aid(coder):
    assert "AID" in _kinds(_candidates(
        coder, "The company delivered tents and medicine to the displaced families."))


# A city's office before a name gives the person the city's country, also when the model makes
# the name the title's appositive. Sentence of our own.
def test_a_city_office_before_a_name_after_a_verb_gives_its_country(coder):
    record = _record(coder, "Courts jailed Istanbul Mayor Ekrem Imamoglu pending trial on "
                            "Sunday.")
    assert _entity(record, "Ekrem Imamoglu").country == "TUR"


# Forces that complete a disengagement withdraw. Sentence of our own.
def test_forces_completing_a_disengagement_withdraw(coder):
    events = [e for e in _candidates(coder, "Armenian and Azerbaijani troops completed the "
                                            "disengagement along the northern border.")
              if e.event == "RETREAT"]
    assert events and events[0].actor


# "a meeting between A and B in X" is in X, where the model hangs X on B. Sentence of our own.
def test_a_meeting_between_two_leaders_is_where_the_last_is_placed(coder):
    text = ("The accord was signed days before a meeting between President William Ruto and "
            "President Yoweri Museveni in Entebbe.")
    assert _place_of(coder, text, "meeting") == "Entebbe"


# Machine translation writes "manifested against" for "demonstrated against"; a symptom that
# manifests protests nothing. Sentences of our own.
def test_manifesting_against_in_translation_is_a_protest(coder):
    assert "PROTEST" in _kinds(_candidates(
        coder, "Teachers manifested against the pension reform in Lyon on Tuesday."))
    assert "PROTEST" not in _kinds(_candidates(
        coder, "The side effects manifested against expectations in older patients."))


# A big city named in an agent's own words gives it the city's country, old names included;
# not to a role of anywhere (a correspondent, refugees). Sentences of our own.
@pytest.mark.parametrize(("text", "name", "country"), [
    ("Bombay police detained nine men after the riot.", "Bombay police", "IND"),
    ("Lagos traders shut their stalls in protest at the levy.", "Lagos traders", "NGA"),
    ("The Istanbul correspondent of the paper was expelled.", "Istanbul correspondent", None),
])
def test_a_big_city_in_an_agents_words_gives_its_country(coder, text, name, country):
    assert _entity(_record(coder, text), name).country == country


# The time someone has to do something is before it is done; a missile's test-firing is a
# show of force; diplomatic channels are no broadcaster; a labour congress is a union centre.
# Sentences of our own.
def test_the_time_left_to_act_is_not_the_act(coder):
    events = [e for e in _candidates(coder, "The president now has 30 days to dissolve the "
                                            "assembly.") if e.event_text == "dissolve"]
    assert events and all(e.modality != "asserted" for e in events)


def test_a_test_firing_of_a_missile_is_a_show_of_force(coder):
    kinds = _kinds(_candidates(coder, "The leader oversaw the test-firing of a cruise missile "
                                      "on Sunday."))
    assert "MOBILIZE" in kinds


def test_diplomatic_channels_are_no_broadcaster(coder):
    record = _record(coder, "Seoul sent a protest note through diplomatic channels in Tokyo.")
    assert not any("channel" in e.name for e in record.entities)


def test_a_labour_congress_is_a_union(coder):
    record = _record(coder, "The Ghana Labour Congress called off its strike on Friday.")
    assert any(e.sector == "LAB" for e in record.entities)


# "Both sides" after talks that others mediated are the parties, not the go-betweens.
# Sentences of our own.
def test_both_sides_are_the_parties_not_the_mediators(coder):
    text = ("Sudan and South Sudan agreed to reopen their border after talks in Nairobi "
            "mediated by Kenya and Ethiopia, officials said on Monday. Both sides agreed to "
            "meet again next month.")
    events = [e for e in _candidates(coder, text) if e.event_text == "meet"]
    assert events and {a.kb_id for a in events[0].actor} == {"state:SDN", "state:SSD"}


# Two verbs of one subject share the time phrase after the second. Sentence of our own.
def test_two_verbs_of_one_subject_share_their_time(coder):
    events = _events(coder, "Two guards were stabbed and wounded outside the consulate on "
                            "Saturday night, police said.", published="2026-03-09")
    dates = {e.event_text: e.date for e in events}
    assert dates.get("stabbed") == dates.get("wounded") == "2026-03-07"


# A penalty a law carries is what the law provides, no sentence passed; a self-imposed exile
# is no one; embassy staffers are their state's officials. Sentences of our own.
def test_a_penalty_a_law_carries_is_no_event(coder):
    events = [e for e in _candidates(coder, "They were tried under the new security law, which "
                                            "carries the death penalty.")
              if e.event_text == "penalty"]
    assert all(e.modality != "asserted" or e.confidence < 0.05 for e in events) or not events


def test_a_self_imposed_exile_is_no_one(coder):
    record = _record(coder, "The opposition leader came home after a year in self-imposed exile.")
    assert not any("exile" in e.name for e in record.entities)


def test_embassy_staffers_are_their_states_officials(coder):
    record = _record(coder, "Two Turkish embassy staffers were wounded in the attack.")
    staffers = _entity(record, "Turkish embassy staffers")
    assert (staffers.country, staffers.sector) == ("TUR", "GOV")


# A noun's own place modifier says whose it is, not where an act on it is: "rejected the
# Turkish plan" happens where the rejecter is; "held Geneva talks" is in Geneva. Sentences of
# our own.
def test_the_owner_of_a_rejected_plan_is_no_place(coder):
    text = ("Serb opposition rejects US plan\n\nBELGRADE, May 2 (Newswire) - The party said "
            "on Friday the plan was unfair.")
    assert _place_of(coder, text, "rejects") != "United States"


def test_talks_named_after_a_city_are_there(coder):
    assert _place_of(coder, "The envoys held Geneva talks on Monday.", "held") == "Geneva"


# A participle after a comma says what the refusal before it was: it is done. Sentence of
# our own.
def test_a_participle_after_a_refusal_is_done(coder):
    events = [e for e in _candidates(coder, "The militia said it would not lay down its arms, "
                                            "rejecting the government's plan.")
              if e.event_text == "rejecting"]
    assert events and events[0].modality == "asserted"


# Charging a tariff is a sanction. Sentence of our own.
def test_charging_a_country_a_tariff_is_a_sanction(coder):
    events = [e for e in _candidates(coder, "The president said he would charge Brazil a 30% "
                                            "tariff on steel.") if e.event == "SANCTION"]
    assert events and "Brazil" in [r.text for r in events[0].recipient]
# ------------------------------------------------------ evt15: world news a reader objects to

@pytest.mark.parametrize("text", [
    "Laos protests to Thailand over shooting of fisherman\n\nVIENTIANE, May 2 (Newswire) - "
    "The ministry summoned the envoy.",
    "The government protested to Vietnam over the seizure of a fishing boat.",
])
def test_a_protest_lodged_with_a_government_is_a_complaint_not_a_demonstration(coder, text):
    found = {e.event for e in _candidates(coder, text) if e.event_text.startswith("protest")}
    assert found == {"ACCUSE"}


def test_a_street_protest_stays_a_protest(coder):
    found = [e for e in _candidates(coder, "Students protested in the capital over fuel "
                                           "prices.") if e.event_text == "protested"]
    assert found and found[0].event == "PROTEST"


@pytest.mark.parametrize(("text", "word", "denier"), [
    ("The defence ministry rejected claims of a plot to overthrow the government.",
     "overthrow", "defence ministry"),
    ("The State Department rejected claims of a plot to overthrow the president of Bolivia.",
     "overthrow", "USA"),
])
def test_who_denies_a_plot_is_not_its_plotter(coder, text, word, denier):
    found = [e for e in _candidates(coder, text) if e.event_text == word]
    assert found and not [a for e in found for a in e.actor
                          if denier in (a.country, a.text.lower())]


def test_the_one_accused_of_an_act_named_after_the_object_is_its_doer(coder):
    found = [e for e in _candidates(coder, "The farmers' union accused the militia of burning "
                                           "three villages.") if e.event_text == "burning"]
    assert found and [a.text for a in found[0].actor] == ["militia"]


def test_the_accuser_is_not_the_doer_of_what_it_blames_on_them(coder):
    text = "The group said it was fighting the army and accused them of shelling homes."
    found = [e for e in _candidates(coder, text) if e.event_text == "shelling"]
    assert found and not [a for a in found[0].actor if a.text == "group"]


@pytest.mark.parametrize(("text", "word"), [
    ("The finance minister said Portugal would meet its commitments to the alliance.", "meet"),
    ("The new governor promised a war on drugs.", "war"),
])
def test_meeting_a_commitment_and_a_war_on_drugs_are_no_meeting_or_war(coder, text, word):
    assert not [e for e in _candidates(coder, text) if e.event_text == word]


def test_a_war_on_a_country_stays_a_war(coder):
    found = [e for e in _candidates(coder, "Russia's war on Ukraine entered its fourth year.")
             if e.event_text == "war"]
    assert found and found[0].event == "ASSAULT"


def test_a_power_blackout_is_no_censorship_and_an_internet_blackout_is(coder):
    assert not [e for e in _candidates(coder, "A blackout left two provinces without power "
                                              "on Sunday.") if e.event == "COERCE"]
    found = _candidates(coder, "The junta imposed an internet blackout in the north.")
    assert ("COERCE", "censor") in {(e.event, e.mode) for e in found}


def test_parties_that_clash_over_a_budget_disagree_and_troops_that_clash_fight(coder):
    assert not [e for e in _candidates(coder, "The two coalition parties clashed over the "
                                              "budget.") if e.event == "ASSAULT"]
    assert "ASSAULT" in {e.event for e in _candidates(coder, "Government troops clashed with "
                                                           "rebels near the border.")}


def test_a_fight_taken_to_a_court_is_no_attack(coder):
    text = "The union said it would take the fight to the High Court."
    assert "ASSAULT" not in {e.event for e in _events(coder, text)}


def test_branches_named_before_an_exercise_are_the_subjects_own(coder):
    text = "Iran's military began joint army and navy exercises in the Gulf on Monday."
    found = [e for e in _candidates(coder, text) if e.event_text == "exercises"]
    assert found and {a.country for a in found[0].actor} == {"IRN"}
    assert not found[0].recipient


@pytest.mark.parametrize(("text", "first", "second", "name", "country"), [
    ("The rebels freed four soldiers and Mali released 20 detainees.", "freed", "released",
     "Mali", "MLI"),
    ("The truce held for a third day as the rebels released two soldiers and Kenya freed 15 "
     "fighters.", "released", "freed", "Kenya", "KEN"),
])
def test_a_second_clause_keeps_its_own_named_subject(coder, text, first, second, name,
                                                     country):
    found = {e.event_text: e for e in _candidates(coder, text)}
    assert [a.country for a in found[second].actor] == [country]
    assert name not in {r.text for r in found[first].recipient}


def test_a_pact_signed_at_a_seat_of_government_is_signed_there_not_with_it(coder):
    found = [e for e in _candidates(coder, "The two presidents signed a trade pact at the "
                                           "Kremlin on Monday.") if e.event_text == "signed"]
    assert found and not found[0].recipient


def test_a_date_before_the_one_ordered_is_not_who_is_called_on(coder):
    text = "A judge in Texas on Monday ordered the agency to release the detained reporters."
    found = [e for e in _candidates(coder, text) if e.event_text == "release"]
    assert found and [a.text for a in found[0].actor] == ["agency"]


@pytest.mark.parametrize(("text", "word"), [
    ("The army shelled villages in Armenia and Azerbaijani-occupied Nagorno-Karabakh.",
     "occupied"),
    ("Aid trucks entered the Houthi-controlled port and rebel-seized areas on Friday.",
     "seized"),
])
def test_a_hyphened_participle_before_a_place_describes_it(coder, text, word):
    assert not [e for e in _candidates(coder, text) if e.event_text == word]


def test_a_package_of_sanctions_is_no_aid_package(coder):
    for text in ("The ministers approved a fifth package of sanctions against Belarus.",
                 "The ministers approved a fifth sanctions package against Belarus."):
        assert "AID" not in {e.event for e in _candidates(coder, text)}, text
    found = _candidates(coder, "The ministers approved a fifth aid package for Moldova.")
    assert "AID" in {e.event for e in found}


def test_parties_named_in_a_headline_that_clash_over_a_bill_quarrel(coder):
    text = ("Kenya's ODM, UDA clash over finance bill\n\nNAIROBI, June 3 (Newswire) - The "
            "Orange Democratic Movement and the United Democratic Alliance disagree.")
    assert "ASSAULT" not in {e.event for e in _candidates(coder, text)}
    text = "Armenia and Azerbaijan clashed over the border on Tuesday."
    assert "ASSAULT" in {e.event for e in _candidates(coder, text)}


def test_who_promises_a_passive_act_commits_to_it(coder):
    text = "President Aleksandar Vucic promised that those responsible would be punished."
    found = [e for e in _candidates(coder, text) if e.event_text == "promised"]
    assert found and [a.country for a in found[0].actor] == ["SRB"]


def test_states_that_trade_strikes_do_not_trade(coder):
    text = ("India and Pakistan traded artillery strikes on Friday, with Indian guns shelling "
            "two posts and Pakistani drones striking an air base.")
    found = _candidates(coder, text)
    assert "COOPERATE" not in {e.event for e in found}
    striking = [e for e in found if e.event_text == "striking"]
    assert striking and [a.country for a in striking[0].actor] == ["PAK"]


def test_protesters_blocking_an_avenue_obstruct_it(coder):
    found = _candidates(coder, "Hundreds of protesters blocked Liberty Avenue on Monday.")
    assert ("PROTEST", "obstruct") in {(e.event, e.mode) for e in found}


def test_who_calls_one_person_to_do_something_does_it(coder):
    text = "The foreign minister called his Indian counterpart to discuss the border."
    found = [e for e in _candidates(coder, text) if e.event_text == "discuss"]
    assert found and [a.text for a in found[0].actor] == ["foreign minister"]
    text = "The council called the parties to resume talks."
    found = [e for e in _candidates(coder, text) if e.event_text == "resume"]
    assert found and [a.text for a in found[0].actor] == ["parties"]


def test_voters_verdict_is_no_sentence(coder):
    text = "Voters delivered a harsh verdict on the government on Sunday."
    assert "SANCTION" not in {e.event for e in _events(coder, text)}
    found = _candidates(coder, "The court delivered its verdict on Monday.")
    assert "SANCTION" in {e.event for e in found}


def test_retaliating_against_tariffs_is_a_measure_not_an_attack(coder):
    found = _candidates(coder, "Brazil said it would retaliate against the new tariffs.")
    assert "ASSAULT" not in {e.event for e in found}
    assert "SANCTION" in {e.event for e in found}
    found = _candidates(coder, "Iran vowed to retaliate against Israel.")
    assert "ASSAULT" in {e.event for e in found}


def test_whom_an_agreed_measure_is_against_is_no_partner_to_the_agreement(coder):
    text = "The allies agreed new measures against Iran on Monday."
    found = [e for e in _candidates(coder, text) if e.event_text == "agreed"]
    assert found and not found[0].recipient


def test_a_package_that_targets_banks_attacks_no_one(coder):
    text = "The new package targets banks and oil tankers."
    assert "ASSAULT" not in {e.event for e in _candidates(coder, text)}


def test_who_acts_after_talks_with_someone_held_them(coder):
    text = "The army withdrew from the town after talks with the rebel commanders."
    found = [e for e in _candidates(coder, text) if e.event_text == "talks"]
    assert found and [a.text for a in found[0].actor] == ["army"]
    assert [r.text for r in found[0].recipient] == ["rebel commanders"]


def test_mediators_are_not_the_two_sides(coder):
    text = ("Sudan and South Sudan agreed to reopen the border after talks in Addis Ababa "
            "mediated by Ethiopia and Kenya. The two sides also agreed to meet again in May.")
    found = [e for e in _candidates(coder, text) if e.event_text == "agreed"]
    assert len(found) == 2 and {a.country for a in found[-1].actor} == {"SDN", "SSD"}


def test_a_report_the_text_calls_a_denied_charge_is_alleged(coder):
    text = ("The Kurdish administration said Turkish drones had killed four farmers on Sunday, "
            "a charge Ankara denied.")
    found = [e for e in _candidates(coder, text) if e.event_text == "killed"]
    assert found and found[0].modality != "asserted"
    text = "The rebels accused the army of shelling a school, a charge the army rejected."
    found = [e for e in _candidates(coder, text) if e.event_text == "accused"]
    assert found and found[0].modality == "asserted"


def test_a_state_is_no_recipient_of_its_own_measure(coder):
    text = "Washington eased U.S. sanctions on Venezuelan oil on Monday."
    found = [e for e in _candidates(coder, text) if e.event_text == "eased"]
    assert found and "USA" not in {r.country for r in found[0].recipient}


@pytest.mark.parametrize("text", [
    "The central bank warned of risks to growth from weaker exports.",
    "Aid agencies warned of famine in the north.",
])
def test_warning_of_a_hazard_is_no_threat(coder, text):
    assert "THREATEN" not in {e.event for e in _candidates(coder, text)}


def test_warning_someone_stays_a_threat(coder):
    found = _candidates(coder, "Iran warned Israel against any attack on its soil.")
    assert "THREATEN" in {e.event for e in found}


def test_it_in_a_second_reported_clause_is_the_speaker(coder):
    text = "Armenia said three soldiers were wounded and that it had shot down two drones."
    found = [e for e in _candidates(coder, text) if e.event_text == "shot"]
    assert found and [a.country for a in found[0].actor] == ["ARM"]


def test_the_state_named_before_a_measure_owns_it(coder):
    text = "Japan and Canada signed a pact that cut Japanese tariffs on Canadian beef."
    found = [e for e in _candidates(coder, text) if e.event_text == "cut"]
    assert found and [a.country for a in found[0].actor] == ["JPN"]
    assert [r.country for r in found[0].recipient] == ["CAN"]


def test_what_goes_on_as_a_pledge_is_made_is_no_part_of_it(coder):
    text = ("Hanoi and Manila pledge closer ties as Marcos visits Vietnam\n\nHANOI, Jan 30 "
            "(Newswire) - The two sides signed three agreements.")
    found = [e for e in _candidates(coder, text) if e.event_text == "visits"]
    assert found and {e.modality for e in found} == {"asserted"}


def test_last_month_before_an_after_clause_dates_the_main_verb(coder):
    text = ("Peru closed its border with Ecuador last month after a soldier was killed in a "
            "shootout.")
    found = [e for e in _candidates(coder, text, published="2026-03-04")
             if e.event_text == "closed"]
    assert found and found[0].date == "2026-02"


def test_the_of_phrase_of_tariffs_is_their_owner(coder):
    found = [e for e in _candidates(coder, "The minister denounced the new tariffs of "
                                           "Washington on Chilean copper.")
             if e.event_text == "tariffs"]
    assert found and [a.country for a in found[0].actor] == ["USA"]


def test_a_name_the_parser_takes_for_an_adverbial_is_the_object(coder):
    text = ("Bucharest mayor Nicusor Dan won the run-off on Sunday.\n\nMoldovan President "
            "Maia Sandu congratulated Dan.")
    found = [e for e in _candidates(coder, text, published="2025-05-18")
             if e.event_text == "congratulated"]
    assert found and [r.country for r in found[0].recipient] == ["ROU"]


def test_who_adopts_a_package_of_sanctions_takes_them(coder):
    text = "The ministers adopted a seventh package of sanctions against Belarus on Friday."
    found = [e for e in _candidates(coder, text) if e.event_text == "sanctions"]
    assert found and [a.text for a in found[0].actor] == ["ministers"]
    assert [r.country for r in found[0].recipient] == ["BLR"]


def test_a_headline_premier_to_resign_is_his_announced_resignation(coder):
    text = ("Japanese premier Kishida to step down after party scandal\n\nTOKYO, June 3 "
            "(Newswire) - The cabinet met on Tuesday.")
    found = [e for e in _candidates(coder, text, published="2024-06-03")
             if e.event_text == "step" and e.event == "RETREAT"]
    assert found and found[0].modality == "future"
    assert [a.country for a in found[0].actor] == ["JPN"]


# Where a clause puts a person ("was in Lisbon") is where an act at her premises happens.
# Sentences of our own.
def test_an_act_at_her_residence_is_where_the_text_put_her(coder):
    text = ("Prime Minister Ana Lopes was in Lisbon on Monday. She met the envoys at her "
            "residence.")
    assert _place_of(coder, text, "met") == "Lisbon"


# The name at the end of an "of" phrase is its head's only when no nearer title claims it.
# Sentences of our own.
@pytest.mark.parametrize("text, doer", [
    ("Supporters of jailed opposition leader Ahmed Farouk ended a protest camp in the "
     "capital on Tuesday.", "supporters"),
    ("The lawyer of opposition leader Ahmed Farouk met the judges on Tuesday.", "lawyer"),
])
def test_the_name_after_an_of_phrase_with_its_own_title_is_not_the_doer(coder, text, doer):
    found = [e for e in _candidates(coder, text) if e.event_text in ("ended", "met")]
    assert found and [a.text.lower() for a in found[0].actor] == [doer]


# The past tense of a verb of protest that the model reads as a participle. Our own sentence.
@pytest.mark.parametrize("text", [
    "Thousands of persons manifested on Saturday in Sofia against the new tax.",
    "Hundreds of persons manifested on Friday in Sofia to demand the resumption of the "
    "vote which the court cancelled in May.",
])
def test_persons_who_manifested_protest(coder, text):
    found = [e for e in _candidates(coder, text) if e.event == "PROTEST"]
    assert found and [a.text for a in found[0].actor] == ["persons"]


def test_symptoms_that_manifested_are_no_protest(coder):
    text = "The symptoms manifested within two days, the doctors said."
    assert not [e for e in _candidates(coder, text) if e.event == "PROTEST"]


# A headline of two announcements: each "X to do" is to come, and its weekday ahead.
# Our own headline.
def test_both_infinitives_of_a_two_clause_headline_are_future(coder):
    text = ("Rebels to free four soldiers on Friday, army to release 30 fighters\n\n"
            "BAMAKO, March 4 (Newswire) - Officials said so.")
    found = {e.event_text: e for e in _candidates(coder, text, published="2026-03-04")
             if e.event == "RETREAT"}
    assert {k: e.modality for k, e in found.items()} == {"free": "future", "release": "future"}
    assert found["free"].date == "2026-03-06"


def test_a_pronoun_closing_a_relative_clause_is_no_name_after_a_title(coder):
    text = ("Opposition leader Ali Hassan returned to the capital on Thursday. Police fired "
            "tear gas at a crowd of supporters who gathered at the airport to welcome him.")
    found = [e for e in _candidates(coder, text) if e.event_text == "fired"]
    assert found and [r.text for r in found[0].recipient] == ["crowd"]


# A participle of accusing after an order's infinitive is the order-giver's, and said.
# Our own sentence.
def test_an_accusation_beside_an_expulsion_order_is_the_order_givers(coder):
    text = ("The junta ordered the Danish envoy to leave the country within 48 hours, "
            "accusing Copenhagen of spying.")
    found = [e for e in _candidates(coder, text) if e.event_text == "accusing"]
    assert found and [a.text for a in found[0].actor] == ["junta"]
    assert found[0].modality == "asserted"


# A bar is a place, not a ban. Our own sentence.
def test_a_raid_on_a_bar_bars_no_one(coder):
    text = "Police detained two activists during a raid on a bar in the old town on Friday."
    assert not [e for e in _candidates(coder, text) if e.event_text == "bar"]


# Energy used as leverage is no tear gas fired. Our own sentences.
def test_gas_used_as_a_weapon_is_no_crowd_control(coder):
    text = "The minister accused Moscow of using gas supplies as a weapon against Moldova."
    assert not [e for e in _candidates(coder, text) if e.mode == "crowd-control"]
    text = "Riot police used tear gas to disperse the crowd on Friday."
    assert [e for e in _candidates(coder, text) if e.mode == "crowd-control"]


# Civilians of no country are of the place where what befell them happened. Our own story.
def test_people_killed_in_a_named_province_are_of_its_country(coder):
    text = ("Pakistan strikes Taliban hideouts in Afghanistan\n\nISLAMABAD, Dec 25 "
            "(Newswire) - Pakistani warplanes bombed hideouts in Afghanistan's Paktika "
            "province, killing at least 46 people, Taliban officials said on Wednesday.\n\n"
            "The Taliban defence ministry condemned the attack. Islamabad accuses Kabul of "
            "sheltering fighters.")
    found = [e for e in _candidates(coder, text) if e.event_text == "killing"]
    assert found and [r.country for r in found[0].recipient] == ["AFG"]


# "it" as the subject of a relative clause on an object is the one who acted on the object,
# never the object itself. Our own sentences.
@pytest.mark.parametrize("text, doer", [
    ("The navy seized a tanker, which it accused of smuggling oil.", "navy"),
    ("The coast guard said it had expelled the fishing boat, which it accused of "
     "entering Vietnamese waters.", "coast guard"),
])
def test_it_in_a_relative_clause_on_an_object_is_the_verbs_subject(coder, text, doer):
    found = [e for e in _candidates(coder, text) if e.event_text == "accused"]
    assert found and [a.text.lower() for a in found[0].actor] == [doer]


# What leaders discuss is a topic, not a measure taken. Our own sentences.
@pytest.mark.parametrize("text, trigger", [
    ("The two foreign ministers met in Oslo to discuss sanctions on Belarus.", "sanctions"),
    ("The chancellor discussed military aid for Moldova with the visiting premier.", "aid"),
])
def test_a_measure_discussed_is_not_reported_taken(coder, text, trigger):
    found = [e for e in _candidates(coder, text) if e.event_text == trigger]
    assert found and found[0].modality == "hypothetical"


# The toll of an attack is the attack's, not its target's. Our own sentence.
@pytest.mark.parametrize("text", [
    "The bombing of a school that killed 14 pupils was condemned by aid groups.",
    "The shelling of a hospital that killed nine patients drew condemnation on Monday.",
])
def test_the_target_of_a_bombing_is_no_killer(coder, text):
    found = [e for e in _candidates(coder, text) if e.event_text == "killed"]
    assert found and not found[0].actor


# What a meeting talks about is a topic, not an act done. Our own sentences.
@pytest.mark.parametrize("text, trigger", [
    ("The defence ministers held talks on military aid to Moldova in Riga.", "aid"),
    ("The two presidents talked about sanctions on Belarus on Monday.", "sanctions"),
])
def test_the_topic_of_talks_is_not_reported_done(coder, text, trigger):
    found = [e for e in _candidates(coder, text) if e.event_text == trigger]
    assert found and found[0].modality == "hypothetical"


# A relative clause on "anyone" names a kind of act, none done. Our own sentences.
def test_an_act_of_anyone_who_would_do_it_is_no_act_done(coder):
    text = "The governor said anyone who loots shops during the curfew will be arrested."
    found = [e for e in _candidates(coder, text) if e.event_text == "loots"]
    assert found and all(e.modality == "hypothetical" for e in found)
    text = "The governor said the men who looted shops during the curfew were arrested."
    found = [e for e in _candidates(coder, text) if e.event_text == "looted"]
    assert found and all(e.modality == "asserted" for e in found)


def test_the_play_of_a_game_is_no_event_but_its_riot_and_arrests_are(coder):
    text = ("Lions Rout Harbour City in Cup Opener\n\n"
            "The Lions thrashed Harbour City 5-1 in the tournament opener on Sunday. Their "
            "striker scored twice before halftime, and Harbour City's defence crumbled under "
            "wave after wave of attacks. \"We surrendered too easily,\" their coach said. "
            "After the match, supporters fought with police outside the stadium and "
            "officers detained 14 people.")
    found = {e.event_text: e.event for e in _candidates(coder, text)}
    assert not {"thrashed", "attacks", "surrendered", "scored"} & found.keys(), found
    assert found.get("detained") == "COERCE", found  # the police's arrests are news
    assert "fought" in found, found  # and so is the fans' fight with them


def test_a_political_story_that_mentions_a_match_keeps_its_attacks(coder):
    text = ("Gunmen attacked a bus carrying football fans to a match in the north of the "
            "country on Saturday, killing three people, police said. The army said it had "
            "launched an operation to find the attackers.")
    assert any(e.event == "ASSAULT" for e in _candidates(coder, text))


@pytest.mark.parametrize("text", [
    "Two rival carmakers launched an aggressive marketing offensive in Brazil on Monday.",
    "The country's two largest grocery chains are locked in a bitter advertising war.",
])
def test_a_contest_of_commerce_is_no_attack(coder, text):
    assert not [e for e in _events(coder, text) if e.event == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "Hundreds of firefighters battled wildfires in the hills above the port on Tuesday.",
    "Portugal sent two water-bombing planes to help Spain fight the blazes.",
    "Health workers are fighting against a measles outbreak in the northern districts.",
])
def test_fighting_a_hazard_is_no_attack(coder, text):
    assert not [e for e in _candidates(coder, text) if e.event == "ASSAULT"]


def test_fighting_an_armed_side_stays_an_attack(coder):
    text = "Government troops fought rebels near the border town on Tuesday."
    assert [e for e in _candidates(coder, text) if e.event == "ASSAULT"]


def test_an_emergency_declared_in_a_disasters_report_is_no_repression(coder):
    floods = ("Floods kill dozens in the north\n\nFloods swept through the northern provinces "
              "on Monday, killing 40 people. The government declared a state of emergency in "
              "three provinces.")
    riots = ("Curfew after riots\n\nRioters burned shops in the capital on Monday. The "
             "government declared a state of emergency and imposed a curfew.")
    assert not [e for e in _events(coder, floods) if e.event == "COERCE"]
    assert [e for e in _events(coder, riots) if e.event == "COERCE"]


def test_a_bombing_during_a_game_stays_an_attack(coder):
    text = ("Blast at stadium kills 12\n\nA bomb exploded in the stands during a league match "
            "between the two clubs on Sunday, killing 12 fans, a referee and a coach said. "
            "The home side's goalkeeper was among the wounded.")
    assert [e for e in _candidates(coder, text) if e.event == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "Chen beats Okafor to win the world title in Osaka",
    "The veteran beat the defending champion to reach the final on Friday.",
])
def test_beating_someone_to_win_is_a_contest_won(coder, text):
    assert not [e for e in _candidates(coder, text) if e.event == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "The central bank raised its main rate again as it battles inflation above 20%.",
    "The new cabinet has pledged to fight corruption in the customs service.",
])
def test_fighting_an_ill_is_no_attack(coder, text):
    assert not [e for e in _candidates(coder, text) if e.event == "ASSAULT"]


def test_a_headline_passive_with_a_second_object_and_a_doer(coder):
    text = ("Carmaker Voltara fined 300 million euros by EU over cartel\n\nBRUSSELS, May 6 "
            "(Reuters) - The European Commission fined Voltara on Tuesday for its part in a "
            "price cartel.")
    fine = next(e for e in _candidates(coder, text) if e.event_text == "fined")
    assert [a.name for a in fine.actor] == ["EU"] or [a.country for a in fine.actor] == ["IGO"]
    assert "Voltara" in " ".join(r.name for r in fine.recipient)


def test_a_headline_seizure_by_force_stays_active(coder):
    text = ("Rebels seized the town by force\n\nThe rebels took the town on Monday after "
            "heavy fighting, residents said.")
    seized = next(e for e in _candidates(coder, text) if e.event_text == "seized")
    assert [a.name.lower() for a in seized.actor] == ["rebels"]


@pytest.mark.parametrize("text", [
    "KYIV, May 2 (Reuters) - Ukrainian drones struck a fuel depot overnight, officials in "
    "Kyiv said. Voronezh governor Ivan Sorokin said on Telegram that three people were "
    "wounded.",
    "KYIV, May 2 (Reuters) - Ukrainian drones struck a fuel depot overnight, officials in "
    "Kyiv said. The mayor of Voronezh, Ivan Sorokin, said that three people were wounded.",
])
def test_what_a_local_official_reports_happens_in_his_town(coder, text):
    wounded = next(e for e in _candidates(coder, text) if e.event_text == "wounded")
    record = _record(coder, text)
    places = {p.id: p.name for p in record.places}
    assert places.get(wounded.event_loc) == "Voronezh"
    assert {r.country for r in wounded.recipient} <= {"RUS", None}


@pytest.mark.parametrize("text", [
    "Deputies ousted the prime minister's cabinet in a censure vote on Wednesday.",
    "The national assembly voted on Tuesday and ousted the governing coalition.",
])
def test_a_government_voted_out_is_not_coerced(coder, text):
    assert not [e for e in _candidates(coder, text) if e.event == "COERCE"]


def test_a_president_ousted_by_soldiers_is_coerced(coder):
    text = "Mutinous soldiers ousted the president on Monday and suspended the constitution."
    assert [e for e in _candidates(coder, text) if e.event == "COERCE"]


@pytest.mark.parametrize("text", [
    "The president deployed the army to support the police after a night of riots.",
    "Tanzanian President Ada Mwakyusa sent troops to assist the Tanzanian police in Arusha.",
])
def test_forces_sent_to_help_their_own_side_are_deployed_not_given(coder, text):
    kinds = {e.event for e in _candidates(coder, text) if e.event_text in ("deployed", "sent")}
    assert kinds == {"MOBILIZE"}, kinds


def test_forces_sent_to_help_another_state_are_aid(coder):
    text = "Rwanda sent 500 soldiers to help the Mozambican army fight insurgents."
    kinds = {e.event for e in _candidates(coder, text) if e.event_text == "sent"}
    assert kinds == {"AID"}, kinds


@pytest.mark.parametrize(("text", "kind"), [
    ("Two Greek fighter jets intercepted a Turkish reconnaissance plane over the Aegean on "
     "Monday.", "MOBILIZE"),
    ("The coastguard intercepted a tanker carrying smuggled fuel off the coast.", "COERCE"),
])
def test_an_interception_at_sea_or_in_the_air(coder, text, kind):
    assert kind in {e.event for e in _events(coder, text) if e.event_text == "intercepted"}


@pytest.mark.parametrize("text", [
    "The president vetoed a law to increase funding for public hospitals on Friday.",
    "Lawmakers debated a bill to send more troops to the northern border.",
])
def test_what_a_law_provides_for_is_not_done(coder, text):
    done = [e for e in _candidates(coder, text) if e.event_text in ("funding", "send")
            and e.modality in ("asserted", "historical")]
    assert not done, [(e.event, e.modality) for e in done]


def test_the_body_a_complaint_is_filed_with_is_no_recipient(coder):
    text = "Brazil filed a complaint with the World Trade Organization against Canada on Monday."
    filed = next(e for e in _candidates(coder, text) if e.event_text == "filed")
    assert [r.country for r in filed.recipient] == ["CAN"], filed.recipient


@pytest.mark.parametrize(("text", "word"), [
    ("The militia said in a statement that its gunmen had killed 18 police officers, a claim "
     "the interior ministry denied.", "killed"),
    ("The insurgents said they had shot down an army helicopter, a claim the government "
     "rejected.", "shot"),
])
def test_a_reported_deed_the_text_calls_a_denied_claim_is_not_asserted(coder, text, word):
    deed = next(e for e in _candidates(coder, text) if e.event_text.startswith(word))
    assert deed.modality not in ("asserted", "historical"), deed.modality


@pytest.mark.parametrize("text", [
    "The rapper attacked the singer's performance in a long post on social media.",
    "The opposition leader attacked the government's budget plan in parliament on Tuesday.",
])
def test_attacking_what_someone_said_or_did_is_criticism(coder, text):
    found = {(e.event, tuple(r.name for r in e.recipient)) for e in _candidates(coder, text)
             if e.event_text == "attacked"}
    assert found and all(kind == "ACCUSE" for kind, _ in found), found
    assert not any("media" in " ".join(names) for _, names in found), found


def test_attacking_a_police_post_stays_an_attack(coder):
    text = "Gunmen attacked a police post and army positions near the border on Sunday."
    assert {e.event for e in _candidates(coder, text) if e.event_text == "attacked"} \
        == {"ASSAULT"}


def test_winning_by_beating_someone_is_a_contest(coder):
    text = ("Nadia Okafor won best actress for The Long Road, beating Mira Santos, who had been "
            "the favourite.")
    assert not [e for e in _candidates(coder, text) if e.event == "ASSAULT"]


def test_a_rocket_that_explodes_at_launch_attacks_no_one(coder):
    text = ("Orbital Dynamics rocket explodes after liftoff\n\nThe company's new heavy rocket "
            "exploded two minutes after liftoff on its first test flight on Tuesday, scattering "
            "debris over the sea. The booster failed to separate and blew up at 30 km.")
    assert not [e for e in _candidates(coder, text) if e.event == "ASSAULT"]


def test_a_rocket_fired_at_a_town_that_explodes_is_an_attack(coder):
    text = ("Rocket hits town near border\n\nA rocket fired by militants exploded in a market "
            "in the border town on Tuesday, killing four people, the army said.")
    assert [e for e in _candidates(coder, text) if e.event == "ASSAULT"]


def test_an_active_verb_joined_to_a_passive_shares_its_subject_and_not_its_date(coder):
    text = ("The envoy was welcomed at the airport by the deputy foreign minister and will meet "
            "the president on Wednesday.")
    events = _candidates(coder, text, published="2026-03-03")
    meet = [e for e in events if e.event_text == "meet"]
    assert meet and all([a.name for a in e.actor] == ["envoy"] for e in meet), \
        [(e.event, [a.name for a in e.actor]) for e in meet]
    welcomed = next(e for e in events if e.event_text == "welcomed")
    assert welcomed.date != "2026-03-04", welcomed.date  # Wednesday is the meeting's


# ---------------------------------------------- the type of a deed named by what it acts on
# Sentences of our own, for patterns found where the five-class training sentences and our
# leading event disagreed.

def _of_trigger(coder, text: str, trigger: str) -> list:
    return [e for e in _candidates(coder, text) if e.event_text == trigger]


@pytest.mark.parametrize("text", [
    "The two governments failed to reach an agreement on fishing rights after three days "
    "of talks.",
    "The unions and the ministry failed to agree on a new wage deal.",
])
def test_a_failure_to_agree_is_a_rejection(coder, text):
    found = _of_trigger(coder, text, "failed")
    assert [(e.event, e.cameo, e.modality) for e in found] == [("REJECT", "12", "asserted")]


def test_a_failure_of_another_act_is_no_rejection(coder):
    assert not _of_trigger(coder, "The agency failed to deliver the food aid to the camp.",
                           "failed")


@pytest.mark.parametrize(("text", "verb"), [
    ("The envoy ended his mediation efforts between the rival clans on Tuesday.", "ended"),
    ("The bishop suspended his mediation efforts in the border dispute.", "suspended"),
])
def test_ending_a_mediation_effort_halts_the_mediation(coder, text, verb):
    found = _of_trigger(coder, text, verb)
    assert [(e.event, e.cameo) for e in found] == [("SANCTION", "16")]


@pytest.mark.parametrize("text", [
    "Dock workers stopped work at the port of Antwerp on Monday.",
    "Hundreds of nurses stopped work on Tuesday over unpaid wages.",
])
def test_workers_stopping_work_strike(coder, text):
    found = _of_trigger(coder, text, "stopped")
    assert [(e.event, e.mode) for e in found] == [("PROTEST", "strike")]


def test_a_firm_stopping_work_on_a_bridge_is_no_strike(coder):
    assert not _of_trigger(coder, "The builder stopped work on the new bridge.", "stopped")


@pytest.mark.parametrize(("text", "verb"), [
    ("Moscow strengthened its forces along the border.", "strengthened"),
    ("The navy intensified its presence in the strait.", "intensified"),
    ("The army reinforced its positions near the river.", "reinforced"),
])
def test_strengthening_forces_is_a_show_of_force(coder, text, verb):
    assert [e.event for e in _of_trigger(coder, text, verb)] == ["MOBILIZE"]


@pytest.mark.parametrize(("text", "verb"), [
    ("Berlin reinforced its commitment to the refugees.", "reinforced"),
    ("The two states strengthened their defence ties.", "strengthened"),
])
def test_strengthening_a_commitment_or_ties_mobilises_nothing(coder, text, verb):
    assert "MOBILIZE" not in {e.event for e in _of_trigger(coder, text, verb)}


@pytest.mark.parametrize("text", [
    "Customs officers returned 40 smuggled parrots to Ecuador last week.",
    "The German museum returned two bronze masks to the Nigerian government.",
])
def test_things_given_back_to_a_state_are_property_returned(coder, text):
    found = _of_trigger(coder, text, "returned")
    assert [(e.event, e.mode) for e in found] == [("RETREAT", "release")]


@pytest.mark.parametrize("text", [
    "The minister returned to Ecuador on Friday.",
    "The court returned the minister to prison.",
    "Italy returned 70 migrants to Libya.",
    "The president returned the bill to parliament for review.",
])
def test_a_journey_or_persons_sent_back_are_no_property_returned(coder, text):
    assert "RETREAT" not in {e.event for e in _of_trigger(coder, text, "returned")}


@pytest.mark.parametrize("text", [
    "The army carried out free surgical operations for villagers in the camp.",
    "Navy doctors conducted eye operations at the port.",
])
def test_surgery_carried_out_is_no_attack(coder, text):
    assert "ASSAULT" not in {e.event for e in _candidates(coder, text)}


@pytest.mark.parametrize("text", [
    "The charity flew 10 tonnes of medicine into Yemen.",
    "The air force flew food and tents to the flooded villages.",
])
def test_relief_flown_in_is_aid(coder, text):
    assert [e.event for e in _of_trigger(coder, text, "flew")] == ["AID"]


@pytest.mark.parametrize(("text", "trigger"), [
    ("The council approved the deployment of 300 UN observers to monitor the truce.",
     "deployment"),
    ("The bloc has deployed election observers in Kenya for the vote.", "deployed"),
])
def test_monitors_deployed_are_no_show_of_force(coder, text, trigger):
    assert [e.event for e in _of_trigger(coder, text, trigger)] == ["AID"]


def test_troops_deployed_to_monitor_a_border_are_a_show_of_force(coder):
    found = _of_trigger(coder, "The army deployed troops to monitor the border.", "deployed")
    assert [e.event for e in found] == ["MOBILIZE"]


def test_a_warning_to_do_something_is_no_forecast(coder):
    found = [e for e in _events(coder, "The president gave the rebels a final warning to "
                                       "leave the city.") if e.event_text == "warning"]
    assert [e.event for e in found] == ["THREATEN"]


@pytest.mark.parametrize(("text", "trigger"), [
    ("Poland and Lithuania held military exercises near the border.", "military exercises"),
    ("The drills were conducted by Egyptian and Saudi forces.", "drills"),
    ("Britain and its allies launched naval drills in the Gulf.", "naval drills"),
])
def test_exercises_held_by_several_sides_are_joint(coder, text, trigger):
    assert [e.event for e in _of_trigger(coder, text, trigger)] == ["COOPERATE"]


def test_exercises_held_by_one_state_are_a_show_of_force(coder):
    found = _of_trigger(coder, "Russia held military exercises near the border.",
                        "military exercises")
    assert [e.event for e in found] == ["MOBILIZE"]


def test_legal_action_launched_against_a_state_is_a_lawsuit(coder):
    found = _of_trigger(coder, "The commission launched legal action against Hungary over "
                               "its asylum law.", "legal action")
    assert [(e.event, e.mode) for e in found] == [("ACCUSE", "allege")]
    assert [r.country for r in found[0].recipient] == ["HUN"]


def test_military_action_is_no_lawsuit(coder):
    found = _candidates(coder, "The army took military action against the rebels.")
    assert "ACCUSE" not in {e.event for e in found}


@pytest.mark.parametrize("text", [
    "Ghana contributes to the peacekeeping mission in Mali.",
    "Vietnam is ready to contribute more to UN peacekeeping operations.",
])
def test_contributing_to_peacekeeping_is_aid(coder, text):
    found = [e for e in _candidates(coder, text) if e.event_text.startswith("contribute")]
    assert [e.event for e in found] == ["AID"]


def test_contributing_to_a_crisis_is_no_aid(coder):
    assert not _candidates(coder, "The drought contributed to the crisis in the north.")


@pytest.mark.parametrize("text", [
    "The government gave the inspectors access to the site.",
    "The king gave the US air force permission to use Omani airspace.",
])
def test_access_given_is_access_granted(coder, text):
    found = _of_trigger(coder, text, "gave")
    assert [(e.event, e.mode) for e in found] == [("RETREAT", "access")]


def test_troops_taking_part_in_peacekeeping_are_aid(coder):
    found = _of_trigger(coder, "Kenyan troops participate in peacekeeping operations in "
                               "Somalia.", "participate")
    assert [e.event for e in found] == ["AID"]


def test_sanctions_being_imposed_as_a_possibility_are_not_imposed(coder):
    found = _of_trigger(coder, "The possibility of sanctions being imposed on Iran was "
                               "discussed.", "imposed")
    assert [(e.event, e.modality) for e in found] == [("SANCTION", "hypothetical")]


@pytest.mark.parametrize(("text", "word"), [
    ("Italy is ready to contribute to the peace process in Libya.", "ready"),
    ("Japan is willing to contribute to the reconstruction of the port.", "willing"),
])
def test_a_state_ready_to_contribute_offers_help(coder, text, word):
    found = _of_trigger(coder, text, word)
    assert [(e.event, e.cameo, e.modality) for e in found] == [("AGREE", "03", "asserted")]


def test_a_cause_contributing_to_a_crisis_offers_nothing(coder):
    assert not _candidates(coder, "The floods contributed to the food crisis in the north.")


def test_an_act_off_a_coast_is_placed_there(coder):
    text = ("Coast guard vessels rescued 300 migrants off the coast of Tunisia on Monday, the "
            "agency said in Rome.")
    record = _record(coder, text)
    places = {p.id: p.name for p in record.places}
    rescued = next(e for e in record.events if e.event_text == "rescued")
    assert places.get(rescued.event_loc) == "Tunisia", places.get(rescued.event_loc)


@pytest.mark.parametrize("text", [
    "Q: Will the government resume talks with the rebels?\nA: Not while they hold hostages.",
    "Question: Did the army shell the villages near the river?",
])
def test_an_interviewers_question_reports_no_deed(coder, text):
    assert not _counted(_candidates(coder, text)), text


@pytest.mark.parametrize(("text", "word"), [
    ("Most voters support sending more tanks to the front, a survey showed.", "sending"),
    ("The opposition backs deploying soldiers along the border.", "deploying"),
    ("Two thirds of Poles favour imposing new tariffs on the imports.", "imposing"),
])
def test_a_course_backed_is_not_reported_done(coder, text, word):
    found = [e for e in _candidates(coder, text) if e.event_text == word]
    assert found and all(e.modality == "hypothetical" for e in found), \
        [(e.event, e.modality) for e in found]


@pytest.mark.parametrize("text", [
    "Tokyo shares fell sharply after the central bank raised rates, battering exporters.",
    "The surprise tax rise battered the pound on Thursday.",
    "The chipmaker warned of weak demand for its memory products.",
])
def test_a_market_battered_or_foreseen_is_no_conflict(coder, text):
    assert not {"ASSAULT", "THREATEN"} & _kinds(_events(coder, text)), text


def test_people_battered_are_still_beaten(coder):
    assert "ASSAULT" in _kinds(_events(coder, "Guards battered the prisoners with sticks."))


@pytest.mark.parametrize(("text", "word"), [
    ("The town marked 25 years since the massacre in which militiamen killed 300 villagers.",
     "killed"),
    ("Veterans gathered on the fortieth anniversary of the bombing of the barracks.", "bombing"),
    ("Twenty years after the invasion, the oil fields are pumping again.", "invasion"),
])
def test_an_event_an_anniversary_remembers_is_history(coder, text, word):
    found = [e for e in _candidates(coder, text) if e.event_text == word]
    assert found and all(e.modality == "historical" for e in found), \
        [(e.event, e.modality) for e in found]


def test_an_act_days_after_another_is_no_history(coder):
    found = _candidates(coder, "Two days after the ambush, police arrested four men.")
    assert ("COERCE", "asserted") in {(e.event, e.modality) for e in found}


@pytest.mark.parametrize(("text", "word"), [
    ("In the final scene, militiamen burn the village and the family flees.", "burn"),
    ("In the novel, rebel soldiers capture the capital and execute the king.", "execute"),
    ("The movie begins in 1979, as revolutionaries attack the embassy.", "attack"),
])
def test_an_act_a_work_of_fiction_shows_is_no_deed(coder, text, word):
    found = [e for e in _candidates(coder, text) if e.event_text == word]
    assert found and all(e.modality == "hypothetical" for e in found), \
        [(e.event, e.modality) for e in found]


def test_a_film_banned_is_a_ban(coder):
    found = _candidates(coder, "The military government banned the film about the massacre.")
    assert ("COERCE", "asserted") in {(e.event, e.modality) for e in found}


def test_the_north_of_a_korean_story_is_north_korea(coder):
    text = ("SEOUL, May 2 (Yonhap) - South Korea's defence ministry said on Thursday that the "
            "North had fired artillery shells near the border island. Ships in the North "
            "Atlantic were not involved.")
    record = _record(coder, text)
    fired = [e for e in record.events if e.event_text == "fired"]
    assert fired and [(a.text, a.country) for a in fired[0].actor] == [("North", "PRK")]
    assert not any(e.name == "North Korea" and any(
        text[m.start:m.end] == "North" and text[m.end:m.end + 9] == " Atlantic"
        for m in e.mentions) for e in record.entities)


def test_the_north_of_a_story_without_korea_is_no_state(coder):
    text = "Farmers in the south accused the North of taking their water. The North denied it."
    record = _record(coder, text)
    assert not any(e.country == "PRK" for e in record.entities)


def test_the_party_after_a_named_party_of_no_country_takes_no_guess(coder):
    text = ("TOKYO, June 3 (Kyodo) - The leader of the Green Dawn Party resigned on Monday. "
            "Police searched the party's headquarters in Tokyo on Tuesday.")
    record = _record(coder, text)
    party = [e for e in record.entities if e.name.lower() == "party"]
    assert all(e.country is None for e in party), [(e.name, e.country) for e in party]


def test_a_relative_clause_of_a_participant_is_at_the_scene(coder):
    text = ("In Mombasa, police fired tear gas at dock workers who marched to the port "
            "offices on Tuesday.")
    record = _record(coder, text)
    places = {p.id: p.name for p in record.places}
    marched = [e for e in _candidates(coder, text) if e.event_text == "marched"]
    assert marched and places.get(marched[0].event_loc) == "Mombasa", \
        [places.get(e.event_loc) for e in marched]


def test_a_diplomat_recalled_or_expelled_under_a_french_title_is_a_sanction(coder):
    for text in ("Baghdad recalled its chargé d'affaires from Stockholm on Thursday.",
                 "The ministry expelled the Dutch charge d'affaires on Monday."):
        assert "SANCTION" in _kinds(_events(coder, text)), text


def test_charges_withdrawn_are_no_diplomat_recalled(coder):
    text = "The prosecutor withdrew the charges against the activists."
    assert "SANCTION" not in _kinds(_candidates(coder, text))


def test_it_in_a_subordinate_clause_is_no_plural_group(coder):
    text = ("Greek authorities impounded the cargo ship in Piraeus after it ignored orders "
            "from the coast guard.")
    ignored = [e for e in _candidates(coder, text) if e.event_text == "ignored"]
    assert all(not e.actor for e in ignored), [[a.text for a in e.actor] for e in ignored]


@pytest.mark.parametrize(("text", "word", "place"), [
    ("Egyptian and Emirati planes airdropped flour over northern Gaza on Sunday.",
     "airdropped", "Gaza"),
    ("A Turkish fighter jet was shot down over Syria on Friday.", "shot", "Syria"),
])
def test_an_act_in_the_air_is_over_the_ground_it_names(coder, text, word, place):
    record = _record(coder, text)
    places = {p.id: p.name for p in record.places}
    found = [e for e in _candidates(coder, text) if e.event_text == word]
    assert found and places.get(found[0].event_loc) == place, \
        [places.get(e.event_loc) for e in found]


def test_the_ministry_one_is_summoned_to_summons(coder):
    text = "Hungary's ambassador was summoned to the foreign ministry in Warsaw on Monday."
    record = _record(coder, text)
    places = {p.id: p.name for p in record.places}
    summoned = [e for e in record.events if e.event_text == "summoned"]
    assert summoned
    assert [a.text for a in summoned[0].actor] == ["foreign ministry"]
    assert "foreign ministry" not in [a.text for a in summoned[0].recipient]
    assert places.get(summoned[0].event_loc) == "Warsaw"


def test_a_coastguard_spelt_as_one_word_is_an_armed_service(coder):
    record = _record(coder, "The Greek coastguard rescued 30 migrants off Lesbos on Monday.")
    rescued = [e for e in record.events if e.event_text == "rescued"]
    assert rescued and [(a.text, a.country) for a in rescued[0].actor] == \
        [("Greek coastguard", "GRC")]


def test_the_breaking_of_relations_announced_is_a_sanction_on_the_other_side(coder):
    text = "Bolivia announced the breaking of diplomatic relations with Israel on Tuesday."
    found = [e for e in _candidates(coder, text) if e.event_text == "breaking"]
    assert found and found[0].event == "SANCTION"
    assert [(a.text, a.country) for a in found[0].recipient] == [("Israel", "ISR")]


def test_a_dated_measure_announced_is_a_decision_not_a_threat(coder):
    text = ("Chile's president announced that diplomatic relations with Nicaragua will be "
            "broken on Friday.")
    found = _candidates(coder, text)
    assert "THREATEN" not in _kinds(found)
    assert ("SANCTION", "future") in {(e.event, e.modality) for e in found}


def test_militants_neutralized_are_attacked(coder):
    found = _events(coder, "Security forces neutralized seven militants near the border.")
    assert ("ASSAULT", "neutralized") in {(e.event, e.event_text) for e in found}


def test_a_threat_neutralized_is_no_attack(coder):
    assert "ASSAULT" not in _kinds(_candidates(coder, "The army neutralised the threat."))


def test_a_sentence_ending_on_x_ends_there(coder):
    text = ("The ministry announced the strikes on X. Regional officials said the dam was "
            "intact.")
    record = _record(coder, text)
    names = [m.text for e in record.entities for m in e.mentions]
    assert "Regional officials" in names or "officials" in names, names
    assert not any(n.startswith("X") for n in names), names


def test_a_helper_named_with_an_act_is_no_party_to_it(coder):
    text = "Armenia and Azerbaijan swapped prisoners with the mediation of Qatar."
    found = [e for e in _candidates(coder, text) if e.event_text == "swapped"]
    assert found and all(a.text != "Qatar" for e in found for a in e.recipient), \
        [[a.text for a in e.recipient] for e in found]


def test_what_a_word_implies_is_not_reported(coder):
    text = "Officials use the word to imply that the rebels surrendered."
    found = [e for e in _candidates(coder, text) if e.event_text == "surrendered"]
    assert found and all(e.modality == "hypothetical" for e in found)


def test_the_generic_name_repeated_keeps_the_country_of_its_first_mention(coder):
    text = ("Israeli occupation forces stormed a village near Nablus on Monday, Palestinian "
            "officials said. Clashes broke out between residents and the occupation forces.")
    record = _record(coder, text)
    forces = [e for e in record.entities if "occupation forces" in e.name]
    assert len(forces) >= 1 and all(e.country == "ISR" for e in forces), \
        [(e.name, e.country) for e in forces]


def test_a_relative_clause_after_a_list_tells_of_its_last_member(coder):
    text = ("Fighting broke out between the villagers and the Ethiopian soldiers, who fired "
            "rifles into the air.")
    fired = [e for e in _candidates(coder, text) if e.event_text == "fired"]
    assert fired and [a.text for a in fired[0].actor] == ["Ethiopian soldiers"], \
        [[a.text for a in e.actor] for e in fired]


def test_people_killed_in_a_place_the_dateline_makes_sure_are_of_it(coder):
    text = "GAZA, July 16 (Reuters) - Israeli strikes killed 20 people in Gaza on Tuesday."
    killed = [e for e in _events(coder, text) if e.event_text == "killed"]
    assert killed and [(a.text, a.country) for a in killed[0].recipient] == [("people", "PSE")]


def test_whom_a_state_attacks_is_not_guessed_to_be_of_it(coder):
    text = ("JERUSALEM, May 2 (Reuters) - Israel said on Thursday that it targeted militants "
            "near the border. Israel's cabinet met later.")
    found = [e for e in _events(coder, text) if e.event_text == "targeted"]
    assert found and all(a.country != "ISR" for e in found for a in e.recipient), \
        [[(a.text, a.country) for a in e.recipient] for e in found]


def test_both_leaders_take_no_one_country(coder):
    text = ("Kenyan and Tanzanian presidents sign trade pact\n\nARUSHA, May 3 (Reuters) - "
            "President William Ruto received the Tanzanian President Samia Suluhu Hassan in "
            "Nairobi. Both leaders held talks for two hours.")
    record = _record(coder, text)
    leaders = [e for e in record.entities if e.name.lower() == "leaders"]
    assert leaders and all(e.country is None for e in leaders), \
        [(e.name, e.country) for e in leaders]


def test_he_of_a_relative_clause_on_a_guest_is_the_host(coder):
    text = ("The Prime Minister of Portugal, Luis Montenegro, received in Lisbon the Polish "
            "President Andrzej Duda, with whom he signed a defence accord.")
    signed = [e for e in _candidates(coder, text) if e.event_text == "signed"]
    assert signed and [(a.text, a.country) for a in signed[0].actor] == [("he", "PRT")], \
        [[(a.text, a.country) for a in e.actor] for e in signed]


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("President Lula received in Brasilia the Chilean president Gabriel Boric on Monday.",
     "Lula", "Gabriel Boric"),
    ("The Italian premier had welcomed in Rome the Japanese prime minister Fumio Kishida.",
     "Italian premier", "Fumio Kishida"),
])
def test_an_object_after_a_phrase_of_place_is_met(coder, text, actor, recipient):
    found = [e for e in _candidates(coder, text) if e.event == "CONSULT"]
    assert found and actor in [a.text for a in found[0].actor] \
        and recipient in [a.text for a in found[0].recipient], \
        [([a.text for a in e.actor], [a.text for a in e.recipient]) for e in found]


def test_an_apposition_after_a_comma_stays_one(coder):
    text = "The talks in Geneva, the Swiss city, ended without a deal."
    assert not any(e.recipient for e in _candidates(coder, text))


def test_violence_committed_is_done_not_promised(coder):
    found = _candidates(coder, "The militia had committed widespread violence in the camps.")
    assert "THREATEN" not in _kinds(found)
    assert ("ASSAULT", "asserted") in {(e.event, e.modality) for e in found}


@pytest.mark.parametrize(("text", "accused", "victim"), [
    ("Poland condemned the Belarusian attack on its border guards.", "Belarus", "guards"),
    ("The UN condemned the violence against peaceful students.", None, "students"),
])
def test_the_victims_of_a_condemned_attack_are_not_accused(coder, text, accused, victim):
    condemned = [e for e in _candidates(coder, text) if e.event_text == "condemned"]
    assert condemned
    names = [a.text for a in condemned[0].recipient]
    assert not any(victim in n for n in names), names
    if accused:
        assert any(accused in (a.text or "") or a.country == "BLR"
                   for a in condemned[0].recipient), names


def test_the_owner_named_before_its_craft_acts(coder):
    text = ("Manila protested after Chinese coast guard ships fired water cannon at two "
            "Philippine supply boats near the reef.")
    fired = [e for e in _candidates(coder, text) if e.event_text == "fired"]
    assert fired and any(a.country == "CHN" for a in fired[0].actor), \
        [[(a.text, a.country) for a in e.actor] for e in fired]


def test_what_a_speaker_calls_something_is_given(coder):
    found = [e for e in _candidates(coder, "The governor called the strikes illegal.")
             if e.event_text == "strikes"]
    assert found and found[0].modality == "asserted", [e.modality for e in found]


def test_an_attack_with_money_and_lies_is_no_assault(coder):
    text = ("The president said the network had attacked the republic with millions of dollars "
            "and lies.")
    assert "ASSAULT" not in _kinds(_candidates(coder, text))


def test_an_attack_with_weapons_is_one(coder):
    assert "ASSAULT" in _kinds(_candidates(coder, "Militants attacked the convoy with rockets."))


def test_they_opening_a_sentence_are_the_subjects_before(coder):
    text = ("President Ruto and President Museveni signed a border pact in Kampala. They "
            "agreed to open two new crossings.")
    agreed = [e for e in _candidates(coder, text) if e.event_text == "agreed"]
    assert agreed and {a.country for a in agreed[0].actor} == {"KEN", "UGA"}, \
        [[(a.text, a.country) for a in e.actor] for e in agreed]


def test_a_headline_span_of_time_is_no_object(coder):
    text = ("Zambian mayor shot dead days after election\n\nLUSAKA, May 6 (Reuters) - Gunmen "
            "killed the newly elected mayor of Kabwe on Sunday, police said.")
    shot = [e for e in _candidates(coder, text) if e.event_text == "shot"]
    assert shot and not any("mayor" in a.text for a in shot[0].actor), \
        [[a.text for a in e.actor] for e in shot]


def test_an_attack_on_a_local_official_is_in_the_town_he_serves(coder):
    text = ("ACCRA, May 6 (Reuters) - The mayor of Kumasi was shot and wounded on Sunday, "
            "police said.")
    record = _record(coder, text)
    places = {p.id: p.name for p in record.places}
    shot = [e for e in record.events if e.event_text == "shot"]
    assert shot and places.get(shot[0].event_loc) == "Kumasi", \
        [places.get(e.event_loc) for e in shot]


def test_what_led_to_a_dated_death_is_dated_with_it(coder):
    text = "Last week a border guard died after being stabbed by a smuggler."
    stabbed = [e for e in _candidates(coder, text, published="2026-03-04")
               if e.event_text == "stabbed"]
    assert stabbed and stabbed[0].date == "2026-W09", [e.date for e in stabbed]


def test_people_of_a_report_from_where_the_story_is_are_of_that_place(coder):
    text = ("GAZA, May 3 (Reuters) - An Israeli drone strike killed 12 people on Friday, "
            "medics in Gaza said. Israel's army said it hit a militant cell. Israel and Egypt "
            "held talks in Cairo.")
    killed = [e for e in _events(coder, text) if e.event_text == "killed"]
    assert killed and [(a.text, a.country) for a in killed[0].recipient] == [("people", "PSE")], \
        [[(a.text, a.country) for a in e.recipient] for e in killed]


def test_people_of_a_report_from_elsewhere_take_no_country_of_the_dateline(coder):
    text = ("GENEVA, May 3 (Reuters) - An Israeli drone strike killed 12 people on Friday, "
            "the United Nations said. Israel's army said it hit a militant cell.")
    killed = [e for e in _events(coder, text) if e.event_text == "killed"]
    assert killed and all(a.country != "CHE" for e in killed for a in e.recipient)


# ------------------------------------------------------------------ evt18: world news

@pytest.mark.parametrize(("text", "trigger", "doer"), [
    # what the doer did before, after or by is its own, not the object's it punishes
    ("A military tribunal jailed three officers for life after convicting them of treason.",
     "convicting", "military tribunal"),
    ("The judge sentenced the two smugglers to ten years by hanging after convicting them of "
     "trafficking.", "convicting", "judge"),
    ("Police arrested the two brothers after raiding their homes in the north.", "raiding",
     "Police"),
])
def test_a_deed_before_or_after_a_punishment_is_the_punishers(coder, text, trigger, doer):
    found = _of_trigger(coder, text, trigger)
    assert found and all([a.text for a in e.actor] == [doer] for e in found), \
        [(e.event, [a.text for a in e.actor]) for e in found]


@pytest.mark.parametrize(("text", "trigger", "doer"), [
    # a noun with its article right before a finite verb joined to the first is its subject
    ("The Indian navy said its commandos boarded the ship and the pirates surrendered "
     "without a fight.", "surrendered", "pirates"),
    # a hijacker is a criminal actor
    ("Marines boarded the tanker and the hijackers surrendered without resistance.",
     "surrendered", "hijackers"),
])
def test_a_noun_after_and_is_the_subject_of_the_verb_after_it(coder, text, trigger, doer):
    found = _of_trigger(coder, text, trigger)
    assert found and [a.text for a in found[0].actor] == [doer], \
        [(e.event, [a.text for a in e.actor]) for e in found]


def test_the_noun_after_and_is_not_the_object_of_the_verb_before_it(coder):
    found = _of_trigger(coder, "Commandos raided the ship and the pirates fled in skiffs.",
                        "raided")
    assert found and not any(r.text == "pirates" for e in found for r in e.recipient)


@pytest.mark.parametrize(("text", "trigger", "doer"), [
    # a participle of speech after a reporting verb is the reporter's own next act
    ("Ten miners have been trapped underground for three days, the union said on Monday, "
     "urging the government to speed up the rescue.", "urging", "union"),
    ("The soldiers were shot dead at a checkpoint, the army said, accusing the rebels of "
     "breaking the truce.", "accusing", "army"),
])
def test_a_speech_act_after_a_reporting_verb_is_the_reporters(coder, text, trigger, doer):
    found = _of_trigger(coder, text, trigger)
    assert found and [a.text for a in found[0].actor] == [doer], \
        [(e.event, [a.text for a in e.actor]) for e in found]


@pytest.mark.parametrize(("text", "trigger", "doer"), [
    # a name right after a kin word is the relative named
    ("His brother Tomas Varga staged a protest outside the ministry on Friday.", "staged",
     "Tomas Varga"),
    ("Her daughter Leila Haddad began a hunger strike outside the prison.", "hunger strike",
     "Leila Haddad"),
])
def test_a_relative_named_right_after_the_kin_word_is_the_doer(coder, text, trigger, doer):
    found = _of_trigger(coder, text, trigger)
    assert found and [a.text for a in found[0].actor] == [doer], \
        [(e.event, [a.text for a in e.actor]) for e in found]


def test_a_headline_verb_in_s_is_no_subject_of_the_participle_after_it(coder):
    # "reaches" is the verb: the convoy does not besiege the town it reaches
    text = ("UN convoy reaches besieged Kadugli\n\nKHARTOUM, May 3 (Reuters) - The "
            "convoy arrived in the town on Friday after a week on the road.")
    assert not any(e.event_text == "besieged" and e.actor for e in _candidates(coder, text))


def test_a_headline_verb_in_s_before_a_comma_has_the_subject_before_it(coder):
    text = ("Exiled opposition leader returns, calls for calm\n\nLUSAKA, May 3 (Reuters) - The "
            "leader of the main opposition party landed in the capital on Friday.")
    found = [e for e in _candidates(coder, text) if e.event_text == "calls"]
    assert found and [a.text for a in found[0].actor] == ["opposition leader"], \
        [(e.event, [a.text for a in e.actor]) for e in found]


@pytest.mark.parametrize(("text", "trigger", "whom"), [
    # a noun and the participle after it are the object, not a clause of their own
    ("Last week gunmen freed all the workers held hostage since a raid on their mine in the "
     "same region.", "freed", "workers"),
    ("Last month kidnappers freed the students held hostage since a raid on their school.",
     "freed", "students"),
])
def test_a_noun_with_a_participle_after_a_deed_is_its_object(coder, text, trigger, whom):
    found = _of_trigger(coder, text, trigger)
    assert found and [r.text for r in found[0].recipient] == [whom], \
        [(e.event, [r.text for r in e.recipient]) for e in found]


def test_a_weekday_after_on_is_no_word_of_the_subject_after_it(coder):
    found = _of_trigger(coder, "On Sunday rebels released all the soldiers captured in the "
                               "battle for the town.", "released")
    assert found and [a.text for a in found[0].actor] == ["rebels"], \
        [(e.event, [a.text for a in e.actor]) for e in found]
    assert found[0].date == "2026-03-01"  # (published on Wednesday 2026-03-04)


@pytest.mark.parametrize(("text", "event"), [
    # a missile fired into open water is a test, a show of force; fired into a country or a
    # town it is an attack
    ("The North fired two cruise missiles toward the Yellow Sea on Sunday.", "MOBILIZE"),
    ("The North fired a short-range missile into waters off its west coast.", "MOBILIZE"),
    ("Militias fired rockets into southern Lebanon on Sunday.", "ASSAULT"),
    ("The rebels fired two missiles into Saudi Arabia overnight.", "ASSAULT"),
])
def test_a_missile_fired_into_open_water_is_a_test(coder, text, event):
    found = _of_trigger(coder, text, "fired")
    assert [e.event for e in found] == [event], [(e.event, e.cameo) for e in found]


def test_whom_a_states_hackers_spy_on_is_not_of_that_state_by_guess(coder):
    text = ("BEIJING, May 2 (Reuters) - China rejected a report on hacking on Friday, and China's "
            "foreign ministry said China opposed all cyber attacks. Chinese state hackers "
            "hacked the email accounts of lawmakers last year, the report said.")
    found = _of_trigger(coder, text, "hacked")
    assert found and found[0].recipient, [(e.event, e.recipient) for e in found]
    assert all(r.country != "CHN" for e in found for r in e.recipient), \
        [(r.text, r.country) for e in found for r in e.recipient]


@pytest.mark.parametrize(("text", "trigger", "doers"), [
    # what two sides trade or exchange each does to the other: both are doers
    ("Serbia traded accusations with Kosovo on Monday over the arrest of a police officer.",
     "accusations", {"Serbia", "Kosovo"}),
    ("Indian troops exchanged fire with Pakistani soldiers along the frontier overnight.",
     "exchanged", {"Indian troops", "Pakistani soldiers"}),
])
def test_what_is_traded_with_a_side_is_done_by_both(coder, text, trigger, doers):
    found = _of_trigger(coder, text, trigger)
    assert found and {a.text for a in found[0].actor} == doers and not found[0].recipient, \
        [([a.text for a in e.actor], [r.text for r in e.recipient]) for e in found]


def test_two_sides_that_trade_blame_in_a_headline_both_blame(coder):
    text = ("Sudan and Chad trade blame over border raid\n\nKHARTOUM, May 3 (Reuters) - Both "
            "governments issued statements on Friday.")
    found = _of_trigger(coder, text, "blame")
    assert found and {a.text for a in found[0].actor} == {"Sudan", "Chad"}, \
        [[a.text for a in e.actor] for e in found]


def test_a_clause_after_after_has_its_own_subject_not_the_main_clauses(coder):
    # "after [three weeks of shelling] killed ...": the shelling killed, not the sides
    # that agreed, and the killing is no part of what they agreed to
    found = _of_trigger(coder, "Armenia and Azerbaijan agreed to a truce on Sunday after "
                               "three weeks of shelling along the frontier killed 60 people.",
                        "killed")
    assert found and not found[0].actor and found[0].modality == "asserted", \
        [([a.text for a in e.actor], e.modality) for e in found]


@pytest.mark.parametrize(("text", "coded"), [
    # an internet or a press service suspended is censorship; a bus service is none
    ("The authorities suspended mobile internet services in the northern region on Friday.",
     True),
    ("The information ministry suspended the opposition newspaper for three months.", True),
    ("The city council suspended ferry services because of the storm.", False),
])
def test_suspending_the_internet_or_the_press_is_censorship(coder, text, coded):
    found = [(e.event, e.mode) for e in _candidates(coder, text)
             if e.event_text == "suspended"]
    assert (("COERCE", "censor") in found) == coded, found


@pytest.mark.parametrize(("text", "trigger", "doer"), [
    # blaming, as urging and accusing, after the reporting verb is the reporter's
    ("A cargo ship struck a fishing boat near the reef on Sunday, the coast guard said, "
     "blaming the fishermen for the collision.", "blaming", "the coast guard"),
    # a participle that hangs on the reported clause stays its subject's
    ("Mutinous soldiers took over a barracks in the capital on Sunday, demanding better pay "
     "and more weapons to fight the insurgents, the government said.", "fight",
     "Mutinous soldiers"),
])
def test_a_speech_participle_ending_a_report_is_the_reporters(coder, text, trigger, doer):
    found = _of_trigger(coder, text, trigger)
    assert found and [a.text for a in found[0].actor] == [doer], \
        [(e.event, [a.text for a in e.actor]) for e in found]


@pytest.mark.parametrize(("text", "trigger", "mode"), [
    # a hunger strike gone on or staged is one, not a stoppage of work
    ("The detained blogger went on hunger strike in his cell last week.", "went", "hunger"),
    ("Forty inmates staged a hunger strike against their transfer.", "staged", "hunger"),
    ("The bus drivers went on strike over unpaid wages.", "went", "strike"),
])
def test_a_hunger_strike_gone_on_is_a_hunger_strike(coder, text, trigger, mode):
    found = _of_trigger(coder, text, trigger)
    assert [(e.event, e.mode) for e in found] == [("PROTEST", mode)], \
        [(e.event, e.mode) for e in found]


def test_headline_subjects_listed_with_a_comma_as_an_appositive_both_act(coder):
    text = ("Russia, Ukraine swap 150 prisoners of war in UAE-mediated deal\n\nKYIV, Jan 5 "
            "(Reuters) - The exchange took place on Sunday.")
    found = _of_trigger(coder, text, "swap")
    assert found and {a.text for a in found[0].actor} == {"Russia", "Ukraine"}, \
        [[a.text for a in e.actor] for e in found]


def test_a_court_named_by_its_town_acts_there(coder):
    text = ("NAIROBI, Jan 17 (Reuters) - A Kenyan court on Wednesday jailed two smugglers. "
            "Separately, a Kampala court on Friday sentenced a former minister to ten years.")
    record = _record(coder, text)
    places = {p.id: p.name for p in record.places}
    sentenced = next(e for e in record.events if e.event_text == "sentenced")
    assert places.get(sentenced.event_loc) == "Kampala", places.get(sentenced.event_loc)


@pytest.mark.parametrize("text", [
    # the open water on the missile or after "launch" makes a test too
    "North Korea fires ballistic missile into sea, Tokyo says\n\nTOKYO, Jan 14 (Kyodo) - "
    "The missile fell outside Japan's exclusive economic zone.",
    "The North launched two ballistic missiles into the sea off its east coast on Sunday.",
])
def test_a_missile_fired_or_launched_into_the_sea_is_a_test(coder, text):
    found = [e for e in _candidates(coder, text) if e.event_text in ("fires", "launched")]
    assert found and all(e.event == "MOBILIZE" for e in found), \
        [(e.event_text, e.event) for e in found]


# ------------------------------------------------------------------ state-media English

@pytest.mark.parametrize(("text", "trigger", "event", "cameo"), [
    ("A teenager was martyred and two others were wounded near Tubas.", "martyred",
     "ASSAULT", "18"),
    ("Militias of the enemy launched an aggression on several villages near Quneitra.",
     "launched", "ASSAULT", "18"),
    ("Soldiers neutralized four terrorist elements near the border.", "neutralized",
     "ASSAULT", "18"),
    ("The Academy of Defence Science conducted a test-fire of a new cruise missile.",
     "test-fire", "MOBILIZE", "15"),
    ("Paratroopers of the Dnepr group eliminated up to 90 Ukrainian servicemen overnight.",
     "eliminated", "ASSAULT", "18"),
])
def test_state_media_words_for_deeds(coder, text, trigger, event, cameo):
    found = [(e.event, e.cameo) for e in _candidates(coder, text) if e.event_text == trigger]
    assert (event, cameo) in found, found


def test_the_noun_martyrs_is_no_attack(coder):
    text = "Thousands attended the funeral of the martyrs in Tubas on Friday."
    assert not [e for e in _candidates(coder, text) if e.event_text.startswith("martyr")]


def test_a_day_of_this_month_dates_the_event(coder):
    text = "On the 2nd of this month, gunmen attacked a police post near Kidal."
    attacked = [e for e in _candidates(coder, text, published="2026-03-20")
                if e.event_text == "attacked"]
    assert attacked and attacked[0].date == "2026-03-02", [e.date for e in attacked]


@pytest.mark.parametrize(("text", "trigger", "event", "actor", "recipient"), [
    ("Emir Tamim bin Hamad Al Thani received a phone call from President Emmanuel Macron.",
     "received", "CONSULT", "QAT", "FRA"),
    ("Beijing lodged stern representations with Manila over the collision near the shoal.",
     "lodged", "ACCUSE", "CHN", "PHL"),
    ("Deputy Prime Minister and Foreign Minister Ishaq Dar held talks with Uzbek Foreign "
     "Minister Bakhtiyor Saidov in Tashkent.", "held", "CONSULT", "PAK", "UZB"),
    ("President of Belarus Alexander Lukashenko received in Minsk the President of the Lao "
     "People's Democratic Republic Thongloun Sisoulith.", "received", "CONSULT", "BLR", "LAO"),
])
def test_state_media_diplomacy_has_its_two_parties(coder, text, trigger, event, actor,
                                                   recipient):
    found = [(e.event, [a.country for a in e.actor], [r.country for r in e.recipient])
             for e in _candidates(coder, text) if e.event_text == trigger]
    assert (event, [actor], [recipient]) in found, found


def test_the_sides_are_not_the_one_side_before(coder):
    text = ("The Russian side proposed new consultations on energy. The sides agreed to meet "
            "again in June.")
    agreed = [e for e in _candidates(coder, text) if e.event_text == "agreed"]
    assert agreed and "RUS" not in {a.country for e in agreed for a in e.actor}, \
        [[(a.text, a.country) for a in e.actor] for e in agreed]


def test_what_is_done_at_the_request_of_someone_is_asked_by_them(coder):
    text = ("The Indian defence minister held a video call with his Australian counterpart on "
            "Monday at the request of the Australian side.")
    asked = [e for e in _candidates(coder, text) if e.event_text == "request"]
    assert asked and {a.country for e in asked for a in e.actor} == {"AUS"}, \
        [[(a.text, a.country) for a in e.actor] for e in asked]


def test_a_call_received_today_from_someone_is_a_call_with_them(coder):
    text = ("Jordanian Foreign Minister Ayman Safadi received a phone call today from his "
            "Turkish counterpart Hakan Fidan.")
    received = [e for e in _candidates(coder, text) if e.event_text == "received"]
    assert received and "TUR" in {r.country for e in received for r in e.recipient}, \
        [[(r.text, r.country) for r in e.recipient] for e in received]


@pytest.mark.parametrize("noun", ["Settlers", "Colonists"])
def test_settlers_are_not_of_the_land_they_settle(coder, noun):
    text = (f"HEBRON, June 3 (WAFA) - {noun} under army protection attacked shepherds in "
            "Masafer Yatta, the Palestinian Authority said.")
    attacked = [e for e in _candidates(coder, text) if e.event_text == "attacked"]
    assert attacked and "PSE" not in {a.country for e in attacked for a in e.actor}, \
        [[(a.text, a.country) for a in e.actor] for e in attacked]


def test_a_visitor_named_after_the_place_of_the_visit_is_received(coder):
    text = ("The Ghanaian president John Mahama received this Tuesday at the Jubilee House "
            "his Ivorian counterpart Alassane Ouattara.")
    received = [e for e in _candidates(coder, text) if e.event_text == "received"]
    assert received and "CIV" in {r.country for e in received for r in e.recipient}, \
        [[(r.text, r.country) for r in e.recipient] for e in received]


def test_terrorist_elements_are_militants(coder):
    text = ("Armed terrorist elements attacked a police post near Arish, and the police killed "
            "three takfiri elements.")
    events = _candidates(coder, text)
    attackers = {a.sector for e in events if e.event_text == "attacked" for a in e.actor}
    killed = {r.sector for e in events if e.event_text == "killed" for r in e.recipient}
    assert attackers == {"REB"} and killed == {"REB"}, (attackers, killed)


@pytest.mark.parametrize(("text", "event"), [
    ("Air Chief Marshal Zaheer Babar called on Prime Minister Shehbaz Sharif in Islamabad on "
     "Monday.", "CONSULT"),
    ("The Arab League called on Israel to open the crossings.", "REQUEST"),
    ("Farmers called on Monday for higher wheat prices.", "REQUEST"),
])
def test_a_courtesy_call_on_someone_is_a_visit_a_call_on_someone_to_act_asks(coder, text,
                                                                            event):
    called = [e.event for e in _candidates(coder, text) if e.event_text == "called"]
    assert called == [event], called


def test_an_episode_of_violence_is_no_work_of_fiction(coder):
    found = [e for e in _candidates(coder, "Ten people were killed in the latest episode of "
                                           "violence in the north.") if e.event_text == "killed"]
    assert found and found[0].modality == "asserted"
