"""A reader for PETRARCH2's CAMEO verb dictionary and a converter into trigger-table rows.

PETRARCH2 (Open Event Data Alliance, MIT licence) ships ``CAMEO.2.0.txt``: synonym sets
(``&NAME`` then ``+WORD`` lines), then verb blocks (``--- NAME [code] ---``) of synonymous
verbs, each with an optional code of its own, followed by patterns
(``- [pre-verb nouns] * [post-verb nouns] [(PREP NOUN)] [code]``) that apply to every verb
of the block. The format is described in PETRARCH2's ``dictionaries.rst``.

The converter keeps what the trigger table can say faithfully: a verb with its own code, a
verb with a particle ("put off"), a direct-object noun ("stage an attack"), a preposition
over a noun ("ask for aid"), and a bare preposition that marks the target ("rush to").
Patterns that constrain the subject (words before ``*``), that chain two prepositional
phrases, or that use the actor markers ``$ + % ^`` are left out: geopivot's coder cannot
check them, and dropping a constraint would change what the pattern means.

The rows are written once, by ``tools/derive_cameo_verbs.py``, into the packaged table
``data/patterns/cameo_verbs.tsv`` (facts: word -> CAMEO code, with the dictionary's
attribution), so a fresh install codes with them without the dictionary at hand.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from geopivot.errors import DataFileError
from geopivot.events.nominal import ALL_LIGHT_VERBS
from geopivot.events.patterns import PREPOSITION_SLOTS, STRUCTURAL_SLOTS

__all__ = ["VerbBlock", "VerbPattern", "convert", "read_verb_dictionary"]

# Words the parser labels as verb particles ("put off", "set up"); a second word of a
# multi-word verb that is one of these is the row's particle.
PARTICLES = frozenset({"up", "out", "off", "down", "away", "back", "over", "aside", "forward",
                       "together", "apart", "in", "on", "through", "around", "about", "along"})
# Verbs too general to code an event by themselves ("gave X ten days", "left twenty dead",
# "conducted a drill"): the light verbs of nominal events and a few more. Their patterns with
# an object or a particle are kept; the bare verb is not.
GENERAL_VERBS = ALL_LIGHT_VERBS | frozenset({
    "leave", "take", "get", "put", "set", "go", "come", "keep", "bring", "turn", "run", "see",
    "use", "let", "move", "show", "work", "play", "call", "receive", "accept", "approve", "back",
    "support", "host", "meet", "welcome", "name", "want", "need", "seek", "become", "remain",
})
# A row without an object noun codes only from this root up (investigate, demand, disapprove,
# reject, threaten, protest, force, reduce relations, coerce, assault, fight, mass violence).
# Measured on the dev sets, such rows for roots 01-08 ("told", "assured", "faced", "dealt
# with", "helped", "took over") were right about half the time, against ~0.97 for own rows.
MIN_BARE_ROOT = "09"
# Prepositions a converted row may take its target from, in the order tried. "for", "over" and
# "about" are left out of the default list: their object is usually the matter, not the actor.
VERB_TARGETS = ("dobj", "with", "against", "to", "on", "at", "toward", "towards", "into", "from")
# An object row: the object is the event's noun; the counterpart hangs on the verb or the noun
# ("demanded the release of X", "launched an attack on X").
OBJECT_TARGETS = ("to", "with", "against", "on", "at", "toward", "towards", "into", "from", "of")
# Verbs of receipt: what their subject receives is the giver's act. The dictionary codes most
# receipts on the giver's side ("[:071]"); its few provision codes (07) on the recipient's
# side ("received weapons" [072]) are read the same way, as CAMEO defines 07 as the giver's act.
RECEIPT_VERBS = frozenset({"receive", "get", "obtain", "gain", "win", "accept"})
# Roots of cooperation whose counterpart may be named by "between" or a coordinated subject.
RECIPROCAL_ROOTS = frozenset({"04", "06"})
# When the clause is an intent ("will", "agreed to", "threatened to"): the intent (03) or
# threat (13) code of the same kind; by full code first, then by root.
INTENT_BY_CODE = {"161": "1313", "162": "1311", "163": "1312", "164": "134", "165": "135",
                  "166": "136"}
INTENT_BY_ROOT = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035", "14": "133",
                  "15": "138", "16": "131", "17": "137", "18": "138", "19": "138", "20": "138"}
# When refused ("refused to meet"): the matching reject (12) code.
NEGATED_BY_ROOT = {"03": "120", "04": "125", "05": "120", "06": "121", "07": "122", "08": "124"}

SLOTS = STRUCTURAL_SLOTS | PREPOSITION_SLOTS
_CODE = re.compile(r"\[([^\]]*)\]")
_BRACES = re.compile(r"\{[^}]*\}")
_WORD = re.compile(r"[a-z][a-z-]*")


@dataclass(frozen=True, slots=True)
class VerbPattern:
    """One ``-`` line: the post-verb words as written, and its (source-side) code."""

    post: str
    code: str
    line: int
    pre: str = ""
    origin: str = ""  # the verb the pattern was written for, from its comment ("# STAGE")
    received: bool = False  # the code is the giver's act toward the subject ("[:071]")


@dataclass(slots=True)
class VerbBlock:
    """A ``---`` block: its verbs (written form -> own code or "") and its patterns."""

    name: str
    code: str
    line: int
    verbs: dict[str, str] = field(default_factory=dict)
    patterns: list[VerbPattern] = field(default_factory=list)
    forms: dict[str, str] = field(default_factory=dict)  # written or inflected form -> verb

    def verbs_for(self, pattern: VerbPattern) -> list[str]:
        """The block's verbs a pattern applies to: the one its comment names when that is one
        of them ("- * {MOCK ATTACK} [062] # STAGE" is "stage", not every synonym of the
        block), else all of them, as PETRARCH applies it."""
        verb = self.forms.get(pattern.origin) if pattern.origin else None
        return [verb] if verb else list(self.verbs)


@dataclass(slots=True)
class VerbDictionary:
    synsets: dict[str, tuple[str, ...]]
    blocks: list[VerbBlock]


def _code(text: str) -> str:
    """The source-side code of ``[123]`` or ``[042:043]`` ("" for ``---`` or a target-side only
    code such as ``[:173]``, which says what the target does)."""
    match = _CODE.search(text)
    if not match:
        return ""
    first = match.group(1).split(":")[0].strip()
    return first if first.isdigit() else ""


def _target_code(text: str) -> str:
    """The code of a target-side only ``[:071]``: what the other side did to the subject
    ("received a loan" is the lender's 071), or ""."""
    match = _CODE.search(text)
    parts = match.group(1).split(":") if match else []
    if len(parts) != 2 or parts[0].strip():
        return ""
    second = parts[1].strip()
    return second if second.isdigit() else ""


def _paired(text: str) -> bool:
    """``[040:040]``: the same event both ways, a reciprocal pattern."""
    match = _CODE.search(text)
    parts = match.group(1).split(":") if match else []
    return len(parts) == 2 and parts[0] == parts[1] and parts[0].isdigit()


def _regular_forms(verb: str) -> list[str]:
    """"ASK" -> ASKS, ASKED, ASKING; "+ASK_FOR" -> +ASKS_FOR ...: the inflections PETRARCH
    generates for a regular verb (its comments name a pattern's verb in any of them)."""
    words = verb.split("_")
    at = next((i for i, w in enumerate(words) if w.startswith("+")), 0)
    plus = "+" if words[at].startswith("+") else ""
    head = words[at].lstrip("+")
    if head.endswith("Y") and head[-2:-1] not in "AEIOU":  # "deny": denies, denied
        third, past = head[:-1] + "IES", head[:-1] + "IED"
    else:
        third = head + ("ES" if head.endswith(("S", "SH", "CH", "X", "Z")) else "S")
        past = head + ("D" if head.endswith("E") else "ED")
    gerund = (head[:-1] if head.endswith("E") else head) + "ING"
    return ["_".join([*words[:at], plus + form, *words[at + 1:]]) for form in (third, past, gerund)]


def read_verb_dictionary(path: Path) -> VerbDictionary:
    """Parse ``CAMEO.2.0.txt``; a file with no verb block raises :class:`DataFileError`."""
    try:
        lines = Path(path).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError as e:
        raise DataFileError(str(path), f"cannot read: {e.strerror or e}") from e
    synsets: dict[str, list[str]] = {}
    blocks: list[VerbBlock] = []
    current_set: str | None = None
    in_patterns = False
    for number, raw in enumerate(lines, start=1):
        text = raw.split("#", 1)[0].rstrip()
        if raw.startswith("####### VERB PATTERNS"):
            in_patterns, current_set = True, None
            continue
        if not text.strip():
            current_set = None if not in_patterns else current_set
            continue
        if not in_patterns:
            if text.startswith("&"):
                current_set = text.split()[0]
                synsets[current_set] = []
            elif text.startswith("+") and current_set:
                synsets[current_set].append(text[1:].strip())
            continue
        if text.startswith("---"):
            name = text.strip("- ").split("[")[0].strip()
            blocks.append(VerbBlock(name, _code(text), number))
        elif text.startswith("~") or not blocks:
            continue  # verb-verb transformations: the coder's clause modes do this work
        elif text.startswith("-"):
            body = _CODE.split(text[1:], maxsplit=1)[0]
            pre, _, post = body.partition("*")
            comment = raw.split("#", 1)[1].split() if "#" in raw else []
            code = _code(text)
            given = "" if code else _target_code(text)  # "[:071]": the other side's act
            blocks[-1].patterns.append(VerbPattern(
                post.strip(), (code or given) + ("=" if _paired(text) else ""), number, pre.strip(),
                comment[0] if comment and comment[0].isupper() else "", bool(given)))
        else:
            word = _BRACES.sub("", _CODE.sub("", text)).strip()
            if word:
                verb = word.split()[0]
                blocks[-1].verbs[verb] = _code(text)
                irregular = [f for b in _BRACES.findall(text) for f in b.strip("{}").split()]
                for form in [verb, *irregular, *_regular_forms(verb)]:
                    blocks[-1].forms.setdefault(form.replace("+", ""), verb)
    if not blocks:
        raise DataFileError(str(path), "no verb blocks (is this PETRARCH's CAMEO verb dictionary?)")
    return VerbDictionary({k: tuple(v) for k, v in synsets.items()}, blocks)


@dataclass(frozen=True, slots=True)
class _Verb:
    lemma: str  # "MOD HEAD" allowed
    particle: str = ""
    obj: str = ""
    prep: str = ""


def _verb(written: str) -> _Verb | None:
    """``ASK``, ``+ASK_FOR``, ``+SET_UP``, ``+TAKE_LEAVE``, ``WIRE_+TAP`` as a trigger."""
    words = written.lower().split("_")
    if len(words) == 1:
        return _Verb(words[0].lstrip("+"))
    if len(words) != 2:
        return None
    first, second = words
    if second.startswith("+"):  # "wire_+tap": a modifier before the verb
        return _Verb(f"{first} {second[1:]}")
    head = first.lstrip("+")
    if second in PARTICLES:
        return _Verb(head, particle=second)
    if second in VERB_TARGETS or second in ("for", "of", "over", "about", "upon", "by"):
        return _Verb(head, prep=second)
    return _Verb(head, obj=second)


def _terms(word: str, synsets: dict[str, tuple[str, ...]]) -> list[str]:
    """A noun slot as trigger-table terms ("aid", "financial aid"); a synset expands."""
    word = word.strip("{}")
    phrases = synsets.get(word.split()[0], ()) if word.startswith("&") else (word,)
    out = []
    for phrase in phrases:
        words = phrase.lower().replace("_", " ").split()
        if words and all(_WORD.fullmatch(w) for w in words):
            out.append(" ".join(words[-2:]))
    return out


_TOKEN = re.compile(r"\([^)]*\)|\{[^}]*\}|\S+")


def _post(post: str, synsets: dict[str, tuple[str, ...]]) -> tuple[str, list[str], str] | None:
    """(particle, object terms, preposition) of a pattern's post-verb part, or None when the
    trigger table cannot say it. The preposition is over the object when there is one
    ("(FOR AID)") and otherwise marks the target ("(AGAINST)")."""
    if any(mark in post for mark in "$+%^"):
        return None
    particle, objects, prep = "", [], ""
    tokens = _TOKEN.findall(post)
    for index, token in enumerate(tokens):
        if token.startswith("("):
            inner = _TOKEN.findall(token[1:-1])
            if prep or not inner or len(inner) > 2:
                return None
            word = inner[0].lower()
            if not _WORD.fullmatch(word):
                return None
            if len(inner) == 2:
                if objects or particle:
                    return None  # "HELP (AGAINST REVOLT)": a second constraint we cannot check
                objects, prep = _terms(inner[1], synsets), word
                if not objects:
                    return None
                particle = word
            else:
                prep = word
        elif index == 0 and token.lower() in PARTICLES and len(tokens) > 1:
            particle = token.lower()
        elif not objects and not prep:
            objects = _terms(token, synsets)
            if not objects:
                return None
        else:
            return None
    if not objects and not prep and not particle:
        return None
    return particle, objects, prep


def _intent(code: str, code_of: Callable[[str], str]) -> str:
    return code_of(INTENT_BY_CODE.get(code[:3], INTENT_BY_ROOT.get(code[:2], "")))


def _negated(code: str, code_of: Callable[[str], str]) -> str:
    return code_of(NEGATED_BY_ROOT.get(code[:2], ""))


def convert(dictionary: VerbDictionary, *, known_codes: Iterable[str],
            modes: bool = False) -> list[dict[str, str]]:
    """Trigger-table rows (the columns of ``triggers.tsv``) for every verb and pattern the
    table can express; codes outside ``known_codes`` fall back on their nearest known parent.

    Intent codes come by root (``INTENT_BY_ROOT``: "will send an envoy" is 036). ``modes``:
    also fill the refusal (12) codes by root; off by default: measured on the dev sets, a
    dictionary row read as a refusal was wrong more often than right ("will not send troops"
    is no rejection of anyone); without it a refused dictionary event codes nothing.
    """
    known = frozenset(known_codes)
    # (lemma, particle, object, targets) -> its row key: the first pattern for some words wins,
    # as in PETRARCH; a later one for the same words ("ask for support": 020, then 022) is a
    # narrower reading the table cannot tell apart.
    claimed: set[tuple[str, str, str, str]] = set()
    rows: dict[tuple[str, str, str, str], dict[str, str]] = {}

    def code_of(code: str) -> str:
        while code and code not in known:
            code = code[:-1] if len(code) > 3 else (code[:2] + "0" if code[2:] != "0" else "")
        return code

    def add(lemma: str, particle: str, objects: list[str], targets: tuple[str, ...],
            code: str, reciprocal: bool) -> None:
        code = code_of(code)
        if (not code or not all(_WORD.fullmatch(w) for w in lemma.split())
                or any(t not in SLOTS for t in targets)):
            return
        if not objects and code[:2] < MIN_BARE_ROOT:
            return
        root = code[:2]
        if reciprocal or (root in RECIPROCAL_ROOTS and "between" not in targets and not
                          (len(targets) == 1 and targets[0] != "dobj")):
            targets = (*targets, "between")
        slots = "|".join(targets)
        fresh = [o for o in objects or [""] if (lemma, particle, o, slots) not in claimed]
        if not fresh:
            return
        claimed.update((lemma, particle, o, slots) for o in fresh)
        key = (lemma, particle, slots, code)
        row = rows.get(key)
        if row is None:
            intent = _intent(code, code_of)
            negated = _negated(code, code_of) if modes else ""
            rows[key] = {"pos": "verb", "lemma": lemma, "particle": particle,
                         "object": "|".join(fresh), "target": slots, "code": code,
                         "negated": negated, "intent": intent, "unary": ""}
        elif row["object"] and fresh != [""]:
            row["object"] = "|".join([*row["object"].split("|"), *fresh])
        else:  # a bare row and an object row for the same code stay two rows
            rows[(*key[:3], code + "+" + str(len(rows)))] = {**row, "object": "|".join(fresh)}

    for block in dictionary.blocks:
        verbs = [(_verb(w), own or block.code) for w, own in block.verbs.items()]
        for verb, code in verbs:
            if verb is None or not code:
                continue
            if verb.lemma in GENERAL_VERBS and not (verb.particle or verb.prep or verb.obj):
                continue
            if verb.obj:
                add(verb.lemma, verb.particle, [verb.obj], OBJECT_TARGETS, code, False)
            else:
                add(verb.lemma, verb.particle, [], (verb.prep,) if verb.prep else VERB_TARGETS,
                    code, False)
        for pattern in block.patterns:
            if pattern.pre or not pattern.code.rstrip("="):
                continue  # a subject constraint geopivot cannot check
            post = _post(pattern.post, dictionary.synsets)
            if post is None:
                continue
            particle, objects, prep = post
            for verb in [_verb(w) for w in block.verbs_for(pattern)]:
                if verb is None or verb.obj or verb.prep:
                    continue  # "+TAKE_LEAVE * ...": two objects; "+ASK_FOR * (TO)": two preps
                if verb.particle and particle and verb.particle != particle:
                    continue
                part = particle or verb.particle
                code = pattern.code.rstrip("=")
                if pattern.received or (verb.lemma in RECEIPT_VERBS and code[:2] == "07"):
                    # "received a loan from X", "receives Japanese aid". Not a letter or a
                    # message received (the dictionary's 040): no consultation by the guidelines.
                    if objects and code[:2] != "04":
                        add(verb.lemma, part, objects, ("giver",), code, False)
                    continue
                if objects:
                    targets = OBJECT_TARGETS
                elif prep:
                    targets = (prep,)
                else:
                    targets = VERB_TARGETS
                add(verb.lemma, part, objects, targets, pattern.code.rstrip("="),
                    pattern.code.endswith("="))
    out = []
    ids: dict[str, int] = {}
    for row in rows.values():
        first = row["object"].split("|")[0]
        stem = "cameo." + "-".join(w for w in (row["lemma"].replace(" ", "-"), row["particle"],
                                               first.replace(" ", "-")) if w)
        ids[stem] = ids.get(stem, 0) + 1
        out.append({"id": stem if ids[stem] == 1 else f"{stem}.{ids[stem]}", **row})
    return out
