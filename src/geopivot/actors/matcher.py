"""Find knowledge-base names in a doc: spaCy phrase matchers for the reviewed tables and user
files, and a word index for the ~25,000 plain names derived from the Phoenix dictionaries."""
from __future__ import annotations

from spacy.language import Language
from spacy.attrs import LOWER, ORTH
from spacy.matcher import PhraseMatcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from geopivot.actors.cues import STATE_KINDS
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
        # Names of plain words (about 30,000, most from the derived tables) go to a word index:
        # the tokenizer splits them at spaces only, so it finds what a phrase matcher would,
        # and building spaCy patterns for them would cost a second of start-up per process.
        self._index = _NameIndex()
        surfaces = []
        for surface in kb.surfaces():
            if "@" in surface:
                continue  # "Juba@SDN" is a key, not text
            if _plain(surface, special):
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
        found = filter_spans([s for s in found if not self._cut_name(s)])
        extra = [span for span in map(self._combining, found) if span is not None]
        return filter_spans(found + extra) if extra else found

    def _combining(self, span: Span) -> Span | None:
        """ "Sino-Japanese": a combining form right before a hyphen and a state's name is its
        state (combining_forms.tsv)."""
        doc, start = span.doc, span.start
        if start < 2 or doc[start - 1].text != "-" or doc[start - 2].whitespace_ or doc[start - 1].whitespace_:
            return None
        state = self.kb.combining.get(doc[start - 2].text)
        if state is None or not any(e.kind in STATE_KINDS for e in self.kb.lookup(span.label_)):
            return None
        return Span(doc, start - 2, start - 1, label=self.kb.state_names[state])

    def _cut_name(self, span: Span) -> bool:
        """A person's name that ends inside a hyphenated word ("Cho Hyun" in "Cho Hyun-woo")
        is someone else's."""
        doc, end = span.doc, span.end
        return end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
            and doc[end + 1].is_alpha and all(e.kind == "person" for e in self.kb.lookup(span.label_))


_DERIVED = {"phoenix", "companies"}


def _plain(surface: str, special: set[str]) -> bool:
    """A name of letters-only words that the tokenizer splits on spaces and nowhere else."""
    words = surface.split(" ")
    return surface.replace(" ", "").isalpha() and "" not in words and special.isdisjoint(words)


class _NameIndex:
    """Plain names filed by their first two words: a phrase matcher that costs nothing to
    build. Case-sensitive names and folded (case-insensitive) names are kept apart.

    Words are compared as spaCy's string hashes read from ``Doc.to_array``: a list of the doc's
    token texts would create a Token object per word, which cost more than the matching. A
    common opener ("the", "new") then costs one lookup of the next word, not a check against
    every name it opens."""

    def __init__(self) -> None:
        self._exact: _Table = {}
        self._folded: _Table = {}

    def add(self, words: list[str], label: str, *, fold: bool) -> None:
        """A folded name opens only where its first word is written lower, Title or UPPER
        case ("ElBaradei" is exact, "eLbaradei" no name)."""
        key = tuple(w.lower() for w in words) if fold else tuple(words)
        hashed = tuple(get_string_id(w) for w in key)
        forms = frozenset(get_string_id(f) for f in (key[0], key[0].title(), key[0].upper())) if fold else None
        _, by_second = (self._folded if fold else self._exact).setdefault(hashed[0], (forms, {}))
        second = hashed[1] if len(hashed) > 1 else None
        by_second.setdefault(second, {}).setdefault(hashed, []).append(label)

    def __call__(self, doc: Doc) -> list[tuple[str, int, int]]:
        """(label, start, end) of every name in ``doc``."""
        exact, folded = self._exact, self._folded
        out = []
        orths, lowers = (doc.to_array([ORTH, LOWER]).T.tolist() if len(doc) else ([], []))
        for table, words in ((exact, orths), (folded, lowers)):
            for i in [i for i, word in enumerate(words) if word in table]:
                forms, by_second = table[words[i]]
                if forms is not None and orths[i] not in forms:
                    continue
                candidates = [*by_second.get(None, {}).items()]
                if i + 1 < len(words):
                    candidates += by_second.get(words[i + 1], {}).items()
                for key, labels in candidates:
                    if len(key) <= 2 or tuple(words[i:i + len(key)]) == key:
                        out += [(label, i, i + len(key)) for label in labels]
        return out


# first word's hash -> (hashes of the forms it may be written in, or None for any;
#                       {second word's hash, or None for one-word names: {words: labels}})
_Table = dict[int, tuple[frozenset[int] | None, dict[int | None, dict[tuple[int, ...], list[str]]]]]
