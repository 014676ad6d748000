"""Every rule code that can reach an error row or a Dutch message has a Dutch text that names the
expected form (issue 17), and an error row keeps the rule's context so that text can be filled.

The codes are enumerated from the source, not from a list kept by hand:

- the library's own codes: every ``Veldfout(regel=...)``, ``PydanticCustomError(...)``,
  ``CrossField(...)`` and ``Celfout(...)`` in ``src/verzuimregels``, the code followed back through the
  helpers that pass it on (``Invoerfout.enkel``, ``_rijfout``, ``_fout``, a variable, a tuple a function
  returns); a code that cannot be followed back to a literal fails the scan, so a new way of raising
  one is seen;
- pydantic's own error types: every core schema of every model of the package is walked, and each
  schema type maps to the error types pydantic-core raises for it; a schema type the map does not know
  fails the walk.
"""

from __future__ import annotations

import ast
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from verzuimregels.fouten import Foutrij, Foutuitvoer, Invoerfout, Veldfout
from verzuimregels.foutteksten import REGELS, REGELS_EN, veldtekst
from verzuimregels.teksten import Taal

from .engels import engels
from .test_aanval_modellen import _alle_modellen

WORTEL = Path(__file__).resolve().parent.parent
BRON = WORTEL / "src" / "verzuimregels"

# --- The library's own codes, followed back from where they become an error -----------------------------

_PUTTEN = {"Veldfout": ("regel", None), "PydanticCustomError": (None, 0), "CrossField": ("code", 0)}
"""The constructors a rule code ends in: (keyword, position) of the code."""


@dataclass
class _Functie:
    knoop: ast.FunctionDef
    klasse: str | None
    pad: Path


def _functies() -> list[_Functie]:
    uit: list[_Functie] = []
    for pad in sorted(BRON.rglob("*.py")):
        boom = ast.parse(pad.read_text(encoding="utf-8"))
        for knoop in ast.walk(boom):
            if isinstance(knoop, ast.ClassDef):
                for deel in knoop.body:
                    if isinstance(deel, ast.FunctionDef):
                        uit.append(_Functie(deel, knoop.name, pad))
        for knoop in boom.body:
            if isinstance(knoop, ast.FunctionDef):
                uit.append(_Functie(knoop, None, pad))
    # functions nested in functions
    binnen = []
    for functie in uit:
        for knoop in ast.walk(functie.knoop):
            if isinstance(knoop, ast.FunctionDef) and knoop is not functie.knoop:
                binnen.append(_Functie(knoop, None, functie.pad))
    return uit + binnen


def _naam(func: ast.expr) -> str:
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


