"""Every finding code of the melding validator: a melding that triggers it and a nearby one that does not.

The cases are parametrised over the code table (``CODES``): a new code without a case here fails.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pytest

from verzuimregels import Taal
from verzuimregels.bronnen import Bronsoort
from verzuimregels.melding import (
    CODES,
    CONTROLES_FEITEN,
    Bevinding,
    Ernst,
    Melding,
    Registratie,
    Status,
    Validator,
    valideer,
)
from verzuimregels.melding.bevindingen import bevinding

GOED: dict[str, Any] = {
    "sleutel": "r1",
    "bsn": "111222333",
    "geboortedatum": "2012-05-01",
    "brin": "05KO",
    "vestiging": "01",
    "woongemeente": "0363",
    "verzuimsoort": "V3",
    "begindatum": "2026-03-02",
    "einddatum": "2026-03-04",
    "vermoedelijke_reden": "spijbelt",
    "contactpersoon_naam": "A. de Vries",
    "contactpersoon_email": "a.devries@school.nl",
}
PEIL = date(2026, 3, 5)


def zonder(*velden: str, **extra: Any) -> dict[str, Any]:
    return {k: v for k, v in GOED.items() if k not in velden} | extra


@dataclass
class Geval:
    wel: Any
    niet: Any
    opties_wel: dict[str, Any] = field(default_factory=dict)
    opties_niet: dict[str, Any] = field(default_factory=dict)


def met(**extra: Any) -> dict[str, Any]:
    return GOED | extra


def lesdagen(begin: str, einde: str) -> list[str]:
    """Monday to Friday from ``begin`` to ``einde`` (ISO dates)."""
    dag, tot = date.fromisoformat(begin), date.fromisoformat(einde)
    uit = []
    while dag <= tot:
        if dag.weekday() < 5:
            uit.append(dag.isoformat())
        dag = date.fromordinal(dag.toordinal() + 1)
    return uit


LEERLING: dict[str, Any] = {
    "sleutel": "r1",
    "geboortedatum": "2012-05-01",
    "school": {"onderwijssoort": "vo", "regio": "midden", "uren_per_lesdag": 7},
    "records": [{"datum": d, "reden": "ongeoorloofd"} for d in lesdagen("2026-03-02", "2026-03-04")],
}
"""The records behind GOED: 7 lesuren a day from Monday 2 March 2026, 16 hours reached on 4 March."""
THUISZITTER = LEERLING | {
    "records": [{"datum": d, "reden": "ongeoorloofd"} for d in lesdagen("2026-03-02", "2026-04-03")]
}
"""Absent every lesdag from 2 March to 3 April 2026: LRV on the 28th day, Sunday 29 March (B07)."""
MET_ZIEKTE = LEERLING | {"records": [*LEERLING["records"], {"datum": "2026-02-27", "reden": "ziek"}]}
REG = {"registratie": [LEERLING]}
LRV = met(verzuimsoort="LRV", einddatum="2026-03-29")


GEVALLEN: dict[str, Geval] = {
    "rij_onleesbaar": Geval([GOED], GOED),
    "onbekend_veld": Geval(met(achternaam="x"), GOED),
    "veld_ongeldig": Geval(met(begindatum="02-03-2026"), GOED),
    "veld_ontbreekt": Geval(zonder("woongemeente"), GOED),
    "veld_te_lang": Geval(met(vermoedelijke_reden="x" * 201), met(vermoedelijke_reden="x" * 200)),
    "sleutel_is_identificatie": Geval(met(sleutel="111 222 333"), met(sleutel="111222")),
    "identificatie_ontbreekt": Geval(zonder("bsn"), zonder("bsn", onderwijsnummer="101222331")),
    "bsn_ongeldig": Geval(met(bsn="111222334"), GOED),
    "onderwijsnummer_ongeldig": Geval(
        zonder("bsn", onderwijsnummer="101222332"), zonder("bsn", onderwijsnummer="101222331")
    ),
    "bsn_en_onderwijsnummer": Geval(met(onderwijsnummer="101222331"), GOED),
    "brin_ongeldig": Geval(met(brin="5KO"), met(brin="05 ko")),
    "vestiging_ongeldig": Geval(met(brin="05KO02"), zonder("vestiging", brin="05KO02")),
    "verzuimsoort_onbekend": Geval(met(verzuimsoort="V5"), met(verzuimsoort="v3")),
    "verzuimsoort_verouderd": Geval(met(verzuimsoort="V1"), met(verzuimsoort="V3")),
    "verzuimsoort_niet_meldbaar": Geval(
        met(verzuimsoort="ziekteverzuim"), met(verzuimsoort="overig_verzuim")
    ),
    "reden_noemt_ziekte": Geval(
        met(vermoedelijke_reden="Ziekmelding betwijfeld"),
        met(vermoedelijke_reden="Ziekmelding betwijfeld", verzuimsoort="O"),
    ),
    "einddatum_ontbreekt": Geval(zonder("einddatum"), zonder("einddatum", verzuimsoort="L")),
    "datum_volgorde": Geval(met(einddatum="2026-03-01"), met(einddatum="2026-03-02")),
    "datum_na_peildatum": Geval(GOED, GOED, {"peildatum": date(2026, 3, 3)}, {"peildatum": date(2026, 3, 4)}),
    # voorbeelden B05: einddatum 2026-03-04, report by 2026-03-11 (5 werkdagen).
    "meldtermijn_verstreken": Geval(
        GOED, GOED, {"peildatum": date(2026, 3, 12)}, {"peildatum": date(2026, 3, 11)}
    ),
    # voorbeelden B07: from Mon 2 March 2026, LRV on the 28th counted day (Sun 29 March 2026).
    "lrv_korter_dan_28_dagen": Geval(
        met(verzuimsoort="LRV", einddatum="2026-03-28"), met(verzuimsoort="LRV", einddatum="2026-03-29")
    ),
    "overig_lang_verzuim": Geval(
        met(verzuimsoort="O", einddatum="2026-03-29"), met(verzuimsoort="O", einddatum="2026-03-28")
    ),
    "dag_buiten_periode": Geval(met(dagen="2026-03-05=dag"), met(dagen="2026-03-04=dag")),
    "dag_dubbel": Geval(
        met(dagen="2026-03-02=dag;2026-03-02=1,2"), met(dagen="2026-03-02=dag;2026-03-03=1,2")
    ),
    "dag_ongeldig": Geval(
        met(dagen=[{"datum": "2026-03-02", "hele_dag": True, "lesuren": [1]}]),
        met(dagen=[{"datum": "2026-03-02", "hele_dag": True}]),
    ),
    "lesuur_ongeldig": Geval(met(dagen="2026-03-02=1,13"), met(dagen="2026-03-02=1,12")),
    "email_ongeldig": Geval(met(contactpersoon_email="a@school"), met(contactpersoon_email="a@school.nl")),
    "telefoon_ongeldig": Geval(
        met(contactpersoon_telefoon="12345"), met(contactpersoon_telefoon="+31 (0)20-123 4567")
    ),
    "nog_niet_leerplichtig": Geval(
        met(geboortedatum="2021-03-03", verzuimsoort="L"), met(geboortedatum="2021-03-02", verzuimsoort="L")
    ),
    "rmc_onder_18": Geval(
        met(geboortedatum="2008-03-03", verzuimsoort="RMC"),
        met(geboortedatum="2008-03-02", verzuimsoort="RMC"),
    ),
    "rmc_23_plus": Geval(
        met(geboortedatum="2003-03-02", verzuimsoort="RMC"),
        met(geboortedatum="2003-03-03", verzuimsoort="RMC"),
    ),
    "soort_onder_18_voor_18_plus": Geval(
        met(geboortedatum="2008-03-02"), met(geboortedatum="2008-03-02", verzuimsoort="V4")
    ),
    "v4_onder_18": Geval(met(geboortedatum="2008-03-03", verzuimsoort="V4"), met(geboortedatum="2008-03-03")),
    "vervolgmelding_binnen_7_dagen": Geval(
        GOED, GOED, {"eerdere": [met(einddatum="2026-02-26")]}, {"eerdere": [met(einddatum="2026-02-25")]}
    ),
    "overlapt_vrijstelling": Geval(met(vrijstellingen="2026-03-04/"), met(vrijstellingen="2026-03-05/")),
    # --- against the records (``registratie`` builds a Registratie; see rapport) -------------------
    "geen_registratie": Geval(met(sleutel="r9"), GOED, REG, REG),
    "geboortedatum_strijdig": Geval(met(geboortedatum="2012-05-02"), GOED, REG, REG),
    "niet_ingeschreven": Geval(GOED, GOED, {"registratie": [LEERLING | {"ingeschreven": False}]}, REG),
    "heeft_startkwalificatie": Geval(
        GOED, GOED, {"registratie": [LEERLING | {"startkwalificatie": True}]}, REG
    ),
    "verzuimsoort_strijdig": Geval(met(verzuimsoort="O"), GOED, REG, REG),
    "zestien_uur_niet_bereikt": Geval(met(einddatum="2026-03-03"), GOED, REG, REG),
    "vier_weken_niet_bereikt": Geval(
        met(verzuimsoort="LRV", einddatum="2026-03-28"),
        LRV,
        {"registratie": [THUISZITTER], "peildatum": date(2026, 4, 3)},
        {"registratie": [THUISZITTER], "peildatum": date(2026, 4, 3)},
    ),
    "geen_verzuim_in_registratie": Geval(
        met(verzuimsoort="L", begindatum="2026-02-02", einddatum="2026-02-03"),
        met(verzuimsoort="L", begindatum="2026-02-02", einddatum="2026-03-02"),
        REG,
        REG,
    ),
    "periode_wijkt_af": Geval(met(begindatum="2026-03-03"), GOED, REG, REG),
    # LRV due on Sunday 29 March 2026; 5 werkdagen (Good Friday and Easter Monday skipped): 7 April.
    "te_laat_volgens_registratie": Geval(
        LRV,
        LRV,
        {"registratie": [THUISZITTER], "peildatum": date(2026, 4, 8)},
        {"registratie": [THUISZITTER], "peildatum": date(2026, 4, 7)},
    ),
    "overlapt_geoorloofd_verzuim": Geval(
        met(begindatum="2026-02-27"),
        met(begindatum="2026-02-26"),
        {"registratie": [MET_ZIEKTE]},
        {"registratie": [MET_ZIEKTE]},
    ),
    # GOED is due by 11 March 2026: on the 12th, a file without it misses it.
    "melding_ontbreekt": Geval(
        met(sleutel="r9"),
        GOED,
        REG | {"peildatum": date(2026, 3, 12)},
        REG | {"peildatum": date(2026, 3, 12)},
    ),
    "melding_verwacht": Geval(met(sleutel="r9"), GOED, REG, REG),
}


def rapport(melding: Any, taal: Taal = Taal.NL, **opties: Any) -> list[Bevinding]:
    """The findings on the row and, with ``registratie`` (pupils' records), those tied to no row."""
    opties = {"peildatum": PEIL} | opties
    leerlingen = opties.pop("registratie", None)
    if leerlingen is None:
        return list(valideer(melding, taal=taal, **opties).bevindingen)
    validator = Validator(
        taal=taal, extra_controles=CONTROLES_FEITEN, feiten=Registratie(leerlingen), **opties
    )
    rij = validator.rij(melding, 1)
    return [*rij.bevindingen, *(b for r in validator.ontbrekend() for b in r.bevindingen)]


def codes(melding: Any, taal: Taal = Taal.NL, **opties: Any) -> list[str]:
    return [b.code for b in rapport(melding, taal, **opties)]


def test_de_basismelding_is_goed() -> None:
    rapport = valideer(GOED, peildatum=PEIL)
    assert rapport.status is Status.GOED
    assert rapport.bevindingen == ()
    assert rapport.loketcodes == ("V3",)


@pytest.mark.parametrize("taal", list(Taal))
@pytest.mark.parametrize("code", sorted(CODES))
def test_elke_code_heeft_een_geval_dat_haar_geeft_en_een_dat_haar_niet_geeft(code: str, taal: Taal) -> None:
    geval = GEVALLEN[code]  # a code without a case fails here
    assert code in codes(geval.wel, taal, **geval.opties_wel)
    assert code not in codes(geval.niet, taal, **geval.opties_niet)


def test_geen_gevallen_voor_onbekende_codes() -> None:
    assert set(GEVALLEN) == set(CODES)


@pytest.mark.parametrize("code", sorted(CODES))
def test_elke_code_heeft_grondslag_en_beide_talen(code: str) -> None:
    regel = CODES[code]
    assert regel.grondslag
    assert regel.nl != regel.en
    geval = GEVALLEN[code]
    gevonden = next(b for b in rapport(geval.wel, **geval.opties_wel) if b.code == code)
    assert gevonden.ernst is regel.ernst
    assert "{" not in gevonden.melding
    for bron in gevonden.grondslag:
        assert bron.url.startswith("https://")
        if bron.bron is Bronsoort.LPW:
            assert bron.url.startswith("https://wetten.overheid.nl/BWBR0002628/")


def test_ernst_bepaalt_de_status() -> None:
    assert valideer(met(vermoedelijke_reden="ziek"), peildatum=PEIL).status is Status.WAARSCHUWING
    assert valideer(met(bsn="1"), peildatum=PEIL).status is Status.FOUT


def test_fouten_en_waarschuwingen_uit_de_tabel() -> None:
    assert {r.ernst for r in CODES.values()} == set(Ernst)
    b = bevinding("bsn_ongeldig", ["bsn"], Taal.EN, date(2026, 8, 1))
    assert b.grondslag[0].url == "https://wetten.overheid.nl/BWBR0002628/2026-08-01#Artikel2"


def test_de_peildatum_kiest_de_wetsversie() -> None:
    nieuw = valideer(met(bsn="1"), peildatum=date(2026, 9, 1)).bevindingen[0].grondslag[0]
    oud = valideer(met(bsn="1"), peildatum=date(2026, 3, 5)).bevindingen[0].grondslag[0]
    zonder_peildatum = valideer(met(bsn="1")).bevindingen[0].grondslag[0]
    heel_oud = valideer(met(bsn="1"), peildatum=date(2020, 1, 1)).bevindingen[0].grondslag[0]
    assert (nieuw.versie, oud.versie) == (date(2026, 8, 1), date(2024, 1, 1))
    assert zonder_peildatum.versie == heel_oud.versie == date(2026, 8, 1)


def test_een_onleesbaar_veld_telt_niet_ook_als_ontbrekend() -> None:
    gevonden = codes(met(begindatum=20260302, bsn=111222333, einddatum="x"))
    assert gevonden.count("veld_ongeldig") == 3
    assert "veld_ontbreekt" not in gevonden
    assert "identificatie_ontbreekt" not in gevonden
    assert "einddatum_ontbreekt" not in gevonden


def test_een_brin_met_vestiging_vervangt_de_vestiging() -> None:
    assert codes(zonder("vestiging", brin="05KO01")) == []
    assert codes(met(brin="05KO01")) == []
    assert codes(zonder("vestiging", brin="05KO")) == ["veld_ontbreekt"]
    assert codes(met(brin="XXXX", vestiging="1")) == ["brin_ongeldig", "vestiging_ongeldig"]


def test_beide_woordenschatten_voor_de_verzuimsoort() -> None:
    assert valideer(met(verzuimsoort="zestien_uur"), peildatum=PEIL).loketcodes == ("V3",)
    assert valideer(zonder("geboortedatum", verzuimsoort="zestien_uur")).loketcodes == ("V3", "V4")
    assert (
        valideer(met(verzuimsoort="lrv", einddatum="2026-04-01")).verzuimsoort == "langdurig_relatief_verzuim"
    )


def test_sleutel_als_getal_en_geen_sleutel() -> None:
    assert valideer(met(sleutel=17)).sleutel == "17"
    assert valideer(zonder("sleutel")).sleutel is None


def test_vrijstelling_met_verkeerde_volgorde_en_zonder_begindatum() -> None:
    assert "datum_volgorde" in codes(
        met(vrijstellingen=[{"begindatum": "2026-03-05", "einddatum": "2026-03-01"}])
    )
    assert "overlapt_vrijstelling" not in codes(zonder("begindatum", vrijstellingen="2026-01-01/"))
    assert "overlapt_vrijstelling" in codes(
        zonder("einddatum", verzuimsoort="L", vrijstellingen="2026-03-02/2026-03-02")
    )


def test_geboortedatum_na_begindatum() -> None:
    gevonden = valideer(met(geboortedatum="2026-03-03"), peildatum=PEIL).bevindingen
    assert [(b.code, b.velden) for b in gevonden] == [("datum_volgorde", ("begindatum", "geboortedatum"))]


def test_vormfouten_in_dagen_en_perioden() -> None:
    assert codes(met(dagen="2026-03-02=ochtend")) == ["veld_ongeldig"]
    assert codes(met(dagen="maandag")) == ["veld_ongeldig"]
    assert codes(met(vrijstellingen="vanaf maart")) == ["veld_ongeldig"]
    assert codes(met(dagen=[{"datum": "2026-03-02", "hele_dag": True, "x": 1}])) == ["veld_ongeldig"]


def test_melding_lees_en_repr_zonder_persoonsgegevens() -> None:
    melding = Melding.lees(GOED)
    assert "111222333" not in repr(melding)
    assert "Vries" not in repr(melding)
    with pytest.raises(ValueError, match="bsn") as info:
        Melding.lees(met(bsn=111222333))
    assert "111222333" not in str(info.value)


def test_een_melding_als_model_en_null_als_niet_opgegeven() -> None:
    assert valideer(Melding.lees(GOED), peildatum=PEIL).status is Status.GOED
    assert codes(met(toelichting=None, contactpersoon_functie="  ")) == []


def test_valideer_meldingen_telt_posities_en_koppelt_leerlingen() -> None:
    from verzuimregels.melding import valideer_meldingen

    rapporten = list(valideer_meldingen([GOED, met(sleutel="r2", einddatum="2026-03-06"), 3], peildatum=PEIL))
    assert [r.rij for r in rapporten] == [1, 2, 3]
    assert [b.code for b in rapporten[1].bevindingen] == [
        "datum_na_peildatum",
        "vervolgmelding_binnen_7_dagen",
    ]
    assert "rij 1" in rapporten[1].bevindingen[1].melding
    assert rapporten[2].bevindingen[0].code == "rij_onleesbaar"


def test_eerdere_melding_in_het_engels() -> None:
    rapport = valideer(GOED, taal="en", eerdere=[met(einddatum="2026-03-01")])
    assert "earlier melding 1" in rapport.bevindingen[0].melding


def test_de_documentatie_noemt_elke_code() -> None:
    from pathlib import Path

    tekst = (Path(__file__).parents[1] / "docs" / "valideren.md").read_text(encoding="utf-8")
    assert [c for c in CODES if f"| `{c}` |" not in tekst] == []


def test_een_te_lange_sleutel_wordt_niet_herhaald() -> None:
    rapport = valideer(met(sleutel="k" * 101), peildatum=PEIL)
    assert rapport.sleutel is None
    assert [(b.code, b.velden) for b in rapport.bevindingen] == [("veld_te_lang", ("sleutel",))]
    assert valideer(met(sleutel="k" * 100), peildatum=PEIL).sleutel == "k" * 100


def test_controles_tegen_de_feiten_pluggen_in() -> None:
    """Part 3 (records, leerplicht status) adds checks that read Context.feiten; the shape is fixed here."""
    from collections.abc import Iterator

    from verzuimregels.melding import Context, Gelezen
    from verzuimregels.melding.bevindingen import bevinding as maak

    vrijgesteld = {"111222333"}

    def tegen_de_feiten(g: Gelezen, c: Context) -> Iterator[Bevinding]:
        assert c.feiten is not None
        if c.feiten(g.melding):
            yield maak("overlapt_vrijstelling", ("bsn",), c.taal, c.versie, veld="leerplichtstatus")

    def opzoeken(melding: Melding) -> bool:
        return melding.bsn in vrijgesteld

    gevonden = valideer(GOED, peildatum=PEIL, extra_controles=[tegen_de_feiten], feiten=opzoeken)
    assert [b.code for b in gevonden.bevindingen] == ["overlapt_vrijstelling"]
    schoon = valideer(
        met(bsn="123456782"), peildatum=PEIL, extra_controles=[tegen_de_feiten], feiten=opzoeken
    )
    assert schoon.bevindingen == ()
