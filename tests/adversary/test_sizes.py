"""What the server's administrator learns from sizes: a bucket, not the length of what was
written about a person. Real workspace, real sealing; the sizes are the envelopes' as pushed."""

from __future__ import annotations

from pathlib import Path

from app.team.case_book import case_book
from app.team.membership import found_team
from app.team.outbox import outbox_of
from app.workspace.folder import Workspace
from tests.conftest import CHEAP, PASSWORD


def test_records_of_different_lengths_leave_in_few_sizes(tmp_path: Path) -> None:
    session, _ = Workspace.create(tmp_path / "ws", "ana", PASSWORD, cost=CHEAP)
    book = case_book(session)
    found_team(book, "shelter")
    for n in range(40):  # names from 1 to 40 letters: 40 lengths of plaintext
        book.open_case({"prs_First_Name": "ក" * (n + 1), "age": "16"}, "intake")
    sizes = {len(e.body) for e in outbox_of(book).pending() if e.kind == "case_event"}
    # unpadded: 40 sizes, one per name length. Padded: PADMÉ's buckets are 16 bytes wide at this
    # size (about 6 % of it), so 120 bytes of difference in names leave at most 8 sizes
    assert len(sizes) <= 8, sorted(sizes)
    assert all(size % 16 == min(sizes) % 16 for size in sizes)
    session.lock()


def test_photos_of_nearby_sizes_leave_in_one_size_and_arrive_whole(tmp_path: Path) -> None:
    from app.interviews.attachments import Attachment
    from app.team.attachment_sync import plaintext_of, read_plaintext

    def attachment(size: int) -> Attachment:
        return Attachment(
            id="01a2b3c4-0000-7000-8000-000000000001", submission_id="s", draft_id=None,
            question="photo", file_name="p.jpg", original_name="passport.jpg",
            media_type="image/jpeg", size=size, sha256="0" * 64, created_at="2026-12-06",
            device="d",
        )  # fmt: skip

    sizes = set()
    for size in range(2_000_000, 2_060_000, 3_000):  # twenty photos within 60 KB of each other
        data = bytes([size % 251]) * size
        plaintext = plaintext_of(attachment(size), data)
        header, back = read_plaintext(plaintext)
        assert back == data and header["original_name"] == "passport.jpg"
        sizes.add(len(plaintext))
    assert len(sizes) <= 2, sorted(sizes)
