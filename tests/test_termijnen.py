"""The Algemene termijnenwet on the Lpw's terms in days (issue 13, point 3; termijnen.md).

Atw art. 1 lid 1: a term ending on a Saturday, Sunday or algemeen erkende feestdag runs on to the next
day that is none of those; lid 2: not for a term counted backwards; art. 2: a term of three days or
more holds at least two such days.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from verzuimregels.regels.termijnen import begin_terugrekening, einde_termijn
from verzuimregels.registratie import Signaalsoort, analyseer
from verzuimregels.verlof import Verlofbeslissing, beoordeel_verlof

VO = {"onderwijssoort": "vo", "regio": "midden", "uren_per_lesdag": 6}
GEWICHTIG = {"soort": "gewichtige_omstandigheden"}


def _soorten(records: list[dict[str, Any]], peil: date = date(2026, 4, 24)) -> list[Signaalsoort]:
    ll = {"geboortedatum": "2012-05-05", "school": VO, "records": records}
    return [s.soort for s in analyseer(ll, peil).signalen]


def _ziek(dagen: list[str], gemeld_op: str) -> list[dict[str, Any]]:
    return [{"datum": d, "reden": "ziek", "gemeld_op": gemeld_op} for d in dagen]


def test_atw_ziek_vanaf_donderdag_melding_maandag_geen_signaal() -> None:
    # ill from Thursday 5 March 2026: the two days of art. 12 end on Saturday 7 March, so the term
    # runs on to Monday 9 March (Atw art. 1 lid 1): a notice on Monday is in time.
    assert einde_termijn(date(2026, 3, 5), 2) == date(2026, 3, 9)
    assert _soorten(_ziek(["2026-03-05", "2026-03-06", "2026-03-09"], "2026-03-09")) == []
    # one day later, Tuesday 10 March, is late
    assert _soorten(_ziek(["2026-03-05", "2026-03-06", "2026-03-09"], "2026-03-10")) == [
        Signaalsoort.ZIEKMELDING_TE_LAAT
    ]


def test_atw_ziek_vanaf_dinsdag_melding_vrijdag_signaal() -> None:
    # ill from Tuesday 3 March 2026: the two days end on Thursday 5 March; Friday is late.
    assert einde_termijn(date(2026, 3, 3), 2) == date(2026, 3, 5)
    assert _soorten(_ziek(["2026-03-03", "2026-03-04", "2026-03-05"], "2026-03-06")) == [
        Signaalsoort.ZIEKMELDING_TE_LAAT
    ]
    assert _soorten(_ziek(["2026-03-03", "2026-03-04", "2026-03-05"], "2026-03-05")) == []


def test_atw_feestdagen_verlengen_de_termijn() -> None:
    # ill from Thursday 2 April 2026: Saturday 4 April ends the two days; Sunday, then Easter Monday
    # 6 April (algemeen erkende feestdag, Atw art. 3 lid 1): the term runs until Tuesday 7 April.
    assert einde_termijn(date(2026, 4, 2), 2) == date(2026, 4, 7)
    assert _soorten(_ziek(["2026-04-02"], "2026-04-07")) == []
    assert _soorten(_ziek(["2026-04-02"], "2026-04-08")) == [Signaalsoort.ZIEKMELDING_TE_LAAT]
    # 5 May counts as a feestdag for the Atw every year (art. 3 lid 1), not only every fifth year
    assert einde_termijn(date(2028, 5, 3), 2) == date(2028, 5, 8)  # Friday 5 May 2028, then the weekend


def test_atw_artikel_2_termijn_van_drie_dagen_bevat_twee_werkdagen() -> None:
    # a three-day term from Friday 6 March 2026 ends on Monday 9 March, which holds one werkdag only:
    # it is extended to Tuesday 10 March (Atw art. 2)
    assert einde_termijn(date(2026, 3, 6), 3) == date(2026, 3, 10)
    # from Thursday 2 April 2026: Good Friday (art. 3 lid 2), Saturday, Sunday, Easter Monday:
    # the two werkdagen are Tuesday 7 and Wednesday 8 April
    assert einde_termijn(date(2026, 4, 2), 3) == date(2026, 4, 8)
    # a term that already holds two werkdagen is not extended
    assert einde_termijn(date(2026, 3, 2), 3) == date(2026, 3, 5)


def test_atw_art_13_terugrekening_wordt_niet_verlengd() -> None:
    # religious holiday on Monday 9 March 2026: "uiterlijk twee dagen vóór" is Saturday 7 March;
    # counted backwards, the term is not extended (Atw art. 1 lid 2)
    assert begin_terugrekening(date(2026, 3, 9), 2) == date(2026, 3, 7)
    zaterdag = [{"datum": "2026-03-09", "reden": "religieus", "gemeld_op": "2026-03-07"}]
    zondag = [{"datum": "2026-03-09", "reden": "religieus", "gemeld_op": "2026-03-08"}]
    assert _soorten(zaterdag) == []
    assert _soorten(zondag) == [Signaalsoort.RELIGIEUS_TE_LAAT_GEMELD]


def test_atw_art_14_lid_2_redenen_op_maandag_na_verhindering_op_donderdag() -> None:
    # the impediment arose on Thursday 5 March 2026; the reasons told on Monday 9 March are in time
    # (art. 14 lid 2 with Atw art. 1 lid 1), so the head may still grant the verlof
    aanvraag = GEWICHTIG | {
        "eerste_dag": "2026-03-05",
        "laatste_dag": "2026-03-06",
        "aangevraagd_op": "2026-03-09",
    }
    o = beoordeel_verlof(aanvraag)
    assert o.uiterste_dag_redenen == date(2026, 3, 9)
    assert o.beslissing is Verlofbeslissing.HOOFD
    assert [(s.vraag, s.antwoord) for s in o.pad][:2] == [("G1", False), ("G2", True)]
    te_laat = beoordeel_verlof(aanvraag | {"aangevraagd_op": "2026-03-10"})
    assert te_laat.beslissing is Verlofbeslissing.NIET_MOGELIJK
