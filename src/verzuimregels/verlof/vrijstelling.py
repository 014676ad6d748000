"""Vrijstellingen and granted verlof as facts, and the hook the record analysis calls:
:func:`is_verontschuldigd` says whether a day's absence is excused by one of them.

Effect (Lpw art. 5, 5a, 11a, 15; art. 11 onder f/g with 13a/14): absence on a day covered by a valid
vrijstelling or by granted verlof is not verzuim. Days beyond a granted verlof are
(docs/registratie.md), which follows here because those days are not covered.

Validity of a vrijstelling on a day (:func:`toets_vrijstelling`):

* art. 5 (a, b, c) and art. 5a: a notice to B&W (art. 6 lid 1) given on or before the day, renewed
  "elk jaar opnieuw voor 1 juli" for every later school year (art. 6 lid 2 onder b), unless the
  art. 7 statement says the pupil will never be fit (art. 6 lid 3);
* art. 5 onder a: that notice carries a statement "niet ouder [...] dan drie maanden" (art. 7);
* art. 11a lid 1: "Van een beroep op deze vrijstelling wordt mededeling gedaan aan het hoofd": a
  notice to the head on or before the day. Lid 2 is the head's own grant: the fact suffices. The cap
  of 5 hours a week per lid is the caller's to apply (this module judges days, not hours);
* art. 15: granted by B&W; the fact suffices.

Not checked: art. 6 lid 2 onder a (a notice at least a month before leerplicht begins), and the age
limit of art. 11a ("nog niet de leeftijd van zes jaar"): give the period accordingly.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from enum import StrEnum
from typing import Any, TypeVar

from pydantic import ConfigDict

from ..beleid import Verlofdagen
from ..bronnen import (
    ART_5_A,
    ART_5_B,
    ART_5_C,
    ART_5A,
    ART_11A_LID_1,
    ART_11A_LID_2,
    ART_13A_LID_1,
    ART_14_LID_1,
    ART_15_LID_1,
    Artikel,
)
from ..fouten import Invoerfout, Model, bewaakt, lees_model
from ..kalender import Schoolkalender, schooljaar_van
from ..regels.verlof import TIEN_DAGEN, eerste_twee_lesweken, verlofdagen
from ..regels.vrijstelling import kennisgeving_dekt, verklaring_geldig
from .modellen import Verlener, Verlof, Verlofsoort, Vrijstelling, Vrijstellingsgrond


class Verontschuldiging(StrEnum):
    """Why a day's absence is excused (the value of :func:`is_verontschuldigd`)."""

    VERLOF_13A = "verlof_13a"
    VERLOF_14 = "verlof_14"
    VRIJSTELLING_5_A = "vrijstelling_5_a"
    VRIJSTELLING_5_B = "vrijstelling_5_b"
    VRIJSTELLING_5_C = "vrijstelling_5_c"
    VRIJSTELLING_5A = "vrijstelling_5a"
    VRIJSTELLING_11A_LID_1 = "vrijstelling_11a_lid_1"
    VRIJSTELLING_11A_LID_2 = "vrijstelling_11a_lid_2"
    VRIJSTELLING_15 = "vrijstelling_15"


ARTIKEL: dict[Verontschuldiging, Artikel] = {
    Verontschuldiging.VERLOF_13A: ART_13A_LID_1,
    Verontschuldiging.VERLOF_14: ART_14_LID_1,
    Verontschuldiging.VRIJSTELLING_5_A: ART_5_A,
    Verontschuldiging.VRIJSTELLING_5_B: ART_5_B,
    Verontschuldiging.VRIJSTELLING_5_C: ART_5_C,
    Verontschuldiging.VRIJSTELLING_5A: ART_5A,
    Verontschuldiging.VRIJSTELLING_11A_LID_1: ART_11A_LID_1,
    Verontschuldiging.VRIJSTELLING_11A_LID_2: ART_11A_LID_2,
    Verontschuldiging.VRIJSTELLING_15: ART_15_LID_1,
}
"""The article that excuses the absence, per reason (``ARTIKEL[r].bron(versie)`` for a citation)."""