class _Scan:
    """Follows each code back to its literals; :attr:`onvolgbaar` lists the places it cannot."""

    def __init__(self) -> None:
        self.functies = _functies()
        self.aanroepen: list[tuple[ast.Call, _Functie]] = []
        for functie in self.functies:
            for knoop in ast.walk(functie.knoop):
                if isinstance(knoop, ast.Call):
                    self.aanroepen.append((knoop, functie))
        self.codes: set[str] = set()
        self.onvolgbaar: list[str] = []
        self._bezig: set[tuple[int, str]] = set()

    def waar(self, functie: _Functie, knoop: ast.AST) -> str:
        return f"{functie.pad.relative_to(BRON)}:{getattr(knoop, 'lineno', '?')}"

    def scan(self) -> None:
        for aanroep, functie in self.aanroepen:
            if _naam(aanroep.func) in _PUTTEN:
                waarde = self._argument(aanroep, *_PUTTEN[_naam(aanroep.func)])
                if waarde is not None:
                    self.codes |= self.volg(waarde, functie)
                elif any(k.arg is None for k in aanroep.keywords) or any(
                    isinstance(a, ast.Starred) for a in aanroep.args
                ):  # Veldfout(**velden): the code cannot be read here
                    self.onvolgbaar.append(f"{self.waar(functie, aanroep)}: {ast.unparse(aanroep)}")

    @staticmethod
    def _argument(aanroep: ast.Call, sleutel: str | None, positie: int | None) -> ast.expr | None:
        for k in aanroep.keywords:
            if k.arg is not None and k.arg == sleutel:
                return k.value
        if positie is not None and len(aanroep.args) > positie:
            return aanroep.args[positie]
        return None

    def volg(self, waarde: ast.expr, functie: _Functie) -> set[str]:
        """The codes ``waarde`` (an expression in ``functie``) can hold."""
        if isinstance(waarde, ast.Constant) and isinstance(waarde.value, str):
            return {waarde.value}
        if isinstance(waarde, ast.IfExp):
            return self.volg(waarde.body, functie) | self.volg(waarde.orelse, functie)
        if isinstance(waarde, ast.JoinedStr):  # f"{veld}_onbekend": each value of each part
            codes = {""}
            for deel in waarde.values:
                if isinstance(deel, ast.FormattedValue):
                    delen = self.volg(deel.value, functie)
                else:
                    delen = self.volg(deel, functie)
                codes = {c + d for c in codes for d in delen}
            return codes
        if _doorgegeven(waarde):
            return set()  # the code of an error that already exists (f.regel, e["type"]): seen where it began
        if isinstance(waarde, ast.Name):
            return self._naam_volgen(waarde.id, functie, waarde)
        self.onvolgbaar.append(f"{self.waar(functie, waarde)}: {ast.unparse(waarde)}")
        return set()

    def _naam_volgen(self, naam: str, functie: _Functie, knoop: ast.AST) -> set[str]:
        sleutel = (id(functie.knoop), naam)
        if sleutel in self._bezig:  # a recursion: its codes are found on the first visit
            return set()
        self._bezig.add(sleutel)
        try:
            parameters = [a.arg for a in (*functie.knoop.args.posonlyargs, *functie.knoop.args.args)]
            if naam in parameters or naam in [a.arg for a in functie.knoop.args.kwonlyargs]:
                return self._parameter_volgen(naam, parameters, functie)
            codes: set[str] = set()
            gevonden = False
            for deel in ast.walk(functie.knoop):
                if isinstance(deel, ast.Assign):
                    for doel in deel.targets:
                        if isinstance(doel, ast.Name) and doel.id == naam:
                            codes |= self.volg(deel.value, functie)
                            gevonden = True
                        elif isinstance(doel, ast.Tuple):
                            for i, element in enumerate(doel.elts):
                                if isinstance(element, ast.Name) and element.id == naam:
                                    codes |= self._element_volgen(deel.value, i, functie)
                                    gevonden = True
            if not gevonden:
                self.onvolgbaar.append(f"{self.waar(functie, knoop)}: {naam}")
            return codes
        finally:
            self._bezig.discard(sleutel)

    def _parameter_volgen(self, naam: str, parameters: list[str], functie: _Functie) -> set[str]:
        """A parameter: the codes each caller of the function passes (by position or by name)."""
        doel = functie.knoop.name
        methode = functie.klasse is not None and parameters[:1] in (["self"], ["cls"])
        namen = {functie.klasse} if doel == "__init__" and functie.klasse else {doel}
        positie = parameters.index(naam) - (1 if methode else 0) if naam in parameters else None
        codes: set[str] = set()
        # a private helper (``_rijfout``) is called in its own module; a public name anywhere
        prive = doel.startswith("_") and not doel.startswith("__")
        for aanroep, aanroeper in self.aanroepen:
            if _naam(aanroep.func) in namen and (aanroeper.pad == functie.pad or not prive):
                waarde = self._argument(aanroep, naam, positie)
                if waarde is not None:
                    codes |= self.volg(waarde, aanroeper)
        return codes

    def _element_volgen(self, waarde: ast.expr, i: int, functie: _Functie) -> set[str]:
        """The codes element ``i`` of the tuple ``waarde`` can hold."""
        if isinstance(waarde, ast.Tuple):
            return self.volg(waarde.elts[i], functie)
        codes: set[str] = set()
        if isinstance(waarde, ast.Name):
            for deel in ast.walk(functie.knoop):
                if isinstance(deel, ast.Assign) and any(
                    isinstance(d, ast.Name) and d.id == waarde.id for d in deel.targets
                ):
                    codes |= self._element_volgen(deel.value, i, functie)
            return codes
        if isinstance(waarde, ast.Call):
            for doel in self.functies:
                if doel.knoop.name == _naam(waarde.func):
                    for terug in ast.walk(doel.knoop):
                        if isinstance(terug, ast.Return) and not _geen(terug.value):
                            codes |= self._element_volgen(terug.value, i, doel)  # type: ignore[arg-type]
            return codes
        self.onvolgbaar.append(f"{self.waar(functie, waarde)}: {ast.unparse(waarde)}")
        return codes


