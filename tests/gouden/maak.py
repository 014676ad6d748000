"""Write the golden verdicts of status and verlof (``python -m tests.gouden.maak``).

A fixed corpus of requests (a seeded generator, the shipped examples, and the boundaries: 29 February,
the birthdays at 5, 12, 16, 18 and 23, the first two lesweken, ten days and pro rata) with every
policy, language and calendar option, and the JSON each verdict (or error) had when the file was
written. ``tests/test_gouden_oordelen.py`` compares the current code with it: status and verlof moved
onto trees of the engine with their output unchanged, and this file is the proof. Regenerate it only
for a change of output that a commit message justifies.
"""

from __future__ import annotations

import gzip
import json
import random
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from verzuimregels import Beleid, Invoerfout, Regio, Schoolkalender, Verjaardag29Februari
from verzuimregels.beleid import Verlofdagen
from verzuimregels.regels.kwalificatieplicht import Diplomasoort
from verzuimregels.status import Statusoordeel, bepaal_status
from verzuimregels.verlof import Verlofoordeel, beoordeel_verlof

MAP = Path(__file__).parent
ROOT = MAP.parent.parent
KALENDERS = {
    "geen": None,
    "noord": Schoolkalender(regio=Regio.NOORD),
    "zuid": Schoolkalender(regio=Regio.ZUID),
}


def _dag(r: random.Random, van: date, tot: date) -> date:
    return van + timedelta(days=r.randrange((tot - van).days + 1))


def _jaren_later(d: date, n: int) -> date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:  # 29 February
        return date(d.year + n, 3, 1)


def statusvragen() -> list[dict[str, Any]]:
    r = random.Random(14)  # noqa: S311 (a fixed corpus, not a secret)
    vragen: list[dict[str, Any]] = [
        json.loads(regel) for regel in (ROOT / "examples/status.jsonl").read_text().splitlines() if regel
    ]
    for i in range(700):
        geb = _dag(r, date(1998, 1, 1), date(2023, 12, 31))
        if i % 7 == 0:
            geb = date(r.choice([2000, 2004, 2008, 2012, 2016, 2020]), 2, 29)
        grens = r.choice([5, 6, 12, 16, 17, 18, 23, None])
        if grens is not None and i % 3 == 0:
            peil = _jaren_later(geb, grens) + timedelta(days=r.choice([-1, 0, 0, 1, 31]))
        else:
            peil = _dag(r, date(2024, 1, 1), date(2029, 7, 31))
        if not date(2024, 1, 1) <= peil <= date(2029, 7, 31):
            peil = _dag(r, date(2024, 1, 1), date(2029, 7, 31))
        vraag: dict[str, Any] = {"geboortedatum": geb.isoformat(), "peildatum": peil.isoformat()}
        if r.random() < 0.4:
            diplomas = []
            for _ in range(r.randint(1, 2)):
                soort = r.choice(list(Diplomasoort))
                diplomas.append(
                    {
                        "soort": soort.value,
                        "datum": _dag(r, _jaren_later(geb, 14), _jaren_later(geb, 22)).isoformat(),
                    }
                )
            vraag["diplomas"] = diplomas
        if r.random() < 0.3:
            eerste = geb.year + r.choice([5, 6])
            vraag["eerste_volledige_schooljaar"] = eerste
            if r.random() < 0.5:
                vraag["basisschool_afgerond_schooljaar"] = eerste + r.choice([6, 7, 8])
                vraag["basisschool_schooljaren"] = r.choice([7, 8, 9])
        vragen.append(vraag)
    return vragen


