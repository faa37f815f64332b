"""British political figures of 1997-2010 beyond the cabinet (people.tsv): the opposition's
front benches (OPP), the smaller parties' leaders and MEPs (OPP), devolved first ministers (GOV)
and trade union leaders (LAB). "Mr Kilroy-Silk" in 2004 is a UKIP MEP, "Mr Salmond" in 2005
the SNP's leader and in 2008 Scotland's first minister. Dates of office are facts; sentences
written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import engine_triples

SPRING_2005 = dt.date(2005, 3, 1)
AUTUMN_2004 = dt.date(2004, 10, 1)
SPRING_2008 = dt.date(2008, 3, 1)


@pytest.mark.parametrize(("text", "date", "expected"), [
    ("Robert Kilroy-Silk criticised the French government.", AUTUMN_2004, [("GBROPP", "111", "FRAGOV")]),
    ("Nigel Farage criticised the French government.", SPRING_2005, [("GBROPP", "111", "FRAGOV")]),
    ("Mr Salmond criticised the French government.", SPRING_2005, [("GBROPP", "111", "FRAGOV")]),
    ("Mr Salmond criticised the French government.", SPRING_2008, [("GBRGOV", "111", "FRAGOV")]),
    ("Mark Oaten criticised the French government.", SPRING_2005, [("GBROPP", "111", "FRAGOV")]),
    ("Jack McConnell criticised the French government.", SPRING_2005, [("GBRGOV", "111", "FRAGOV")]),
    ("Brendan Barber criticised the French government.", SPRING_2005, [("GBRLAB", "111", "FRAGOV")]),
    ("Alastair Campbell criticised the French government.", dt.date(2002, 3, 1), [("GBRGOV", "111", "FRAGOV")]),
])
def test_figures_of_the_time_act_for_their_side(engine, text: str, date: dt.date, expected) -> None:
    assert engine_triples(engine, text, date=date) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Mr Kilroy-Silk accused Tony Blair of lying.", [("GBROPP", "112", "GBRGOV")]),
    ("Dave Prentis urged Gordon Brown to scrap the cuts.", [("GBRLAB", "020", "GBRGOV")]),
    ("Theresa May criticised Tony Blair.", [("GBROPP", "111", "GBRGOV")]),
])
def test_domestic_rivals_are_two_sides(engine, text: str, expected) -> None:
    assert engine_triples(engine, text, date=SPRING_2005) == expected