def _geen(waarde: ast.expr | None) -> bool:
    """``return`` or ``return None``: no code."""
    return waarde is None or (isinstance(waarde, ast.Constant) and waarde.value is None)


def _doorgegeven(waarde: ast.expr) -> bool:
    """An expression that passes on the code of an error that already exists: ``f.regel``,
    ``self.code``, ``str(e["type"])``."""
    if isinstance(waarde, ast.Attribute | ast.Subscript):
        return True
    return (
        isinstance(waarde, ast.Call)
        and _naam(waarde.func) == "str"
        and len(waarde.args) == 1
        and isinstance(waarde.args[0], ast.Attribute | ast.Subscript)
    )


def bibliotheekcodes() -> tuple[set[str], list[str]]:
    """The library's own rule codes, and the places whose code the scan could not follow back."""
    scan = _Scan()
    scan.scan()
    return scan.codes, scan.onvolgbaar


# --- pydantic's error types, from the core schemas of the models -----------------------------------------

_BEPERKINGEN = {
    "ge": "greater_than_equal",
    "gt": "greater_than",
    "le": "less_than_equal",
    "lt": "less_than",
    "multiple_of": "multiple_of",
}
_LENGTE = {"min_length": "too_short", "max_length": "too_long"}
_TYPEN: dict[str, tuple[str, ...]] = {
    "bool": ("bool_type", "bool_parsing"),
    "int": ("int_type", "int_parsing", "int_from_float", "int_parsing_size"),
    "float": ("float_type", "float_parsing"),
    "decimal": ("decimal_type", "decimal_parsing"),
    "str": ("string_type", "string_unicode"),
    "date": ("date_type", "date_parsing", "date_from_datetime_parsing", "date_from_datetime_inexact"),
    "time": ("time_type", "time_parsing"),
    "datetime": ("datetime_type", "datetime_parsing", "datetime_from_date_parsing"),
    "enum": ("enum",),
    "literal": ("literal_error",),
    "dict": ("dict_type", "recursion_loop"),
    "list": ("list_type", "recursion_loop"),
    "tuple": ("tuple_type", "recursion_loop"),
    "set": ("set_type", "set_item_not_hashable", "recursion_loop"),
    "frozenset": ("frozen_set_type", "set_item_not_hashable", "recursion_loop"),
    "model": ("model_type", "recursion_loop"),
    "model-fields": ("missing",),
    "model-field": (),
    "is-instance": ("is_instance_of",),
    "tagged-union": ("union_tag_invalid", "union_tag_not_found"),
    # A validator function may raise ValueError or AssertionError; its own codes are the library's.
    "function-after": ("value_error", "assertion_error"),
    "function-before": ("value_error", "assertion_error"),
    "function-wrap": ("value_error", "assertion_error"),
    "function-plain": ("value_error", "assertion_error"),
    # Structure only: the errors are those of the schemas inside.
    "default": (),
    "nullable": (),
    "union": (),
    "definitions": (),
    "definition-ref": (),
    "no-info": (),
    "with-info": (),
    "chain": (),
    "lax-or-strict": (),
    "json-or-python": (),
    "any": (),
}
_ALTIJD = ("json_invalid", "json_type")  # model_validate_json of any model


def _fouttypen(schema: Any) -> Iterator[str]:
    if isinstance(schema, list | tuple):
        for deel in schema:
            yield from _fouttypen(deel)
        return
    if not isinstance(schema, dict):
        return
    soort = schema.get("type")
    if isinstance(soort, str):
        if soort not in _TYPEN:
            raise AssertionError(f"core schema type {soort!r}: add the error types pydantic raises for it")
        yield from _TYPEN[soort]
        yield from (fout for sleutel, fout in _BEPERKINGEN.items() if sleutel in schema)
        if soort == "str":
            yield from ("string_too_short",) if "min_length" in schema else ()
            yield from ("string_too_long",) if "max_length" in schema else ()
            yield from ("string_pattern_mismatch",) if "pattern" in schema else ()
        elif soort in ("list", "tuple", "set", "frozenset", "dict"):
            yield from (fout for sleutel, fout in _LENGTE.items() if sleutel in schema)
            if soort == "tuple" and schema.get("variadic_item_index") is None:
                yield from ("too_short", "too_long")  # a tuple of fixed length
        elif soort == "decimal":
            yield from ("decimal_max_digits", "decimal_whole_digits") if "max_digits" in schema else ()
            yield from ("decimal_max_places",) if "decimal_places" in schema else ()
            yield from ("finite_number",) if schema.get("allow_inf_nan") is False else ()
        elif soort == "float" and schema.get("allow_inf_nan") is False:
            yield "finite_number"
        elif soort == "model":
            config = schema.get("config", {})
            yield from ("extra_forbidden",) if config.get("extra_fields_behavior") == "forbid" else ()
            yield from ("frozen_instance",) if config.get("frozen") else ()
        elif soort == "model-field" and schema.get("frozen"):
            yield "frozen_field"
    for sleutel, deel in schema.items():
        if sleutel not in ("serialization", "metadata", "config"):
            yield from _fouttypen(deel)


