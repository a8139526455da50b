"""The JSON Schema of a case file, built from the loader's own constants.

``cases/schema/case.schema.json`` is this schema written out; a test keeps the
two identical and checks that the schema and the loader accept and reject the
same fixtures (the schema cannot recompute answer keys or run the instruments,
so those checks stay with the loader).
"""

from __future__ import annotations

import json

from ..fidelity import STATUSES
from ..references import REFERENCES
from .keys import INSTRUMENTS
from .loader import CASE_REQUIRED, CHOICE_KEYS, KEY_KEYS
from .model import DIFFICULTIES, QUESTION_TYPES, TOPICS
from .questions import QUESTION_REQUIRED

__all__ = ["case_schema", "schema_text", "template_schema", "template_schema_text"]


def case_schema() -> dict:
    """The schema as a dict (JSON Schema draft 2020-12)."""
    text = {"type": "string", "minLength": 1}
    choice = {
        "type": "object",
        "additionalProperties": False,
        "required": list(CHOICE_KEYS),
        "properties": {
            "text": text,
            "correct": {"type": "boolean"},
            "feedback": {"type": "string", "minLength": 10},
        },
    }
    key = {
        "type": "object",
        "additionalProperties": False,
        "required": list(KEY_KEYS),
        "properties": {"instrument": {"enum": sorted(INSTRUMENTS)}, "field": text},
    }
    status = {"status": {"enum": list(STATUSES)}, "secondary": text}
    # a source is named exactly when the status (at the same level) is "secondary"
    names_source = {
        "if": {"required": ["status"], "properties": {"status": {"const": "secondary"}}},
        "then": {"required": ["secondary"]},
        "else": {"not": {"required": ["secondary"]}},
    }
    question = {
        "type": "object",
        "additionalProperties": False,
        "required": list(QUESTION_REQUIRED),
        "properties": {
            "id": {"type": "string", "pattern": "^[a-z0-9][a-z0-9-]{0,40}$"},
            "type": {"enum": list(QUESTION_TYPES)},
            "prompt": {"type": "string", "minLength": 10},
            "explanation": {"type": "string", "minLength": 10},
            "citekeys": {"type": "array", "minItems": 1, "items": {"enum": sorted(REFERENCES)}},
            "choices": {"type": "array", "minItems": 2, "items": choice},
            "answer": {"type": "number"},
            "tolerance": {"type": "number", "minimum": 0},
            "key": key,
            **status,
        },
        "allOf": [
            names_source,
            {
                "if": {"properties": {"type": {"const": "numeric"}}},
                "then": {"required": ["answer", "tolerance"], "not": {"required": ["choices"]}},
                "else": {"required": ["choices"], "not": {"required": ["answer"]}},
            },
            {
                "if": {"properties": {"type": {"const": "single_choice"}}},
                "then": {
                    "dependentRequired": {"tolerance": ["key"]},
                    "properties": {
                        "choices": {
                            "contains": {"properties": {"correct": {"const": True}}},
                            "minContains": 1,
                            "maxContains": 1,
                        }
                    },
                },
            },
            {
                "if": {"properties": {"type": {"const": "multiple_choice"}}},
                "then": {
                    "not": {"anyOf": [{"required": ["key"]}, {"required": ["tolerance"]}]},
                    "properties": {
                        "choices": {"contains": {"properties": {"correct": {"const": True}}}}
                    },
                },
            },
        ],
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://spinemet.example/case.schema.json",
        "title": "spinemet case vignette",
        "description": "One synthetic case per file; see cases/README.md.",
        "type": "object",
        "additionalProperties": False,
        "required": list(CASE_REQUIRED),
        "properties": {
            "id": {"type": "string", "pattern": "^[a-z0-9][a-z0-9-]{2,60}$"},
            "topic": {"enum": list(TOPICS)},
            "title": {"type": "string", "minLength": 5},
            "difficulty": {"enum": list(DIFFICULTIES)},
            "objectives": {
                "type": "array",
                "minItems": 1,
                "items": {"type": "string", "minLength": 1},
            },
            "vignette": {"type": "string", "minLength": 40},
            "findings": {
                "type": "object",
                "minProperties": 1,
                "propertyNames": {"enum": sorted(INSTRUMENTS)},
                "additionalProperties": {"type": "object"},
            },
            "questions": {"type": "array", "minItems": 1, "items": question},
            **status,
        },
        **names_source,
    }


def schema_text() -> str:
    """The schema as the text stored in ``cases/schema/case.schema.json``."""
    return json.dumps(case_schema(), indent=2) + "\n"


def template_schema() -> dict:
    """The schema of a template file (``cases/<topic>/templates/<id>.yaml``): a case's schema
    with ``variables`` and ``constraints``, findings that may hold placeholders, generated
    choices, and numeric answers the core computes. Built from the template reader's
    constants (:mod:`.variables`, :mod:`.rules`, :mod:`.mistakes`)."""
    import copy

    from .mistakes import MISTAKES
    from .rules import CONSTRAINTS, DERIVATIONS
    from .templates import TEMPLATE_REQUIRED
    from .variables import KINDS, MODIFIERS

    schema = copy.deepcopy(case_schema())
    schema["$id"] = "https://spinemet.example/template.schema.json"
    schema["title"] = "spinemet case template"
    schema["required"] = list(TEMPLATE_REQUIRED)
    schema["properties"]["id"]["pattern"] = "^[a-z0-9](?!.*--)[a-z0-9-]{2,44}$"
    variable = {
        "type": "object",
        "oneOf": [
            {
                "required": [kind],
                "properties": dict.fromkeys((kind, *MODIFIERS[kind]), True),
                "additionalProperties": False,
            }
            for kind in KINDS
        ],
        "properties": {"derive": {"enum": sorted(DERIVATIONS)}},
    }
    schema["properties"]["variables"] = {
        "type": "object",
        "minProperties": 1,
        "propertyNames": {"pattern": "^[a-z][a-z0-9_]{0,30}$"},
        "additionalProperties": variable,
    }
    schema["properties"]["constraints"] = {
        "type": "array",
        "items": {
            "type": "object",
            "required": ["rule"],
            "properties": {"rule": {"enum": [*CONSTRAINTS, "implies"]}},
        },
    }
    question = schema["properties"]["questions"]["items"]
    generated = {
        "type": "object",
        "additionalProperties": False,
        "required": ["distractors"],
        "properties": {
            "distractors": {"type": "array", "minItems": 1, "items": {"enum": sorted(MISTAKES)}},
            "most": {"type": "integer", "minimum": 2},
            "digits": {"type": "integer", "minimum": 0},
            "feedback": {"type": "string", "minLength": 10},
        },
    }
    question["properties"]["choices"] = {"anyOf": [question["properties"]["choices"], generated]}
    rules = question["allOf"]
    numeric = rules[1]["then"]
    numeric["required"] = ["tolerance"]
    numeric["anyOf"] = [{"required": ["answer"]}, {"required": ["key"]}]
    single = rules[2]["then"]["properties"]["choices"]
    rules[2]["then"]["properties"]["choices"] = {"anyOf": [single, generated]}
    return schema


def template_schema_text() -> str:
    """The template schema as stored in ``cases/schema/template.schema.json``."""
    return json.dumps(template_schema(), indent=2) + "\n"
