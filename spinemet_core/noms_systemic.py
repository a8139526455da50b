"""The systemic (S) pillar of NOMS: the findings weighed before the fitness call, as data.

NOMS asks whether the patient can tolerate the proposed operation, given medical
comorbidity and the extent of systemic disease (Laufer 2013, ``laufer2013_noms``). It
sets no cut-off: the call is the clinician's. This module holds the findings the
dashboard offers (each with its options) and, for each option that argues against
surgery, what it argues and the citekey. :func:`systemic_flag` reports which findings
argue against a "fit for surgery" call; it never changes the call, and
:func:`spinemet_core.noms.recommend` is untouched by it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from .errors import require_bool, require_choice

__all__ = [
    "NOMS_S_PILLAR",
    "PATCHELL_MIN_SURVIVAL_MONTHS",
    "SYSTEMIC_FINDINGS",
    "Concern",
    "SystemicFinding",
    "SystemicFlag",
    "systemic_flag",
]

NOMS_S_PILLAR = (
    "NOMS weighs whether the patient can tolerate the operation, given medical comorbidity "
    "and the extent of systemic disease; it sets no performance or comorbidity cut-off"
)
"""What the S pillar asks (Laufer 2013, abstract: systemic disease considerations help
determine the need for and the feasibility of surgery)."""

PATCHELL_MIN_SURVIVAL_MONTHS = 3
"""Expected survival the surgical trial required for entry [months] (Patchell 2005,
eligibility: expected survival of at least 3 months; ``patchell2005``)."""


@dataclass(frozen=True, slots=True)
class Concern:
    """What one finding's option argues about surgery, and its source."""

    finding: str
    argues: str
    citekey: str


@dataclass(frozen=True, slots=True)
class SystemicFinding:
    """One systemic finding: its label, options ``(value, label)``, default, and concerns.

    ``against`` maps each option value that argues against surgery to its
    :class:`Concern`; other options raise no concern.
    """

    name: str
    label: str
    options: tuple[tuple[str, str], ...]
    default: str
    against: Mapping[str, Concern]

    @property
    def values(self) -> tuple[str, ...]:
        """The allowed option values, in display order."""
        return tuple(value for value, _ in self.options)


SYSTEMIC_FINDINGS: tuple[SystemicFinding, ...] = (
    SystemicFinding(
        "ecog",
        "Performance (ECOG)",
        (
            ("0-1", "0-1: active"),
            ("2", "2: up more than half the day"),
            ("3-4", "3-4: mostly in bed"),
        ),
        "0-1",
        MappingProxyType(
            {
                "3-4": Concern(
                    "poor performance status (ECOG 3-4)",
                    "ECOG 3-4 is one of the adverse factors of the Katagiri score: a shorter "
                    "expected survival to set against the recovery from an operation",
                    "katagiri2014",
                )
            }
        ),
    ),
    SystemicFinding(
        "comorbidity",
        "Comorbidity",
        (
            ("none or minor", "none or minor"),
            ("significant, controlled", "significant, controlled"),
            ("severe or uncontrolled", "severe or uncontrolled"),
        ),
        "none or minor",
        MappingProxyType(
            {
                "severe or uncontrolled": Concern(
                    "severe or uncontrolled comorbidity",
                    "medical comorbidity is what the S pillar weighs: can the patient tolerate "
                    "the operation",
                    "laufer2013_noms",
                )
            }
        ),
    ),
    SystemicFinding(
        "systemic_disease",
        "Systemic disease",
        (
            ("limited", "limited"),
            ("extensive, controlled", "extensive, controlled"),
            ("extensive, progressing", "extensive, progressing"),
        ),
        "limited",
        MappingProxyType(
            {
                "extensive, progressing": Concern(
                    "extensive, progressing systemic disease",
                    "the extent of systemic disease is what the S pillar weighs; the surgical "
                    f"trial enrolled only patients expected to live {PATCHELL_MIN_SURVIVAL_MONTHS} "
                    "months or more",
                    "patchell2005",
                )
            }
        ),
    ),
)
"""The systemic findings the learner weighs before the fitness call, in display order."""


@dataclass(frozen=True, slots=True)
class SystemicFlag:
    """The findings that argue against surgery, and whether they meet a "fit" call.

    ``concerns`` lists every finding that argues against surgery, whatever the call;
    ``flagged`` is true when there is at least one and the call is "fit for surgery".
    """

    concerns: tuple[Concern, ...]
    fit_for_surgery: bool

    @property
    def flagged(self) -> bool:
        """Whether the fitness call meets findings that argue against it."""
        return self.fit_for_surgery and bool(self.concerns)


def systemic_flag(
    *, ecog: str, comorbidity: str, systemic_disease: str, fit_for_surgery: bool
) -> SystemicFlag:
    """Which systemic findings argue against a "fit for surgery" call.

    Parameters
    ----------
    ecog : str
        ECOG band: "0-1", "2" or "3-4".
    comorbidity : str
        "none or minor", "significant, controlled" or "severe or uncontrolled".
    systemic_disease : str
        "limited", "extensive, controlled" or "extensive, progressing".
    fit_for_surgery : bool
        The learner's fitness call; it is reported against, never changed.

    Returns
    -------
    SystemicFlag
        The concerns, in :data:`SYSTEMIC_FINDINGS` order, and whether they are flagged.

    Raises
    ------
    InvalidInputError
        If a finding is not one of its values (the message names it), or
        ``fit_for_surgery`` is not a bool.

    Examples
    --------
    >>> flag = systemic_flag(ecog="3-4", comorbidity="severe or uncontrolled",
    ...                      systemic_disease="extensive, progressing", fit_for_surgery=True)
    >>> flag.flagged, [c.citekey for c in flag.concerns]
    (True, ['katagiri2014', 'laufer2013_noms', 'patchell2005'])
    >>> systemic_flag(ecog="3-4", comorbidity="none or minor", systemic_disease="limited",
    ...               fit_for_surgery=False).flagged
    False
    """
    require_bool("fit_for_surgery", fit_for_surgery)
    given = {"ecog": ecog, "comorbidity": comorbidity, "systemic_disease": systemic_disease}
    concerns = []
    for finding in SYSTEMIC_FINDINGS:
        value = require_choice(finding.name, given[finding.name], finding.values)
        if value in finding.against:
            concerns.append(finding.against[value])
    return SystemicFlag(tuple(concerns), fit_for_surgery)
