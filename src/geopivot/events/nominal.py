"""Nominal events: the verb that carries them and the mode their phrase asserts.

"X held talks", "X launched an attack", "talks with X were held": a nominal trigger is coded
through the light verb that carries it (whose subject is the source) or, with its own source
("US sanctions on Iran"), where it stands. This module finds that light verb and combines
the noun's own markers ("no talks", "a planned visit"), the light verb's meaning ("offered
talks", "rejected talks") and the mode of the clause around it.
"""
from __future__ import annotations

from spacy.tokens import Token

from geopivot.events.clauses import (after_comma, blamed, children, first_conjunct, has_particle, lemma_forms,
                                     lemma_in, run_over)
from geopivot.events.modality import Mode, clause_mode
from geopivot.events.wordlists import PROSPECT_NOUNS, RUN_ENDS

__all__ = ["ALL_LIGHT_VERBS", "chain_modes", "governor_mode", "light_governor", "noun_mode"]

# Verbs that only carry a nominal event: "X held talks", "X launched an attack", "X paid a visit".
LIGHT_VERBS = frozenset({
    "announce", "unveil", "impose", "approve", "order", "launch", "begin", "start", "conduct",
    "carry", "stage", "hold", "make", "pay", "continue", "resume", "intensify", "expand", "extend",
    "step", "deliver", "issue", "level", "lodge", "file", "mount", "undertake", "open", "give",
    "provide", "send", "reach", "conclude", "sign", "have", "commit", "perpetrate", "wage",
    "escalate", "complete", "finish", "join", "attend", "lead", "organize", "organise", "authorize",
    "authorise", "renew", "execute", "ramp", "initiate", "grant", "unleash", "deploy", "perform",
    "introduce", "place", "apply", "adopt",
    # Verbs of stance: "declared its support for X", "reiterated its demand for X".
    "declare", "express", "voice", "reaffirm", "reiterate", "affirm",
})
# Light verbs that state an intent ("offered talks", "threatened sanctions") or a refusal.
INTENT_LIGHT_VERBS = frozenset({"offer", "promise", "pledge", "propose", "plan", "threaten", "vow",
                                "prepare", "want", "schedule", "agree"})
NEGATING_LIGHT_VERBS = frozenset({"reject", "refuse", "decline", "deny"})
ALL_LIGHT_VERBS = LIGHT_VERBS | INTENT_LIGHT_VERBS | NEGATING_LIGHT_VERBS
# Verb + preposition that carry a nominal event: "engaged in talks", "agreed to a ceasefire".
LIGHT_PREPOSITIONS = {("engage", "in"): Mode.FACT, ("participate", "in"): Mode.FACT,
                      ("enter", "into"): Mode.FACT, ("embark", "on"): Mode.FACT,
                      ("join", "in"): Mode.FACT, ("agree", "on"): Mode.FACT,
                      ("agree", "to"): Mode.INTENT, ("arrive", "on"): Mode.FACT,
                      ("commit", "to"): Mode.INTENT}
# Nouns of a proposed event whose "of"/"for" phrase names it: "made an offer of talks with X",
# "issued a threat of sanctions against X": the event is intended by whoever makes the offer.
PROPOSAL_NOUNS = frozenset({"offer", "proposal", "plan", "promise", "pledge", "threat",
                            "invitation", "commitment"})
# Governors under which a nominal event is not asserted: "called for sanctions on X".
NOUN_BLOCKERS = frozenset({
    "call", "urge", "demand", "seek", "propose", "suggest", "consider", "warn", "fear", "avoid",
    "prevent", "oppose", "deny", "rule", "discuss", "need", "ask", "request", "push", "press",
    "debate", "weigh", "study", "mull", "contemplate", "advocate", "favor", "favour", "back",
    "support", "predict", "expect", "anticipate", "risk", "cancel", "postpone", "delay", "halt",
    "stop", "suspend", "block", "veto", "resist", "threaten", "plan", "want", "hope", "rumor",
    "rumour", "doubt", "question", "imagine", "envisage", "envision", "explore", "recommend",
})
# "during a visit to X", "after talks with X": the visit is the clause subject's.
TIME_PREPOSITIONS = frozenset({"during", "after", "following", "amid"})
VISIT_NOUNS = frozenset({"visit", "trip", "tour", "talk", "meeting", "summit", "call"})
TRAVEL_NOUNS = frozenset({"visit", "trip", "tour"})  # what one is "on"
MEETING_NOUNS = frozenset({"meeting", "talk", "summit"})  # what one is "at"
SPAN_NOUNS = frozenset({"round", "series", "day", "week", "month", "year", "hour"})  # "rounds of talks"
INTENT_ADJECTIVES = frozenset({"planned", "proposed", "upcoming", "forthcoming", "scheduled",
                               "future", "prospective", "threatened", "promised", "pledged"})
