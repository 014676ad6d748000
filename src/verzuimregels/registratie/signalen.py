"""Signals: things a person must judge. A signal is never turned into a melding by the library.

* Mogelijk luxe verzuim: a ziekmelding or an unexcused day on the lesdag directly before or after a
  school holiday. DUO: a doubted ziekmelding is overig verzuim after consulting the
  leerplichtambtenaar; some gemeenten want it as luxe (wet.md §3). The library only signals it.
* Art. 12 (https://wetten.overheid.nl/BWBR0002628/2026-08-01#Artikel12): "Een beroep op vrijstelling
  wegens ziekte van de jongere kan slechts worden gedaan, indien daarvan binnen twee dagen na het
  ontstaan van de verhindering aan het hoofd kennis is gegeven [...]". Illness notified later is
  signalled: by the letter of art. 12 it is then not excused, but the school judges that. The two days
  run from the first sick day and, ending on a Saturday, Sunday or feestdag, run on to the next
  werkdag (Algemene termijnenwet art. 1 lid 1, :func:`~verzuimregels.regels.termijnen.einde_termijn`):
  ill from Thursday, notice on Monday is in time.
* Art. 13 (https://wetten.overheid.nl/BWBR0002628/2026-08-01#Artikel13): religious obligations
  notified "uiterlijk twee dagen vóór de verhindering"; counted backwards, so never extended (Atw
  art. 1 lid 2, :func:`~verzuimregels.regels.termijnen.begin_terugrekening`).
* Art. 13a lid 2 (https://wetten.overheid.nl/BWBR0002628/2026-08-01#Artikel13a): vakantieverlof "kan
  door het hoofd slechts eenmaal voor ten hoogste tien dagen per schooljaar worden verleend en kan geen
  betrekking hebben op de eerste twee lesweken van het schooljaar"; art. 14 lid 3
  (https://wetten.overheid.nl/BWBR0002628/2026-08-01#Artikel14): "Indien het verlof [...] wordt
  gevraagd voor meer dan tien dagen per schooljaar, besluit de ambtenaar van de woongemeente". Art. 11a
  (https://wetten.overheid.nl/BWBR0002628/2026-08-01#Artikel11a): under six, "ten hoogste 5 uren per
  week" (lid 1) plus up to 5 more with the head's consent (lid 2). :func:`verlofsignalen` is a
  deliberately simple count; a full verlof module can replace it.
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from ..beleid import Verjaardag29Februari
from ..bronnen import DUO_SOORTEN_VERZUIM, Artikel, Bron, Citaat
from ..regels.leeftijd import leeftijd_op
from ..regels.termijnen import TWEE_DAGEN, begin_terugrekening, einde_termijn
from .modellen import Leerling, Reden, eenheden
from .tellen import Jaarkalender

_DAG = timedelta(days=1)
TIEN_DAGEN = 10
TWEE_LESWEKEN = 2
ELF_A_MAX_UREN_PER_WEEK = 10
ZES_JAAR = 6


_RAND_REDENEN = frozenset({Reden.ZIEK, Reden.ONGEOORLOOFD})


class Signaalsoort(StrEnum):
    """What a signal is about."""

    MOGELIJK_LUXE_VERZUIM = "mogelijk_luxe_verzuim"
    ZIEKMELDING_TE_LAAT = "ziekmelding_te_laat"
    RELIGIEUS_TE_LAAT_GEMELD = "religieus_te_laat_gemeld"
    VERLOF_13A_TE_LANG = "verlof_13a_te_lang"
    VERLOF_13A_MEER_DAN_EENMAAL = "verlof_13a_meer_dan_eenmaal"
    VERLOF_13A_EERSTE_TWEE_LESWEKEN = "verlof_13a_eerste_twee_lesweken"
    VERLOF_14_MEER_DAN_TIEN_DAGEN = "verlof_14_meer_dan_tien_dagen"
    VRIJSTELLING_11A_BUITEN_GRENZEN = "vrijstelling_11a_buiten_grenzen"


_TEKSTEN: dict[Signaalsoort, tuple[str, Citaat]] = {
    Signaalsoort.MOGELIJK_LUXE_VERZUIM: (
        "Afwezig op de lesdag direct voor of na een schoolvakantie: beoordeel of dit luxe verzuim is.",
        DUO_SOORTEN_VERZUIM,
    ),
    Signaalsoort.ZIEKMELDING_TE_LAAT: (
        "De ziekte is later dan twee dagen na het ontstaan gemeld; volgens art. 12 kan dan geen beroep "
        "op vrijstelling wegens ziekte worden gedaan. Beoordeel dit.",
        Artikel("12"),
    ),
    Signaalsoort.RELIGIEUS_TE_LAAT_GEMELD: (
        "Verhindering door godsdienstplichten niet uiterlijk twee dagen tevoren gemeld (art. 13).",
        Artikel("13"),
    ),
    Signaalsoort.VERLOF_13A_TE_LANG: (
        "Meer dan tien dagen vakantieverlof in dit schooljaar (art. 13a lid 2).",
        Artikel("13a", lid=2),
    ),
    Signaalsoort.VERLOF_13A_MEER_DAN_EENMAAL: (
        "Vakantieverlof mag slechts eenmaal per schooljaar worden verleend (art. 13a lid 2).",
        Artikel("13a", lid=2),
    ),
    Signaalsoort.VERLOF_13A_EERSTE_TWEE_LESWEKEN: (
        "Vakantieverlof valt in de eerste twee lesweken van het schooljaar (art. 13a lid 2).",
        Artikel("13a", lid=2),
    ),
    Signaalsoort.VERLOF_14_MEER_DAN_TIEN_DAGEN: (
        "Meer dan tien dagen verlof wegens gewichtige omstandigheden: daarover beslist de "
        "leerplichtambtenaar (art. 14 lid 3).",
        Artikel("14", lid=3),
    ),
    Signaalsoort.VRIJSTELLING_11A_BUITEN_GRENZEN: (
        "Vrijstelling art. 11a geldt alleen onder zes jaar en voor ten hoogste tien uur per week.",
        Artikel("11a"),
    ),
}


class Signaal(BaseModel):
    """Something a person must judge; never a melding by itself."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    soort: Signaalsoort
    van: date
    tot: date
    records: tuple[int, ...] = Field(description="Positions (from 1) of the records involved.")
    toelichting: str
    grondslag: Bron


