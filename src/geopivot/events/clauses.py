"""Clause-level syntax for the event coder: modality, subjects, complements and time.

These helpers read a spaCy dependency parse (ClearNLP labels, as the English models give)
and answer the questions the coder asks of a trigger: is it asserted, negated, intended or
hypothetical; who is its subject when it has none of its own; does its clause refer to a
period well before the article. Nothing here knows about patterns or actors.
"""
from __future__ import annotations

import enum
import functools

from spacy.tokens import Token

from geopivot.events.wordlists import (
    INTENT_GOVERNORS, INTENT_PASSIVES, INTENT_ADJECTIVES, NEGATING_ADJECTIVES, NEGATING_GOVERNORS,
    FACTIVE_GOVERNORS, SPEECH_VERBS, REPORTER_ACTS, PROMISE_VERBS, FACT_REPORTING_VERBS, ASSENT_VERBS,
    MESSAGE_NOUNS, THREAT_NOUNS, BLAME_ADJECTIVES, CLAIM_NOUNS, CONDITIONAL_MARKS, HYPOTHETICAL_MODALS,
    FUTURE_AUX, WOULD_AUX, FACTIVE_PREPS, HEDGES, JOURNEY_VERBS, MEETING_OBJECTS,
    MEETING_PURPOSES, PRESUPPOSING_PREPS, HABITUAL_VERBS, HOSTED_FACILITIES,
)
from geopivot.nlp.sentences import is_headline


class Mode(enum.Enum):
    """How a clause presents its event."""

    FACT = "fact"
    NEGATED = "negated"
    INTENT = "intent"
    SKIP = "skip"  # hypothetical, conditional, predicted, asked, demanded of others: not coded


# --- lemmas --------------------------------------------------------------------------------
def lemma_forms(token: Token) -> list[str]:
    """The parser's lemma, then regular de-inflections of the word.

    A verb tagged as a noun keeps its noun lemma ("expels" as a plural noun), and the lemmatizer
    may still slip where geopivot.nlp.lemmas does not correct it; the regular suffix rules
    recover the verb. They are the inverse of the rules the fast path's candidate filter
    inflects with, so the filter still sees every form that can match.
    """
    return list(_forms(token.lemma_.lower(), token.lower_))


@functools.lru_cache(maxsize=65536)
def _forms(lemma: str, word: str) -> tuple[str, ...]:
    # Cached by the two strings: the coder asks this of the same words many times per sentence.
    forms = [lemma, word]
    for suffix, replacements in (("ies", ("y",)), ("ied", ("y",)), ("es", ("", "e")), ("s", ("",)),
                                 ("ed", ("", "e")), ("ing", ("", "e"))):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            forms += [word[: -len(suffix)] + r for r in replacements]
    return tuple(dict.fromkeys(forms))


def lemma_in(token: Token, words: frozenset[str] | set[str]) -> bool:
    return any(form in words for form in lemma_forms(token))


# --- basic shape ---------------------------------------------------------------------------
def is_passive(verb: Token) -> bool:
    return (any(c.dep_ in ("nsubjpass", "auxpass", "csubjpass") for c in verb.children)
            or reduced_passive(verb))


