"""Headlines that end in a quoted word (issue 11): "G7 voices concern over China's 'economic
coercion'" is a headline, read by word order when the parse fails, though prose ends in a
closing quote after its full stop. A naming verb followed by a quote names its object, no phone
call: "Polish president calls Russia's policy 'imperial'". Sentences written for these tests."""
from __future__ import annotations

import pytest
from test_coder_recall import country_triples

from geopivot.nlp.pipeline import build_nlp
from geopivot.nlp.sentences import is_headline
from geopivot.settings import NlpSettings




@pytest.mark.parametrize(("text", "headline"), [
    ("G7 voices concern over China's 'economic coercion'", True),
    ('Seoul slams Tokyo\'s "distorted" textbooks', True),
    ('He said the plan was "wrong."', False),
    ("The minister called it 'a disgrace'.", False),
])
def test_a_closing_quote_ends_prose_only_after_its_stop(text, headline):
    nlp = build_nlp(NlpSettings(event_model=False))
    assert is_headline(nlp(text)[:]) is headline


def test_a_quoted_headline_is_read(engine):
    text = "G7 voices concern over China's 'economic coercion'"
    assert ("IGO", "01", "CHN") in country_triples(engine, text, digits=2)


@pytest.mark.parametrize("text", [
    "Polish president calls Russia's Georgia policy 'imperial'",
    "Xi calls Taiwan unification 'inevitable'",
])
def test_calling_something_a_name_is_no_phone_call(engine, text):
    assert not [c for c in country_triples(engine, text, digits=2) if c[1] == "04"]
