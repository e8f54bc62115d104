"""docs/SOURCES.md is generated from sources.yml and must not go stale."""

from __future__ import annotations

from pathlib import Path

from actions.guidance import knowledge
from actions.guidance.documents import load_document


def test_sources_md_is_up_to_date() -> None:
    assert knowledge.SOURCES_MARKDOWN_PATH.read_text(encoding="utf-8") == (
        knowledge.render_sources_markdown()
    ), "docs/SOURCES.md is stale: run `python -m actions.guidance.knowledge`"


def test_rendering_lists_every_source_with_status_and_address() -> None:
    text = knowledge.render_sources_markdown()
    for entry in load_document("sources")["sources"]:
        assert f"### `{entry['id']}`" in text
        assert entry["url"] in text
    assert knowledge.GUIDANCE_VERSION in text


def test_write_sources_markdown_writes_the_rendering(tmp_path: Path) -> None:
    target = knowledge.write_sources_markdown(tmp_path / "SOURCES.md")
    assert target.read_text(encoding="utf-8") == knowledge.render_sources_markdown()
