"""How a clause presents its event: asserted, negated, intended, or not coded at all.

The coder asks this of every trigger. The answer climbs from the trigger's own markers
(negation, auxiliaries, conditional subordinators) through the verbs that govern it ("said",
"pledged", "refused to", "urged X to"). The clause shapes it reads (chained headline
predicates, reduced passives, journeys with a purpose) live in ``clauses``.
"""
from __future__ import annotations

import enum
from typing import TYPE_CHECKING

from spacy.tokens import Token

from geopivot.events.clauses import (
    journey_purpose, noun_before, set_off_participle, blamed, chained_predicate, children,
    first_conjunct, headline_infinitive, hung_predicate, is_passive, lemma_in, reduced_passive,
    standing_state, to_infinitive,
)
from geopivot.events.wordlists import (
    ASSENT_VERBS, CLAIM_NOUNS, CONDITIONAL_MARKS, FACT_NOUNS, FACT_REPORTING_VERBS, FACTIVE_GOVERNORS,
    FACTIVE_PREPS, FUTURE_AUX, HABITUAL_VERBS, HEDGES, HOSTED_FACILITIES, HYPOTHETICAL_MODALS,
    INTENT_ADJECTIVES, INTENT_GOVERNORS, INTENT_PASSIVES, MESSAGE_NOUNS, NEGATING_ADJECTIVES,
    NEGATING_GOVERNORS, PRESUPPOSING_PREPS, PROMISE_VERBS, SPEECH_VERBS, THREAT_NOUNS, WOULD_AUX,
)
from geopivot.nlp.sentences import is_headline

if TYPE_CHECKING:
    from geopivot.events.patterns import Pattern


class Mode(enum.Enum):
    """How a clause presents its event."""

    FACT = "fact"
    NEGATED = "negated"
    INTENT = "intent"
    SKIP = "skip"  # hypothetical, conditional, predicted, asked, demanded of others: not coded


def _chain(inner: Mode, outer: Mode) -> Mode:
    """The mode of a clause ``inner`` inside a context ``outer``."""
    if Mode.SKIP in (inner, outer):
        return Mode.SKIP
    if outer is Mode.FACT:
        return inner
    if inner is Mode.FACT:
        return outer
    if outer is Mode.INTENT:  # "will refuse to" -> negated; "will agree to" -> intent
        return inner
    return Mode.SKIP  # negated context of a negated or intended clause: "did not refuse to"


def _own(verb: Token, *, reported: bool) -> Mode:
    """The clause's own markers: negation, auxiliaries, conditional subordinators."""
    # "X threatened to strike if Y ...": the threat is made whatever the condition.
    committing = SPEECH_VERBS | PROMISE_VERBS
    speech_act = lemma_in(verb, committing) or (
        verb.dep_ in ("xcomp", "ccomp") and lemma_in(verb.head, committing | INTENT_GOVERNORS)) or any(
        c.dep_ == "dobj" and lemma_in(c, THREAT_NOUNS) for c in verb.children)
    neg = will = would = False
    for child in verb.children:
        low = child.lower_
        if child.dep_ == "neg" or (child.dep_ == "advmod" and low in ("never",)):
            neg = True
        elif child.dep_ in ("aux", "auxpass"):
            if low in HYPOTHETICAL_MODALS:
                return Mode.SKIP
            # A headline's bare infinitive announces: "Xi to visit Serbia next month".
            will |= low in FUTURE_AUX or (low == "to" and headline_infinitive(verb))
            would |= low in WOULD_AUX
        elif child.dep_ == "mark" and low in CONDITIONAL_MARKS:
            return Mode.SKIP
        elif child.dep_ == "advcl" and not speech_act and any(
                m.dep_ == "mark" and m.lower_ in CONDITIONAL_MARKS for m in child.children):
            return Mode.SKIP  # the main clause of a conditional: "if X attacks, Y will respond"
        elif child.dep_ == "advmod" and low in HEDGES:
            return Mode.SKIP
        elif child.dep_ == "cc" and low == "than":
            return Mode.SKIP  # "nodded, rather than lay a wreath": the alternative not taken
    if would and not reported:
        return Mode.SKIP  # "X would attack" outside reported speech is a conditional
    if habitual(verb):
        return Mode.SKIP
    base = Mode.INTENT if will or would else Mode.FACT
    if neg and base is Mode.FACT and not lemma_in(verb, ASSENT_VERBS):
        # "have not held talks" reports that nothing happened, not a refusal; "will not
        # withdraw" and "did not agree to" are refusals.
        return Mode.SKIP
    return Mode.NEGATED if neg else base


