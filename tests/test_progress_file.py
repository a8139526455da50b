"""The progress file on disk: its location, atomic writes, unreadable files set aside."""

import json
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from spinemet_core.progress import MAX_PROGRESS_BYTES, ProgressError
from spinemet_core.progress_file import progress_location, read_progress, set_aside, write


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"SPINEMET_PROGRESS": "/x/p.json", "HOME": "/h"}, Path("/x/p.json")),
        ({"SPINEMET_PROGRESS": "off", "HOME": "/h"}, None),
        ({"SPINEMET_PROGRESS": " ", "HOME": "/h"}, None),
        ({"HOME": "/h"}, Path("/h/.local/share/spinemet/progress.json")),
        ({"HOME": "/h", "XDG_DATA_HOME": "/d"}, Path("/d/spinemet/progress.json")),
    ],
)
def test_progress_location_follows_the_environment(environ, expected):
    """SPINEMET_PROGRESS wins (off or empty turns autosave off), then XDG_DATA_HOME, then ~."""
    assert expected == progress_location(environ)


def test_write_is_atomic_and_leaves_no_temporary_file(tmp_path):
    """The file holds the whole document, its folder is created, nothing else is left."""
    path = tmp_path / "deep" / "progress.json"
    write(path, {"a": [1, 2]})
    write(path, {"b": "é"})
    assert {"b": "é"} == json.loads(path.read_text(encoding="utf-8"))
    assert ["progress.json"] == os.listdir(path.parent)


def test_a_failed_write_keeps_the_old_file(tmp_path):
    """A document that cannot be written leaves the previous file whole and no temporary."""
    path = tmp_path / "progress.json"
    write(path, {"old": 1})
    with pytest.raises(TypeError):
        write(path, {"bad": object()})
    assert {"old": 1} == json.loads(path.read_text())
    assert ["progress.json"] == os.listdir(tmp_path)


def test_read_progress_missing_huge_or_a_folder(tmp_path):
    """No file is None; a huge file or a folder is a ProgressError in words."""
    assert read_progress(tmp_path / "none.json") is None
    huge = tmp_path / "huge.json"
    huge.write_bytes(b" " * (MAX_PROGRESS_BYTES + 1))
    with pytest.raises(ProgressError, match="larger than 512 kB"):
        read_progress(huge)
    with pytest.raises(ProgressError, match="cannot be read"):
        read_progress(tmp_path)


def test_set_aside_renames_and_never_overwrites(tmp_path):
    """An unreadable file is renamed with the time; a second one the same second gets -2."""
    path = tmp_path / "progress.json"
    now = datetime(2026, 11, 30, 1, 2, 3, tzinfo=UTC)
    path.write_text("one")
    first = set_aside(path, now)
    path.write_text("two")
    second = set_aside(path, now)
    assert "progress.json.unreadable-20261130T010203Z" == first.name
    assert "progress.json.unreadable-20261130T010203Z-2" == second.name
    assert ("one", "two", False) == (first.read_text(), second.read_text(), path.exists())


def test_set_aside_names_why(tmp_path):
    """A session another page saved is kept as '<name>.other-session-<time>'."""
    path = tmp_path / "progress.json"
    path.write_text("{}")
    now = datetime(2026, 11, 30, 1, 2, 3, tzinfo=UTC)
    assert "progress.json.other-session-20261130T010203Z" == (
        set_aside(path, now, why="other-session").name
    )