def _signaal(soort: Signaalsoort, van: date, tot: date, records: list[int], versie: date) -> Signaal:
    tekst, bron = _TEKSTEN[soort]
    return Signaal(
        soort=soort, van=van, tot=tot, records=tuple(records), toelichting=tekst, grondslag=bron.bron(versie)
    )


def _blokken(dagen: list[tuple[date, int]], jk: Jaarkalender) -> list[list[tuple[date, int]]]:
    """Group (day, record) pairs into runs of consecutive lesdagen."""
    blokken: list[list[tuple[date, int]]] = []
    for dag, pos in sorted(dagen):
        if blokken and jk.lesdag_index[dag] - jk.lesdag_index[blokken[-1][-1][0]] <= 1:
            blokken[-1].append((dag, pos))
        else:
            blokken.append([(dag, pos)])
    return blokken


def signalen(
    leerling: Leerling,
    jk: Jaarkalender,
    peildatum: date,
    versie: date,
    bereik: tuple[date, date] | None = None,
) -> list[Signaal]:
    """Every signal from the records on lesdagen up to ``peildatum`` (and inside ``bereik``, the days
    on which the pupil is leerplichtig, kwalificatieplichtig or in the RMC age group, when given)."""
    uit: list[Signaal] = []
    per_reden: dict[Reden, list[tuple[date, int]]] = {}
    van, tot = bereik or (date.min, date.max)
    for pos, r in enumerate(leerling.records, start=1):
        if r.datum <= peildatum and r.datum in jk.lesdag_index and van <= r.datum <= tot:
            per_reden.setdefault(r.reden, []).append((r.datum, pos))
            if r.reden in _RAND_REDENEN and r.datum in jk.vakantierand:
                uit.append(_signaal(Signaalsoort.MOGELIJK_LUXE_VERZUIM, r.datum, r.datum, [pos], versie))
            if (
                r.reden is Reden.RELIGIEUS
                and r.gemeld_op is not None
                and r.gemeld_op > begin_terugrekening(r.datum, TWEE_DAGEN)
            ):
                uit.append(_signaal(Signaalsoort.RELIGIEUS_TE_LAAT_GEMELD, r.datum, r.datum, [pos], versie))
    for blok in _blokken(per_reden.get(Reden.ZIEK, []), jk):
        begin = blok[0][0]
        gemeld = [leerling.records[p - 1].gemeld_op for _, p in blok]
        eerste = min((g for g in gemeld if g is not None), default=None)
        if eerste is not None and eerste > einde_termijn(begin, TWEE_DAGEN):
            uit.append(
                _signaal(Signaalsoort.ZIEKMELDING_TE_LAAT, begin, blok[-1][0], [p for _, p in blok], versie)
            )
    uit.extend(verlofsignalen(leerling, per_reden, jk, versie))
    return uit


