"""Meldingen against the pupil's records (issue 5 part 3): the Registratie, each comparison, the
missing meldingen per pupil, and ``verzuimregels valideer --records``."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from verzuimregels import Invoerfout, Taal
from verzuimregels.cli import main
from verzuimregels.melding import (
    CONTROLES_FEITEN,
    Bevinding,
    Context,
    Feitenbron,
    Gelezen,
    Melding,
    Registratie,
    Status,
    Validator,
    valideer,
)
from verzuimregels.registratie import analyseer, lees_leerling

from .test_melding_bevindingen import GOED, LEERLING, LRV, PEIL, THUISZITTER, lesdagen, met, zonder
from .test_valideer_cli import bestand, csv_tekst


def rij(melding: Any, *leerlingen: Any, peildatum: date | None = PEIL, **opties: Any) -> list[str]:
    """The codes on one row checked against the records of ``leerlingen``."""
    feiten = Registratie(leerlingen or [LEERLING])
    rapport = valideer(
        melding, peildatum=peildatum, extra_controles=CONTROLES_FEITEN, feiten=feiten, **opties
    )
    return [b.code for b in rapport.bevindingen]


def batch(
    meldingen: list[Any], leerlingen: list[Any], **opties: Any
) -> tuple[list[list[str]], list[tuple[int, str | None, Status, list[str]]], Validator]:
    validator = Validator(extra_controles=CONTROLES_FEITEN, feiten=Registratie(leerlingen), **opties)
    rijen = [[b.code for b in validator.rij(m, i).bevindingen] for i, m in enumerate(meldingen, start=1)]
    gemist = [
        (r.positie, r.leerling, r.status, [b.code for b in r.bevindingen]) for r in validator.ontbrekend()
    ]
    return rijen, gemist, validator


# --- Registratie ------------------------------------------------------------------------------------


def test_registratie_neemt_leerlingen_modellen_en_analyses() -> None:
    ll = lees_leerling(LEERLING)
    analyse = analyseer(LEERLING | {"sleutel": "r2"}, PEIL)
    feiten = Registratie([ll, analyse])
    assert len(feiten) == 2
    assert rij(GOED, analyse | {} if False else ll) == []
    assert (
        valideer(
            met(sleutel="r2"), peildatum=PEIL, extra_controles=CONTROLES_FEITEN, feiten=feiten
        ).bevindingen
        == ()
    )
    assert isinstance(feiten, Feitenbron)


def test_een_gegeven_analyse_kent_geen_records() -> None:
    analyse = analyseer(LEERLING, PEIL)
    # No records, so no birth date, vrijstellingen or excused days: only the comparison with what is due.
    assert rij(met(geboortedatum="2000-01-01", einddatum="2026-03-03"), analyse) == [
        "soort_onder_18_voor_18_plus",
        "zestien_uur_niet_bereikt",
    ]


@pytest.mark.parametrize(
    ("leerlingen", "veld", "regel"),
    [
        ([LEERLING, LEERLING], "leerlingen.2.sleutel", "sleutel_dubbel"),
        (
            [zonder_sleutel := {k: v for k, v in LEERLING.items() if k != "sleutel"}],
            "leerlingen.1.sleutel",
            "sleutel_ontbreekt",
        ),
        ([LEERLING | {"geboortedatum": "x"}], "leerlingen.1.geboortedatum", "datum_formaat"),
        (
            [LEERLING | {"records": [{"datum": "2026-03-02", "reden": "spijbelen"}]}],
            "leerlingen.1.records.1.reden",
            "enum",
        ),
    ],
)
def test_registratie_weigert_zonder_invoerwaarden(leerlingen: list[Any], veld: str, regel: str) -> None:
    with pytest.raises(Invoerfout) as info:
        Registratie(leerlingen)
    fout = info.value.fouten[0]
    assert (fout.veld, fout.regel) == (veld, regel)
    assert "spijbelen" not in str(info.value)
    assert zonder_sleutel  # used above


def test_de_leerling_sleutel_gaat_voor_de_rijsleutel() -> None:
    assert rij(met(sleutel="x", leerling="r1")) == []
    assert rij(met(sleutel="r1", leerling="x")) == ["geen_registratie"]
    assert rij(zonder("sleutel")) == ["geen_registratie"]
    assert "x" not in repr(Melding.lees(met(leerling="x")))


def test_andere_feiten_en_controles_zonder_registratie() -> None:
    def opzoeken(melding: Melding) -> bool:
        return True

    gevonden = valideer(GOED, peildatum=PEIL, extra_controles=CONTROLES_FEITEN, feiten=opzoeken)
    assert gevonden.bevindingen == ()
    validator = Validator(peildatum=PEIL, feiten=opzoeken, eerdere=[GOED])
    assert validator.ontbrekend() == ()


# --- The comparisons ----------------------------------------------------------------------------------


def test_onbruikbare_meldingen_worden_niet_vergeleken() -> None:
    assert rij(met(verzuimsoort="V7")) == ["verzuimsoort_onbekend"]
    assert rij(met(verzuimsoort="ziekteverzuim")) == ["verzuimsoort_niet_meldbaar"]
    assert rij(zonder("begindatum")) == ["veld_ontbreekt"]


def test_leeftijd_uit_de_registratie_als_de_melding_geen_geboortedatum_heeft() -> None:
    ouder = LEERLING | {"geboortedatum": "2008-03-01"}
    afspraak = ouder | {"school": LEERLING["school"] | {"afspraak_gemeente_18plus": True}}
    assert rij(zonder("geboortedatum"), afspraak) == ["soort_onder_18_voor_18_plus"]
    assert rij(zonder("geboortedatum", verzuimsoort="V4"), afspraak) == []
    # Without an agreement with the gemeente no 16-hour melding is due from 18 on.
    assert rij(zonder("geboortedatum", verzuimsoort="V4"), ouder) == ["zestien_uur_niet_bereikt"]
    # A begindatum before the birth date: no age from the records (datum_volgorde needs the melding's).
    assert "soort_onder_18_voor_18_plus" not in rij(zonder("geboortedatum", begindatum="2008-01-01"), ouder)


def test_rmc_onder_18_zegt_de_leeftijd_niet_ook_de_verzuimsoort() -> None:
    for melding in (met(verzuimsoort="RMC"), zonder("geboortedatum", verzuimsoort="RMC")):
        rijen, gemist, _ = batch([melding], [THUISZITTER], peildatum=date(2026, 4, 3))
        assert rijen[0] == ["rmc_onder_18"]
        assert "langdurig_relatief_verzuim" not in json.dumps(gemist)
    # Without any age the records' soort is the finding.
    analyse = analyseer(THUISZITTER, date(2026, 4, 3))
    assert rij(
        zonder("geboortedatum", verzuimsoort="RMC", einddatum="2026-03-29"),
        analyse,
        peildatum=date(2026, 4, 3),
    ) == ["verzuimsoort_strijdig"]


def test_verzuimsoort_strijdig_noemt_de_soort_uit_de_registratie() -> None:
    rapport = valideer(
        met(verzuimsoort="O"),
        peildatum=PEIL,
        extra_controles=CONTROLES_FEITEN,
        feiten=Registratie([LEERLING]),
    )
    assert "zestien_uur, niet overig_verzuim" in rapport.bevindingen[0].melding
    # Luxe verzuim where the records hold only overig verzuim (below 16 hours).
    weinig = LEERLING | {"records": [{"datum": "2026-03-02", "reden": "ongeoorloofd", "uren": 2}]}
    assert rij(met(verzuimsoort="L"), weinig) == ["verzuimsoort_strijdig"]
    assert rij(met(verzuimsoort="O"), weinig) == []
    assert rij(met(verzuimsoort="O", begindatum="2026-02-02", einddatum="2026-02-03"), weinig) == [
        "geen_verzuim_in_registratie"
    ]


def test_te_vroeg_noemt_de_dag_waarop_de_melding_verschuldigd_is() -> None:
    for taal, tekst in ((Taal.NL, "(pas op 2026-03-04)"), (Taal.EN, "(not until 2026-03-04)")):
        rapport = valideer(
            met(einddatum="2026-03-03"),
            peildatum=PEIL,
            taal=taal,
            extra_controles=CONTROLES_FEITEN,
            feiten=Registratie([LEERLING]),
        )
        assert tekst in rapport.bevindingen[0].melding
    # No 16 hours anywhere in the period: no day to name.
    assert rij(met(begindatum="2026-02-02", einddatum="2026-02-04"), peildatum=None) == [
        "zestien_uur_niet_bereikt"
    ]
    assert rij(LRV | {"begindatum": "2026-02-02", "einddatum": "2026-03-01"}, peildatum=date(2026, 4, 3)) == [
        "vier_weken_niet_bereikt"
    ]


def test_periode_en_einddatum_van_lrv() -> None:
    terug = LEERLING | {
        "records": [{"datum": d, "reden": "ongeoorloofd"} for d in lesdagen("2026-03-02", "2026-03-27")]
    }
    peil = date(2026, 4, 1)
    # Back on Monday 30 March: the einddatum covers the 28 days, Sunday 29 March.
    assert "periode_wijkt_af" not in rij(LRV, terug, peildatum=peil)
    assert "periode_wijkt_af" in rij(LRV | {"einddatum": "2026-03-30"}, terug, peildatum=peil)
    # Still away: any einddatum from the 28th day on.
    assert rij(LRV | {"einddatum": "2026-04-01"}, THUISZITTER, peildatum=peil) == []
    # Overig verzuim is reported as the school sees fit: its period is not compared.
    weinig = LEERLING | {"records": [{"datum": "2026-03-02", "reden": "ongeoorloofd", "uren": 2}]}
    assert rij(met(verzuimsoort="O", einddatum="2026-03-05"), weinig) == []


def test_te_laat_volgens_registratie_herhaalt_meldtermijn_niet() -> None:
    assert rij(GOED, peildatum=date(2026, 3, 12)) == ["meldtermijn_verstreken"]
    # The einddatum given is later than the records': the melding's own deadline has not passed.
    assert rij(met(einddatum="2026-03-05"), peildatum=date(2026, 3, 12)) == [
        "periode_wijkt_af",
        "te_laat_volgens_registratie",
    ]
    assert rij(met(einddatum="2026-03-05"), peildatum=None) == ["periode_wijkt_af"]


def vrijstelling(begin: str, einde: str | None = None, grond: str = "art_5_a") -> dict[str, Any]:
    """A vrijstelling with the notice and (art. 5 onder a) the art. 7 statement that make it valid."""
    kennisgeving = {"op": begin, **({"verklaring_op": begin} if grond == "art_5_a" else {})}
    return {
        "grond": grond,
        "begin": begin,
        **({"einde": einde} if einde else {}),
        "kennisgevingen": [kennisgeving],
    }


def test_vrijstelling_uit_de_registratie() -> None:
    vrij = LEERLING | {"vrijstellingen": [vrijstelling("2026-03-04")]}
    assert "overlapt_vrijstelling" in rij(GOED, vrij)
    rapport = valideer(GOED, peildatum=PEIL, extra_controles=CONTROLES_FEITEN, feiten=Registratie([vrij]))
    assert "registratie: vrijstellingen.1" in rapport.bevindingen[0].melding
    eerder = LEERLING | {"vrijstellingen": [vrijstelling("2025-09-01", "2026-03-01")]}
    assert "overlapt_vrijstelling" not in rij(GOED, eerder)
    assert "overlapt_vrijstelling" in rij(met(begindatum="2026-02-27"), eerder)


def test_alleen_een_geldige_vrijstelling_voor_hele_dagen_telt() -> None:
    # Art. 6 lid 1: without notice to B&W the vrijstelling cannot be invoked; art. 11a is hours a week.
    zonder = vrijstelling("2026-03-04") | {"kennisgevingen": []}
    assert "overlapt_vrijstelling" not in rij(GOED, LEERLING | {"vrijstellingen": [zonder]})
    elf_a = vrijstelling("2026-03-04", grond="art_11a_lid_1")
    assert "overlapt_vrijstelling" not in rij(GOED, LEERLING | {"vrijstellingen": [elf_a]})


def test_dagspecificatie_op_een_geoorloofde_dag() -> None:
    ziek = LEERLING | {
        "records": [
            *LEERLING["records"],
            {"datum": "2026-03-05", "reden": "ziek"},
            {"datum": "2026-03-06", "reden": "ziek", "uren": 1},
            {"datum": "2026-03-06", "reden": "ongeoorloofd", "uren": 1},
        ]
    }
    melding = met(einddatum="2026-03-06", dagen="2026-03-05=dag;2026-03-06=1")
    gevonden = valideer(
        melding, peildatum=date(2026, 3, 9), extra_controles=CONTROLES_FEITEN, feiten=Registratie([ziek])
    ).bevindingen
    assert [(b.code, b.velden) for b in gevonden if b.code == "overlapt_geoorloofd_verzuim"] == [
        ("overlapt_geoorloofd_verzuim", ("dagen.0.datum",))
    ]


def test_vervolgmelding_binnen_7_dagen_van_een_gemaakte_melding() -> None:
    gemaakt = LEERLING | {
        "meldingen": [
            {"verzuimsoort": "luxe_verzuim", "begindatum": "2026-02-23", "einddatum": "2026-03-01"},
            {"verzuimsoort": "zestien_uur", "begindatum": "2026-02-23"},
            {"verzuimsoort": "zestien_uur", "begindatum": "2026-02-23", "einddatum": "2026-02-26"},
        ]
    }
    for taal, tekst in ((Taal.NL, "melding 3 in de registratie"), (Taal.EN, "melding 3 in the records")):
        rapport = valideer(
            GOED, peildatum=PEIL, taal=taal, extra_controles=CONTROLES_FEITEN, feiten=Registratie([gemaakt])
        )
        assert [b.code for b in rapport.bevindingen] == ["vervolgmelding_binnen_7_dagen"]
        assert tekst in rapport.bevindingen[0].melding
    ver = gemaakt | {
        "meldingen": [{"verzuimsoort": "zestien_uur", "begindatum": "2026-02-16", "einddatum": "2026-02-25"}]
    }
    assert rij(GOED, ver) == []
    assert rij(met(verzuimsoort="L", einddatum=None), gemaakt)[:1] != ["vervolgmelding_binnen_7_dagen"]


def test_zonder_peildatum_het_einde_van_het_schooljaar() -> None:
    rijen, gemist, _ = batch([met(sleutel="r9")], [LEERLING])
    assert rijen == [["geen_registratie"]]
    # Without a peildatum no melding is overdue: missing ones are warnings.
    assert gemist == [(1, "r1", Status.WAARSCHUWING, ["melding_verwacht"])]
    zonder_records = {k: v for k, v in LEERLING.items() if k != "records"}
    assert batch([GOED], [zonder_records])[:2] == ([["zestien_uur_niet_bereikt"]], [])


def test_een_peildatum_voor_het_schooljaar_maakt_niets_verschuldigd() -> None:
    volgend_jaar = LEERLING | {"schooljaar": 2026, "records": []}
    assert rij(GOED, volgend_jaar) == ["zestien_uur_niet_bereikt"]


# --- Missing meldingen ---------------------------------------------------------------------------------


def test_ontbrekende_meldingen_per_leerling() -> None:
    r2 = LEERLING | {"sleutel": "r2"}
    rijen, gemist, validator = batch(
        [GOED], [LEERLING, r2, THUISZITTER | {"sleutel": "r3"}], peildatum=date(2026, 3, 12)
    )
    assert rijen == [["meldtermijn_verstreken"]]
    assert gemist[0] == (2, "r2", Status.FOUT, ["melding_ontbreekt"])
    assert gemist[1][:3] == (3, "r3", Status.FOUT)
    s = validator.samenvatting()
    assert (s.leerlingen_met_fout, s.leerlingen_met_waarschuwing) == (2, 0)
    assert s.per_code["melding_ontbreekt"] == 1 + gemist[1][3].count("melding_ontbreekt")
    assert s.per_code["melding_verwacht"] == gemist[1][3].count("melding_verwacht") > 0


def test_een_sleutel_die_een_bsn_lijkt_wordt_geweigerd_en_niet_herhaald() -> None:
    # Issue 11: a sleutel that passes the BSN check is refused with a clear error (it was accepted and
    # left out of the report); the error names the field, never the number.
    bsn = LEERLING | {"sleutel": "111222333"}
    with pytest.raises(Invoerfout) as info:
        batch([], [bsn], peildatum=PEIL)
    assert info.value.fouten[0].regel == "sleutel_persoonsnummer"
    assert "111222333" not in str(info.value)


def test_eerdere_meldingen_dekken_wat_verschuldigd_is() -> None:
    eerder = [
        GOED,
        met(sleutel="x", leerling="r9"),
        zonder("verzuimsoort"),
        zonder("begindatum", verzuimsoort="L"),
    ]
    _, gemist, _ = batch([], [LEERLING], peildatum=date(2026, 3, 12), eerdere=eerder)
    assert gemist == []
    _, gemist, _ = batch([], [LEERLING], peildatum=date(2026, 3, 12), eerdere=[met(verzuimsoort="L")])
    assert gemist == [(1, "r1", Status.FOUT, ["melding_ontbreekt"])]


def test_ontbrekende_lrv_open_in_beide_talen() -> None:
    for taal, tekst in (
        (Taal.NL, "tot nu (de leerling is nog afwezig)"),
        (Taal.EN, "to now (the pupil is still absent)"),
    ):
        validator = Validator(
            peildatum=date(2026, 4, 3),
            taal=taal,
            extra_controles=CONTROLES_FEITEN,
            feiten=Registratie([THUISZITTER]),
        )
        laatste = validator.ontbrekend()[0].bevindingen[-1]
        assert laatste.code == "melding_verwacht"
        assert tekst in laatste.melding


def test_een_eigen_controle_leest_de_feiten_van_de_registratie() -> None:
    def eigen(g: Gelezen, c: Context) -> Iterator[Bevinding]:
        assert isinstance(c.feiten, Registratie)
        feiten = c.feiten(g.melding)
        assert feiten is not None
        assert feiten.leerling is not None
        assert feiten.analyse(c) is feiten.analyse(c)  # analysed once
        return iter(())

    assert (
        valideer(GOED, peildatum=PEIL, extra_controles=[eigen], feiten=Registratie([LEERLING])).bevindingen
        == ()
    )


# --- Command line ----------------------------------------------------------------------------------


def draai(capsys: pytest.CaptureFixture[str], *argumenten: str) -> tuple[int, str, str]:
    code = main(["valideer", *argumenten])
    uit = capsys.readouterr()
    return code, uit.out, uit.err


def records(tmp_path: Path, *leerlingen: Any, naam: str = "records.json") -> str:
    return bestand(tmp_path, json.dumps(list(leerlingen)), naam)


def test_cli_records_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    meldingen = bestand(tmp_path, csv_tekst(GOED, met(sleutel="r9", bsn="123456782")))
    r2 = LEERLING | {"sleutel": "r2"}
    code, uit, _ = draai(
        capsys, meldingen, "--records", records(tmp_path, LEERLING, r2), "--peildatum", "2026-03-12"
    )
    rapport = json.loads(uit)
    assert code == 1
    assert [r["rij"] for r in rapport["rijen"]] == [1, 2]
    assert [b["code"] for b in rapport["rijen"][1]["bevindingen"]] == [
        "meldtermijn_verstreken",
        "geen_registratie",
    ]
    assert [(r["positie"], r["leerling"]) for r in rapport["leerlingen"]] == [(2, "r2")]
    assert rapport["samenvatting"]["leerlingen_met_fout"] == 1
    # Without --records the report has an empty list of pupils; a clean file still exits 0.
    code, uit, _ = draai(capsys, bestand(tmp_path, csv_tekst(GOED), "schoon.csv"))
    assert (code, json.loads(uit)["leerlingen"]) == (0, [])


def test_cli_records_csv_met_schoolopties(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    kop = "leerling,geboortedatum,startkwalificatie,datum,reden,uren,van,tot,gemeld_op,sleutel\n"
    regels = "".join(
        f"r1,2012-05-01,nee,{d},ongeoorloofd,,,,,\n" for d in lesdagen("2026-03-02", "2026-03-04")
    )
    pad = bestand(tmp_path, kop + regels, "verzuim.csv")
    meldingen = bestand(tmp_path, csv_tekst(GOED))
    opties = ("--records", pad, "--onderwijssoort", "vo", "--regio", "midden", "--uren-per-lesdag", "7")
    code, uit, _ = draai(capsys, meldingen, *opties, "--peildatum", "2026-03-05", "--formaat", "tabel")
    assert code == 0
    assert "1 rij: 1 goed" in uit
    # Fewer hours a lesdag: 16 hours not yet reached on 4 March, and nothing due.
    code, uit, _ = draai(
        capsys, meldingen, *opties[:-1], "4", "--peildatum", "2026-03-05", "--formaat", "csv"
    )
    assert code == 1
    assert "zestien_uur_niet_bereikt" in uit


def test_cli_ontbrekende_melding_in_tabel_en_csv(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    meldingen = bestand(tmp_path, csv_tekst(met(sleutel="r9")))
    pad = records(tmp_path, LEERLING | {"sleutel": "=r1"})
    for taal, totaal in (
        ("nl", "leerlingen met een ontbrekende melding: 1 met fout"),
        ("en", "pupils with a missing melding: 1 with errors"),
    ):
        code, uit, _ = draai(
            capsys,
            meldingen,
            "--records",
            pad,
            "--peildatum",
            "2026-03-12",
            "--formaat",
            "tabel",
            "--taal",
            taal,
        )
        assert code == 1
        assert totaal in uit
        assert "'=r1" in uit
    code, uit, _ = draai(capsys, meldingen, "--records", pad, "--peildatum", "2026-03-12", "--formaat", "csv")
    assert ",,'=r1,fout,fout,melding_ontbreekt,," in uit


@pytest.mark.parametrize(
    ("inhoud", "melding"),
    [
        (
            [LEERLING, LEERLING],
            "--records is niet te lezen: leerlingen.2.sleutel: deze sleutel is al gebruikt door een eerdere "
            "leerling: verwacht een eigen sleutel per leerling [sleutel_dubbel] [records_ongeldig]",
        ),
        ([LEERLING | {"geboortedatum": "1 mei"}], "--records: leerling 1 is niet geldig (geboortedatum: "),
        # An unreadable pupil after a key given twice is still reported first, as when all were read.
        (
            [LEERLING, LEERLING, [1]],
            "--records: leerling 3 is niet geldig (<invoer>: verwacht een JSON-object",
        ),
        (
            [[1]],
            "--records: leerling 1 is niet geldig (<invoer>: verwacht een JSON-object [geen_object]) "
            "[records_leerling]",
        ),
        (
            [{k: v for k, v in LEERLING.items() if k != "school"}],
            "--records: leerling 1 is niet geldig (school: geef een school, of --onderwijssoort: verwacht "
            "een school bij de leerling of --onderwijssoort po, vo of mbo [school_ontbreekt])",
        ),
    ],
)
def test_cli_onbruikbare_records_zijn_een_gebruiksfout(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], inhoud: list[Any], melding: str
) -> None:
    code, _, fout = draai(capsys, bestand(tmp_path, csv_tekst(GOED)), "--records", records(tmp_path, *inhoud))
    assert code == 2
    assert melding in fout
    assert "1 mei" not in fout


def test_cli_records_jsonl_met_kapotte_regel(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pad = bestand(tmp_path, json.dumps(LEERLING) + "\n{kapot\n", "records.jsonl")
    code, _, fout = draai(
        capsys, bestand(tmp_path, csv_tekst(GOED)), "--records", pad, "--records-formaat", "json"
    )
    assert code == 2
    assert "--records: leerling 2 is niet geldig" in fout


def test_cli_records_en_eerdere(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    eerder = bestand(tmp_path, csv_tekst(GOED), "eerder.csv")
    leeg = bestand(tmp_path, csv_tekst(met(sleutel="r9", leerling="r9", bsn="123456782")), "nieuw.csv")
    code, uit, _ = draai(
        capsys,
        leeg,
        "--records",
        records(tmp_path, LEERLING),
        "--eerdere",
        eerder,
        "--peildatum",
        "2026-03-12",
    )
    assert json.loads(uit)["leerlingen"] == []
    assert code == 0


def test_schema_van_het_leerlingrapport(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", "leerlingrapport"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert list(schema["properties"]) == ["positie", "leerling", "status", "bevindingen"]


def test_het_rapport_met_records_noemt_geen_bsn_geboortedatum_of_leerlingsleutel(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    geheim = LEERLING | {"sleutel": "pseudo-77", "geboortedatum": "2012-05-03"}
    meldingen = bestand(
        tmp_path,
        csv_tekst(
            met(leerling="pseudo-77", geboortedatum="2012-05-01"),
            zonder("geboortedatum", sleutel="r2", leerling="pseudo-77", einddatum="2026-03-03"),
        ),
    )
    pad = records(tmp_path, geheim)
    for formaat in ("json", "csv", "tabel"):
        for taal in ("nl", "en"):
            _, uit, fout = draai(
                capsys,
                meldingen,
                "--records",
                pad,
                "--peildatum",
                "2026-03-05",
                "--formaat",
                formaat,
                "--taal",
                taal,
            )
            assert "geboortedatum_strijdig" in uit
            for waarde in ("111222333", "2012-05-03", "2012-05-01", "pseudo-77", "Vries"):
                assert waarde not in uit + fout


@pytest.mark.parametrize("in_geheugen", [1_000, 2, 0])
def test_cli_records_ook_na_de_schijfgrens(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, in_geheugen: int
) -> None:
    """Bounded memory (issue 11): past REGISTRATIE_IN_GEHEUGEN pupils the records go to a temporary
    SQLite file; the report is the same as with every pupil in memory (what a row or an earlier
    melding covered is kept across lookups of other pupils), a key given twice is the same usage
    error, and nothing is left on disk."""
    import verzuimregels.melding.feiten as feiten

    from .test_schoolsystemen import tijdelijke_mappen

    leerlingen = [LEERLING | {"sleutel": f"r{n}"} for n in range(1, 6)] + [THUISZITTER | {"sleutel": "r6"}]
    meldingen = bestand(
        tmp_path,
        csv_tekst(
            met(sleutel="a", leerling="r2"),
            met(sleutel="b", leerling="r4", verzuimsoort="L"),
            met(sleutel="c", leerling="r9"),
            met(sleutel="d", leerling="r2", bsn="123456782"),
            met(sleutel="e", leerling="r6"),
        ),
    )
    eerder = bestand(tmp_path, csv_tekst(met(sleutel="x", leerling="r5")), "eerder.csv")
    pad = records(tmp_path, *leerlingen)
    dubbel = records(tmp_path, *leerlingen, LEERLING | {"sleutel": "r3"}, naam="dubbel.json")
    args = (meldingen, "--records", pad, "--eerdere", eerder, "--peildatum", "2026-03-12")
    uitvoer = [draai(capsys, *args, "--formaat", f) for f in ("json", "csv")]
    fout_dubbel = draai(capsys, meldingen, "--records", dubbel)
    monkeypatch.setattr(feiten, "REGISTRATIE_IN_GEHEUGEN", in_geheugen)
    mappen = tijdelijke_mappen(monkeypatch)
    assert [draai(capsys, *args, "--formaat", f) for f in ("json", "csv")] == uitvoer
    assert draai(capsys, meldingen, "--records", dubbel) == fout_dubbel
    assert fout_dubbel[0] == 2
    assert "leerlingen.7.sleutel" in fout_dubbel[2]
    rapport = json.loads(uitvoer[0][1])
    assert [r["leerling"] for r in rapport["leerlingen"]] == ["r1", "r3", "r6"]
    assert bool(mappen) == (in_geheugen < len(leerlingen))
    assert not any(Path(m).exists() for m in mappen)


def test_registratie_op_schijf_als_bibliotheek(monkeypatch: pytest.MonkeyPatch) -> None:
    """The library's Registratie is bounded too: the same findings past the limit, and :meth:`sluit`
    (or ``with``) removes the file; an invalid pupil while reading removes it at once."""
    import verzuimregels.melding.feiten as feiten

    from .test_schoolsystemen import tijdelijke_mappen

    leerlingen = [LEERLING | {"sleutel": f"r{n}"} for n in range(1, 4)]
    meldingen = [
        met(leerling="r2"),
        met(leerling="r3"),
        met(leerling="r3"),
        met(leerling="r2", bsn="123456782"),
    ]
    verwacht = batch(meldingen, leerlingen, peildatum=date(2026, 3, 12))[:2]
    monkeypatch.setattr(feiten, "REGISTRATIE_IN_GEHEUGEN", 1)
    mappen = tijdelijke_mappen(monkeypatch)
    assert batch(meldingen, leerlingen, peildatum=date(2026, 3, 12))[:2] == verwacht
    with Registratie(leerlingen) as registratie:
        assert len(registratie) == 3
        assert registratie(Melding.lees(met(leerling="r9"))) is None
        assert registratie(Melding.lees(zonder("sleutel"))) is None
    with pytest.raises(Invoerfout):
        Registratie([*leerlingen, LEERLING | {"geboortedatum": "1 mei"}])
    assert len(mappen) >= 3
    assert all(not Path(m).exists() for m in mappen[-2:])


def test_ontbrekend_als_stroom_telt_wat_het_geeft() -> None:
    """Issue 11: the command line writes the pupils' reports as they come (not one tuple of them all);
    each is counted in the summary as it is yielded, the same reports as ontbrekend()."""
    r2 = LEERLING | {"sleutel": "r2"}
    _, _, validator = batch([], [LEERLING, r2], peildatum=date(2026, 3, 12))
    zo = Validator(
        extra_controles=CONTROLES_FEITEN, feiten=Registratie([LEERLING, r2]), peildatum=date(2026, 3, 12)
    )
    stroom = zo.ontbrekend_stroom()
    eerste = next(stroom)
    assert zo.samenvatting().leerlingen_met_fout + zo.samenvatting().leerlingen_met_waarschuwing == 1
    assert [eerste, *stroom] == list(validator.ontbrekend())
    assert list(Validator().ontbrekend_stroom()) == []
