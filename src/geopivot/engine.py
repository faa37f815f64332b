"""The loaded machinery of coding — model, knowledge base, patterns — built once per process.

Articles are split into sentences by the tokenizer and a rule-based sentencizer (cheap and the
same in every mode); each sentence is then parsed on its own, and only when it could yield an
event (:mod:`geopivot.nlp.candidates`). With ``fast_path=False`` every sentence is parsed,
which must give exactly the same events: the benchmark and a test compare the two.
"""
from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc, Span

from geopivot.actors.kb import ActorKB, load_kb
from geopivot.actors.resolve import ActorMatcher, ArticleResolver
from geopivot.events.coder import EventCoder, load_patterns
from geopivot.events.ontology import load_ontology
from geopivot.models import Article, CodedArticle, Event, Sentence
from geopivot.nlp import build_nlp, resolve_model_name
from geopivot.nlp.candidates import CandidateFilter, inflected_forms
from geopivot.settings import NlpSettings, Settings


@dataclass(slots=True)
class EngineStats:
    """How many sentences were parsed and how many the fast path skipped."""

    sentences: int = 0
    parsed: int = 0


@dataclass(slots=True)
class _Split:
    article: Article
    sentences: list[tuple[Span, list[Span], bool]]


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
    sentencizer: Sentencizer = field(default_factory=Sentencizer)
    stats: EngineStats = field(default_factory=EngineStats)

    @classmethod
    def load(cls, settings: Settings) -> Engine:
        return _load_engine(settings.nlp, settings.actor_files)

    def code_articles(self, articles: Sequence[Article]) -> list[CodedArticle]:
        """Split sentences, resolve actors and code events for each article, in order."""
        splits = [self._split(article) for article in articles]
        texts = [sent.text for split in splits for sent, _, parse in split.sentences if parse]
        parsed = self.nlp.pipe(texts, batch_size=self.settings.batch_size)
        self.stats.parsed += len(texts)
        return [self._code(split, parsed) for split in splits]

    def _split(self, article: Article) -> _Split:
        doc = self.sentencizer(self.nlp.make_doc(article.text))
        resolver = ArticleResolver(self.matcher, date=article.date)
        sentences = []
        for sent in doc.sents:
            if not sent.text.strip():
                continue
            matches = resolver.matches(sent)
            known = {name.lower() for name in resolver.memory.surnames}
            parse = not self.settings.fast_path or self.candidates(
                sent, has_kb_match=bool(matches), extra_forms=known)
            resolver.observe(matches)
            sentences.append((sent, matches, parse))
        self.stats.sentences += len(sentences)
        return _Split(article, sentences)

    def _code(self, split: _Split, parsed: Iterator[Doc]) -> CodedArticle:
        article = split.article
        resolver = ArticleResolver(self.matcher, date=article.date)
        sentences: list[Sentence] = []
        events: list[Event] = []
        for index, (sent, matches, parse) in enumerate(split.sentences):
            sentences.append(Sentence(article.id, index, sent.text, sent.start_char, sent.end_char))
            if not parse:
                resolver.observe(matches)
                continue
            doc = next(parsed)
            events += self.coder.code_sentence(doc[:], actors=resolver.sentence(doc[:]),
                                               article_id=article.id, sentence_index=index,
                                               date=article.date)
        return CodedArticle(article, tuple(sentences), tuple(events))


@functools.lru_cache(maxsize=2)
def _load_engine(nlp_settings: NlpSettings, actor_files: tuple[Path, ...]) -> Engine:
    kb = load_kb(actor_files)
    nlp = build_nlp(nlp_settings, name_tokens=sorted(kb.name_tokens()))
    patterns = load_patterns()
    coder = EventCoder(ontology=load_ontology(), patterns=patterns)
    sector_words = {term.split()[-1] for term in kb.sectors}
    candidates = CandidateFilter(trigger_forms=inflected_forms(nlp, patterns.trigger_lemmas()),
                                 actor_forms=inflected_forms(nlp, sector_words))
    return Engine(nlp, kb, ActorMatcher(nlp, kb), coder, candidates, nlp_settings,
                  resolve_model_name(nlp_settings.model))
