"""The loaded machinery of coding — model, knowledge base, patterns — built once per process.

Articles are split into sentences by the tokenizer and a rule-based sentencizer (cheap and the
same in every mode); each sentence is then parsed on its own, and only when it could yield an
event (:mod:`geopivot.nlp.candidates`). With ``fast_path=False`` every sentence is parsed,
which must give exactly the same events: the benchmark and a test compare the two.
"""
from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from spacy.attrs import ORTH, SPACY
from spacy.language import Language
from spacy.tokens import Doc, Span

from geopivot.actors.kb import ActorKB, load_kb
from geopivot.actors.memory import Memory
from geopivot.actors.matcher import ActorMatcher
from geopivot.actors.resolve import ArticleResolver, Matches
from geopivot.eventmodel.combine import Candidate, Policy, apply_model
from geopivot.eventmodel.mentions import ordered_pairs, sentence_mentions
from geopivot.eventmodel.runtime import load_event_model
from geopivot.events.coder import EventCoder, load_patterns
from geopivot.events.ontology import load_ontology
from geopivot.events.root_codes import root_codes
from geopivot.events.sides import a_state
from geopivot.models import ActorMention, Article, CodedArticle, Event, Sentence
from geopivot.nlp import build_nlp, resolve_model_name
from geopivot.nlp.candidates import CandidateFilter
from geopivot.nlp.sentences import FACTORY, SentenceSplitter, dateline_end, dateline_place, sentences
from geopivot.nlp.tokens import text_parts, tokenize
from geopivot.settings import NlpSettings, Settings


MAX_PARSE_TOKENS = 1000
# A wire dateline opens the story: after a headline and a byline at most, never further in.
DATELINE_CHARS = 400


@dataclass(slots=True)
class EngineStats:
    """How many sentences were parsed and how many the fast path skipped."""

    sentences: int = 0
    parsed: int = 0


@dataclass(slots=True)
class _SplitSentence:
    span: Span
    text: str
    start: int  # character offsets in the article's body
    end: int
    matches: list[Span]
    parse: bool
    # The candidate filter's verdict (a trigger word and an actor): whether the rules could code
    # the sentence. The event model reads these sentences, with or without the fast path.
    eventful: bool
    # With the event model on, a sentence the rules cannot code that names two actors around a
    # trigger word: the model judges its pairs too, unparsed.
    judged: bool
    # For a parsed sentence, the article's memory just before it: coding need not read the
    # article a second time.
    memory: Memory | None


@dataclass(slots=True)
class _Split:
    article: Article
    sentences: list[_SplitSentence]
    countries: frozenset[str]
    dateline: str | None = None
    people_countries: frozenset[str] = frozenset()


