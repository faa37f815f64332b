"""Ingest: every input format, every kind of bad input, and the shape of the Articles it yields."""
from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import os
from pathlib import Path

import pytest

from geopivot.ingest import iter_articles, read_file
from geopivot.models import Article, InputProblem
from geopivot.settings import IngestSettings

BODY = ("South Korean President Moon Jae-in met Chinese President Xi Jinping in Beijing on Thursday, "
        "and the two leaders agreed to restore exchanges that had been frozen for a year.")
BODY2 = ("Officials from both governments said the talks lasted more than two hours and covered trade, "
         "tourism and the security situation on the Korean Peninsula.")
TITLE = "Moon and Xi agree to restore exchanges"
PLAIN = f"{TITLE}\n\n{BODY}\n\n{BODY2}\n"


def collect(inputs, **kwargs) -> tuple[list[Article], list[InputProblem]]:
    items = list(iter_articles([str(i) for i in inputs], **kwargs))
    articles = [i for i in items if isinstance(i, Article)]
    problems = [i for i in items if isinstance(i, InputProblem)]
    assert len(articles) + len(problems) == len(items)
    return articles, problems


def only_article(inputs, **kwargs) -> Article:
    articles, problems = collect(inputs, **kwargs)
    assert problems == []
    assert len(articles) == 1
    return articles[0]


def only_problem(inputs, **kwargs) -> InputProblem:
    articles, problems = collect(inputs, **kwargs)
    assert articles == []
    assert len(problems) == 1
    return problems[0]


def jsonl(path: Path, *records: object, raw_lines: tuple[str, ...] = ()) -> Path:
    lines = [json.dumps(r) for r in records] + list(raw_lines)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# --- formats -------------------------------------------------------------------------------------

@pytest.mark.parametrize("suffix", [".txt", ".md", ".TXT"])
def test_plain_text_first_line_is_title_and_body_is_text(tmp_path, suffix):
    path = tmp_path / f"a{suffix}"
    path.write_text(PLAIN, encoding="utf-8")
    article = only_article([path])
    assert article.title == TITLE
    assert article.text == f"{BODY}\n\n{BODY2}"
    assert TITLE not in article.text
    assert article.path == str(path)