def pydantic_fouttypen() -> set[str]:
    """Every pydantic error type the models of the package can raise."""
    typen = set(_ALTIJD)
    for model in _alle_modellen():
        model.model_rebuild()
        typen.update(_fouttypen(model.__pydantic_core_schema__))
    return typen


# --- The tests -----------------------------------------------------------------------------------------


def test_de_scan_volgt_elke_code_van_de_bibliotheek_terug_tot_een_letterlijke_code() -> None:
    codes, onvolgbaar = bibliotheekcodes()
    assert onvolgbaar == []
    assert len(codes) > 75  # the scan finds the rules, so the check below can fail
    # codes passed on through a variable, a helper or a returned tuple (missed by a literal-only scan)
    assert {"geen_utf8", "geen_cp1252", "records_overlappen", "buiten_schooljaar", "janee_formaat"} <= codes


def test_elke_regelcode_van_de_bibliotheek_heeft_een_nederlandse_tekst() -> None:
    codes, _ = bibliotheekcodes()
    assert sorted(codes - set(REGELS)) == []


def test_elk_fouttype_van_pydantic_dat_de_modellen_geven_heeft_een_nederlandse_tekst() -> None:
    typen = pydantic_fouttypen()
    assert {"missing", "extra_forbidden", "greater_than_equal", "enum", "string_too_long"} <= typen
    assert sorted(typen - set(REGELS)) == []


def test_elke_regelcode_van_de_bibliotheek_en_elk_fouttype_van_pydantic_heeft_een_engelse_tekst() -> None:
    codes, _ = bibliotheekcodes()
    assert sorted((codes | pydantic_fouttypen()) - set(REGELS_EN)) == []
    assert sorted(set(REGELS) ^ set(REGELS_EN)) == []  # the same codes as the Dutch table, no more


def test_elke_engelse_regeltekst_noemt_dezelfde_velden_als_de_nederlandse() -> None:
    """The context an error row keeps is what the Dutch text names: an English text that names another
    field would fall back to the generic line."""
    verschil = {
        regel: (set(re.findall(r"\{(\w+)\}", tekst)), set(re.findall(r"\{(\w+)\}", REGELS_EN.get(regel, ""))))
        for regel, tekst in REGELS.items()
    }
    assert {regel: paar for regel, paar in verschil.items() if paar[0] != paar[1]} == {}


_NEDERLANDSE_WOORDEN = """
    verwacht verwachte een het de van en met zonder geen niet ontbreekt waarde waarden datum tekst getal
    geheel zoals ten hoogste minste dan die dat bij voor na ligt liggen horen samen ook elke keer twee rij
    rijen leerling leerlingen kolom kolommen moet mag wordt worden zijn heeft hebben geldt alleen veld
    velden sleutel sleutels lijst uur uren dag dagen tijd tot beide deze dit staat staan onbekend onbekende
    ongeldig geldige tijdzone getallen cijfers decimalen teken tekens grootte eindig vorm soort groter
    kleiner veelvoud keuze keuzes verschilt vóór ofwel nog meer minder andere eigen
"""
_NEDERLANDS = frozenset(_NEDERLANDSE_WOORDEN.split())
"""Dutch words that English does not use (``in``, ``is``, ``of``, ``over`` it does: not listed); field
names and quoted values are left out of a text before it is read, as in :func:`tests.engels.engels`."""


def nederlands(tekst: str) -> list[str]:
    """The Dutch words in an English ``tekst`` (empty: none found)."""
    from .engels import _NAAM

    woorden = re.findall(r"\b\w+\b", _NAAM.sub(" ", tekst))
    return [w for w in woorden if w.lower() in _NEDERLANDS]


