"""Surface forms the coder reads beside the parse's roles: sums written short and what a sum or
a measure holds, a headline's verb tagged as a noun, killings by armed forces or of a hundred
people, "each other", a recipient folded into a sum, a clash or an attack that is a quarrel,
a warning that is advice, participles the parser misplaced (trailing, stranded after a
preposition). Each is a small test on tokens, kept apart from the matching logic."""
from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Token

from geopivot.events.clauses import (
    after_comma, children, has_particle, headline_infinitive, lemma_in, objects_of, run_over, subject_heads,
    to_infinitive, with_conjuncts,
)
from geopivot.events.patterns import Pattern
from geopivot.events.wordlists import ASSENT_VERBS, RUN_ENDS, SUBJECT_PRONOUNS
from geopivot.models import ActorMention

# Killing a hundred or more people is CAMEO's mass killing (202).
MASS_KILLING = "202"
KILLING_CODES = frozenset({"180", "1823"})
# Killing by a state's armed forces or by their strikes is conventional military force (CAMEO 19;
# PETRARCH's verb dictionary codes "kill" 190); by anyone else, unconventional violence (180).
KILLING, CONVENTIONAL_FORCE = "180", "190"
STRIKE_NOUNS = frozenset({"strike", "airstrike", "raid", "shelling", "bombardment", "shell", "missile",
                          "rocket", "artillery", "drone", "fire", "offensive", "operation"})
ARMED_MEANS = frozenset({"aircraft", "warplane", "jet", "helicopter", "gunship", "bomber", "tank", "warship"})
# Police who kill armed men fight them; who kill protesters or civilians repress them (175).
REPRESSION = "175"
FIGHTING_SECTORS = frozenset({"MIL", "REB", "INS", "UAF", "SEP"})
MASS_WORDS = frozenset({"hundreds", "thousands", "tens"})
# What an auxiliary can be besides a modal (tagged MD): "has", "is", "did", "to", "got" killed.
AUXILIARIES = frozenset({"be", "have", "do", "to", "get", "'s", "'ve", "'d", "'re", "'m"})
# A warning is a threat only with the warner's own act in it (advice).
WARNING_LEMMAS = frozenset({"warn", "caution"})
ANAPHORS = frozenset({"company", "firm", "government", "country", "state", "group", "ministry", "administration"})
THREATENED_ACTS = frozenset({"sanction", "embargo", "action", "measure", "retaliation", "response", "consequence",
                             "step", "force", "strike", "attack", "punishment", "countermeasure"})
# "X and Y clashed over gas prices" is a quarrel (111, criticise or denounce); a clash of forces
# is a fight whatever it was over.
VERBAL_CLASH = "111"
CLASH_LEMMAS = frozenset({"clash"})
ISSUE_PREPOSITIONS = frozenset({"over", "about"})
ARMED_SECTORS = frozenset({"MIL", "REB", "INS", "COP", "UAF", "SPY", "SEP", "PRO"})
ARMED_NOUNS = frozenset({"troop", "soldier", "force", "army", "navy", "police", "rebel", "militant",
                         "fighter", "insurgent", "guerrilla", "gunman", "protester", "demonstrator",
                         "guard", "ship", "vessel", "jet", "warship", "militia", "unit"})
# "The Tories attacked Labour over tax": parties and legislatures attack in words (111).
ATTACK_LEMMAS = frozenset({"attack"})
POLITICAL_SECTORS = frozenset({"OPP", "PTY", "LEG"})
# What an attack in words is aimed at: a rival's words, plans or record.
ISSUE_NOUNS = frozenset({"plan", "policy", "record", "proposal", "decision", "remark", "comment", "statement",
                         "budget", "bill", "law", "stance", "approach", "handling", "reform", "idea", "speech",
                         "response", "report", "claim", "position", "strategy", "manifesto", "promise",
                         "pledge", "leadership", "ruling", "move"})
# "over" a time or a place is no issue: "over the weekend", "over the border".
NOT_ISSUES = frozenset({"weekend", "night", "border", "frontier", "area", "region", "sea", "territory",
                        "period", "course", "year", "month", "week", "day", "hour", "city", "town", "village"})