def habitual(verb: Token) -> bool:
    """ "Venezuela sells 60% of its oil to the US", "Djibouti hosts bases of four states": the
    simple present of trade and hosting in prose tells what is usual, not what happened (a
    headline's present is news: "Mexico hosts Guatemalan president")."""
    if verb.tag_ not in ("VBZ", "VBP") or children(verb, "aux", "auxpass"):
        return False
    if not (lemma_in(verb, HABITUAL_VERBS) or (verb.lemma_.lower() == "host" and any(
            lemma_in(o, HOSTED_FACILITIES) for o in children(verb, "dobj")))):
        return False
    return not is_headline(verb.sent)  # last: the sentence's span costs most


def clause_mode(verb: Token, *, _depth: int = 0) -> Mode:
    """How the clause of ``verb`` presents its event, climbing through its governors."""
    outer, reported = _context(verb, _depth)
    if outer is Mode.SKIP:
        return Mode.SKIP
    return _chain(_own(verb, reported=reported), outer)


def _context(verb: Token, depth: int) -> tuple[Mode, bool]:
    """The mode that governors impose on ``verb``'s clause, and whether it is reported speech."""
    if depth > 8:
        return Mode.SKIP, False
    dep, head = verb.dep_, verb.head
    if dep == "relcl" and lemma_in(head, CLAIM_NOUNS) and not _relative_pronoun(verb):
        return Mode.SKIP, False  # "claims (that) he had used X": a content clause, not asserted
    if dep == "acl" and lemma_in(head, FACT_NOUNS) and any(
            m.lower_ == "that" for m in children(verb, "mark")):
        return Mode.FACT, False  # "the fact that X signed an accord": presented as true
    if dep == "relcl" and standing_state(verb):
        return Mode.SKIP, False
    if head.i == verb.i or dep in ("ROOT", "relcl") or headline_infinitive(verb) or hung_predicate(verb):
        return Mode.FACT, False
    if reduced_passive(verb):
        return Mode.FACT, False  # "an accord signed by X and Y": done, whatever the clause says of it
    if dep == "conj":
        first = first_conjunct(verb)
        outer, reported = _context(first, depth + 1)
        # "will meet X and sign" shares the auxiliary; "did not meet X but signed" and "would
        # continue ... and supported" (a tensed verb) do not.
        if verb.tag_ == "VB" and not children(verb, "aux", "auxpass", "neg"):
            shared = _own(first, reported=reported)
            if shared is Mode.SKIP:
                return Mode.SKIP, reported
            if shared is Mode.INTENT:
                outer = _chain(Mode.INTENT, outer)
        return outer, reported
    if dep == "xcomp":
        return _xcomp_context(verb, head, depth), False
    if dep == "ccomp" and chained_predicate(verb):
        return _context(head, depth + 1)  # "Kim travels to X, meets Y": as reported as "meets"
    if dep == "ccomp":
        if lemma_in(head, SPEECH_VERBS):
            return (Mode.FACT if clause_mode(head, _depth=depth + 1) is Mode.FACT else Mode.SKIP), True
        if (lemma_in(head, PROMISE_VERBS) and _same_agent(verb, head)
                and clause_mode(head, _depth=depth + 1) is Mode.FACT):
            return Mode.INTENT, True
        if (lemma_in(head, FACT_REPORTING_VERBS) and _past(verb)
                and clause_mode(head, _depth=depth + 1) is Mode.FACT):
            return Mode.FACT, True
        return Mode.SKIP, False
    if dep == "advcl":
        if to_infinitive(verb):
            if journey_purpose(verb, head) and clause_mode(head, _depth=depth + 1) is Mode.FACT:
                return Mode.FACT, False  # "flew to Lima to meet X": the meeting took place
            return Mode.SKIP, False  # purpose: "sent troops to attack X" did not say it attacked
        return Mode.FACT, False
    if dep == "pcomp" and blamed(head):
        # "X was responsible for killing Y" asserts the killing as much as its copula is.
        said = clause_mode(head.head.head, _depth=depth + 1)
        return (Mode.FACT if said is Mode.FACT else Mode.SKIP), False
    if dep == "pcomp" and head.lower_ in FACTIVE_PREPS:
        governor = head.head
        if head.lower_ in PRESUPPOSING_PREPS or governor is head or governor.pos_ not in ("VERB", "AUX"):
            return Mode.FACT, False
        # "By signing a deal with X, India would anger Y": the gerund takes the mood of the
        # clause it modifies ("After meeting X, Moon said" is a meeting).
        return clause_mode(governor, _depth=depth + 1), False
    if (dep == "acl" and verb.tag_ == "VBG" and lemma_in(head, MESSAGE_NOUNS)
            and head.dep_ == "dobj" and head.head.pos_ == "VERB"):
        # "issued a statement calling on X": asserted when the issuing is.
        issued = clause_mode(head.head, _depth=depth + 1)
        return (Mode.FACT if issued is Mode.FACT else Mode.SKIP), False
    if set_off_participle(verb):
        return Mode.FACT, False  # "X, visiting Y, said ...": the visit is under way
    if dep in ("acl", "pcomp") and verb.tag_ == "VBG" and noun_before(verb) is not None:
        return Mode.FACT, False  # "Pompeo threatening to destroy X": an ongoing act, asserted
    if dep in ("parataxis",):
        return Mode.FACT, False
    return Mode.SKIP, False


