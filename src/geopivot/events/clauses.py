"""Clause-level syntax for the event coder: subjects, complements and clause shapes.

These helpers read a spaCy dependency parse (ClearNLP labels, as the English models give)
and answer the questions the coder asks of a trigger: who is its subject when it has none of
its own, what are its objects and prepositional complements, and what shape is its clause (a
headline's chained predicate, a reduced passive, a journey with a purpose). Whether the clause
asserts its event is ``modality``'s question. Nothing here knows about patterns or actors.
"""
from __future__ import annotations

import functools

from spacy.tokens import Span, Token

from geopivot.events.wordlists import (
    BLAME_ADJECTIVES, FACTIVE_PREPS, FEELINGS, GUEST_TITLES, JOURNEY_VERBS, MEETING_OBJECTS, MEETING_PURPOSES,
    MESSAGE_NOUNS, PROMISE_VERBS, REPORTER_ACTS, RUN_NOUNS, SPEECH_VERBS,
)


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


def has_particle(verb: Token, word: str) -> bool:
    """ "ruled out", "took over": the verb carries the particle ``word``."""
    return any(c.dep_ == "prt" and c.lower_ == word for c in verb.children)


def with_conjuncts(token: Token) -> list[Token]:
    """A head and the heads coordinated with it, in sentence order ("China and Russia"); the
    parser hangs a party named after an apposition on the apposition ("his counterpart, A, and
    the Bolivian leader, B"), which still coordinates it with the head, and so does "his
    counterpart" after one. A name with no apposition of its own only lists the apposition
    ("two Canadians, A and B"), unless the apposition is the head's own name, with no comma
    between them ("US President Donald Trump and Chinese President Xi": a title and its name)."""
    found = {token, *token.conjuncts, *_stranded_conjuncts(token)}
    for appos in token.children:
        if appos.dep_ == "appos" and appos.left_edge.i == token.i + 1:
            found.update(c for c in appos.conjuncts if c.i > appos.i)
        elif appos.dep_ == "appos":
            # "the envoy, A, and his counterpart": a common noun with a possessive of its own
            # is a party too
            found.update(c for c in appos.conjuncts if c.i > appos.i
                         and (children(c, "appos") or (c.pos_ == "NOUN" and children(c, "poss"))))
    heads = sorted(found, key=lambda t: t.i)
    if token.dep_ in ("dobj", "pobj"):
        # "killing two people, and Iran, which ..., offered to mediate": a conjunct of an object
        # that a verb without a subject follows is that verb's subject, and so is every later one
        cut = next((h for h in heads if h.i > token.i and _subject_of_next_verb(h)), None)
        heads = [h for h in heads if cut is None or h.i < cut.i]
    return heads


def _verb_after_relative(noun: Token) -> bool:
    """ "and Russia, which has bases there, offered to mediate": a verb the parser hung on a noun
    after that noun's relative clause is the verb the noun is the subject of."""
    relatives = children(noun, "relcl")
    return bool(relatives) and any(c.i > relatives[0].i for c in children(noun, "acl"))


