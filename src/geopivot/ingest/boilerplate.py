"""Boilerplate removal for plain-text web dumps: keep the article's prose, drop the page around it.

Each paragraph is first judged on its own: page-furniture vocabulary (subscribe, donate, share,
cookie, photo credit ...), sentence shape, the share of stopwords, title-case headings, bylines,
date stamps and repetition within the page. Then the body is located as the densest run of prose
(a maximum-sum segment), so header and footer clusters go as a whole, including the odd prose-like
line inside them (an author blurb, a sign-up pitch); undecided paragraphs inside the body follow
their neighbours. No site-specific strings: only general signals.
"""
from __future__ import annotations

import functools
import logging
import re
from dataclasses import dataclass

from geopivot.ingest.dates import mentions_date
from geopivot.ingest.paragraphs import split_paragraphs

log = logging.getLogger(__name__)

BAD, NEUTRAL, GOOD = "bad", "neutral", "good"

# Page furniture, grouped by what it is; a paragraph scores one hit per distinct phrase found.
_FURNITURE_GROUPS = (
    # navigation and page controls
    r"\bskip to (?:main )?(?:content|navigation|main)\b|\btoggle navigation\b|\b(?:main|open|close) menu\b"
    r"|\bback to top\b|\bjump to\b|\byou are here\b|\bbreadcrumbs?\b|\bload more\b|\bshow more\b|^search\b",
    # sharing and following
    r"\bshare (?:this|on|via|the (?:article|story|post))\b|^share\b|\btweet this\b|\bemail this\b"
    r"|\bprint this\b|\bpin it\b|\bfollow us\b|\blike us on\b"
    r"|\bfollow (?:me|\w+) on (?:twitter|facebook|instagram)\b",
    # subscriptions and accounts
    r"\bsubscri(?:be|bing|ption)\b|\bnewsletters?\b|\bsign(?:ing)?[ -]?up\b|\bmailing list\b"
    r"|\bemail (?:digest|alerts?|updates)\b|\benter your e-?mail\b|\byour inbox\b|\bunsubscribe\b"
    r"|\bregister (?:now|for free|here)\b|\blog ?in\b|\bsign[ -]?in\b|\bcreate an account\b",
    # donations and fundraising
    r"\bdonat(?:e|es|ed|ing|ion|ions)\b|\bfundrais\w*|\bcrowd-?fund\w*|\brais(?:e|ed|ing) (?:funds|money)\b"
    r"|\bfiscal sponsor\b|\btax[- ]deductible\b|\bpatreon\b|\bpaypal\b|\bbecome a (?:member|patron|supporter)\b",
    # appeals to the reader
    r"\bplease (?:consider|support|donate|help|share|subscribe|like|follow|click|read|enable)\b"
    r"|\byour (?:support|help|donations?|contributions?|gift)\b|\bsupport (?:us|our|independent)\b"
    r"|\bhelp us\b|\bjoin us\b|\bdon[\u2019']?t miss\b|\bif you (?:like|liked|enjoy|enjoyed|value|found)\b"
    r"|\b(?:this|our) (?:website|site|newsletter)\b",
    # comment sections
    r"\b(?:leave|post|add|write|submit) a (?:comment|reply)\b|\brequired fields\b"
    r"|\byour e-?mail address will not be published\b|^\d+\s+(?:comments?|replies)\b"
    r"|\bcomments? (?:are )?(?:closed|disabled|policy)\b|\b(?:view|show|load|hide|read) (?:all )?comments?\b"
    r"|\bjoin the (?:discussion|conversation)\b|\blog in to (?:comment|reply)\b|^(?:reply|comments?)$"
    r"|\bcomments? \(\d+\)",
    # legal footer
    r"\bcopyright\b|\u00a9|\(c\) ?(?:19|20)\d\d|\ball rights reserved\b|\bprivacy (?:policy|notice|settings)\b"
    r"|\bterms (?:of|and) (?:use|service|conditions)\b|\bcookies?\b|\bgdpr\b|\bcontact us\b|\babout us\b"
    r"|\bpowered by\b",
    # "more like this" blocks
    r"\bread (?:more|the full|next)\b|\bcontinue reading\b|\bclick here\b|\bclick (?:to|the) \w+\b"
    r"|\brelated (?:posts?|articles?|stories|content|coverage|reading|news|topics)\b"
    r"|\byou (?:may|might) (?:also )?(?:like|enjoy|be interested)\b|\bmore (?:from|stories|news|on this)\b"
    r"|\brecommended (?:for you|reading|stories|articles)\b|\bmost (?:read|popular|viewed|shared)\b"
    r"|\b(?:previous|next) (?:post|article|story)\b|\btrending\b|\bsee more\b",
    # tag lists
    r"^(?:tags?|tagged(?: with)?|filed under|categor(?:y|ies)|topics?|keywords?)\s*[:|]",
    # media credits, captions, ads
    r"^(?:\w+\s+)?(?:photo|photograph|image|picture|pic|video|graphic|illustration|caption|credit)s?"
    r"\s*(?::|by\b|credit|courtesy)|\bfeatured image\b|\b(?:photo|image) (?:credit|source|courtesy)\b"
    r"|\b(?:getty|shutterstock|afp|reuters|ap|epa)(?:/| via | )(?:images?|photos?)\b"
    r"|\bview (?:image|gallery|slideshow|photos?)\b|\bwatch(?: the)? video\b|^advertisements?\b"
    r"|^sponsored\b|\bsponsored content\b|\bpaid (?:content|post|partner)\b|\bad choices\b"
    r"|\bopens? in (?:a )?new (?:window|tab)\b|\b(?:additional )?(?:reporting|editing|writing) by\b",
    # links and handles
    r"https?://|\bwww\.|\b[\w-]+\.(?:com|org|net|info|io|co\.uk|news|tv)\b|@\w{2,}",
)
# One pattern, tried only where a token starts and run on lowercased text: an alternation of
# a hundred phrases tried at every character was most of the cost of cleaning an article.
_FURNITURE = re.compile(
    r"(?:(?<=\W)|^)(?=[\w\u00a9(@])(?:" + "|".join(f"(?:{group})" for group in _FURNITURE_GROUPS) + ")")
