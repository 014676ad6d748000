"""Policy defaults: where the sources disagree, the library takes a named default and says so.

docs/beleidskeuzes.md lists the points where the law, DUO and other sources disagree or
are silent. For each, the library takes one default. Every verdict lists, in ``beleidskeuzes``, each
default that influenced it; the switchable ones are set with :class:`Beleid`.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from pydantic import ConfigDict, Field

from .fouten import Model
from .regels.meldplicht import VIER_WEKEN_IN_DAGEN, ZESTIEN_UUR
from .teksten import Taal


class Verjaardag29Februari(StrEnum):
    """Where the birthday of someone born on 29 February falls in a common year."""

    EEN_MAART = "1_maart"
    """The day after 28 February (the library's default; no source decides it)."""
    ACHTENTWINTIG_FEBRUARI = "28_februari"
    """The last day of February (python-dateutil's ``relativedelta`` counts this way)."""


class Verlofdagen(StrEnum):
    """How the "tien dagen" of Lpw art. 13a lid 2 and 14 lid 3 are counted."""

    LESDAGEN = "lesdagen"
    """Days of the verlof that are lesdagen of the school's calendar (the library's default)."""
    KALENDERDAGEN = "kalenderdagen"
    """Every calendar day of the verlof, weekends and holidays included."""


class Beleid(Model):
    """The switchable policy defaults (docs/beleidskeuzes.md). The defaults are the library's choice."""

    model_config = ConfigDict(hide_input_in_errors=True, frozen=True, extra="forbid")

    vakantiedagen_meetellen: bool = Field(
        default=False,
        description=(
            "Count days inside a school holiday towards the 28 days of continuous absence. "
            "Default: they neither count nor break the span."
        ),
    )
    verjaardag_29_februari: Verjaardag29Februari = Field(
        default=Verjaardag29Februari.EEN_MAART,
        description="Birthday of someone born on 29 February in a common year.",
    )
    verlofdagen: Verlofdagen = Field(
        default=Verlofdagen.LESDAGEN,
        description="How the 'tien dagen' of verlof (Lpw art. 13a, 14) are counted.",
    )
    luxe_verzuim_18plus: bool = Field(
        default=False,
        description=(
            "Follow the order of DUO's keuzehulp (holiday before age): holiday without verlof is luxe "
            "verzuim, to be reported, also for a pupil of 18 or older. Default: from 18 the Lpw no longer "
            "applies (art. 4b, 11), so it is no luxe verzuim; reporting it as overig verzuim is allowed."
        ),
    )
    # --- early-warning signals (docs/registratie.md): each threshold a named default; None turns it off ---
    signaal_nadert_uren: Decimal | None = Field(
        default=Decimal(10),
        gt=0,
        lt=ZESTIEN_UUR,
        description=(
            "Signal nadert_zestien_uur from this many unexcused hours (below 16) in the current window "
            "of 4 lesweken. Default 10 (practitioners' 10-15 h band); null: no signal."
        ),
    )
    signaal_mazl_ziekmeldingen: int | None = Field(
        default=4,
        ge=2,
        description=(
            "Signal mazl_frequent at this ziekmelding within signaal_mazl_schoolweken (MAZL: 4); null: off."
        ),
    )
    signaal_mazl_schoolweken: int = Field(
        default=12, ge=1, le=53, description="The school weeks of mazl_frequent (MAZL: 12)."
    )
    signaal_mazl_schooldagen: int | None = Field(
        default=7,
        ge=2,
        description="Signal mazl_langdurig on this consecutive school day ill (MAZL: the 7th); null: off.",
    )
    signaal_lrv_dagen_vooraf: int | None = Field(
        default=14,
        ge=1,
        lt=VIER_WEKEN_IN_DAGEN,
        description=(
            "Signal mogelijk_lrv this many counted days before a run of absence reaches its 28th day "
            "(default 14: two weeks); null: off."
        ),
    )


STANDAARDBELEID = Beleid()
"""The library's defaults."""


class Beleidskeuze(Model):
    """One policy default that influenced a verdict."""

    model_config = ConfigDict(hide_input_in_errors=True, frozen=True, extra="forbid")

    code: str = Field(description="Stable identifier of the policy point.")
    omschrijving: str = Field(description="What the library chose and why, in the verdict's language.")
    instelbaar: bool = Field(description="Whether the caller can switch it (see `optie`).")
    optie: str | None = Field(default=None, description="The `Beleid` field that switches it.")


@dataclass(frozen=True, slots=True)
class _Keuze:
    nl: str
    en: str
    optie: str | None = None


# Texts per code. Where a switchable point has two texts, the key carries the chosen value.
_KEUZES: dict[str, _Keuze] = {
    "drempel_16_uur": _Keuze(
        "16 uur of meer telt als 'zestien uren' (Lpw art. 21a: 'in totaal zestien uren … bedraagt'; "
        "DUO: 'minimaal 16 uur'). Sommige pagina's zeggen 'meer dan 16 uur'; die lezing volgt de "
        "bibliotheek niet.",
        "16 hours or more counts as 'zestien uren' (Lpw art. 21a; DUO: 'at least 16 hours'). Some pages "
        "say 'more than 16 hours'; the library does not follow that reading.",
    ),
    "vakantie_28_dagen:False": _Keuze(
        "Dagen in een schoolvakantie tellen niet mee voor de 28 dagen en onderbreken de reeks niet; "
        "weekenden tussen lesdagen tellen mee. Geen bron zegt hoe vakanties tellen.",
        "Days inside a school holiday neither count towards the 28 days nor break the span; weekends "
        "between lesdagen count. No source says how holidays count.",
        "vakantiedagen_meetellen",
    ),
    "vakantie_28_dagen:True": _Keuze(
        "Op verzoek tellen dagen in een schoolvakantie mee voor de 28 dagen.",
        "On request, days inside a school holiday count towards the 28 days.",
        "vakantiedagen_meetellen",
    ),
    "precies_4_weken": _Keuze(
        "De 28e getelde dag van ononderbroken afwezigheid telt als 4 weken (keuzehulp: 'minimaal'); "
        "de DUO-pagina voor het po zegt 'langer dan 4 weken'.",
        "The 28th counted day of continuous absence counts as 4 weeks (keuzehulp: 'at least'); DUO's "
        "primary-school page says 'more than 4 weeks'.",
    ),
    "achttien_plus_zestien_uur": _Keuze(
        "Bij 18+ met een afspraak met de gemeente stelt de bibliotheek dezelfde vragen als onder 18 "
        "(Q5, Q7): het stroomschema heeft één vak '16 uur'. De meldplicht is 'afspraak_gemeente'.",
        "For 18+ with an agreement with the gemeente the library asks the same questions as under 18 "
        "(Q5, Q7): the flowchart has one '16 hours' box. The meldplicht is 'afspraak_gemeente'.",
    ),
    "achttien_plus_niet_verplicht": _Keuze(
        "Voor 18+ is een melding '16 uur in 4 weken' niet verplicht (DUO); Ingrado stelt dat zij "
        "wettelijk is voor 18 tot 23. De bibliotheek volgt DUO.",
        "For 18+ a '16 hours in 4 weeks' melding is not mandatory (DUO); Ingrado holds it is statutory "
        "for 18 to 23. The library follows DUO.",
    ),
    "achttien_plus_overig": _Keuze(
        "18+ zonder afspraak met de gemeente en niet 4 weken afwezig: overig verzuim, melden mag.",
        "18+ without an agreement with the gemeente and not absent for 4 weeks: overig verzuim, "
        "reporting is allowed, not required.",
    ),
    "achttien_plus_luxe:False": _Keuze(
        "Vakantie zonder verlof van een leerling van 18 of ouder is geen luxe verzuim: de leer- en "
        "kwalificatieplicht eindigen bij 18 (Lpw art. 4b) en de vrijstelling van art. 11 onder f en het "
        "verlof van art. 13a gelden alleen leerplichtigen en kwalificatieplichtigen. Melden als overig "
        "verzuim mag. DUO's keuzehulp vraagt naar vakantie vóór de leeftijd en zegt 'luxe verzuim'; die "
        "lezing is instelbaar.",
        "Holiday without verlof of a pupil of 18 or older is no luxe verzuim: leerplicht and "
        "kwalificatieplicht end at 18 (Lpw art. 4b), and the vrijstelling of art. 11 onder f and the "
        "verlof of art. 13a concern leerplichtigen and kwalificatieplichtigen only. Reporting it as "
        "overig verzuim is allowed. DUO's keuzehulp asks about holidays before age and says 'luxe "
        "verzuim'; that reading can be switched on.",
        "luxe_verzuim_18plus",
    ),
    "achttien_plus_luxe:True": _Keuze(
        "Op verzoek de volgorde van DUO's keuzehulp (vakantie, Q2, vóór leeftijd, Q3): luxe verzuim, ook "
        "voor 18+. De leer- en kwalificatieplicht eindigen bij 18 (Lpw art. 4b); of DUO deze melding "
        "voor 18+ aanvaardt, is niet bevestigd.",
        "On request, the order of DUO's keuzehulp (holidays, Q2, before age, Q3): luxe verzuim, also for "
        "18+. Leerplicht and kwalificatieplicht end at 18 (Lpw art. 4b); whether DUO accepts this "
        "melding for 18+ is unconfirmed.",
        "luxe_verzuim_18plus",
    ),
    "leeftijd_eerste_verzuimdag": _Keuze(
        "De leeftijd is vastgesteld op de eerste verzuimdag, ook nu de leerling tijdens het verzuim "
        "een leeftijdsgrens (18 of 23) passeert.",
        "Age is fixed on the first verzuimdag, even though the pupil passes an age limit (18 or 23) "
        "during the absence.",
    ),
    "verjaardag_zelf": _Keuze(
        "Op de verjaardag zelf heeft de leerling de nieuwe leeftijd ('18 jaar of ouder').",
        "On the birthday itself the pupil has the new age ('18 or older').",
    ),
    "verjaardag_29_februari:1_maart": _Keuze(
        "Geboren op 29 februari: in een jaar zonder 29 februari valt de verjaardag op 1 maart. Geen "
        "bron beslist dit.",
        "Born on 29 February: in a year without 29 February the birthday falls on 1 March. No source "
        "decides this.",
        "verjaardag_29_februari",
    ),
    "verjaardag_29_februari:28_februari": _Keuze(
        "Geboren op 29 februari: op verzoek valt de verjaardag in een jaar zonder 29 februari op "
        "28 februari.",
        "Born on 29 February: on request, the birthday falls on 28 February in a year without 29 February.",
        "verjaardag_29_februari",
    ),
    "begin_leerplicht_zonder_kalender": _Keuze(
        "Zonder schoolkalender is de eerste schooldag van de maand genomen als de eerste werkdag die "
        "geen feestdag is; met een regio of rooster tellen ook de schoolvakanties (Lpw art. 3 lid 1).",
        "Without a school calendar, the first school day of the month is taken as the first weekday "
        "that is not a public holiday; with a region or rooster, school holidays count too "
        "(Lpw art. 3 lid 1).",
    ),
    "begin_leerplicht_vakanties_onbekend": _Keuze(
        "De schoolvakanties van de maand waarin de leerplicht begon, zijn niet bekend (het pakket "
        "holidays kent ze van 2014-2015 tot en met 2029-2030); het begin is genomen als zonder "
        "schoolkalender (de eerste werkdag van die maand). Dat verandert hier niets: de beoordeelde dag "
        "ligt vóór die maand of meer dan 92 dagen erna (Lpw art. 3 lid 1).",
        "The school holidays of the month in which leerplicht began are not known (the holidays package "
        "knows them from 2014-2015 up to 2029-2030); the start is taken as without a school calendar "
        "(the first weekday of that month). That changes nothing here: the day judged lies before that "
        "month or more than 92 days after it (Lpw art. 3 lid 1).",
    ),
    "volgorde_categorieen": _Keuze(
        "Eén categorie per leerling: eerst een vrijstelling (art. 5, 5a, 15), dan geen leer- of "
        "kwalificatieplicht, dan niet ingeschreven (absoluut verzuim), dan verlof (art. 11 onder g), "
        "dan ongeoorloofde afwezigheid (langdurig relatief verzuim), dan ziekte. Geen bron regelt overlap.",
        "One category per pupil: first a vrijstelling (art. 5, 5a, 15), then no leerplicht or "
        "kwalificatieplicht, then not enrolled (absolute absence), then verlof (art. 11 onder g), then "
        "unexcused absence (long-term relative absence), then illness. No source settles overlaps.",
    ),
    "drie_maanden_kalender": _Keuze(
        "'Langer dan drie maanden' is geteld in kalendermaanden vanaf de eerste dag, vakanties "
        "inbegrepen: wie sinds 1 januari thuiszit, zit vanaf 1 april langer dan drie maanden thuis "
        "(Kamerbrief 3 februari 2016).",
        "'More than three months' is counted in calendar months from the first day, holidays included: "
        "at home since 1 January means more than three months from 1 April on (Kamerbrief "
        "3 February 2016).",
    ),
    "peildatum_vandaag": _Keuze(
        "Geen peildatum opgegeven: beoordeeld naar de wet zoals die gold op de dag van de beoordeling.",
        "No peildatum given: judged under the law as it stood on the day of judgement.",
    ),
    # --- status and verlof (issue 4) ---
    "einde_leerplicht_eerste": _Keuze(
        "Art. 3 lid 1 Lpw noemt twee momenten waarop de leerplicht eindigt (onder a: twaalf volledige "
        "schooljaren; onder b: einde van het schooljaar waarin de jongere 16 werd); de bibliotheek "
        "neemt het eerste van de twee. 'Wat het eerst komt' staat niet letterlijk in de wet.",
        "Lpw art. 3 lid 1 names two moments at which leerplicht ends (onder a: twelve full school "
        "years; onder b: end of the school year of the 16th birthday); the library takes the earlier. "
        "'Whichever comes first' is not in the text of the law.",
    ),
    "schoolloopbaan_onbekend": _Keuze(
        "Geen schoolloopbaan opgegeven: het einde van de leerplicht volgt uit art. 3 lid 1 onder b "
        "(16 jaar). Na twaalf volledige schooljaren (onder a, lid 2) kan zij eerder eindigen.",
        "No school history given: the end of leerplicht follows from art. 3 lid 1 onder b (age 16). "
        "After twelve full school years (onder a, lid 2) it can end earlier.",
    ),
    "schooljaren_aaneengesloten": _Keuze(
        "Vanaf het eerste volledige schooljaar telt elk schooljaar als volledig bezocht (art. 3 lid 1 "
        "onder a); onderbrekingen moeten blijken uit een later eerste_volledige_schooljaar.",
        "From the first full school year on, every school year counts as fully attended (art. 3 lid 1 "
        "onder a); interruptions must be given as a later eerste_volledige_schooljaar.",
    ),
    "rmc_leeftijd": _Keuze(
        "De leeftijdsgroep van het RMC (Doorstroompunt) (18 tot 23 jaar, zonder startkwalificatie) volgt "
        "DUO; de Leerplichtwet "
        "zelf regelt haar niet.",
        "The RMC (Doorstroompunt) age group (18 to 23, without startkwalificatie) follows DUO; the "
        "Leerplichtwet itself "
        "does not define it.",
    ),
    "verlofdagen:lesdagen": _Keuze(
        "De wet zegt 'tien dagen' (art. 13a lid 2, 14 lid 3), niet 'schooldagen'. De bibliotheek telt "
        "de lesdagen van het verlof volgens de schoolkalender (Rijksoverheid: 'maximaal 10 schooldagen').",
        "The law says 'tien dagen' (art. 13a lid 2, 14 lid 3), not 'school days'. The library counts "
        "the lesdagen of the verlof on the school's calendar (Rijksoverheid: 'at most 10 school days').",
        "verlofdagen",
    ),
    "verlofdagen:kalenderdagen": _Keuze(
        "Op verzoek telt elke kalenderdag van het verlof mee voor de 'tien dagen' "
        "(art. 13a lid 2, 14 lid 3).",
        "On request, every calendar day of the verlof counts towards the 'tien dagen' (art. 13a lid 2, "
        "14 lid 3).",
        "verlofdagen",
    ),
    "twee_dagen_kalenderdagen": _Keuze(
        "'Binnen twee dagen na het ontstaan van de verhindering' (art. 14 lid 2): twee kalenderdagen "
        "na de dag waarop de verhindering ontstond; de wet zegt niet 'werkdagen'. Eindigt de termijn op "
        "een zaterdag, zondag of feestdag, dan loopt zij door tot de eerstvolgende werkdag (Algemene "
        "termijnenwet art. 1 lid 1).",
        "'Within two days after the impediment arose' (art. 14 lid 2): two calendar days after the day "
        "it arose; the law does not say 'working days'. A term ending on a Saturday, Sunday or public "
        "holiday runs on to the next working day (Algemene termijnenwet art. 1 lid 1).",
    ),
    "vakantieverlof_vooraf": _Keuze(
        "Vakantieverlof (art. 13a lid 1) moet vóór het verlof zijn aangevraagd: alleen art. 14 lid 2 "
        "kent verlof achteraf. Dit is een lezing van de wet, geen letterlijke regel.",
        "Vakantieverlof (art. 13a lid 1) must be asked before the verlof: only art. 14 lid 2 allows "
        "verlof afterwards. This is a reading of the law, not a literal rule.",
    ),
    "pro_rata_ambtenaar": _Keuze(
        "Voor een kwalificatieplichtige met minder verplichte onderwijsdagen geldt het evenredig deel "
        "van tien dagen (art. 14 lid 3, derde volzin) ook als grens voor het besluit door de "
        "leerplichtambtenaar (tweede volzin); de wet zegt dit niet uitdrukkelijk.",
        "For a kwalificatieplichtige with fewer compulsory days, the proportional part of ten days "
        "(art. 14 lid 3, third sentence) is also taken as the limit above which the "
        "leerplichtambtenaar decides (second sentence); the law does not say so explicitly.",
    ),
    # --- wiring verlof and vrijstellingen into the record analysis (issue 4) ---
    "geregistreerde_reden_vertrouwd": _Keuze(
        "Zonder opgave van het verleende verlof (verloven) of van de vrijstelling art. 11a is de "
        "geregistreerde reden verlof_13a, verlof_14 of vrijstelling_11a gevolgd; geregistreerd verlof "
        "geldt als verleend door het hoofd, dus alleen binnen wat het hoofd mag verlenen (eenmaal "
        "vakantieverlof per schooljaar, ten hoogste tien dagen, niet in de eerste twee lesweken: art. 13a "
        "lid 2; tien dagen gewichtige omstandigheden: art. 14 lid 3). Dagen daarbuiten zijn verzuim; geef "
        "de verloven op (met verleend_door) om een besluit van de leerplichtambtenaar mee te nemen.",
        "Without the granted verlof (verloven) or the art. 11a vrijstelling, the registered reason "
        "verlof_13a, verlof_14 or vrijstelling_11a is trusted; registered verlof counts as granted by the "
        "head, so only within what the head may grant (vakantieverlof once a school year, at most ten "
        "days, not in the first two lesweken: art. 13a lid 2; ten days for gewichtige omstandigheden: "
        "art. 14 lid 3). Days beyond it are verzuim; give the verloven (with verleend_door) to take a "
        "leerplichtambtenaar's decision into account.",
    ),
    # --- early-warning signals (issue 16; docs/registratie.md, "Early warning") ---
    "signaal_schoolweken": _Keuze(
        "Waar de bronnen van signalen 'weken' zeggen (MAZL, 4 lesweken), telt de bibliotheek "
        "schoolweken: weken met ten minste één lesdag. Vakantieweken tellen niet mee en onderbreken "
        "het venster niet; een ziekmelding loopt door over een vakantie heen.",
        "Where the sources of signals say 'weeks' (MAZL, 4 lesweken), the library counts school weeks: "
        "weeks with at least one lesdag. Holiday weeks neither count nor break the window; a "
        "ziekmelding runs on across a holiday.",
    ),
    "signaal_nadert_zestien_uur": _Keuze(
        "Signaal 'nadert 16 uur' bij ten minste signaal_nadert_uren (standaard 10) en minder dan 16 "
        "ongeoorloofde uren in het lopende venster van 4 lesweken (dat van de eerstvolgende lesdag), "
        "geteld vanaf de dag na de einddatum van de vorige melding. Praktijkdashboards gebruiken een "
        "band van 10-15 uur ('nadert de grens', bijv. JKunst/verzuimsignalering); de grens zelf is "
        "art. 21a. Niet voor 18+ zonder afspraak met de gemeente.",
        "Signal 'nearing 16 hours' at signaal_nadert_uren (default 10) or more and fewer than 16 "
        "unexcused hours in the current window of 4 lesweken (that of the next lesdag), counted from "
        "the day after the einddatum of the previous melding. Practitioners' dashboards use a 10-15 h "
        "band ('nadert de grens', e.g. JKunst/verzuimsignalering); the threshold itself is art. 21a. "
        "Not for 18+ without an agreement with the gemeente.",
        "signaal_nadert_uren",
    ),
    "signaal_mazl_frequent": _Keuze(
        "Signaal zorgwekkend ziekteverzuim (MAZL) bij de 4e ziekmelding (signaal_mazl_ziekmeldingen) "
        "binnen 12 schoolweken (signaal_mazl_schoolweken); een ziekmelding is een reeks aaneengesloten "
        "zieke lesdagen. Na een signaal telt de bibliotheek opnieuw vanaf de volgende ziekmelding.",
        "Signal worrying illness (MAZL) at the 4th ziekmelding (signaal_mazl_ziekmeldingen) within 12 "
        "school weeks (signaal_mazl_schoolweken); a ziekmelding is a run of consecutive sick lesdagen. "
        "After a signal the library counts again from the next ziekmelding.",
        "signaal_mazl_ziekmeldingen",
    ),
    "signaal_mazl_langdurig": _Keuze(
        "Signaal zorgwekkend ziekteverzuim (MAZL) op de 7e aaneengesloten schooldag ziek "
        "(signaal_mazl_schooldagen); één signaal per ziekmelding.",
        "Signal worrying illness (MAZL) on the 7th consecutive school day ill (signaal_mazl_schooldagen); "
        "one signal per ziekmelding.",
        "signaal_mazl_schooldagen",
    ),
    "signaal_mogelijk_lrv": _Keuze(
        "Signaal 'mogelijk LRV' zodra een lopende reeks ongeoorloofde afwezigheid (hele lesdagen) "
        "binnen signaal_lrv_dagen_vooraf getelde dagen (standaard 14: twee weken) de 28e getelde dag "
        "bereikt, geteld als voor de melding LRV (vakantiedagen volgens vakantiedagen_meetellen). Het "
        "signaal noemt die dag en sinds wanneer de leerling op de lijst staat (DUO, rapportage "
        "potentiële LRV'ers).",
        "Signal 'possible LRV' once a running span of unexcused absence (whole lesdagen) reaches its "
        "28th counted day within signaal_lrv_dagen_vooraf counted days (default 14: two weeks), counted "
        "as for the LRV melding (holiday days as vakantiedagen_meetellen says). The signal gives that "
        "day and since when the pupil has been on the list (DUO, report of potential LRV pupils).",
        "signaal_lrv_dagen_vooraf",
    ),
}


def beleidskeuze(code: str, taal: Taal) -> Beleidskeuze:
    """The verdict entry for policy point ``code`` (``code:value`` for a switchable point)."""
    keuze = _KEUZES[code]
    return Beleidskeuze(
        code=code.split(":", 1)[0],
        omschrijving=keuze.nl if taal is Taal.NL else keuze.en,
        instelbaar=keuze.optie is not None,
        optie=keuze.optie,
    )


def codes() -> frozenset[str]:
    """Every policy code (with its value, for switchable points)."""
    return frozenset(_KEUZES)
