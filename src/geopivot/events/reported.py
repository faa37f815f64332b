"""Events told in reported words and judgements, beside the verb and noun rows of
:mod:`geopivot.events.coder`: a predicative adjective ("X is optimistic about Y"), a reported
judgement ("China said the US plan was unacceptable") and a modal in a reported clause ("Russia
says Israel must end its attacks", "should" an appeal). Functions of the coder's sentence run."""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from geopivot.events.clauses import children, lemma_in
from geopivot.events.drafts import Draft, Match, candidates_at, pairs_of
from geopivot.events.forms import asks_of_no_one
from geopivot.events.modality import clause_mode, code_for
from geopivot.events.patterns import Pattern
from geopivot.events.wordlists import SPEECH_VERBS

if TYPE_CHECKING:
    from geopivot.events.coder import _SentenceRun


def adj_events(run: _SentenceRun, adj: Token) -> list[Draft]:
    """"X is optimistic about Y": the copula's subject, in the copula's clause."""
    judged = [p for p in candidates_at(run.patterns, "adj", adj) if "subj" in p.targets]
    if judged:
        return _reported_judgement(run, adj, judged[0])
    if adj.dep_ != "acomp":
        return []
    match = run.best_noun_match(adj, [adj], False, pos="adj")
    if match is None:
        return []
    code = code_for(match.pattern, clause_mode(adj.head))
    return pairs_of(match, run.verb_sources(adj), code, match.pattern.unary) if code else []


def _reported_judgement(run: _SentenceRun, adj: Token, pattern: Pattern) -> list[Draft]:
    """"China said the US plan was unacceptable": the speaker judges the actor the clause's
    subject names, or its owner (the plan's). Only reported words count, never negated."""
    clause = adj.head if adj.dep_ in ("acomp", "attr") else adj  # a headline's "says X unfair"
    if clause.dep_ != "ccomp" or not lemma_in(clause.head, SPEECH_VERBS) or children(clause, "neg") \
            or children(adj, "neg") or _denied_or_traded(adj):
        return []
    if adj.dep_ == "acomp" and clause.lemma_.lower() not in _LINKING_VERBS:
        return []  # "said the player tested positive": a result, not a judgement
    targets = run.resolve_targets(children(clause, "nsubj"), "dobj", places=False, trigger=adj)
    code = code_for(pattern, clause_mode(clause.head))
    match = Match(pattern, adj, [], None, targets)
    return pairs_of(match, run.verb_sources(clause.head), code, False) if code and targets else []


# The verbs that tell a judgement with an adjective ("was / looked / remained unacceptable").
_LINKING_VERBS = frozenset({"be", "seem", "appear", "look", "remain", "become", "sound", "prove", "stay"})
# "a trading partner" states a fact of trade, not a judgement of the partner.
_TRADE_WORDS = frozenset({"trade", "trading", "business", "commercial", "export", "import"})


def _denied_or_traded(noun: Token) -> bool:
    """ "no longer a reliable partner", "no friend of", "China's largest trading partner": a
    judging noun denied, or one that names a trade."""
    lefts = [t for c in noun.lefts for t in c.subtree]
    return any(t.lower_ in ("no", "never") for t in lefts) or any(
        c.dep_ == "advmod" and children(c, "neg") for c in noun.head.children) or any(
        c.dep_ in ("compound", "amod") and c.lower_ in _TRADE_WORDS for c in noun.lefts)


def modal_events(run: _SentenceRun, modal: Token) -> list[Draft]:
    """"Russia says Israel must end its attacks": a demand of the reporter on the subject
    of the reported clause. Only a clause that reports someone's words counts. "ought" heads
    its own clause ("Iran ought to stop", its verb an xcomp)."""
    candidates = candidates_at(run.patterns, "modal", modal)
    clause = modal if modal.dep_ == "ccomp" and children(modal, "xcomp") else modal.head
    if not candidates or (modal.dep_ != "aux" and clause is not modal) or clause.dep_ != "ccomp":
        return []
    reporter = clause.head
    if not lemma_in(reporter, SPEECH_VERBS):
        return []
    pattern = candidates[0]
    subjects = [s for s in children(clause, "nsubj") if not asks_of_no_one(clause, s)]
    targets = run.resolve_all(subjects) if "subj" in pattern.targets else []
    code = code_for(pattern, clause_mode(reporter))
    match = Match(pattern, modal, [], None, targets)
    return pairs_of(match, run.verb_sources(reporter), code, pattern.unary) if code else []