@dataclass(slots=True)
class Engine:
    """Everything needed to turn articles into coded articles."""

    nlp: Language
    kb: ActorKB
    matcher: ActorMatcher
    coder: EventCoder
    candidates: CandidateFilter
    settings: NlpSettings
    model_name: str
    splitter: SentenceSplitter
    stats: EngineStats = field(default_factory=EngineStats)

    @classmethod
    def load(cls, settings: Settings) -> Engine:
        return _load_engine(settings.nlp, settings.actor_files, settings.pattern_tables)

    def code_articles(self, articles: Sequence[Article]) -> list[CodedArticle]:
        """Split sentences, resolve actors and code events for each article, in order; then,
        when the event model is on, combine its judgements with the rules' (eventmodel.combine)."""
        coded, candidates = self.code_with_candidates(articles, candidates=self.settings.event_model)
        if candidates is None:
            return coded
        model = load_event_model(threads=1 if self.settings.n_process > 1 else self.settings.event_model_threads)
        policy = Policy(threshold=model.threshold, veto=model.veto,
                        min_confidence=self.settings.min_confidence)
        return apply_model(coded, candidates, model=model, ontology=self.coder.ontology, policy=policy)

    def code_with_candidates(self, articles: Sequence[Article], *, candidates: bool = True
                             ) -> tuple[list[CodedArticle], list[Candidate] | None]:
        """The rules' coded articles and, when asked, the actor pairs the event model would judge."""
        splits = [self._split(article, loose=candidates) for article in articles]
        docs = (_copy(sent.span) for split in splits for sent in split.sentences if sent.parse)
        parsed = self.nlp.pipe(docs, batch_size=self.settings.batch_size)
        self.stats.parsed += sum(sent.parse for split in splits for sent in split.sentences)
        pairs: list[Candidate] | None = [] if candidates else None
        return [self._code(split, parsed, pairs, index) for index, split in enumerate(splits)], pairs

    def _split(self, article: Article, *, loose: bool = False) -> _Split:
        # Long articles are tokenised in parts cut at line breaks (see geopivot.nlp.tokens).
        parts = [(offset, text, self.splitter(tokenize(self.nlp, text)))
                 for offset, text in text_parts(article.body)]
        resolver = ArticleResolver(self.matcher, date=_resolution_date(article))
        resolver.note_countries([span for _, _, doc in parts for span in resolver.matches(doc[:])])
        split = []
        for offset, text, doc in parts:
            for sent in sentences(doc):
                matches = resolver.matches(sent)
                memory = resolver.memory
                known = {name.lower() for name in (*memory.surnames, *memory.abbreviations)}
                # A "sentence" of thousands of tokens is a table or a dump, not prose: never parsed.
                prose = len(sent) <= MAX_PARSE_TOKENS
                eventful = prose and self.candidates(sent, kb_matches=matches, extra_forms=known)
                judged = eventful or (loose and prose and self.candidates.names_two_around_a_trigger(
                    sent, kb_matches=matches))
                parse = eventful or (prose and not self.settings.fast_path)
                before = resolver.memory.copy() if parse else None
                resolver.observe(matches, sentence=sent)
                # The Doc's text is the part's text (nlp.tokens): slicing it spares the Token
                # objects that ``sent.text`` would build.
                split.append(_SplitSentence(sent, text[sent.start_char:sent.end_char], offset + sent.start_char,
                                            offset + sent.end_char, matches, parse, eventful, judged, before))
        self.stats.sentences += len(split)
        return _Split(article, split, resolver.countries, self._dateline_state(resolver, split),
                      resolver.people_countries)

    def _dateline_state(self, resolver: ArticleResolver, split: list[_SplitSentence]) -> str | None:
        """The one state named by a wire dateline near the article's start ("KABUL (Reuters) -":
        AFG; after a headline, say; the sentence splitter makes a dateline a sentence of its
        own), else None. Wire datelines write the place in capitals, which the knowledge base's
        names are not: the place is read as a name is written."""
        for sent in split:
            if sent.start > DATELINE_CHARS:
                return None
            end = dateline_end(sent.text)
            if end is not None and end >= len(sent.text.rstrip()):
                place = self.nlp.make_doc(dateline_place(sent.text) or "")
                states = [c for c in resolver.countries_named(resolver.matches(place[:])) if a_state(c)]
                return states[0] if len(states) == 1 else None
        return None

    def _code(self, split: _Split, parsed: Iterator[Doc], candidates: list[Candidate] | None = None,
              article_index: int = 0) -> CodedArticle:
        article = split.article
        resolver = ArticleResolver(self.matcher, date=_resolution_date(article), countries=split.countries,
                                   people_countries=split.people_countries)
        resolver.dateline = split.dateline
        sentences: list[Sentence] = []
        events: list[Event] = []
        for index, sent in enumerate(split.sentences):
            sentences.append(Sentence(article.id, index, sent.text, sent.start, sent.end))
            pairs = []
            if candidates is not None and sent.judged:
                # Before the sentence joins the memory, as the rules' resolver sees it. Sentences
                # the rules could code, and those naming two actors around a trigger word: on the
                # dev split, scoring every sentence that names two countries found nothing more
                # and cost a third more model time.
                pairs = ordered_pairs(sentence_mentions(resolver, sent.span, sent.matches))
            if pairs and candidates is not None and not sent.eventful:
                # Judged, not parsed (parsing them cost a fifth of the run): no trigger word gives
                # the model's root a code here, so its base code stands; fast path or not, the same.
                candidates += [Candidate(article_index, index, sent.text, a, b, {}) for a, b in pairs]
            if not sent.parse:
                if candidates is not None:
                    resolver.observe(sent.matches, sentence=sent.span)
                continue
            doc = next(parsed)
            if pairs and candidates is not None and sent.eventful:  # an eventful sentence is always parsed
                codes = root_codes(doc[:], self.coder.patterns)
                candidates += [Candidate(article_index, index, sent.text, a, b, codes) for a, b in pairs]
            if candidates is None and sent.memory is not None:
                resolver.memory = sent.memory  # the split read the article up to here already
            actors = resolver.sentence(doc[:], _moved(sent.matches, sent.span, doc))
            events += self.coder.code_sentence(doc[:], actors=actors, article_id=article.id,
                                               sentence_index=index, date=article.date)
        return CodedArticle(article, tuple(sentences), tuple(events))

    def resolve_mention(self, context: str, mention: str, *, date: dt.date | None) -> list[ActorMention]:
        """Resolve ``mention`` in the last sentence of ``context``, earlier sentences as memory."""
        doc = self.splitter(tokenize(self.nlp, context))
        resolver = ArticleResolver(self.matcher, date=date)
        resolver.note_countries(resolver.matches(doc[:]))
        sents = list(sentences(doc))
        for sent in sents[:-1]:
            resolver.observe(resolver.matches(sent), sentence=sent)
        parsed = self.nlp(tokenize(self.nlp, sents[-1].text if sents else mention))
        at = parsed.text.rfind(mention)
        span = parsed.char_span(at, at + len(mention), alignment_mode="expand") if at >= 0 else None
        if span is None:
            return []
        return resolver.sentence(parsed[:]).mentions_at(span.root)


