"""One rule, one place: every number the law sets is declared once, in the law package, citing its lid.

A second home of a legal number is how copies drift: changing "tien dagen" in one place and not in
the other changed results while every test still passed. These tests read the source (the AST), so a
new copy outside :mod:`verzuimregels.regels` fails here, and so does a name declared twice inside it.
"""

from __future__ import annotations

import ast
from decimal import Decimal
from pathlib import Path

import verzuimregels

PAKKET = Path(verzuimregels.__file__).parent
WET = PAKKET / "regels"

INVOERGRENZEN = frozenset({"RECENT_DAGEN"})
"""Numbers equal to one of the law's that are not the law's: the worklist keeps a signal listed for 28
days (a presentation choice of :mod:`verzuimregels.werklijst`, not DUO's 28 days of Q4)."""

RAND = (PAKKET / "cli", PAKKET / "schoolsystemen", PAKKET / "tabel.py")
"""I/O at the edge (the CLI, the readers, the school-system adapters): their numbers (nesting depth,
line length, buffer size, errors shown) are machinery, not law."""


def _aan_de_rand(pad: Path) -> bool:
    return any(pad == rand or rand in pad.parents for rand in RAND)


def _getal(knoop: ast.expr) -> bool:
    if isinstance(knoop, ast.Constant):
        return isinstance(knoop.value, int | float) and not isinstance(knoop.value, bool)
    if isinstance(knoop, ast.Call) and isinstance(knoop.func, ast.Name) and knoop.func.id == "Decimal":
        return all(_getal(a) for a in knoop.args)
    if isinstance(knoop, ast.BinOp):
        return _getal(knoop.left) and _getal(knoop.right)
    return False


def _constanten(pad: Path) -> list[tuple[str, int]]:
    """Module-level UPPER_CASE names bound to a number (or ``Decimal(number)``), with their line."""
    uit = []
    for knoop in ast.parse(pad.read_text(encoding="utf-8")).body:
        doelen: list[ast.expr] = []
        waarde: ast.expr | None = None
        if isinstance(knoop, ast.Assign):
            doelen, waarde = knoop.targets, knoop.value
        elif isinstance(knoop, ast.AnnAssign) and knoop.value is not None:
            doelen, waarde = [knoop.target], knoop.value
        for doel in doelen:
            naam = doel.id if isinstance(doel, ast.Name) else ""
            if naam.lstrip("_").isupper() and waarde is not None and _getal(waarde):
                uit.append((naam, knoop.lineno))
    return uit


def _waarde(pad: Path, naam: str) -> object:
    for knoop in ast.parse(pad.read_text(encoding="utf-8")).body:
        if isinstance(knoop, ast.Assign):
            doel, waarde = knoop.targets[0], knoop.value
        elif isinstance(knoop, ast.AnnAssign) and knoop.value is not None:
            doel, waarde = knoop.target, knoop.value
        else:
            continue
        if isinstance(doel, ast.Name) and doel.id == naam:
            return eval(compile(ast.Expression(waarde), str(pad), "eval"), {"Decimal": Decimal})  # noqa: S307
    raise KeyError(naam)


def _wettelijke_waarden() -> set[object]:
    return {_waarde(pad, naam) for pad in WET.rglob("*.py") for naam, _ in _constanten(pad)}


def test_wettelijke_getallen_alleen_in_de_wet() -> None:
    """Outside the law package no constant holds a number the law package declares (a copy of
    "tien dagen" or "28 dagen" under another name); machinery with other numbers is not the law's."""
    wet = _wettelijke_waarden()
    buiten = [
        f"{pad.relative_to(PAKKET)}:{regel} {naam}"
        for pad in sorted(PAKKET.rglob("*.py"))
        if WET not in pad.parents and not _aan_de_rand(pad)
        for naam, regel in _constanten(pad)
        if naam not in INVOERGRENZEN and _waarde(pad, naam) in wet
    ]
    assert buiten == [], "a number of the law declared outside verzuimregels.regels"


