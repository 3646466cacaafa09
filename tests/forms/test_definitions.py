"""The shipped XLSForms (forms/definitions): they convert cleanly, are fully translated, match their
TOML sources, and carry the intake logic the engine tests rely on.

Logic is checked on pyxform's XForm output (binds), since the form engine is not ready yet; the
`fieldcase forms run` checks come later (see docs/shipped-forms.md for the names to answer).
"""

from __future__ import annotations

import re
import unicodedata
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

import openpyxl
import pytest
from pyxform.xls2xform import convert

from forms.definitions.build import (
    FORMS,
    LANGUAGES,
    TRANSLATABLE,
    Sheet,
    build_sheets,
    read_workbook,
    xlsx_path,
)
from tests.optional import command_missing

XF = "{http://www.w3.org/2002/xforms}"
CONSENT_GIVEN = "${con_Consent} = 'TRUE'"
SCRIPTS = {  # letters a cell in that language must contain (Vietnamese and English are Latin)
    "km": (0x1780, 0x17FF),
    "lo": (0x0E80, 0x0EFF),
    "th": (0x0E00, 0x0E7F),
    "my": (0x1000, 0x109F),
    "zh": (0x4E00, 0x9FFF),
}
# HTCDS field names and code lists (IOM HTCDS XLSForm, CC BY 4.0) that the forms reuse.
HTCDS_FIELDS = {
    "con_Consent", "prs_Salutation", "prs_First_Name", "prs_Second_Name", "prs_Birthdate",
    "prs_Gender", "prs_Citizenship", "prs_Title", "prs_Email", "prs_HomePhone", "prs_MobilePhone",
    "prs_MailingCity", "prs_MailingCountry", "prs_MailingState", "prs_MailingStreet",
    "prs_MailingPostalCode", "vic_MethodOfRecruitment", "vic_LocationOfRecruitment",
    "vic_TraffickingStatus", "vic_TraffickingStatusDecisionMakingOrg", "vic_Methods_of_Control",
    "vic_TypeOfExploitation", "vic_ForcedLabourIndustry", "vic_TypeOfSexExploitation",
    "vic_LocationOfExploitation", "cas_Status", "cas_ReferringOrganisation",
    "cas_IncomingReferralDate", "cas_ReferringPrimaryCaseWorker", "cas_ReasonForIncomingReferral",
    "cas_IncomingReferralDetails",
}  # fmt: skip
HTCDS_CODES = {
    "gender": "Feminine Masculine TransgenderFeminine TransgenderMasculine NonConforming "
    "NonSpecifiedUnknown",
    "methodofrecruitment": "AtAPlaceOfBusiness AtAnEducationalInstitution AtWork "
    "ThroughOnlineSocialNetworks ThroughAnOnlineAdvertisement ThroughATelevisionAdvert "
    "ThroughANewspaperAdvert ThroughFamilyOrFamilyEvents ThroughFriendsOrSocialEvents Other",
    "methodsofcontrol": "PhysicalThreats ThreatsLawEnforcement ThreatensChildrenFamily "
    "DebtBondage FalsePromises PhysicalAbuse SexualAbuse TakesEarnings RestrictsFinancialAccess "
    "RestrictsMedicalCare WithholdsNecessities PsychologicalAbuse PsychoactiveSubstance "
    "ExcessiveWorkingHours WithholdsDocuments Other",
    "typeofexploitation": "ForcedLabour SexualExploitation ChildLabour ForcedMarriage Servitude "
    "ForcedMilitaryByNonStateActors OrganRemoval ForcedBegging ForcedAdoption Surrogacy Other",
    "forcedlabourindustry": " ".join(
        f"{letter}_{name}"
        for letter, name in zip(
            "ABCDEFGHIJKLMNOPQRSTU",
            "AgricultureForestryAndFishing MiningAndQuarrying Manufacturing "
            "ElectricityGasSteamAndAirConditioningSupply WaterSupplySewerageWasteManagement "
            "Construction WholesaleAndRetailTradeRepairOfMotorVehicles TransportationAndStorage "
            "AccommodationAndFoodServiceActivities InformationAndCommunication "
            "FinancialAndInsuranceActivities RealEstateActivities "
            "ProfessionalScientificAndTechnicalActivities AdministrativeAndSupportServiceActivities "
            "PublicAdministrationAndDefence Education HumanHealthAndSocialWorkActivities "
            "ArtsEntertainmentAndRecreation OtherServiceActivities ActivitiesOfHouseholdsAsEmployers "
            "ActivitiesOfExtraterritorialOrganizations".split(),
            strict=True,
        )
    ),
    "typeofsexexploitation": "Prostitution Pornography RemoteInteractiveServices "
    "PrivateSexualServices",
    "status": "Active FollowUp Closed ClosedReferred",
    "consent": "TRUE FALSE",
    "traffickingstatus": "PossibleVictimOfTrafficking ActualVictimOfTrafficking "
    "NotAVictimOfTrafficking",
    "traffickingstatusdecisionmakingorg": "Police NGO CourtOrProsecution "
    "NonPoliceGovernmentalOrganization Other",
}
# Our additions to an HTCDS list, appended after the HTCDS codes.
EXTRA_CODES = {"dont_know", "declined"}