def verlofaanvragen() -> list[dict[str, Any]]:
    r = random.Random(1413)  # noqa: S311 (a fixed corpus, not a secret)
    aanvragen: list[dict[str, Any]] = json.loads((ROOT / "examples/verlof.json").read_text())
    for i in range(700):
        soort = r.choice(["vakantie", "gewichtige_omstandigheden"])
        if i % 5 == 0:  # the first two lesweken
            jaar = r.choice([2024, 2025, 2026, 2027, 2028])
            eerste = _dag(r, date(jaar, 8, 10), date(jaar, 9, 20))
        else:
            eerste = _dag(r, date(2024, 8, 1), date(2029, 7, 10))
        laatste = eerste + timedelta(days=r.choice([0, 1, 2, 4, 6, 9, 11, 13, 14, 16, 20, 27]))
        aanvraag: dict[str, Any] = {
            "soort": soort,
            "eerste_dag": eerste.isoformat(),
            "laatste_dag": laatste.isoformat(),
            "aangevraagd_op": (eerste - timedelta(days=r.choice([-6, -3, -2, -1, 0, 1, 14, 60]))).isoformat(),
        }
        if soort == "vakantie" or r.random() < 0.2:
            aanvraag["beroepsgrond"] = r.random() < 0.8
        if soort == "gewichtige_omstandigheden" and r.random() < 0.5:
            aanvraag["verhindering_ontstaan_op"] = (
                eerste + timedelta(days=r.choice([-3, -1, 0, 2]))
            ).isoformat()
        if r.random() < 0.4:
            eerder = []
            begin = eerste - timedelta(days=r.choice([40, 80, 120, 200]))
            for _ in range(r.randint(1, 2)):
                eind = begin + timedelta(days=r.choice([0, 2, 4, 7, 9]))
                if eind >= eerste:
                    break
                eerder.append(
                    {
                        "soort": r.choice([soort, soort, "vakantie", "gewichtige_omstandigheden"]),
                        "eerste_dag": begin.isoformat(),
                        "laatste_dag": eind.isoformat(),
                    }
                )
                begin = eind + timedelta(days=r.choice([3, 20]))
            aanvraag["eerder_verlof"] = eerder
        if r.random() < 0.35:
            aanvraag["kwalificatieplichtig"] = True
            if r.random() < 0.6:
                aanvraag["onderwijsdagen"] = r.sample(
                    ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"], r.randint(1, 4)
                )
        aanvragen.append(aanvraag)
    return aanvragen


def _opties(i: int, soort: str) -> dict[str, str]:
    kalender = ("geen", "noord", "zuid")[i % 3]
    taal = ("nl", "en")[(i // 3) % 2]
    if soort == "status":
        return {
            "kalender": kalender,
            "taal": taal,
            "verjaardag_29_februari": list(Verjaardag29Februari)[(i // 6) % 2].value,
        }
    return {"kalender": kalender, "taal": taal, "verlofdagen": list(Verlofdagen)[(i // 6) % 2].value}


def beoordeel(soort: str, invoer: dict[str, Any], opties: dict[str, str]) -> dict[str, Any]:
    """The verdict (as JSON) or the error (its code, field and rule) of one golden row."""
    kalender = KALENDERS[opties["kalender"]]
    oordeel: Statusoordeel | Verlofoordeel
    try:
        if soort == "status":
            beleid = Beleid(verjaardag_29_februari=Verjaardag29Februari(opties["verjaardag_29_februari"]))
            oordeel = bepaal_status(invoer, taal=opties["taal"], beleid=beleid, kalender=kalender)
        else:
            beleid = Beleid(verlofdagen=Verlofdagen(opties["verlofdagen"]))
            oordeel = beoordeel_verlof(invoer, taal=opties["taal"], beleid=beleid, kalender=kalender)
    except Invoerfout as fout:
        return {"fout": [f.model_dump(mode="json") for f in fout.fouten]}
    return {"oordeel": oordeel.model_dump(mode="json")}


def rijen(soort: str) -> list[dict[str, Any]]:
    invoer = statusvragen() if soort == "status" else verlofaanvragen()
    uit = []
    for i, vraag in enumerate(invoer):
        opties = _opties(i, soort)
        uit.append({"invoer": vraag, "opties": opties, **beoordeel(soort, vraag, opties)})
    return uit


def main() -> None:
    for soort in ("status", "verlof"):
        regels = [json.dumps(rij, ensure_ascii=False, sort_keys=True) for rij in rijen(soort)]
        tekst = ("\n".join(regels) + "\n").encode("utf-8")
        (MAP / f"{soort}.jsonl.gz").write_bytes(gzip.compress(tekst, compresslevel=9, mtime=0))


if __name__ == "__main__":
    main()
