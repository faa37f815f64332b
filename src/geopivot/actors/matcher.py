"""Find knowledge-base names in a doc: spaCy phrase matchers for the reviewed tables and user
files, and a word index for the ~25,000 plain names derived from the Phoenix dictionaries."""
from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from geopivot.actors.kb import ActorKB
from geopivot.actors.surnames import BareSurnames


class ActorMatcher:
    """Phrase matchers over the knowledge base's surfaces; build once per process."""

    def __init__(self, nlp: Language, kb: ActorKB) -> None:
        self.kb = kb
        self.bare = BareSurnames.build(kb)
        self._exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._folded = PhraseMatcher(nlp.vocab, attr="LOWER")
        special = set(nlp.tokenizer.rules or {})
        # The derived tables' 25,000 names of plain words go to a word index: building spaCy
        # patterns for them would cost seconds of start-up for every process.
        self._index = _NameIndex()
        surfaces = []
        for surface in kb.surfaces():
            if "@" in surface:
                continue  # "Juba@SDN" is a key, not text
            if _plain(surface, special) and all(e.source in _DERIVED for e in kb.entries[surface]):
                self._index.add(surface.split(" "), surface, fold=False)
            else:
                surfaces.append(surface)
        for surface, doc in zip(surfaces, nlp.tokenizer.pipe(surfaces)):
            self._exact.add(surface, [doc])
        # Tokenizer exceptions are case-sensitive ("Al-Qaeda" stays whole, "AL-QAEDA" does not),
        # so an upper-case dictionary name is also tokenized as the text would write it.
        for surface in kb.folded_surfaces():
            if _plain(surface, special) and all(e.source in _DERIVED for e in kb.folded[surface]):
                self._index.add(surface.split(" "), surface, fold=True)
                continue
            docs = {tuple(t.lower_ for t in doc): doc
                    for doc in nlp.tokenizer.pipe([surface, surface.title(), surface.lower()])}
            self._folded.add(surface, list(docs.values()))

    def spans(self, doc: Doc) -> list[Span]:
        """Longest non-overlapping knowledge-base matches, each labelled with its surface."""
        found = [Span(doc, s, e, label=m) for m, s, e in self._exact(doc)]
        if len(self._folded):
            found += [Span(doc, s, e, label=m) for m, s, e in self._folded(doc)]
        found += [Span(doc, s, e, label=label) for label, s, e in self._index(doc)]
        return filter_spans([s for s in found if not self._cut_name(s)])

    def _cut_name(self, span: Span) -> bool:
        """A person's name that ends inside a hyphenated word ("Cho Hyun" in "Cho Hyun-woo")
        is someone else's."""
        doc, end = span.doc, span.end
        return end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
            and doc[end + 1].is_alpha and all(e.kind == "person" for e in self.kb.lookup(span.label_))


_DERIVED = {"phoenix", "companies"}


def _plain(surface: str, special: set[str]) -> bool:
    """A name of letters-only words that the tokenizer splits on spaces and nowhere else."""
    return all(w.isalpha() and w not in special for w in surface.split(" "))


class _NameIndex:
    """Multi-word names by their first word: a phrase matcher for plain names that costs
    nothing to build. Case-sensitive names and folded (case-insensitive) names are kept apart."""

    def __init__(self) -> None:
        self._exact: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        self._folded: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        self._openers: set[str] | None = None

    def add(self, words: list[str], label: str, *, fold: bool) -> None:
        table = self._folded if fold else self._exact
        key = tuple(w.lower() for w in words) if fold else tuple(words)
        table.setdefault(key[0], []).append((key, label))
        self._openers = None

    def __call__(self, doc: Doc) -> list[tuple[str, int, int]]:
        """(label, start, end) of every name in ``doc``. A word is looked up only if it can open
        a name as written: an exact first word, or a folded one written lower, Title or UPPER
        case (one set lookup per token; "ElBaradei" is exact)."""
        if self._openers is None:
            self._openers = set(self._exact) | {form for w in self._folded
                                                for form in (w, w.title(), w.upper())}
        texts = [t.text for t in doc]
        openers = self._openers
        hits = [i for i, word in enumerate(texts) if word in openers]
        if not hits:
            return []
        out = []
        exact, folded = self._exact, self._folded
        lowers = [w.lower() for w in texts] if folded else texts
        for i in hits:
            for key, label in exact.get(texts[i], ()):
                if tuple(texts[i:i + len(key)]) == key:
                    out.append((label, i, i + len(key)))
            for key, label in folded.get(lowers[i], ()):
                if tuple(lowers[i:i + len(key)]) == key:
                    out.append((label, i, i + len(key)))
        return out
