"""Boilerplate removal on plain-text web dumps: a synthetic page and the real seed files."""
from __future__ import annotations

from pathlib import Path

import pytest

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


@pytest.mark.parametrize(("name", "gone"), [
    (SEED_A, "Skip to content"),
    (SEED_A, "View Featured Image"),
    (SEED_A, "Above Photo"),
    (SEED_A, "Fundraising Campaign"),
    (SEED_A, "Online donations are back"),
    (SEED_A, "Keep independent media alive"),
    (SEED_A, "fiscal sponsor"),
    (SEED_A, "Sign Up To Our Daily Digest"),
    (SEED_A, "daily email digest"),
    (SEED_B, "Message from The Duran"),
    (SEED_B, "Crowdfunding"),
    (SEED_B, "(bold italics added)"),
    (SEED_B, "Is The United States Losing Influence"),
])
def test_seed_boilerplate_is_gone(name, gone):
    assert gone not in _seed(name).text


@pytest.mark.parametrize(("name", "kept"), [
    (SEED_A, "South Korea\u2019s President Moon has just met with China\u2019s President Xi Jinping."),
    (SEED_A, "China and the ROK are friendly neighbors and strategic cooperation partners, Xi said."),
    (SEED_A, "The two leaders also exchanged their views on the situation on the Korean Peninsula."),
    (SEED_A, "originally published by China\u2019s official Xinhua news agency,"),
    (SEED_A, "undeniable geo-political pivot."),
    (SEED_B, "The US empire is fading."),
    (SEED_B, "What are the prospects of these Chinese-Russian moves?"),
    (SEED_B, "The challenge is to get those talks started."),
    (SEED_B, "strategic fulcrum for China, at least under the Trump and Moon administration."),
    (SEED_B, "may not be as far off as most people think."),
])
def test_seed_article_sentences_are_kept(name, kept):
    assert kept in _seed(name).text


@pytest.mark.parametrize(("name", "title"), [
    (SEED_A, "South Korea\u2019s History Making Geo-Political Pivot Frightens US"),
    (SEED_B, "South Korea imposes limits on THAAD, rejects tripartite alliance with US and Japan, "
             "begins defence talks with China"),
])
def test_seed_title(name, title):
    article = _seed(name)
    assert article.title == title
    assert title not in article.text


def test_seed_xinhua_quote_is_kept_whole():
    text = _seed(SEED_A).text
    raw = (SEEDS / SEED_A).read_text(encoding="utf-8")
    start, end = "\u201cXi welcomed Moon", "Winter Olympics\u201d."
    quoted = raw[raw.index(start):raw.index(end)].split("\n\n")
    assert len(quoted) > 20
    assert text[text.index(start):text.index(end)].split("\n\n") == quoted


def test_short_lede_and_closing_sentences_next_to_the_body_are_kept():
    body = ("The two delegations left Geneva on Friday without agreeing on a date for the next round, "
            "officials said, each blaming the other for the failure.")
    text = "\n\n".join(["Talks Collapse In Geneva", "Talks collapsed.", body, "He declined.", "Share this",
                        "Like Loading..."])
    assert clean_text(text).text.split("\n\n") == ["Talks collapsed.", body, "He declined."]