def _subject_of_next_verb(noun: Token) -> bool:
    after = noun.right_edge.i + 1
    while after < len(noun.doc) and noun.doc[after].dep_ == "punct" and noun.doc[after].text == ",":
        after += 1
    if after >= len(noun.doc):
        return False
    verb = noun.doc[after]
    if verb.dep_ in ("aux", "auxpass"):
        verb = verb.head  # "Algeria and Morocco have been": the subject hangs on the main verb
    if children(verb, "nsubj", "nsubjpass", "expl") or verb.dep_ == "conj":
        return False  # a coordinated verb shares the first one's subject ("rejects X and Y, begins talks")
    # a finite verb, or a past form after a comma that the parser hung on a noun before this one
    # (a reduced relative clause modifies the noun next to it; "talks with A and B to take a
    # stake" is an infinitive of the talks)
    return verb.tag_ in ("VBD", "VBZ", "VBP") or (
        verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBN") and verb.head.i < noun.i and noun.doc[after - 1].text == ",")


def _stranded_conjuncts(token: Token) -> list[Token]:
    """With a comma before "and", spaCy's small model hangs the last of a verb's objects on the verb
    ("criticised Mexico, and the government of Cuba": "government" a conjunct of "criticised"). A
    noun conjunct of the verb with no subject of its own, separated from ``token`` (an object of
    that verb, direct or through a preposition) by nothing but the comma and the conjunction, is
    ``token``'s conjunct."""
    if token.dep_ not in ("dobj", "pobj"):
        return []
    verb = token.head.head if token.dep_ == "pobj" and token.head.dep_ in ("prep", "dative") else token.head
    # asked of every object: the cheap test first
    nouns = [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and c.i > token.i]
    if not nouns or verb.pos_ not in ("VERB", "AUX") or verb.i == token.i:
        return []
    last = max([token, *token.conjuncts], key=lambda t: t.i)
    for conj in nouns:
        between = token.doc[last.right_edge.i + 1:conj.left_edge.i]
        if conj.i > last.i and not children(conj, "nsubj", "nsubjpass") and not _verb_after_relative(conj) \
                and _joined_by_and(between):
            return [conj, *(c for c in conj.conjuncts if c.i > conj.i)]  # not the verb itself
    return []


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
            return [subj, *_comma_partners(verb, own), *_and_partners(own)], subj.dep_ == "nsubjpass"
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
        elif verb.dep_ == "relcl" or set_off_participle(verb) or headline_infinitive(verb) \
                or hung_predicate(verb):
            return [head], False  # "X, visiting Y, said ...": X visits; "X's leader to visit Y"
        elif verb.dep_ == "advcl" and verb.tag_ == "VBG" and not children(verb, "mark"):
            pass  # "X shelled Y, killing Z": the participle shares the main clause's subject
        elif verb.dep_ == "advcl" and journey_purpose(verb, head):
            pass  # "X flew to Lima to meet Y": the traveller meets
        elif (verb.dep_ == "acl" and verb.tag_ == "VBG" and lemma_in(head, MESSAGE_NOUNS)
              and head.dep_ == "dobj" and head.head.pos_ == "VERB"):
            head = head.head  # "issued a statement calling on X": the issuer calls
        elif verb.dep_ == "pcomp" and blamed(head):
            head = head.head  # "was guilty of violating X": through the adjective to the copula
        elif verb.dep_ == "pcomp" and head.lower_ in FACTIVE_PREPS and head.head.i != head.i:
            head = head.head  # "after meeting X, Y said": the gerund's subject is Y
        elif verb.tag_ == "VBG" and verb.dep_ in ("acl", "pcomp") and noun_before(verb) is not None:
            # "amid Trump and Pompeo threatening to destroy X": the participle's actor is the
            # noun phrase right before it, whether the parser made it an acl or a pcomp.
            return [noun_before(verb)], False
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


def _and_partners(own: list[Token]) -> list[Token]:
    """ "Indian Prime Minister Modi and Japanese Prime Minister Abe held talks", parsed as two
    subjects of the verb, the "and" left right after the first: the second is coordinated with
    it ("X hosted talks ..., and the two sides agreed" joins two clauses, after a comma)."""
    first = own[0]
    joined = [c.i for c in children(first, "cc") if c.lower_ in ("and", "&") and c.i == first.i + 1]
    return [c for c in own[1:] if c.dep_ == first.dep_ and any(first.i < i < c.left_edge.i for i in joined)]


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


def one_run(token: Token) -> bool:
    """A single run of events ("a second round", "a series"), not a tally of several ("five
    rounds of talks since 2019")."""
    return token.tag_ == "NN" and lemma_in(token, RUN_NOUNS)


def run_over(noun: Token) -> Token | None:
    """The single run whose "of" phrase holds ``noun`` ("a wave of air strikes" for "strikes")."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return None
    run = noun.head.head
    return run if one_run(run) else None


def acting_apart(trigger: Token) -> bool:
    """ "Russia and China have each sought to negotiate", "Japan and China each held talks":
    a distributive "each" before the trigger, on its clause or on its subject, says the sides
    acted apart, not with each other ("each other" is mutual; "each issue" distributes no
    side; "swapped 40 prisoners each" counts out what every side gave)."""
    governors = {trigger.i, *(a.i for a in trigger.ancestors)}
    for token in trigger.sent:
        if token.lower_ != "each" or token.pos_ != "PRON" or token.i > trigger.i:
            continue
        if token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "other":
            continue
        if token.head.i in governors or token.head.head.i in governors:
            return True
    return False


def headline_names(root: Token) -> list[Token]:
    """A headline's coordinated names: "X and Y", or "X, Y" parsed as an apposition."""
    return [*with_conjuncts(root), *(c for c in root.children if c.dep_ == "appos" and c.pos_ == "PROPN")]


def hyphen_pair(token: Token) -> list[Token]:
    """"Japan-China talks", "Sino-Japanese talks": the word before a hyphen names a second party."""
    doc = token.doc
    return [c for c in token.children if c.dep_ in ("compound", "amod") and c.i + 2 == token.i
            and doc[c.i + 1].text in ("-", "–")]


def set_off_participle(verb: Token) -> bool:
    """A participle between commas right after its noun: "Putin, visiting Japan, said"."""
    return (verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.i > 0
            and verb.doc[verb.i - 1].text == "," and verb.head.pos_ in ("PROPN", "NOUN")
            and verb.head.i < verb.i)


def noun_before(verb: Token) -> Token | None:
    if verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    if before.pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    while before.dep_ in ("compound", "flat") and before.head.i > before.i:
        before = before.head
    return before


# Where the parser puts a "visiting" it read as a verb: "met visiting X" (advcl, xcomp),
# "talks with visiting X" (pcomp).
_MISREAD_GUEST_DEPS = ("advcl", "xcomp", "ccomp", "dep", "pcomp")


def objects_of(verb: Token) -> list[Token]:
    """Direct objects, or passive subjects of a passive verb (they are the same role); a guest
    the parser made the object of "visiting" ("met visiting Prime Minister Abe") is the verb's."""
    if reduced_passive(verb):
        noun = verb.head  # "an agreement on fishing, signed by": the parser may hang it lower
        return [noun, noun.head.head] if noun.dep_ == "pobj" and noun.head.head.pos_ == "NOUN" else [noun]
    if is_passive(verb):
        return children(verb, "nsubjpass")
    guests = [g for c in children(verb, *_MISREAD_GUEST_DEPS) if (g := guest(c)) is not None]
    return children(verb, "dobj") + guests or _raised_objects(verb)


def _joined_by_and(between: Span, *also: str) -> bool:
    """The words between two conjuncts are a conjunction, commas and nothing else (but ``also``)."""
    return any(t.dep_ == "cc" for t in between) and all(t.dep_ in ("cc", "punct", *also) for t in between)


def _raised_objects(verb: Token) -> list[Token]:
    """ "arrested and deported two diplomats": the parser hangs the shared object on the last
    verb; a verb with nothing of its own after it, joined to the next by "and" alone, shares it."""
    for conj in children(verb, "conj"):
        between = verb.doc[verb.i + 1:conj.i]
        if conj.pos_ == "VERB" and conj.i <= verb.i + 3 and _joined_by_and(between, "advmod") \
                and all(t.head.i in (verb.i, conj.i) for t in between) \
                and not children(conj, "nsubj", "nsubjpass") and not is_passive(conj):
            return children(conj, "dobj")
    return []


def guest(visiting: Token) -> Token | None:
    """ "met visiting Japanese Prime Minister Abe", "talks with visiting X", "the visiting Turkish
    president": "visiting" before a phrase that names an office holder marks a guest, however the
    parser read it (an adjective, or a verb right after a verb, preposition or article whose
    object is the guest). The guest phrase's head, or None ("began visiting Beijing": a visit)."""
    if visiting.lower_ != "visiting":
        return None
    if visiting.dep_ == "amod":
        noun = visiting.head
    elif visiting.dep_ in _MISREAD_GUEST_DEPS and visiting.i > 0 \
            and visiting.doc[visiting.i - 1].pos_ in ("VERB", "ADP", "DET"):
        found = [c for c in children(visiting, "dobj") if c.left_edge.i == visiting.i + 1]
        if not found:
            return None
        noun = found[0]
    else:
        return None
    phrase = [t for t in noun.subtree if visiting.i < t.i <= noun.i]
    return noun if any(lemma_in(t, GUEST_TITLES) for t in phrase) else None


# Punctuation that ends one clause before another begins.
SET_OFF = frozenset({"-", "–", "—", ";", ":"})


def set_off_before(clause: Token, verb: Token) -> bool:
    """ "X and Y want a deal - Z urged restraint": a clause before the verb that a dash, colon or
    semicolon divides from it is a sentence of its own the parser hung on the verb."""
    doc = verb.doc
    return clause.i < verb.i and any(t.text in SET_OFF for t in doc[clause.right_edge.i + 1:verb.i])


def names_object(verb: Token) -> bool:
    """The verb names or judges its object ("called X a liar", "called X's plan illegal",
    "declared X a terrorist group"): the object is not what the event is done to."""
    if children(verb, "oprd", "acomp"):
        return True
    return any(c.pos_ == "ADJ" and c.i > o.i for o in objects_of(verb) for c in children(o, "amod"))


def preposition_objects(token: Token, words: frozenset[str] | set[str]) -> dict[str, list[Token]]:
    """Objects of the named prepositions attached to ``token``; a dative object counts as "to"."""
    found: dict[str, list[Token]] = {}
    for child in token.children:
        word = child.lower_
        # A feeling's "by" names what is felt about ("disappointed by Washington's decision").
        felt = child.dep_ == "agent" and lemma_in(token, FEELINGS)
        if (child.dep_ in ("prep", "dative") or felt) and child.pos_ == "ADP" and word in words:
            objs = children(child, "pobj")  # and a guest: "talks with visiting X" (guest)
            objs += [g for c in children(child, "pcomp") if (g := guest(c)) is not None]
            if objs:
                found.setdefault(word, []).extend(objs)
        elif child.dep_ == "dative" and child.pos_ != "ADP" and "to" in words:
            found.setdefault("to", []).append(child)
    return found


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


def to_infinitive(verb: Token) -> bool:
    """The verb has its own "to": "to meet", "to buy"."""
    return any(a.lower_ == "to" for a in children(verb, "aux"))


def directive(verb: Token) -> bool:
    """ "told Washington to stop ...": the verb's complement is an order, not what was said."""
    return any(to_infinitive(c) for c in children(verb, "xcomp", "ccomp"))


def journey_purpose(verb: Token, head: Token) -> bool:
    """ "flew to Lima to meet X", "travelled to Abuja to hold talks with X": the subject's own
    past journey, and a meeting for its purpose."""
    if head.tag_ != "VBD" or not lemma_in(head, JOURNEY_VERBS):
        return False
    return lemma_in(verb, MEETING_PURPOSES) or (verb.lemma_.lower() == "hold" and any(
        lemma_in(o, MEETING_OBJECTS) for o in children(verb, "dobj")))


def blamed(prep: Token) -> bool:
    """"of"/"for" after "responsible", "guilty": the act that follows is the subject's."""
    adj = prep.head
    return (prep.lower_ in ("of", "for") and adj.pos_ == "ADJ" and adj.dep_ == "acomp"
            and lemma_in(adj, BLAME_ADJECTIVES) and adj.head.i != adj.i)


# Nouns that name a conflict between two sides: "tension with China", "its standoff with India".
CONFLICT_NOUNS = frozenset({"tension", "tensions", "standoff", "stand-off", "war", "conflict", "dispute", "row",
                            "feud", "confrontation", "hostility", "hostilities", "clash", "fighting"})


def conflict_partners(sent: Span) -> list[Token]:
    """The other sides a sentence names in a conflict noun's "with" phrase ("amid rising
    tension with China", "its border conflict with Cambodia"), in text order."""
    return [obj for noun in sent if noun.lemma_.lower() in CONFLICT_NOUNS
            for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "with"
            for first in prep.children if first.dep_ == "pobj" for obj in with_conjuncts(first)]
