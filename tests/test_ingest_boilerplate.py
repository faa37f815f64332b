"""Boilerplate removal on plain-text web dumps: a synthetic page and the real seed files."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from geopivot.evaluation.standoff import read_source_text, text_hash
from geopivot.ingest import clean_text, iter_articles
from geopivot.ingest.paragraphs import split_paragraphs
from geopivot.models import Article

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"

PROSE = [
    "Kenya and Ethiopia signed an agreement on Wednesday to share water from a river that crosses their "
    "border, settling a quarrel that had simmered for more than a decade between herders on both sides.",
    "The deal was signed in Nairobi by the two water ministers, who said a joint commission would meet every "
    "three months to set how much water each country may take during the dry season.",
    "\u201cThis is a day our grandparents waited for,\u201d said one elder from a border village. "
    "\u201cWe thank everyone for your support.\u201d",
    "It took effect at once.",
    "Ethiopian officials said the comments made by local politicians last year had delayed the talks, "
    "and that both governments now wanted to follow the commission's advice rather than act alone.",
]

BOILERPLATE = [
    "Jump to navigation",
    "Home \u203a Africa \u203a East Africa",
    "Log in | Create an account",
    "Photo credit: River Valley Picture Service",
    "By Amina Otieno",
    "Updated 4 April 2018, 09:15",
    "Share this story: Facebook Twitter WhatsApp Email",
    "Advertisement",
    "Our reporting is free for everyone, but it is not free to make. Please consider a small donation "
    "today so we can keep our correspondents in the field.",
    "Daily Briefing",
    "Enter your email address to receive our newsletter every morning.",
    "Subscribe",
    "You might also like",
    "Drought returns to the Horn of Africa",
    "Why herders are moving south",
    "Amina Otieno reports on East Africa for the paper and has followed the region's water disputes since 2009.",
    "Tags: Kenya, Ethiopia, water, diplomacy",
    "3 comments",
    "Add a comment",
    "\u00a9 2018 The Valley Observer. All rights reserved.",
    "Privacy policy \u00b7 Cookie settings \u00b7 Terms of use",
]
REPEATED = "Independent reporting from the valley since 1987. Read our mission statement."
TITLE = "Kenya and Ethiopia Sign River Water Pact"


def synthetic_page() -> str:
    head = BOILERPLATE[:4] + [TITLE] + BOILERPLATE[4:7] + [REPEATED]
    body = [PROSE[0], PROSE[1], BOILERPLATE[7], PROSE[2], PROSE[3], PROSE[4]]
    tail = BOILERPLATE[8:] + [REPEATED]
    return "\n\n".join(head + body + tail) + "\n"


@pytest.fixture(scope="module")
def cleaned():
    return clean_text(synthetic_page())


def test_synthetic_page_title(cleaned):
    assert cleaned.title == TITLE


@pytest.mark.parametrize("paragraph", PROSE)
def test_synthetic_page_keeps_every_prose_paragraph(cleaned, paragraph):
    assert paragraph in cleaned.text.split("\n\n")


@pytest.mark.parametrize("line", BOILERPLATE + [REPEATED, TITLE])
def test_synthetic_page_drops_boilerplate(cleaned, line):
    assert line not in cleaned.text


def test_synthetic_page_keeps_only_prose(cleaned):
    assert cleaned.text.split("\n\n") == PROSE


@pytest.mark.parametrize("text", [
    "South Korea and China agreed to restore exchanges.",
    "Russia expelled two diplomats.\nChina protested.",
    "Moscow, March 4 -- Russia condemned the sanctions. Officials said a response would follow.",
])
def test_short_plain_articles_survive_whole(text):
    assert clean_text(text).text == "\n\n".join(line for line in text.split("\n"))


def test_advert_block_inside_body_does_not_cut_off_the_rest():
    text = "\n\n".join([PROSE[0], PROSE[1], "Advertisement", "Read more: Drought returns to the Horn of Africa",
                        "Photo: a dam under construction", "Scroll to continue", PROSE[3], PROSE[4]])
    assert clean_text(text).text.split("\n\n") == [PROSE[0], PROSE[1], PROSE[3], PROSE[4]]


WIRE = """Asia
Markets
Mongolia and Kazakhstan open talks on rail corridor