def test_de_nederlandse_woorden_vallen_op_in_elke_nederlandse_regeltekst() -> None:
    """The check below can fail: it finds Dutch in every Dutch text."""
    geen = [regel for regel, tekst in REGELS.items() if not nederlands(tekst.format_map(_Leeg()))]
    assert geen == []


class _Leeg(dict[str, str]):
    def __missing__(self, sleutel: str) -> str:
        return "1"


@pytest.mark.parametrize("regel", sorted(REGELS_EN))
def test_elke_engelse_regeltekst_noemt_de_verwachte_vorm_in_het_engels(regel: str) -> None:
    waarden = dict.fromkeys(re.findall(r"\{(\w+)\}", REGELS_EN[regel]), "1")
    tekst = veldtekst("begindatum", ("begindatum", "einddatum"), regel, "melding", Taal.EN, waarden)
    assert "expected" in tekst
    assert "does not meet rule" not in tekst
    assert re.search(r"\{\w+\}", tekst) is None
    assert nederlands(tekst) == [], tekst


def test_het_schema_van_een_onbekend_soort_laat_de_telling_falen() -> None:
    with pytest.raises(AssertionError, match="uuid"):
        list(_fouttypen({"type": "model", "schema": {"type": "uuid"}}))


def test_een_code_die_niet_terug_te_volgen_is_laat_de_scan_falen() -> None:
    scan = _Scan()
    functie = _Functie(ast.parse("def f():\n    pass\n").body[0], None, BRON / "x.py")  # type: ignore[arg-type]
    scan.volg(ast.parse("'a' + b", mode="eval").body, functie)
    scan.volg(ast.parse("onbekend", mode="eval").body, functie)
    assert scan.onvolgbaar == ["x.py:1: 'a' + b", "x.py:1: onbekend"]
    scan = _Scan()
    scan.aanroepen = [(ast.parse("Veldfout(**velden)", mode="eval").body, functie)]  # type: ignore[list-item]
    scan.scan()
    assert scan.onvolgbaar == ["x.py:1: Veldfout(**velden)"]


def test_elke_regeltekst_noemt_alleen_velden_die_een_foutrij_kan_vullen() -> None:
    """A Dutch text names only the error's own fields and its rule's context: a placeholder that no
    context fills would make the text fall back to the generic line."""
    eigen = {"veld", "eerste", "tweede", "optie", "regel"}
    context = {
        "ge", "gt", "le", "lt", "multiple_of", "min_length", "max_length", "pattern", "expected",
        "max_digits", "decimal_places", "whole_digits", "oudste", "lees_met", "keuzes",
    }  # fmt: skip
    for regel, tekst in REGELS.items():
        assert set(re.findall(r"\{(\w+)\}", tekst)) <= eigen | context, regel


# --- The context travels with the error row ----------------------------------------------------------


def test_een_foutrij_houdt_de_context_van_zijn_regel_en_toont_de_nederlandse_tekst_met_de_grens() -> None:
    from verzuimregels import beoordeel

    with pytest.raises(Invoerfout) as fout:
        beoordeel({"leeftijd_eerste_verzuimdag": 15, "ongeoorloofde_uren_4_lesweken": -3})
    rij = Foutrij(rij=2, fouten=fout.value.fouten)
    (veldfout,) = rij.fouten
    assert veldfout.context == {"ge": "0"}  # a Decimal limit, as its text
    assert veldfout.tekst(Taal.NL) == "verwacht een waarde van ten minste 0"
    assert veldfout.tekst(Taal.EN) == "expected a value of at least 0"
    assert veldfout.melding == "Input should be greater than or equal to 0"  # the JSON keeps pydantic's


def test_de_context_staat_niet_in_de_json_van_een_foutrij_noch_in_zijn_schema_of_repr() -> None:
    veldfout = Veldfout(veld="x", regel="greater_than_equal", melding="m", context={"ge": 0})
    uit = Foutuitvoer(fout=Foutrij(rij=1, fouten=(veldfout,)))
    assert uit.model_dump_json() == (
        '{"fout":{"rij":1,"sleutel":null,"fouten":[{"veld":"x","velden":[],"regel":"greater_than_equal",'
        '"melding":"m"}]}}'
    )
    assert "context" not in str(Foutuitvoer.model_json_schema(mode="serialization"))
    assert "context" not in repr(veldfout)
    assert hash(veldfout) == hash(veldfout.model_copy(update={"context": None}))