_VAN_GROND = {
    Vrijstellingsgrond.ART_5_A: Verontschuldiging.VRIJSTELLING_5_A,
    Vrijstellingsgrond.ART_5_B: Verontschuldiging.VRIJSTELLING_5_B,
    Vrijstellingsgrond.ART_5_C: Verontschuldiging.VRIJSTELLING_5_C,
    Vrijstellingsgrond.ART_5A: Verontschuldiging.VRIJSTELLING_5A,
    Vrijstellingsgrond.ART_11A_LID_1: Verontschuldiging.VRIJSTELLING_11A_LID_1,
    Vrijstellingsgrond.ART_11A_LID_2: Verontschuldiging.VRIJSTELLING_11A_LID_2,
    Vrijstellingsgrond.ART_15: Verontschuldiging.VRIJSTELLING_15,
}

_ART_6 = frozenset(
    {
        Vrijstellingsgrond.ART_5_A,
        Vrijstellingsgrond.ART_5_B,
        Vrijstellingsgrond.ART_5_C,
        Vrijstellingsgrond.ART_5A,
    }
)

HELE_DAGEN = _ART_6 | {Vrijstellingsgrond.ART_15}
"""Vrijstellingen that lift the duty for whole days (art. 5, 5a, 15); art. 11a allows hours a week."""


class Gebrek(StrEnum):
    """Why a vrijstelling does not excuse a day."""

    BUITEN_PERIODE = "buiten_periode"
    """The day lies outside the vrijstelling's period."""
    GEEN_KENNISGEVING = "geen_kennisgeving"
    """No notice on or before the day (art. 6 lid 1; art. 11a lid 1: mededeling aan het hoofd)."""
    NIET_VERNIEUWD = "niet_vernieuwd"
    """No renewal before 1 July for this school year (art. 6 lid 2 onder b)."""
    GEEN_GELDIGE_VERKLARING = "geen_geldige_verklaring"
    """Art. 5 onder a: no statement with the notice, or one older than three months (art. 7)."""


class Vrijstellingstoets(Model):
    """Whether a vrijstelling excuses a day, and if not, why."""

    model_config = ConfigDict(hide_input_in_errors=True, frozen=True, extra="forbid")

    geldig: bool
    gebreken: tuple[Gebrek, ...]


def _dag(dag: object) -> date:
    if not isinstance(dag, date):
        raise Invoerfout.enkel("dag", "datum_type", "dag expects a date")
    return dag


def _feiten(model: type[_F], waarden: Iterable[_F | Mapping[str, Any]], veld: str) -> list[_F]:
    """Each of ``waarden`` as ``model`` (a model passes as it is, a mapping is read as its JSON)."""
    if isinstance(waarden, str | bytes | Mapping) or not isinstance(waarden, Iterable):
        raise Invoerfout.enkel(veld, "geen_lijst", f"{veld} expects a list")
    return [
        w if isinstance(w, model) else lees_feit(model, w, f"{veld}.{i}") for i, w in enumerate(waarden, 1)
    ]


