"""A third party that mediates, brokers, hosts or guarantees the parties' own act (045, mediate,
from the mediator to each party): "U.S.-mediated talks", "a deal brokered by Qatar", "talks
hosted by Malaysia", "under the mediation of the EU", "under UN auspices", "with Norway acting
as guarantor", "indirect talks via Turkey", and a mediating verb whose "between" hangs on its
object ("mediated a prisoner exchange between X and Y") or that has no object ("shuttled between
X and Y"). Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import country_triples

DATE = dt.date(2016, 6, 1)
MEDIATE = "045"


def mediations(engine, text: str) -> list[tuple[str, str, str | None]]:
    return [t for t in country_triples(engine, text, digits=3, date=DATE) if t[1] == MEDIATE]


@pytest.mark.parametrize(("text", "expected"), [
    # a hyphenated modifier of the parties' act
    ("Armenia and Azerbaijan began Russian-mediated talks in Moscow on Friday.",
     [("RUS", MEDIATE, "ARM"), ("RUS", MEDIATE, "AZE")]),
    ("Serbia, Kosovo agree on electricity in EU-brokered deal", [("IGO", MEDIATE, "SRB"), ("IGO", MEDIATE, "XKX")]),
    # a participle with its agent
    ("Sudan and South Sudan signed an oil agreement brokered by Ethiopia.",
     [("ETH", MEDIATE, "SDN"), ("ETH", MEDIATE, "SSD")]),
    ("Thailand and Cambodia declared a ceasefire after talks hosted by Malaysia.",
     [("MYS", MEDIATE, "KHM"), ("MYS", MEDIATE, "THA")]),
    # under a mediation or auspices
    ("Greece and Macedonia resumed talks in Brussels under the mediation of the European Union.",
     [("IGO", MEDIATE, "GRC"), ("IGO", MEDIATE, "MKD")]),
    ("Israel and Lebanon held talks on their maritime border under American mediation.",
     [("USA", MEDIATE, "ISR"), ("USA", MEDIATE, "LBN")]),
    # a guarantor or an intermediary
    ("Ethiopia and Eritrea held indirect talks via Saudi Arabia.", [("SAU", MEDIATE, "ERI"), ("SAU", MEDIATE, "ETH")]),
    ("Syria and Israel resumed negotiations in Ankara, with Turkey acting as mediator.",
     [("TUR", MEDIATE, "ISR"), ("TUR", MEDIATE, "SYR")]),
])
def test_a_mediator_of_the_parties_act(engine, text: str, expected) -> None:
    assert mediations(engine, text) == expected


@pytest.mark.parametrize("text", [
    "Sudan and Chad began French – Qatari brokered talks on Monday.",
    "The deal involves direct French – Qatari brokered talks between Sudan and Chad.",
])
def test_brokers_joined_by_a_dash_are_no_parties(engine, text: str) -> None:
    assert country_triples(engine, text, digits=3, date=DATE) == [
        ("FRA", MEDIATE, "SDN"), ("FRA", MEDIATE, "TCD"), ("QAT", MEDIATE, "SDN"), ("QAT", MEDIATE, "TCD"),
        ("SDN", "046", "TCD"), ("TCD", "046", "SDN")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Qatar mediated a prisoner exchange between the United States and Iran.",
     [("QAT", MEDIATE, "IRN"), ("QAT", MEDIATE, "USA")]),
    ("Egypt's intelligence chief shuttled between Israel and the Palestinian Authority.",
     [("EGY", MEDIATE, "ISR"), ("EGY", MEDIATE, "PSE")]),
])
def test_a_mediating_verb(engine, text: str, expected) -> None:
    assert mediations(engine, text) == expected


@pytest.mark.parametrize("text", [
    # a place or a building, not a third party
    "Brazil and Argentina signed a trade deal hosted at a palace in Brasilia.",
    "Ukraine and Russia held talks in a building owned by Turkey.",
    # the parties' act itself is refused: nothing was mediated
    "Ethiopia and Eritrea refused to hold talks under Saudi mediation.",
    # a party is not its own mediator
    "Armenia and Azerbaijan began Armenian-hosted talks on Friday.",
    # a channel of aid is no mediator; a broker of no state makes no event between states
    "Seoul will ship rice to Pyongyang via the Red Cross.",
    "Japan will send food aid to Mongolia through the World Food Programme.",
    "Havana freed twenty dissidents under a church-brokered deal.",
])
def test_no_mediator(engine, text: str) -> None:
    assert mediations(engine, text) == []