def test_een_foutrij_houdt_zijn_context_als_hij_gepickeld_wordt() -> None:
    import pickle

    veldfout = Veldfout(veld="x", regel="too_long", melding="m", context={"max_length": 100})
    terug = pickle.loads(pickle.dumps(Foutrij(rij=1, fouten=(veldfout,))))  # noqa: S301 - our own
    assert terug.fouten[0].context == {"max_length": 100}
    assert terug.fouten[0].tekst(Taal.NL) == "verwacht ten hoogste 100 element(en)"


def test_de_context_houdt_alleen_de_waarden_die_de_nederlandse_tekst_noemt() -> None:
    from decimal import Decimal

    fout = Invoerfout.enkel("x", "less_than_equal", "m", le=Decimal("6.5"), actual_length=3, sleutel="p1")
    assert fout.fouten[0].context == {"le": "6.5"}
    lijst = Invoerfout.enkel("x", "less_than_equal", "m", le=["a"]).fouten[0]
    assert lijst.context is None  # a list, a date, an exception: never kept
    assert Invoerfout.enkel("x", "less_than_equal", "m").fouten[0].context is None
    direct = Veldfout(veld="x", regel="too_long", melding="m", context={"max_length": 2, "actual_length": 3})
    assert direct.context == {"max_length": 2}


def _cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    from verzuimregels.cli import main

    main(args)
    return capsys.readouterr().out


def test_formaat_tekst_toont_de_grens_van_de_regel_van_een_foutrij(
    capsys: pytest.CaptureFixture[str],
) -> None:
    invoer = str(WORTEL / "examples" / "casussen_met_fouten.jsonl")
    uit = _cli(["beoordeel", invoer, "--formaat", "tekst"], capsys)
    assert "ongeoorloofde_uren_4_lesweken: verwacht een waarde van ten minste 0 [greater_than_equal]" in uit
    assert "voldoet niet aan regel" not in uit


def _leerling(**school: Any) -> dict[str, Any]:
    return {
        "sleutel": "L1",
        "geboortedatum": "2012-05-03",
        "school": {"onderwijssoort": "vo", "regio": "midden", **school},
        "records": [{"datum": "2025-09-08", "soort": "ongeoorloofd"}],
    }