_SOCIAL = re.compile(r"\b(facebook|twitter|linkedin|whatsapp|reddit|pinterest|telegram|instagram|youtube"
                     r"|tiktok|email|print|copy link|flipboard|mastodon|bluesky)\b")
_NAV_WORDS = frozenset(
    "home news world politics business sport sports opinion culture video videos menu search login "
    "log in register about contact us subscribe sections latest podcasts podcast newsletters tech "
    "technology science health entertainment lifestyle travel weather markets live account help faq "
    "careers advertise archive archives edition local national international economy climate style "
    "food arts books more all topics features investigations magazine photos shop events jobs uk us "
    "asia europe africa americas middle east australia terms privacy".split())
_BYLINE = re.compile(r"^(?:by|written by|posted by|author|words by|reporting by|edited by)\s*:?\s+[A-Z]",
                     re.IGNORECASE)
_DATE_LABEL = re.compile(r"^(?:published|posted|updated|last updated|first published|date)\b", re.IGNORECASE)
_CLOSERS = "\"'\u201d\u2019)]*"
_SENTENCE_END = tuple(".!?\u2026:;,")
_TITLE_WINDOW = 12  # paragraphs above the body searched for a headline
_GAP_COST = 3      # most that one run of boilerplate subtracts from the body's score
_WORD = re.compile(r"[^\W\d_](?:[\w\u2019'-]*\w)?")


@functools.cache
def stopwords() -> frozenset[str]:
    import justext

    return frozenset(justext.get_stoplist("English"))


