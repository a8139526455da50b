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

__all__ = ["case_schema", "schema_text"]


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