# --------------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------------
@cache
def sheets(form: str) -> dict[str, Sheet]:
    return {s.name: s for s in build_sheets(form)}


def records(form: str, sheet: str) -> list[dict[str, str]]:
    header, *rows = sheets(form)[sheet].rows
    return [dict(zip(header, row, strict=True)) for row in rows]


@cache
def xform(form: str) -> ET.Element:
    warnings: list[str] = []
    result = convert(xlsform=str(xlsx_path(form)), warnings=warnings)
    return ET.fromstring(result.xform)


def binds(form: str) -> dict[str, dict[str, str]]:
    """XForm binds by the last path step (names are unique in a form)."""
    out = {}
    for bind in xform(form).iter(f"{XF}bind"):
        out[bind.attrib["nodeset"].rsplit("/", 1)[-1]] = bind.attrib
    return out


def survey_row(form: str, name: str) -> dict[str, str]:
    return next(r for r in records(form, "survey") if r["name"] == name)


def translatable_cells(form: str):
    """(sheet, row name, column kind, {lang code: text}) for every translatable cell group."""
    for sheet in ("survey", "choices"):
        for rec in records(form, sheet):
            for kind in TRANSLATABLE:
                texts = {c: rec.get(f"{kind}::{n}", "") for c, n in LANGUAGES.items()}
                if any(texts.values()):
                    yield sheet, rec["name"], kind, texts


def top_level_items(form: str) -> list[dict[str, str]]:
    """Top-level survey rows (groups by their begin row), in order."""
    depth, out = 0, []
    for rec in records(form, "survey"):
        kind = rec["type"]
        if kind in ("end_group", "end_repeat"):
            depth -= 1
            continue
        if depth == 0:
            out.append(rec)
        if kind in ("begin_group", "begin_repeat"):
            depth += 1
    return out


# --------------------------------------------------------------------------------------------
# build and conversion
# --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("form", FORMS)
def test_committed_workbook_matches_source(form: str) -> None:
    assert xlsx_path(form).exists(), "run: python -m forms.definitions.build"
    assert read_workbook(xlsx_path(form)) == build_sheets(form), (
        f"{form}.xlsx is out of date with src/{form}.toml; run: python -m forms.definitions.build"
    )


@pytest.mark.parametrize("form", FORMS)
def test_converts_with_pyxform_without_warnings(form: str) -> None:
    warnings: list[str] = []
    result = convert(xlsform=str(xlsx_path(form)), warnings=warnings)
    assert result.xform.startswith("<?xml")
    assert warnings == [] and result.warnings == []


@pytest.mark.parametrize("form", FORMS)
def test_settings(form: str) -> None:
    settings = records(form, "settings")[0]
    assert settings["form_id"] == form
    assert re.fullmatch(r"20\d{8}", settings["version"])
    assert settings["form_title"]
    assert settings["default_language"] == "English (en)"
    root = next(xform(form).iter(f"{XF}instance"))[0]
    assert root.attrib["id"] == form and root.attrib["version"] == settings["version"]


@pytest.mark.parametrize("form", FORMS)
def test_columns_are_the_seven_languages_and_no_case_properties(form: str) -> None:
    header = sheets(form)["survey"].rows[0]
    langs = {
        col.split("::", 1)[1] for col in header if "::" in col and not col.startswith("bind::")
    }
    assert langs == set(LANGUAGES.values())
    assert "case_property" not in header
    for rec in records(form, "survey"):
        assert "or_other" not in rec["type"], rec["name"]


# --------------------------------------------------------------------------------------------
# translations
# --------------------------------------------------------------------------------------------
def test_translation_coverage_is_complete() -> None:
    """Every translatable cell that has text in one language has it in all seven: 100 %."""
    filled = dict.fromkeys(LANGUAGES, 0)
    total = 0
    missing = []
    for form in FORMS:
        for sheet, name, kind, texts in translatable_cells(form):
            total += 1
            for code, text in texts.items():
                if text.strip():
                    filled[code] += 1
                else:
                    missing.append(f"{form}/{sheet}/{name}/{kind}::{code}")
    assert total > 500
    assert missing == []
    assert {code: count / total for code, count in filled.items()} == dict.fromkeys(LANGUAGES, 1.0)