def test_markdown_markup_is_removed(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(f"# {TITLE}\n\n![map](map.png)\n\n{BODY} The [Xinhua](https://x.example/n) report "
                    f"said **both sides** were satisfied.\n\n- {BODY2}\n", encoding="utf-8")
    article = only_article([path])
    assert article.title == TITLE
    assert "The Xinhua report said both sides were satisfied." in article.text
    assert "](" not in article.text and "**" not in article.text and "![" not in article.text
    assert article.text.endswith(BODY2)


@pytest.mark.parametrize("suffix", [".html", ".htm"])
def test_html_main_text_and_metadata(tmp_path, suffix):
    path = tmp_path / f"page{suffix}"
    path.write_text(f"""<html><head><title>{TITLE} | Example News</title>
<meta property="article:published_time" content="2017-12-15T08:00:00Z">
<meta property="og:site_name" content="Example News">
<link rel="canonical" href="https://news.example.org/moon-xi"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>{TITLE}</h1><p>{BODY}</p><p>{BODY2}</p></article>
<div id="comments" class="comments">
<p>Reader comment: I totally agree with this article, great work everyone.</p></div>
<footer>Copyright 2017 Example News. All rights reserved.</footer></body></html>""", encoding="utf-8")
    article = only_article([path])
    assert article.text == f"{BODY}\n\n{BODY2}"
    assert article.title == TITLE
    assert (article.date, article.date_source) == (dt.date(2017, 12, 15), "metadata")
    assert article.url == "https://news.example.org/moon-xi"
    assert article.source == "Example News"


def test_jsonl_records_with_all_fields(tmp_path):
    path = jsonl(tmp_path / "a.jsonl",
                 {"id": "kor-1", "text": BODY, "title": TITLE, "date": "2017-12-14",
                  "url": "https://x.example/1", "source": "Yonhap"},
                 {"text": BODY2})
    articles, problems = collect([path])
    assert problems == []
    first, second = articles
    assert (first.id, first.title, first.url, first.source) == ("kor-1", TITLE, "https://x.example/1", "Yonhap")
    assert (first.date, first.date_source) == (dt.date(2017, 12, 14), "metadata")
    assert first.path == f"{path}:1"
    assert second.path == f"{path}:2"
    assert second.text == BODY2
    assert (second.date, second.date_source) == (None, "none")


def test_csv_records_and_quoted_multiline_field(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text(f'id,title,date,text\nk1,{TITLE},2017-12-14,"{BODY}"\n'
                    f'k2,,,"{BODY}\n\n{BODY2}"\nk3,,,"{BODY2}"\n', encoding="utf-8")
    articles, problems = collect([path])
    assert problems == []
    assert [a.id for a in articles] == ["k1", "k2", "k3"]
    assert [a.path for a in articles] == [f"{path}:2", f"{path}:3", f"{path}:6"]
    assert articles[0].title == TITLE and articles[0].date == dt.date(2017, 12, 14)
    assert articles[1].text == f"{BODY}\n\n{BODY2}"


def test_stdin_jsonl(tmp_path):
    stream = io.StringIO("\n" + json.dumps({"id": "s1", "text": BODY}) + "\n" + json.dumps({"text": BODY2}) + "\n")
    articles, problems = collect(["-"], stdin=stream)
    assert problems == []
    assert [a.text for a in articles] == [BODY, BODY2]
    assert articles[0].id == "s1"
    assert [a.path for a in articles] == ["<stdin>:2", "<stdin>:3"]


def test_stdin_plain_text_is_one_article():
    article = only_article(["-"], stdin=io.StringIO(PLAIN))
    assert (article.title, article.text) == (TITLE, f"{BODY}\n\n{BODY2}")
    assert article.path == "<stdin>"
    assert article.date_source == "none"


def test_folder_is_read_recursively_in_sorted_order_skipping_hidden(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text(BODY2, encoding="utf-8")
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("Hidden files are never read, however long they are.", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("Hidden folders are never read, however long they are.",
                                             encoding="utf-8")
    articles, problems = collect([tmp_path])
    assert problems == []
    assert [Path(a.path).relative_to(tmp_path).as_posix() for a in articles] == ["a.txt", "b/2.txt"]


def test_glob_patterns_match_recursively(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "x" / "y").mkdir(parents=True)
    jsonl(tmp_path / "x" / "y" / "deep.jsonl", {"text": BODY})
    jsonl(tmp_path / "top.jsonl", {"text": BODY2})
    (tmp_path / "note.txt").write_text(BODY, encoding="utf-8")
    articles, problems = collect(["**/*.jsonl"])
    assert problems == []
    assert [a.path for a in articles] == ["top.jsonl:1", "x/y/deep.jsonl:1"]


def test_a_file_named_twice_is_read_once(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(BODY, encoding="utf-8")
    articles, _ = collect([path, tmp_path, str(tmp_path / "*.txt")])
    assert len(articles) == 1


# --- ids and hashes ------------------------------------------------------------------------------

def test_id_and_content_hash_are_stable_and_whitespace_insensitive(tmp_path):
    one, two = tmp_path / "1.txt", tmp_path / "2.txt"
    one.write_text(BODY, encoding="utf-8")
    two.write_text("  " + BODY.replace(" ", "   ").upper() + "\n", encoding="utf-8")
    first, second = collect([one, two])[0]
    expected = hashlib.sha1(" ".join(BODY.lower().split()).encode()).hexdigest()
    assert first.content_hash == expected == second.content_hash
    assert first.id == expected[:16]


# --- bad input -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "content", "reason"), [
    ("empty.txt", b"", "file is empty"),
    ("blank.txt", b"  \n\n \t\n", "file contains only whitespace"),
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file"),
    ("controls.txt", bytes(range(1, 9)) * 50 + b"some text", "binary file"),
    ("doc.pdf", b"%PDF-1.4 ...", "unsupported file type '.pdf'"),
    ("menu.txt", b"Home\nWorld\nSearch\n", "no article text left after removing boilerplate"),
    ("empty.jsonl", b"\n\n", "file contains no records"),
])
def test_bad_file_is_a_problem_and_the_good_file_beside_it_is_read(tmp_path, name, content, reason):
    (tmp_path / name).write_bytes(content)
    (tmp_path / "zz_good.txt").write_text(BODY, encoding="utf-8")
    articles, problems = collect([tmp_path])
    assert [a.text for a in articles] == [BODY]
    assert len(problems) == 1
    assert problems[0].path == str(tmp_path / name)
    assert reason in problems[0].reason


@pytest.mark.parametrize(("encoding", "prefix"), [
    ("latin-1", b""), ("cp1252", b""), ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"),
    ("utf-8", b"\xef\xbb\xbf"), ("utf-32-le", b"\xff\xfe\x00\x00"),
])
def test_non_utf8_text_is_decoded_correctly(tmp_path, encoding, prefix):
    text = ("Le président François Müller a rencontré les négociateurs à Genève, "
            "où la réunion a duré deux heures.")
    if encoding == "cp1252":
        text = "The minister\u2019s aide said \u201cno\u201d \u2014 talks in S\u00e3o Paulo ended early."
    path = tmp_path / "a.txt"
    path.write_bytes(prefix + text.encode(encoding))
    assert only_article([path]).text == text


def test_truncated_jsonl_keeps_good_lines(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"text": BODY}) + "\n" + json.dumps({"text": BODY2})[:40], encoding="utf-8")
    articles, problems = collect([path])
    assert [a.text for a in articles] == [BODY]
    assert [(p.line, p.reason) for p in problems] == [
        (2, "truncated record: the file ends in the middle of a JSON object")]


@pytest.mark.parametrize(("line", "reason"), [
    ("this is not json", "not valid JSON"),
    ('["a list"]', "record is a JSON list, not an object"),
    ('{"id": "x"}', "record has no 'text' field"),
    ('{"text": "   "}', "record text is empty"),
    ('{"text": 42}', "'text' must be a string"),
    ('{"text": "Seoul and Beijing held talks.", "date": "next Tuesday"}', "bad date 'next Tuesday'"),
    ('{"text": "Seoul and Beijing held talks.", "date": "1850-01-01"}', "implausible date"),
    ('{"text": "Seoul and Beijing held talks.", "title": ["a"]}', "'title' must be a string"),
])
def test_malformed_jsonl_row_is_a_problem_with_its_line(tmp_path, line, reason):
    path = jsonl(tmp_path / "a.jsonl", {"text": BODY}, raw_lines=(line,))
    with path.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps({"text": BODY2}) + "\n")
    articles, problems = collect([path])
    assert [a.text for a in articles] == [BODY, BODY2]
    assert len(problems) == 1
    assert problems[0].line == 2 and problems[0].path == str(path)
    assert reason in problems[0].reason