@bewaakt
def toets_vrijstelling(vrijstelling: Vrijstelling | Mapping[str, Any], dag: date) -> Vrijstellingstoets:
    """Check one vrijstelling on one day against its period and the notice rules (art. 6, 7, 11a).

    ``vrijstelling`` is a :class:`Vrijstelling` or its JSON; bad input raises
    :class:`~verzuimregels.fouten.Invoerfout` naming the field."""
    v = lees_feit(Vrijstelling, vrijstelling, "vrijstelling")
    dag = _dag(dag)
    if not v.bevat(dag):
        return Vrijstellingstoets(geldig=False, gebreken=(Gebrek.BUITEN_PERIODE,))
    if v.grond in (Vrijstellingsgrond.ART_11A_LID_2, Vrijstellingsgrond.ART_15):
        return Vrijstellingstoets(geldig=True, gebreken=())
    eerdere = [k for k in v.kennisgevingen if k.op <= dag]
    if not eerdere:
        return Vrijstellingstoets(geldig=False, gebreken=(Gebrek.GEEN_KENNISGEVING,))
    if v.grond is Vrijstellingsgrond.ART_11A_LID_1:
        return Vrijstellingstoets(geldig=True, gebreken=())
    assert v.grond in _ART_6
    eerste = min(k.op for k in v.kennisgevingen)
    dekkend = [k for k in eerdere if kennisgeving_dekt(k.op, eerste, v.begin, dag, v.nooit_geschikt)]
    if not dekkend:
        return Vrijstellingstoets(geldig=False, gebreken=(Gebrek.NIET_VERNIEUWD,))
    if v.grond is Vrijstellingsgrond.ART_5_A and not any(
        k.verklaring_op is not None and verklaring_geldig(k.verklaring_op, k.op) for k in dekkend
    ):
        return Vrijstellingstoets(geldig=False, gebreken=(Gebrek.GEEN_GELDIGE_VERKLARING,))
    return Vrijstellingstoets(geldig=True, gebreken=())


@bewaakt
def is_verontschuldigd(
    dag: date,
    verloven: Iterable[Verlof | Mapping[str, Any]],
    vrijstellingen: Iterable[Vrijstelling | Mapping[str, Any]],
) -> Verontschuldiging | None:
    """Why absence on ``dag`` is excused by granted verlof or a valid vrijstelling, or ``None``.

    ``verloven`` are verloven that were *granted* (by the head or the leerplichtambtenaar); a day
    after a verlof's last day is not covered, so absence then is verzuim. A vrijstelling must be valid
    on the day (:func:`toets_vrijstelling`). Verlof is checked first, then the vrijstellingen in the
    order given. For art. 11a the answer means the day falls under the vrijstelling; its 5 hours a
    week are the caller's to apply. Each fact is a model or its JSON; bad input raises
    :class:`~verzuimregels.fouten.Invoerfout` naming the field (``verloven.2.eerste_dag``).
    """
    dag = _dag(dag)
    for verlof in _feiten(Verlof, verloven, "verloven"):
        if verlof.bevat(dag):
            return (
                Verontschuldiging.VERLOF_13A
                if verlof.soort is Verlofsoort.VAKANTIE
                else Verontschuldiging.VERLOF_14
            )
    for vrijstelling in _feiten(Vrijstelling, vrijstellingen, "vrijstellingen"):
        if toets_vrijstelling(vrijstelling, dag).geldig:
            return _VAN_GROND[vrijstelling.grond]
    return None


_ALLE_WEEKDAGEN = frozenset(range(5))


