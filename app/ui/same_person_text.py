"""How an earlier case offered at intake reads: its short id, why it was offered, the person's name
and year of birth, and what finishing does with an intake linked to it (the same-person panel, the
read-only case window and the review page all say it so). Words in the ``SamePerson`` context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.cases.names import CITIZENSHIP, display_name
from app.ui.case_table import country_name

if TYPE_CHECKING:
    from app.cases.matching import Candidate

translate = QCoreApplication.translate


def short_id(case_id: str) -> str:
    """The case id as people read it out: its last eight characters (the random part of a
    time-ordered id; the first characters are alike for cases made the same week)."""
    return "…" + case_id.replace("-", "")[-8:]


def reason_words(code: str) -> str:
    words = {
        "name": translate("SamePerson", "same name"),
        "name in another script": translate("SamePerson", "the name written in another script"),
        "similar name": translate("SamePerson", "a name that sounds alike"),
        "date of birth": translate("SamePerson", "same date of birth"),
        "birth year": translate("SamePerson", "same year of birth"),
        "age": translate("SamePerson", "about the same age"),
        "gender": translate("SamePerson", "same gender"),
        "citizenship": translate("SamePerson", "same citizenship"),
    }
    return words.get(code, code)


def person_name(candidate: Candidate) -> str:
    """The full name in the person's script, and in Latin letters after it when it has both."""
    return display_name({**candidate.names, CITIZENSHIP: candidate.citizenship}) or (
        candidate.display_name
    )


def born_text(candidate: Candidate) -> str:
    if candidate.birth_year is None:
        return "—"
    year = str(candidate.birth_year)
    if candidate.birth_year_estimated:
        return translate("SamePerson", "about %1").replace("%1", year)
    return year


def linked_text(link: Candidate) -> str:
    """What finishing will do with a linked intake, as the panel and the review page say it."""
    return (
        translate(
            "SamePerson",
            "Will be added to the case of %1 (case %2, born %3, %4): finishing records this "
            "intake's answers on that case and opens no new case.",
        )
        .replace("%1", person_name(link))
        .replace("%2", short_id(link.case_id))
        .replace("%3", born_text(link))
        .replace("%4", country_name(link.citizenship) or "—")
    )
