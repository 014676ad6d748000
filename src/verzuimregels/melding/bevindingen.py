"""The findings of the melding validator, as one data table: code -> severity, texts, grondslag.

A :class:`Bevinding` is one thing DUO or the leerplichtambtenaar would object to in a verzuimmelding:
a stable ``code``, a severity (``fout``: DUO will reject the melding or the law is broken;
``waarschuwing``: the leerplichtambtenaar will ask), the fields involved, a message from a template
(Dutch, or English on request) and the articles or pages that ground it.

Messages are filled from templates with non-personal parameters only (field names, limits, counts,
the deadline date): never a BSN, onderwijsnummer, name, e-mail address or birth date, and never the
text of a field. A new code is added to :data:`CODES` and nowhere else; the tests are parametrised
over this table, so a code without a test fails the suite.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from pydantic import ConfigDict, Field

from ..bronnen import (
    ART_2_LID_1,
    ART_3_LID_1,
    ART_4A_LID_1,
    ART_4B,
    ART_5,
    ART_5A,
    ART_11,
    ART_11_D,
    ART_15,
    ART_21A_LID_1,
    ART_27,
    DUO_GEGEVENS_KOPPELEN,
    DUO_KEUZEHULP,
    DUO_SOORTEN_VERZUIM,
    DUO_VERZUIM_MELDEN,
    DUO_VRIJSTELLING,
    INSPECTIE_MELDEN,
    Bron,
    Citaat,
)
from ..fouten import Model
from ..teksten import Taal


class Ernst(StrEnum):
    """How serious a finding is."""

    FOUT = "fout"
    """Error: DUO will reject or withdraw the melding, or the law is broken."""
    WAARSCHUWING = "waarschuwing"
    """Warning: the leerplichtambtenaar will ask about it; the melding can still be submitted."""


class Bevinding(Model):
    """One finding about one melding."""

    model_config = ConfigDict(hide_input_in_errors=True, frozen=True, extra="forbid")

    code: str = Field(description="Stable identifier of the rule (see docs/valideren.md).")
    ernst: Ernst = Field(description="'fout' (error) or 'waarschuwing' (warning).")
    velden: tuple[str, ...] = Field(description="The fields involved, as dotted paths; empty for the row.")
    melding: str = Field(description="What is wrong, in Dutch or English; never an input value.")
    grondslag: tuple[Bron, ...] = Field(description="The articles and pages that ground the rule.")


@dataclass(frozen=True, slots=True)
class Code:
    """One row of the finding table."""

    ernst: Ernst
    nl: str
    en: str
    grondslag: tuple[Citaat, ...]


CODES: dict[str, Code] = {
    # --- The row as a whole ------------------------------------------------------------------------
    "rij_onleesbaar": Code(
        Ernst.FOUT,
        "De rij is geen melding die te lezen is ({reden}).",
        "The row is not a readable melding ({reden}).",
        (DUO_VERZUIM_MELDEN,),
    ),
    "onbekend_veld": Code(
        Ernst.FOUT,
        "Het veld {veld} hoort niet bij een verzuimmelding.",
        "The field {veld} is not part of a verzuimmelding.",
        (DUO_VERZUIM_MELDEN,),
    ),
    "veld_ongeldig": Code(
        Ernst.FOUT,
        "Het veld {veld} heeft niet de vorm die een melding vraagt ({regel}).",
        "The field {veld} does not have the form a melding requires ({regel}).",
        (DUO_VERZUIM_MELDEN,),
    ),
    "veld_ontbreekt": Code(
        Ernst.FOUT,
        "Het veld {veld} is verplicht in een verzuimmelding.",
        "The field {veld} is required in a verzuimmelding.",
        (DUO_VERZUIM_MELDEN,),
    ),
    "veld_te_lang": Code(
        Ernst.FOUT,
        "Het veld {veld} is {lengte} tekens lang; het verzuimloket neemt er ten hoogste {max}.",
        "The field {veld} is {lengte} characters long; the verzuimloket takes at most {max}.",
        (DUO_VERZUIM_MELDEN,),
    ),
    "sleutel_is_identificatie": Code(
        Ernst.FOUT,
        "De sleutel van de rij is het BSN of onderwijsnummer van de leerling; gebruik een "
        "pseudoniem. Het rapport laat de sleutel daarom weg.",
        "The row's key is the pupil's BSN or onderwijsnummer; use a pseudonym. The report leaves "
        "the key out for that reason.",
        (ART_2_LID_1,),
    ),
    # --- Identification ----------------------------------------------------------------------------
    "identificatie_ontbreekt": Code(
        Ernst.FOUT,
        "De melding noemt geen BSN en geen onderwijsnummer; één van beide is verplicht.",
        "The melding gives neither a BSN nor an onderwijsnummer; one of them is required.",
        (ART_2_LID_1, DUO_VERZUIM_MELDEN),
    ),
    "bsn_ongeldig": Code(
        Ernst.FOUT,
        "Het BSN is geen geldig burgerservicenummer (9 cijfers, elfproef).",
        "The BSN is not a valid burgerservicenummer (9 digits, elfproef).",
        (ART_2_LID_1,),
    ),
    "onderwijsnummer_ongeldig": Code(
        Ernst.FOUT,
        "Het onderwijsnummer is geen geldig onderwijsnummer (9 cijfers, begint met 10, elfproef).",
        "The onderwijsnummer is not valid (9 digits, starting with 10, elfproef).",
        (ART_2_LID_1,),
    ),
    "bsn_en_onderwijsnummer": Code(
        Ernst.FOUT,
        "De melding noemt een BSN én een onderwijsnummer. Het onderwijsnummer geldt alleen bij "
        "gebrek aan een BSN; één leerling onder twee nummers wordt dubbel geregistreerd.",
        "The melding gives both a BSN and an onderwijsnummer. The onderwijsnummer is only for a pupil "
        "without a BSN; one pupil under two numbers is registered twice.",
        (ART_2_LID_1, DUO_GEGEVENS_KOPPELEN),
    ),
    # --- School ------------------------------------------------------------------------------------
    "brin_ongeldig": Code(
        Ernst.FOUT,
        "Het BRIN-nummer is ongeldig (2 cijfers en 2 letters, eventueel gevolgd door 2 cijfers vestiging).",
        "The BRIN is not valid (2 digits and 2 letters, optionally followed by a 2-digit vestiging).",
        (DUO_VERZUIM_MELDEN,),
    ),
    "vestiging_ongeldig": Code(
        Ernst.FOUT,
        "Het vestigingsnummer is ongeldig (2 cijfers) of strijdig met het BRIN-nummer met vestiging.",
        "The vestiging is not valid (2 digits) or contradicts the BRIN given with its vestiging.",
        (DUO_VERZUIM_MELDEN,),
    ),
    # --- Verzuimsoort ------------------------------------------------------------------------------
    "verzuimsoort_onbekend": Code(
        Ernst.FOUT,
        "De verzuimsoort is onbekend; gebruik een code van het verzuimloket (V3, V4, RMC, L, LRV, O) "
        "of een verzuimsoort van de bibliotheek.",
        "The verzuimsoort is unknown; use a verzuimloket code (V3, V4, RMC, L, LRV, O) or one of the "
        "library's verzuimsoorten.",
        (DUO_SOORTEN_VERZUIM,),
    ),
    "verzuimsoort_verouderd": Code(
        Ernst.FOUT,
        "De verzuimsoort {soortcode} hoort bij een drempel van vóór de wetswijziging van 2009; meld "
        "16 uur in 4 weken (V3 of V4).",
        "The verzuimsoort {soortcode} belongs to a threshold from before the 2009 amendment; report "
        "16 hours in 4 weeks (V3 or V4).",
        (ART_21A_LID_1, DUO_SOORTEN_VERZUIM),
    ),
    "verzuimsoort_niet_meldbaar": Code(
        Ernst.FOUT,
        "De verzuimsoort {soort} wordt niet gemeld: ziekte en schorsing zijn geoorloofd verzuim. "
        "Twijfelt de school aan een ziekmelding, meld dan overig verzuim na overleg met de "
        "leerplichtambtenaar.",
        "The verzuimsoort {soort} is not reported: illness and suspension are excused absence. If the "
        "school doubts a ziekmelding, report overig verzuim after consulting the leerplichtambtenaar.",
        (ART_11_D, DUO_SOORTEN_VERZUIM),
    ),
    "reden_noemt_ziekte": Code(
        Ernst.WAARSCHUWING,
        "De vermoedelijke reden noemt ziekte. Ziekteverzuim is geoorloofd en wordt niet gemeld; een "
        "betwijfelde ziekmelding is overig verzuim.",
        "The vermoedelijke reden mentions illness. Illness is excused absence and is not reported; a "
        "doubted ziekmelding is overig verzuim.",
        (ART_11_D, DUO_SOORTEN_VERZUIM),
    ),
    # --- Dates -------------------------------------------------------------------------------------
    "einddatum_ontbreekt": Code(
        Ernst.FOUT,
        "Een melding {soort} heeft een einddatum nodig (de dag waarop de 16 uur of de 4 weken zijn "
        "bereikt, of de dag van terugkeer).",
        "A {soort} melding needs an einddatum (the day the 16 hours or the 4 weeks were reached, or "
        "the day of return).",
        (DUO_SOORTEN_VERZUIM, DUO_VERZUIM_MELDEN),
    ),
    "datum_volgorde": Code(
        Ernst.FOUT,
        "{later} ligt vóór {eerder}.",
        "{later} lies before {eerder}.",
        (DUO_VERZUIM_MELDEN,),
    ),
    "datum_na_peildatum": Code(
        Ernst.FOUT,
        "{veld} ligt na de peildatum: verzuim wordt gemeld nadat het is ontstaan.",
        "{veld} lies after the peildatum: absence is reported after it occurred.",
        (ART_21A_LID_1,),
    ),
    "meldtermijn_verstreken": Code(
        Ernst.WAARSCHUWING,
        "De melding komt te laat: de Inspectie verwacht haar binnen 5 werkdagen na de einddatum, "
        "uiterlijk {uiterste}.",
        "The melding is late: the Inspectie expects it within 5 werkdagen after the einddatum, by "
        "{uiterste}.",
        (ART_21A_LID_1, INSPECTIE_MELDEN),
    ),
    "lrv_korter_dan_28_dagen": Code(
        Ernst.FOUT,
        "Langdurig relatief verzuim vraagt 4 aaneengesloten weken (28 kalenderdagen); deze periode "
        "telt {dagen} dagen.",
        "Langdurig relatief verzuim needs 4 consecutive weeks (28 calendar days); this period "
        "counts {dagen} days.",
        (DUO_KEUZEHULP, DUO_SOORTEN_VERZUIM),
    ),
    "overig_lang_verzuim": Code(
        Ernst.WAARSCHUWING,
        "Overig verzuim over {dagen} dagen: een leerling die 4 weken of langer ongeoorloofd thuis zit "
        "(ook in afwachting van een plek) meldt u als 16 uur en daarna als langdurig relatief verzuim.",
        "Overig verzuim over {dagen} days: a pupil absent without valid reason for 4 weeks or more "
        "(also while waiting for a place) is reported as 16 hours, then as langdurig relatief verzuim.",
        (ART_21A_LID_1, DUO_KEUZEHULP),
    ),
    # --- Day specification -------------------------------------------------------------------------
    "dag_buiten_periode": Code(
        Ernst.FOUT,
        "De dagspecificatie noemt een dag buiten de periode van begindatum tot einddatum ({veld}).",
        "The day specification names a day outside the period from begindatum to einddatum ({veld}).",
        (DUO_VERZUIM_MELDEN,),
    ),
    "dag_dubbel": Code(
        Ernst.FOUT,
        "De dagspecificatie noemt dezelfde dag twee keer ({veld}).",
        "The day specification names the same day twice ({veld}).",
        (DUO_VERZUIM_MELDEN,),
    ),
    "dag_ongeldig": Code(
        Ernst.FOUT,
        "Een dag in de dagspecificatie is óf een hele dag óf een lijst lesuren, niet beide en niet "
        "geen van beide ({veld}).",
        "A day in the day specification is either a whole day or a list of lesuren, not both and not "
        "neither ({veld}).",
        (DUO_VERZUIM_MELDEN,),
    ),
    "lesuur_ongeldig": Code(
        Ernst.FOUT,
        "Een lesuur in de dagspecificatie ligt niet tussen 1 en 12 of staat er twee keer ({veld}).",
        "A lesuur in the day specification is not between 1 and 12 or is given twice ({veld}).",
        (DUO_VERZUIM_MELDEN,),
    ),
    # --- Contact -----------------------------------------------------------------------------------
    "email_ongeldig": Code(
        Ernst.FOUT,
        "Het e-mailadres van de contactpersoon is geen geldig e-mailadres.",
        "The contact person's e-mail address is not a valid address.",
        (DUO_VERZUIM_MELDEN,),
    ),
    "telefoon_ongeldig": Code(
        Ernst.FOUT,
        "Het telefoonnummer van de contactpersoon is geen telefoonnummer (10 tot 15 cijfers).",
        "The contact person's phone number is not a phone number (10 to 15 digits).",
        (DUO_VERZUIM_MELDEN,),
    ),
    # --- Age (when the birth date is given) --------------------------------------------------------
    "nog_niet_leerplichtig": Code(
        Ernst.FOUT,
        "De leerling is op de begindatum jonger dan 5 jaar en dus nog niet leerplichtig.",
        "The pupil is younger than 5 on the begindatum and so not yet leerplichtig.",
        (ART_3_LID_1,),
    ),
    "rmc_onder_18": Code(
        Ernst.FOUT,
        "verzuim RMC (Doorstroompunt) geldt vanaf 18 jaar; de leerling is op de begindatum jonger dan "
        "18. Meld 16 uur "
        "(V3) of langdurig relatief verzuim.",
        "RMC (Doorstroompunt) verzuim applies from 18; the pupil is younger than 18 on the begindatum. "
        "Report 16 hours "
        "(V3) or langdurig relatief verzuim.",
        (ART_4B, DUO_SOORTEN_VERZUIM),
    ),
    "rmc_23_plus": Code(
        Ernst.FOUT,
        "verzuim RMC (Doorstroompunt) geldt tot 23 jaar; de leerling is op de begindatum 23 of ouder.",
        "RMC (Doorstroompunt) verzuim applies up to 23; the pupil is 23 or older on the begindatum.",
        (DUO_SOORTEN_VERZUIM,),
    ),
    "soort_onder_18_voor_18_plus": Code(
        Ernst.FOUT,
        "De verzuimsoort {soortcode} geldt voor leerlingen jonger dan 18; de leerling is op de begindatum "
        "18 of ouder. Meld verzuim RMC (Doorstroompunt) of 16 uur 18+ (V4).",
        "The verzuimsoort {soortcode} is for pupils under 18; the pupil is 18 or older on the begindatum. "
        "Report RMC (Doorstroompunt) verzuim or 16 hours 18+ (V4).",
        (ART_4B, DUO_SOORTEN_VERZUIM),
    ),
    "v4_onder_18": Code(
        Ernst.FOUT,
        "De verzuimsoort V4 geldt vanaf 18 jaar; de leerling is op de begindatum jonger dan 18. Meld V3.",
        "The verzuimsoort V4 applies from 18; the pupil is younger than 18 on the begindatum. Report V3.",
        (ART_4B, DUO_SOORTEN_VERZUIM),
    ),
    # --- Against other meldingen and given periods -------------------------------------------------
    "vervolgmelding_binnen_7_dagen": Code(
        Ernst.FOUT,
        "Een andere melding 16 uur voor dezelfde leerling ({eerdere}) heeft een einddatum minder "
        "dan 7 kalenderdagen van deze; per 7 kalenderdagen mag één melding.",
        "Another 16-hour melding for the same pupil ({eerdere}) has an einddatum less than 7 "
        "calendar days from this one; one melding per 7 calendar days is allowed.",
        (DUO_KEUZEHULP, DUO_SOORTEN_VERZUIM),
    ),
    "overlapt_vrijstelling": Code(
        Ernst.FOUT,
        "De melding overlapt een vrijstelling ({veld}); DUO trekt zo'n melding in.",
        "The melding overlaps a vrijstelling ({veld}); DUO withdraws such a melding.",
        (ART_5, ART_5A, ART_15, DUO_VRIJSTELLING),
    ),
    # --- Against the facts: the pupil's records and what they make due (--records) ---------------
    "geen_registratie": Code(
        Ernst.WAARSCHUWING,
        "Er is geen registratie van deze leerling (geen of een onbekende sleutel in leerling of "
        "sleutel): de melding is niet tegen de verzuimregistratie gecontroleerd.",
        "There are no records of this pupil (no key, or an unknown one, in leerling or sleutel): the "
        "melding was not checked against the attendance records.",
        (ART_21A_LID_1,),
    ),
    "geboortedatum_strijdig": Code(
        Ernst.FOUT,
        "De geboortedatum in de melding verschilt van die in de registratie van deze leerling: is het "
        "de goede leerling?",
        "The birth date in the melding differs from the one in this pupil's records: is it the right pupil?",
        (DUO_GEGEVENS_KOPPELEN, DUO_VERZUIM_MELDEN),
    ),
    "niet_ingeschreven": Code(
        Ernst.FOUT,
        "Volgens de registratie is de leerling niet ingeschreven: de meldplicht geldt voor een "
        "ingeschreven leerling; absoluut verzuim meldt DUO aan de gemeente, niet de school.",
        "According to the records the pupil is not enrolled: the duty to report is for an enrolled "
        "pupil; DUO, not the school, tells the gemeente about absoluut verzuim.",
        (ART_21A_LID_1, DUO_VERZUIM_MELDEN),
    ),
    "heeft_startkwalificatie": Code(
        Ernst.FOUT,
        "Volgens de registratie heeft de leerling een startkwalificatie: de kwalificatieplicht is "
        "voorbij en de keuzehulp geldt alleen voor leerlingen zonder startkwalificatie.",
        "According to the records the pupil holds a startkwalificatie: the kwalificatieplicht is over "
        "and the keuzehulp covers only pupils without a startkwalificatie.",
        (ART_4A_LID_1, DUO_KEUZEHULP),
    ),
    "verzuimsoort_strijdig": Code(
        Ernst.FOUT,
        "Volgens de registratie is dit verzuim {verwacht}, niet {soort}.",
        "According to the records this absence is {verwacht}, not {soort}.",
        (DUO_KEUZEHULP, DUO_SOORTEN_VERZUIM),
    ),
    "zestien_uur_niet_bereikt": Code(
        Ernst.FOUT,
        "Volgens de registratie is op de einddatum nog geen melding 16 uur verschuldigd (16 uur "
        "ongeoorloofd verzuim in 4 aaneengesloten lesweken; een vervolgmelding ook 7 dagen na de "
        "vorige; vanaf 18 jaar alleen bij afspraak met de gemeente){wanneer}.",
        "According to the records no 16-hour melding is due yet on the einddatum (16 hours of "
        "unexcused absence in 4 consecutive lesweken; a vervolgmelding also 7 days after the "
        "previous one; from 18 only by agreement with the gemeente){wanneer}.",
        (ART_21A_LID_1, DUO_SOORTEN_VERZUIM),
    ),
    "vier_weken_niet_bereikt": Code(
        Ernst.FOUT,
        "Volgens de registratie is de leerling op de einddatum nog geen 4 aaneengesloten weken (28 "
        "getelde dagen, schoolvakanties niet meegeteld) ongeoorloofd afwezig{wanneer}.",
        "According to the records the pupil has not yet been absent without valid reason for 4 "
        "consecutive weeks (28 counted days, school holidays not counted) on the einddatum{wanneer}.",
        (DUO_KEUZEHULP, DUO_SOORTEN_VERZUIM),
    ),
    "geen_verzuim_in_registratie": Code(
        Ernst.FOUT,
        "De registratie toont in deze periode geen ongeoorloofd verzuim of vakantie zonder verlof.",
        "The records show no unexcused absence and no holiday without verlof in this period.",
        (ART_21A_LID_1, ART_11),
    ),
    "periode_wijkt_af": Code(
        Ernst.WAARSCHUWING,
        "Volgens de registratie hoort bij deze melding begindatum {begin} (de eerste getelde "
        "verzuimdag) en einddatum {eind}.",
        "According to the records this melding has begindatum {begin} (the first verzuimdag counted) "
        "and einddatum {eind}.",
        (DUO_SOORTEN_VERZUIM, DUO_VERZUIM_MELDEN),
    ),
    "te_laat_volgens_registratie": Code(
        Ernst.WAARSCHUWING,
        "Volgens de registratie ontstond de meldplicht op {dag}; de Inspectie verwacht de melding "
        "binnen 5 werkdagen, uiterlijk {uiterste}.",
        "According to the records the duty to report arose on {dag}; the Inspectie expects the "
        "melding within 5 werkdagen, by {uiterste}.",
        (ART_21A_LID_1, INSPECTIE_MELDEN),
    ),
    "overlapt_geoorloofd_verzuim": Code(
        Ernst.FOUT,
        "{veld} valt op een dag die de registratie als geoorloofd verzuim kent (ziekte, verlof, "
        "schorsing, ...): dat is geen verzuim om te melden.",
        "{veld} falls on a day the records hold as excused absence (illness, verlof, suspension, "
        "...): that is no absence to report.",
        (ART_11, DUO_SOORTEN_VERZUIM),
    ),
    "melding_ontbreekt": Code(
        Ernst.FOUT,
        "De registratie maakt een melding {soort} verschuldigd (van {begin} tot {eind}, meldplicht "
        "op {dag}) die niet is gedaan en niet in dit bestand staat; de termijn liep af op {uiterste}.",
        "The records make a {soort} melding due (from {begin} to {eind}, duty on {dag}) that was not "
        "made and is not in this file; the deadline passed on {uiterste}.",
        (ART_21A_LID_1, INSPECTIE_MELDEN, ART_27),
    ),
    "melding_verwacht": Code(
        Ernst.WAARSCHUWING,
        "De registratie maakt een melding {soort} verschuldigd (van {begin} tot {eind}, meldplicht "
        "op {dag}) die niet in dit bestand staat; meld haar uiterlijk {uiterste}.",
        "The records make a {soort} melding due (from {begin} to {eind}, duty on {dag}) that is not "
        "in this file; report it by {uiterste}.",
        (ART_21A_LID_1, INSPECTIE_MELDEN),
    ),
}
"""Every finding code. The table is the single place where a code, its severity and texts live."""


def bevinding(code: str, velden: Iterable[str], taal: Taal, versie: date, /, **parameters: Any) -> Bevinding:
    """The finding ``code`` about ``velden``, its message filled from the template in ``taal``.

    ``parameters`` fill the template; they must never be input values (see the module docstring).
    """
    regel = CODES[code]
    sjabloon = regel.nl if taal is Taal.NL else regel.en
    return Bevinding(
        code=code,
        ernst=regel.ernst,
        velden=tuple(velden),
        melding=sjabloon.format(**parameters),
        grondslag=tuple(c.bron(versie) for c in regel.grondslag),
    )
