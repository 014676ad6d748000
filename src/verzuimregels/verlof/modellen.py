"""The JSON contract of verlof and vrijstellingen: a request (:class:`Verlofaanvraag`), its verdict
(:class:`Verlofoordeel`), a granted :class:`Verlof`, and a :class:`Vrijstelling` with its period."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Self

from pydantic import ConfigDict, Field, StrictBool, model_validator
from pydantic_core import PydanticCustomError

from ..beleid import Beleidskeuze
from ..bronnen import Bron
from ..engine.trace import Stap
from ..engine.values import Datum, Getal
from ..fouten import Model


class Verlofsoort(StrEnum):
    """The two kinds of verlof a head can grant."""

    VAKANTIE = "vakantie"
    """Art. 13a with art. 11 onder f: holiday because of a parent's occupation."""
    GEWICHTIGE_OMSTANDIGHEDEN = "gewichtige_omstandigheden"
    """Art. 14 with art. 11 onder g: other gewichtige omstandigheden."""


class Weekdag(StrEnum):
    """A school weekday."""

    MAANDAG = "maandag"
    DINSDAG = "dinsdag"
    WOENSDAG = "woensdag"
    DONDERDAG = "donderdag"
    VRIJDAG = "vrijdag"

    @property
    def nummer(self) -> int:
        """0 for Monday, as ``date.weekday()``."""
        return list(Weekdag).index(self)


def _volgorde(eerste: date, laatste: date, veld: str, velden: list[str]) -> None:
    if laatste < eerste:
        raise PydanticCustomError(
            "datum_volgorde", "{veld} lies before the start of the period", {"veld": veld, "velden": velden}
        )


class Verlener(StrEnum):
    """Who granted a verlof: the power to grant it, and so how much of it can excuse absence."""

    HOOFD = "hoofd"
    """The head of the school: vakantieverlof once a school year, at most ten days, never in the first
    two lesweken (art. 13a lid 2); verlof for gewichtige omstandigheden up to ten days a school year
    (art. 14 lid 3, eerste volzin)."""
    LEERPLICHTAMBTENAAR = "leerplichtambtenaar"
    """"de ambtenaar van de woongemeente van de jongere", who decides on verlof for gewichtige
    omstandigheden of more than ten days a school year (art. 14 lid 3, tweede volzin). The Lpw gives
    him no power over vakantieverlof (art. 13a lid 1: "indien het hoofd [...] verlof heeft verleend")."""


class Verlof(Model):
    """A verlof granted earlier (by the head or the leerplichtambtenaar), both days included.

    Only what its grantor may lawfully grant excuses absence (art. 13a lid 1 and 14 lid 1 with art. 11
    onder f and g): see :func:`verzuimregels.verlof.gedekte_verlofdagen`.
    """

    model_config = ConfigDict(hide_input_in_errors=True, frozen=True, extra="forbid")

    soort: Verlofsoort
    eerste_dag: Datum
    laatste_dag: Datum
    verleend_door: Verlener = Field(
        default=Verlener.HOOFD,
        description=(
            "Who granted it: the head (default: the school registers the verlof) or, for verlof for "
            "gewichtige omstandigheden of more than ten days a school year, the leerplichtambtenaar "
            "(art. 14 lid 3)."
        ),
    )

    @model_validator(mode="after")
    def _periode(self) -> Self:
        _volgorde(self.eerste_dag, self.laatste_dag, "laatste_dag", ["laatste_dag", "eerste_dag"])
        if self.soort is Verlofsoort.VAKANTIE and self.verleend_door is not Verlener.HOOFD:
            raise PydanticCustomError(
                "vakantieverlof_alleen_hoofd",
                "vakantieverlof is granted by the head only (art. 13a lid 1)",
                {"velden": ["verleend_door", "soort"]},
            )
        return self

    def bevat(self, dag: date) -> bool:
        """Whether ``dag`` lies in the verlof."""
        return self.eerste_dag <= dag <= self.laatste_dag


