"""The sides of an event: whether two mentions are one actor (a state and its own organs, one
code with two names), where a group with no country belongs (the one state a sentence names,
the state its opposition faces), and whose are the people a state holds. Tests on actors, not on
the parse; events/roles.py finds the phrases."""
from __future__ import annotations

import dataclasses

from geopivot.models import ActorMention

# The organs of a state: the state itself acts through them.
STATE_SECTORS = frozenset({"", "GOV", "MIL", "COP", "LEG", "JUD", "SPY"})
# Groups that only ever face their own state (facing_its_state).
DOMESTIC_SIDES = frozenset({"OPP", "LAB"})
# CAMEO's unidentified armed forces: gunmen in Paris are not thereby French.
UNNAMED = frozenset({"UAF"})
# Words that say a group is not of the place or state around it, and the offices they name
# instead ("the foreign minister" is one's own).
# Words that make a group no one state's: "foreign investors", "European firms", "Gulf investors".
# Not "Arab", "Asian" or "African": British Asians and Israel's Arab citizens are their state's.
FOREIGN = frozenset({"foreign", "overseas", "international", "european", "western", "gulf", "nordic",
                     "scandinavian", "balkan", "multinational", "global"})
PORTFOLIOS = frozenset({"minister", "ministers", "ministry", "secretary", "office", "affairs", "policy",
                        "service", "intelligence", "trade", "aid", "relations"})


def facing_its_state(mention: ActorMention, other: ActorMention) -> ActorMention:
    """The opposition or the unions facing a state's organ are that state's own, whatever
    other states the sentence names ("Maduro accused opposition lawmakers of plotting with
    Washington"): they face no other state's government. Rebels, civilians, lawmakers and
    courts are often another state's, and are left to the place the sentence gives them."""
    if not generic(mention) or mention.actor.sector not in DOMESTIC_SIDES:
        return mention
    country = other.actor.country
    if not a_state(country) or (other.actor.sector or "") not in STATE_SECTORS:
        return mention
    assert country is not None
    return located_in(mention, country)


# The nouns of a protest's people (events.refine reads them: troops firing on them repress).
PROTEST_NOUNS = frozenset({"protester", "protestor", "demonstrator", "marcher", "rioter", "crowd"})
# The people police face at a protest: police of no stated country facing them where the
# sentence places them are that state's ("protesters in Athens clashed with riot police").
PROTESTERS = PROTEST_NOUNS | {"student", "activist", "striker"}
# A state's offices, present or former: their holders are held and questioned at home.
OFFICE_SECTORS = frozenset({"GOV", "ELI", "OPP", "LEG", "JUD", "PTY"})


def policing(police: ActorMention, people: ActorMention) -> ActorMention:
    """Police of no stated country take the state of the protesters they face, placed by the
    sentence ("protesters in Caracas") or by a nationality ("Kenyan protesters"), and of the
    office holder they hold or question ("federal police arrested former Brazilian president
    Lula": an office holder is held at home); other people are no sign of the police's state
    ("two Jamaican singers" detained by police in a British story)."""
    if not (generic(police) and police.actor.sector == "COP" and a_state(people.actor.country)):
        return police
    protesters = people.actor.name.lower().rsplit(" ", 1)[-1] in PROTESTERS  # "Greece government protester"
    if not (protesters or (people.actor.sector or "") in OFFICE_SECTORS):
        return police
    assert people.actor.country is not None
    return located_in(police, people.actor.country)


def generic(mention: ActorMention) -> bool:
    """A group with no country, read as a sector ("rebels", "protesters"); not a named group
    ("al-Qaeda"), nor attackers of no stated identity (UNNAMED), nor people called foreign
    ("foreign investors sued Russia" are not Russia's), whom no place or state makes anyone's."""
    actor = mention.actor
    return not actor.country and bool(actor.sector) and actor.code == actor.sector \
        and actor.code not in UNNAMED and not called_foreign(mention.text)


def called_foreign(text: str) -> bool:
    """ "foreign investors", "overseas troops"; not "the foreign minister", a portfolio."""
    words = text.lower().split()
    return any(word in FOREIGN and (i + 1 == len(words) or words[i + 1] not in PORTFOLIOS)
               for i, word in enumerate(words))


def a_state(country: str | None) -> bool:
    """A state's ISO3 code, not an organisation's ("IGOUNO") nor a sector left alone."""
    return country is not None and len(country) == 3 and country.isalpha()