@pytest.mark.parametrize("formaat", ["tabel", "csv", "html"])
def test_de_werklijst_toont_de_grens_van_de_regel_van_een_foutrij(
    formaat: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    pad = tmp_path / "l.jsonl"
    pad.write_text(json.dumps(_leerling(lesuur_minuten=0)) + "\n", encoding="utf-8")
    uit = _cli(["werklijst", str(pad), "--peildatum", "2026-03-31", "--formaat", formaat], capsys)
    assert "verwacht een waarde van ten minste 1" in uit
    assert "voldoet niet aan regel" not in uit


def test_de_werklijst_in_python_toont_de_grens_van_de_regel_van_een_foutrij() -> None:
    from verzuimregels.werklijst import werklijst
    from verzuimregels.werklijst.uitvoer import schrijf_csv, werklijst_tekst

    lijst = werklijst([_leerling(lesuur_minuten=0)], date(2026, 3, 31))
    assert "verwacht een waarde van ten minste 1" in werklijst_tekst(lijst, taal=Taal.NL)
    uit = io.StringIO()
    schrijf_csv(lijst, uit, taal=Taal.NL)
    assert "verwacht een waarde van ten minste 1" in uit.getvalue()


@pytest.mark.parametrize("regel", sorted(REGELS))
def test_elke_regeltekst_met_context_bevat_geen_engels_en_geen_open_veld(regel: str) -> None:
    waarden = dict.fromkeys(re.findall(r"\{(\w+)\}", REGELS[regel]), "1")
    tekst = veldtekst("begindatum", ("begindatum", "einddatum"), regel, "English", Taal.NL, waarden)
    assert "voldoet niet aan regel" not in tekst
    assert re.search(r"\{\w+\}", tekst) is None
    assert engels(tekst) == [], tekst


def test_analyseer_formaat_tekst_toont_een_foutrij_in_de_gekozen_taal(
    capsys: pytest.CaptureFixture[str],
) -> None:
    invoer = str(WORTEL / "examples" / "leerlingen_met_fouten.jsonl")
    args = ["analyseer", invoer, "--peildatum", "2026-07-15", "--formaat", "tekst"]
    nl = _cli(args, capsys)
    assert "records.1: overlapt records.2 (ze zouden twee keer geteld worden)" in nl
    assert "verwacht één van: 'ongeoorloofd', 'ziek'" in nl
    en = _cli([*args, "--taal", "en"], capsys)
    assert (
        "records.1: overlaps records.2 (they would be counted twice): expected records that do not overlap"
        in en
    )
    assert (
        "records.1.reden: expected one of: 'ongeoorloofd', 'ziek', 'te_laat', 'vakantie', 'verlof_13a', "
        "'verlof_14', 'geschorst', 'religieus', 'school_gesloten' or 'vrijstelling_11a' [enum]"
    ) in en


def test_een_csv_rij_die_geen_utf8_is_wijst_in_het_nederlands_op_encoding_cp1252(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pad = tmp_path / "r.csv"
    pad.write_bytes(
        b"leerling,geboortedatum,datum,reden\n"
        b"p1,2012-05-03,2026-03-02,ongeoorloofd\n"
        b"p2,2012-05-03,2026-03-02,ongeoorloofd \xe9\n"
    )
    args = [
        "analyseer",
        str(pad),
        "--peildatum",
        "2026-03-31",
        "--onderwijssoort",
        "vo",
        "--formaat",
        "tekst",
    ]
    uit = _cli(args, capsys)
    assert (
        "verwacht UTF-8; een CSV die Excel in een Nederlandse omgeving opslaat is meestal Windows-1252: lees "
        "die met --encoding cp1252 (Python: codering='cp1252') [geen_utf8]"
    ) in uit


@pytest.mark.parametrize(
    ("inhoud", "naam", "nl"),
    [
        (
            b"sleutel,begindatum\nm1,2026-03-02\nm2,2026-03-0\xe9\n",
            "m.csv",
            "lees die met --encoding cp1252 (Python: codering='cp1252')",
        ),
        (
            b'{"sleutel": "a", "sleutel": "b"}\n',
            "m.jsonl",
            "noemt dezelfde sleutel twee keer: verwacht elke sleutel één keer",
        ),
    ],
)
def test_valideer_noemt_bij_een_onleesbare_rij_de_reden_met_de_verwachte_vorm(
    inhoud: bytes, naam: str, nl: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A row a reader cannot read: the finding gives the reader's own reason in the report's language
    (it showed the bare code ``dubbele_sleutel`` in Dutch and lost the cp1252 hint)."""
    import json

    pad = tmp_path / naam
    pad.write_bytes(inhoud)
    uit = _cli(["valideer", str(pad)], capsys)
    meldingen = [b["melding"] for r in json.loads(uit)["rijen"] for b in r["bevindingen"]]
    assert any(nl in m for m in meldingen), meldingen
    assert not any(engels(m) for m in meldingen if m.startswith("De rij is geen melding")), meldingen


def test_formaat_tekst_noemt_bij_een_peildatum_voor_de_oudste_wetsversie_die_versie(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    from verzuimregels.bronnen import WETSVERSIES

    pad = tmp_path / "c.jsonl"
    casus = {"leeftijd_eerste_verzuimdag": 15, "ziek": False, "peildatum": "2000-09-14"}
    pad.write_text(json.dumps(casus) + "\n", encoding="utf-8")
    uit = _cli(["beoordeel", str(pad), "--formaat", "tekst"], capsys)
    oudste = min(WETSVERSIES).isoformat()
    verwacht = f"verwacht een datum vanaf {oudste} [geen_wetsversie]"
    assert f"peildatum: geen versie van de Leerplichtwet vastgelegd voor deze datum: {verwacht}" in uit


def test_thuiszitters_noemt_op_stderr_de_keuzes_van_de_regel_van_een_foutrij(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    from verzuimregels.cli import main

    pad = tmp_path / "t.jsonl"
    situatie = {"sleutel": "s1", "plicht": {"van": "2015-01-02", "tot": "2027-12-18"}, "sector": "hbo"}
    pad.write_text(json.dumps(situatie) + "\n", encoding="utf-8")
    assert main(["thuiszitters", str(pad), "--peildatum", "2026-01-15"]) == 1
    fout = capsys.readouterr().err
    assert "sector: verwacht één van: 'po', 'vo', 'mbo', 'so' of 'vso' [enum]" in fout
