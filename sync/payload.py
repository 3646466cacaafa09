"""The sealed payload of a record: its JSON compressed, then padded, before age encrypts it.

A case event, a submission or an erasure is a JSON document of a few hundred bytes whose keys
(``"case_id"``, ``"prs_First_Name"``...) repeat in every record. Compressed with a preset
dictionary of those words, it shrinks to about 40 % of its length; padded after compressing
(PADMÉ, ``sync.padding``), the server still sees only a size bucket, never a length.

Format (``pack``): ``MARK`` (``~z1``), then a raw DEFLATE stream (RFC 1951, zlib's ``wbits=-15``)
of the JSON made with the preset dictionary ``DICTIONARY``, then NUL bytes up to the PADMÉ size
of the whole. The stream ends itself, so the padding is what follows it.

Reading (``unpack``) accepts both this and the format before it (the JSON itself, padded with
spaces, which ``json.loads`` reads as it is), so a laptop of this version reads what any earlier
one sealed. A laptop of an earlier version reading a packed payload fails to parse it as JSON
(``~`` starts no JSON value): it refuses the envelope as malformed and keeps it, the wire whole,
in its quarantine and its list of items to fetch again (app/team/pull_refetch.py), and applies
it once updated. A payload starting with ``~`` and another mark is a format newer than this
version: refused the same way, with a reason that says so (sync/README.md, "Sealed payloads").

``DICTIONARY`` and ``MARK`` go together forever: a different dictionary is a new mark
(``~z2``), and readers keep every earlier one. A test pins the dictionary's SHA-256.
"""

from __future__ import annotations

import zlib

from sync.errors import SyncError, SyncErrorKind
from sync.padding import padme

MARK = b"~z1"
NEWER = b"~"  # the first byte of every packed format; no JSON document starts with it
MAX_UNPACKED = (
    16 * 1024 * 1024
)  # a sealed record's JSON is kilobytes; anything past this is refused

# Words the records repeat, most frequent last (DEFLATE reaches the end of a dictionary with the
# shortest distances): the JSON of a case event, a submission and an erasure, and the names of
# the shipped intake and follow-up forms' fields. Never changed under MARK (see above).
DICTIONARY = (
    b'"consent_language":"con_Consent":"interpreter_attestation":"other_names":"age_is_estimate":'
    b'"age_years":"citizenship_other":"ethnicity":"languages_spoken":"languages_other":'
    b'"documents_held":"documents_other":"prs_MobilePhone":"child_trained_staff":'
    b'"guardian_present":"guardian_name":"guardian_relation":"guardian_concern":'
    b'"best_interest_flag":"vic_MethodOfRecruitment":"recruitment_other":"recruitment_country":'
    b'"recruiter_relation":"vic_Methods_of_Control":"control_other":"exploitation_other":'
    b'"fishing_at_sea":"vic_TypeOfSexExploitation":"forced_marriage_children":'
    b'"exploitation_country":"vic_LocationOfExploitation":"exploitation_months":'
    b'"vic_TraffickingStatus":"vic_TraffickingStatusDecisionMakingOrg":"need_shelter":'
    b'"need_medical":"medical_urgent":"need_psychosocial":"need_legal":"need_education":'
    b'"need_livelihood":"need_other":"return_wish":"return_country":"return_province":'
    b'"return_district":"return_village":"family_tracing":"family_contact_consent":'
    b'"travel_documents":"escort_needed":"escort_organisation":"return_date_planned":'
    b'"followup_date":"contact_method":"person_reached":"not_reached_reason":'
    b'"living_situation":"living_country":"living_province":"living_district":"feels_safe":'
    b'"threats":"health_physical":"health_emotional":"health_care_needed":"income_sources":'
    b'"income_enough":"debt_worry":"education_status":"legal_case_status":"legal_support":'
    b'"services_received":"services_satisfied":"risk_factors":"risk_retrafficking":'
    b'"risk_action":"recommend_closure":"next_followup_date":"worker_notes":"cas_Status":'
    b'"start":"interview_date":"social_worker":"interview_place":"interview_country":'
    b'"language_person":"language_worker":"interpreter_present":"interpreter_name":'
    b'"is_child":"first_name_latin":"second_name_latin":"prs_Second_Name":'
    b'"record":{"form_id":"version":"interpreter":null,"data":{"instance_id":"uuid:'
    b'"erased_at":"erased_by":"ids":["reason":"status":"closed","other_case_id":"scope":'
    b'"date":"note":"to_team":"consent":{"given":true,"follow_up","update","close",'
    b'"consent_share":"yes","consent_research":"no","yes","age":"1","prs_Gender":"Male","Female",'
    b'"prs_Birthdate":"20","intake_date":"2026-","return_date":"2026-","prs_Citizenship":"'
    b'"vic_TypeOfExploitation":"ForcedLabour","SexualExploitation","vic_ForcedLabourIndustry":"'
    b'"vic_LocationOfRecruitment":"prs_Name_Latin":"prs_First_Name":"'
    b'{"id":"0","case_id":"0","type":"create","payload":{"form_id":"intake","properties":{'
    b'"submission_id":"0","team":"","author":"","device":"","hlc":"000","parents":[]}'
)


def pack(document: bytes) -> bytes:
    """``document`` (one JSON document) compressed, marked and padded (see the module)."""
    deflate = zlib.compressobj(9, zlib.DEFLATED, -15, 9, zdict=DICTIONARY)
    packed = MARK + deflate.compress(document) + deflate.flush()
    return packed + b"\0" * (padme(len(packed)) - len(packed))


def unpack(plaintext: bytes, what: str) -> bytes:
    """The JSON document a sealed plaintext holds, packed or not; ``SyncError(MALFORMED)``
    naming ``what`` (e.g. ``"envelope <id>"``) when it is packed in a way this version cannot
    read, is damaged, or inflates past ``MAX_UNPACKED``."""
    if not plaintext.startswith(NEWER):
        return plaintext  # the format before (JSON padded with spaces)
    if not plaintext.startswith(MARK):
        raise SyncError(
            SyncErrorKind.MALFORMED,
            f"{what}: its payload is packed in a format newer than this version of fieldcase "
            "(update fieldcase on this laptop; it is kept and applied then)",
        )
    inflate = zlib.decompressobj(-15, zdict=DICTIONARY)
    try:
        document = inflate.decompress(plaintext[len(MARK) :], MAX_UNPACKED)
    except zlib.error as exc:
        raise SyncError(SyncErrorKind.MALFORMED, f"{what}: its payload does not inflate") from exc
    if not inflate.eof:
        raise SyncError(SyncErrorKind.MALFORMED, f"{what}: its payload is cut short or too large")
    if inflate.unused_data.strip(b"\0"):
        raise SyncError(SyncErrorKind.MALFORMED, f"{what}: bytes after its payload's end")
    return document
