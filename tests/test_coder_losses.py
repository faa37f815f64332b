"""Mechanical losses of the rule coder (issue 11), each written before its fix: the sport
filter, "agreed with X to do Y", reported clauses, counterparts inside the object's phrase,
domestic unary events, generic groups and headline coordination. Sentences written for these
tests; the fake lookup of test_coder resolves actors, so the parser and patterns are tested."""
from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language
from spacy.tokens import Span, Token
from test_coder import ACTORS, FakeLookup, coder, nlp  # noqa: F401  (fixtures)

from geopivot.events.coder import EventCoder
from geopivot.models import Actor, ActorMention

NAMES = {**ACTORS, "arab league": "IGOARL", "france": "FRA", "thailand": "THA", "bangkok": "THA",
         "mali": "MLI", "workers": "LAB", "police": "COP",
         "russian leader vladimir putin": "RUSGOV"}
SECTORS = {"GOV", "MIL", "COP", "LAB", "CVL", "REB"}


class Lookup(FakeLookup):
    """The test_coder lookup over more names, each actor with its country and sector; like the
    knowledge base, it names each side of a hyphenated pair ("Japan-China") on its own."""

    def joins(self, child: Token) -> bool:
        hyphen = child.i + 1 < len(child.doc) and child.doc[child.i + 1].text == "-"
        return not hyphen and super().joins(child)

    def mention(self, text: str, start: int, end: int) -> list[ActorMention]:
        code = NAMES.get(text.lower())
        if code is None:
            return []
        country = None if code in SECTORS or code.startswith("IGO") and len(code) > 6 else code[:3]
        sector = code if code in SECTORS else (code[3:] or None) if country else None
        return [ActorMention(text, start, end, Actor(code=code, name=text, country=country,
                                                     sector=sector))]


def triples(nlp: Language, coder: EventCoder, text: str) -> list[tuple[str, str, str | None]]:
    sent: Span = nlp(text)[:]
    events = coder.code_sentence(sent, actors=Lookup(sent), article_id="t", sentence_index=0,
                                 date=dt.date(2017, 6, 1))
    return sorted((e.source.actor.code, e.event_type.code, e.target.actor.code if e.target else None)
                  for e in events)


@pytest.mark.parametrize(("text", "expected"), [
    # a word of sport inside an actor's name, or a verb, is not a match report
    ("The Arab League condemned Israel.", [("IGOARL", "111", "ISR")]),
    ("South Korea accused Japan of trying to match the Chinese build-up.", [("KOR", "112", "JPN")]),
    # while a match report still codes nothing
    ("Japan and China clashed in the World Cup final.", []),
    ("Japan attacked relentlessly in the second half of the match against China.", []),
    ("In May, former champions Japan will host Vietnam, India and Syria in the second group in Tokyo.", []),
])
def test_sport_filter(nlp: Language, coder: EventCoder, text: str, expected: list[tuple]) -> None:
    assert triples(nlp, coder, text) == expected


def test_agreed_with_x_to_do_y_codes_the_complement(nlp: Language, coder: EventCoder) -> None:
    assert triples(nlp, coder, "Japan agreed with China to hold talks next month.") == [
        ("JPN", "036", "CHN")]


@pytest.mark.parametrize(("text", "expected"), [
    # a warning or complaint about what another actor did reports it
    ("Japan warned that China had attacked Vietnam.", [("CHN", "190", "VNM")]),
    ("Japan complained that China had shelled Vietnam.", [("CHN", "194", "VNM")]),
    # what another actor would do stays a prediction
    ("Japan warned that China would attack Vietnam.", []),
])
def test_reported_clauses(nlp: Language, coder: EventCoder, text: str, expected: list[tuple]) -> None:
    found = triples(nlp, coder, text)
    assert [t for t in found if t[0] != "JPN"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the counterpart inside the object's phrase or a prepositional complement
    ("Russia warned of military action against Ukraine.", [("RUS", "130", "UKR")]),
    ("Iran made an offer of talks with the United States.", [("IRN", "036", "USA")]),
])
def test_counterpart_inside_the_phrase(nlp: Language, coder: EventCoder, text: str,
                                       expected: list[tuple]) -> None:
    assert triples(nlp, coder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a domestic unary event (protest, strike, curfew) is done to the actor's own state
    ("Workers went on strike in France.", [("FRALAB", "143", "FRA")]),
    ("Thailand imposed a curfew in Bangkok.", [("THA", "1723", "THA")]),
])
def test_domestic_unary_events_take_their_state(nlp: Language, coder: EventCoder, text: str,
                                                expected: list[tuple]) -> None:
    assert triples(nlp, coder, text) == expected


def test_generic_group_takes_the_state_named(nlp: Language, coder: EventCoder) -> None:
    # "rebels" with no country of their own: the one state the sentence names
    assert triples(nlp, coder, "Rebels attacked a police station in northern Mali.") == [
        ("MLIREB", "190", "MLICOP")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Japan, South Korea agree to share intelligence.", [("JPN", "0314", "KOR"), ("KOR", "0314", "JPN")]),
    ("Japan-China talks end without a deal.", [("CHN", "046", "JPN"), ("JPN", "046", "CHN")]),
    # a headline's reported clause without a subject: the reporter does it
    ("China says will hold talks with Japan.", [("CHN", "036", "JPN")]),
])
def test_headline_coordination(nlp: Language, coder: EventCoder, text: str,
                               expected: list[tuple]) -> None:
    assert triples(nlp, coder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a participle set off by commas after its subject: "X, visiting Y, said ..."
    ("Putin, visiting Japan, praised Abe.", [("RUSGOV", "042", "JPN"), ("RUSGOV", "051", "JPNGOV")]),
    ("Russian leader Vladimir Putin, visiting Japan, said relations were good.", [("RUSGOV", "042", "JPN")]),
    # a participle on a noun that names no actor codes nothing
    ("A plan calling for talks with Japan was rejected.", []),
])
def test_participle_after_its_subject(nlp: Language, coder: EventCoder, text: str,
                                      expected: list[tuple]) -> None:
    assert triples(nlp, coder, text) == expected