def _relative_pronoun(verb: Token) -> bool:
    """The clause opens with a relative pronoun ("the report which X published"). A "that"
    beside a subject and an object of the clause's own fills neither: it is the conjunction of
    a content clause the parser took for a relative one ("the rumour that X had sent troops")."""
    for child in verb.children:
        if child.lower_ in ("who", "which"):
            return True
        if child.lower_ == "that":
            others = [c for c in verb.children if c.i != child.i]
            return not (any(c.dep_ in ("nsubj", "nsubjpass") for c in others)
                        and any(c.dep_ == "dobj" for c in others))
    return False


def _past(verb: Token) -> bool:
    """A clause in the past: "attacked", "had attacked", "has attacked" (no modal)."""
    aux = [c.lower_ for c in children(verb, "aux", "auxpass")]
    if any(a in HYPOTHETICAL_MODALS or a in FUTURE_AUX or a in WOULD_AUX for a in aux):
        return False
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(a in ("had", "has", "have") for a in aux))


def _same_agent(inner: Token, outer: Token) -> bool:
    """"X pledged it would" commits X; "X warned that Y would" only predicts what Y does."""
    subj = children(inner, "nsubj", "nsubjpass")
    if not subj or subj[0].pos_ == "PRON":
        return True
    said = children(outer, "nsubj")
    return bool(said) and said[0].lemma_.lower() == subj[0].lemma_.lower()


def _xcomp_context(verb: Token, gov: Token, depth: int) -> Mode:
    if children(gov, "dobj", "dative") and gov.lemma_.lower() not in ("help",):
        return Mode.SKIP  # "urged X to meet", "allowed X to visit": someone else's act, not asserted
    if gov.pos_ == "ADJ" and gov.dep_ == "acomp":
        kind = (Mode.INTENT if lemma_in(gov, INTENT_ADJECTIVES) else
                Mode.NEGATED if lemma_in(gov, NEGATING_ADJECTIVES) else Mode.SKIP)
        return _chain(kind, clause_mode(gov.head, _depth=depth + 1)) if kind is not Mode.SKIP else kind
    if is_passive(gov):
        kind = Mode.INTENT if lemma_in(gov, INTENT_PASSIVES) else Mode.SKIP  # "is expected to"
    elif gov.lemma_.lower() == "go" and gov.tag_ == "VBG":
        kind = Mode.INTENT  # "is going to"
    elif gov.lemma_.lower() == "be" and to_infinitive(verb):
        kind = Mode.INTENT  # "X is to visit Y": a planned act
    elif lemma_in(gov, NEGATING_GOVERNORS):
        kind = Mode.NEGATED
    elif lemma_in(gov, INTENT_GOVERNORS):
        kind = Mode.INTENT
    elif lemma_in(gov, FACTIVE_GOVERNORS):
        kind = Mode.FACT
    else:
        return Mode.SKIP
    return _chain(kind, clause_mode(gov, _depth=depth + 1))


def is_question(sent_text: str) -> bool:
    """Ends with a question mark, before any closing quotes, brackets and spaces ('declared? "')."""
    return sent_text.rstrip(" \t\n\"'”’)").endswith("?")


def code_for(pattern: Pattern, mode: Mode) -> str:
    """The row's code for the clause's mode."""
    # A row that already codes an intent or a threat ("offer aid", 033) keeps its code when
    # the offer itself lies ahead: "is willing to offer aid" is still an offer.
    # An announced appeal ("will ask X for", "would call on X to") is an appeal already.
    intent = pattern.intent or (pattern.code if pattern.code[:2] in ("02", "03", "13") else "")
    return {Mode.FACT: pattern.code, Mode.NEGATED: pattern.negated,
            Mode.INTENT: intent, Mode.SKIP: ""}[mode]
