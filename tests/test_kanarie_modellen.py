"""Canary test of every public model's repr, str and HTML (issue 11).

:mod:`tests.test_kanarie` checks about a dozen instances the library itself builds. Here every
subclass of :class:`verzuimregels.fouten.Model` is built directly, as a caller may, with a valid BSN
or onderwijsnummer in each key field (``sleutel``, ``leerling``, ``bsn``, ...) that accepts one, a
name in a contact's name and the canary birth date in each ``geboortedatum``; none may come back in
``repr()``, ``str()`` or ``_repr_html_()``. The classes are enumerated, not listed, so a new model is
checked without anyone adding a sample; a model the generic builder cannot fill needs an entry in
``VOORBEELDEN`` or the test fails.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import decimal
import enum
import types
import typing
from typing import Any, get_args, get_origin

import pytest
from pydantic import BaseModel, ValidationError

from .test_aanval_modellen import MODELLEN

BSN = "111222333"
ONDERWIJSNUMMER = "101222331"
NAAM = "Kanariepiet"
GEBOORTE = dt.date(2011, 4, 13)
KANARIES = (BSN, ONDERWIJSNUMMER, NAAM, GEBOORTE.isoformat(), "13-04-2011", "2011, 4, 13")

VOORBEELDEN: dict[str, dict[str, Any]] = {
    "verzuimregels.registratie.modellen.Leerling": {
        "sleutel": "p1",
        "geboortedatum": "2011-04-13",
        "school": {"onderwijssoort": "vo", "regio": "midden"},
        "records": [{"datum": "2026-03-02", "reden": "ongeoorloofd"}],
    },
    "verzuimregels.verlof.modellen.Verlofaanvraag": {
        "soort": "vakantie",
        "eerste_dag": "2026-03-02",
        "laatste_dag": "2026-03-06",
        "aangevraagd_op": "2026-01-12",
        "beroepsgrond": True,
    },
    "verzuimregels.keuzehulp.modellen.Casus": {
        "geboortedatum": "2011-04-13",
        "eerste_verzuimdag": "2026-03-02",
        "ziek": False,
        "vakantie_zonder_verlof": True,
        "peildatum": "2026-03-16",
    },
    "verzuimregels.registratie.modellen.School": {"onderwijssoort": "vo", "regio": "midden"},
    "verzuimregels.verlof.modellen.Vrijstelling": {"grond": "art_5_a", "begin": "2026-03-02"},
}
"""Valid input for the models whose cross-field checks the generic builder does not satisfy."""


def _naam(model: type[BaseModel]) -> str:
    return f"{model.__module__}.{model.__name__}"


def _kandidaten(tp: Any, diepte: int) -> list[Any]:
    """Values of type ``tp`` to try, plain ones (no canary) first; the canaries are set field by field."""
    oorsprong, args = get_origin(tp), get_args(tp)
    if oorsprong is typing.Annotated:
        return _kandidaten(args[0], diepte)
    if oorsprong in (typing.Union, types.UnionType):
        uit = [w for a in args if a is not type(None) for w in _kandidaten(a, diepte)]
        return [*uit, None]
    if oorsprong is typing.Literal:
        return list(args)
    if oorsprong in (tuple, list, frozenset, set):
        binnen = _kandidaten(args[0], diepte) if args else []
        return [[w] for w in binnen[:2] if w is not None] + [[]]
    if oorsprong is dict:
        return [{"a": w} for w in _kandidaten(args[1], diepte)[:2]] + [{}]
    if isinstance(tp, type) and issubclass(tp, BaseModel):
        gebouwd = _bouw(tp, diepte + 1) if diepte < 4 else None
        return [] if gebouwd is None else [gebouwd.model_dump()]
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return [m.value for m in tp]
    if tp is bool:
        return [True, False]
    if tp is str:
        return ["x", "V3"]
    if tp is int:
        return [1, 2026, 0]
    if tp is decimal.Decimal:
        return ["1"]
    if tp is dt.date:
        return ["2026-03-02", "2026-03-09"]
    return []


def _bouw(model: type[BaseModel], diepte: int = 0) -> BaseModel | None:
    """A valid instance of ``model`` from plain values, or ``None``."""
    if _naam(model) in VOORBEELDEN:
        return model.model_validate(VOORBEELDEN[_naam(model)])
    keuzes = {k: _kandidaten(f.annotation, diepte) for k, f in model.model_fields.items()}
    index = dict.fromkeys(keuzes, 0)
    for _ in range(40):
        data = {k: v[index[k]] for k, v in keuzes.items() if index[k] < len(v)}
        try:
            return model.model_validate(data)
        except ValidationError as fout:
            velden = {str(e["loc"][0]) for e in fout.errors() if e["loc"]} & set(index)
            if not velden:
                return None
            for veld in velden:
                index[veld] += 1
    return None


def _is_tekst(tp: Any) -> bool:
    oorsprong, args = get_origin(tp), get_args(tp)
    if oorsprong is typing.Annotated:
        return _is_tekst(args[0])
    if oorsprong in (typing.Union, types.UnionType):
        return any(_is_tekst(a) for a in args)
    return tp is str


PERSOONSVELDEN: dict[str, tuple[Any, ...]] = {
    "sleutel": (BSN, ONDERWIJSNUMMER),
    "leerling": (BSN, ONDERWIJSNUMMER),
    "bsn": (BSN,),
    "onderwijsnummer": (ONDERWIJSNUMMER,),
    "geboortedatum": (GEBOORTE,),
    "contactpersoon_naam": (NAAM,),
}
"""The fields (by name, in every model) where a caller puts a person's number, name or birth date.