# "$90 million": the parser makes the symbol the object.
CURRENCY_SYMBOLS = {"$": "dollar", "US$": "dollar", "€": "euro", "£": "pound"}
CURRENCY_NOUNS = frozenset({"dollar", "euro", "pound", "yen", "yuan", "rouble", "ruble", "rupee", "won",
                            "franc", "peso", "real", "rand", "dinar", "riyal", "lira", "zloty", "krona",
                            "krone", "million", "billion", "trillion"})
# News writes sums short: "£1.3bn", "$40m", "A$1 bln": the unit is the word a row names.
_AMOUNT = re.compile(r"(?:[\d.,]+)?(bn|bln|m|mn|mln|tn)", re.IGNORECASE)
AMOUNT_UNITS = {"bn": "billion", "bln": "billion", "m": "million", "mn": "million", "mln": "million",
                "tn": "trillion"}


def sum_datives(obj: Token) -> list[Token]:
    """"gave Vietnam 2bn dollars" parsed as one phrase "Vietnam 2bn dollars": a proper noun
    before the sum's number is the recipient the parser folded into the object."""
    numbers = [c.i for c in obj.children if is_amount(c)]
    return [c for c in obj.children if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"
            and numbers and c.i < min(numbers)]


def amount_unit(token: Token) -> str:
    """"1.3bn" -> "billion"; "" for any other word."""
    found = _AMOUNT.fullmatch(token.text)
    return AMOUNT_UNITS[found.group(1).lower()] if found else ""


def is_amount(token: Token) -> bool:
    """A word that is itself an amount: a number ("5,000", "three", "20m", "2bn") or a currency
    symbol ("$", "US$")."""
    return token.like_num or token.text[:1].isdigit() or token.text in CURRENCY_SYMBOLS \
        or bool(amount_unit(token))


# Units a shipment is measured in: "300 tonnes of rice" sends rice.
MEASURE_NOUNS = frozenset({"tonne", "ton", "kilogram", "kg", "barrel", "litre", "liter", "dose",
                           "container", "truckload", "shipment", "consignment", "planeload"})


def sum_contents(token: Token) -> list[Token]:
    """What a sum or a measure holds: "$300m in military aid" -> aid, "$4.5 bln of debt" ->
    debt, "300 tonnes of rice" -> rice."""
    if is_sum(token):
        # the parser often hangs "in aid" on the verb: "sent $300m in military aid"
        holders = {token: ("in", "of"), **({token.head: ("in",)} if token.dep_ == "dobj" else {})}
    else:
        holders = {token: ("of",)} if lemma_in(token, MEASURE_NOUNS) else {}
    return [o for h, preps in holders.items() for p in children(h, "prep") if p.lower_ in preps
            for o in children(p, "pobj")]


def is_sum(token: Token) -> bool:
    """A sum of money or a bare number: "$20m", "20 million dollars", "€497m", "5,000"."""
    if is_amount(token):
        return True
    return token.lemma_.lower() in CURRENCY_NOUNS and any(
        is_amount(c) and (c.text in CURRENCY_SYMBOLS or c.dep_ in ("nummod", "compound")) for c in token.children)


def killing_force(verb: Token, sources: list[ActorMention], targets: list[ActorMention]) -> str:
    """A killing by a state's armed forces, their strikes or aircraft is conventional force;
    by police, force when they kill armed men and violent repression when they kill protesters
    or civilians; by anyone else, unconventional violence."""
    if armed_force(verb, sources):
        return CONVENTIONAL_FORCE  # "troops killed ...", "air strikes killed ..."
    if sources and targets and all(m.actor.sector == "COP" and _state_organ(m) for m in sources):
        return CONVENTIONAL_FORCE if any(m.actor.sector in FIGHTING_SECTORS for m in targets) else REPRESSION
    return KILLING


def armed_force(verb: Token, sources: list[ActorMention]) -> bool:
    """The killers are a state's armed forces, or the subject is their strikes or aircraft ("air
    strikes", "Israeli aircraft struck X, killing ..." where the participle shares the subject)."""
    if sources and all(m.actor.sector == "MIL" and _state_organ(m) for m in sources):
        return True
    subjects, _ = subject_heads(verb)
    return bool(subjects) and lemma_in(subjects[0], STRIKE_NOUNS | ARMED_MEANS)


def _state_organ(mention: ActorMention) -> bool:
    """A state's own force: of a named state, or police or government forces that the sentence
    places later (a generic COP or MIL side, actors/sentence.py)."""
    return bool(mention.actor.country) or mention.actor.code == mention.actor.sector


