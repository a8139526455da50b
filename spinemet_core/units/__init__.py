"""Laboratory values in the units clinicians use, converted with pint.

One :class:`Analyte` record per laboratory value says which unit the core uses
(its *canonical* unit), which units a person may type, and the plausible range.
Conversions go through pint's unit registry (calcium mg/dL ↔ mmol/L through its
molar mass, pint's ``chemistry`` context); no conversion factor is typed here.
pint and its registry (about 0.2-0.3 s and 15 MB) are loaded on first use, once.

Typed text is read by :func:`parse_quantity`: a decimal comma is a decimal point,
and anything ambiguous is refused with a message naming the field.
"""

from .analytes import ANALYTES, ULN_MULTIPLE, Analyte, QuantityInputError
from .arguments import ARGUMENT_ANALYTES, QUANTITY_KEYS, argument_value
from .conversion import convert, likely_unit, to_canonical
from .text import is_blank, parse_number, parse_quantity, parse_whole_number

__all__ = [
    "ANALYTES",
    "ARGUMENT_ANALYTES",
    "QUANTITY_KEYS",
    "ULN_MULTIPLE",
    "Analyte",
    "QuantityInputError",
    "argument_value",
    "convert",
    "is_blank",
    "likely_unit",
    "parse_number",
    "parse_quantity",
    "parse_whole_number",
    "to_canonical",
]
