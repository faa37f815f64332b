"""Recall of the rule coder on forms common in news (issue 11), each written before its fix:
an event noun after "be in" ("X is in talks with Y") or in a headline ("X and Y in trade
talks"), and arrival verbs as visits. Sentences written for these tests; the fake lookup of
test_coder_losses resolves actors, so the parser and patterns are tested."""
from __future__ import annotations

import pytest
from spacy.language import Language
from test_coder import coder, nlp  # noqa: F401  (fixtures)
from test_coder_losses import triples

from geopivot.events.coder import EventCoder


@pytest.mark.parametrize(("text", "expected"), [
    ("Japan is in talks with Vietnam about a rail link.", [("JPN", "046", "VNM"), ("VNM", "046", "JPN")]),
    ("India has been in negotiations with Iran for two years.", [("IND", "046", "IRN"), ("IRN", "046", "IND")]),
    ("India and Iran in energy talks", [("IND", "046", "IRN"), ("IRN", "046", "IND")]),
    # the copula's mode still holds
    ("Japan is not in talks with Vietnam.", []),
    # "in" on another verb is no light verb
    ("Japan said in talks with Vietnam that prices would rise.", []),
])
def test_event_noun_after_be_in(nlp: Language, coder: EventCoder, text: str,
                                expected: list[tuple[str, str, str | None]]) -> None:
    assert triples(nlp, coder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Japanese prime minister arrived in Vietnam on Sunday.", [("JPN", "042", "VNM")]),
    ("The Indian foreign minister flew to Iran on Monday.", [("IND", "042", "IRN")]),
    ("The Japanese prime minister toured Vietnam last week.", [("JPN", "042", "VNM")]),
])
def test_arrival_is_a_visit(nlp: Language, coder: EventCoder, text: str,
                            expected: list[tuple[str, str, str | None]]) -> None:
    assert triples(nlp, coder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("India and Iran in rail deal", [("IND", "057", "IRN"), ("IRN", "057", "IND")]),
    ("Japan is in a deal with Vietnam.", [("JPN", "057", "VNM"), ("VNM", "057", "JPN")]),
    # a standing agreement, with no verb that makes it, is no event (CAMEO codes the signing)
    ("Japan's deal with Vietnam covers rice imports.", []),
    ("The Japan-Vietnam agreement expires in May.", []),
    # a deal only asked for, or without a counterpart, is no agreement
    ("Japan called for a deal with Vietnam.", []),
    ("Japan's deal expired.", []),
])
def test_agreement_nouns(nlp: Language, coder: EventCoder, text: str,
                         expected: list[tuple[str, str, str | None]]) -> None:
    assert triples(nlp, coder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Japan and Vietnam have extended their rice deal.", [("JPN", "057", "VNM"), ("VNM", "057", "JPN")]),
    ("Japan sealed an agreement with Vietnam on Monday.", [("JPN", "057", "VNM"), ("VNM", "057", "JPN")]),
    ("India renewed its gas accord with Iran.", [("IND", "057", "IRN"), ("IRN", "057", "IND")]),
    ("Japan formalised a trade pact with Vietnam.", [("JPN", "057", "VNM"), ("VNM", "057", "JPN")]),
])
def test_agreement_verbs(nlp: Language, coder: EventCoder, text: str,
                         expected: list[tuple[str, str, str | None]]) -> None:
    assert triples(nlp, coder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # people no actor names, held by a state: held in that state's custody
    ("Thailand arrested three journalists on Monday.", [("THA", "173", "THA")]),
    ("Mali detained the former minister.", [("MLI", "173", "MLI")]),
    # a named foreign national stays the target
    ("Thailand arrested three Japanese journalists.", [("THA", "173", "JPN")]),
    # a release stays with its named counterpart only
    ("Thailand released a report on Monday.", []),
])
def test_custody_of_unnamed_people(nlp: Language, coder: EventCoder, text: str,
                                   expected: list[tuple[str, str, str | None]]) -> None:
    assert triples(nlp, coder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Japan expressed concern that China could close the strait.", [("JPN", "012", "CHN")]),
    ("India voiced concern that Iran would resume enrichment.", [("IND", "012", "IRN")]),
    # the prepositional counterpart still comes first
    ("Japan expressed concern over China's drills.", [("JPN", "012", "CHN")]),
])
def test_concern_about_a_reported_clause(nlp: Language, coder: EventCoder, text: str,
                                         expected: list[tuple[str, str, str | None]]) -> None:
    assert triples(nlp, coder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "X is to do Y": a planned act, coded as intent
    ("The Japanese prime minister is to visit Vietnam next week.", [("JPN", "036", "VNM")]),
    ("Japan is to hold talks with Vietnam.", [("JPN", "036", "VNM")]),
    # "the aim is to ..." names no one's plan
    ("The aim is to visit Vietnam.", []),
])
def test_be_to_is_intent(nlp: Language, coder: EventCoder, text: str,
                         expected: list[tuple[str, str, str | None]]) -> None:
    assert triples(nlp, coder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the parser may read "gave X 2bn euros" as a compound "X 2bn euros": X is the recipient
    ("Japan gave Vietnam 2bn dollars in loans.", [("JPN", "071", "VNM")]),
    ("India lent Iran 300m dollars.", [("IND", "071", "IRN")]),
    # a name inside the sum's phrase with no number after it is no recipient
    ("India lent 300m dollars of Iran bonds.", []),
])
def test_recipient_before_a_sum(nlp: Language, coder: EventCoder, text: str,
                                expected: list[tuple[str, str, str | None]]) -> None:
    assert triples(nlp, coder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a visit to something that is no actor, in a country: the country is the host
    ("The Japanese prime minister visited a car factory in Vietnam on Sunday.", [("JPN", "042", "VNM")]),
    ("The Indian president visited a dam in Syria.", [("IND", "042", "SYR")]),  # (the test lookup knows no Nepal)
    # an actor as object still wins
    ("The Japanese prime minister visited Vietnam in May.", [("JPN", "042", "VNM")]),
    # "in" on the visit's time or on nothing that is a country names no host
    ("The Japanese prime minister visited a car factory in May.", []),
])
def test_visit_to_a_place_in_a_country(nlp: Language, coder: EventCoder, text: str,
                                       expected: list[tuple[str, str, str | None]]) -> None:
    assert triples(nlp, coder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the counterpart named inside the agreement's own phrase
    ("Ukraine strikes Syrian grain deal", [("SYR", "057", "UKR"), ("UKR", "057", "SYR")]),
    ("Vietnam signed an Indian gas agreement on Tuesday.", [("IND", "057", "VNM"), ("VNM", "057", "IND")]),
    ("Japan has sealed a Russian rail accord.", [("JPN", "057", "RUS"), ("RUS", "057", "JPN")]),
    # "strike" with a deal as its object is no attack, even with no counterpart
    ("Ukraine struck a grain deal.", []),
])
def test_agreement_named_by_its_counterpart(nlp: Language, coder: EventCoder, text: str,
                                            expected: list[tuple[str, str, str | None]]) -> None:
    assert triples(nlp, coder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a meeting, a negotiation and an agreement are done by both sides (annotations/README.md)
    ("The Japanese prime minister met the Indian president in Delhi.",
     [("IND", "040", "JPN"), ("JPN", "040", "IND")]),
    ("India held talks with Iran on Monday.", [("IND", "046", "IRN"), ("IRN", "046", "IND")]),
    ("Vietnam signed a rail agreement with Japan.", [("JPN", "057", "VNM"), ("VNM", "057", "JPN")]),
    # one-sided events stay one-sided: an appeal, an intent
    ("India urged Iran to release the sailors.", [("IND", "020", "IRN")]),
    ("Japan will sign an agreement with Vietnam.", [("JPN", "030", "VNM")]),
])
def test_joint_events_code_both_sides(nlp: Language, coder: EventCoder, text: str,
                                      expected: list[tuple[str, str, str | None]]) -> None:
    assert sorted(triples(nlp, coder, text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # buying from, or a stake in, another country's side is economic cooperation (061)
    ("Japan bought a stake in a Syrian rail company.", [("JPN", "061", "SYR")]),
    ("India has bought a Japanese carmaker.", [("IND", "061", "JPN")]),
    ("Japan has acquired a majority stake in an Indian steel maker.", [("JPN", "061", "IND")]),
    ("Vietnam sold its telecoms unit to an Indian group.", [("VNM", "061", "IND")]),
    # nothing of another country's is bought or sold
    ("Japan bought rice.", []),
    ("Vietnam sold its telecoms unit last year.", []),
])
def test_buying_and_selling_between_countries(nlp: Language, coder: EventCoder, text: str,
                                              expected: list[tuple[str, str, str | None]]) -> None:
    assert triples(nlp, coder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an offer to another side is an intent to cooperate (03), whatever is offered
    ("Syria has offered Japan access to its oil fields.", [("SYR", "030", "JPN")]),
    ("Japan offered Vietnam a rail link.", [("JPN", "030", "VNM")]),
    ("Japan offered a rail link to Vietnam.", [("JPN", "030", "VNM")]),
    # the specific rows still win
    ("Japan offered a loan to Vietnam.", [("JPN", "033", "VNM")]),
    ("Japan offered no comment.", []),
])
def test_an_offer_is_intent_to_cooperate(nlp: Language, coder: EventCoder, text: str,
                                         expected: list[tuple[str, str, str | None]]) -> None:
    assert triples(nlp, coder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # working with another side is cooperation; said of the future, an intent (03)
    ("Japan worked with Vietnam to end the dispute.", [("JPN", "060", "VNM")]),
    ("Japan is ready to work with Vietnam to keep the peace.", [("JPN", "030", "VNM")]),
    # ties made stronger: diplomatic cooperation, or the intent to it
    ("Japan and Vietnam strengthened their ties last year.", [("JPN", "050", "VNM"), ("VNM", "050", "JPN")]),
    ("Japan will deepen its cooperation with Vietnam.", [("JPN", "030", "VNM")]),
    # admiration is praise; welcoming a visitor on a visit is hosting it
    ("India expressed admiration for Japan's achievements.", [("IND", "051", "JPN")]),
    ("Japan welcomed the Indian president on his state visit.", [("JPN", "043", "IND")]),
    # no counterpart, no event
    ("Japan will deepen its cooperation.", []),
])
def test_cooperation_phrasings(nlp: Language, coder: EventCoder, text: str,
                               expected: list[tuple[str, str, str | None]]) -> None:
    assert triples(nlp, coder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an attempt states an intent, not the act
    ("Japan is trying to strike a deal with Vietnam.", [("JPN", "030", "VNM")]),
    ("India attempted to negotiate with Iran.", [("IND", "036", "IRN")]),
])
def test_an_attempt_is_an_intent(nlp: Language, coder: EventCoder, text: str,
                                 expected: list[tuple[str, str, str | None]]) -> None:
    assert triples(nlp, coder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # headline coordination by a bare comma, however the parser attaches the first name
    ("Chile, Peru sign copper deal", [("CHL", "057", "PER"), ("PER", "057", "CHL")]),
    ("Chile, Peru in copper deal", [("CHL", "057", "PER"), ("PER", "057", "CHL")]),
    # working together is cooperation by both
    ("Chile and Peru are to work together on energy projects.", [("CHL", "030", "PER"), ("PER", "030", "CHL")]),
])
def test_headline_pairs(nlp: Language, coder: EventCoder, text: str,
                        expected: list[tuple[str, str, str | None]]) -> None:
    assert triples(nlp, coder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # money approved, granted or lent to another side is economic aid (071)
    ("Japan approved a loan for Vietnam.", [("JPN", "071", "VNM")]),
    ("Japan agrees fresh Vietnam funding", [("JPN", "071", "VNM")]),
    ("Japan granted Vietnam a $2bn credit.", [("JPN", "071", "VNM")]),
    ("Japan lent India $1bn last year.", [("JPN", "071", "IND")]),
    ("Japan has approved the budget.", []),
])
def test_money_approved_or_lent(nlp: Language, coder: EventCoder, text: str,
                                expected: list[tuple[str, str, str | None]]) -> None:
    assert triples(nlp, coder, text) == expected
