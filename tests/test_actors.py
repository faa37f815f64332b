"""Actor resolution: names, titles, metonyms, compounds, dates and within-article references."""
from __future__ import annotations

import datetime as dt

import pytest

from geopivot.actors.kb import load_kb
from geopivot.actors.userfiles import load_user_actors
from geopivot.errors import DataFileError

D2017 = dt.date(2017, 12, 14)


def _codes(engine, context: str, mention: str, date: dt.date | None = D2017) -> list[str]:
    return [m.actor.code for m in engine.resolve_mention(context, mention, date=date)]


@pytest.mark.parametrize(("context", "mention", "expected"), [
    ("Moon Jae-in met reporters.", "Moon Jae-in", ["KORGOV"]),
    ("Moon met reporters in Seoul.", "Moon", ["KORGOV"]),
    ("Xi spoke in Beijing.", "Xi", ["CHNGOV"]),
    ("Putin spoke in Moscow.", "Putin", ["RUSGOV"]),
    ("Kim Jong-un watched the launch.", "Kim Jong-un", ["PRKGOV"]),
    ("Trump spoke to reporters in Washington.", "Trump", ["USAGOV"]),
    ("Nikki Haley spoke to the council.", "Nikki Haley", ["USAGOV"]),
    ("Mike Pompeo spoke to reporters.", "Mike Pompeo", ["USAGOV"]),
    ("Kang Kyung-wha spoke to reporters.", "Kang Kyung-wha", ["KORGOV"]),
    ("Seoul protested.", "Seoul", ["KORGOV"]),
    ("Pyongyang protested.", "Pyongyang", ["PRKGOV"]),
    ("Beijing protested.", "Beijing", ["CHNGOV"]),
    ("Moscow protested.", "Moscow", ["RUSGOV"]),
    ("Washington protested.", "Washington", ["USAGOV"]),
    ("The Kremlin protested.", "The Kremlin", ["RUSGOV"]),
])
def test_seed_actors_resolve(engine, context, mention, expected):
    assert _codes(engine, context, mention) == expected


def test_bare_surname_needs_support(engine):
    assert _codes(engine, "Howard spoke.", "Howard") == []
    # "Michael Howard" is not John Howard (AUS) but the British opposition leader of 2003-2005,
    # in 2017 an elite of his country
    assert _codes(engine, "Michael Howard spoke in Canberra.", "Michael Howard") == ["GBRELI"]


@pytest.mark.parametrize(("context", "mention", "expected"), [
    ("South Korean troops crossed the line.", "South Korean troops", ["KORMIL"]),
    ("Chinese officials declined to comment.", "Chinese officials", ["CHNGOV"]),
    ("Syrian rebels shelled the town.", "Syrian rebels", ["SYRREB"]),
    ("China's foreign ministry protested.", "China's foreign ministry", ["CHNGOV"]),
    ("South Korean Foreign Minister Kang Kyung-wha spoke.", "South Korean Foreign Minister Kang Kyung-wha", ["KORGOV"]),
    ("The Chinese president arrived.", "The Chinese president", ["CHNGOV"]),
    ("An unknown man named Smith spoke.", "Smith", []),
])
def test_compounds_titles_and_unknowns(engine, context, mention, expected):
    assert _codes(engine, context, mention) == expected


def test_title_resolves_to_the_office_holder_on_that_date(engine):
    before = engine.resolve_mention("The South Korean president spoke.", "The South Korean president",
                                    date=dt.date(2016, 6, 1))
    after = engine.resolve_mention("The South Korean president spoke.", "The South Korean president",
                                   date=dt.date(2018, 6, 1))
    assert (before[0].actor.name, after[0].actor.name) == ("Park Geun-hye", "Moon Jae-in")


@pytest.mark.parametrize(("date", "expected"), [
    (dt.date(2010, 6, 1), "RUSGOV"),   # prime minister
    (dt.date(2018, 6, 1), "RUSGOV"),   # president
])
def test_date_decides_the_office(engine, date, expected):
    assert _codes(engine, "Putin spoke in Moscow.", "Putin", date) == [expected]


def test_out_of_office_is_an_elite(engine):
    assert _codes(engine, "Park Geun-hye spoke.", "Park Geun-hye", dt.date(2019, 1, 1)) == ["KORELI"]


