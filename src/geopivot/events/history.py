"""Whether an event's clause is dated well before its article ("fought a border war in 1962",
"during the Cold War", "decades ago"): such events are coded and flagged ``historical``, and
the analyses leave them out by default."""
from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Token

from geopivot.events.wordlists import CLAUSE_BOUNDARIES

_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)(s)?\b")
_ERA = re.compile(r"\b(?:Cold|World|Korean|Vietnam|Gulf|Iran-Iraq|Napoleonic|Civil) War\b"
                  r"|\bcentury\b|\bcenturies\b|\bcolonial\b|\bSoviet era\b|\bimperial\b")
_ERA_PREPS = frozenset({"during", "in", "at", "throughout", "under", "after", "before"})
_AGO_UNITS = frozenset({"decade", "century", "generation"})
_CURRENCY = frozenset({"$", "€", "£", "¥", "US$"})
_TEMPORAL_DEPS = ("prep", "npadvmod", "advmod", "nummod", "compound", "amod")


def _temporal_modifiers(trigger: Token) -> list[Token]:
    """Modifiers of the trigger and of the governors of its clause (not of other clauses)."""
    mods: list[Token] = []
    token = trigger
    for _ in range(8):
        mods += [c for c in token.children if c.dep_ in _TEMPORAL_DEPS]
        if token.dep_ in CLAUSE_BOUNDARIES or token.head.i == token.i:
            break
        token = token.head
    return mods


def refers_to_past(trigger: Token, date: dt.date | None) -> bool:
    """True when the trigger's clause is dated well before the article ("during the Cold War",
    "in 1994", "the 1994 invasion", "decades ago", "in the past"); an explicit year counts when
    it is earlier than the year before the article's (undated: when it is before 2000)."""
    limit = date.year - 1 if date else 2000
    if _tally_of_wars(trigger):
        return True
    for mod in _temporal_modifiers(trigger):
        if mod.dep_ in ("nummod", "compound", "amod"):
            # "the 1994 invasion", but not "a $2000 loan" or "1500 attacks" (a count).
            before = mod.nbor(-1).text if mod.i > 0 else ""
            if (re.fullmatch(r"1[5-9]\d\d|20\d\d", mod.text) and before not in _CURRENCY
                    and mod.head.tag_ != "NNS" and int(mod.text) < limit):
                return True
            continue
        words = list(mod.subtree)
        text = " ".join(t.text for t in words)
        lemmas = {t.lemma_.lower() for t in words}
        for word in words:
            # "since 1994" runs up to now, also inside a phrase ("on Friday, the first meeting
            # since 2003", "for the first time since the 2002 dispute"): it dates nothing past.
            match = _YEAR.fullmatch(word.text)
            if match and not _after_since(word, mod) and _dates_the_phrase(word, mod) \
                    and int(match.group(1)) + (9 if match.group(2) else 0) < limit:
                return True
        era = _ERA.search(text)
        if era and (mod.lower_ in _ERA_PREPS or (mod.dep_ == "npadvmod" and not era.group().startswith("centur"))):
            # "more than a century after they were looted" counts the time since, it dates nothing
            return True
        if "ago" in lemmas and any(t.lower_ == "ago" and _dates_the_phrase(t, mod) for t in words):
            if lemmas & _AGO_UNITS:
                return True
            if any(_number(t) >= 2 for t in words if t.head.lemma_.lower() == "year"):
                return True
        if mod.lower_ == "in" and [t.lower_ for t in words[1:]][-2:] == ["the", "past"]:
            return True
    return False


_WARS = frozenset({"war", "conflict"})


def _tally_of_wars(trigger: Token) -> bool:
    """ "have fought three wars (since 1947)": a count of wars is a story's background, not its
    news, whatever the tense (one war, "fought a war last month", may be news)."""
    for token in [trigger, *(c for c in trigger.children if c.dep_ == "dobj")]:
        if token.tag_ == "NNS" and token.lemma_.lower() in _WARS and any(
                _number(c) >= 2 for c in token.children if c.dep_ in ("nummod", "amod")):
            return True
    return False


# Nouns a year may modify and still be the time of the phrase: "in May 1998", "in the summer of 1994".
_TIME_NOUNS = frozenset({"year", "month", "week", "day", "summer", "winter", "spring", "autumn", "fall",
                         "season", "decade", "period", "time", "end", "start", "beginning", "middle", "half",
                         "quarter", "night", "morning", "evening", "weekend", "date", "early", "late",
                         "january", "february", "march", "april", "may", "june", "july", "august",
                         "september", "october", "november", "december"})


_INNER_CLAUSES = frozenset({"acl", "relcl", "advcl", "ccomp", "xcomp", "pcomp"})


def _dates_the_phrase(year: Token, top: Token) -> bool:
    """Whether the year (or "ago") is the time of ``top``'s phrase ("in 1994", "in May 1998", "in the 1975
    referendum") rather than of a thing named deeper in it: "support during the 1971 war",
    "crimes committed during the 1991-95 war", "a scheme agreed two years ago" date the war, the
    crimes, the scheme, not the event told of them (thanks, an apology, legal action today). The
    phrase's own object may be any noun: "voted in the 1975 referendum" is dated by it."""
    token = year
    while token.i != top.i and token.head.i != token.i:
        head = token.head
        if head.i != top.i and head.pos_ in ("VERB", "AUX") and head.dep_ in _INNER_CLAUSES:
            return False  # the time of a clause inside the phrase ("a scheme agreed two years ago")
        if head.i != top.i and head.head.i != top.i and head.pos_ in ("NOUN", "PROPN") \
                and head.lower_ not in _TIME_NOUNS and head.lemma_.lower() not in _TIME_NOUNS:
            return False
        token = head
    return True


def _after_since(token: Token, top: Token) -> bool:
    """Whether ``token`` hangs, at any depth up to ``top``, on "since"."""
    while True:  # spaCy builds a new Token at each access: compare positions, not objects
        if token.lower_ == "since":
            return True
        if token.i == top.i or token.head.i == token.i:
            return False
        token = token.head


_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10, "several": 3, "many": 3, "some": 2, "few": 2, "twenty": 20,
                 "thirty": 30, "forty": 40, "fifty": 50}


def _number(token: Token) -> int:
    text = token.lower_.replace(",", "")
    if text.isdigit():
        return int(text)
    return _NUMBER_WORDS.get(text, 0)
