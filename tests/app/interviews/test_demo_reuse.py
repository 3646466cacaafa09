"""The demo reuses one finished intake per shape for the people after the first: each case still
has its own submission, with that person's answers and ids, stored as an interview stores it."""

from __future__ import annotations

from app.interviews.demo import add_demo_cases
from app.team.case_book import case_book
from app.workspace.session import Session


def test_every_demo_case_has_its_own_intake_with_its_own_answers(session: Session) -> None:
    book = case_book(session)
    summary = add_demo_cases(book, 150, seed=3)
    assert summary.cases == 150
    instances, names = set(), set()
    for (case_id,) in book.store.query("SELECT case_id FROM cases"):
        created = book.events(case_id)[0].payload
        fields = created["properties"]  # as the intake saved them (later edits aside)
        record = session.submission(created["submission_id"])
        person = record["data"]["person"]
        assert person["prs_First_Name"] == fields["prs_First_Name"]
        assert person["first_name_latin"] == fields["prs_First_Name_Latin"]
        assert person["age"] == fields["age"]
        assert record["data"]["context"]["interview_date"] == fields["intake_date"]
        assert f"<prs_First_Name>{person['prs_First_Name']}</prs_First_Name>" in record["xml"]
        assert record["instance_id"] in record["xml"]
        assert record["data"]["meta"]["instanceID"] == record["instance_id"]
        instances.add(record["instance_id"])
        names.add(fields["prs_First_Name"])
    assert len(instances) == 150  # no two intakes share an id
    assert len(names) > 30
    assert book.store.scalar("SELECT count(*) FROM submissions") == 150
