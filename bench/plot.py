"""The latency chart: p50 and p95 per turn, ours against the stock bot, at 1 and 16 users."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench.results import USER_COUNTS

COLOURS = {"ours": ("#9ecae1", "#08519c"), "stock": ("#fdae6b", "#a63603")}
LABELS = {"ours": "our case conversation", "stock": "stock bot (rasa init)"}


def plot_latency(results: dict[str, Any], path: Path) -> Path:
    """Write grouped bars (p50 light, p95 dark) per bot and user count to ``path`` (PNG)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(1, len(USER_COUNTS), figsize=(9, 4), sharey=False)
    for axis, users in zip(axes, USER_COUNTS, strict=True):
        _bars(axis, results["bots"], users)
        word = "user" if users == "1" else "concurrent users"
        axis.set_title(f"{users} {word}")
        axis.set_ylabel("latency per turn (ms)")
        axis.grid(axis="y", alpha=0.3)
    handles, labels = axes[0].get_legend_handles_labels()
    fig.legend(handles, labels, loc="lower center", ncol=4, fontsize=8, frameon=False)
    commit = (results.get("git", {}).get("commit") or "?")[:8]
    fig.suptitle(f"Per-turn REST latency, {results.get('date', '')} ({commit})", fontsize=10)
    fig.tight_layout(rect=(0, 0.08, 1, 0.95))
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def _bars(axis: Any, bots: dict[str, Any], users: str) -> None:
    """p50 and p95 bars for each bot, labelled with their values."""
    width = 0.38
    for position, bot in enumerate(("ours", "stock")):
        latency = bots.get(bot, {}).get("latency", {}).get(users)
        if not latency:
            continue
        light, dark = COLOURS[bot]
        for offset, (key, colour) in enumerate((("p50_ms", light), ("p95_ms", dark))):
            x = position + (offset - 0.5) * width
            value = latency[key]
            label = f"{LABELS[bot]} {key[:3]}"
            axis.bar(x, value, width, color=colour, label=label)
            axis.annotate(
                f"{value:.0f}",
                (x, value),
                ha="center",
                va="bottom",
                fontsize=8,
                xytext=(0, 2),
                textcoords="offset points",
            )
    axis.set_xticks([0, 1])
    axis.set_xticklabels(["ours", "stock"])
