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

from spacy.language import Language
from spacy.tokens import Doc, Token

FACTORY = "geopivot_attributes"
VERSION = "v1"

Predicate = Callable[[Token], bool]
_GETTERS: dict[str, Callable[[Token], Any]] = {
    "LOWER": lambda t: t.lower_, "TAG": lambda t: t.tag_, "DEP": lambda t: t.dep_,
    "IS_SPACE": lambda t: t.is_space, "ORTH": lambda t: t.text, "POS": lambda t: t.pos_,
}


def _predicate(key: str, spec: Any) -> Predicate:
    get = _GETTERS[key]
    if not isinstance(spec, dict):
        return lambda t: get(t) == spec
    (op, value), = spec.items()
    if op == "IN":
        allowed = frozenset(value)
        return lambda t: get(t) in allowed
    if op == "NOT_IN":
        banned = frozenset(value)
        return lambda t: get(t) not in banned
    if op == "REGEX":
        pattern = re.compile(value)
        return lambda t: pattern.search(get(t)) is not None
    raise ValueError(f"unsupported attribute-ruler operator {op!r}")


class _Rule:
    __slots__ = ("order", "tokens", "index", "attrs", "single")

    def __init__(self, order: int, tokens: list[dict[str, Any]], index: int, attrs: dict[str, str]):
        self.order = order
        self.tokens = [[_predicate(k, v) for k, v in token.items()] for token in tokens]
        self.index = index
        self.attrs = attrs
        self.single = len(self.tokens) == 1

    def matches_at(self, doc: Doc, start: int) -> bool:
        if start + len(self.tokens) > len(doc):
            return False
        return all(p(doc[start + i]) for i, preds in enumerate(self.tokens) for p in preds)


class FastAttributeRuler:
    """Applies attribute-ruler patterns through keyed lookups instead of a Matcher."""

    def __init__(self, name: str = FACTORY, *, patterns: list[dict[str, Any]]) -> None:
        self.name = name
        self.version = VERSION
        self._by: dict[str, dict[Any, list[_Rule]]] = {k: defaultdict(list) for k in ("LOWER", "TAG", "DEP")}
        self._unkeyed: list[_Rule] = []
        for order, entry in enumerate(patterns):
            for tokens in entry["patterns"]:
                self._add(_Rule(order, tokens, entry.get("index", 0), entry["attrs"]), tokens[0])

    def _add(self, rule: _Rule, first: dict[str, Any]) -> None:
        """File the rule under its first token's exact LOWER, TAG or DEP value(s)."""
        for key in ("LOWER", "TAG", "DEP"):
            spec = first.get(key)
            if isinstance(spec, str):
                self._by[key][spec].append(rule)
                return
            if isinstance(spec, dict) and set(spec) == {"IN"}:
                for value in spec["IN"]:
                    self._by[key][value].append(rule)
                return
        self._unkeyed.append(rule)

    def __call__(self, doc: Doc) -> Doc:
        hits: list[tuple[int, int, _Rule]] = []
        by_lower, by_tag, by_dep = self._by["LOWER"], self._by["TAG"], self._by["DEP"]
        for token in doc:
            for group in (by_lower.get(token.lower_, ()), by_tag.get(token.tag_, ()),
                          by_dep.get(token.dep_, ()), self._unkeyed):
                for rule in group:
                    if rule.single:
                        if all(p(token) for p in rule.tokens[0]):
                            hits.append((rule.order, token.i, rule))
                    elif rule.matches_at(doc, token.i):
                        hits.append((rule.order, token.i, rule))
        hits.sort(key=lambda hit: (hit[0], hit[1]))
        for _, start, rule in hits:
            _set(doc[start + rule.index if rule.index >= 0 else start + len(rule.tokens) + rule.index], rule.attrs)
        return doc


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