def located_in(mention: ActorMention, country: str) -> ActorMention:
    """A generic group placed in ``country`` ("rebels" -> Malian rebels)."""
    actor = mention.actor
    return dataclasses.replace(mention, actor=dataclasses.replace(actor, code=country + actor.code,
                                                                  country=country))


def actor_key(mention: ActorMention) -> tuple[str, str]:
    """What makes two mentions in a list one actor: their code, except that two differently
    named organisations are two ("Labour and the Tories" in an undated article, both GBRPTY;
    "Toyota and Honda", both JPNBUS). People with one code stay one side: a list of them is
    most often one delegation ("Kim Jong-un envoy Choe", "US President Barack Obama")."""
    actor = mention.actor
    return actor.code, actor.name if actor.actor_type == "group" else ""


def distinct_actors(mentions: list[ActorMention]) -> int:
    """How many actors the mentions name, by :func:`actor_key`."""
    return len({actor_key(m) for m in mentions})


def same_actor(a: ActorMention, b: ActorMention, *, conflict: bool) -> bool:
    """Same code (unless two differently named people or organisations, either kind), or a state and one of
    its own sectors ("Russia" ... "Moscow"): a state does not act on its own government; that
    reading comes from a misattached subject. In conflict (roots 10-20) a non-state sector and
    its own state are two sides."""
    if a.actor.code == b.actor.code:
        # Two people or organisations named differently are two sides even with one code
        # ("Jack Straw accused Tony Blair", both GBRGOV; "Toyota sued Honda", both JPNBUS;
        # "Kilroy-Silk criticised UKIP", both GBROPP).
        return not (a.actor.actor_type in ("person", "group") and b.actor.actor_type in ("person", "group")
                    and a.actor.name != b.actor.name)
    country = a.actor.country
    if not country or country != b.actor.country or country not in (a.actor.code, b.actor.code):
        return False
    if not a_state(country):
        return False  # the UN and its own agency are two sides ("the UN investigated UNRWA")
    # Rebels, protesters or militants of a country do act on it ("Taliban fighters attacked a
    # base in Afghanistan"); only the state's own organs are the state.
    other = b if a.actor.code == country else a
    return not conflict or (other.actor.sector or "") in STATE_SECTORS


# A public named only as a group ("people", "voters", "farmers", "private companies",
# "schools"): a state or party asking things of it or offering it things at home is policy or
# campaigning, not an event between two actors (tests/test_public_at_home.py). Protesters,
# activists and prisoners are sides in a conflict with their state, whatever their sector.
PUBLIC_SECTORS = frozenset({"CVL", "EDU", "BUS", "HLH", "MED", "AGR"})
CONTENDERS = (PROTEST_NOUNS - {"crowd"}) | {"activist", "dissident", "detainee", "prisoner", "striker", "campaigner"}
# Appeals (02) and intentions or offers (03), but not material aid (033) nor concessions (035:
# easing restrictions, releasing people), which the guidelines code at home too.
APPEAL_ROOT, INTENT_ROOT, AID_OR_CONCESSION = "02", "03", ("033", "035")


def addresses_its_public(code: str, source: ActorMention, target: ActorMention | None) -> bool:
    """An appeal or an intention or offer to the source's own public named as a group ("Vietnam
    is encouraging private companies to hire graduates", "is offering free land to people").
    On the annotated train split every such event was false; apologies to one's own people
    (05), aid and concessions stay events, as do appeals to a named firm, to protesters or to
    another state's public."""
    if target is None or target.actor.actor_type != "sector" or target.actor.sector not in PUBLIC_SECTORS \
            or target.actor.name.lower() in CONTENDERS:
        return False
    home = bool(source.actor.country) and source.actor.country == target.actor.country
    return home and (code.startswith(APPEAL_ROOT) or (code.startswith(INTENT_ROOT)
                                                      and not code.startswith(AID_OR_CONCESSION)))


def held_by(source: ActorMention, target: ActorMention) -> ActorMention:
    """Persons a state holds or frees with no nationality given ("Yemen freed activists",
    "Iran arrested protesters") are that state's own; the caller says when that applies."""
    actor, state = target.actor, source.actor
    if (actor.country or not actor.sector or not state.country or len(state.country) != 3
            or (state.sector or "") not in STATE_SECTORS):
        return target
    held = dataclasses.replace(actor, code=state.country + actor.code, country=state.country)
    return dataclasses.replace(target, actor=held)
