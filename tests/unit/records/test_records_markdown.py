"""The Markdown helpers: text renders as written, links only to http(s) addresses."""

from __future__ import annotations

import markdown as python_markdown
import pytest

from actions.records.markdown import code, escape, heading, link, safe_url, table


def render(text: str) -> str:
    return python_markdown.markdown(text, extensions=["tables"])


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("plain words", "plain words"),
        ("a*b*c and _d_", "a*b*c and _d_"),
        ("1. not a list", "1. not a list"),
        ("# not a heading", "# not a heading"),
        ("- not a bullet", "- not a bullet"),
        ("+ not a bullet", "+ not a bullet"),
        ("[x](https://example.org)", "[x](https://example.org)"),
        ("`code`", "`code`"),
    ],
)
def test_escaped_text_renders_exactly_as_written(text: str, shown: str) -> None:
    assert render(escape(text)) == f"<p>{shown}</p>"


def test_html_is_shown_not_run() -> None:
    html = render(escape("<b>bold</b> & <script>x</script>"))
    assert "<b>" not in html and "<script>" not in html
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; &lt;script&gt;" in html


def test_newlines_cannot_start_a_new_block() -> None:
    assert escape("one\n\n# two\n- three") == "one # two - three"


def test_pipes_cannot_break_a_table() -> None:
    html = render(table(["a", "b"], [[escape("x | y"), escape("z")]]))
    assert html.count("<td>") == 2
    assert "x | y" in html


def test_blank_cells_stay_blank() -> None:
    html = render(table(["Entry", ""], [["Decision", ""]]))
    assert html.count("<td>") == 2


@pytest.mark.parametrize(
    "url",
    ["javascript:alert(1)", "data:text/html,x", "/relative", "https://a b", 'https://a"b', None, 5],
)
def test_only_plain_http_addresses_become_links(url: object) -> None:
    assert safe_url(url) is None
    assert link("text", url) == "text"


def test_parentheses_in_an_address_are_encoded() -> None:
    assert link("t", "https://x.org/a_(b)") == "[t](https://x.org/a_%28b%29)"
    assert '<a href="https://x.org/a_%28b%29">t</a>' in render(link("t", "https://x.org/a_(b)"))


def test_code_and_heading() -> None:
    assert code("out_of_scope") == "`out_of_scope`"
    assert code("a`b") == "`a'b`"
    assert heading(2, "1. Gather *information*") == "## 1. Gather \\*information\\*"
