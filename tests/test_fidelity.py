"""spinemet_core.fidelity: the status record, its validation and how a record's status resolves."""

import pytest

from spinemet_core.errors import InvalidInputError
from spinemet_core.evidence.finding import Finding
from spinemet_core.fidelity import CONFIRMED, STATUSES, UNCONFIRMED, Fidelity, resolve, secondary


def test_statuses_are_the_three_of_the_issue_strongest_first():
    """Confirmed in the paper, taken from a named secondary source, or unconfirmed."""
    assert ("confirmed", "secondary", "unconfirmed") == STATUSES


def test_an_unknown_status_is_refused_naming_the_allowed_ones():
    """A status outside the three raises, listing them."""
    with pytest.raises(InvalidInputError, match="confirmed, secondary, unconfirmed"):
        Fidelity("checked")


def test_a_secondary_status_must_name_its_source():
    """``secondary`` without a source, or a source with another status, is refused."""
    with pytest.raises(InvalidInputError, match="the name of the secondary source"):
        Fidelity("secondary", " ")
    with pytest.raises(InvalidInputError, match="empty unless status is secondary"):
        Fidelity("confirmed", "a review")


def test_label_names_the_secondary_source():
    """The label shows the status, and the source in brackets when secondary."""
    assert ("confirmed", "secondary (NICE CG75)") == (CONFIRMED.label, secondary("NICE CG75").label)


def test_a_record_status_overrides_its_citekeys_status():
    """resolve() prefers the record's own fidelity, then its citekey's, else None."""
    plain = Finding("S", "g", "m", 1.0, "%", "fisher2010", "cut")
    own = Finding("S", "g", "m", 1.0, "%", "fisher2010", "cut", UNCONFIRMED)
    table = {"fisher2010": CONFIRMED}
    assert (CONFIRMED, UNCONFIRMED, None) == (
        resolve(plain, table),
        resolve(own, table),
        resolve(plain, {}),
    )
