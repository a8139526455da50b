"""One variant of a template as a plain case document: placeholders filled, keys computed,
choices generated from the named errors of :mod:`.mistakes`.

The document is then read by the loader exactly like a hand-written case
(:func:`~.loader.parse_case_data`), so every variant passes the same checks.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..errors import SpinemetError
from ._strict import Collector, brief, read_keys
from .answers import agrees, shown
from .keys import compute
from .mistakes import MISTAKES
from .placeholders import Context, PlaceholderError, breakdown_text

__all__ = ["CHOICE_SPEC_KEYS", "DEFAULT_MOST", "VariantError", "check_generated", "document"]

CHOICE_SPEC_KEYS = ("distractors", "most", "digits", "feedback")
"""The keys of generated choices: ``choices: {distractors: [named errors], most: 4}``."""
DEFAULT_MOST = 4
"""How many choices a generated question shows at most (the key and its distractors)."""


class VariantError(SpinemetError):
    """A variant that cannot be built; ``where`` is the path in the template."""

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(f"{where}: {reason}")
        self.where, self.reason = where, reason


def _text(value: Any, digits: int | None) -> str:
    if digits is not None and isinstance(value, float):
        return f"{value:.{digits}f}"
    return shown(value)


def _choices(raw: Mapping, spec: Mapping, ctx: Context, where: str):
    """The generated choices, their tolerance and ``(text, error name)`` of each distractor."""
    instrument, field = raw["key"]["instrument"], raw["key"]["field"]
    inputs = ctx.findings[instrument]
    value = compute(instrument, field, inputs)
    digits = spec.get("digits")
    tolerance = 0.5 * 10.0**-digits if digits is not None else None
    feedback = spec.get("feedback")
    correct = {
        "text": _text(value, digits),
        "correct": True,
        "feedback": ctx.fill(feedback)
        if feedback
        else f"Right: {breakdown_text(instrument, inputs).rstrip('.')}.",
    }
    choices, named = [correct], []
    for name in spec["distractors"]:
        mistake = MISTAKES[name]
        for wrong, detail in mistake.wrong(ctx.findings, ctx.values, instrument, field):
            text = _text(wrong, digits)
            if len(choices) >= spec.get("most", DEFAULT_MOST):
                break
            if text in {c["text"] for c in choices} or agrees(value, text, tolerance):
                continue
            choices.append(
                {"text": text, "correct": False, "feedback": f"{mistake.title}: {detail}."}
            )
            named.append((text, name))
    if len(choices) < 2:
        raise VariantError(f"{where}/choices", "no listed error changes this variant's answer")
    return choices, tolerance, tuple(named)


def _question(raw: Mapping, ctx: Context, where: str):
    question = {k: v for k, v in raw.items() if k != "choices"}
    for name in ("prompt", "explanation"):
        if isinstance(raw.get(name), str):
            question[name] = ctx.fill(raw[name])
    named: tuple = ()
    choices = raw.get("choices")
    if isinstance(choices, Mapping):
        question["choices"], tolerance, named = _choices(raw, choices, ctx, where)
        if tolerance is not None:
            question["tolerance"] = tolerance
    elif isinstance(choices, list):
        question["choices"] = [
            {k: ctx.fill(v) if isinstance(v, str) else v for k, v in c.items()}
            if isinstance(c, Mapping)
            else c
            for c in choices
        ]
    key = raw.get("key")
    if raw.get("type") == "numeric" and "answer" not in raw and isinstance(key, Mapping):
        question["answer"] = compute(
            key["instrument"], key["field"], ctx.findings[key["instrument"]]
        )
    return question, named


def document(data: Mapping, ctx: Context, case_id: str) -> tuple[dict, dict[str, tuple]]:
    """The case document of one variant and, by question id, its ``(text, error)`` pairs.

    ``ctx`` holds the drawn values; its findings are filled here, instrument by instrument.

    Raises
    ------
    VariantError
        A placeholder cannot be filled, an instrument refuses the variant's inputs, or
        no listed error gives a distractor; ``where`` is the path in the template.
    """
    where = "findings"
    try:
        for instrument, inputs in data["findings"].items():
            where = f"findings/{instrument}"
            ctx.findings[instrument] = {arg: ctx.typed(arg, v) for arg, v in inputs.items()}
        out = {k: v for k, v in data.items() if k not in ("variables", "constraints")}
        out["id"] = case_id
        out["findings"] = {k: dict(v) for k, v in ctx.findings.items()}
        for name in ("title", "vignette"):
            where = name
            out[name] = ctx.fill(data[name])
        questions, named = [], {}
        for i, raw in enumerate(data["questions"]):
            where = f"questions/{i}"
            question, named[raw.get("id")] = _question(raw, ctx, where)
            questions.append(question)
        out["questions"] = questions
    except VariantError:
        raise
    except PlaceholderError as exc:
        raise VariantError(where, str(exc)) from None
    except (SpinemetError, TypeError, KeyError, ValueError, AttributeError) as exc:
        raise VariantError(where, f"the core refuses this variant: {exc}") from None
    return out, named


def check_generated(raw, out: Collector) -> None:
    """Report generated choices that are not a keyed single choice or name unknown errors."""
    if not isinstance(raw, list) or not raw:
        out.add("questions", "expected a non-empty list of questions")
        return
    for i, question in enumerate(raw):
        where = f"questions/{i}"
        choices = question.get("choices") if isinstance(question, Mapping) else None
        if not isinstance(choices, Mapping):
            continue
        read_keys(choices, CHOICE_SPEC_KEYS, ("distractors",), f"{where}/choices", out)
        key = question.get("key")
        if question.get("type") != "single_choice" or not isinstance(key, Mapping):
            out.add(f"{where}/choices", "generated choices need a keyed single_choice question")
            continue
        names = choices.get("distractors")
        if not isinstance(names, list) or not names:
            out.add(
                f"{where}/choices/distractors", f"expected names of errors: {', '.join(MISTAKES)}"
            )
            continue
        for j, name in enumerate(names):
            mistake = MISTAKES.get(name) if isinstance(name, str) else None
            if mistake is None or key.get("instrument") not in mistake.instruments:
                fits = [m.name for m in MISTAKES.values() if key.get("instrument") in m.instruments]
                out.add(
                    f"{where}/choices/distractors/{j}",
                    f"{brief(name)} is not an error of {brief(key.get('instrument'))}; "
                    f"allowed: {', '.join(fits) or 'none'}",
                )
        for name, low in (("most", 2), ("digits", 0)):
            value = choices.get(name)
            if value is not None and (
                not isinstance(value, int) or isinstance(value, bool) or value < low
            ):
                out.add(f"{where}/choices/{name}", f"expected a whole number >= {low}")