def _copy(sent: Span) -> Doc:
    """A new Doc of the sentence's tokens, to be parsed on its own: built from the words the
    article's tokenizer found (read as hashes), which costs a third of tokenizing it again
    and keeps the tokens the split matched names on."""
    doc = sent.doc
    orths, spaces = doc.to_array([ORTH, SPACY])[sent.start:sent.end].T.tolist()
    strings = doc.vocab.strings
    spaces[-1] = 0  # a sentence's text ends at its last word
    return Doc(doc.vocab, words=[strings[orth] for orth in orths], spaces=[bool(s) for s in spaces])


def _moved(matches: list[Span], sent: Span, doc: Doc) -> Matches:
    """The split's matches of ``sent`` carried over to ``doc``, its copy of the same words
    (:func:`_copy`), so that the coder sees the names as the article's context resolved them
    (a dated place by the article's other places)."""
    shift = sent.start
    out = Matches([Span(doc, s.start - shift, s.end - shift, label=s.label_) for s in matches])
    out.unknown = [Span(doc, s.start - shift, s.end - shift, label=s.label_)
                   for s in getattr(matches, "unknown", ())]
    return out


def _resolution_date(article: Article) -> dt.date | None:
    """A file's mtime says when it was saved, not when it was written: don't let it decide
    who held an office; undated, the resolver prefers a person's most senior role."""
    return article.date if article.date_source in {"metadata", "user", "text"} else None


@functools.lru_cache(maxsize=2)
def _load_engine(nlp_settings: NlpSettings, actor_files: tuple[Path, ...],
                 pattern_tables: tuple[str, ...] = ("triggers",)) -> Engine:
    kb = load_kb(actor_files)
    nlp = build_nlp(nlp_settings, name_tokens=sorted(kb.name_tokens()))
    patterns = load_patterns(tables=pattern_tables)
    coder = EventCoder(ontology=load_ontology(), patterns=patterns)
    candidates = CandidateFilter.build(nlp, patterns=patterns, sector_terms=kb.sectors,
                                       several_names=kb.several_surfaces())
    return Engine(nlp, kb, ActorMatcher(nlp, kb), coder, candidates, nlp_settings,
                  resolve_model_name(nlp_settings.model), nlp.create_pipe(FACTORY))
