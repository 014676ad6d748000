"""Test cases as data, for policy staff: ``verzuimregels toets GEVALLEN.yaml``.

A file of cases (YAML, or JSON: JSON is YAML too) holds a list; each case names a command, its input
(one row, as the command reads it), the command's options, and the outcome expected::

    - naam: A01 zestien uur, eerste melding
      commando: beoordeel            # beoordeel, status, verlof, analyseer or valideer
      opties: {peildatum: 2026-09-14}
      invoer: {leeftijd_eerste_verzuimdag: 15, ziek: false, vakantie_zonder_verlof: false,
               ongeoorloofde_uren_4_lesweken: 20}
      verwacht: {verzuimsoort: zestien_uur, meldplicht: verplicht}

``verwacht`` is compared with the command's JSON output for that row, **only on the keys it names**:
a mapping matches when each of its keys matches; a list matches a list of the same length element by
element; anything else must be equal (dates as ``YYYY-MM-DD``, so YAML's unquoted dates work). An input
that is not valid gives the error row ``{"fout": {"rij": 1, "fouten": [...]}}``, which ``verwacht`` can
name too (``fout: {fouten: [{veld: ziek, regel: bool_type}]}``).

Options per command (any other is an error naming the ones allowed): see :data:`OPTIES`.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from .beleid import Beleid, Verjaardag29Februari, Verlofdagen
from .fouten import Foutrij, Foutuitvoer, Invoerfout, OntbrekendeExtra, Veldfout
from .foutteksten import MetReden, Tekst, reden_van
from .kalender import Regio, Schoolkalender
from .keuzehulp import beoordeel
from .melding import valideer
from .registratie import analyseer
from .status import bepaal_status
from .teksten import Taal
from .verlof import beoordeel_verlof

OPTIES: dict[str, frozenset[str]] = {
    "beoordeel": frozenset(
        {"taal", "regio", "peildatum", "vakantiedagen_meetellen", "verjaardag_29_februari"}
    ),
    "status": frozenset({"taal", "regio", "verjaardag_29_februari"}),
    "verlof": frozenset({"taal", "regio", "verlofdagen"}),
    "analyseer": frozenset({"taal", "peildatum", "vakantiedagen_meetellen"}),
    "valideer": frozenset({"taal", "peildatum", "verjaardag_29_februari"}),
}
"""The options each command takes in a case, named as the CLI's flags (``--regio`` is ``regio``).
``peildatum`` of ``beoordeel`` is the date for a case without its own (the CLI's ``--vandaag``)."""


_GEEN_UTF8 = Tekst("geen UTF-8", "not UTF-8")


class Toetsfout(MetReden):
    """The file of cases cannot be used as a whole (exit 2): the message says where and what is expected.

    ``Toetsfout(code, **waarden)``: a reason code of :data:`verzuimregels.foutteksten.REDENEN`
    (``toets_geen_lijst``, ...); ``str()`` is English, :meth:`tekst` gives Dutch or English."""


@dataclass(frozen=True, slots=True)
class Geval:
    """One case of a file: where it is, what to run, and what to expect."""

    positie: int
    naam: str
    commando: str
    invoer: Any
    opties: Mapping[str, Any]
    verwacht: Any


@dataclass(frozen=True, slots=True)
class Verschil:
    """One place where the output differs from the expected: a path like ``meldingen[1].status``."""

    pad: str
    verwacht: Any
    gekregen: Any


@dataclass(frozen=True, slots=True)
class Uitslag:
    """The outcome of one case: its output and every difference (none: it passed)."""

    geval: Geval
    uitvoer: Any
    verschillen: tuple[Verschil, ...]
    fouten: tuple[Veldfout, ...] = ()
    """A failing case whose input gave an error row: that row's problems (why the output is missing)."""

    @property
    def geslaagd(self) -> bool:
        return not self.verschillen


def lees_gevallen(pad: Path) -> list[Geval]:
    """The cases in a YAML or JSON file; :class:`Toetsfout` names the case and key that is wrong."""
    try:
        tekst = pad.read_text(encoding="utf-8")
    except OSError as fout:
        raise Toetsfout("toets_onleesbaar", pad=str(pad), reden=reden_van(fout)) from None
    except UnicodeDecodeError:
        raise Toetsfout("toets_onleesbaar", pad=str(pad), reden=_GEEN_UTF8) from None
    data = _laad(tekst, pad.suffix.lower())
    if not isinstance(data, list) or not data:
        raise Toetsfout("toets_geen_lijst")
    return [_geval(i, g) for i, g in enumerate(data, start=1)]


def _laad(tekst: str, achtervoegsel: str) -> Any:
    if achtervoegsel == ".json":
        try:
            return json.loads(tekst)
        except json.JSONDecodeError as fout:
            raise Toetsfout("toets_geen_json", regel=fout.lineno) from None
        except ValueError:  # a number of more than sys.get_int_max_str_digits() digits
            raise Toetsfout("getal_te_lang", max=sys.get_int_max_str_digits()) from None
    try:
        import yaml
    except ModuleNotFoundError as fout:
        raise OntbrekendeExtra("verzuimregels toets (YAML)", "toets", fout.name) from None
    try:
        return yaml.safe_load(tekst)
    except ValueError:  # an integer of more than sys.get_int_max_str_digits() digits
        raise Toetsfout("getal_te_lang", max=sys.get_int_max_str_digits()) from None
    except yaml.YAMLError as fout:
        plek = getattr(fout, "problem_mark", None)
        regel: Tekst | str = ""
        if plek is not None:
            regel = Tekst(f" (regel {plek.line + 1})", f" (line {plek.line + 1})")
        raise Toetsfout("toets_geen_yaml", plek=regel) from None


def _geval(positie: int, ruw: Any) -> Geval:
    if not isinstance(ruw, dict):
        raise Toetsfout("toets_geen_mapping", positie=positie)
    sleutels = ("naam", "commando", "invoer", "opties", "verwacht")
    onbekend = [str(i) for i, k in enumerate(ruw, start=1) if k not in sleutels]
    if onbekend:  # named by position: a key is input (a case keyed by a pupil's BSN), never echoed
        raise Toetsfout(
            "toets_onbekende_sleutels",
            positie=positie,
            posities=", ".join(onbekend),
            sleutels=", ".join(sleutels),
        )
    naam = str(ruw.get("naam") or f"#{positie}")  # no name: its number, in any language
    commando = ruw.get("commando")
    if commando not in OPTIES:
        raise Toetsfout("toets_commando", positie=positie, naam=naam, commandos=", ".join(OPTIES))
    for sleutel in ("invoer", "verwacht"):
        if sleutel not in ruw:
            raise Toetsfout("toets_sleutel_ontbreekt", positie=positie, naam=naam, sleutel=sleutel)
    opties = ruw.get("opties") or {}
    if not isinstance(opties, dict) or set(opties) - OPTIES[commando]:
        raise Toetsfout(
            "toets_opties",
            positie=positie,
            naam=naam,
            commando=commando,
            opties=", ".join(sorted(OPTIES[commando])),
        )
    verwacht = _json(ruw["verwacht"])
    if isinstance(verwacht, dict):
        bekend = _uitvoersleutels(commando)
        vreemd = [str(i) for i, k in enumerate(verwacht, start=1) if k not in bekend]
        if vreemd:  # by position, as above: a key is input, never echoed
            raise Toetsfout(
                "toets_verwacht_onbekend",
                tekst=_VERWACHT_ONBEKEND,
                positie=positie,
                naam=naam,
                posities=", ".join(vreemd),
                commando=commando,
                sleutels=", ".join(bekend),
            )
    return Geval(positie, naam, commando, _json(ruw["invoer"]), _json(opties), verwacht)


_VERWACHT_ONBEKEND = Tekst(
    "geval {positie} ({naam}): sleutel(s) {posities} van verwacht zijn niet bekend in de uitvoer van "
    "{commando}; verwacht {sleutels}",
    "case {positie} ({naam}): key(s) {posities} of verwacht are not known in the output of {commando}; "
    "expected {sleutels}",
)


def _uitvoersleutels(commando: str) -> tuple[str, ...]:
    """The top-level keys of ``commando``'s JSON output for one row, and ``fout`` (an error row)."""
    from .keuzehulp.modellen import Oordeel
    from .melding import Rijrapport
    from .registratie import Analyse
    from .status import Statusoordeel
    from .verlof import Verlofoordeel

    modellen: dict[str, type[BaseModel]] = {
        "beoordeel": Oordeel,
        "status": Statusoordeel,
        "verlof": Verlofoordeel,
        "analyseer": Analyse,
        "valideer": Rijrapport,
    }
    model = modellen[commando]
    return (*model.model_json_schema(mode="serialization")["properties"], "fout")


def _json(waarde: Any) -> Any:
    """YAML's dates as ``YYYY-MM-DD`` text, as in the JSON contract."""
    if isinstance(waarde, dict):
        return {str(k): _json(v) for k, v in waarde.items()}
    if isinstance(waarde, list):
        return [_json(v) for v in waarde]
    if isinstance(waarde, datetime):
        return waarde.isoformat()
    if isinstance(waarde, date):
        return waarde.isoformat()
    return waarde


def _functie(geval: Geval) -> Callable[[Any], BaseModel]:
    o = geval.opties
    try:
        taal = Taal(o.get("taal", "nl"))
        kalender = Schoolkalender(regio=Regio(o["regio"])) if "regio" in o else None
        peildatum = date.fromisoformat(o["peildatum"]) if "peildatum" in o else None
        beleid = Beleid(
            vakantiedagen_meetellen=bool(o.get("vakantiedagen_meetellen", False)),
            verjaardag_29_februari=Verjaardag29Februari(
                o.get("verjaardag_29_februari", Verjaardag29Februari.EEN_MAART.value)
            ),
            verlofdagen=Verlofdagen(o.get("verlofdagen", Verlofdagen.LESDAGEN.value)),
        )
    except (ValueError, TypeError):
        raise Toetsfout("toets_optie_ongeldig", positie=geval.positie, naam=geval.naam) from None
    if geval.commando == "beoordeel":
        return lambda r: beoordeel(r, taal=taal, beleid=beleid, kalender=kalender, vandaag=peildatum)
    if geval.commando == "status":
        return lambda r: bepaal_status(r, taal=taal, beleid=beleid, kalender=kalender)
    if geval.commando == "verlof":
        return lambda r: beoordeel_verlof(r, taal=taal, beleid=beleid, kalender=kalender)
    if geval.commando == "analyseer":
        if peildatum is None:
            raise Toetsfout("toets_peildatum_ontbreekt", positie=geval.positie, naam=geval.naam)
        dag = peildatum
        return lambda r: analyseer(r, dag, taal=taal, beleid=beleid)
    return lambda r: valideer(r, peildatum=peildatum, taal=taal, beleid=beleid)


def voer_uit(geval: Geval) -> Any:
    """The command's JSON output for the case's input: a result, or an error row."""
    return json.loads(_resultaat(geval).model_dump_json())


def _resultaat(geval: Geval) -> BaseModel:
    functie = _functie(geval)
    try:
        if not isinstance(geval.invoer, dict):
            raise Invoerfout.enkel("", "geen_object", "the input must be a mapping (a JSON object)")
        resultaat: BaseModel = functie(geval.invoer)
    except Invoerfout as fout:
        sleutel = geval.invoer.get("sleutel") if isinstance(geval.invoer, dict) else None
        rij = Foutrij(rij=1, sleutel=sleutel if isinstance(sleutel, str) else None, fouten=fout.fouten)
        resultaat = Foutuitvoer(fout=rij)
    return resultaat


def verschillen(verwacht: Any, gekregen: Any, pad: str = "") -> Iterator[Verschil]:
    """Where ``gekregen`` differs from ``verwacht``, comparing only the keys ``verwacht`` names."""
    if isinstance(verwacht, dict):
        if not isinstance(gekregen, dict):
            yield Verschil(pad or ".", verwacht, gekregen)
            return
        for sleutel, waarde in verwacht.items():
            hier = f"{pad}.{sleutel}" if pad else sleutel
            if sleutel not in gekregen:
                yield Verschil(hier, waarde, _ONTBREEKT)
            else:
                yield from verschillen(waarde, gekregen[sleutel], hier)
    elif isinstance(verwacht, list):
        if not isinstance(gekregen, list) or len(gekregen) != len(verwacht):
            yield Verschil(
                f"{pad} (length)", len(verwacht), len(gekregen) if isinstance(gekregen, list) else gekregen
            )
            return
        for i, (v, g) in enumerate(zip(verwacht, gekregen, strict=True)):
            yield from verschillen(v, g, f"{pad}[{i}]")
    elif not _gelijk(verwacht, gekregen):
        yield Verschil(pad or ".", verwacht, gekregen)


def _gelijk(verwacht: Any, gekregen: Any) -> bool:
    if isinstance(verwacht, bool) or isinstance(gekregen, bool):
        return verwacht is gekregen
    if isinstance(verwacht, int | float) and isinstance(gekregen, int | float):
        return float(verwacht) == float(gekregen)
    return bool(verwacht == gekregen)


class _Ontbreekt:
    def __repr__(self) -> str:
        return "<absent>"


_ONTBREEKT = _Ontbreekt()


def toets(gevallen: Sequence[Geval], *, met_uitvoer: bool = True) -> list[Uitslag]:
    """Run every case; the result per case, in file order. ``met_uitvoer=False`` keeps only the
    differences (``uitvoer`` is ``None``): what :func:`verslag` needs, in a fraction of the memory."""
    uitslagen = []
    for geval in gevallen:
        resultaat = _resultaat(geval)
        uitvoer = json.loads(resultaat.model_dump_json())
        verschil = tuple(verschillen(geval.verwacht, uitvoer))
        fouten = resultaat.fout.fouten if verschil and isinstance(resultaat, Foutuitvoer) else ()
        uitslagen.append(Uitslag(geval, uitvoer if met_uitvoer else None, verschil, tuple(fouten)))
    return uitslagen


_TEKSTEN = {
    Taal.NL: {
        "geslaagd": "geslaagd",
        "mislukt": "MISLUKT",
        "verwacht": "verwacht",
        "gekregen": "gekregen",
        "ontbreekt": "<ontbreekt>",
        "foutrij": "de invoer gaf een foutrij:",
        "samenvatting": "{n} {gevallen}: {goed} geslaagd, {fout} mislukt",
    },
    Taal.EN: {
        "geslaagd": "passed",
        "mislukt": "FAILED",
        "verwacht": "expected",
        "gekregen": "got",
        "ontbreekt": "<absent>",
        "foutrij": "the input gave an error row:",
        "samenvatting": "{n} {gevallen}: {goed} passed, {fout} failed",
    },
}

_GEVALLEN = {Taal.NL: ("geval", "gevallen"), Taal.EN: ("case", "cases")}
"""The summary's noun, singular for one case."""


def _kort(waarde: Any, taal: Taal) -> str:
    if waarde is _ONTBREEKT:
        return _TEKSTEN[taal]["ontbreekt"]
    return waarde if isinstance(waarde, str) else json.dumps(waarde)


def verslag(uitslagen: Sequence[Uitslag], taal: Taal = Taal.NL) -> str:
    """One line per case, a diff under each failing one, and a summary line."""
    t = _TEKSTEN[taal]
    regels = []
    for u in uitslagen:
        teken, woord = ("✓", t["geslaagd"]) if u.geslaagd else ("✗", t["mislukt"])
        regels.append(f"{teken} {u.geval.positie}. {u.geval.naam}: {woord}")
        for v in u.verschillen:
            regels.append(f"    {v.pad}")
            regels.append(f"      - {t['verwacht']}: {_kort(v.verwacht, taal)}")
            regels.append(f"      + {t['gekregen']}: {_kort(v.gekregen, taal)}")
        if u.fouten:
            regels.append(f"    {t['foutrij']}")
            regels += [f"      {f.veld or '<invoer>'}: {f.tekst(taal)} [{f.regel}]" for f in u.fouten]
    fout = sum(not u.geslaagd for u in uitslagen)
    n = len(uitslagen)
    gevallen = _GEVALLEN[taal][n != 1]
    regels.append(t["samenvatting"].format(n=n, gevallen=gevallen, goed=n - fout, fout=fout))
    return "\n".join(regels) + "\n"
