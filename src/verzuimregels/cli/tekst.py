"""``--formaat tekst``: verdicts as text a person reads, in Dutch (default) or English (``--taal en``).

Per row: the outcome, the explanation, the path of questions with the facts each read and its
articles (with links), the grounds, the policy defaults taken, and the law version; an error row names
its row, field and rule. A batch ends with a summary line (rows, judged, errors, outcomes counted).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import IO, TYPE_CHECKING, Any

from pydantic import BaseModel

from ..fouten import Foutuitvoer
from ..keuzehulp.modellen import Oordeel, Stap
from ..teksten import Taal
from .invoer import VOORTGANG, Vorm

if TYPE_CHECKING:  # imported where a row is not a keuzehulp verdict: beoordeel does not build their models
    from ..status import Statusoordeel
    from ..verlof import Verlofoordeel

_WOORDEN: dict[Taal, dict[str, Any]] = {
    Taal.NL: {
        "ja": "ja",
        "nee": "nee",
        "pad": "Pad (vragen, gelezen feiten, artikelen)",
        "grondslag": "Grondslag",
        "beleid": "Beleidskeuzes",
        "rij": "Rij",
        "fout": "FOUT",
        "meldplicht": "meldplicht",
        "leeftijd": "leeftijd",
        "leerplicht": "leerplicht",
        "kwalificatieplicht": "kwalificatieplicht",
        "rmc": "RMC-leeftijd",
        "tot": "t/m",
        "toe": "toe te kennen",
        "boven": "boven de grens",
        "boete": "boete art. 27 mogelijk",
        "dagen": "dagen",
        "samenvatting": "{n} {rijen}: {goed} beoordeeld, {fout} met fout",
        "rijen": ("rij", "rijen"),
        "herkomst": {"opgegeven": "opgegeven", "standaard": "standaard", "berekend": "berekend"},
        "uit": "uit",
    },
    Taal.EN: {
        "ja": "yes",
        "nee": "no",
        "pad": "Path (questions, facts read, articles)",
        "grondslag": "Grounds",
        "beleid": "Policy defaults",
        "rij": "Row",
        "fout": "ERROR",
        "meldplicht": "duty to report",
        "leeftijd": "age",
        "leerplicht": "leerplicht",
        "kwalificatieplicht": "kwalificatieplicht",
        "rmc": "RMC age group",
        "tot": "to",
        "toe": "to grant",
        "boven": "over the limit",
        "boete": "fine under art. 27 possible",
        "dagen": "days",
        "samenvatting": "{n} {rijen}: {goed} judged, {fout} with errors",
        "rijen": ("row", "rows"),
        "herkomst": {"opgegeven": "given", "standaard": "default", "berekend": "computed"},
        "uit": "from",
    },
}


def _waarde(waarde: Any) -> str:
    if isinstance(waarde, bool):
        return "true" if waarde else "false"
    return str(waarde)


def _pad(pad: tuple[Stap, ...], w: dict[str, Any]) -> Iterator[str]:
    yield f"  {w['pad']}:"
    for i, stap in enumerate(pad, 1):
        yield f"    {i}. {stap.vraag} {stap.tekst} {w['ja'] if stap.antwoord else w['nee']}"
        for feit in stap.feiten:
            herkomst = w["herkomst"].get(feit.herkomst.value, feit.herkomst.value)
            bron = f" {w['uit']} {', '.join(feit.afgeleid_van)}" if feit.afgeleid_van else ""
            yield f"         {feit.naam} = {_waarde(feit.waarde)} ({herkomst}{bron})"
        yield from (f"         {b.titel} <{b.url}>" for b in stap.grondslag)


def _oordeel(resultaat: BaseModel) -> Oordeel | Statusoordeel | Verlofoordeel:
    """The verdict of a row, typed; the status and verlof models are imported only for their rows."""
    if isinstance(resultaat, Oordeel):
        return resultaat
    from ..status import Statusoordeel
    from ..verlof import Verlofoordeel

    assert isinstance(resultaat, Statusoordeel | Verlofoordeel)
    return resultaat


def _kop(resultaat: Oordeel | Statusoordeel | Verlofoordeel, w: dict[str, Any]) -> list[str]:
    if isinstance(resultaat, Oordeel):
        return [f"{resultaat.verzuimsoort.value} — {w['meldplicht']}: {resultaat.meldplicht.value}"]
    from ..status import Statusoordeel

    if isinstance(resultaat, Statusoordeel):
        regels = [f"{resultaat.status.value} — {w['leeftijd']} {resultaat.leeftijd}"]
        for naam in ("leerplicht", "kwalificatieplicht", "rmc"):
            periode = getattr(resultaat, naam)
            if periode is not None:
                regels.append(f"  {w[naam]}: {periode.begin} {w['tot']} {periode.einde}")
        return regels
    regels = [f"{resultaat.beslissing.value} — {resultaat.soort.value}, {resultaat.schooljaar}"]
    regels.append(f"  {w['toe']}: {len(resultaat.toe_te_kennen)} {w['dagen']}")
    if resultaat.boven_grens:
        regels.append(f"  {w['boven']}: {', '.join(str(d) for d in resultaat.boven_grens)}")
    if resultaat.boete_art_27:
        regels.append(f"  {w['boete']}")
    return regels


def rij_tekst(positie: int, resultaat: BaseModel, taal: Taal) -> str:
    """One row as readable text: a verdict (``Oordeel``, ``Statusoordeel``, ``Verlofoordeel``) or an
    error row."""
    w = _WOORDEN[taal]
    if isinstance(resultaat, Foutuitvoer):
        f = resultaat.fout
        naam = f" ({f.sleutel})" if f.sleutel else ""
        regels = [f"{w['rij']} {f.rij}{naam}: {w['fout']}"]
        regels += [f"  {v.veld or '<invoer>'}: {v.tekst(taal)} [{v.regel}]" for v in f.fouten]
        return "\n".join(regels) + "\n"
    resultaat = _oordeel(resultaat)
    kop = _kop(resultaat, w)
    regels = [f"{w['rij']} {positie}: {kop[0]}", *kop[1:], f"  {resultaat.toelichting}"]
    regels += list(_pad(resultaat.pad, w))
    regels.append(f"  {w['grondslag']}:")
    regels += [f"    {b.titel} <{b.url}>" for b in resultaat.grondslag]
    if resultaat.beleidskeuzes:
        regels.append(f"  {w['beleid']}:")
        regels += [f"    {b.code}: {b.omschrijving}" for b in resultaat.beleidskeuzes]
    regels.append(f"  {resultaat.regelversie}")
    return "\n".join(regels) + "\n"


def _uitkomst(resultaat: BaseModel) -> str:
    oordeel = _oordeel(resultaat)
    if isinstance(oordeel, Oordeel):
        return oordeel.verzuimsoort.value
    from ..status import Statusoordeel

    if isinstance(oordeel, Statusoordeel):
        return oordeel.status.value
    return oordeel.beslissing.value


def samenvatting(uitkomsten: Counter[str], fouten: int, taal: Taal) -> str:
    """``5 rijen: 4 beoordeeld, 1 met fout — zestien_uur 2, ziekteverzuim 2``."""
    goed = sum(uitkomsten.values())
    sjabloon: str = _WOORDEN[taal]["samenvatting"]
    n = goed + fouten
    regel = sjabloon.format(n=n, rijen=_WOORDEN[taal]["rijen"][n != 1], goed=goed, fout=fouten)
    if uitkomsten:
        regel += " — " + ", ".join(f"{k} {n}" for k, n in uitkomsten.most_common())
    return regel + "\n"


def schrijf_tekst(vorm: Vorm, resultaten: Iterator[BaseModel], uit: IO[str], taal: Taal) -> None:
    """Every row as text, a blank line between rows; a batch (array, JSON Lines) ends with a summary."""
    uitkomsten: Counter[str] = Counter()
    fouten = 0
    for i, resultaat in enumerate(resultaten, 1):
        if i > 1:
            uit.write("\n")
        uit.write(rij_tekst(i, resultaat, taal))
        VOORTGANG.geschreven += 1
        if isinstance(resultaat, Foutuitvoer):
            fouten += 1
        else:
            uitkomsten[_uitkomst(resultaat)] += 1
    if vorm is not Vorm.OBJECT:
        uit.write("\n" + samenvatting(uitkomsten, fouten, taal))