HEDGE_ADJECTIVES = frozenset({"possible", "potential", "hypothetical", "alleged", "rumored",
                              "rumoured", "purported", "likely", "mooted", "suspected", "feared"})


# Agreeing to these is declaring them (the written sentences code "agreed to a ceasefire" as 0871),
# where agreeing to talks is an intent to hold them.
TRUCE_NOUNS = frozenset({"ceasefire", "truce", "cease-fire", "armistice"})


def light_governor(noun: Token) -> tuple[Token | None, Mode]:
    """The light verb carrying a nominal trigger and what it says of it, or (None, FACT)."""
    noun = first_conjunct(noun)
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and lemma_in(head.head, SPAN_NOUNS) \
            and head.head.dep_ == "pobj" and lemma_in(noun, VISIT_NOUNS):
        prep = head.head.head  # "after seven rounds of talks": as "after talks"
        if prep.lower_ in TIME_PREPOSITIONS | {"at"} and prep.head.pos_ == "VERB":
            return prep.head, Mode.FACT
    run = run_over(noun)  # "carried out a wave of air strikes": as "air strikes"
    if run is not None and run.dep_ in ("dobj", "nsubjpass"):
        if run.head.pos_ == "VERB" and lemma_in(run.head, RUN_ENDS):
            return run.head, Mode.FACT  # "ended a second round of talks": the round was held
        return light_governor(run)
    if noun.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB":
        if lemma_in(head, LIGHT_VERBS):
            return head, Mode.FACT
        if lemma_in(head, INTENT_LIGHT_VERBS):
            return head, Mode.INTENT
        if lemma_in(head, NEGATING_LIGHT_VERBS) or (lemma_in(head, {"rule"}) and has_particle(head, "out")):
            return head, Mode.NEGATED
    if (noun.dep_ == "pobj" and head.head.pos_ == "VERB" and not any(c.lower_ == "between" for c in noun.children)
            and ((head.lower_ in TIME_PREPOSITIONS and lemma_in(noun, VISIT_NOUNS))
                 # "agreed at a meeting": those who agreed met
                 or (head.lower_ == "at" and lemma_in(noun, MEETING_NOUNS))
                 # "on" only before its verb: "On a visit to Y, X said", not "X commented on a visit"
                 or (head.lower_ == "on" and lemma_in(noun, TRAVEL_NOUNS) and head.i < head.head.i))):
        return head.head, Mode.FACT  # "X, during a visit to Y, said", "on a visit to Y": X visited Y
    if (noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.dep_ in ("nsubj", "nsubjpass")
            and head.head.head.pos_ == "VERB" and after_comma(head)
            and (head.lower_ in TIME_PREPOSITIONS | {"on"}) and lemma_in(noun, TRAVEL_NOUNS)):
        return head.head.head, Mode.FACT  # "X, on a visit to Y, praised": set off on the traveller
    if (noun.dep_ == "pobj" and head.lower_ in ("of", "for") and head.head.pos_ == "NOUN"
            and lemma_in(head.head, PROPOSAL_NOUNS)):
        light, kind = light_governor(head.head)
        if light is not None:  # "made an offer of talks": offered talks
            return light, Mode.NEGATED if kind is Mode.NEGATED else Mode.INTENT
    if noun.dep_ == "pobj" and head.lower_ == "in" and head.dep_ == "prep":
        holder = head.head
        if holder.lemma_.lower() == "be" and holder.pos_ in ("AUX", "VERB"):
            return holder, Mode.FACT  # "X is in talks with Y": X talks with Y
        if holder.dep_ == "ROOT" and holder.pos_ == "PROPN":
            return holder, Mode.FACT  # headline "X and Y in trade talks"
        if holder.dep_ in ("appos", "conj") and holder.pos_ == "PROPN" and holder.head.dep_ == "ROOT":
            return holder.head, Mode.FACT  # headline "X, Y in trade talks", Y an apposition or conjunct
    if noun.dep_ == "pobj" and head.dep_ == "prep" and blamed(head):
        return head.head.head, Mode.FACT  # "X was responsible for mass killings"
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        verb = head.head
        for form in lemma_forms(verb) if verb.pos_ == "VERB" else []:
            if (form, head.lower_) == ("agree", "to") and lemma_in(noun, TRUCE_NOUNS):
                return verb, Mode.FACT  # "agreed to a ceasefire": the truce is declared
            if (form, head.lower_) in LIGHT_PREPOSITIONS:
                return verb, LIGHT_PREPOSITIONS[(form, head.lower_)]
        if head.lower_ == "in" and verb.lemma_.lower() == "part" and verb.head.lemma_.lower() == "take":
            return verb.head, Mode.FACT  # "took part in talks", "in" on "part"
        if head.lower_ == "in" and verb.lemma_.lower() == "take" and any(
                o.lemma_.lower() == "part" for o in children(verb, "dobj")):
            return verb, Mode.FACT  # "took part in talks", "in" on "took"
    return None, Mode.FACT