def verbal_clash(verb: Token, sources: list[ActorMention], targets: list[ActorMention]) -> bool:
    """A clash over an issue ("over gas prices") between sides none of which is armed."""
    if not lemma_in(verb, CLASH_LEMMAS) or not any(p.lower_ in ISSUE_PREPOSITIONS
                                                   for p in children(verb, "prep")):
        return False
    heads = [*children(verb, "nsubj"), *(o for p in children(verb, "prep") if p.lower_ == "with"
                                         for o in children(p, "pobj"))]
    return not _armed((*sources, *targets), heads)


def advice(verb: Token, sources: list[ActorMention],
           mentions_at: Callable[[Token], list[ActorMention]]) -> bool:
    """ "Goldsmith warned Blair that the war could be illegal": a warning that something else is
    so is advice, not a threat. The warner's own act is one ("warned Ukraine that it would cut
    supplies", "that Moscow would ...", "that the company could divert supplies"), and so is a
    measure it would take ("that an arms embargo could follow"): a pronoun or a word that
    stands for the warner, an actor of the warner's country, or such a measure as the warned
    clause's subject keeps the threat."""
    if not lemma_in(verb, WARNING_LEMMAS):
        return False
    subjects = [s for clause in children(verb, "ccomp") for s in children(clause, "nsubj", "nsubjpass")]
    if not subjects:
        return False
    own = {m.actor.country for m in sources if m.actor.country}
    return not any(s.lower_ in SUBJECT_PRONOUNS or lemma_in(s, THREATENED_ACTS | ANAPHORS)
                   or any(m.actor.country in own for m in mentions_at(s)) for s in subjects)


# Offices a state or a person takes over in turn: "took over the presidency of the EU". Not
# "office" or "post", which are also buildings ("raided the offices of X", "a police post").
OFFICE_NOUNS = frozenset({"presidency", "chairmanship", "chair", "leadership", "helm", "reins",
                          "premiership", "role", "job", "mantle", "duty"})


def run_ended(verb: Token, obj: Token | None) -> bool:
    """ "ended a second round of talks": a run brought to its end was held (the talks noun codes
    it); the row for breaking talks off (164) does not speak of it."""
    return obj is not None and run_over(obj) is not None and lemma_in(verb, RUN_ENDS)


def office_taken(verb: Token, code: str) -> bool:
    """ "Britain takes over the presidency of the EU": a row of seizure (17x) or force (18x-20x),
    ``code`` as the row asserts it, whose object is an office is a rotation or a succession (and
    "will take over" no threat), not an act on the office's holder; so is taking over "at" a body."""
    if code[:2] not in ("17", "18", "19", "20"):
        return False
    if verb.lemma_ == "take" and has_particle(verb, "over") \
            and not children(verb, "dobj") and any(p.lower_ == "at" for p in children(verb, "prep")):
        return True  # "took over at the European Central Bank": its helm, not the bank
    return any(lemma_in(o, OFFICE_NOUNS) for o in objects_of(verb))


def verbal_attack(verb: Token, sources: list[ActorMention], targets: list[ActorMention]) -> bool:
    """ "The Tories attacked Labour over tax", "attacked the EC for backing down", "attacked
    Blair's record", "attacked the BBC": an attack in words (111) by sides none of which is
    armed, when it is over an issue, aimed at a rival's words or plans, or made by or on a
    party, a legislature or the press.
    States that attack with no such words ("Chad attacked Sudan") still use force."""
    if not lemma_in(verb, ATTACK_LEMMAS) or not sources or not targets:
        return False
    sides = (*sources, *targets)
    if _armed(sides, children(verb, "nsubj")):
        return False
    if any(m.actor.sector in POLITICAL_SECTORS or m.actor.sector == "MED" for m in sides):
        return True  # parties and the press fight in words, and an unarmed side's attack on them
    if all(m.actor.actor_type == "person" for m in sides):
        return True  # "Putin attacked Bush": one leader attacks another in words
    for prep in children(verb, "prep"):
        if prep.lower_ in ISSUE_PREPOSITIONS and any(_an_issue(o) for o in children(prep, "pobj")):
            return True  # "over its tax plans", not "over the weekend" or "over the border"
        if prep.lower_ == "for" and any(c.tag_ == "VBG" for c in children(prep, "pcomp")):
            return True  # "for backing down"
    return any(lemma_in(o, ISSUE_NOUNS) for o in objects_of(verb))


