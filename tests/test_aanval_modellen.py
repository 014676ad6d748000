"""Every public model built directly from arbitrary input (issue 11): pydantic's ``ValidationError``
(the type callers catch) leaves the library without input values.

``hide_input_in_errors`` hides the input only in an error's text; ``.errors()``, a key in ``loc`` (a
mapping keyed by BSN), a ``ValueError`` in ``ctx`` and the exception chain still held it. Every model
derives from :class:`verzuimregels.fouten.Model`, which rebuilds the error without them.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, ValidationError

import verzuimregels
from verzuimregels.fouten import Model, zonder_invoer

from .test_aanval_eigenschappen import BSN, NAAM, voor_model

ONDERWIJSNUMMER = "101222331"
KANARIES = (BSN, NAAM, ONDERWIJSNUMMER)


def _alle_modellen() -> list[type[BaseModel]]:
    """Every pydantic model the package defines (every module imported; optional extras skipped)."""
    for module in pkgutil.walk_packages(verzuimregels.__path__, "verzuimregels."):
        if module.name.endswith("__main__"):
            continue
        try:
            importlib.import_module(module.name)
        except ImportError:  # an optional extra that is not installed
            continue
    gezien: list[type[BaseModel]] = []
    te_doen: list[type[BaseModel]] = [BaseModel]
    while te_doen:
        for sub in te_doen.pop().__subclasses__():
            te_doen.append(sub)
            if sub.__module__.startswith("verzuimregels.") and sub not in gezien and sub is not Model:
                gezien.append(sub)
    return sorted(gezien, key=lambda m: (m.__module__, m.__name__))


MODELLEN = _alle_modellen()


def test_elk_model_is_een_verzuimregels_model() -> None:
    assert len(MODELLEN) >= 40
    zonder = [f"{m.__module__}.{m.__name__}" for m in MODELLEN if not issubclass(m, Model)]
    assert zonder == []


def test_model_houdt_de_validatie_in_pydantic_core() -> None:
    """Nested models are validated by pydantic-core, not by calling ``Model.__init__`` per object."""
    assert all(not m.__pydantic_custom_init__ for m in MODELLEN)


def _schoon(fout: ValidationError, waar: str) -> None:
    teksten = [
        str(fout),
        repr(fout),
        fout.json(),
        json.dumps(fout.errors(), default=repr),
        json.dumps(fout.errors(include_context=True), default=repr),
    ]
    for tekst in teksten:
        for kanarie in KANARIES:
            assert kanarie not in tekst, f"{kanarie!r} in {waar}: {tekst}"
    assert all(e["input"] is None for e in fout.errors())
    assert fout.__cause__ is None
    assert fout.__context__ is None


def _json(waarde: Any) -> str:
    return json.dumps(waarde, default=str)


@pytest.mark.parametrize("model", MODELLEN, ids=lambda m: m.__name__)
@settings(max_examples=25, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(data=st.data())
def test_een_model_direct_gebouwd_lekt_geen_invoer(model: type[BaseModel], data: st.DataObject) -> None:
    invoer = data.draw(voor_model(model, diepte=1))
    pogingen: list[tuple[str, Any]] = [
        ("model_validate", lambda: model.model_validate(invoer)),
        ("model_validate_json", lambda: model.model_validate_json(_json(invoer))),
    ]
    if isinstance(invoer, dict) and all(isinstance(k, str) for k in invoer):
        pogingen.append(("__init__", lambda: model(**invoer)))
        if all(isinstance(v, str) for v in invoer.values()):
            pogingen.append(("model_validate_strings", lambda: model.model_validate_strings(invoer)))
    for naam, poging in pogingen:
        try:
            poging()
        except ValidationError as fout:
            _schoon(fout, f"{model.__name__}.{naam}")


@pytest.mark.parametrize(
    "invoer",
    [
        {"ziek": BSN},
        {BSN: {"naam": NAAM}, "leeftijd_eerste_verzuimdag": 14},
        {"leeftijd_eerste_verzuimdag": 14, "geboortedatum": f"{NAAM}-04-13"},
        {"leeftijd_eerste_verzuimdag": BSN, "peildatum": "9999-12-31", NAAM: None},
    ],
)
def test_casus_direct_gebouwd_noemt_veld_en_regel_zonder_invoer(invoer: dict[str, Any]) -> None:
    from verzuimregels import Casus

    pogingen: list[Callable[[], object]] = [lambda: Casus(**invoer), lambda: Casus.model_validate(invoer)]
    for poging in pogingen:
        with pytest.raises(ValidationError) as info:
            poging()
        _schoon(info.value, "Casus")
        for e in info.value.errors():
            assert e["type"]  # the rule stays
            for deel in e["loc"]:  # a field of the schema, or a key named by its position
                assert deel in Casus.model_fields or re.fullmatch(r"<veld \d+>", str(deel)), e["loc"]


def test_onbekende_sleutel_heet_naar_zijn_positie() -> None:
    from verzuimregels import Casus

    with pytest.raises(ValidationError) as info:
        Casus.model_validate({"ziek": True, "leeftijd_eerste_verzuimdag": 9, BSN: 1})
    assert [e["loc"] for e in info.value.errors()] == [("<veld 3>",)]
    assert info.value.errors()[0]["type"] == "extra_forbidden"


def test_toewijzen_aan_een_bevroren_model_lekt_de_waarde_niet() -> None:
    from verzuimregels import Casus

    casus = Casus(leeftijd_eerste_verzuimdag=14, ziek=True)
    with pytest.raises(ValidationError) as info:
        casus.ziek = BSN  # type: ignore[misc,assignment]
    _schoon(info.value, "Casus.__setattr__")
    assert info.value.errors()[0]["type"] == "frozen_instance"


def test_een_valueerror_in_een_validator_wordt_niet_geciteerd() -> None:
    from pydantic import field_validator

    class Proef(Model):
        waarde: str

        @field_validator("waarde")
        @classmethod
        def _weiger(cls, waarde: str) -> str:
            raise ValueError(f"{waarde} is not allowed")

    with pytest.raises(ValidationError) as info:
        Proef(waarde=NAAM)
    _schoon(info.value, "Proef")
    assert info.value.errors()[0]["type"] == "value_error"
    assert info.value.errors()[0]["msg"] == "the value is not valid"


def test_zonder_invoer_houdt_titel_soort_en_plek() -> None:
    from verzuimregels import Casus

    try:
        Casus.__pydantic_validator__.validate_python({"ziek": BSN})
    except ValidationError as origineel:
        schoon = zonder_invoer(origineel, {"ziek": BSN})
    assert schoon.title == "Casus"
    assert [(e["type"], e["loc"]) for e in schoon.errors()] == [("bool_type", ("ziek",))]
