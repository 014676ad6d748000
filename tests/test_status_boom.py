"""The status decision as a tree of the engine (:mod:`verzuimregels.status.boom`).

Every leaf is reached by generated questions; every verdict's ``pad`` replays through the tree, step
by step with the tree's wording and citations, to the leaf whose status and reason the verdict
carries; and what art. 3, 4a and 4b imply holds on every branch.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from hypothesis import find, given, settings
from hypothesis import strategies as st

from tests.strategieen import statusvragen
from verzuimregels import Beleid, Invoerfout, Regio, Schoolkalender, Verjaardag29Februari
from verzuimregels.bronnen import wetsversie_op
from verzuimregels.engine.tree import knopen, paden
from verzuimregels.regels.kwalificatieplicht import ACHTTIEN_JAAR, DRIEENTWINTIG_JAAR
from verzuimregels.status import Status, Statusoordeel, Statusreden, bepaal_status, boom
from verzuimregels.status.boom import Statusuitkomst, Vraag
from verzuimregels.teksten import Taal

NOORD = Schoolkalender(regio=Regio.NOORD)
BLADEREN = [k for k in knopen(boom.BOOM) if isinstance(k, Statusuitkomst)]
OPTIES = st.tuples(
    st.sampled_from([None, NOORD]), st.sampled_from(list(Verjaardag29Februari)), st.sampled_from(list(Taal))
)


def _oordeel(
    vraag: dict[str, Any],
    kalender: Schoolkalender | None = None,
    regel: Verjaardag29Februari = Verjaardag29Februari.EEN_MAART,
    taal: Taal = Taal.NL,
) -> Statusoordeel | None:
    try:
        return bepaal_status(vraag, kalender=kalender, beleid=Beleid(verjaardag_29_februari=regel), taal=taal)
    except Invoerfout:  # born after the peildatum
        return None


def _peildatum(vraag: dict[str, Any]) -> date:
    return date.fromisoformat(vraag["peildatum"])


def _blad(oordeel: Statusoordeel, peildatum: date, taal: Taal = Taal.NL) -> Statusuitkomst:
    """Replay the verdict's pad through the tree: each step is the tree's question, in its words and
    with its citations (in the law version of ``peildatum``); the leaf reached, with nothing left."""
    versie = wetsversie_op(peildatum)
    knoop: Vraag | Statusuitkomst = boom.BOOM
    stappen = iter(oordeel.pad)
    while isinstance(knoop, Vraag):
        stap = next(stappen)
        assert stap.vraag == knoop.vraag
        assert stap.tekst == (knoop.tekst_nl if taal is Taal.NL else knoop.tekst_en)
        assert stap.grondslag == tuple(c.bron(versie) for c in knoop.grondslag)
        knoop = knoop.ja if stap.antwoord else knoop.nee
    assert next(stappen, None) is None, "steps left after the leaf"
    return knoop


def test_boom_heeft_zeven_uitkomsten() -> None:
    """L1, L2, K1, K2, K3, R1: seven paths, one per Statusreden."""
    assert len(list(paden(boom.BOOM))) == len(BLADEREN) == len(Statusreden) == 7
    assert {b.reden for b in BLADEREN} == set(Statusreden)


@pytest.mark.parametrize("blad", BLADEREN, ids=lambda b: b.knoop)
def test_elke_uitkomst_van_art_3_4a_4b_wordt_bereikt(blad: Statusuitkomst) -> None:
    """The strategy reaches every leaf, so the property tests below cover every branch."""
    vraag = find(
        statusvragen(),
        lambda v: (o := _oordeel(v)) is not None and _blad(o, _peildatum(v)) is blad,
        settings=settings(max_examples=5000, derandomize=True, database=None),
    )
    oordeel = _oordeel(vraag)
    assert oordeel is not None
    assert (oordeel.status, oordeel.reden) == (blad.status, blad.reden)


@given(statusvragen(), OPTIES)
def test_pad_volgt_de_boom_tot_de_uitkomst(vraag: dict[str, Any], opties: tuple[Any, Any, Taal]) -> None:
    kalender, regel, taal = opties
    oordeel = _oordeel(vraag, kalender, regel, taal)
    if oordeel is None:
        return
    blad = _blad(oordeel, _peildatum(vraag), taal)
    assert (oordeel.status, oordeel.reden) == (blad.status, blad.reden)
    codes = [k.code for k in oordeel.beleidskeuzes]
    assert ("rmc_leeftijd" in codes) == (oordeel.pad[-1].vraag == "R1")


@given(statusvragen(), OPTIES)
def test_art_3_4a_4b_de_status_volgt_de_perioden_en_de_leeftijd(
    vraag: dict[str, Any], opties: tuple[Any, Any, Taal]
) -> None:
    kalender, regel, taal = opties
    oordeel = _oordeel(vraag, kalender, regel, taal)
    if oordeel is None:
        return
    dag = _peildatum(vraag)
    lp = oordeel.leerplicht
    assert (oordeel.status is Status.LEERPLICHTIG) == (lp.begin <= dag <= lp.einde)
    if oordeel.status is Status.KWALIFICATIEPLICHTIG:
        assert oordeel.kwalificatieplicht is not None
        assert oordeel.kwalificatieplicht.begin <= dag <= oordeel.kwalificatieplicht.einde
        assert oordeel.leeftijd < ACHTTIEN_JAAR  # art. 4b: until 18
    if oordeel.status is Status.RMC:
        assert ACHTTIEN_JAAR <= oordeel.leeftijd < DRIEENTWINTIG_JAAR
    if oordeel.reden is Statusreden.OUDER_DAN_RMC:
        assert oordeel.leeftijd >= DRIEENTWINTIG_JAAR