def _armed(sides: tuple[ActorMention, ...], heads: list[Token]) -> bool:
    """A side of a quarrel is armed: by its sector, or by what its phrase names ("troops")."""
    return any(m.actor.sector in ARMED_SECTORS for m in sides) \
        or any(lemma_in(t, ARMED_NOUNS) for h in heads for t in with_conjuncts(h))


def _an_issue(token: Token) -> bool:
    return token.ent_type_ not in ("DATE", "TIME", "GPE", "LOC", "FAC") and not lemma_in(token, NOT_ISSUES)


def broken_auxiliary(verb: Token) -> bool:
    """An "auxiliary" that is no auxiliary or modal: the parser made the headline's verb an
    auxiliary of a participle ("UK helps raped Rwandan women"), and the clause is misread."""
    return any(a.tag_ != "MD" and a.lemma_.lower() not in AUXILIARIES for a in children(verb, "aux", "auxpass"))


def stranded_participle(verb: Token) -> bool:
    """ "founded by assassinated former prime minister X": a participle right after a
    preposition left without an object is the adjective of the noun after it, which the parser
    misread as a verb (whose subject it then took from the clause around it)."""
    if verb.i == 0 or verb.tag_ not in ("VBN", "VBD"):
        return False
    before = verb.doc[verb.i - 1]
    return (before.pos_ == "ADP" and before.dep_ in ("prep", "agent")
            and not children(before, "pobj", "pcomp"))


def misread_participle(verb: Token) -> bool:
    """ "N. Korea frees detained S. Korean worker": the parser made the headline's verb, a
    third-person "-s" form right before a participle, the participle's subject, and the
    participle, which only describes the object, the clause's head. Read by word order instead
    (:mod:`geopivot.events.headlines`). A plural subject noun ("Taliban fighters captured ...")
    is no verb form: the coder also asks the "-s" word to have verb rows of its own."""
    return (verb.dep_ == "ROOT" and verb.tag_ in ("VBN", "VBD")
            and any(c.dep_ == "nsubj" and c.i == verb.i - 1 and c.tag_ in ("NNS", "VBZ")
                    and c.lower_.endswith("s") for c in verb.children))


def headline_verb(token: Token) -> bool:
    """A headline's present-tense verb tagged as a plural noun ("Japan thanks Vietnam for aid",
    "X hosts Y"): the clause's head with a subject and a direct object of its own, which no
    noun has ("X and Y in WTO talks" keeps its noun)."""
    return (token.pos_ == "NOUN" and token.tag_ == "NNS" and token.dep_ == "ROOT"
            and bool(children(token, "nsubj")) and bool(children(token, "dobj")))


def mutual(verb: Token) -> bool:
    """The object is "each other('s ...)" or "one another": "shelled each other's positions"."""
    return any(t.lower_ in ("other", "another") and any(c.lower_ in ("each", "one") for c in t.children)
               for o in objects_of(verb) for t in o.subtree)


def mass_victims(verb: Token) -> bool:
    """The verb's object counts a hundred or more people: "hundreds of civilians", "300 people"."""
    for obj in objects_of(verb):
        counts = [obj, *children(obj, "nummod")]
        if obj.lower_ in MASS_WORDS or any(_count(t) >= 100 for t in counts):
            return True
    return False


def _count(token: Token) -> int:
    text = token.lower_.replace(",", "")
    return int(text) if text.isdigit() else 0


def agreed_deal(verb: Token) -> bool:
    """ "X agreed to buy Y", "X is to buy Y", the headline "X to buy Y": a deal agreed or
    announced, which the annotation guidelines code as the deal itself (061), not an intent.
    Wanting or planning to buy is not agreed ("plans to buy": still an intent)."""
    head = verb.head
    if verb.dep_ == "xcomp":
        return lemma_in(head, ASSENT_VERBS) or head.lemma_.lower() == "be"
    # "Vale to buy Inco", not "Chile will expand ...": the headline's own "to"
    return headline_infinitive(verb) and to_infinitive(verb)