@bewaakt
def gedekte_verlofdagen(
    verloven: Iterable[Verlof | Mapping[str, Any]],
    kalender: Schoolkalender,
    telling: Verlofdagen = Verlofdagen.LESDAGEN,
) -> dict[date, Verontschuldiging]:
    """The days on which granted verlof excuses absence: only what its grantor may lawfully grant.

    https://wetten.overheid.nl/BWBR0002628/2026-08-01#Artikel13a, lid 1 and 2:

        "1 Een beroep op vrijstelling wegens vakantie van de jongere, bedoeld in artikel 11, onder f,
        kan slechts worden gedaan indien het hoofd op aanvraag [...] verlof heeft verleend [...]"
        "2 Verlof als bedoeld in het eerste lid kan door het hoofd slechts eenmaal voor ten hoogste
        tien dagen per schooljaar worden verleend en kan geen betrekking hebben op de eerste twee
        lesweken van het schooljaar. [...]"

    https://wetten.overheid.nl/BWBR0002628/2026-08-01#Artikel14, lid 1 and 3:

        "1 Een beroep op vrijstelling wegens andere gewichtige omstandigheden bedoeld in artikel 11
        onder g kan slechts worden gedaan, indien het hoofd op aanvraag [...] verlof heeft verleend
        [...]"
        "3 Het hoofd kan ten aanzien van dezelfde jongere wegens de in het eerste lid bedoelde
        omstandigheden voor ten hoogste tien dagen per schooljaar verlof als bedoeld in dat lid
        verlenen. Indien het verlof ten aanzien van dezelfde jongere wordt gevraagd voor meer dan tien
        dagen per schooljaar, besluit de ambtenaar van de woongemeente van de jongere, het hoofd
        gehoord. [...]"

    A beroep op vrijstelling rests on verlof the grantor could grant; what lies beyond it is no
    vrijstelling, so absence on those days is verzuim (art. 11 onder f and g read with 13a and 14).
    Per school year, in the order of the verloven's first days:

    * vakantieverlof: only the first one counts ("slechts eenmaal"); of it, the days outside the first
      two lesweken, and of those the first ten; a second vakantieverlof excuses nothing;
    * verlof for gewichtige omstandigheden granted by the head: the first ten days of all of them
      together; a leerplichtambtenaar's decision covers every day it grants.

    Days are counted as :func:`~verzuimregels.regels.verlof.verlofdagen` counts them (``telling``:
    lesdagen of ``kalender`` by default). Not applied: the pro-rata limit for a kwalificatieplichtige
    with fewer compulsory days (art. 13a lid 2, 14 lid 3, derde volzin), which needs his programme.

    Each verlof is a :class:`Verlof` or its JSON; bad input raises
    :class:`~verzuimregels.fouten.Invoerfout` naming the field.
    """
    try:
        telling = Verlofdagen(telling)
    except ValueError:
        keuzes = ", ".join(v.value for v in Verlofdagen)
        raise Invoerfout.enkel("telling", "ongeldige_keuze", f"telling expects one of {keuzes}") from None
    gedekt: dict[date, Verontschuldiging] = {}
    vakantiejaren: set[int] = set()
    hoofd_14: dict[int, int] = {}
    for v in sorted(_feiten(Verlof, verloven, "verloven"), key=lambda v: (v.eerste_dag, v.laatste_dag)):
        dagen = verlofdagen(v.eerste_dag, v.laatste_dag, kalender, telling, _ALLE_WEEKDAGEN)
        if v.soort is Verlofsoort.VAKANTIE:
            per_jaar: dict[int, list[date]] = {}
            for d in dagen:
                per_jaar.setdefault(schooljaar_van(d), []).append(d)
            for jaar, jaardagen in per_jaar.items():
                if jaar in vakantiejaren:
                    continue  # "slechts eenmaal [...] per schooljaar"
                vakantiejaren.add(jaar)
                verboden = eerste_twee_lesweken(kalender, jaar)
                toegestaan = [d for d in jaardagen if d not in verboden][:TIEN_DAGEN]
                gedekt.update(dict.fromkeys(toegestaan, Verontschuldiging.VERLOF_13A))
        elif v.verleend_door is Verlener.LEERPLICHTAMBTENAAR:
            gedekt.update(dict.fromkeys(dagen, Verontschuldiging.VERLOF_14))
        else:
            for d in dagen:
                jaar = schooljaar_van(d)
                if hoofd_14.get(jaar, 0) < TIEN_DAGEN:
                    hoofd_14[jaar] = hoofd_14.get(jaar, 0) + 1
                    gedekt.setdefault(d, Verontschuldiging.VERLOF_14)
    return gedekt


_F = TypeVar("_F", Verlof, Vrijstelling)


def lees_feit(model: type[_F], waarde: _F | Mapping[str, Any], veld: str = "") -> _F:
    """A :class:`Verlof` or :class:`Vrijstelling` from itself or a mapping.

    Bad input raises :class:`~verzuimregels.fouten.Invoerfout` naming the field (prefixed with
    ``veld``, e.g. ``"vrijstellingen.2"``), without the input values.
    """
    return lees_model(model, waarde, veld)
