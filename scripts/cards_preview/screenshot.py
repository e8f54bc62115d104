"""What an officer sees in Teams: the assessment card drawn by Microsoft's Adaptive Cards
JavaScript renderer in headless Chromium, with the Teams light host config.

    .venv/bin/python -m scripts.cards_preview.screenshot [--out docs/img]

The renderer comes from the npm registry (``adaptivecards@3.0.6``, installed into
``results/cards-preview/`` on first use); the host config is Microsoft's
``microsoft-teams-light.json`` from ``adaptivecards-designer@2.4.4`` (MIT), copied here.
The cards are the project's own (server/cards/) for one fictional case, so the pictures
show exactly what the channel sends. Writes ``teams-assessment.png`` (as it arrives,
"Why" folded), ``teams-why.png`` (after "Why (show or hide)") and ``teams-guidance.png``
(a guidance answer).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

from actions.guidance import knowledge
from actions.guidance.assessment import assess
from actions.guidance.facts import parse_facts
from actions.messages import render_topic
from actions.replies import AFTER_ASSESSMENT_BUTTONS
from server.cards import adaptive
from server.cards.layout import layout

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
NPM_DIR = ROOT / "results" / "cards-preview"
RENDERER = NPM_DIR / "node_modules" / "adaptivecards" / "dist" / "adaptivecards.min.js"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"]

# A fictional case: a 14-year-old's image asked for and shared on by a 17-year-old.
FACTS = {
    "role": "police",
    "jurisdiction": "england",
    "pictured_age": 14,
    "other_age": 17,
    "adult_involved": False,
    "coercion": True,
    "shared_without_consent": True,
    "immediate_risk": False,
}

PAGE = """<!doctype html><html><head><meta charset="utf-8">
<style>
 body {{ margin: 0; background: #f5f5f5; font-family: "Segoe UI", system-ui, sans-serif; }}
 .chat {{ width: 560px; margin: 16px; }}
 .who {{ font-size: 12px; color: #616161; margin: 0 0 4px 4px; }}
 .bubble {{ background: #fff; border-radius: 6px; box-shadow: 0 1px 2px rgba(0,0,0,.15);
           overflow: hidden; margin-bottom: 14px; }}
 .me {{ background: #e8ebfa; border-radius: 6px; padding: 8px 12px; margin: 0 0 14px 120px;
       font-size: 14px; }}
 .ac-pushButton {{ font-family: inherit; }}
</style>
<script>{renderer}</script></head><body><div class="chat">
<div class="me">{question}</div>
<div class="who">Sharing nudes assistant</div><div class="bubble" id="card"></div>
</div>
<script>
 const card = new AdaptiveCards.AdaptiveCard();
 card.hostConfig = new AdaptiveCards.HostConfig({host_config});
 card.parse({card});
 document.getElementById("card").appendChild(card.render());
 window.rendered = true;
</script></body></html>"""


def ensure_renderer() -> Path:
    if not RENDERER.exists():
        NPM_DIR.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [
                "npm",
                "install",
                "--prefix",
                str(NPM_DIR),
                "--no-audit",
                "--no-fund",
                "adaptivecards@3.0.6",
            ],
            check=True,
        )
    return RENDERER


def cards() -> dict[str, dict]:
    data = assess(parse_facts(FACTS)).to_dict()
    answer = knowledge.topic_answer("viewing_images", "police", "england")
    text = render_topic(answer.title, answer.text, answer.sources, answer.jurisdiction_note)
    return {
        "assessment": adaptive.card(layout(None, AFTER_ASSESSMENT_BUTTONS, {"assessment": data})),
        "guidance": adaptive.card(layout(text, None, answer.payload())),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.cards_preview.screenshot")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "img")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    renderer = ensure_renderer().read_text(encoding="utf-8")
    host_config = (HERE / "teams-light-hostconfig.json").read_text(encoding="utf-8")
    drawn = cards()
    shots = [
        (
            "teams-assessment.png",
            "assessment",
            "A 14 year old girl was pressured into sending a nude by a 17 year old, who then shared it.",
            False,
        ),
        (
            "teams-why.png",
            "assessment",
            "A 14 year old girl was pressured into sending a nude by a 17 year old, who then shared it.",
            True,
        ),
        ("teams-guidance.png", "guidance", "Should I look at the image?", False),
    ]
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        for name, kind, question, open_why in shots:
            page = browser.new_page(viewport={"width": 600, "height": 400})
            page.set_content(
                PAGE.format(
                    renderer=renderer,
                    host_config=host_config,
                    card=json.dumps(drawn[kind]),
                    question=question,
                )
            )
            page.wait_for_function("window.rendered === true")
            if open_why:
                page.locator('button[aria-controls="section-why"]').click()
            page.locator(".chat").screenshot(path=str(args.out / name))
            print(f"{args.out / name}")
            page.close()
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