@dataclass(slots=True)
class Paragraph:
    text: str
    words: list[str]
    stop_share: float
    ends_sentence: bool
    hits: int
    kind: str = NEUTRAL
    repeated: bool = False
    key: str = ""

    @property
    def n(self) -> int:
        return len(self.words)


@dataclass(frozen=True, slots=True)
class Cleaned:
    """The article body (paragraphs separated by blank lines) and the title found above it."""

    text: str
    title: str | None
    kept: int
    dropped: int


def _key(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def _measure(text: str) -> Paragraph:
    lower = text.lower()
    words = _WORD.findall(text)
    lowered = [w.lower() for w in words]
    stops = stopwords()
    share = sum(1 for w in lowered if w in stops) / len(words) if words else 0.0
    # Distinct phrases, not groups: "sign up" and "your inbox" are two signals, not one.
    hits = len({m.group(0) for m in _FURNITURE.finditer(lower)})
    if len(set(_SOCIAL.findall(lower))) >= 3:
        hits += 1
    ends = text.rstrip(_CLOSERS).endswith(_SENTENCE_END)
    return Paragraph(text, words, share, ends, hits, key=" ".join(lowered))


def _is_heading(p: Paragraph) -> bool:
    if p.n == 0 or p.n > 20 or p.text.rstrip(_CLOSERS).endswith((".", ",", ";", ":")):
        return False
    if p.text.isupper() and p.n <= 10:
        return True
    long_words = [w for w in p.words if len(w) >= 4]
    capitalised = sum(1 for w in long_words if w[0].isupper())
    return len(long_words) >= 2 and capitalised / len(long_words) >= 0.75


def _is_meta(p: Paragraph) -> bool:
    """Bylines, date stamps, bracketed editor notes, menus: short lines that are not prose."""
    if p.n <= 8 and _BYLINE.match(p.text):
        return True
    if p.n <= 12 and (_DATE_LABEL.match(p.text) or (mentions_date(p.text) and not p.ends_sentence)):
        return True
    if p.n <= 10 and p.text[:1] in "([" and p.text.rstrip()[-1:] in ")]":
        return True
    nav = sum(1 for w in p.words if w.lower() in _NAV_WORDS)
    return p.n >= 2 and nav / p.n >= 0.8 and not p.ends_sentence


def _classify(p: Paragraph) -> str:
    if p.n == 0 or _is_meta(p):
        return BAD
    sentence_like = p.ends_sentence and p.n >= 6 and p.stop_share >= 0.3
    if p.hits >= 2 or (p.hits == 1 and p.n <= 12 and not sentence_like):
        return BAD
    if _is_heading(p):
        return BAD
    if not p.ends_sentence and (p.n < 4 or (p.n < 10 and p.stop_share < 0.15)):
        return BAD
    if p.hits and not (sentence_like and p.n > 12):
        return NEUTRAL  # one furniture word in a borderline line: let the neighbours decide
    if p.ends_sentence and p.stop_share >= 0.25 and p.n >= 5 or p.n >= 20 and p.stop_share >= 0.2:
        return GOOD
    return NEUTRAL


def _looks_like_title(p: Paragraph) -> bool:
    return (p.hits == 0 and 2 <= p.n <= 30 and len(p.text) <= 250 and not _is_meta(p)
            and not p.text.rstrip(_CLOSERS).endswith((".", ",", ";", ":")))


def _pick_title(head: list[Paragraph]) -> str | None:
    # Above the body sit section labels, bylines and the headline; the headline is the longest.
    candidates = [p for p in head[-_TITLE_WINDOW:] if _looks_like_title(p)]
    return max(candidates, key=lambda p: p.n).text if candidates else None


def _mark_repeats(paragraphs: list[Paragraph]) -> None:
    seen: dict[str, int] = {}
    for p in paragraphs:
        seen[p.key] = seen.get(p.key, 0) + 1
    first: set[str] = set()
    for p in paragraphs:
        key = p.key
        if seen[key] < 2 or not key:
            continue
        p.repeated = True
        # Short repeats are menus and slogans; a long repeat keeps its first copy (pull quotes).
        if p.n <= 12 or key in first:
            p.kind = BAD
        first.add(key)


def _body_span(paragraphs: list[Paragraph]) -> tuple[int, int] | None:
    """[start, end) of the densest run of prose (maximum-sum segment); None if there is no prose.

    Prose counts for, boilerplate against; a run of boilerplate costs at most ``_GAP_COST`` so an
    advert block inside the article does not cut off the paragraphs after it, while a header or
    footer's lone prose-like line (an author blurb, a pitch) stays outside the body.
    """
    weights: list[float] = []
    run = 0
    for p in paragraphs:
        if p.kind == GOOD and not p.repeated:
            weights.append(min(5.0, 1.0 + p.n / 12))
            run = 0
        elif p.kind == BAD or p.repeated:
            weights.append(-1.0 if run < _GAP_COST else 0.0)
            run += 1
        else:
            weights.append(0.0)
    best, span = 0.0, None
    total, start = 0.0, 0
    for index, weight in enumerate(weights):
        if total <= 0:
            total, start = weight, index
        else:
            total += weight
        if total > best:
            best, span = total, (start, index + 1)
    return span


def _touches_body(p: Paragraph) -> bool:
    # A short sentence right against the body ("Talks collapsed.") is the lede or the last line.
    end = p.text.rstrip(_CLOSERS)
    return (p.kind == NEUTRAL and p.hits == 0 and ":" not in p.text and end.endswith((".", "!", "?"))
            and not end.endswith(".."))


def _widen(paragraphs: list[Paragraph], start: int, end: int) -> tuple[int, int]:
    while start > 0 and _touches_body(paragraphs[start - 1]):
        start -= 1
    while end < len(paragraphs) and _touches_body(paragraphs[end]):
        end += 1
    return start, end


def _resolve_neutral(paragraphs: list[Paragraph]) -> None:
    decided = [p.kind for p in paragraphs]
    for index, p in enumerate(paragraphs):
        if p.kind != NEUTRAL:
            continue
        before = next((k for k in reversed(decided[:index]) if k != NEUTRAL), None)
        after = next((k for k in decided[index + 1:] if k != NEUTRAL), None)
        sides = {before, after}
        # Dropped only when boilerplate (or the page edge) is on both sides and not only edges.
        p.kind = BAD if BAD in sides and sides <= {BAD, None} else GOOD


def clean_text(raw: str, *, title: str | None = None) -> Cleaned:
    """Strip page furniture from a plain-text article; finds the title unless one is given."""
    paragraphs = [_measure(text) for text in split_paragraphs(raw)]
    for p in paragraphs:
        p.kind = _classify(p)
    _mark_repeats(paragraphs)
    span = _body_span(paragraphs)
    if span is not None:
        start, end = _widen(paragraphs, *span)
        head = paragraphs[:start]
    else:
        # Only short lines (a brief record): a first line before a sentence is still a headline.
        start, end = 0, len(paragraphs)
        head = paragraphs[:1] if len(paragraphs) > 1 and paragraphs[1].ends_sentence else []
    found_title = title if title is not None else _pick_title(head)
    for p in paragraphs[:start] + paragraphs[end:]:
        p.kind = BAD
    if found_title:
        # The headline is metadata, not body; sites often print it twice.
        title_key = _key(found_title)
        paragraphs = [p for p in paragraphs if p.key != title_key]
    _resolve_neutral(paragraphs)
    kept = [p.text for p in paragraphs if p.kind == GOOD]
    log.debug("boilerplate: kept %d of %d paragraphs", len(kept), len(paragraphs))
    return Cleaned("\n\n".join(kept), found_title or None, len(kept), len(paragraphs) - len(kept))