def agreed_act(verb: Token, *, row_objects: bool) -> bool:
    """ "Japan agreed with China to set up a panel": an agreement with another side on an act
    still to come. A row for the agreement alone (no object of its own, unlike "agreed a deal
    with X") then codes the intent, not an accord with the other side's view (019); an act the
    table has a row for ("to hold talks") is coded by that row (drafts.prune)."""
    if row_objects or verb.lemma_.lower() != "agree" or children(verb, "dobj"):
        return False
    return any(to_infinitive(x) for x in children(verb, "xcomp"))


# Object pronouns that point back at a person or group named earlier.
OBJECT_PRONOUNS = frozenset({"him", "her", "them"})


def trailing_participle(verb: Token) -> bool:
    """A participle set off by a comma after its clause ("X expelled Y's envoy, accusing him
    of ..."): it shares the clause's subject (clauses.subject_heads) and speaks of its object."""
    return (verb.dep_ == "advcl" and verb.tag_ == "VBG" and not children(verb, "mark")
            and verb.head.i < verb.i and after_comma(verb))


def lifted_participle(verb: Token, sources_of: Callable[[Token], list[ActorMention]],
                      targets: list[ActorMention]) -> Token | None:
    """The main clause's verb, when the parser hung a trailing participle on a reported clause
    whose own actor is the participle's target ("Poland demanded that Germany deliver ...,
    accusing Berlin of stalling": Germany does not accuse itself, Poland does); else None."""
    head = verb.head
    if not targets or not trailing_participle(verb) or head.dep_ != "ccomp" or head.head.i == head.i:
        return None
    own = sources_of(verb)
    countries = {t.actor.country for t in targets}
    return head.head if own and all(s.actor.country in countries for s in own) else None


def pronoun_object_antecedents(verb: Token, heads: list[Token]) -> list[Token]:
    """The main clause's objects, when a trailing participle's or a coordinated verb's object is
    a pronoun ("expelled Bolivia's ambassador, accusing him of ...", "expelled a US diplomat and
    accused him of ..."): whom the clause acted on is whom it speaks of."""
    if not heads or not all(h.lower_ in OBJECT_PRONOUNS for h in heads) or not (
            trailing_participle(verb) or (verb.dep_ == "conj" and verb.head.pos_ == "VERB" and verb.head.i < verb.i
                                          and not children(verb, "nsubj"))):  # the same subject acts on
        return []
    return [t for o in objects_of(verb.head) for t in with_conjuncts(o)]


def asks_of_no_one(clause: Token, subject: Token) -> bool:
    """A reported "should"/"must" clause that asks nothing of its subject: "both countries" and
    "the two sides" (the speaker's own side among them), a right or a possession ("Greece should
    have sole rights"), and what should have been done ("Iran should have told them": a
    reproach or a guess, not a request)."""
    if clause.lemma_ == "have" or any(c.lemma_ == "have" for c in children(clause, "aux")):
        return True
    return any(c.lower_ == "both" or (c.dep_ == "nummod" and c.lower_ in ("two", "2"))
               for c in subject.children) or subject.lower_ == "both"


# Sides that take no arms: a firm, the press, a court, a parliament, a party, a union fights in
# court and in words (not civilians, whose clashes may be riots).
UNARMED_SECTORS = frozenset({"BUS", "MED", "JUD", "LEG", "OPP", "PTY", "LAB", "HLH", "NGO"})
# The words of a fight that a quarrel is also said in; "stormed the headquarters" is no quarrel.
QUARREL_LEMMAS = frozenset({"attack", "fight", "battle", "clash"})


def fights_in_words(code: str, pattern: Pattern, source: ActorMention, target: ActorMention | None) -> bool:
    """A fight (190, with no weapon named) between a firm, the press, a court, a parliament, a
    party or a union and a side named as unarmed is a quarrel ("Yukos has been battling the
    authorities", "the clash between Yukos and the Kremlin"), when the row's trigger or object is
    a word a quarrel is also told in ("launched an attack on", not "stormed"). A state named bare,
    or NATO, may fight with arms."""
    if code != CONVENTIONAL_FORCE or target is None or not pattern.words & QUARREL_LEMMAS:
        return False
    sides = (source.actor, target.actor)
    return any(a.sector in UNARMED_SECTORS for a in sides) and all(
        a.sector not in ARMED_SECTORS if a.sector else a.actor_type == "igo" and a.code != "IGONAT"
        for a in sides)
