"""From number fields to a core call: the result is withheld until every field is valid.

A dashboard names which field feeds which argument of a core function
(:class:`FieldSet`). The fields pass what was typed (read by :mod:`spinemet_core.units`)
unchanged; the core's own validation then decides, and a refusal is shown beside the
field it names. Nothing here knows a range: the fields' analytes and the core do.

:func:`shown_against` formats a number so that what is shown is what is compared: the
shown value sits on the same side of every shown limit as the value itself.

>>> shown_against(10.04, (10.0,))
('10.04', ('10',))
>>> shown_against(11.0196, (10.2, 10.0))
('11.0', ('10.2', '10'))
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from ..errors import InvalidInputError

__all__ = ["WITHHELD_NOTE", "FieldSet", "ceil_text", "mark_withheld", "shown_against"]
__all__ += ["withheld_html"]

WITHHELD_NOTE = "No result yet: enter a valid value in every field"
"""The note written on a figure (and its card) while the result is withheld."""


def withheld_html(problem: str = "") -> str:
    """The card shown instead of a result while a field is not valid."""
    extra = f" {problem}" if problem else ""
    return (
        f"<div class='sm-card sm-withheld' role='status'><b>{WITHHELD_NOTE}.</b> The message "
        "beside a field marked ⚠ says what is wrong; nothing is computed from a changed "
        f"value.{extra}</div>"
    )


class FieldSet:
    """Number fields keyed by the core argument each one feeds.

    Parameters
    ----------
    fields : mapping of str to NumberField or IntegerField
        Core argument name -> field (anything with ``value`` and ``report``).
    """

    def __init__(self, fields: Mapping[str, Any]) -> None:
        self.fields = dict(fields)

    def values(self, active: Iterable[str] | None = None) -> dict[str, Any] | None:
        """Argument -> value of every (active) field, or None while one is not valid."""
        names = self.fields if active is None else list(active)
        values = {name: self.fields[name].value for name in names}
        return None if any(v is None for v in values.values()) else values

    def call(
        self, function: Callable[..., Any], *, active: Iterable[str] | None = None, **extra: Any
    ) -> Any:
        """``function(**values, **extra)``, or None when a field is not valid or is refused.

        A refusal (:class:`~spinemet_core.errors.InvalidInputError`) naming a field's
        argument is shown beside that field; a refusal naming no field is raised.
        """
        for field in self.fields.values():  # the core's earlier refusals may no longer hold
            if field.value is not None and field.error:
                field.report(None)
        names = list(self.fields if active is None else active)
        values = self.values(names)
        if values is None:
            return None
        try:
            return function(**values, **extra)
        except InvalidInputError as error:
            if error.field not in names:
                raise
            self.fields[error.field].report(error)
            return None


def _sign(x: float) -> int:
    return (x > 0) - (x < 0)


def _text(x: float, decimals: int) -> str:
    return f"{x:.{decimals}f}"


def _trimmed(x: float, decimals: int) -> str:
    text = _text(x, decimals)
    return text.rstrip("0").rstrip(".") if "." in text else text


def shown_against(
    value: float, limits: Iterable[float], *, decimals: int = 1
) -> tuple[str, tuple[str, ...]]:
    """``value`` and ``limits`` as text that never contradicts their comparison.

    The value keeps ``decimals`` decimals, more where fewer would put the shown
    value on the other side of (or equal to) a shown limit; limits are shown with as
    many decimals, trailing zeros dropped. Returns ``(value_text, limit_texts)``.
    """
    limits = tuple(limits)
    for places in range(decimals, 13):
        shown = _text(value, places)
        shown_limits = tuple(_trimmed(limit, places) for limit in limits)
        if all(
            _sign(float(shown) - float(s)) == _sign(value - limit)
            for s, limit in zip(shown_limits, limits, strict=True)
        ):
            return shown, shown_limits
    return repr(value), tuple(repr(limit) for limit in limits)


def ceil_text(value: float, decimals: int = 1) -> str:
    """``value`` rounded up to ``decimals`` (a minimum that is shown is then enough).

    >>> ceil_text(4.8333), ceil_text(5.0), ceil_text(1.54)
    ('4.9', '5.0', '1.6')
    """
    scale = 10**decimals
    return _text(math.ceil(round(value * scale, 6)) / scale, decimals)


def mark_withheld(figure, withheld: bool) -> None:
    """Write (or remove) the withheld note across the top of a figure (a PlotView).

    The figure's own patient marks are removed by its ``withhold_*`` function; the note
    says why they are missing. Other annotations (subplot titles) are kept.
    """
    notes = figure.annotations()
    kept = [a for a in notes if a.get("name") != "withheld"]
    if (len(kept) < len(notes)) == withheld:
        return  # already as asked: no update sent
    note = {
        "name": "withheld",
        "text": f"<b>{WITHHELD_NOTE}</b>",
        "xref": "paper",
        "yref": "paper",
        "x": 0.5,
        "y": 1.0,
        "yanchor": "bottom",
        "showarrow": False,
        "bgcolor": "#ffffff",
        "bordercolor": "#D55E00",
        "borderwidth": 2,
        "font": {"color": "#1a1a1a"},
    }
    with figure.batch_update() as spec:
        spec["layout"]["annotations"] = [*kept, note] if withheld else kept