Other text fields hold the library's own text (a code, a rule's wording) or a caller's grouping value
(``groep``, ``gemeente``, a school's ``naam``); they are not filled here.
"""


def _met_kanarie(model: type[BaseModel], basis: BaseModel) -> list[tuple[str, BaseModel]]:
    """For every field that accepts a canary: the instance with that canary in that field."""
    uit: list[tuple[str, BaseModel]] = []
    data = basis.model_dump()
    for veld, info in model.model_fields.items():
        waarden = PERSOONSVELDEN.get(veld, ())
        if waarden and veld != "geboortedatum":
            assert _is_tekst(info.annotation), f"{model.__name__}.{veld}"
        for waarde in waarden:
            with contextlib.suppress(ValidationError):  # a field may refuse it (a Sleutel refuses a BSN)
                uit.append((f"{veld}={waarde}", model.model_validate({**data, veld: waarde})))
    return uit


def test_elk_model_is_te_bouwen() -> None:
    assert len(MODELLEN) >= 40
    assert [_naam(m) for m in MODELLEN if _bouw(m) is None] == []
    assert set(VOORBEELDEN) <= {_naam(m) for m in MODELLEN}


@pytest.mark.parametrize("model", MODELLEN, ids=_naam)
def test_geen_kanarie_in_repr_str_of_html_van_een_direct_gebouwd_model(model: type[BaseModel]) -> None:
    basis = _bouw(model)
    assert basis is not None
    for waar, instantie in _met_kanarie(model, basis):
        teksten = {"repr": repr(instantie), "str": str(instantie)}
        html = getattr(instantie, "_repr_html_", None)
        if html is not None:
            teksten["_repr_html_"] = html()
        for soort, tekst in teksten.items():
            for kanarie in KANARIES:
                assert kanarie not in tekst, f"{kanarie!r} in {soort}({model.__name__}({waar}))"


def test_de_kanaries_komen_in_de_persoonsvelden() -> None:
    """The test is not vacuous: the fields meant for personal data take the canaries."""
    gevuld = {
        f"{m.__name__}.{waar.split('=')[0]}"
        for m in MODELLEN
        if (basis := _bouw(m)) is not None
        for waar, _ in _met_kanarie(m, basis)
    }
    for veld in ("Melding.bsn", "Melding.onderwijsnummer", "Melding.contactpersoon_naam"):
        assert veld in gevuld
    for veld in ("Leerling.geboortedatum", "Statusvraag.geboortedatum", "Casus.geboortedatum"):
        assert veld in gevuld


def test_een_resultaat_direct_gebouwd_met_een_bsn_als_sleutel_toont_die_niet() -> None:
    """Regression (issue 11): Analyse, Classificatie, Werkregel, Rijrapport and Leerlingrapport took a
    BSN as ``sleutel``/``leerling`` when built directly and showed it in repr, str and JSON; the key is
    now left out, as in an error row (:class:`~verzuimregels.fouten.Foutrij`)."""
    from verzuimregels.melding.modellen import Leerlingrapport, Rijrapport
    from verzuimregels.registratie.analyse import Analyse
    from verzuimregels.thuiszitters.modellen import Classificatie
    from verzuimregels.werklijst.lijst import Werkregel

    for model, veld in (
        (Analyse, "sleutel"),
        (Classificatie, "sleutel"),
        (Werkregel, "sleutel"),
        (Rijrapport, "sleutel"),
        (Leerlingrapport, "leerling"),
    ):
        basis = _bouw(model)
        assert basis is not None
        for nummer in (BSN, ONDERWIJSNUMMER):
            instantie = model.model_validate({**basis.model_dump(), veld: nummer})
            assert getattr(instantie, veld) is None
            assert nummer not in instantie.model_dump_json()
        instantie = model.model_validate({**basis.model_dump(), veld: "p1"})
        assert getattr(instantie, veld) == "p1"


def test_een_melding_met_een_bsn_als_sleutel_toont_die_niet_in_repr() -> None:
    """Regression (issue 11): the input Melding keeps such a sleutel (the validator reports it as
    ``sleutel_is_identificatie``) but showed it in repr and str; a pseudonymous sleutel is still shown."""
    from verzuimregels.melding.modellen import Melding

    melding = Melding(sleutel=BSN)
    assert melding.sleutel == BSN
    assert BSN not in repr(melding)
    assert BSN not in str(melding)
    assert "m1" in repr(Melding(sleutel="m1"))
