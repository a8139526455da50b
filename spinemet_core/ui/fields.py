"""Number fields that never clamp, round or rewrite what a person typed.

A field keeps the raw text. Each change of the text (or of its unit) is read by
:mod:`spinemet_core.units`: a decimal comma is a decimal point, an empty field says
"Enter a value", and a value outside its plausible range is refused with the range
and a likely unit mix-up. The message is shown beside the field (class
``sm-field-message``, announced to screen readers) and :attr:`value` is then
``None``; a dashboard observes ``value`` and withholds its result while it is None.
A refusal that comes from the core (:meth:`report`, e.g. a dose-fraction pair) keeps
``value``, because it may depend on other fields, and sets ``error``: the dashboard's
:class:`~spinemet_core.ui.inputs.FieldSet` asks the core again after every change and
withholds the result while it refuses.

>>> field = NumberField("Calcium", analyte="calcium", text="2,45", unit="mmol/L")
>>> round(field.value, 2), field.error
(9.82, '')
>>> field.unit = "mg/dL"
>>> field.value is None, field.text
(True, '2,45')
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

import ipywidgets as widgets
import traitlets

from ..errors import InvalidInputError
from ..units import ANALYTES, Analyte, parse_number, parse_quantity, parse_whole_number

__all__ = ["FIELD_CSS", "IntegerField", "NumberField"]

FIELD_CSS = """
.sm-field { --jp-widgets-inline-height: 44px; align-items: center; flex-wrap: wrap; }
.sm-field input, .sm-field select { min-height: 44px; }
.sm-field-invalid input { border: 2px solid #D55E00 !important; }
.sm-field-error { font-weight: 600; border-left: 4px solid #D55E00; padding-left: 6px; }
.sm-field-error::before { content: "\\26A0  "; }
.sm-field > .sm-field-message:has(.sm-field-error) { flex: 1 1 100%; }
.sm-field-message .widget-html-content { line-height: 1.4; }
.sm-unit-choice > .widget-label {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
@media (max-width: 480px) {
  .sm-field > .widget-text { width: calc(100% - 96px) !important; min-width: 0; }
  .sm-field > .widget-text > .widget-label {
    width: 50% !important; white-space: normal; height: auto; line-height: 1.2;
  }
}
"""
"""Styles of the fields: 44 px touch targets, a marked invalid input and message.

The message keeps the page's text colour (readable in every theme); a bar, a warning
sign and bold type mark it, so nothing depends on colour alone. A message takes its own
line under the input, so it never pushes a neighbouring field or unit aside. On a
phone (480 px or less) label, input and unit share one line, the label wrapping.
"""

_TOUCH = {"min_height": "44px"}


class _Field(widgets.HBox):
    """The shared machinery: raw text, optional unit, parsed value, message."""

    text = traitlets.Unicode("", help="The raw text, exactly as typed.")
    unit = traitlets.Unicode("", help="The unit the text is read in.")
    error = traitlets.Unicode("", read_only=True, help="The message shown, or ''.")

    def __init__(
        self,
        label: str,
        *,
        text: str = "",
        unit: str = "",
        units: tuple[str, ...] = (),
        field: str | None = None,
        validate: Callable[[Any], Any] | None = None,
        placeholder: str = "",
        continuous_update: bool = False,
        style: dict | None = None,
        layout: widgets.Layout | dict | None = None,
    ) -> None:
        self.field = field or label
        self._validate = validate
        self._reported = ""
        self._input = widgets.Text(
            value=text,
            description=label,
            placeholder=placeholder,
            continuous_update=continuous_update,
            style=style or {"description_width": "initial"},
            layout=layout or widgets.Layout(**_TOUCH),
        )
        parts: list[widgets.Widget] = [self._input]
        self._units: widgets.Dropdown | None = None
        if len(units) > 1:
            self._units = widgets.Dropdown(
                options=list(units),
                value=unit or units[0],
                description=f"{label}: unit",  # its accessible name, visually hidden (CSS)
                tooltip=f"{label}: unit",
                style={"description_width": "initial"},
                layout=widgets.Layout(width="auto", **_TOUCH),
            ).add_class("sm-unit-choice")
            parts.append(self._units)
        elif unit or units:
            parts.append(widgets.Label(unit or units[0], layout=widgets.Layout(**_TOUCH)))
        self.message = widgets.HTML().add_class("sm-field-message")
        style_tag = widgets.HTML(f"<style>{FIELD_CSS}</style>", layout={"display": "none"})
        super().__init__([*parts, self.message, style_tag])
        self.add_class("sm-field")
        self.unit = unit or (units[0] if units else "")
        widgets.link((self, "text"), (self._input, "value"))
        if self._units is not None:
            widgets.link((self, "unit"), (self._units, "value"))
        self.text = text
        self.observe(self._update, names=["text", "unit"])
        self._update()

    # Public helpers ----------------------------------------------------------------
    def set_value(self, number: float, unit: str | None = None) -> None:
        """Fill the field from code (a preset): ``number`` in ``unit`` (default: kept).

        Every digit is kept; a whole float is written without ".0" (24.0 -> "24").
        """
        text = str(number)
        if isinstance(number, float) and number.is_integer():
            text = text.removesuffix(".0")
        with self.hold_trait_notifications():
            if unit is not None:
                self.unit = unit
            self.text = text

    def report(self, problem: InvalidInputError | str | None) -> None:
        """Show a message from elsewhere (e.g. the core refusing the value); None clears it."""
        if isinstance(problem, InvalidInputError):
            problem = self._describe(problem)
        self._reported = problem or ""
        self._update()

    # Internals ---------------------------------------------------------------------
    def _parse(self, text: str) -> Any:  # pragma: no cover - defined by subclasses
        raise NotImplementedError

    def _shown(self) -> str:
        return f"{self.text.strip()} {self.unit}".strip()

    def _describe(self, error: InvalidInputError) -> str:
        message = getattr(error, "message", None)
        if message is None:
            allowed, bracket = str(error.allowed), f" [{self.unit}]"
            if self.unit and bracket in allowed:  # "a number > 0 [Gy]": the unit once
                allowed = allowed.replace(bracket, f" {self.unit}")
            elif self.unit:
                allowed += f" {self.unit}"
            message = f"{self._shown()} is not accepted; allowed: {allowed}"
        return message[:1].upper() + message[1:]

    def _update(self, change: dict | None = None) -> None:
        if change is not None and change.get("name") in ("text", "unit"):
            self._reported = ""
        try:
            value = self._parse(self.text)
            if self._validate is not None:
                value = self._validate(value)
            message = self._reported
        except InvalidInputError as error:
            value, message = None, self._describe(error)
        self.set_trait("error", message)
        self.message.value = (
            f"<div class='sm-field-error' role='alert'>{html.escape(message)}</div>"
            if message
            else ""
        )
        # The mark goes on the field's box, never on the Text: any change to the Text's model
        # makes its view rewrite the input from the model, which would wipe what a person is
        # typing while the kernel answers (seen: "25" typed after a unit change became "4.0").
        if message:
            self.add_class("sm-field-invalid")
        else:
            self.remove_class("sm-field-invalid")
        # Last: an observer of ``value`` may report() a refusal, which must not be overwritten.
        self.set_trait("value", value)


class NumberField(_Field):
    """A decimal number, optionally a lab value with a unit choice, read from raw text.

    Parameters
    ----------
    label : str
        The field's visible label (the Text's description).
    analyte : str or Analyte, optional
        A key of :data:`spinemet_core.units.ANALYTES`: the unit dropdown offers its
        units, and :attr:`value` is in its canonical unit, within its plausible range.
    text : str
        Initial raw text.
    unit : str
        Initial unit (default: the analyte's canonical unit); without an analyte, a
        fixed unit shown after the field.
    field : str, optional
        Name used in messages (default: ``label``).
    validate : callable, optional
        Called with the parsed value; may return it (or a converted value) or raise
        :class:`~spinemet_core.errors.InvalidInputError`, e.g. a core check.
    placeholder, continuous_update, style, layout
        Passed to the ``ipywidgets.Text``.

    Attributes
    ----------
    value : float or None
        The value (canonical unit for an analyte), None while the text cannot be read
        as a valid value; a refusal reported by the core keeps it (see the module).
        Observe it: ``field.observe(callback, "value")``.
    text, unit : str
        Raw text and unit; set them to drive the field.
    error : str
        The message shown beside the field, or ``""``.
    uln : float or None
        Upper limit of normal [U/L], for LDH typed in U/L.
    """

    value = traitlets.Float(None, allow_none=True, read_only=True)
    uln = traitlets.Float(None, allow_none=True)

    def __init__(
        self, label: str, *, analyte: str | Analyte | None = None, unit: str = "", **kwargs: Any
    ) -> None:
        record = ANALYTES[analyte] if isinstance(analyte, str) else analyte
        self.analyte = record
        units = record.units if record is not None else ()
        super().__init__(label, unit=unit, units=units, **kwargs)
        self.observe(self._update, names="uln")

    def _parse(self, text: str) -> float:
        if self.analyte is None:
            return parse_number(text, field=self.field)
        return parse_quantity(
            text, field=self.field, analyte=self.analyte, unit=self.unit, uln=self.uln
        )


class IntegerField(_Field):
    """A whole number read from raw text: ``"4,5"`` is refused ("not a whole number").

    Parameters and attributes are those of :class:`NumberField` without ``analyte``
    and ``uln``; :attr:`value` is an int or None.

    >>> field = IntegerField("Fractions", text="4,5")
    >>> field.value is None, field.error
    (True, "'4,5' is not a whole number")
    """

    value = traitlets.Int(None, allow_none=True, read_only=True)

    def _parse(self, text: str) -> int:
        return parse_whole_number(text, field=self.field)
