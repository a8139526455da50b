"""Property: the case loader, over random mutations of the real case files, gives a valid
case or a located CaseFormatError, never another exception."""

from hypothesis import given

from spinemet_core.cases import load_case
from spinemet_core.cases.model import Case
from spinemet_core.errors import CaseFormatError

from ..strategies import bounded, mutated_case_files


@bounded(100)
@given(mutated_case_files())
def test_a_mutated_real_case_file_is_valid_or_refused_with_file_and_place(tmp_path, drawn):
    """Dropped, duplicated, retyped or junk-filled: a Case, or a CaseFormatError naming the
    file and, for every problem, a path inside it (``/`` plus line and column for YAML)."""
    original, text = drawn
    folder = tmp_path / original.parent.name
    folder.mkdir(exist_ok=True)
    path = folder / original.name
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    try:
        case, error = load_case(path), None
    except CaseFormatError as exc:
        case, error = None, exc
    if error is None:
        assert isinstance(case, Case)
        assert original.stem == case.id
        return
    assert str(path) == error.source
    assert error.problems
    for where, reason in error.problems:
        assert isinstance(where, str) and where, error.problems
        assert isinstance(reason, str) and reason, error.problems
        assert len(reason) < 1000, reason[:200]