def reduced_passive(verb: Token) -> bool:
    """ "an accord signed by X and Y": a passive participle on its noun, which is its object,
    with its agent named."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and bool(children(verb, "agent"))


def children(token: Token, *deps: str) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def with_conjuncts(token: Token) -> list[Token]:
    """A head and the heads coordinated with it, in sentence order ("China and Russia"); the
    parser hangs a party named after an apposition on the apposition ("his counterpart, A, and
    the Bolivian leader, B"), which still coordinates it with the head, and so does "his
    counterpart" after one. A name with no apposition of its own only lists the apposition
    ("two Canadians, A and B")."""
    found = {token, *token.conjuncts}
    for appos in token.children:
        if appos.dep_ == "appos":
            # "the envoy, A, and his counterpart": a common noun with a possessive of its own
            # is a party too
            found.update(c for c in appos.conjuncts if c.i > appos.i
                         and (children(c, "appos") or (c.pos_ == "NOUN" and children(c, "poss"))))
    return sorted(found, key=lambda t: t.i)


def first_conjunct(token: Token) -> Token:
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def subject_heads(verb: Token) -> tuple[list[Token], bool]:
    """The subjects of ``verb`` and whether they are passive subjects.

    A verb without a subject of its own takes its governor's: an xcomp ("agreed to meet") or
    a coordinated verb ("met X and signed"); through a raising adjective ("is ready to") to the
    copula; a relative clause takes the noun it modifies ("China, which invaded ...").
    """
    seen = 0
    while seen < 8:
        seen += 1
        own = children(verb, "nsubj", "nsubjpass")
        if own:
            subj = own[0]
            if verb.dep_ == "relcl" and subj.lower_ in ("who", "which", "that"):
                return [verb.head], False
            return [subj, *_comma_partners(verb, own)], subj.dep_ == "nsubjpass"
        chained = [c for c in children(verb, "ccomp") if chained_predicate(c)]
        if chained:  # "Kim travels to X, meets Y": the first predicate's subject
            verb = chained[0]
            continue
        head = verb.head
        if head.i == verb.i:
            return [], False
        if verb.dep_ == "xcomp":
            controllers = children(head, "dobj")
            if controllers:  # object control: "urged X to meet" -> X meets
                return [controllers[0]], False
            # Raising passives ("is set to visit") lend their passive subject as the actor.
            own = children(head, "nsubj", "nsubjpass")
            if own:
                return [own[0], *_comma_partners(head, own)], False
        elif verb.dep_ == "conj":
            if _reporters_own(verb, head):
                head = head.head  # "X said Y had broken the treaty and urged Z to act": X urged
        elif verb.dep_ == "ccomp" and lemma_in(head, SPEECH_VERBS | PROMISE_VERBS):
            pass  # a headline's "China says will hold talks": the reporter's own act
        elif verb.dep_ == "acomp" and head.pos_ in ("AUX", "VERB"):
            pass
        elif verb.dep_ == "relcl" or _set_off_participle(verb) or headline_infinitive(verb) \
                or hung_predicate(verb):
            return [head], False  # "X, visiting Y, said ...": X visits; "X's leader to visit Y"
        elif verb.dep_ == "advcl" and verb.tag_ == "VBG" and not children(verb, "mark"):
            pass  # "X shelled Y, killing Z": the participle shares the main clause's subject
        elif verb.dep_ == "advcl" and _journey_purpose(verb, head):
            pass  # "X flew to Lima to meet Y": the traveller meets
        elif (verb.dep_ == "acl" and verb.tag_ == "VBG" and lemma_in(head, MESSAGE_NOUNS)
              and head.dep_ == "dobj" and head.head.pos_ == "VERB"):
            head = head.head  # "issued a statement calling on X": the issuer calls
        elif verb.dep_ == "pcomp" and blamed(head):
            head = head.head  # "was guilty of violating X": through the adjective to the copula
        elif verb.dep_ == "pcomp" and head.lower_ in FACTIVE_PREPS and head.head.i != head.i:
            head = head.head  # "after meeting X, Y said": the gerund's subject is Y
        elif verb.tag_ == "VBG" and verb.dep_ in ("acl", "pcomp") and _noun_before(verb) is not None:
            # "amid Trump and Pompeo threatening to destroy X": the participle's actor is the
            # noun phrase right before it, whether the parser made it an acl or a pcomp.
            return [_noun_before(verb)], False
        else:
            return [], False
        verb = head
    return [], False


def _reporters_own(verb: Token, head: Token) -> bool:
    """A verb the parser coordinated inside a reported clause that is the reporter's own act: an
    appeal or judgement ("said Y had broken the treaty and urged Z to act"), or a past tense
    that cannot share the clause's modal ("said talks would resume and welcomed the offer")."""
    if head.dep_ != "ccomp" or not lemma_in(head.head, SPEECH_VERBS) or children(verb, "aux"):
        return False  # "said Ottawa was disappointed and would ask": its own modal keeps it there
    if lemma_in(verb, REPORTER_ACTS):
        return True
    return verb.tag_ in ("VBD", "VBZ") and any(a.tag_ == "MD" for a in children(head, "aux"))


def _comma_partners(verb: Token, own: list[Token]) -> list[Token]:
    """Headline coordination without "and": "Japan, South Korea agree to ..." (two subjects)
    and "Japan, China to hold talks" (the first name parsed as a modifier or adverbial clause of
    the verb, or as an interjection; or the second as an apposition to the first): names joined
    to the subject by a bare comma."""
    subj = own[0]
    doc = verb.doc
    if children(subj, "prep") and subj.right_edge.i + 2 < len(doc) and doc[subj.right_edge.i + 1].text == ",":
        # "Top envoys of S. Korea, U.S. hold talks": the list after "of" lost, its second name
        # parsed as a second subject right after the comma that closes the first's phrase.
        after = [c for c in own[1:] if c.pos_ == "PROPN" and c.left_edge.i == subj.right_edge.i + 2]
        if after:
            return after
    # A name, or people a name modifies ("China, Japan leaders meet").
    partners = [c for c in own[1:] if c.dep_ == subj.dep_ and c.left_edge.pos_ == "PROPN"]
    # The first name, misparsed: a bare proper noun is no real adverbial or interjection.
    partners += [c for c in children(verb, "npadvmod", "intj", "advmod", "advcl", "dep") if c.pos_ == "PROPN"
                 and c.i < subj.i and c.i + 1 < len(doc) and doc[c.i + 1].text == ","]
    # The second name as an apposition to the first, the verb right after it ("Peru, Chile
    # discuss"); "Seoul, South Korea's capital, said" is closed by a comma and names no one new.
    partners += [c for c in children(subj, "appos") if c.pos_ == "PROPN" and c.left_edge.i > 0
                 and doc[c.left_edge.i - 1].text == "," and c.right_edge.i + 1 == verb.i]
    first = min([subj, *partners], key=lambda t: t.i)
    if subj.left_edge.pos_ != "PROPN" or any(t.text != "," for t in doc[first.i:subj.left_edge.i]
                                             if t.pos_ == "PUNCT"):
        return []
    return partners


def headline_names(root: Token) -> list[Token]:
    """A headline's coordinated names: "X and Y", or "X, Y" parsed as an apposition."""
    return [*with_conjuncts(root), *(c for c in root.children if c.dep_ == "appos" and c.pos_ == "PROPN")]


def hyphen_pair(token: Token) -> list[Token]:
    """"Japan-China talks", "Sino-Japanese talks": the word before a hyphen names a second party."""
    doc = token.doc
    return [c for c in token.children if c.dep_ in ("compound", "amod") and c.i + 2 == token.i
            and doc[c.i + 1].text in ("-", "–")]


def _set_off_participle(verb: Token) -> bool:
    """A participle between commas right after its noun: "Putin, visiting Japan, said"."""
    return (verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.i > 0
            and verb.doc[verb.i - 1].text == "," and verb.head.pos_ in ("PROPN", "NOUN")
            and verb.head.i < verb.i)


def _noun_before(verb: Token) -> Token | None:
    if verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    if before.pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    while before.dep_ in ("compound", "flat") and before.head.i > before.i:
        before = before.head
    return before


def objects_of(verb: Token) -> list[Token]:
    """Direct objects, or passive subjects of a passive verb (they are the same role)."""
    if reduced_passive(verb):
        noun = verb.head  # "an agreement on fishing, signed by": the parser may hang it lower
        return [noun, noun.head.head] if noun.dep_ == "pobj" and noun.head.head.pos_ == "NOUN" else [noun]
    if is_passive(verb):
        return children(verb, "nsubjpass")
    return children(verb, "dobj")


def preposition_objects(token: Token, words: frozenset[str] | set[str]) -> dict[str, list[Token]]:
    """Objects of the named prepositions attached to ``token``; a dative object counts as "to"."""
    found: dict[str, list[Token]] = {}
    for child in token.children:
        word = child.lower_
        if child.dep_ in ("prep", "dative") and child.pos_ == "ADP" and word in words:
            objs = children(child, "pobj")
            if objs:
                found.setdefault(word, []).extend(objs)
        elif child.dep_ == "dative" and child.pos_ != "ADP" and "to" in words:
            found.setdefault("to", []).append(child)
    return found


# --- modality ------------------------------------------------------------------------------
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


def chained_predicate(verb: Token) -> bool:
    """ "Kim Jong Il travels to X, meets Y": a headline's first predicate, which the parser made
    the complement of the second, a verb with no subject of its own after a comma."""
    head = verb.head
    return (verb.dep_ == "ccomp" and verb.i < head.i and bool(children(verb, "nsubj"))
            and not children(head, "nsubj", "nsubjpass") and not lemma_in(head, SPEECH_VERBS)
            and verb.doc[head.i - 1].text == ",")


def after_comma(token: Token) -> bool:
    """The token's phrase is set off by a comma before it ("Turkey, which occupies ...",
    "expelled Y's envoy, accusing him ...")."""
    edge = token.left_edge.i
    return edge > 0 and token.doc[edge - 1].text == ","


def standing_state(verb: Token) -> bool:
    """ "Turkey, which occupies northern Cyprus, ...": a present-tense clause set off after a
    name describes what holds, not what happened."""
    return (verb.tag_ in ("VBZ", "VBP") and verb.i > verb.head.i and after_comma(verb)
            and not children(verb, "aux", "auxpass", "npadvmod"))


def hung_predicate(verb: Token) -> bool:
    """ "The Syrian foreign minister called on X to ...", parsed as a noun (the root) with a
    reduced relative clause: in a full sentence that has no main verb, a past-tense verb right
    after its root noun is the predicate, and the noun its subject. A real reduced relative
    ("the minister called to testify by X said ...") leaves a main verb as the root."""
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or head.dep_ != "ROOT" \
            or head.pos_ not in ("NOUN", "PROPN") or verb.i != head.i + 1 or children(verb, "agent"):
        return False
    last = [t for t in verb.doc if not t.is_space][-1]
    return last.text in (".", '"', "”")  # a full sentence: a headline may lack a verb


def headline_infinitive(verb: Token) -> bool:
    """"Xi to visit Serbia", however parsed: the bare infinitive is the clause's head, or hangs
    as a relative or adnominal clause on the headline's subject, its root."""
    if verb.tag_ != "VB":
        return False
    if verb.dep_ == "ROOT":
        return True
    head = verb.head
    return verb.dep_ in ("relcl", "acl") and head.dep_ == "ROOT" and head.pos_ in ("PROPN", "NOUN")


def clause_mode(verb: Token, *, _depth: int = 0) -> Mode:
    """How the clause of ``verb`` presents its event, climbing through its governors."""
    outer, reported = _context(verb, _depth)
    if outer is Mode.SKIP:
        return Mode.SKIP
    return _chain(_own(verb, reported=reported), outer)


def to_infinitive(verb: Token) -> bool:
    """The verb has its own "to": "to meet", "to buy"."""
    return any(a.lower_ == "to" for a in children(verb, "aux"))


def directive(verb: Token) -> bool:
    """ "told Washington to stop ...": the verb's complement is an order, not what was said."""
    return any(to_infinitive(c) for c in children(verb, "xcomp", "ccomp"))


def _journey_purpose(verb: Token, head: Token) -> bool:
    """ "flew to Lima to meet X", "travelled to Abuja to hold talks with X": the subject's own
    past journey, and a meeting for its purpose."""
    if head.tag_ != "VBD" or not lemma_in(head, JOURNEY_VERBS):
        return False
    return lemma_in(verb, MEETING_PURPOSES) or (verb.lemma_.lower() == "hold" and any(
        lemma_in(o, MEETING_OBJECTS) for o in children(verb, "dobj")))


def _context(verb: Token, depth: int) -> tuple[Mode, bool]:
    """The mode that governors impose on ``verb``'s clause, and whether it is reported speech."""
    if depth > 8:
        return Mode.SKIP, False
    dep, head = verb.dep_, verb.head
    if dep == "relcl" and lemma_in(head, CLAIM_NOUNS) and not any(
            c.lower_ in ("who", "which", "that") for c in verb.children):
        return Mode.SKIP, False  # "claims (that) he had used X": a content clause, not asserted
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
            if _journey_purpose(verb, head) and clause_mode(head, _depth=depth + 1) is Mode.FACT:
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
    if _set_off_participle(verb):
        return Mode.FACT, False  # "X, visiting Y, said ...": the visit is under way
    if dep in ("acl", "pcomp") and verb.tag_ == "VBG" and _noun_before(verb) is not None:
        return Mode.FACT, False  # "Pompeo threatening to destroy X": an ongoing act, asserted
    if dep in ("parataxis",):
        return Mode.FACT, False
    return Mode.SKIP, False


def blamed(prep: Token) -> bool:
    """"of"/"for" after "responsible", "guilty": the act that follows is the subject's."""
    adj = prep.head
    return (prep.lower_ in ("of", "for") and adj.pos_ == "ADJ" and adj.dep_ == "acomp"
            and lemma_in(adj, BLAME_ADJECTIVES) and adj.head.i != adj.i)



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
    return sent_text.rstrip().rstrip("\"'”’)").endswith("?")
