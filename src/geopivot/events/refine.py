"""A row's code refined by who its sides are and what its object is, where CAMEO tells two codes
apart by them and a trigger word alone cannot: force at home (145 violent protest, 175
repression), a ban across a border (163 embargo or sanctions, not 172), seizing people (181
abduction, not 171), deporting many (201 mass expulsion, not 174)."""
from __future__ import annotations

import re

from spacy.tokens import Token

from geopivot.actors.cues import singular
from geopivot.events.clauses import objects_of
from geopivot.events.drafts import Draft
from geopivot.events.forms import ARMED_SECTORS, REPRESSION
from geopivot.events.patterns import Pattern
from geopivot.events.sides import PROTEST_NOUNS
from geopivot.models import ActorMention

VIOLENT_PROTEST, SANCTIONS, ABDUCTION, MASS_EXPULSION = "145", "163", "181", "201"
ADMINISTRATIVE_SANCTIONS, CONFISCATION, EXPULSION = "172", "171", "174"
# People who protest, and the state's organs they protest against at home.
PROTESTING_SECTORS = frozenset({"CVL", "PRO", "EDU", "LAB", "OPP", "REL"})
PROTESTED_SECTORS = frozenset({"GOV", "COP", "MIL"})
RIOT_LEMMAS = frozenset({"storm", "fight", "battle", "clash", "occupy", "attack", "riot", "besiege", "ransack"})
# What is seized when people are: "seized 15 sailors", "seized 38 members of a patrol".
PEOPLE_NOUNS = frozenset({"hostage", "sailor", "crew", "member", "tourist", "soldier", "journalist",
                          "national", "citizen", "worker", "fisherman", "passenger", "civilian", "people",
                          "man", "woman", "child", "employee", "official", "diplomat", "peacekeeper",
                          "aid worker", "villager", "student", "monk", "priest", "engineer", "missionary"})
BANS = frozenset({"ban", "prohibit", "bar", "embargo", "restrict", "restriction", "boycott", "blacklist", "curb",
                  "quota"})
# "hundreds of", "thousands of", "more than 10,000": a count of people deported en masse.
MANY_WORDS = frozenset({"hundreds", "thousands", "tens", "millions"})
_COUNT = re.compile(r"\d[\d,]*")
MASS = 100


def refined_code(draft: Draft) -> str | None:
    """The code CAMEO gives the draft's event by its sides and object, or None to keep the row's."""
    code, source, target, pattern = draft.code, draft.source.actor, draft.target, draft.match.pattern
    if target is None:
        return None
    other = target.actor
    home = bool(source.country) and source.country == other.country
    if code.startswith("19") and home:
        return _force_at_home(pattern, draft.source, target)
    if code == ADMINISTRATIVE_SANCTIONS and source.country and other.country and not home \
            and source.sector in (None, "", "GOV") and pattern.words & BANS:
        # "India banned Chinese apps", "Japan extended its port ban on North Korean ships"; a
        # state's or an IGO's ban: a court's ban on a foreign firm is no embargo, a fine no ban
        return SANCTIONS
    victims = next(iter(objects_of(draft.match.trigger)), None)
    if code == CONFISCATION and victims is not None and victims.lemma_.lower() in PEOPLE_NOUNS:
        return ABDUCTION  # "Iran seized 15 British sailors"
    if code == EXPULSION and victims is not None and _many(victims):
        return MASS_EXPULSION  # "deported more than 10,000 Haitians"
    return None


def _force_at_home(pattern: Pattern, source: ActorMention, target: ActorMention) -> str | None:
    """Protesters, students, workers or an opposition storming, occupying or fighting their own
    state's offices or police protest violently (145); police or troops firing on protesters
    repress them (175). Fights with armed groups stay force."""
    side, other = source.actor, target.actor
    if side.sector in PROTESTING_SECTORS and other.sector in PROTESTED_SECTORS and pattern.words & RIOT_LEMMAS:
        return VIOLENT_PROTEST  # "protesters stormed the presidential palace"
    if side.sector in {"COP", "MIL"} and other.sector not in ARMED_SECTORS - {"PRO"} \
            and singular(target.text.split()[-1].lower()) in PROTEST_NOUNS:
        return REPRESSION  # "troops opened fire on protesters"
    return None


def _many(head: Token) -> bool:
    """Whether the phrase counts MASS people or more ("more than 10,000 Haitians", "hundreds of
    Colombians"; the parser may make the count the head)."""
    words = list(head.subtree)
    return any(t.lower_ in MANY_WORDS for t in words) or any(
        int(m.replace(",", "")) >= MASS for t in words if t.like_num for m in _COUNT.findall(t.text))