class Verlofaanvraag(Model):
    """A request for verlof, to be judged against the law and the school's calendar."""

    model_config = ConfigDict(
        hide_input_in_errors=True, frozen=True, extra="forbid", json_schema_extra={"title": "Verlofaanvraag"}
    )

    soort: Verlofsoort
    eerste_dag: Datum = Field(description="The first day of the verlof.")
    laatste_dag: Datum = Field(description="The last day of the verlof (inclusive).")
    aangevraagd_op: Datum = Field(
        description="The day the verlof was asked (for art. 14 lid 2: the day the reasons were told)."
    )
    verhindering_ontstaan_op: Datum | None = Field(
        default=None,
        description="Art. 14 lid 2: the day the impediment arose. Default: eerste_dag.",
    )
    beroepsgrond: StrictBool | None = Field(
        default=None,
        description=(
            "Art. 13a lid 1 with art. 11 onder f: because of the specific nature of the occupation of a "
            "parent (or carer), the family can only go on holiday outside the school holidays. "
            "Required for vakantie."
        ),
    )
    eerder_verlof: tuple[Verlof, ...] = Field(
        default=(), description="Verlof granted earlier; only days in the same school year count."
    )
    kwalificatieplichtig: StrictBool = Field(
        default=False, description="The pupil is kwalificatieplichtig (pro rata, art. 13a lid 2, 14 lid 3)."
    )
    onderwijsdagen: tuple[Weekdag, ...] | None = Field(
        default=None,
        min_length=1,
        description=(
            "For a kwalificatieplichtige: the weekdays on which he must attend (art. 4c). Default: all five."
        ),
    )

    @model_validator(mode="after")
    def _samenhang(self) -> Self:
        _volgorde(self.eerste_dag, self.laatste_dag, "laatste_dag", ["laatste_dag", "eerste_dag"])
        for i, eerder in enumerate(self.eerder_verlof):
            if eerder.eerste_dag <= self.laatste_dag and self.eerste_dag <= eerder.laatste_dag:
                raise PydanticCustomError(
                    "verlof_overlapt",
                    "an earlier verlof overlaps the requested one (it would be counted twice)",
                    {"velden": [f"eerder_verlof.{i}", "eerste_dag", "laatste_dag"]},
                )
        if self.soort is Verlofsoort.VAKANTIE and self.beroepsgrond is None:
            raise PydanticCustomError(
                "feit_ontbreekt",
                "vakantieverlof needs beroepsgrond (art. 13a lid 1, art. 11 onder f)",
                {"velden": ["beroepsgrond"]},
            )
        if self.onderwijsdagen is not None:
            if not self.kwalificatieplichtig:
                raise PydanticCustomError(
                    "alleen_kwalificatieplichtig",
                    "onderwijsdagen is for a kwalificatieplichtige only",
                    {"velden": ["onderwijsdagen", "kwalificatieplichtig"]},
                )
            if len(set(self.onderwijsdagen)) != len(self.onderwijsdagen):
                raise PydanticCustomError(
                    "dubbel", "onderwijsdagen names a weekday twice", {"velden": ["onderwijsdagen"]}
                )
        return self

    @property
    def ontstaan(self) -> date:
        """Art. 14 lid 2: the day the impediment arose."""
        return self.verhindering_ontstaan_op or self.eerste_dag

    @property
    def weekdagen(self) -> frozenset[int]:
        """The weekday numbers the pupil must attend."""
        return frozenset(w.nummer for w in (self.onderwijsdagen or tuple(Weekdag)))


class Verlofbeslissing(StrEnum):
    """Who may grant the request, and how much of it."""

    HOOFD = "hoofd"
    """The head may grant all of it."""
    HOOFD_DEELS = "hoofd_deels"
    """The head may grant only part of it (``toe_te_kennen``); the rest cannot be granted at all."""
    LEERPLICHTAMBTENAAR = "leerplichtambtenaar"
    """Not the head's decision: the leerplichtambtenaar decides, after hearing the head (art. 14 lid 3)."""
    NIET_MOGELIJK = "niet_mogelijk"
    """The law allows no verlof for it."""


Dagen = Getal
"""Days, exact as a decimal; a plain JSON number on the wire."""


