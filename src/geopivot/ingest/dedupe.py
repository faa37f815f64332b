"""Exact and near-duplicate detection: content hashes plus MinHash over word 5-shingles, with LSH.

Signatures are plain bytes (``NUM_PERM`` little-endian uint32 values) so the store can keep them
and later runs can reload them; the permutations come from a fixed seed for the same reason.
"""
from __future__ import annotations

import hashlib
import logging
import re
from collections import defaultdict

import numpy as np

from geopivot.ingest.records import content_hash
from geopivot.models import Article
from geopivot.settings import IngestSettings

log = logging.getLogger(__name__)

NUM_PERM = 128
SHINGLE = 5
_SEED = 20171215
_CHUNK = 4096
_SHIFT = np.uint64(32)
_MIX = np.uint64(0x100000001B3)  # FNV-64 prime: spreads each word over the shingle hash
_BUCKET_CAP = 64
_WORD = re.compile(r"\w+")


def _permutations() -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(_SEED)
    # Multiply-shift hashing (a odd): the high 32 bits of a*x + b mod 2**64 are a universal
    # hash, and need no modulo, which numpy does slowly on uint64.
    a = rng.integers(0, np.iinfo(np.uint64).max, size=NUM_PERM, dtype=np.uint64, endpoint=True) | np.uint64(1)
    b = rng.integers(0, np.iinfo(np.uint64).max, size=NUM_PERM, dtype=np.uint64, endpoint=True)
    return a, b


_A, _B = _permutations()


def shingles(text: str) -> set[str]:
    """Word 5-shingles of the lowercased text (the whole text when it has fewer words)."""
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def _word_hash(word: str) -> int:
    return int.from_bytes(hashlib.blake2b(word.encode("utf-8"), digest_size=8).digest(), "little")


def _shingle_hashes(text: str) -> np.ndarray:
    # Each distinct word is hashed once and five word hashes are folded into a shingle hash in
    # numpy, rather than hashing every shingle string in Python.
    words = _WORD.findall(text.lower())
    if not words:
        return np.empty(0, dtype=np.uint64)
    table = {word: _word_hash(word) for word in set(words)}
    hashed = np.fromiter((table[w] for w in words), dtype=np.uint64, count=len(words))
    width = min(SHINGLE, len(words))
    combined = np.zeros(len(words) - width + 1, dtype=np.uint64)
    for offset in range(width):
        # uint64 arithmetic wraps modulo 2**64, which is what a rolling hash wants.
        combined = combined * _MIX + hashed[offset:offset + len(combined)]
    return np.unique(combined)


def minhash(text: str) -> np.ndarray:
    """MinHash signature (uint32[NUM_PERM]); an empty text gets the all-max signature."""
    values = _shingle_hashes(text)
    signature = np.full(NUM_PERM, np.iinfo(np.uint32).max, dtype=np.uint64)
    for start in range(0, len(values), _CHUNK):
        # (NUM_PERM, chunk) with in-place steps: the row-wise min over a contiguous block is
        # several times faster than building temporaries and reducing across columns.
        hashed = _A[:, None] * values[None, start:start + _CHUNK]
        hashed += _B[:, None]
        hashed >>= _SHIFT
        np.minimum(signature, hashed.min(axis=1), out=signature)
    return signature.astype(np.uint32)


def choose_bands(threshold: float, num_perm: int = NUM_PERM) -> tuple[int, int]:
    """(bands, rows): the most selective banding that still finds a pair at ``threshold`` 99.5% of the time."""
    best = (num_perm, 1)
    for rows in (r for r in range(1, num_perm + 1) if num_perm % r == 0):
        bands = num_perm // rows
        if 1 - (1 - threshold ** rows) ** bands >= 0.995:
            best = (bands, rows)
    return best


