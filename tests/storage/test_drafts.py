"""storage.drafts: one file per event, written atomically by a background writer that never blocks a key."""

from __future__ import annotations

import threading

import pytest

from erbij_desktop.storage import drafts


def test_write_read_and_forget_a_draft() -> None:
    drafts.write_draft("abc-1", {"text": "één zin", "person": "", "speaker": "Jan"})
    assert drafts.read_draft("abc-1") == {"text": "één zin", "speaker": "Jan"}
    drafts.write_draft("abc-1", {"text": ""})  # nothing left: the file goes
    assert not drafts.draft_path("abc-1").exists()
    drafts.forget_draft("abc-1")  # forgetting what is not there is fine


@pytest.mark.parametrize("uid", ["../evil", "", "a/b", "x" * 65])
def test_a_uid_that_is_no_uid_is_refused(uid: str) -> None:
    with pytest.raises(ValueError):
        drafts.draft_path(uid)


def test_the_newest_draft_of_an_event_wins_and_flush_waits_for_it() -> None:
    writer = drafts.DraftWriter()
    try:
        for n in range(50):
            writer.put("abc-2", {"text": f"versie {n}"})
        assert writer.flush()
        assert drafts.read_draft("abc-2") == {"text": "versie 49"}
    finally:
        writer.close()
        drafts.forget_draft("abc-2")


def test_a_refusing_disk_is_reported_and_typing_is_not_held_up() -> None:
    import shutil

    folder = drafts.drafts_dir()
    shutil.rmtree(folder, ignore_errors=True)
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_bytes(b"")  # where the folder should be stands a file: every write fails
    reports: list[tuple[str, str | None]] = []
    done = threading.Event()
    writer = drafts.DraftWriter(lambda uid, message: (reports.append((uid, message)), done.set()))
    try:
        writer.put("abc-3", {"text": "nieuw"})  # returns at once
        assert done.wait(5)
        assert reports[0][0] == "abc-3" and "concept" in (reports[0][1] or "")
        folder.unlink()
        done.clear()
        writer.put("abc-3", {"text": "weer goed"})
        assert done.wait(5)
        assert reports[-1] == ("abc-3", None)  # and it says so when drafts are kept again
        assert drafts.read_draft("abc-3") == {"text": "weer goed"}
    finally:
        writer.close()
        if folder.is_file():
            folder.unlink()
    drafts.forget_draft("abc-3")


def test_a_file_that_is_not_a_draft_is_ignored() -> None:
    path = drafts.draft_path("abc-4")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('["geen", "concept"]', encoding="utf-8")
    assert drafts.read_draft("abc-4") == {}
    path.write_bytes(b"x" * (drafts.MAX_DRAFT_BYTES + 1))
    assert drafts.read_draft("abc-4") == {}
    drafts.forget_draft("abc-4")