def noun_mode(noun: Token) -> Mode:
    """The noun phrase's own markers: "no talks", "a planned visit", "possible strikes"."""
    if speculation(noun):
        return Mode.SKIP
    mode = Mode.FACT
    for child in noun.children:
        low = child.lemma_.lower()
        if child.dep_ == "det" and low == "no":
            mode = Mode.NEGATED
        elif child.dep_ in ("amod", "compound") and low in HEDGE_ADJECTIVES:
            return Mode.SKIP
        elif child.dep_ in ("amod", "compound") and (low in INTENT_ADJECTIVES
                                                     or child.lower_ in INTENT_ADJECTIVES):
            mode = Mode.INTENT if mode is Mode.FACT else mode
    return mode


def speculation(noun: Token) -> bool:
    """ "amid talk of a merger", "talk that a bid will be raised": the singular "talk" with what
    it is about is what people say may come; negotiations are "talks", unless they too are "of"
    a deal ("talks of a merger"): the talks of two sides are still their talks."""
    if noun.lemma_.lower() != "talk":
        return False
    if noun.tag_ != "NN":
        return any(lemma_in(o, PROSPECT_NOUNS) for p in children(noun, "prep") if p.lower_ == "of"
                   for o in children(p, "pobj"))
    return any((c.dep_ == "prep" and c.lower_ == "of")
               or (c.dep_ in ("acl", "relcl") and any(m.lower_ == "that" for m in children(c, "mark")))
               for c in noun.children)


def governor_mode(noun: Token) -> Mode:
    """Whether a nominal event with its own source is asserted where it stands.

    Subjects take the mode of their verb ("Xi's visit will begin" -> intent); objects need an
    asserted, non-blocking governor ("condemned the US strike on X", not "called for sanctions");
    a noun nested inside another noun phrase ("plans for talks with X") is not coded.
    """
    noun = first_conjunct(noun)
    dep, head = noun.dep_, noun.head
    if head.i == noun.i or dep == "ROOT":
        return Mode.FACT
    if dep == "pobj" and head.dep_ == "prep":
        dep, head = head.dep_, head.head
        if head.pos_ not in ("VERB", "AUX"):
            return Mode.SKIP
    if head.pos_ not in ("VERB", "AUX"):
        return Mode.SKIP
    if lemma_in(head, NOUN_BLOCKERS):
        return Mode.SKIP
    mode = clause_mode(head)
    if dep in ("nsubj", "nsubjpass"):
        return mode
    if dep in ("dobj", "attr", "prep", "agent", "dative", "oprd") and mode is Mode.FACT:
        return Mode.FACT
    return Mode.SKIP


def chain_modes(own: Mode, kind: Mode, outer: Mode) -> Mode:
    """Combine the noun's markers, the light verb's meaning and the light verb's clause."""
    if Mode.SKIP in (own, kind, outer):
        return Mode.SKIP
    modes = [m for m in (own, kind, outer) if m is not Mode.FACT]
    if not modes:
        return Mode.FACT
    if Mode.NEGATED in modes:
        # One negation (possibly in the future) is a refusal; two cancel out into uncertainty.
        return Mode.NEGATED if modes.count(Mode.NEGATED) == 1 else Mode.SKIP
    return Mode.INTENT
