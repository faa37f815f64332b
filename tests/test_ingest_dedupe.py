"""Duplicates: exact copies by content hash, near copies by MinHash/LSH, and persisted signatures."""
from __future__ import annotations

import pytest

from geopivot.ingest.dedupe import NUM_PERM, Deduplicator, choose_bands, minhash, shingles
from geopivot.ingest.records import make_article
from geopivot.settings import IngestSettings

STORY = """Turkish and Greek diplomats agreed on Monday to resume talks on their disputed maritime border,
ending a pause of almost three years that had raised fears of a naval incident in the Aegean Sea.
The foreign ministers of both countries met in a hotel outside Geneva for four hours, according to officials
from both delegations, and issued a short joint statement afterwards in which they promised to avoid steps
that could raise tension while the negotiations are under way. The European Union welcomed the agreement and
offered to host the first round in Brussels, while officials of the Atlantic alliance said it would not take
part in the negotiations themselves but would support any arrangement that reduced the risk of accidents at
sea. Fishermen on islands close to the Turkish coast said they had lost income during the long dispute because
patrol boats from both navies kept chasing them away from traditional fishing grounds. A spokesman for the
Greek government said the first meeting of technical teams would take place within six weeks and would deal
with the delimitation of the continental shelf, the most contentious issue between the neighbours. In Ankara,
the ruling party described the agreement as a victory for patient diplomacy and said Turkey had never wanted
confrontation with a fellow member of the alliance. Opposition politicians in Athens were more cautious and
asked the government to publish the full text of the joint statement before parliament debates it next week.
Analysts noted that both economies depend heavily on tourism and that a quiet summer season matters to both
governments, which face elections within the next two years and cannot afford a crisis at sea."""

OTHER = """Farmers in northern Kenya said on Tuesday that the long rains had arrived three weeks late for the
second year running, forcing many families to sell livestock at low prices in crowded markets. County officials
asked the national government for emergency water deliveries and for seed that tolerates drought, while aid
groups warned that child malnutrition was rising in several districts along the border with Ethiopia. The
meteorological department said the outlook for the coming months remained uncertain and urged herders to
move animals early to areas where pasture was still available."""


def _article(text: str, article_id: str):
    return make_article(text, path=f"{article_id}.txt", record_id=article_id)


def _one_word_changed(text: str) -> str:
    return text.replace("four hours", "five hours", 1)


@pytest.fixture()
def seen() -> Deduplicator:
    dedupe = Deduplicator()
    dedupe.add(_article(STORY, "story"))
    return dedupe


def test_exact_copy_with_other_whitespace_and_case(seen):
    copy = "\n".join(STORY.upper().split())
    assert seen.check(_article(copy, "copy")) == "story"


def test_copy_with_one_word_changed_is_a_near_duplicate(seen):
    assert seen.check(_article(_one_word_changed(STORY), "near")) == "story"


def test_unrelated_article_is_not_a_duplicate(seen):
    assert seen.check(_article(OTHER, "other")) is None


def test_article_is_not_a_duplicate_of_itself(seen):
    assert seen.check(_article(STORY, "story")) is None


def test_half_the_article_is_not_a_near_duplicate(seen):
    half = " ".join(STORY.split()[: len(STORY.split()) // 2])
    assert seen.check(_article(half, "half")) is None


def test_signatures_round_trip_through_bytes():
    first = Deduplicator()
    signature = first.signature(_article(STORY, "story"))
    assert isinstance(signature, bytes) and len(signature) == NUM_PERM * 4
    later = Deduplicator()
    later.add_signature("story", _article(STORY, "story").content_hash, signature)
    assert later.check(_article(_one_word_changed(STORY), "near")) == "story"
    assert later.check(_article(STORY, "again")) == "story"


def test_signature_is_stable_across_instances():
    article = _article(STORY, "story")
    assert Deduplicator().signature(article) == Deduplicator().signature(article)


def test_bad_signature_length_keeps_exact_matching():
    dedupe = Deduplicator()
    article = _article(STORY, "story")
    dedupe.add_signature("story", article.content_hash, b"\x00" * 10)
    assert dedupe.check(_article(STORY, "again")) == "story"
    assert dedupe.check(_article(_one_word_changed(STORY), "near")) is None


def test_threshold_comes_from_settings():
    strict = Deduplicator(settings=IngestSettings(near_duplicate_threshold=0.999))
    strict.add(_article(STORY, "story"))
    assert strict.check(_article(_one_word_changed(STORY), "near")) is None


@pytest.mark.parametrize("threshold", [0.5, 0.8, 0.9, 0.95])
def test_banding_finds_pairs_at_the_threshold(threshold):
    bands, rows = choose_bands(threshold)
    assert bands * rows == NUM_PERM
    assert 1 - (1 - threshold ** rows) ** bands >= 0.995


def test_minhash_estimates_jaccard():
    near = _one_word_changed(STORY)
    a, b = shingles(STORY), shingles(near)
    jaccard = len(a & b) / len(a | b)
    estimate = float((minhash(STORY) == minhash(near)).mean())
    assert abs(estimate - jaccard) < 0.1