class Verlofoordeel(Model):
    """The verdict on a verlof request."""

    model_config = ConfigDict(hide_input_in_errors=True, frozen=True, extra="forbid")

    beslissing: Verlofbeslissing
    soort: Verlofsoort
    schooljaar: int = Field(description="The school year of the verlof (named by its starting year).")
    verlofdagen: tuple[date, ...] = Field(description="The days of the request that count as verlof days.")
    grens: Dagen = Field(description="The limit in days: ten, or the proportional part (pro rata).")
    dagen_eerder_verleend: int = Field(
        description="Days of the same kind of verlof granted earlier in this school year."
    )
    toe_te_kennen: tuple[date, ...] = Field(description="The days the head may grant.")
    boven_grens: tuple[date, ...] = Field(description="Days beyond the limit.")
    in_eerste_twee_lesweken: tuple[date, ...] = Field(
        description="Days in the first two lesweken (art. 13a lid 2: never vakantieverlof)."
    )
    uiterste_dag_redenen: date | None = Field(
        description="Art. 14 lid 2: the last day to tell the reasons when verlof was not asked beforehand."
    )
    boete_art_27: bool = Field(
        description=(
            "Granting the whole request by the head would breach art. 13a lid 2 or art. 14 lid 3 "
            "eerste volzin: the Minister can fine the head (art. 27 onder a)."
        )
    )
    pad: tuple[Stap, ...]
    grondslag: tuple[Bron, ...]
    toelichting: str
    beleidskeuzes: tuple[Beleidskeuze, ...]
    regelversie: str


class Vrijstellingsgrond(StrEnum):
    """The vrijstellingen of the Leerplichtwet that excuse absence over a period."""

    ART_5_A = "art_5_a"
    """Physically or psychologically unfit (art. 5 onder a; statement art. 7)."""
    ART_5_B = "art_5_b"
    """Overwegende bedenkingen against the richting of all schools within reasonable distance."""
    ART_5_C = "art_5_c"
    """Enrolled at and attending a school abroad (art. 5 onder c)."""
    ART_5A = "art_5a"
    """Trekkend bestaan (art. 5a)."""
    ART_11A_LID_1 = "art_11a_lid_1"
    """Under six: up to 5 hours a week on the parents' notice to the head (art. 11a lid 1)."""
    ART_11A_LID_2 = "art_11a_lid_2"
    """Under six: up to 5 more hours a week granted by the head (art. 11a lid 2)."""
    ART_15 = "art_15"
    """B&W exempt a kwalificatieplichtige who gets sufficient education otherwise (art. 15)."""


class Kennisgeving(Model):
    """A notice to B&W (art. 6) or the head (art. 11a lid 1), with the art. 7 statement if any."""

    model_config = ConfigDict(hide_input_in_errors=True, frozen=True, extra="forbid")

    op: Datum = Field(description="The day the notice was given.")
    verklaring_op: Datum | None = Field(
        default=None,
        description="Art. 7 (art. 5 onder a only): the date of the doctor's or psychologist's statement.",
    )


class Vrijstelling(Model):
    """A vrijstelling as a fact: its ground, its period, and its notices."""

    model_config = ConfigDict(hide_input_in_errors=True, frozen=True, extra="forbid")

    grond: Vrijstellingsgrond
    begin: Datum
    einde: Datum | None = Field(default=None, description="The last day (inclusive); null: open-ended.")
    kennisgevingen: tuple[Kennisgeving, ...] = Field(
        default=(), description="Notices given (art. 6, art. 11a lid 1)."
    )
    nooit_geschikt: StrictBool = Field(
        default=False,
        description="Art. 6 lid 3: the art. 7 statement says the pupil will never be fit (no renewal).",
    )
    uren_per_week: Annotated[Decimal, Field(gt=0, le=5)] | None = Field(
        default=None, description="Art. 11a: hours a week (at most 5 per lid); the caller applies the cap."
    )

    @model_validator(mode="after")
    def _samenhang(self) -> Self:
        if self.einde is not None:
            _volgorde(self.begin, self.einde, "einde", ["einde", "begin"])
        is_11a = self.grond in (Vrijstellingsgrond.ART_11A_LID_1, Vrijstellingsgrond.ART_11A_LID_2)
        if self.uren_per_week is not None and not is_11a:
            raise PydanticCustomError(
                "alleen_11a", "uren_per_week is for art. 11a only", {"velden": ["uren_per_week", "grond"]}
            )
        if self.nooit_geschikt and self.grond is not Vrijstellingsgrond.ART_5_A:
            raise PydanticCustomError(
                "alleen_5a",
                "nooit_geschikt is for art. 5 onder a only",
                {"velden": ["nooit_geschikt", "grond"]},
            )
        return self

    def bevat(self, dag: date) -> bool:
        """Whether ``dag`` lies in the period."""
        return self.begin <= dag and (self.einde is None or dag <= self.einde)