@pytest.mark.parametrize(("context", "mention", "expected"), [
    ("Moon Jae-in arrived in Beijing. He met Xi Jinping.", "He", ["KORGOV"]),
    ("Moon Jae-in met Xi Jinping. The two leaders signed a deal.", "The two leaders", ["KORGOV", "CHNGOV"]),
    ("China and South Korea agreed. The two countries will talk.", "The two countries", ["CHN", "KOR"]),
])
def test_within_article_references(engine, context, mention, expected):
    assert sorted(_codes(engine, context, mention)) == sorted(expected)


def test_kb_search_finds_dated_spells():
    hits = load_kb().search("Moon Jae-in")
    assert {(h.start, h.end) for h in hits if h.role == "head_of_state"} == {
        (dt.date(2017, 5, 10), dt.date(2022, 5, 9))}


def test_user_csv_overrides_packaged_actor(tmp_path):
    path = tmp_path / "actors.csv"
    path.write_text("name,code,variants\nGondor,GON,Minas Tirith\n", encoding="utf-8")
    kb = load_kb((path,))
    assert [e.actor().code for e in kb.lookup("Minas Tirith")] == ["GON"]


@pytest.mark.parametrize(("name", "content", "line"), [
    ("bad.csv", "name,code\n,KOR\n", 2),
    ("bad.yaml", "- name: Gondor\n  code: GON\n  start: not-a-date\n", 1),
])
def test_malformed_user_actor_lines_name_file_and_line(tmp_path, name, content, line):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DataFileError, match=rf"{name}:{line}: "):
        list(load_user_actors(path))


def test_petrarch_dictionary_dated_codes(tmp_path):
    path = tmp_path / "actors.txt"
    path.write_text("GOLLUM\n+SMEAGOL\n\t[HOB < 950601]\n\t[HOBGOV 19950601 - 19990815]\nARNOR_ [ARN]\n",
                    encoding="utf-8")
    entries = list(load_user_actors(path))
    gov = [e for e in entries if e.surface == "SMEAGOL" and e.code == "HOBGOV"]
    assert gov and gov[0].start == dt.date(1995, 6, 1) and any(e.surface == "ARNOR" for e in entries)


def test_petrarch_synonym_after_codes_and_several_codes(tmp_path):
    path = tmp_path / "actors.txt"
    path.write_text("GONDOR [GON]\n+MINAS_TIRITH\nTHE_SHIRE  [FRO/BIL/SAM]\n", encoding="utf-8")
    entries = list(load_user_actors(path))
    assert [e.code for e in entries if e.surface == "MINAS TIRITH"] == ["GON"]
    assert sorted(e.code for e in entries if e.surface == "THE SHIRE") == ["BIL", "FRO", "SAM"]


@pytest.mark.parametrize(("title", "country", "role"), [
    ("president", "USA", "head_of_state"),
    ("president", "IRN", "head_of_government"),
    ("chancellor", "GBR", None),
    ("secretary of state", "USA", "foreign_minister"),
])
def test_title_names_the_office_of_that_country(title, country, role):
    assert load_kb().title_role(title, country) == role


@pytest.mark.parametrize(("context", "mention", "date", "expected"), [
    ("The Iranian president spoke.", "The Iranian president", dt.date(2016, 6, 1), ["IRNGOV"]),
    ("The government of Japan protested.", "The government", D2017, ["JPNGOV"]),
    ("The ambassadors of Japan and South Korea met.", "The ambassadors", D2017, ["JPNGOV", "KORGOV"]),
    ("Chinese businessman Li Wei was detained.", "Li Wei", D2017, ["CHNBUS"]),
    ("Ban Ki-moon spoke.", "Ban Ki-moon", dt.date(2019, 1, 1), ["KORELI"]),
    ("Narendra Modi met Xi Jinping. He said the talks went well.", "He", dt.date(2018, 4, 28), ["INDGOV"]),
    ("Soldiers from Japan arrived.", "Soldiers", D2017, ["JPNMIL"]),
    ("Russian-backed separatists shelled the town.", "Russian-backed separatists", D2017, ["SEP"]),
    ("Pakistani police officer Imran Ali was shot.", "Imran Ali", D2017, ["PAKCOP"]),
    ("A Pakistani woman was detained.", "A Pakistani woman", D2017, ["PAK"]),
])
def test_sector_of_state_titles_and_salience(engine, context, mention, date, expected):
    assert sorted(_codes(engine, context, mention, date)) == sorted(expected)