def test_elke_wettelijke_naam_eenmaal() -> None:
    gezien: dict[str, str] = {}
    dubbel = []
    for pad in sorted(WET.rglob("*.py")):
        for naam, _ in _constanten(pad):
            if naam in gezien:
                dubbel.append(f"{naam}: {gezien[naam]} and {pad.name}")
            gezien[naam] = pad.name
    assert dubbel == []


def test_elke_wettelijke_constante_citeert_haar_bron() -> None:
    """Every constant of the law package is followed by a docstring that quotes or names its source."""
    zonder = []
    for pad in sorted(WET.rglob("*.py")):
        lichaam = ast.parse(pad.read_text(encoding="utf-8")).body
        for i, knoop in enumerate(lichaam):
            if isinstance(knoop, ast.Assign | ast.AnnAssign) and any(
                regel == knoop.lineno for _, regel in _constanten(pad)
            ):
                volgende = lichaam[i + 1] if i + 1 < len(lichaam) else None
                tekst = (
                    volgende.value.value
                    if isinstance(volgende, ast.Expr) and isinstance(volgende.value, ast.Constant)
                    else ""
                )
                if not any(bron in str(tekst) for bron in ("art.", "Art.", "DUO", "Inspectie", "Kamerbrief")):
                    zonder.append(f"{pad.name}:{knoop.lineno}")
    assert zonder == []


def test_de_toets_kan_falen(tmp_path: Path) -> None:
    """The scan finds a copy: a module that writes ``TIEN_DAGEN = 10`` again is reported."""
    kopie = tmp_path / "kopie.py"
    kopie.write_text('TIEN_DAGEN = 10\n_VIER = Decimal(4)\nNAAM = "x"\n', encoding="utf-8")
    assert _constanten(kopie) == [("TIEN_DAGEN", 1), ("_VIER", 2)]
    assert {_waarde(kopie, "TIEN_DAGEN"), _waarde(kopie, "_VIER")} <= _wettelijke_waarden()


def test_elk_artikel_eenmaal_in_de_catalogus() -> None:
    """Citations come from the one catalogue (:mod:`verzuimregels.bronnen`): no module builds its own
    ``Artikel(...)`` or ``Pagina(...)``, so art. 3 lid 1 has one name, not three."""
    eigen = []
    for pad in sorted(PAKKET.rglob("*.py")):
        if pad == PAKKET / "bronnen.py":
            continue
        for knoop in ast.walk(ast.parse(pad.read_text(encoding="utf-8"))):
            if (
                isinstance(knoop, ast.Call)
                and isinstance(knoop.func, ast.Name)
                and knoop.func.id in {"Artikel", "Pagina"}
            ):
                eigen.append(f"{pad.relative_to(PAKKET)}:{knoop.lineno}")
    assert eigen == []


def test_catalogus_zonder_dubbele_citaten() -> None:
    from verzuimregels import bronnen

    artikelen = [
        (w.artikel, w.lid, w.onderdeel) for w in vars(bronnen).values() if isinstance(w, bronnen.Artikel)
    ]
    assert len(artikelen) == len(set(artikelen))
    paginas = [
        w.bron(bronnen.WETSVERSIES[-1]).url for w in vars(bronnen).values() if isinstance(w, bronnen.Pagina)
    ]
    assert len(paginas) == len(set(paginas))


def test_oude_importpaden_blijven_werken() -> None:
    """A moved constant is re-exported from its old module: the same object, not a copy."""
    from verzuimregels.regels import drempels, kwalificatieplicht, meldplicht

    assert drempels.ZESTIEN_UUR is meldplicht.ZESTIEN_UUR
    assert drempels.VIER_WEKEN_IN_DAGEN is meldplicht.VIER_WEKEN_IN_DAGEN
    assert drempels.MAX_UREN_4_LESWEKEN is meldplicht.MAX_UREN_4_LESWEKEN
    assert (drempels.ACHTTIEN_JAAR, drempels.DRIEENTWINTIG_JAAR) == (
        kwalificatieplicht.ACHTTIEN_JAAR,
        kwalificatieplicht.DRIEENTWINTIG_JAAR,
    )