@pytest.mark.parametrize("form", FORMS)
def test_every_question_and_choice_has_a_label(form: str) -> None:
    unlabelled = {"start", "end", "calculate", "end_group", "end_repeat"}
    for rec in records(form, "survey"):
        if rec["type"] not in unlabelled:
            assert rec["label::English (en)"], rec["name"]
    for rec in records(form, "choices"):
        assert rec["label::English (en)"], rec["name"]


@pytest.mark.parametrize("form", FORMS)
def test_text_is_in_the_right_script(form: str) -> None:
    """Catches a translation pasted into the wrong column, or typed with the wrong keyboard."""
    for _sheet, name, kind, texts in translatable_cells(form):
        for code, text in texts.items():
            assert unicodedata.normalize("NFC", text) == text, (name, kind, code)
            for script, (lo, hi) in SCRIPTS.items():
                inside = any(lo <= ord(ch) <= hi for ch in text)
                if script == code:
                    assert inside, (name, kind, code, text)
                else:
                    assert not inside, (name, kind, code, f"{script} letters in", text)


@pytest.mark.parametrize("form", FORMS)
def test_burmese_is_unicode_not_zawgyi(form: str) -> None:
    """Zawgyi puts the e-vowel sign (U+1031) before its consonant and uses U+1060-U+1097 for
    stacked forms; Unicode Burmese never starts a syllable with U+1031."""
    for _sheet, name, kind, texts in translatable_cells(form):
        text = texts["my"]
        assert not re.search(r"(^|[\s\"“(«-])\u1031", text), (name, kind, text)
        assert not any(0x1060 <= ord(ch) <= 0x1097 for ch in text), (name, kind, text)


# --------------------------------------------------------------------------------------------
# HTCDS mapping
# --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("form", FORMS)
def test_htcds_prefixed_names_are_htcds_fields(form: str) -> None:
    for rec in records(form, "survey"):
        if re.match(r"(prs|vic|cas|con|ref)_", rec["name"]):
            assert rec["name"] in HTCDS_FIELDS, rec["name"]


@pytest.mark.parametrize("form", FORMS)
def test_htcds_code_lists_keep_every_htcds_code(form: str) -> None:
    by_list: dict[str, list[str]] = {}
    for rec in records(form, "choices"):
        by_list.setdefault(rec["list_name"], []).append(rec["name"])
    for list_name, codes in by_list.items():
        if list_name in HTCDS_CODES:
            expected = HTCDS_CODES[list_name].split()
            assert codes[: len(expected)] == expected, list_name
            assert set(codes[len(expected) :]) <= EXTRA_CODES, list_name
        if list_name in ("country", "citizenship", "country_sensitive"):
            for code in codes:
                assert re.fullmatch(r"[A-Z]{2}", code) or code in {
                    "other", "dont_know", "declined", "stateless",
                }, code  # fmt: skip


# --------------------------------------------------------------------------------------------
# intake logic, as pyxform compiles it
# --------------------------------------------------------------------------------------------
def test_intake_age_and_is_child_calculation() -> None:
    b = binds("intake")
    assert "prs_Birthdate" in b["age_years"]["calculate"]
    assert "/age " in b["age_years"]["calculate"] + " "
    assert re.search(r"age_years\s*< 18", b["is_child"]["calculate"])
    assert b["age"]["relevant"].replace(" ", "").endswith("prs_Birthdate=''")
    assert b["age"]["constraint"].replace(" ", "") == ".>=0and.<=120"
    assert b["prs_Birthdate"]["constraint"].startswith(". <= today()")


def test_intake_child_group_depends_on_is_child() -> None:
    assert survey_row("intake", "child")["relevant"] == f"{CONSENT_GIVEN} and ${{is_child}} = 1"
    relevant = binds("intake")["child"]["relevant"]
    assert "is_child" in relevant and "con_Consent" in relevant
    children = {r["name"] for r in records("intake", "survey")}
    assert {"guardian_present", "guardian_name", "best_interest_flag", "child_trained_staff"} <= (
        children
    )


def test_intake_consent_refusal_makes_everything_after_irrelevant() -> None:
    items = top_level_items("intake")
    names = [r["name"] for r in items]
    after = items[names.index("consent") + 1 :]
    assert len(after) >= 6
    for rec in after:
        assert rec["type"] == "begin_group", rec["name"]
        assert rec["relevant"].startswith(CONSENT_GIVEN), rec["name"]
    assert survey_row("intake", "consent_refused_note")["relevant"] == "${con_Consent} = 'FALSE'"
    assert survey_row("intake", "con_Consent")["required"] == "yes"


