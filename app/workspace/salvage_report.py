"""What a salvage found and copied, table by table, and how it is told (app/workspace/salvage.py
makes it; ``fieldcase salvage`` prints it)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# Tables the case book recomputes from the events (CaseBook.rebuild): never copied.
DERIVED = frozenset(
    {"cases", "case_terms", "case_order", "case_facts", "case_tallies", "case_match"}
)
# Kept by the new workspace's own migrations.
NOT_COPIED = DERIVED | {"_migrations", "audit_checkpoints"}  # MAC'd with the old key
# Named first in the summary: what a person's case is made of.
KEY_TABLES = (
    "case_events",
    "submissions",
    "drafts",
    "attachments",
    "attachment_chunks",
    "users",
    "audit",
)


@dataclass
class TableReport:
    name: str
    recovered: int = 0
    lost_known: int = 0  # lost rows named by an index entry or an overflow page that failed
    damaged_pages: list[int] = field(default_factory=list)
    lost_ids: list[str] = field(default_factory=list)
    indexed_whole: bool = False  # an index of it was read whole: it names every lost row
    placed_by_index: int = 0  # rows below a damaged page, given back as an index names them

    def to_json(self) -> dict[str, Any]:
        return {
            "recovered": self.recovered,
            "recovered_below_damaged_pages": self.placed_by_index,
            "lost_at_least": self.lost_known,
            "damaged_pages": sorted(self.damaged_pages),
            "lost_ids": sorted(self.lost_ids),
        }

    @property
    def lost_something(self) -> bool:
        """Rows are known lost, or a page of it is damaged and no whole index can tell."""
        return bool(self.lost_known or (self.damaged_pages and not self.indexed_whole))


@dataclass
class SalvageReport:
    source: str
    out: str
    workspace_id: str
    pages: int = 0
    wal_frames: int = 0
    damaged_pages: list[int] = field(default_factory=list)
    tables: dict[str, TableReport] = field(default_factory=dict)
    lost_indexes: dict[str, list[int]] = field(default_factory=dict)  # rebuilt: nothing lost
    unplaced_pages: list[int] = field(default_factory=list)  # verified, but no table reached them
    cases_affected: list[str] = field(default_factory=list)  # cases that lost some events
    cases_lost: list[str] = field(default_factory=list)  # cases with no event left
    attachments_incomplete: list[str] = field(default_factory=list)
    cases: int | None = None  # filled in once the case book has rebuilt them

    @property
    def complete(self) -> bool:
        return not any(
            t.lost_something for name, t in self.tables.items() if name not in NOT_COPIED
        ) and not (self.attachments_incomplete or self.unplaced_pages or self.cases_lost)

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "out": self.out,
            "workspace_id": self.workspace_id,
            "complete": self.complete,
            "pages": self.pages,
            "wal_frames": self.wal_frames,
            "damaged_pages": sorted(self.damaged_pages),
            "unplaced_pages": sorted(self.unplaced_pages),
            "tables": {
                name: t.to_json()
                for name, t in sorted(self.tables.items())
                if name not in NOT_COPIED
            },
            "indexes_rebuilt_from_damaged_pages": {
                name: sorted(p) for name, p in sorted(self.lost_indexes.items())
            },
            "cases": self.cases,
            "cases_affected": sorted(self.cases_affected),
            "cases_lost": sorted(self.cases_lost),
            "attachments_incomplete": sorted(self.attachments_incomplete),
            "trusted": "only rows whose pages (and overflow pages) passed SQLCipher's HMAC check",
        }

    def lost_summary(self) -> str:
        """One line for the audit row: what was lost, by table."""
        parts = [
            f"{name}: {t.lost_known}+ rows (pages {ranges(t.damaged_pages)})"
            for name, t in sorted(self.tables.items())
            if t.lost_something
        ]
        return "; ".join(parts) or "nothing lost"

    def text(self) -> str:
        """The summary a person reads."""
        lines = [
            f"Salvaged {self.source} into {self.out} (workspace {self.workspace_id}).",
            f"Pages read: {self.pages}"
            + (f" (and {self.wal_frames} write-ahead log frames)" if self.wal_frames else "")
            + f"; damaged (HMAC failed) or missing, not read: {len(self.damaged_pages)}"
            + (f" — {ranges(self.damaged_pages)}" if self.damaged_pages else ""),
        ]
        if self.cases is not None:
            lines.append(f"Cases rebuilt from their events: {self.cases}.")
        lines.append("Rows kept (only from pages whose HMAC verified):")
        ordered = [t for t in KEY_TABLES if t in self.tables] + sorted(
            t for t in self.tables if t not in KEY_TABLES
        )
        for name in ordered:
            if name in NOT_COPIED:
                continue
            t = self.tables[name]
            if not (t.recovered or t.damaged_pages or t.lost_known or name in KEY_TABLES):
                continue
            line = f"  {name}: {t.recovered}"
            if t.lost_something:
                line += f", LOST at least {t.lost_known}"
                if t.damaged_pages:
                    line += f" (damaged pages {ranges(t.damaged_pages)})"
                if t.lost_ids:
                    shown = ", ".join(sorted(t.lost_ids)[:10])
                    more = len(t.lost_ids) - 10
                    line += f"; ids: {shown}" + (f" and {more} more" if more > 0 else "")
            elif t.damaged_pages:
                line += (
                    f" (damaged pages {ranges(t.damaged_pages)} held no row its index names;"
                    f" {t.placed_by_index} rows below them placed by the index)"
                )
            lines.append(line)
        if self.cases_lost:
            lines.append(
                f"Cases lost whole, no event left ({len(self.cases_lost)}): "
                + ", ".join(self.cases_lost)
            )
        if self.cases_affected:
            lines.append(
                f"Cases kept without some of their events ({len(self.cases_affected)}): "
                + ", ".join(self.cases_affected)
            )
        if self.attachments_incomplete:
            lines.append(
                "Attachments with missing parts: " + ", ".join(sorted(self.attachments_incomplete))
            )
        if self.unplaced_pages:
            lines.append(
                "Pages that verify but that nothing reached (a page above them, or before them"
                " in a long value, is damaged), not read: " + ranges(self.unplaced_pages)
            )
        if self.lost_indexes:
            lines.append(
                "Index pages damaged (nothing lost: indexes are rebuilt): "
                + ", ".join(sorted(self.lost_indexes))
            )
        lines.append(
            "Nothing was lost." if self.complete else "Some records were lost (listed above)."
        )
        return "\n".join(lines)


def ranges(numbers: list[int]) -> str:
    out: list[str] = []
    for n in sorted(set(numbers)):
        if out and "-" not in out[-1] and int(out[-1]) == n - 1:
            out[-1] = f"{out[-1]}-{n}"
        elif out and "-" in out[-1] and int(out[-1].split("-")[1]) == n - 1:
            out[-1] = f"{out[-1].split('-')[0]}-{n}"
        else:
            out.append(str(n))
    return ", ".join(out)