By Saule Bekova, Tomas Grey
3 Min Read

ULAANBAATAR (Wire) - Mongolia and Kazakhstan opened talks on Tuesday about a rail corridor that would link
their mining regions, officials said, in a project both governments hope will cut freight costs to China.

The first round lasted two days.

"We want the corridor finished before the end of the decade," a Kazakh deputy minister told reporters after
the session, adding that financing had not yet been agreed.

Reporting by Saule Bekova in Ulaanbaatar; Additional reporting by Tomas Grey; Editing by Ruth Lane

Our Standards: The Wire Trust Principles.
"""

BLOG = """Search for:
Recent Posts
Council votes to widen embargo
Archives
March 2019
Categories
Uncategorized

Council votes to widen embargo
Posted on March 8, 2019 by editor

The regional council voted on Friday to widen its arms embargo on the breakaway province, adding
helicopters and drones to the list of banned equipment after a week of heavy fighting.

Two members abstained.

The province's leaders called the vote hostile and said they would appeal to the continental court.

Leave a Reply Cancel reply
Your email address will not be published. Required fields are marked *
Comment
Name *
Email *
Website
Save my name, email, and website in this browser for the next time I comment.
Post navigation
Previous Post: Envoys meet in the capital
Proudly powered by a blogging platform
"""


@pytest.mark.parametrize(("page", "title", "body"), [
    (WIRE, "Mongolia and Kazakhstan open talks on rail corridor",
     ["ULAANBAATAR (Wire) - Mongolia", "The first round lasted two days.", "a Kazakh deputy minister"]),
    (BLOG, "Council votes to widen embargo",
     ["The regional council voted on Friday", "Two members abstained.", "appeal to the continental court."]),
])
def test_other_page_layouts(page, title, body):
    result = clean_text(page)
    assert result.title == title
    paragraphs = result.text.split("\n\n")
    assert len(paragraphs) == len(body)
    assert all(expected in paragraph for expected, paragraph in zip(body, paragraphs))


def test_heading_inside_body_is_dropped():
    text = ("Seoul and Beijing agreed to resume defence talks after a pause of two years.\n\n"
            "What Comes Next For The Peninsula\n\n"
            "Officials said the first meeting would take place in the spring.")
    assert "What Comes Next" not in clean_text(text).text


def test_given_title_is_not_repeated_in_text():
    text = "Moon visits Beijing\n\nMoon Jae-in met Xi Jinping in Beijing, and the two sides agreed to talks."
    result = clean_text(text, title="Moon visits Beijing")
    assert result.text == "Moon Jae-in met Xi Jinping in Beijing, and the two sides agreed to talks."


def test_hard_wrapped_paragraph_is_joined():
    text = ("Russia's foreign ministry on Monday condemned the latest round of\n"
            "sanctions announced by Washington, calling them an unfriendly step\n"
            "that would damage relations between the two countries.\n")
    assert split_paragraphs(text) == [" ".join(text.split())]


def test_two_line_wrap_ending_on_a_function_word_is_joined():
    text = "The spokeswoman said Moscow would consider measures against\nAmerican companies, but gave no details."
    assert split_paragraphs(text) == [" ".join(text.split())]


def test_list_of_headlines_is_not_taken_for_a_wrapped_paragraph():
    text = ("Greek navy holds drills near Crete after border row\n"
            "Turkey names new ambassador to Athens amid thaw\n"
            "What the border dispute means for fishermen on Lesbos")
    assert split_paragraphs(text) == text.split("\n")


def test_line_broken_before_a_comma_is_rejoined():
    text = "South Korea could be a strategic partner for China\n, at least under the present government."
    assert split_paragraphs(text) == ["South Korea could be a strategic partner for China, at least under the "
                                      "present government."]


# --- the real seed files -------------------------------------------------------------------------

def _seed(name: str) -> Article:
    path = SEEDS / name
    if not path.exists():
        pytest.skip(f"{path} not present")
    items = list(iter_articles([path]))
    assert len(items) == 1 and isinstance(items[0], Article), items
    return items[0]


SEED_A, SEED_B = "000_aee5db814be1d452.txt", "001_70d69e5870326c8f.txt"


# Stand-off: the seed text these tests name is read from ../shared by its offsets in the raw file
# (start, end, sha1 prefix), so none of it is copied here.
def _seed_span(name: str, start: int, end: int, sha: str) -> str:
    path = SEEDS / name
    if not path.exists():
        pytest.skip(f"{path} not present")
    text = read_source_text(path)[start:end]
    assert text_hash(text) == sha, f"{path}:{start}-{end}: the seed's text changed"
    return _flat(text)


def _flat(text: str) -> str:
    """Whitespace as the cleaner leaves it: runs of spaces, breaks and no-break spaces as one
    space, none before punctuation ("China\n," in the raw file is "China," in the article)."""
    return re.sub(r"\s+([,.;:!?])", r"\1", " ".join(text.split()))


@pytest.mark.parametrize(("name", "start", "end", "sha"), [
    (SEED_A, 0, 15, "0a4470d64e"),
    (SEED_A, 16, 35, "1a9c8dabc9"),
    (SEED_A, 100, 111, "38f70c21ec"),
    (SEED_A, 13151, 13171, "aaa434290e"),
    (SEED_A, 13173, 13198, "3e4a67e30a"),
    (SEED_A, 13200, 13228, "5a0afe4aa2"),
    (SEED_A, 13258, 13272, "72f0cca233"),
    (SEED_A, 13752, 13779, "8e26d1d1c3"),
    (SEED_A, 13907, 13925, "2b4cc06024"),
    (SEED_B, 14605, 14627, "c0006f3887"),
    (SEED_B, 14690, 14702, "63663cfedd"),
    (SEED_B, 8626, 8646, "a0c592c583"),
    (SEED_B, 1692, 1729, "d96d0ea1e2"),
])
def test_seed_boilerplate_is_gone(name, start, end, sha):
    assert _seed_span(name, start, end, sha) not in _flat(_seed(name).text)


@pytest.mark.parametrize(("name", "start", "end", "sha"), [
    (SEED_A, 132, 208, "3cd17599c1"),
    (SEED_A, 3103, 3188, "0391c0db97"),
    (SEED_A, 5766, 5850, "c5a34196eb"),
    (SEED_A, 2902, 2962, "9453ac82d9"),
    (SEED_A, 13099, 13130, "e909188833"),
    (SEED_B, 116, 140, "457d5fd4b5"),
    (SEED_B, 10093, 10147, "d05bd9da3a"),
    (SEED_B, 14333, 14377, "3630b8771d"),
    (SEED_B, 7738, 7817, "0f5ae9ce26"),
    (SEED_B, 14561, 14604, "39171bc435"),
])
def test_seed_article_sentences_are_kept(name, start, end, sha):
    assert _seed_span(name, start, end, sha) in _flat(_seed(name).text)


@pytest.mark.parametrize(("name", "start", "end", "sha"), [
    (SEED_A, 37, 98, "f8eb8ec70a"),
    (SEED_B, 0, 115, "f08c9d84cb"),
])
def test_seed_title(name, start, end, sha):
    title = _seed_span(name, start, end, sha)
    article = _seed(name)
    assert _flat(article.title) == title
    assert title not in _flat(article.text)


def test_seed_xinhua_quote_is_kept_whole():
    # The quoted readout, from its opening quotation mark to its last sentence (stand-off).
    text = _seed(SEED_A).text
    _seed_span(SEED_A, 2964, 7181, "7955b075bd")
    raw = read_source_text(SEEDS / SEED_A)
    start, end = raw[2964:2981], raw[7181:7198]  # its first and last words
    quoted = raw[2964:7181].split("\n\n")
    assert len(quoted) > 20
    assert text[text.index(start):text.index(end)].split("\n\n") == quoted


def test_short_lede_and_closing_sentences_next_to_the_body_are_kept():
    body = ("The two delegations left Geneva on Friday without agreeing on a date for the next round, "
            "officials said, each blaming the other for the failure.")
    text = "\n\n".join(["Talks Collapse In Geneva", "Talks collapsed.", body, "He declined.", "Share this",
                        "Like Loading..."])
    assert clean_text(text).text.split("\n\n") == ["Talks collapsed.", body, "He declined."]
