"""A faster drop-in for the model's attribute ruler (tag → POS/morph map plus exceptions).

spaCy's AttributeRuler runs a general token Matcher over every document; for
en_core_web_sm's ~180 single-token rules that costs more than the tagger. This component
applies the same rules, in the same order, from hash tables keyed by the token's lower form,
tag or dependency, and evaluates only the few rules that cannot be keyed. A test checks that
it sets exactly the attributes the original sets. Registered as ``geopivot_attributes`` (v1).
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from spacy.attrs import DEP, IS_SPACE, LOWER, ORTH, POS, TAG
from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.parts_of_speech import NAMES as POS_NAMES
from spacy.strings import StringStore, get_string_id
from spacy.tokens import Doc, Token

FACTORY = "geopivot_attributes"
VERSION = "v1"

# A token is read as one row of Doc.to_array: reading Token attributes would create a Token
# object per word, which cost more than the rules themselves.
_COLUMNS = ("LOWER", "TAG", "DEP", "IS_SPACE", "ORTH", "POS")
_ARRAY = [ORTH if c == "ORTH" else {"LOWER": LOWER, "TAG": TAG, "DEP": DEP, "IS_SPACE": IS_SPACE,
                                    "POS": POS}[c] for c in _COLUMNS]
Row = list[int]
_KEYS = ("LOWER", "TAG", "DEP", "IS_SPACE")
_KEY_COLUMNS = tuple(_COLUMNS.index(key) for key in _KEYS)
Predicate = Callable[[Row, StringStore], bool]


def _value(key: str, value: Any) -> int:
    """A pattern's value as the array holds it: a string's hash, a POS symbol, a flag."""
    if key == "IS_SPACE":
        return int(bool(value))
    if key == "POS":
        return int(POS_IDS[value])
    return get_string_id(value)


def _text(key: str, number: int, strings: StringStore) -> str:
    return POS_NAMES[number] if key == "POS" else strings[number]


def _predicate(key: str, spec: Any) -> Predicate:
    column = _COLUMNS.index(key)
    if not isinstance(spec, dict):
        wanted = _value(key, spec)
        return lambda row, strings: row[column] == wanted
    (op, value), = spec.items()
    if op == "IN":
        allowed = frozenset(_value(key, v) for v in value)
        return lambda row, strings: row[column] in allowed
    if op == "NOT_IN":
        banned = frozenset(_value(key, v) for v in value)
        return lambda row, strings: row[column] not in banned
    if op == "REGEX":
        pattern = re.compile(value)
        return lambda row, strings: pattern.search(_text(key, row[column], strings)) is not None
    raise ValueError(f"unsupported attribute-ruler operator {op!r}")


class _Rule:
    __slots__ = ("order", "tokens", "index", "attrs", "length")

    def __init__(self, order: int, tokens: list[list[Predicate]], index: int, attrs: dict[str, str]):
        self.order = order
        self.tokens = tokens
        self.length = len(tokens)
        self.index = index
        self.attrs = attrs

    def matches_at(self, rows: list[Row], start: int, strings: StringStore, *, skip_first: bool = False) -> bool:
        if start + self.length > len(rows):
            return False
        return all(p(rows[start + i], strings) for i, preds in enumerate(self.tokens)
                   if i or not skip_first for p in preds)


class FastAttributeRuler:
    """Applies attribute-ruler patterns through keyed lookups instead of a Matcher.

    Which one-token rules hold for a token depends only on its row (its lower form, tag,
    dependency, ...), and rows repeat a great deal ("the"/DT/det), so the answer is kept per
    row; the few rules of several tokens are checked where their first token's key fits."""

    _MEMO_LIMIT = 200_000  # rows remembered before the memo starts again (bounded memory)

    def __init__(self, name: str = FACTORY, *, patterns: list[dict[str, Any]]) -> None:
        self.name = name
        self.version = VERSION
        self._by: dict[str, dict[int, list[_Rule]]] = {k: defaultdict(list) for k in _KEYS}
        self._unkeyed: list[_Rule] = []
        self._memo: dict[tuple[int, ...], list[_Rule]] = {}
        for order, entry in enumerate(patterns):
            for tokens in entry["patterns"]:
                self._add(order, tokens, entry.get("index", 0), entry["attrs"])

    def _add(self, order: int, tokens: list[dict[str, Any]], index: int, attrs: dict[str, str]) -> None:
        """File the rule under its first token's exact LOWER, TAG, DEP or IS_SPACE value(s);
        the lookup then stands for that condition, so it is not checked again."""
        first = tokens[0]
        for key in _KEYS:
            spec = first.get(key)
            values = [spec] if isinstance(spec, (str, bool)) else spec["IN"] \
                if isinstance(spec, dict) and set(spec) == {"IN"} else None
            if values is None:
                continue
            rest = [{k: v for k, v in first.items() if k != key}, *tokens[1:]]
            rule = _Rule(order, _predicates(rest), index, attrs)
            for value in values:
                self._by[key][_value(key, value)].append(rule)
            return
        self._unkeyed.append(_Rule(order, _predicates(tokens), index, attrs))

    def _rules_for(self, row: Row) -> list[_Rule]:
        """The rules whose first token's key fits ``row``."""
        rules = [*self._unkeyed]
        for key, column in zip(_KEYS, _KEY_COLUMNS):
            rules += self._by[key].get(row[column], ())
        return rules

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        strings = doc.vocab.strings
        rows = doc.to_array(_ARRAY).tolist()
        memo = self._memo
        if len(memo) > self._MEMO_LIMIT:
            memo.clear()
        hits: list[tuple[int, int, _Rule]] = []
        for i, row in enumerate(rows):
            key = tuple(row)
            found = memo.get(key)
            if found is None:
                found = memo[key] = [rule for rule in self._rules_for(row)
                                     if all(p(row, strings) for p in rule.tokens[0])]
            for rule in found:
                if rule.length == 1 or rule.matches_at(rows, i, strings, skip_first=True):
                    hits.append((rule.order, i, rule))
        hits.sort(key=lambda hit: (hit[0], hit[1]))
        for _, start, rule in hits:
            at = start + rule.index if rule.index >= 0 else start + rule.length + rule.index
            _set(doc[at], rule.attrs)
        return doc


def _predicates(tokens: list[dict[str, Any]]) -> list[list[Predicate]]:
    return [[_predicate(k, v) for k, v in token.items()] for token in tokens]


def _set(token: Token, attrs: dict[str, str]) -> None:
    for key, value in attrs.items():
        if key == "MORPH":
            token.set_morph(value)
        elif key == "POS":
            token.pos_ = value
        elif key == "LEMMA":
            token.lemma_ = value
        elif key == "TAG":
            token.tag_ = value
        elif key == "DEP":
            token.dep_ = value
        else:
            raise ValueError(f"unsupported attribute {key!r}")


@Language.factory(FACTORY, default_config={"patterns": []})
def make_fast_attribute_ruler(nlp: Language, name: str, patterns: list[dict[str, Any]]) -> FastAttributeRuler:
    return FastAttributeRuler(name, patterns=patterns)
