"""Command ``schema``: the JSON Schemas of the public contract (importing every model: its own module,
so that ``beoordeel`` does not)."""

from __future__ import annotations

import argparse
import json
from typing import Any

from ..schema import SCHEMA_MODELLEN, alle_schemas, json_schema


def registreer(sub: Any) -> None:
    """Add the ``schema`` command to the parser."""
    s = sub.add_parser("schema", help="print the JSON Schemas of the case, verdict and error row")
    s.add_argument("naam", nargs="?", choices=sorted(SCHEMA_MODELLEN), help="one schema only")
    s.set_defaults(uitvoeren=_schema)


def _schema(args: argparse.Namespace) -> int:
    schema = json_schema(args.naam) if args.naam else alle_schemas()
    print(json.dumps(schema, indent=2, ensure_ascii=False))
    return 0
