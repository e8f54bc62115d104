"""The generated-block mechanism shared by the documents' generators."""

from __future__ import annotations

from pathlib import Path

import pytest

from tools.generated_doc import replace_between, write_or_check

BEGIN, END = "<!-- x:begin -->", "<!-- x:end -->"


def test_only_the_block_between_the_markers_is_replaced():
    page = f"a\n{BEGIN}\nold\n{END}\nb\n"
    assert (
        replace_between(page, BEGIN, END, f"{BEGIN}\nnew\n{END}") == f"a\n{BEGIN}\nnew\n{END}\nb\n"
    )


@pytest.mark.parametrize("page", ["no markers", f"{BEGIN}{END}{BEGIN}{END}", f"{END} then {BEGIN}"])
def test_a_page_without_one_block_in_order_is_refused(page):
    with pytest.raises(ValueError):
        replace_between(page, BEGIN, END, "block")


def test_check_says_stale_without_writing_and_write_writes(tmp_path: Path, capsys):
    doc = tmp_path / "docs" / "PAGE.md"
    doc.parent.mkdir()
    doc.write_text("old", encoding="utf-8")
    assert write_or_check(doc, "old", "new", check=True, what="the table", command="make docs") == 1
    assert doc.read_text(encoding="utf-8") == "old"
    assert "docs/PAGE.md: the table: stale; run make docs" in capsys.readouterr().out
    assert (
        write_or_check(doc, "old", "new", check=False, what="the table", command="make docs") == 0
    )
    assert doc.read_text(encoding="utf-8") == "new"
    assert write_or_check(doc, "new", "new", check=True, what="the table", command="make docs") == 0


def test_a_generator_prints_by_default_and_writes_or_checks_on_request(tmp_path: Path, capsys):
    from tools.generated_doc import parse_mode, print_write_or_check

    doc = tmp_path / "docs" / "PAGE.md"
    doc.parent.mkdir()
    doc.write_text("old", encoding="utf-8")

    def run(*argv: str) -> int:
        args = parse_mode(list(argv), prog="gen", description="test")
        return print_write_or_check(
            args, doc, "preview", lambda page: page.upper(), what="x", command="gen --write"
        )

    assert run() == 0 and capsys.readouterr().out == "preview\n"
    assert doc.read_text(encoding="utf-8") == "old"
    assert run("--check") == 1 and "stale" in capsys.readouterr().out
    assert run("--write") == 0 and doc.read_text(encoding="utf-8") == "OLD"
    with pytest.raises(SystemExit):
        parse_mode(["--write", "--check"], prog="gen", description="test")
