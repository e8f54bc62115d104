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