def test_intake_interpreter_attests_consent_when_present() -> None:
    row = survey_row("intake", "interpreter_attestation")
    assert row["relevant"] == "${interpreter_present} = 'yes'"
    assert row["constraint"] == ". = 'yes'"


def test_intake_sensitive_questions_offer_declined_and_dont_know() -> None:
    lists = {}
    for rec in records("intake", "choices"):
        lists.setdefault(rec["list_name"], set()).add(rec["name"])
    sensitive = [
        "vic_MethodOfRecruitment", "recruiter_relation", "vic_Methods_of_Control",
        "vic_TypeOfExploitation", "vic_ForcedLabourIndustry", "vic_TypeOfSexExploitation",
        "documents_held", "recruitment_country", "exploitation_country", "need_shelter", "need_medical", "need_psychosocial", "need_legal",
        "need_education", "need_livelihood",
    ]  # fmt: skip
    for name in sensitive:
        list_name = survey_row("intake", name)["type"].split()[1]
        assert {"dont_know", "declined"} <= lists[list_name], name


def test_intake_legal_need_is_asked_of_everyone() -> None:
    row = survey_row("intake", "need_legal")
    assert row["relevant"] == "" and "prs_Gender" not in row["relevant"]
    assert binds("intake")["needs"]["relevant"] == " /data/consent/con_Consent  = 'TRUE'"


def test_intake_dates_cannot_be_in_the_future() -> None:
    b = binds("intake")
    for name in ("interview_date", "prs_Birthdate"):
        assert "<= today()" in b[name]["constraint"], name


def test_follow_up_and_referral_respect_refusal() -> None:
    for rec in top_level_items("follow_up"):
        if rec["name"] in ("living", "wellbeing", "livelihood", "education_legal", "services"):
            assert rec["relevant"] == CONSENT_GIVEN, rec["name"]
    assert survey_row("follow_up", "next_followup_date")["relevant"] == (
        "${recommend_closure} = 'no'"
    )
    assert survey_row("referral", "sharing")["relevant"] == "${referral_consent} = 'TRUE'"


def test_closure_referred_needs_transfer_reason() -> None:
    row = survey_row("closure", "closure_reason")
    assert "ClosedReferred" in row["constraint"] and "transferred" in row["constraint"]


@pytest.mark.parametrize("form", FORMS)
def test_odk_validate_accepts_the_xform(form: str) -> None:
    """ODK Validate (JavaRosa, bundled with pyxform) parses every XPath; needs Java."""
    if reason := command_missing("java"):
        pytest.skip(f"ODK Validate not run: {reason}")
    warnings: list[str] = []
    convert(xlsform=str(xlsx_path(form)), validate=True, warnings=warnings)
    assert warnings == []


@pytest.mark.parametrize("form", FORMS)
def test_questions_say_the_person_not_the_victim(form: str) -> None:
    """Trauma-informed wording: "victim" appears only in the worker's own assessment codes."""
    assessment_lists = {"traffickingstatus", "closure_reason"}
    for sheet, name, kind, texts in translatable_cells(form):
        if sheet == "choices" and any(
            rec["name"] == name and rec["list_name"] in assessment_lists
            for rec in records(form, "choices")
        ):
            continue
        assert "victim" not in texts["en"].lower(), (sheet, name, kind)


def test_htcds_constants_match_the_htcds_xlsform() -> None:
    """The field names and codes above are copied from IOM's HTCDS XLSForm (CC BY 4.0)."""
    path = Path(__file__).parent / "data" / "htcds_xlsform.xlsx"
    if not path.exists():
        pytest.skip("HTCDS XLSForm not in tests/forms/data")
    wb = openpyxl.load_workbook(path, read_only=True)
    fields = {row[1] for row in wb["survey"].iter_rows(min_row=2, values_only=True)}
    codes: dict[str, list[str]] = {}
    for row in wb["choices"].iter_rows(min_row=2, values_only=True):
        codes.setdefault(str(row[0]), []).append(str(row[1]).strip())
    wb.close()
    assert fields - {"start", "end", "__version__"} == HTCDS_FIELDS
    for list_name, expected in HTCDS_CODES.items():
        assert codes[list_name] == expected.split(), list_name
    for rec in records("intake", "choices"):
        if rec["list_name"] == "citizenship" and re.fullmatch(r"[A-Z]{2}", rec["name"]):
            assert rec["name"] in codes["citizenship"], rec["name"]


def test_form_titles_are_built_and_translated() -> None:
    import json

    from forms.definitions.build import TITLES, form_titles

    assert TITLES.read_bytes() == form_titles(), "run python -m forms.definitions.build"
    titles = json.loads(TITLES.read_bytes())
    assert set(titles) == set(FORMS)
    for texts in titles.values():
        assert set(texts) == set(LANGUAGES) and all(texts.values())