def verlofsignalen(
    leerling: Leerling, per_reden: dict[Reden, list[tuple[date, int]]], jk: Jaarkalender, versie: date
) -> list[Signaal]:
    """Verlof beyond art. 13a / 14, and art. 11a beyond its limits: a simple count per school year."""
    uit: list[Signaal] = []
    v13a = sorted(per_reden.get(Reden.VERLOF_13A, []))
    if v13a:
        posities = [p for _, p in v13a]
        van, tot = v13a[0][0], v13a[-1][0]
        if len({d for d, _ in v13a}) > TIEN_DAGEN:
            uit.append(_signaal(Signaalsoort.VERLOF_13A_TE_LANG, van, tot, posities, versie))
        if len(_blokken(v13a, jk)) > 1:
            uit.append(_signaal(Signaalsoort.VERLOF_13A_MEER_DAN_EENMAAL, van, tot, posities, versie))
        grens = jk.lesweken[TWEE_LESWEKEN] if len(jk.lesweken) > TWEE_LESWEKEN else jk.einde
        vroeg = [p for d, p in v13a if d < grens]
        if vroeg:
            uit.append(_signaal(Signaalsoort.VERLOF_13A_EERSTE_TWEE_LESWEKEN, van, tot, vroeg, versie))
    v14 = sorted(per_reden.get(Reden.VERLOF_14, []))
    if len({d for d, _ in v14}) > TIEN_DAGEN:
        uit.append(
            _signaal(
                Signaalsoort.VERLOF_14_MEER_DAN_TIEN_DAGEN, v14[0][0], v14[-1][0], [p for _, p in v14], versie
            )
        )
    per_week: dict[date, list[tuple[date, int]]] = {}
    for dag, pos in per_reden.get(Reden.VRIJSTELLING_11A, []):
        per_week.setdefault(dag - timedelta(days=dag.weekday()), []).append((dag, pos))
    for week, items in sorted(per_week.items()):
        uren = (
            sum(eenheden(leerling.records[p - 1], leerling.school) for _, p in items) * leerling.school.factor
        )
        te_oud = any(
            leeftijd_op(leerling.geboortedatum, d, Verjaardag29Februari.EEN_MAART) >= ZES_JAAR
            for d, _ in items
        )
        if te_oud or uren > ELF_A_MAX_UREN_PER_WEEK:
            uit.append(
                _signaal(
                    Signaalsoort.VRIJSTELLING_11A_BUITEN_GRENZEN,
                    week,
                    week + timedelta(days=6),
                    [p for _, p in items],
                    versie,
                )
            )
    return uit
