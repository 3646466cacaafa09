"""The de-identified table for research and reporting: one row per person, k-anonymous.

Built by allow-list, never by deny-list: only the columns below leave the laptop, so a name, a
phone number, an exact date or a free-text answer cannot slip out through a field nobody thought
of. Direct identifiers are simply never read.

Quasi-identifiers (what could single a person out when combined): year of registration, gender,
age band, citizenship. Every combination of them that appears in the output appears at least
``k`` times (default 11, as the CTDC publishes). Where it would not, the table is generalised one
step at a time, for all rows alike:

0. year, gender, age band (CTDC bands 0-8, 9-17, 18-20, 21-23, 24-26, 27-29, 30-38, 39-47, 48+),
   citizenship;
1. the age band becomes minor or adult;
2. the year becomes a span of years (all years in the export);
3. citizenship becomes "Mekong" (Cambodia, China, Lao PDR, Myanmar, Thailand, Viet Nam) or
   "other".

The lowest step at which at most 5 % of the rows fall in groups smaller than ``k`` is used (if no
step gets there, the step that suppresses fewest rows, the lowest among equals); the rows still in
groups smaller than ``k`` are then suppressed. The report says the step, how many
rows were suppressed and how many were left out for consent, never which values they had.

With a language chosen (``label_deidentified``), the headers and the values that come from the
intake form's choices (gender, citizenship, the kind of labour, the exploitation flags' headers)
read as the intake form's labels in that language; the bands and steps stay as above.

Consent: a person is included only if they agreed to research use (the case property
``consent_research`` = ``yes``); everyone else is left out and counted.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from app.export.tables import Column, Labeller, Table
from forms import FormDefinition

MEKONG = {"KH", "CN", "LA", "MM", "TH", "VN"}
AGE_BANDS = [(0, 8), (9, 17), (18, 20), (21, 23), (24, 26), (27, 29), (30, 38), (39, 47), (48, 200)]
EXPLOITATION_FLAGS = {
    "isForcedLabour": "ForcedLabour",
    "isSexualExploit": "SexualExploitation",
    "isForcedMarriage": "ForcedMarriage",
    "isChildLabour": "ChildLabour",
    "isForcedBegging": "ForcedBegging",
    "isServitude": "Servitude",
}
QUASI = ["yearOfRegistration", "gender", "ageBroad", "citizenship"]
OTHER_COLUMNS = [*EXPLOITATION_FLAGS, "typeOfLabour", "caseStatus", "followUps"]
MAX_SUPPRESSED_SHARE = 0.05
STEPS = ("exact", "majority status", "span of years", "region")


@dataclass
class DeidentifyReport:
    k: int
    people: int = 0
    left_out_for_consent: int = 0
    step: str = STEPS[0]
    suppressed: int = 0
    rows: int = 0
    notes: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        return {
            "k": self.k,
            "people": self.people,
            "left_out_for_consent": self.left_out_for_consent,
            "generalisation": self.step,
            "suppressed": self.suppressed,
            "rows": self.rows,
            "quasi_identifiers": QUASI,
            "notes": self.notes,
        }


def age_band(age: int | None) -> str:
    if age is None:
        return ""
    for low, high in AGE_BANDS:
        if low <= age <= high:
            return f"{low}--{high}" if high < 200 else f"{low}+"
    return ""


def _age(fields: dict[str, Any]) -> int | None:
    value = fields.get("age")
    try:
        return int(str(value)) if value not in (None, "") else None
    except ValueError:
        return None


def _person_row(fields: dict[str, Any], follow_ups: int) -> dict[str, str]:
    registered = str(fields.get("intake_date") or "")[:4]
    exploitation = str(fields.get("vic_TypeOfExploitation") or "").split()
    row = {
        "yearOfRegistration": registered if registered.isdigit() else "",
        "gender": str(fields.get("prs_Gender") or ""),
        "ageBroad": age_band(_age(fields)),
        "citizenship": str(fields.get("prs_Citizenship") or ""),
        "typeOfLabour": str(fields.get("vic_ForcedLabourIndustry") or ""),
        "caseStatus": str(fields.get("_status") or ""),
        "followUps": str(follow_ups),
    }
    for column, code in EXPLOITATION_FLAGS.items():
        row[column] = "1" if code in exploitation else "0"
    return row


def _generalise(row: dict[str, str], step: int, years: str) -> dict[str, str]:
    out = dict(row)
    if step >= 1 and out["ageBroad"]:
        low = int(out["ageBroad"].split("-")[0].rstrip("+"))
        out["ageBroad"] = "minor" if low < 18 else "adult"
    if step >= 2:
        out["yearOfRegistration"] = years
    if step >= 3 and out["citizenship"]:
        out["citizenship"] = "Mekong" if out["citizenship"] in MEKONG else "other"
    return out


def _small(rows: Sequence[dict[str, str]], k: int) -> set[tuple[str, ...]]:
    counts = Counter(tuple(r[q] for q in QUASI) for r in rows)
    return {key for key, n in counts.items() if n < k}


def deidentify(
    people: Iterable[tuple[dict[str, Any], int]], k: int = 11
) -> tuple[Table, DeidentifyReport]:
    """``people``: (case fields, number of follow-ups done) per case."""
    if k < 2:
        raise ValueError("k is at least 2")
    report = DeidentifyReport(k)
    rows = []
    for fields, follow_ups in people:
        report.people += 1
        if str(fields.get("consent_research") or "") != "yes":
            report.left_out_for_consent += 1
            continue
        rows.append(_person_row(fields, follow_ups))
    known_years = sorted({r["yearOfRegistration"] for r in rows if r["yearOfRegistration"]})
    years = f"{known_years[0]}-{known_years[-1]}" if known_years else ""
    chosen: list[dict[str, str]] = rows
    best = -1
    for step in range(len(STEPS)):
        candidate = [_generalise(r, step, years) for r in rows]
        small = _small(candidate, k)
        below = sum(1 for r in candidate if tuple(r[q] for q in QUASI) in small)
        if best < 0 or below < best:  # a coarser step only if it saves rows
            chosen, report.step, best = candidate, STEPS[step], below
        if not rows or below <= MAX_SUPPRESSED_SHARE * len(rows):
            break
    small = _small(chosen, k)
    kept = [r for r in chosen if tuple(r[q] for q in QUASI) not in small]
    report.suppressed = len(chosen) - len(kept)
    report.rows = len(kept)
    if report.rows == 0 and report.people:
        report.notes.append(
            f"fewer than {k} people share any combination: nothing can be shared safely"
        )
    columns = QUASI + OTHER_COLUMNS
    table = Table("deidentified", columns, columns, [[r[c] for c in columns] for r in kept])
    return table, report


# Columns whose values are the intake form's choice codes, by the intake question they come from.
LABELLED_VALUES = {
    "gender": "prs_Gender",
    "citizenship": "prs_Citizenship",
    "typeOfLabour": "vic_ForcedLabourIndustry",
}
EXPLOITATION_QUESTION = "vic_TypeOfExploitation"


def label_deidentified(table: Table, intake: FormDefinition, language: str) -> None:
    """Headers and choice values of the de-identified ``table`` in ``language``, from the
    intake form's labels (a column the form does not know keeps its code)."""
    labeller = Labeller(intake, language)
    by_name = {f.name: Column(f.name, f.gpath, f.qtype) for f in intake.fields}
    headers = list(table.columns)
    for column, question in LABELLED_VALUES.items():
        source = by_name.get(question)
        if source is None:
            continue
        i = table.columns.index(column)
        headers[i] = labeller.header(source)
        for row in table.rows:
            row[i] = labeller.value(source, row[i])
    exploitation = by_name.get(EXPLOITATION_QUESTION)
    if exploitation is not None:
        for column, code in EXPLOITATION_FLAGS.items():
            headers[table.columns.index(column)] = labeller.value(exploitation, code)
    table.headers = headers
