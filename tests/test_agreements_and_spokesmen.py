"""Forms found among the annotated train and dev splits' misses at the fifteenth stop (issue 11):
people who speak for a company named in the plural ("the bosses of X"), an agreement with
another side to do something the trigger table has no row for, a clause the noun "fact"
presents as true, "talk" of what may come, and a headline's comma pair in talks. Sentences
written for these tests, before the fixes."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import country_triples, engine_triples
from test_korean_forms import both_ways


@pytest.mark.parametrize(("text", "expected"), [
    # the plural of a representative noun speaks for the company, as the singular does
    ("The bosses of Toyota criticised Honda.", [("JPN", "11", "JPN")]),
    ("Directors of Nissan accused Renault of breaking the alliance.", [("JPN", "11", "FRA")]),
    ("Lawyers for Gazprom sued Naftogaz in Stockholm.", [("RUS", "11", "UKR")]),
    ("The chiefs of Boeing and Toyota are to meet in Paris.", both_ways("03", "JPN", "USA")),
    # the singular still does
    ("The boss of Toyota criticised Honda.", [("JPN", "11", "JPN")]),
])
def test_representatives_in_the_plural_act_for_their_company(engine, text, expected):
    assert country_triples(engine, text, digits=2) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # agreeing with another side to do something is an intent to cooperate with it
    ("Japan agreed with China to push forward with a joint study.", [("JPN", "03", "CHN")]),
    ("Mexico agreed with Canada to set up a panel on water rights.", [("MEX", "03", "CAN")]),
    # a complement with a row of its own is still its own event
    ("Japan agreed with China to hold talks next month.", [("JPN", "03", "CHN")]),
    # agreeing with a view stays an expression of accord
    ("Seoul agreed with Washington on the need for more pressure.", [("KOR", "01", "USA")]),
    ("Germany agreed with France that the deadline was too short.", [("DEU", "01", "FRA")]),
])
def test_agreeing_with_a_side_to_do_something_is_intent(engine, text, expected):
    assert country_triples(engine, text, digits=2) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "the fact that" presents its clause as true
    ("The fact that Chile and Peru signed a fishing accord surprised analysts.", both_ways("05", "CHL", "PER")),
    ("Officials welcomed the fact that Ghana had sent troops to Mali.", [("GHA", "06", "MLI")]),
    # a claim or a rumour that does not
    ("The claim that Chile and Peru signed a fishing accord surprised analysts.", []),
    ("The rumour that Ghana had sent troops to Mali spread quickly.", []),
])
def test_the_fact_that_asserts_its_clause(engine, text, expected):
    assert country_triples(engine, text, digits=2) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "talk" of what may come is speculation, not negotiations: the meeting alone is an event
    ("Japan and China met amid talk of a trade war.",
     [("CHN", "040", "JPN"), ("JPN", "040", "CHN")]),
    ("Japan and China met amid talk that a deal was near.",
     [("CHN", "040", "JPN"), ("JPN", "040", "CHN")]),
    # talks are negotiations
    ("Japan and China met amid talks on a trade deal.",
     [("CHN", "040", "JPN"), ("CHN", "046", "JPN"), ("JPN", "040", "CHN"), ("JPN", "046", "CHN")]),
])
def test_talk_of_what_may_come_is_no_negotiation(engine, text, expected):
    assert [(s[:3], code, t[:3]) for s, code, t in engine_triples(engine, text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a headline's comma pair in talks, the second name parsed as a conjunct of the first
    ("Iraq, Afghanistan in talks on trade", both_ways("04", "AFG", "IRQ")),
    # or as an apposition
    ("Japan, China in talks over islands", both_ways("04", "CHN", "JPN")),
])
def test_a_headline_pair_in_talks(engine, text, expected):
    assert country_triples(engine, text, digits=2) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "each" tells that the sides acted apart, not with each other
    ("Russia and China have each sought to negotiate a deal.", []),
    ("Japan and China each held talks with Vietnam.",
     sorted(both_ways("04", "CHN", "VNM") + both_ways("04", "JPN", "VNM"))),
    ("Japan and China have each signed a trade deal.", []),
    # "each other" is mutual, and "each" before a noun distributes nothing among the sides
    ("Japan and China accused each other of spying.", both_ways("11", "CHN", "JPN")),
    ("Japan and China held talks on each issue.", both_ways("04", "CHN", "JPN")),
    # nor does "each" after what is counted out to every side
    ("Armenia and Azerbaijan swapped 40 prisoners each.", both_ways("08", "ARM", "AZE")),
])
def test_sides_that_each_act_act_apart(engine, text, expected):
    assert country_triples(engine, text, digits=2) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a former official of an organisation no longer acts or is acted on as it
    ("Israel has asked a former IMF official to run its central bank.", []),
    ("Peru criticised the World Bank's former president.", []),
    # a serving one does, and a former official of a state is one of its elites
    ("Peru criticised a World Bank official.", [("PER", "11", "IGO")]),
    ("Israel criticised a former Egyptian minister.", [("ISR", "11", "EGY")]),
    # a former rebel movement is still its country's rebels
    ("Angola's government and the former rebel movement Unita signed a peace deal.", [("AGO", "05", "AGO")]),
])
def test_a_former_official_is_not_the_organisation(engine, text, expected):
    assert country_triples(engine, text, digits=2) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a merger is an agreement both firms sign (057, both ways), whether done, agreed or announced
    ("Renault merged with Fiat.", both_ways("05", "FRA", "ITA")),
    ("Renault has agreed to merge with Fiat.", both_ways("05", "FRA", "ITA")),
    ("Renault agrees merger with Fiat", both_ways("05", "FRA", "ITA")),
    ("Renault to merge with Fiat", both_ways("05", "FRA", "ITA")),
    ("Renault and Fiat agreed to merge.", both_ways("05", "FRA", "ITA")),
    # planning one is not agreeing it
    ("Renault plans to merge with Fiat.", []),
])
def test_a_merger_is_an_agreement(engine, text, expected):
    assert country_triples(engine, text, digits=2) == expected


@pytest.mark.parametrize(("text", "events"), [
    # a company of two nationalities is one body (of either), not two states acting apart
    ("The Anglo-Dutch giant criticised Nestle.", 1),
    ("Anglo-Dutch consumer goods giant Unilever criticised Nestle.", 1),
    ("Anglo-Dutch giant Unilever is to merge its two management boards.", 0),
])
def test_a_company_of_two_nationalities_is_one_body(engine, text, events):
    found = country_triples(engine, text, digits=2)
    assert len(found) == events and all(source in ("GBR", "NLD") for source, _, _ in found)


@pytest.mark.parametrize(("text", "expected"), [
    # a round, series or wave of events is those events
    ("Japan held a second round of talks with China.", both_ways("04", "CHN", "JPN")),
    ("Japan and China held a third round of talks.", both_ways("04", "CHN", "JPN")),
    ("Niger revoked a series of agreements with France.", [("NER", "16", "FRA")]),
    ("Japan signed a set of agreements with China.", both_ways("05", "CHN", "JPN")),
    ("Iran launched a wave of missile strikes on Israel.", [("IRN", "19", "ISR")]),
    ("Russia carried out a string of air strikes on Syria.", [("RUS", "19", "SYR")]),
    # ending a round is holding it to its end, not breaking off the talks (as calling it off is)
    ("Japan and China ended a second round of talks in Tokyo.", both_ways("04", "CHN", "JPN")),
    ("Japan called off a planned round of talks with China.", [("JPN", "16", "CHN")]),
    # several rounds counted are a tally of past occasions, not one event
    ("Japan and China have held five rounds of talks since 2019.", []),
])
def test_a_round_or_series_of_events_is_those_events(engine, text, expected):
    assert country_triples(engine, text, digits=2) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # two titled leaders joined by "and", however the parser splits the pair
    ("US President Donald Trump and Chinese President Xi Jinping held talks.", both_ways("04", "CHN", "USA")),
    ("Indian Prime Minister Narendra Modi and Japanese Prime Minister Shinzo Abe held talks in Tokyo.",
     both_ways("04", "IND", "JPN")),
    ("Chinese President Xi Jinping and Russian President Vladimir Putin signed a deal.",
     both_ways("05", "CHN", "RUS")),
    # a list after a comma names the phrase's members, not a second party
    ("Two Canadians, Michael Kovrig and Michael Spavor, were detained by China.", [("CHN", "17", "CAN")]),
])
def test_two_titled_leaders_joined_by_and(engine, text, expected):
    assert country_triples(engine, text, digits=2, date=dt.date(2018, 12, 20)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # one sentence reports one act between the same two actors once, however many words tell it
    ("Japan's foreign minister and his Chinese counterpart will discuss trade at a meeting on Tuesday.",
     [("CHNGOV", "036", "JPNGOV"), ("JPNGOV", "036", "CHNGOV")]),
    # two acts of different codes between them stay two
    ("Japan shelled Chinese positions and fired rockets at Chinese ships.",
     [("JPN", "190", "CHN"), ("JPN", "194", "CHN")]),
])
def test_one_act_between_two_actors_is_coded_once_a_sentence(engine, text, expected):
    assert engine_triples(engine, text, date=dt.date(2018, 12, 20)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "visiting" before an office holder names a guest: the host meets them, the guest visits
    ("Chinese President Xi Jinping met visiting Japanese Prime Minister Shinzo Abe in Beijing.",
     [("CHNGOV", "040", "JPNGOV"), ("JPNGOV", "040", "CHNGOV"), ("JPNGOV", "042", "CHNGOV")]),
    ("Xi Jinping held talks with visiting Japanese Prime Minister Shinzo Abe.",
     [("CHNGOV", "046", "JPNGOV"), ("JPNGOV", "042", "CHNGOV"), ("JPNGOV", "046", "CHNGOV")]),
    ("Xi Jinping met the visiting Turkish president.",
     [("CHNGOV", "040", "TURGOV"), ("TURGOV", "040", "CHNGOV"), ("TURGOV", "042", "CHNGOV")]),
    # a visit of one's own stays one
    ("Japan's prime minister began visiting Beijing on Monday.", [("JPNGOV", "042", "CHNGOV")]),
])
def test_a_visiting_office_holder_is_a_guest(engine, text, expected):
    assert engine_triples(engine, text, date=dt.date(2017, 3, 1)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # introducing sanctions imposes them
    ("The US introduced new sanctions on Cuba.", [("USA", "16", "CUB")]),
    # what one faces from another is done by that other to one
    ("Iran faces new sanctions from the European Union.", [("IGO", "16", "IRN")]),
    ("Gazprom faces a lawsuit from Ukraine.", [("UKR", "11", "RUS")]),
    ("Yukos faces an investigation by Russian prosecutors.", [("RUS", "09", "RUS")]),
    # nothing done by anyone named
    ("Iran faces new sanctions.", []),
])
def test_what_one_faces_from_another_is_done_to_one(engine, text, expected):
    assert country_triples(engine, text, digits=2, date=dt.date(2005, 3, 1)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "foreign" people are not of the one state the sentence names: a sector of no country,
    # and a side placed nowhere makes no event (sixteenth stop; before, ("BUS", "11", "RUS"))
    ("Foreign investors sued Russia.", []),
    ("Foreign banks demanded repayment from Rosneft.", []),
    # (and what one faces from a giver of no known country is no event)
    ("Rosneft faces a repayment demand from foreign banks.", []),
    # people with no nationality still are
    ("Investors sued Russia.", [("RUS", "11", "RUS")]),
    # a foreign minister is one's own state's, placed where the sentence puts it
    ("The foreign minister in Kabul criticised Pakistan.", [("AFG", "11", "PAK")]),
])
def test_foreign_people_are_not_of_the_state_named(engine, text, expected):
    assert country_triples(engine, text, digits=2, date=dt.date(2005, 3, 1)) == expected
