"""The verlof decision as trees of the engine (:mod:`verzuimregels.verlof.boom`).

Every leaf of both trees is reached by generated requests; every verdict's ``pad`` replays through its
tree, step by step with the tree's wording and citations, to the leaf whose decision the verdict
carries; and what art. 13a lid 2, 14 lid 3 and 27 imply holds on every branch.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from hypothesis import find, given, settings
from hypothesis import strategies as st

from tests.strategieen import verlofaanvragen
from verzuimregels import Invoerfout, Regio, Schoolkalender
from verzuimregels.bronnen import ART_27_A, wetsversie_op
from verzuimregels.engine.tree import knopen, paden
from verzuimregels.regels.verlof import TIEN_DAGEN
from verzuimregels.teksten import Taal
from verzuimregels.verlof import Verlofbeslissing, Verlofoordeel, Verlofsoort, beoordeel_verlof, boom
from verzuimregels.verlof.boom import Toekenning, Verlofuitkomst, Vraag

NOORD = Schoolkalender(regio=Regio.NOORD)
BOMEN = {
    Verlofsoort.VAKANTIE: boom.VAKANTIEVERLOF,
    Verlofsoort.GEWICHTIGE_OMSTANDIGHEDEN: boom.GEWICHTIGE_OMSTANDIGHEDEN,
}
BLADEREN = list(dict.fromkeys(k for b in BOMEN.values() for k in knopen(b) if isinstance(k, Verlofuitkomst)))
KALENDERS = st.sampled_from([None, NOORD])


def _oordeel(
    aanvraag: dict[str, Any], kalender: Schoolkalender | None = NOORD, taal: Taal = Taal.NL
) -> Verlofoordeel | None:
    try:
        return beoordeel_verlof(aanvraag, kalender=kalender, taal=taal)
    except Invoerfout:  # no lesdag in the request, or days in two school years
        return None


def _versie(aanvraag: dict[str, Any]) -> date:
    return wetsversie_op(date.fromisoformat(aanvraag["eerste_dag"]))


def _blad(oordeel: Verlofoordeel, versie: date, taal: Taal = Taal.NL) -> Verlofuitkomst:
    """Replay the verdict's pad through its tree: each step is the tree's question, in its words and
    with its citations (in the law version ``versie``); the leaf reached."""
    knoop: Vraag | Verlofuitkomst = BOMEN[oordeel.soort]
    stappen = iter(oordeel.pad)
    while isinstance(knoop, Vraag):
        if knoop.in_pad:
            stap = next(stappen)
            assert stap.vraag == knoop.vraag
            assert stap.tekst == (knoop.tekst_nl if taal is Taal.NL else knoop.tekst_en)
            assert stap.grondslag == tuple(c.bron(versie) for c in knoop.grondslag)
            antwoord = stap.antwoord
        else:  # V5_rest: whether a day outside the first two lesweken remains
            antwoord = bool(oordeel.toe_te_kennen)
        knoop = knoop.ja if antwoord else knoop.nee
    assert next(stappen, None) is None, "steps left after the leaf"
    return knoop


def test_bomen_hebben_elk_pad_van_de_wet() -> None:
    """Art. 13a: V1..V5 give seven paths (two leaves after V4 ja, V5 nee, told apart without a step);
    art. 14: G1..G3 give five."""
    assert len(list(paden(boom.VAKANTIEVERLOF))) == 8
    assert len(list(paden(boom.GEWICHTIGE_OMSTANDIGHEDEN))) == 5
    assert len({b.knoop for b in BLADEREN}) == len(BLADEREN) == 11


@pytest.mark.parametrize("blad", BLADEREN, ids=lambda b: b.knoop)
def test_elk_blad_van_art_13a_en_14_wordt_bereikt(blad: Verlofuitkomst) -> None:
    """The strategy reaches every leaf, so the property tests below cover every branch."""
    aanvraag = find(
        verlofaanvragen(),
        lambda a: (o := _oordeel(a)) is not None and _blad(o, _versie(a)) is blad,
        settings=settings(max_examples=5000, derandomize=True, database=None),
    )
    oordeel = _oordeel(aanvraag)
    assert oordeel is not None
    assert oordeel.beslissing is blad.beslissing


@given(verlofaanvragen(), KALENDERS, st.sampled_from(list(Taal)))
def test_pad_volgt_de_boom_tot_het_blad_van_de_beslissing(
    aanvraag: dict[str, Any], kalender: Schoolkalender | None, taal: Taal
) -> None:
    oordeel = _oordeel(aanvraag, kalender, taal)
    if oordeel is None:
        return
    blad = _blad(oordeel, _versie(aanvraag), taal)
    assert oordeel.beslissing is blad.beslissing
    versie = _versie(aanvraag)
    assert oordeel.grondslag[: len(blad.grondslag)] == tuple(c.bron(versie) for c in blad.grondslag)
    assert (oordeel.uiterste_dag_redenen is not None) == any(s.vraag == "G2" for s in oordeel.pad)


@given(verlofaanvragen(), KALENDERS)
def test_art_13a_lid_2_tien_dagen_eenmaal_en_nooit_in_de_eerste_twee_lesweken(
    aanvraag: dict[str, Any], kalender: Schoolkalender | None
) -> None:
    oordeel = _oordeel(aanvraag, kalender)
    if oordeel is None or oordeel.soort is not Verlofsoort.VAKANTIE:
        return
    toe = set(oordeel.toe_te_kennen)
    assert len(toe) <= oordeel.grens
    assert not toe & set(oordeel.in_eerste_twee_lesweken)
    if oordeel.dagen_eerder_verleend and any(s.vraag == "V3" for s in oordeel.pad):
        assert not toe  # "slechts eenmaal per schooljaar"
    if _blad(oordeel, _versie(aanvraag)).toekenning is Toekenning.BUITEN_EERSTE_TWEE_LESWEKEN:
        gedeeld = sorted((*oordeel.toe_te_kennen, *oordeel.boven_grens, *oordeel.in_eerste_twee_lesweken))
        assert gedeeld == list(oordeel.verlofdagen)
    beslissing = oordeel.beslissing
    assert (beslissing is Verlofbeslissing.HOOFD) == (oordeel.toe_te_kennen == oordeel.verlofdagen)
    assert (beslissing is Verlofbeslissing.HOOFD_DEELS) == (0 < len(toe) < len(oordeel.verlofdagen))


@given(verlofaanvragen(), KALENDERS)
def test_art_14_lid_3_het_hoofd_tot_de_grens_daarboven_de_leerplichtambtenaar(
    aanvraag: dict[str, Any], kalender: Schoolkalender | None
) -> None:
    oordeel = _oordeel(aanvraag, kalender)
    if oordeel is None or oordeel.soort is not Verlofsoort.GEWICHTIGE_OMSTANDIGHEDEN:
        return
    totaal = oordeel.dagen_eerder_verleend + len(oordeel.verlofdagen)
    if oordeel.beslissing is Verlofbeslissing.HOOFD:
        assert totaal <= oordeel.grens
        assert oordeel.toe_te_kennen == oordeel.verlofdagen
    elif oordeel.beslissing is Verlofbeslissing.LEERPLICHTAMBTENAAR:
        assert totaal > oordeel.grens
        assert oordeel.boete_art_27 == (totaal > TIEN_DAGEN)  # art. 27 onder a: lid 3 eerste volzin
    else:
        assert [s.vraag for s in oordeel.pad] == ["G1", "G2"]  # art. 14 lid 2: the reasons too late
    codes = {k.code for k in oordeel.beleidskeuzes}
    assert ("pro_rata_ambtenaar" in codes) == (oordeel.grens < TIEN_DAGEN and oordeel.pad[-1].vraag == "G3")


@given(verlofaanvragen(), KALENDERS)
def test_art_27_onder_a_een_boete_noemt_het_artikel(
    aanvraag: dict[str, Any], kalender: Schoolkalender | None
) -> None:
    oordeel = _oordeel(aanvraag, kalender)
    if oordeel is None:
        return
    versie = _versie(aanvraag)
    assert oordeel.boete_art_27 == (ART_27_A.bron(versie) in oordeel.grondslag)
    assert oordeel.boete_art_27 == ("art. 27" in oordeel.toelichting)