def test_iranian_president_is_the_head_of_government(engine):
    found = engine.resolve_mention("The Iranian president spoke.", "The Iranian president",
                                   date=dt.date(2016, 6, 1))
    assert found[0].actor.name == "Hassan Rouhani"


@pytest.mark.parametrize(("context", "mention", "expected"), [
    ("South Korean Vice Foreign Minister Pak Un-seo met the envoy. Pak urged Tokyo to apologise.", "Pak", ["KORGOV"]),
    ("Chinese trader Guo Renfa was arrested. The court fined Guo.", "Guo", ["CHNBUS"]),
    ("Lena Vogt, Germany's trade minister, arrived on Monday. Vogt met local firms.", "Vogt", ["DEUGOV"]),
    ("Chilean Ambassador Rosa Ibarra left. She said nothing.", "She", ["CHLGOV"]),
    ("Police named Rosa Ibarra as the driver. Ibarra was released.", "Ibarra", []),
])
def test_people_introduced_with_a_nationality_are_remembered(engine, context, mention, expected):
    assert _codes(engine, context, mention) == expected


def test_a_known_name_cut_inside_a_hyphenated_name_is_someone_else(engine):
    # "Cho Hyun" is in the knowledge base; "Cho Hyun-woo" is another person.
    context = "South Korean Vice Foreign Minister Cho Hyun-woo spoke. Cho Hyun-woo left."
    assert [m.actor.name for m in engine.resolve_mention(context, "Cho Hyun-woo", date=D2017)] == ["Cho Hyun-woo"]


@pytest.mark.parametrize(("context", "mention", "expected"), [
    # a third state named in passing, as a place or in a prepositional phrase, is not one of them
    ("Japanese and Chinese envoys met in Bangkok. The two countries agreed to talk.", "The two countries", ["JPN", "CHN"]),
    ("Kenya and Somalia met, with observers from Ethiopia. Both countries agreed.", "Both countries", ["KEN", "SOM"]),
    ("Moon Jae-in met Xi Jinping. The two countries agreed to talk.", "The two countries", ["KOR", "CHN"]),
    ("Shinzo Abe hosted Narendra Modi. Abe said he had a letter from Donald Trump. The two leaders met.",
     "The two leaders", ["JPNGOV", "INDGOV"]),
    ("Donald Trump met Xi Jinping. Later Moon Jae-in called Shinzo Abe, and the two leaders agreed.",
     "the two leaders", ["KORGOV", "JPNGOV"]),
])
def test_the_two_are_the_most_salient_pair(engine, context, mention, expected):
    assert sorted(_codes(engine, context, mention)) == sorted(expected)


@pytest.mark.parametrize(("context", "mention", "expected"), [
    ("Seoul summoned the Chinese envoy. The foreign ministry said so.", "The foreign ministry", ["KORGOV"]),
    ("Kenya closed the border. The government said so.", "The government", ["KENGOV"]),
    ("The ministry said so.", "The ministry", []),
    ("Kenya closed the border. A ministry official said so.", "A ministry official", []),
])
def test_a_definite_institution_is_the_government_of_the_article_state(engine, context, mention, expected):
    assert _codes(engine, context, mention) == expected


@pytest.mark.parametrize(("text", "name", "kind", "weight"), [
    ("Japan protested.", "Japan", "state", 1.5),
    ("Talks opened with Japan.", "Japan", "state", 0.5),
    ("Envoys met in Seoul.", "Seoul", "metonym", 0.0),
    ("Trump agreed to visit Seoul.", "Seoul", "metonym", 0.0),
    ("Veterans of the Korean War met.", "Korean", "adjective", 0.0),
    ("Officials said Japan would join.", "Japan", "state", 1.0),
])
def test_mention_weight(engine, text, name, kind, weight):
    from geopivot.actors.cues import mention_weight

    doc = engine.nlp.make_doc(text)
    at = text.index(name)
    assert mention_weight(engine.kb, doc.char_span(at, at + len(name)), kind) == weight