class Deduplicator:
    """Remembers articles; ``check`` names the earlier one a new article copies, if any.

    Memory is O(n) and each check is O(1) on average: an article is compared only with the
    articles that share at least one LSH band with it, never with the whole collection.
    """

    def __init__(self, *, settings: IngestSettings = IngestSettings()) -> None:
        self.threshold = settings.near_duplicate_threshold
        self.bands, self.rows = choose_bands(self.threshold)
        self._ids: list[str] = []
        self._signatures = np.empty((1024, NUM_PERM), dtype=np.uint32)  # grows by doubling
        self._by_hash: dict[str, str] = {}
        self._buckets: list[defaultdict[int, list[int]]] = [defaultdict(list) for _ in range(self.bands)]
        self._cache: tuple[str, np.ndarray] | None = None

    def __len__(self) -> int:
        return len(self._ids)

    def _key(self, article: Article) -> str:
        return article.content_hash or content_hash(article.text)

    def _signature(self, article: Article) -> np.ndarray:
        # check(), signature() and add() are called in a row on one article: hash it once.
        key = content_hash(article.text)
        if self._cache is None or self._cache[0] != key:
            self._cache = (key, minhash(article.text))
        return self._cache[1]

    def _band_keys(self, signature: np.ndarray) -> list[int]:
        r = self.rows
        return [hash(signature[i * r:(i + 1) * r].tobytes()) for i in range(self.bands)]

    def signature(self, article: Article) -> bytes:
        """The article's MinHash signature as bytes, for the store to persist."""
        return self._signature(article).astype("<u4").tobytes()

    def check(self, article: Article) -> str | None:
        """The id of an earlier article that this one duplicates (exactly or nearly), else None."""
        earlier = self._by_hash.get(self._key(article))
        if earlier is not None and earlier != article.id:
            return earlier
        signature = self._signature(article)
        candidates: set[int] = set()
        for band, key in enumerate(self._band_keys(signature)):
            candidates.update(self._buckets[band].get(key, ()))
        if not candidates:
            return None
        rows = np.fromiter(sorted(candidates), dtype=np.int64, count=len(candidates))
        similarity = (self._signatures[rows] == signature).mean(axis=1)
        same = np.fromiter((self._ids[i] == article.id for i in rows), dtype=bool, count=len(rows))
        similarity[same] = -1.0
        best = int(np.argmax(similarity))  # the first (earliest) of equally similar articles
        return self._ids[rows[best]] if similarity[best] >= self.threshold else None

    def add(self, article: Article) -> None:
        self._store(article.id, self._key(article), self._signature(article))

    def add_signature(self, article_id: str, content_hash: str, signature: bytes) -> None:
        """Re-load an article remembered by an earlier run (from ``signature()`` bytes)."""
        if len(signature) != NUM_PERM * 4:
            log.warning("%s: signature of %d bytes ignored (expected %d); exact matching only",
                        article_id, len(signature), NUM_PERM * 4)
            self._by_hash.setdefault(content_hash, article_id)
            return
        self._store(article_id, content_hash, np.frombuffer(signature, dtype="<u4").astype(np.uint32))

    def _store(self, article_id: str, key: str, signature: np.ndarray) -> None:
        self._by_hash.setdefault(key, article_id)
        if not signature.size or bool(np.all(signature == np.iinfo(np.uint32).max)):
            return  # an empty text has no shingles to match on
        index = len(self._ids)
        if index == len(self._signatures):
            grown = np.empty((2 * index, NUM_PERM), dtype=np.uint32)
            grown[:index] = self._signatures
            self._signatures = grown
        self._ids.append(article_id)
        self._signatures[index] = signature
        for band, bucket_key in enumerate(self._band_keys(signature)):
            bucket = self._buckets[band][bucket_key]
            # A full bucket is one cluster of copies of the same story; its earliest members are
            # the ones to report, and capping it keeps a check O(1) however big the cluster grows.
            if len(bucket) < _BUCKET_CAP:
                bucket.append(index)