@pytest.mark.parametrize(("row", "reason"), [
    ("k2,2017-01-01,", "record text is empty"),
    ("k2,2017-01-01", "record has no 'text' field"),
    ("k2,31/31/2017,Seoul and Beijing held talks.", "bad date '31/31/2017'"),
    ("k2,2017-01-01,Seoul,Beijing", "row has 4 fields but the header names 3"),
])
def test_malformed_csv_row_is_a_problem_with_its_line(tmp_path, row, reason):
    path = tmp_path / "a.csv"
    path.write_text(f'id,date,text\nk1,2017-01-01,"{BODY}"\n{row}\nk3,,"{BODY2}"\n', encoding="utf-8")
    articles, problems = collect([path])
    assert [a.id for a in articles] == ["k1", "k3"]
    assert [(p.line, reason in p.reason) for p in problems] == [(3, True)]


def test_csv_without_text_column_is_one_problem(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("id,body\n1,Seoul and Beijing held talks.\n", encoding="utf-8")
    problem = only_problem([path])
    assert problem.reason == "CSV header has no 'text' column (found: id, body)"


def test_file_over_the_size_limit_is_refused_before_reading(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text(BODY * 3, encoding="utf-8")
    problem = only_problem([path], settings=IngestSettings(max_file_bytes=100))
    assert problem.reason == "file is larger than 100 bytes limit"


def test_default_size_limit_message():
    from geopivot.ingest.readers import size_text

    assert f"file is larger than {size_text(IngestSettings().max_file_bytes)} limit" == \
        "file is larger than 100 MB limit"


def test_jsonl_is_streamed_and_only_an_oversized_record_is_refused(tmp_path):
    path = jsonl(tmp_path / "a.jsonl", {"text": "Seoul and Beijing held talks."}, {"text": BODY * 5},
                 {"text": "Tokyo protested."})
    articles, problems = collect([path], settings=IngestSettings(max_file_bytes=200))
    assert [a.text for a in articles] == ["Seoul and Beijing held talks.", "Tokyo protested."]
    assert [(p.line, p.reason) for p in problems] == [(2, "record is larger than 200 bytes limit")]


def test_nonexistent_path(tmp_path):
    problem = only_problem([tmp_path / "missing.txt"])
    assert problem.reason == "no such file or directory"


def test_glob_matching_nothing(tmp_path):
    problem = only_problem([tmp_path / "*.jsonl"])
    assert problem.reason == "no files match this pattern"


def test_empty_folder(tmp_path):
    (tmp_path / "empty").mkdir()
    assert only_problem([tmp_path / "empty"]).reason == "folder contains no files"


def test_broken_symlink(tmp_path):
    link = tmp_path / "gone.txt"
    link.symlink_to(tmp_path / "nowhere.txt")
    assert only_problem([link]).reason == "broken symbolic link"


def test_directory_given_as_a_file(tmp_path):
    folder = tmp_path / "looks_like.txt"
    folder.mkdir()
    problems = list(read_file(folder))
    assert problems == [InputProblem(str(folder), "is a directory, not a file")]


def test_path_through_a_file_is_a_problem(tmp_path):
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    assert only_problem([f"{tmp_path / 'a.txt'}/b.txt"]).reason == "not a directory"


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text(BODY, encoding="utf-8")
    path.chmod(0)
    try:
        assert only_problem([path]).reason == "permission denied"
    finally:
        path.chmod(0o644)


def test_problem_str_names_file_and_line(tmp_path):
    path = jsonl(tmp_path / "a.jsonl", raw_lines=("oops",))
    assert str(only_problem([path])).startswith(f"{path}:1: not valid JSON")


def test_read_error_after_stat_is_a_problem(tmp_path, monkeypatch):
    # Simulates chmod 000 for runs as root, where the real permission check cannot fail.
    path = tmp_path / "a.txt"
    path.write_text(BODY, encoding="utf-8")

    def denied(self):  # noqa: ANN001, ANN202
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", denied)
    assert only_problem([path]).reason == "permission denied"


def test_unlistable_folder_is_a_problem(tmp_path, monkeypatch):
    import geopivot.ingest.sources as sources

    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")

    def denied(path):  # noqa: ANN001, ANN202
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(sources.os, "scandir", denied)
    assert only_problem([tmp_path]).reason == "cannot list folder: permission denied"


# --- more formats and encodings -------------------------------------------------------------------

def test_html_falls_back_to_page_text_when_trafilatura_finds_nothing(tmp_path, monkeypatch):
    import geopivot.ingest.webpage as webpage

    monkeypatch.setattr(webpage, "_extract", lambda html: None)
    path = tmp_path / "a.html"
    path.write_text(f"<html><body><div>{BODY}</div><div>{BODY2}</div></body></html>", encoding="utf-8")
    assert only_article([path]).text == f"{BODY} {BODY2}"


def test_html_without_any_text_is_a_problem(tmp_path):
    path = tmp_path / "a.html"
    path.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>", encoding="utf-8")
    assert only_problem([path]).reason == "no article text found in the HTML page"


def test_html_declared_charset_is_used(tmp_path):
    path = tmp_path / "a.html"
    text = "Le ministre fran\u00e7ais a rencontr\u00e9 son homologue \u00e0 Gen\u00e8ve hier."
    path.write_bytes(f'<html><head><meta charset="iso-8859-1"></head><body><p>{text}</p></body></html>'
                     .encode("latin-1"))
    assert only_article([path]).text == text


def test_html_list_items_lose_their_dashes(tmp_path):
    path = tmp_path / "a.html"
    path.write_text(f"<html><body><article><p>{BODY}</p><ul><li>{BODY2}</li></ul></article></body></html>",
                    encoding="utf-8")
    assert only_article([path]).text == f"{BODY}\n\n{BODY2}"


def test_utf16_jsonl_with_bom_is_read(tmp_path):
    path = tmp_path / "a.jsonl"
    lines = json.dumps({"id": "u1", "text": "Gen\u00e8ve talks resumed."}, ensure_ascii=False) + "\n"
    path.write_bytes(lines.encode("utf-16"))
    assert only_article([path]).text == "Gen\u00e8ve talks resumed."


def test_latin1_line_inside_utf8_jsonl_is_still_read(tmp_path):
    path = tmp_path / "a.jsonl"
    good = json.dumps({"text": "Gen\u00e8ve talks resumed."}, ensure_ascii=False).encode("utf-8")
    odd = json.dumps({"text": "Talks in M\u00fcnchen ended."}, ensure_ascii=False).encode("latin-1")
    path.write_bytes(good + b"\n" + odd + b"\n")
    articles, problems = collect([path])
    assert problems == []
    assert [a.text for a in articles] == ["Gen\u00e8ve talks resumed.", "Talks in M\u00fcnchen ended."]


def test_binary_jsonl_is_a_problem(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_bytes(b'{"text": "x"}\n\x00\x01\x02\x03binary')
    assert "binary file" in only_problem([path]).reason


@pytest.mark.parametrize("content", ["", "\n  \n"])
def test_empty_stdin_is_a_problem(content):
    assert only_problem(["-"], stdin=io.StringIO(content)).reason == "no input on stdin"


def test_record_title_is_kept_out_of_text(tmp_path):
    path = jsonl(tmp_path / "a.jsonl", {"title": TITLE, "text": f"{TITLE}\n\n{BODY}"})
    article = only_article([path])
    assert (article.title, article.text) == (TITLE, BODY)


def test_record_text_is_never_emptied_by_the_filter(tmp_path):
    path = jsonl(tmp_path / "a.jsonl", {"text": "Moon Jae-in Meets Xi Jinping In Beijing"})
    assert only_article([path]).text == "Moon Jae-in Meets Xi Jinping In Beijing"
