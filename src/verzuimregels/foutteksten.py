"""The reasons of the library's errors about an input as a whole, one code each, in Dutch and English.

A :class:`~verzuimregels.fouten.Leesfout` (a CSV file, a school system's export, a pupils file or a code
table that cannot be read), a :class:`~verzuimregels.toets.Toetsfout` (a file of test cases that cannot
be used) and an :class:`~verzuimregels.fouten.OntbrekendeExtra` carry a code of :data:`REDENEN` and the
values that fill its text; ``str()`` is the English text, :meth:`MetReden.tekst` gives either language.
Each text names the form that was expected ("verwacht ..."). A value read from the input is never a
field of a text: positions, line numbers, limits, option and column names of the schema are.

The command line shows such a reason inside its usage error with both codes:
``de invoer is niet te lezen: de kopregel noemt een kolom twee keer; ... [onleesbaar/kop_kolom_dubbel]``
(docs/cli.md lists them).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

from .teksten import Taal


@dataclass(frozen=True, slots=True)
class Tekst:
    """A Dutch and an English text (or ``str.format`` template, filled with non-personal values)."""

    nl: str
    en: str

    def in_taal(self, taal: Taal) -> str:
        return self.nl if taal is Taal.NL else self.en


@runtime_checkable
class Vertaalbaar(Protocol):
    """Anything that gives its text in either language (a reason, an ``Invoerfout``)."""

    def tekst(self, taal: Taal) -> str: ...


def in_taal(waarde: Any, taal: Taal) -> Any:
    """``waarde`` as shown in ``taal``: a :class:`Tekst` or a reason in that language, anything else as is."""
    if isinstance(waarde, Tekst):
        return waarde.in_taal(taal)
    if isinstance(waarde, Vertaalbaar):
        return waarde.tekst(taal)
    return waarde


_CSV_KOP = Tekst(
    "verwacht als eerste regel de kolomnamen, gescheiden door ',' ';' of een tab",
    "expected the column names as the first line, separated by ',' ';' or a tab",
)
_SLA_OP = Tekst(
    "verwacht UTF-8 of Windows-1252 (sla het bestand opnieuw op als CSV)",
    "expected UTF-8 or Windows-1252 (save the file again as CSV)",
)

REDENEN: dict[str, Tekst] = {
    # --- CSV (tabel.py: every command and adapter that reads CSV) ---------------------------------------
    "codering_onbekend": Tekst(
        "onbekende tekenset: verwacht één van {coderingen}",
        "unknown encoding; expected one of {coderingen}",
    ),
    "scheidingsteken_onbekend": Tekst(
        "onbekend scheidingsteken: verwacht ',', ';' of een tab",
        "unknown separator; expected ',', ';' or a tab",
    ),
    "csv_leeg": Tekst(
        f"de invoer is leeg: {_CSV_KOP.nl}, daaronder de rijen",
        f"the input is empty; {_CSV_KOP.en}, then the rows",
    ),
    "kop_te_lang": Tekst(
        "de kopregel is langer dan {max} tekens: verwacht een kopregel met alleen de kolomnamen",
        "the header line is longer than {max} characters; expected a header line of column names only",
    ),
    "kop_bom": Tekst(
        "de kopregel bevat een beschadigde of dubbele byte-order mark: verwacht ten hoogste één mark "
        "vooraan (sla het bestand opnieuw op)",
        "the header line holds a damaged or doubled byte-order mark; expected at most one mark at the "
        "start (save the file again)",
    ),
    "kop_geen_utf8": Tekst(
        "de kopregel is geen geldige UTF-8 (teken {positie}): verwacht UTF-8; een CSV die Excel in een "
        "Nederlandse omgeving opslaat is meestal Windows-1252: lees die met {optie}",
        "the header line is not valid UTF-8 (character {positie}); expected UTF-8; a CSV saved by Excel "
        "in a Dutch locale is usually Windows-1252: read it with {optie}",
    ),
    "kop_geen_cp1252": Tekst(
        "de kopregel bevat bytes die geen Windows-1252 zijn (teken {positie}): verwacht Windows-1252; is "
        "het UTF-8, laat --encoding dan weg",
        "the header line holds bytes that are not Windows-1252 (character {positie}); expected "
        "Windows-1252; if it is UTF-8, leave out --encoding",
    ),
    "kop_geen_csv": Tekst(
        f"de kopregel is geen geldige CSV (een aanhalingsteken zonder paar?): {_CSV_KOP.nl}",
        f"the header line is not valid CSV (an unpaired quote?); {_CSV_KOP.en}",
    ),
    "kop_lege_kolom": Tekst(
        "de kopregel heeft een lege kolomnaam (of eindigt op een scheidingsteken): verwacht een naam "
        "voor elke kolom",
        "the header has an empty column name (or the line ends with a separator); expected a name for "
        "every column",
    ),
    "kop_kolom_dubbel": Tekst(
        "de kopregel noemt een kolom twee keer: verwacht elke kolomnaam één keer",
        "the header names a column twice; expected each column name once",
    ),
    "kop_onbekende_kolommen": Tekst(
        "kolom(men) {posities} van de kopregel zijn geen bekende kolommen (een bestand zonder kopregel, "
        "of een ander scheidingsteken dan {teken}?): verwacht kolomnamen uit {kolommen}",
        "column(s) {posities} of the header are not known columns (a file without a header row, or a "
        "separator other than {teken}?); expected column names from {kolommen}",
    ),
    "kop_kolommen_ontbreken": Tekst(
        "de kopregel mist de kolom(men) {kolommen}: verwacht ze alle in de kopregel",
        "the header lacks the column(s) {kolommen}; expected all of them in the header",
    ),
    "utf16": Tekst(
        f"het bestand is UTF-16 (Excel 'Unicode-tekst'): {_SLA_OP.nl}",
        f"the file is UTF-16 (Excel 'Unicode text'); {_SLA_OP.en}",
    ),
    "bom_met_codering": Tekst(
        "het bestand begint met een UTF-8 byte-order mark: het is UTF-8, verwacht geen --encoding",
        "the file starts with a UTF-8 byte-order mark: it is UTF-8; expected no --encoding (leave out "
        "--encoding)",
    ),
    "bom_beschadigd": Tekst(
        f"het bestand begint met een beschadigde byte-order mark: {_SLA_OP.nl}",
        f"the file starts with a damaged byte-order mark; {_SLA_OP.en}",
    ),
    "getal_te_lang": Tekst(
        "de invoer bevat een getal van meer dan {max} cijfers: verwacht getallen van gewone grootte",
        "the input holds a number of more than {max} digits; expected numbers of ordinary size",
    ),
    # --- School systems' exports and pupils files (schoolsystemen/) -------------------------------------
    "systeem_onbekend": Tekst(
        "onbekend schoolsysteem: verwacht één van {systemen}",
        "unknown school system; expected one of {systemen}",
    ),
    # --- Code tables (schoolsystemen/codetabel.py) ------------------------------------------------------
    "codetabel_geen_toml": Tekst(
        '{tabel} is geen geldige TOML{plek}: verwacht systeem = "..." en de tabellen [codes] en [overslaan]',
        '{tabel} is not valid TOML{plek}; expected systeem = "..." and the tables [codes] and [overslaan]',
    ),
    "codetabel_onbekende_sleutels": Tekst(
        "{tabel}: onbekende sleutel(s) {sleutels}; verwacht systeem, codes, overslaan",
        "{tabel}: unknown key(s) {sleutels}; expected systeem, codes, overslaan",
    ),
    "codetabel_systeem": Tekst(
        '{tabel}: systeem moet één zijn van {systemen}; verwacht bijvoorbeeld systeem = "magister"',
        '{tabel}: systeem must be one of {systemen}; expected e.g. systeem = "magister"',
    ),
    "codetabel_ander_systeem": Tekst(
        "{tabel} is een codetabel voor {gelezen}, niet voor {systeem}: verwacht een tabel met "
        'systeem = "{systeem}"',
        '{tabel} is a table for {gelezen}, not for {systeem}; expected a table with systeem = "{systeem}"',
    ),
    "codetabel_geen_tabellen": Tekst(
        '{tabel}: [codes] en [overslaan] moeten tabellen zijn: verwacht [codes] met "code" = "reden"',
        '{tabel}: [codes] and [overslaan] must be tables; expected [codes] with "code" = "reden"',
    ),
    "codetabel_onbekende_reden": Tekst(
        "{tabel}: code {code} verwijst naar een onbekende reden: verwacht één van {redenen}",
        "{tabel}: code {code} maps to an unknown reden; expected one of {redenen}",
    ),
    "codetabel_overslaan_zonder_reden": Tekst(
        "{tabel}: [overslaan] {code} heeft geen reden: verwacht een tekst die zegt waarom het geen "
        "verzuim is",
        "{tabel}: [overslaan] {code} needs a reason; expected a text that says why it is no absence",
    ),
    "codetabel_code_dubbel": Tekst(
        "{tabel}: code {code} staat in [codes] en in [overslaan]: verwacht hem in één van beide",
        "{tabel}: code {code} is both in [codes] and in [overslaan]; expected it in one of them",
    ),
    "codetabel_geen_standaard": Tekst(
        "geen standaardcodetabel voor dit systeem: verwacht één van {systemen}",
        "no default code table for this system; expected one of {systemen}",
    ),
    "codetabel_onleesbaar": Tekst(
        "kan {tabel} niet lezen ({reden}): verwacht een TOML-bestand dat bestaat en leesbaar is",
        "cannot read {tabel} ({reden}); expected a TOML file that exists and can be read",
    ),
    "codetabel_geen_utf8": Tekst(
        "{tabel} is geen UTF-8: verwacht een TOML-bestand in UTF-8",
        "{tabel} is not UTF-8; expected a TOML file in UTF-8",
    ),
    # --- Test cases as data (toets.py) ------------------------------------------------------------------
    "toets_onleesbaar": Tekst(
        "kan {pad} niet lezen ({reden}): verwacht een YAML- of JSON-bestand in UTF-8 dat bestaat",
        "cannot read {pad} ({reden}); expected a YAML or JSON file in UTF-8 that exists",
    ),
    "toets_geen_lijst": Tekst(
        "verwacht een lijst van gevallen (elk met naam, commando, invoer en verwacht)",
        "expected a list of cases (each with naam, commando, invoer and verwacht)",
    ),
    "toets_geen_json": Tekst(
        "geen geldige JSON (regel {regel}): verwacht een lijst van gevallen",
        "not valid JSON (line {regel}); expected a list of cases",
    ),
    "toets_geen_yaml": Tekst(
        "geen geldige YAML{plek}: verwacht een lijst van gevallen",
        "not valid YAML{plek}; expected a list of cases",
    ),
    "toets_geen_mapping": Tekst(
        "geval {positie}: verwacht een mapping met naam, commando, invoer en verwacht",
        "case {positie}: expected a mapping with naam, commando, invoer and verwacht",
    ),
    "toets_onbekende_sleutels": Tekst(
        "geval {positie}: sleutel(s) {posities} van het geval zijn niet bekend; verwacht {sleutels}",
        "case {positie}: key(s) {posities} of the case are not known; expected {sleutels}",
    ),
    "toets_commando": Tekst(
        "geval {positie} ({naam}): commando moet één zijn van {commandos}; verwacht bijvoorbeeld "
        "commando: beoordeel",
        "case {positie} ({naam}): commando must be one of {commandos}; expected e.g. commando: beoordeel",
    ),
    "toets_sleutel_ontbreekt": Tekst(
        "geval {positie} ({naam}): '{sleutel}' ontbreekt; verwacht naam, commando, invoer en verwacht",
        "case {positie} ({naam}): '{sleutel}' is missing; expected naam, commando, invoer and verwacht",
    ),
    "toets_opties": Tekst(
        "geval {positie} ({naam}): de opties van {commando} zijn {opties}; verwacht een mapping met "
        "alleen die sleutels",
        "case {positie} ({naam}): opties of {commando} are {opties}; expected a mapping with only those keys",
    ),
    "toets_optie_ongeldig": Tekst(
        "geval {positie} ({naam}): een optie is niet geldig; verwacht de waarden die de gelijknamige "
        "vlag van de CLI neemt (peildatum als jjjj-mm-dd)",
        "case {positie} ({naam}): an option is not valid; expected the values the CLI's flag of the same "
        "name takes (peildatum as yyyy-mm-dd)",
    ),
    "toets_peildatum_ontbreekt": Tekst(
        "geval {positie} ({naam}): analyseer verwacht opties.peildatum (jjjj-mm-dd)",
        "case {positie} ({naam}): analyseer needs opties.peildatum; expected opties: {{peildatum: "
        "yyyy-mm-dd}}",
    ),
    "toets_te_groot": Tekst(
        "het is groter dan {mb} MB; verwacht een bestand van ten hoogste {mb} MB (het wordt in zijn "
        "geheel gelezen): splits het",
        "it is larger than {mb} MB; expected a file of at most {mb} MB (it is read whole): split it",
    ),
    # --- Optional extras (fouten.OntbrekendeExtra) ------------------------------------------------------
    "extra_nodig": Tekst(
        "{onderdeel} heeft {pakket}de extra '{extra}') nodig: verwacht die geïnstalleerd, met pip install "
        "'verzuimregels[{extra}]'",
        "{onderdeel} needs {pakket}the '{extra}' extra): pip install 'verzuimregels[{extra}]'",
    ),
}
"""Every reason of a :class:`MetReden` error: code -> Dutch and English text."""


REGELS: dict[str, str] = {
    # --- pydantic's own error types (their English message is the Veldfout's melding) ------------------
    "missing": "ontbreekt: verwacht een waarde voor {veld}",
    "extra_forbidden": (
        "is geen veld van het schema: verwacht alleen de velden van het schema (verzuimregels schema)"
    ),
    "bool_type": "verwacht true of false",
    "bool_parsing": "verwacht true of false",
    "int_type": "verwacht een geheel getal zoals 8",
    "int_parsing": "verwacht een geheel getal zoals 8",
    "int_from_float": "verwacht een geheel getal zoals 8, zonder decimalen",
    "int_parsing_size": "verwacht een geheel getal van gewone grootte",
    "float_type": "verwacht een getal zoals 6.5",
    "float_parsing": "verwacht een getal zoals 6.5",
    "decimal_type": "verwacht een getal zoals 6.5",
    "decimal_parsing": "verwacht een getal zoals 6.5",
    "decimal_max_digits": "verwacht een getal van ten hoogste {max_digits} cijfers",
    "decimal_max_places": "verwacht een getal met ten hoogste {decimal_places} decimalen",
    "decimal_whole_digits": "verwacht een getal met ten hoogste {whole_digits} cijfers voor de komma",
    "finite_number": "verwacht een eindig getal",
    "string_type": "verwacht een tekst",
    "string_unicode": "verwacht een tekst (geldige UTF-8)",
    "string_too_short": "verwacht een tekst van ten minste {min_length} teken(s)",
    "string_too_long": "verwacht een tekst van ten hoogste {max_length} tekens",
    "string_pattern_mismatch": "verwacht een tekst in de vorm {pattern}",
    "too_short": "verwacht ten minste {min_length} element(en)",
    "too_long": "verwacht ten hoogste {max_length} element(en)",
    "greater_than": "verwacht een waarde groter dan {gt}",
    "greater_than_equal": "verwacht een waarde van ten minste {ge}",
    "less_than": "verwacht een waarde kleiner dan {lt}",
    "less_than_equal": "verwacht een waarde van ten hoogste {le}",
    "multiple_of": "verwacht een veelvoud van {multiple_of}",
    "enum": "verwacht één van: {expected}",
    "literal_error": "verwacht één van: {expected}",
    "dict_type": "verwacht een JSON-object",
    "model_type": "verwacht een JSON-object",
    "model_attributes_type": "verwacht een JSON-object",
    "mapping_type": "verwacht een JSON-object",
    "list_type": "verwacht een lijst (een JSON-array)",
    "tuple_type": "verwacht een lijst (een JSON-array)",
    "set_type": "verwacht een lijst (een JSON-array) zonder dubbele waarden",
    "frozen_set_type": "verwacht een lijst (een JSON-array) zonder dubbele waarden",
    "set_item_not_hashable": "verwacht een lijst van eenvoudige waarden",
    "date_type": "verwacht een datum als jjjj-mm-dd",
    "date_parsing": "verwacht een datum als jjjj-mm-dd",
    "date_from_datetime_parsing": "verwacht een datum als jjjj-mm-dd",
    "date_from_datetime_inexact": "verwacht een datum als jjjj-mm-dd, zonder tijd",
    "time_type": "verwacht een tijd als uu:mm",
    "time_parsing": "verwacht een tijd als uu:mm",
    "datetime_type": "verwacht een datum met tijd als jjjj-mm-ddTuu:mm",
    "datetime_parsing": "verwacht een datum met tijd als jjjj-mm-ddTuu:mm",
    "value_error": "de waarde is niet geldig: verwacht een waarde zoals het schema die beschrijft",
    "assertion_error": "de waarde is niet geldig: verwacht een waarde zoals het schema die beschrijft",
    "union_tag_invalid": "verwacht een soort die het schema noemt",
    "union_tag_not_found": "verwacht een veld dat de soort noemt",
    "is_instance_of": "verwacht een waarde van het soort dat het schema noemt",
    "frozen_instance": "kan niet gewijzigd worden: verwacht een nieuw object",
    "frozen_field": "kan niet gewijzigd worden: verwacht een nieuw object",
    "no_such_attribute": "is geen veld van het model: verwacht een veld van het schema",
    "json_invalid": "verwacht geldige JSON",
    "json_type": "verwacht JSON als tekst",
    "recursion_loop": "de invoer bevat zichzelf: verwacht waarden zonder kringverwijzing",
    # --- The library's own rules ------------------------------------------------------------------------
    "alleen_11a": (
        "uren_per_week geldt alleen bij art. 11a: verwacht het alleen bij een vrijstelling op die grond"
    ),
    "alleen_5a": "nooit_geschikt geldt alleen bij art. 5 onder a: verwacht het alleen bij die grond",
    "alleen_kwalificatieplichtig": (
        "onderwijsdagen geldt alleen voor een kwalificatieplichtige: verwacht kwalificatieplichtig true, of "
        "geen onderwijsdagen"
    ),
    "basisschool_onvolledig": (
        "basisschool_afgerond_schooljaar en basisschool_schooljaren horen samen: verwacht ook {veld}"
    ),
    "buiten_schooljaar": (
        "het record ligt vóór het schooljaar dat schooljaar noemt: verwacht een datum op of na 1 augustus "
        "van dat jaar"
    ),
    "code_onbekend": (
        "de code staat niet in de codetabel (niet getoond: het kan een persoonsgegeven zijn): verwacht hem "
        "in [codes] of [overslaan]"
    ),
    "csv_onleesbaar": (
        "de rij is geen geldige CSV (kapotte aanhalingstekens, of een te lange cel): verwacht "
        "aanhalingstekens in paren"
    ),
    "csv_strijdig": "verschilt van de eerste rij van de leerling: verwacht dezelfde waarde op elke rij",
    "datumtijd_formaat": "verwacht een datum met tijd en tijdzone, zoals 2026-03-02T08:30:00+01:00",
    "dagen_formaat": "verwacht 'JJJJ-MM-DD=dag' of 'JJJJ-MM-DD=1,2,3'",
    "datum_bestaat_niet": "verwacht een datum die bestaat (jjjj-mm-dd)",
    "datum_buiten_bereik": (
        "een datum die uit de gegeven datums volgt valt buiten de kalender die de bibliotheek kent "
        "(0001-01-01 tot 9999-12-31): verwacht datums daarbinnen"
    ),
    "datum_formaat": "verwacht een datum als jjjj-mm-dd",
    "datum_ontbreekt": "geboortedatum en eerste_verzuimdag horen samen: verwacht ook {veld}",
    "datum_type": "verwacht een datum als jjjj-mm-dd",
    "datum_volgorde": "{eerste} ligt vóór {tweede}: verwacht {eerste} op of na {tweede}",
    "delen_verschillen": "een deel verschilt van deel 1: verwacht dezelfde waarde in elk deel",
    "dubbel": "noemt een weekdag twee keer: verwacht elke dag één keer",
    "dubbele_sleutel": (
        "een JSON-object in deze rij noemt dezelfde sleutel twee keer: verwacht elke sleutel één keer"
    ),
    "duur_formaat": "verwacht een positief getal (minuten; voor eventDuration meer dan 0, ten hoogste 1)",
    "feit_ontbreekt": "ontbreekt: verwacht een waarde, want een vraag van de beslisboom leest dit feit",
    "geen_cp1252": (
        "de rij bevat bytes die geen Windows-1252 zijn: verwacht Windows-1252; is het UTF-8, laat "
        "--encoding dan weg"
    ),
    "geboortedatum_na_peildatum": (
        "geboortedatum ligt na peildatum: verwacht een geboortedatum op of vóór de peildatum"
    ),
    "geen_utf8": (
        "de rij is geen geldige UTF-8: verwacht UTF-8; een CSV die Excel in een Nederlandse omgeving "
        "opslaat is meestal Windows-1252: lees die met {lees_met}"
    ),
    "geheel_formaat": "verwacht een geheel getal zoals 8",
    "getal_formaat": "verwacht een getal zoals 2, 1,5 of 1.5",
    "geen_delen": "er is geen deel om samen te voegen: verwacht ten minste één deel",
    "geen_json": "geen geldige JSON: verwacht één JSON-object per regel",
    "geen_object": "verwacht een JSON-object",
    "geen_lijst": "verwacht een lijst (een JSON-array)",
    "ongeldige_keuze": "verwacht één van de keuzes die de functie noemt",
    "pad_geen_lijst": "verwacht een lijst van stappen",
    "pad_onvolledig": "het pad stopt voor een uitkomst: verwacht een pad tot en met een uitkomst",
    "pad_volgt_boom_niet": "een stap volgt de boom niet: verwacht de stappen van de boom, in volgorde",
    "geen_wetsversie": (
        "geen versie van de Leerplichtwet vastgelegd voor deze datum: verwacht een datum vanaf {oudste}"
    ),
    "groepsveld_onbekend": "onbekend groepsveld: verwacht een groepsveld dat het commando noemt (zie --help)",
    "indeling_onbekend": "onbekende indeling: verwacht één van: {keuzes}",
    "janee_formaat": "verwacht ja/nee, j/n, true/false, waar/onwaar of 1/0",
    "kolom_dubbel": "het frame heeft dubbele kolomnamen: verwacht elke kolom één keer",
    "kolom_ontbreekt": (
        "een kolom ontbreekt in het frame: verwacht de kolom sleutel en de door te geven kolommen"
    ),
    "leeftijd_ontbreekt": (
        "geef leeftijd_eerste_verzuimdag, of geboortedatum en eerste_verzuimdag: verwacht een van beide"
    ),
    "leeftijd_strijdig": (
        "leeftijd_eerste_verzuimdag strijdt met geboortedatum en eerste_verzuimdag: verwacht de leeftijd op "
        "de eerste verzuimdag, of laat hem weg"
    ),
    "leerling_dubbel": (
        "deze leerling staat twee keer in het leerlingenbestand: verwacht elke leerling één keer"
    ),
    "leerling_leeg": "leerling is leeg: verwacht de sleutel van een leerling",
    "leerling_niet_aaneengesloten": (
        "de rijen van deze leerling staan niet bij elkaar: verwacht de rijen van elke leerling bij "
        "elkaar, of "
        "--volgorde willekeurig"
    ),
    "leerling_onbekend": "de leerling staat niet in het leerlingenbestand: verwacht hem in --leerlingen",
    "leerling_te_veel_rijen": "deze leerling heeft te veel rijen: verwacht minder rijen per leerling",
    "leerplicht_onbepaald": (
        "op 5-jarige leeftijd is de leerplicht misschien nog niet begonnen (Lpw art. 3 lid 1): verwacht "
        "geboortedatum en eerste_verzuimdag"
    ),
    "lesuur_te_lang": (
        "lesuren tellen alleen als een lesuur 60 minuten of korter duurt: verwacht lesuur_minuten van ten "
        "hoogste 60, of telt_lesuren false"
    ),
    "meer_fouten": "nog meer problemen in de rijen van deze leerling: verwacht ze opgelost zoals de eerste",
    "onbekend_veld": "onbekende sleutel(s): verwacht alleen de velden van het schema",
    "onbekende_kolom": "onbekende kolom(men): verwacht alleen de kolommen van het frame",
    "onderwijssoort_ontbreekt": "{optie} verwacht ook --onderwijssoort (po, vo of mbo)",
    "peildatum_voor_schooljaar": (
        "peildatum ligt vóór het schooljaar: verwacht een peildatum in of na het schooljaar"
    ),
    "perioden_formaat": "verwacht 'JJJJ-MM-DD/JJJJ-MM-DD'",
    "po_telt_klokuren": "po telt klokuren, geen lesuren: verwacht geen telt_lesuren true bij po",
    "recent_ongeldig": "recent is een geheel aantal dagen: verwacht ten minste 1",
    "records_overlappen": (
        "overlapt {tweede} (ze zouden twee keer geteld worden): verwacht records die elkaar niet overlappen"
    ),
    "regel_te_lang": "de regel is te lang: verwacht ten hoogste 1 MiB per regel",
    "school_ontbreekt": (
        "geef een school, of --onderwijssoort: verwacht een school bij de leerling of --onderwijssoort "
        "po, vo of mbo"
    ),
    "schooljaar_ontbreekt": "basisschool_afgerond_schooljaar verwacht ook eerste_volledige_schooljaar",
    "schoolvakanties_onbekend": (
        "de schoolvakanties van deze regio in dit schooljaar zijn niet bekend: verwacht de eigen "
        "kalender van "
        "de school voor dat jaar (eigen_schooljaren met vrije_dagen)"
    ),
    "sleutel_dubbel": (
        "deze sleutel is al gebruikt door een eerdere leerling: verwacht een eigen sleutel per leerling"
    ),
    "sleutel_ontbreekt": "de leerling heeft geen sleutel: verwacht een sleutel (een eigen, pseudonieme code)",
    "sleutel_persoonsnummer": (
        "de sleutel doorstaat de controle van een BSN of onderwijsnummer, dus het kan iemands nummer zijn "
        "(AVG): verwacht een eigen, pseudonieme sleutel"
    ),
    "te_diep": "de invoer is te diep genest: verwacht minder niveaus",
    "te_veel_kolommen": (
        "de rij heeft meer cellen dan de kopregel kolommen: verwacht evenveel cellen als kolommen"
    ),
    "taal_onbekend": "onbekende taal: verwacht één van: {keuzes}",
    "tekst_type": "verwacht een tekst",
    "tijd_bestaat_niet": "verwacht een tijd die bestaat (uu:mm)",
    "tijd_formaat": "verwacht een tijd als uu:mm of uu:mm:ss",
    "tijd_onvolledig": "van en tot horen samen: verwacht beide of geen van beide",
    "tijd_volgorde": "het einde ligt vóór het begin: verwacht tot na van",
    "uren_meer_dan_lesdag": (
        "de records van deze dag hebben samen meer uren dan de lesdag: verwacht per dag ten hoogste de "
        "uren van de lesdag"
    ),
    "uren_en_tijd": "geef uren of van/tot, niet beide: verwacht één van beide",
    "uren_niet_positief": "uren moet meer dan 0 zijn: verwacht een getal groter dan 0",
    "vakantieverlof_alleen_hoofd": (
        "vakantieverlof wordt alleen door het hoofd verleend (art. 13a lid 1): verwacht verleend_door hoofd"
    ),
    "verlof_nul_dagen": (
        "het verlof bevat geen dag om te tellen (geen lesdag tussen eerste_dag en laatste_dag): verwacht ten "
        "minste één lesdag"
    ),
    "verlof_overlapt": (
        "een eerder verlof overlapt het gevraagde (het zou twee keer geteld worden): verwacht verloven die "
        "elkaar niet overlappen"
    ),
    "verlof_twee_schooljaren": (
        "de dagen van het verlof vallen in twee schooljaren: verwacht een aanvraag per schooljaar"
    ),
    "voor_geboortedatum": (
        "het record ligt vóór de geboortedatum: verwacht een datum op of na de geboortedatum"
    ),
}
"""The Dutch text of each rule code of a :class:`~verzuimregels.fouten.Veldfout` (its ``regel``): what the
rule expects. The English text is :data:`REGELS_EN`'s (the JSON ``melding`` of an error row stays the
Veldfout's own). Fields: ``{veld}``, ``{eerste}`` and
``{tweede}`` (the fields involved), ``{optie}`` (the field as a CLI option) and the rule's context
(``{ge}``, ``{max_length}``, ``{expected}``, ``{oudste}``, ``{keuzes}``, ``{lees_met}``, ...), which an
error row keeps (:attr:`~verzuimregels.fouten.Veldfout.context`)."""


REGELS_EN: dict[str, str] = {
    # --- pydantic's own error types --------------------------------------------------------------------
    "missing": "is missing: expected a value for {veld}",
    "extra_forbidden": (
        "is not a field of the schema: expected only the fields of the schema (verzuimregels schema)"
    ),
    "bool_type": "expected true or false",
    "bool_parsing": "expected true or false",
    "int_type": "expected a whole number such as 8",
    "int_parsing": "expected a whole number such as 8",
    "int_from_float": "expected a whole number such as 8, without decimals",
    "int_parsing_size": "expected a whole number of ordinary size",
    "float_type": "expected a number such as 6.5",
    "float_parsing": "expected a number such as 6.5",
    "decimal_type": "expected a number such as 6.5",
    "decimal_parsing": "expected a number such as 6.5",
    "decimal_max_digits": "expected a number of at most {max_digits} digits",
    "decimal_max_places": "expected a number with at most {decimal_places} decimals",
    "decimal_whole_digits": "expected a number with at most {whole_digits} digits before the decimal point",
    "finite_number": "expected a finite number",
    "string_type": "expected a text",
    "string_unicode": "expected a text (valid UTF-8)",
    "string_too_short": "expected a text of at least {min_length} character(s)",
    "string_too_long": "expected a text of at most {max_length} characters",
    "string_pattern_mismatch": "expected a text of the form {pattern}",
    "too_short": "expected at least {min_length} item(s)",
    "too_long": "expected at most {max_length} item(s)",
    "greater_than": "expected a value greater than {gt}",
    "greater_than_equal": "expected a value of at least {ge}",
    "less_than": "expected a value less than {lt}",
    "less_than_equal": "expected a value of at most {le}",
    "multiple_of": "expected a multiple of {multiple_of}",
    "enum": "expected one of: {expected}",
    "literal_error": "expected one of: {expected}",
    "dict_type": "expected a JSON object",
    "model_type": "expected a JSON object",
    "model_attributes_type": "expected a JSON object",
    "mapping_type": "expected a JSON object",
    "list_type": "expected a list (a JSON array)",
    "tuple_type": "expected a list (a JSON array)",
    "set_type": "expected a list (a JSON array) without repeated values",
    "frozen_set_type": "expected a list (a JSON array) without repeated values",
    "set_item_not_hashable": "expected a list of simple values",
    "date_type": "expected a date as yyyy-mm-dd",
    "date_parsing": "expected a date as yyyy-mm-dd",
    "date_from_datetime_parsing": "expected a date as yyyy-mm-dd",
    "date_from_datetime_inexact": "expected a date as yyyy-mm-dd, without a time",
    "time_type": "expected a time as hh:mm",
    "time_parsing": "expected a time as hh:mm",
    "datetime_type": "expected a date with a time as yyyy-mm-ddThh:mm",
    "datetime_parsing": "expected a date with a time as yyyy-mm-ddThh:mm",
    "value_error": "the value is not valid: expected a value as the schema describes it",
    "assertion_error": "the value is not valid: expected a value as the schema describes it",
    "union_tag_invalid": "expected a kind that the schema names",
    "union_tag_not_found": "expected a field that names the kind",
    "is_instance_of": "expected a value of the kind the schema names",
    "frozen_instance": "cannot be changed: expected a new object",
    "frozen_field": "cannot be changed: expected a new object",
    "no_such_attribute": "is not a field of the model: expected a field of the schema",
    "json_invalid": "expected valid JSON",
    "json_type": "expected JSON as a text",
    "recursion_loop": "the input contains itself: expected values without a circular reference",
    # --- The library's own rules ------------------------------------------------------------------------
    "alleen_11a": (
        "uren_per_week applies only under art. 11a: expected it only with an exemption on that ground"
    ),
    "alleen_5a": ("nooit_geschikt applies only under art. 5 onder a: expected it only with that ground"),
    "alleen_kwalificatieplichtig": (
        "onderwijsdagen applies only to a pupil under kwalificatieplicht: expected kwalificatieplichtig "
        "true, or no onderwijsdagen"
    ),
    "basisschool_onvolledig": (
        "basisschool_afgerond_schooljaar and basisschool_schooljaren go together: expected {veld} as well"
    ),
    "buiten_schooljaar": (
        "the record lies before the school year that schooljaar names: expected a date on or after "
        "1 August of that year"
    ),
    "code_onbekend": (
        "the code is not in the code table (not shown: it may be personal data): expected it in [codes] "
        "or [overslaan]"
    ),
    "csv_onleesbaar": (
        "the row is not valid CSV (broken quotes, or a cell that is too long): expected quotes in pairs"
    ),
    "csv_strijdig": "differs from the pupil's first row: expected the same value on every row",
    "datumtijd_formaat": "expected a date with a time and a time zone, such as 2026-03-02T08:30:00+01:00",
    "dagen_formaat": "expected 'YYYY-MM-DD=day' or 'YYYY-MM-DD=1,2,3'",
    "datum_bestaat_niet": "expected a date that exists (yyyy-mm-dd)",
    "datum_buiten_bereik": (
        "a date that follows from the given dates falls outside the calendar the library knows "
        "(0001-01-01 to 9999-12-31): expected dates within it"
    ),
    "datum_formaat": "expected a date as yyyy-mm-dd",
    "datum_ontbreekt": "geboortedatum and eerste_verzuimdag go together: expected {veld} as well",
    "datum_type": "expected a date as yyyy-mm-dd",
    "datum_volgorde": "{eerste} lies before {tweede}: expected {eerste} on or after {tweede}",
    "delen_verschillen": "a part differs from part 1: expected the same value in every part",
    "dubbel": "names a weekday twice: expected each day once",
    "dubbele_sleutel": "a JSON object in this row names the same key twice: expected each key once",
    "duur_formaat": "expected a positive number (minutes; for eventDuration more than 0, at most 1)",
    "feit_ontbreekt": "is missing: expected a value, because a question of the decision tree reads this fact",
    "geen_cp1252": (
        "the row holds bytes that are not Windows-1252: expected Windows-1252; if it is UTF-8, leave out "
        "--encoding"
    ),
    "geboortedatum_na_peildatum": (
        "geboortedatum lies after peildatum: expected a geboortedatum on or before the peildatum"
    ),
    "geen_utf8": (
        "the row is not valid UTF-8: expected UTF-8; a CSV saved by Excel in a Dutch locale is usually "
        "Windows-1252: read it with {lees_met}"
    ),
    "geheel_formaat": "expected a whole number such as 8",
    "getal_formaat": "expected a number such as 2, 1,5 or 1.5",
    "geen_delen": "there is no part to merge: expected at least one part",
    "geen_json": "not valid JSON: expected one JSON object per line",
    "geen_object": "expected a JSON object",
    "geen_lijst": "expected a list (a JSON array)",
    "ongeldige_keuze": "expected one of the choices the function names",
    "pad_geen_lijst": "expected a list of steps",
    "pad_onvolledig": "the path stops before an outcome: expected a path up to and including an outcome",
    "pad_volgt_boom_niet": "a step does not follow the tree: expected the steps of the tree, in order",
    "geen_wetsversie": (
        "no version of the Leerplichtwet recorded for this date: expected a date from {oudste} on"
    ),
    "groepsveld_onbekend": "unknown group field: expected a group field the command names (see --help)",
    "indeling_onbekend": "unknown layout: expected one of: {keuzes}",
    "janee_formaat": "expected yes/no, y/n, true/false, ja/nee or 1/0",
    "kolom_dubbel": "the frame has repeated column names: expected each column once",
    "kolom_ontbreekt": (
        "a column is missing from the frame: expected the column 'sleutel' and the columns to pass on"
    ),
    "leeftijd_ontbreekt": (
        "give leeftijd_eerste_verzuimdag, or geboortedatum and eerste_verzuimdag: expected one of the two"
    ),
    "leeftijd_strijdig": (
        "leeftijd_eerste_verzuimdag contradicts geboortedatum and eerste_verzuimdag: expected the age on "
        "the first day of absence, or leave it out"
    ),
    "leerling_dubbel": "this pupil is in the pupils file twice: expected each pupil once",
    "leerling_leeg": "'leerling' is empty: expected the key of a pupil",
    "leerling_niet_aaneengesloten": (
        "the rows of this pupil are not together: expected the rows of each pupil together, or "
        "--volgorde willekeurig"
    ),
    "leerling_onbekend": "the pupil is not in the pupils file: expected the pupil in --leerlingen",
    "leerling_te_veel_rijen": "this pupil has too many rows: expected fewer rows per pupil",
    "leerplicht_onbepaald": (
        "at age 5 the leerplicht may not have begun yet (Lpw art. 3 lid 1): expected geboortedatum and "
        "eerste_verzuimdag"
    ),
    "lesuur_te_lang": (
        "lesuren count only if a lesson lasts 60 minutes or less: expected lesuur_minuten of at most 60, "
        "or telt_lesuren false"
    ),
    "meer_fouten": "more problems in this pupil's rows: expected them fixed like the first",
    "onbekend_veld": "unknown key(s): expected only the fields of the schema",
    "onbekende_kolom": "unknown column(s): expected only the columns of the frame",
    "onderwijssoort_ontbreekt": (
        "{optie} needs --onderwijssoort as well: expected --onderwijssoort po, vo or mbo"
    ),
    "peildatum_voor_schooljaar": (
        "peildatum lies before the school year: expected a peildatum in or after the school year"
    ),
    "perioden_formaat": "expected 'YYYY-MM-DD/YYYY-MM-DD'",
    "po_telt_klokuren": "po counts clock hours, not lesuren: expected no telt_lesuren true with po",
    "recent_ongeldig": "'recent' is a whole number of days: expected at least 1",
    "records_overlappen": (
        "overlaps {tweede} (they would be counted twice): expected records that do not overlap"
    ),
    "regel_te_lang": "the line is too long: expected at most 1 MiB per line",
    "school_ontbreekt": (
        "give a school, or --onderwijssoort: expected a school with the pupil or --onderwijssoort po, vo "
        "or mbo"
    ),
    "schooljaar_ontbreekt": (
        "basisschool_afgerond_schooljaar needs eerste_volledige_schooljaar: expected both"
    ),
    "schoolvakanties_onbekend": (
        "the school holidays of this region in this school year are not known: expected the school's own "
        "calendar for that year (eigen_schooljaren with vrije_dagen)"
    ),
    "sleutel_dubbel": "this key is already used by an earlier pupil: expected a key of its own per pupil",
    "sleutel_ontbreekt": "the pupil has no key: expected a key (a code of your own, a pseudonym)",
    "sleutel_persoonsnummer": (
        "the key passes the check of a BSN or onderwijsnummer, so it may be someone's number (AVG): "
        "expected a pseudonymous key of your own"
    ),
    "te_diep": "the input is nested too deeply: expected fewer levels",
    "te_veel_kolommen": (
        "the row has more cells than the header has columns: expected as many cells as columns"
    ),
    "taal_onbekend": "unknown language: expected one of: {keuzes}",
    "tekst_type": "expected a text",
    "tijd_bestaat_niet": "expected a time that exists (hh:mm)",
    "tijd_formaat": "expected a time as hh:mm or hh:mm:ss",
    "tijd_onvolledig": "'van' and 'tot' go together: expected both or neither",
    "tijd_volgorde": "the end lies before the start: expected 'tot' after 'van'",
    "uren_meer_dan_lesdag": (
        "the records of this day have more hours together than the school day: expected at most the "
        "hours of the school day per day"
    ),
    "uren_en_tijd": "give 'uren' or 'van'/'tot', not both: expected one of the two",
    "uren_niet_positief": "'uren' must be more than 0: expected a number greater than 0",
    "vakantieverlof_alleen_hoofd": (
        "vakantieverlof is granted by the head only (art. 13a lid 1): expected verleend_door 'hoofd'"
    ),
    "verlof_nul_dagen": (
        "the leave holds no day to count (no school day between eerste_dag and laatste_dag): expected at "
        "least one school day"
    ),
    "verlof_overlapt": (
        "an earlier leave overlaps the one asked for (it would be counted twice): expected leaves that do "
        "not overlap"
    ),
    "verlof_twee_schooljaren": (
        "the days of the leave fall in two school years: expected one request per school year"
    ),
    "voor_geboortedatum": (
        "the record lies before the geboortedatum: expected a date on or after the geboortedatum"
    ),
}
"""The English text of each rule code of :data:`REGELS`, with the same fields: what the rule expects.
The JSON ``melding`` of an error row stays the Veldfout's own (the contract)."""

_ONBEKENDE_REGEL = "voldoet niet aan regel {regel}: verwacht wat die regel vraagt (zie --taal en)"
_ONBEKENDE_REGEL_EN = "does not meet rule {regel}: expected what that rule asks ({melding})"


def veldtekst(veld: str, velden: tuple[str, ...], regel: str, melding: str, taal: Taal, context: Any) -> str:
    """The text of one field's problem in ``taal``: the text of :data:`REGELS` (Dutch) or
    :data:`REGELS_EN` (English) for ``regel``, filled with the field names and the rule's context; a rule
    without a text, or a context this error did not carry, gives a generic line with the code (in English
    with the ``melding`` as well)."""
    engels = taal is Taal.EN
    waarden: dict[str, Any] = {
        k: str(v).replace(" or ", " of ") if isinstance(v, str) and not engels else v
        for k, v in dict(context or {}).items()
    }
    alle = (*velden, veld, veld) if velden else (veld, veld)
    leeg = "the input" if engels else "de invoer"
    waarden |= {"veld": veld or leeg, "eerste": alle[0], "tweede": alle[1], "regel": regel}
    waarden["optie"] = "--" + (veld or "optie").replace("_", "-")
    teksten, onbekend = (REGELS_EN, _ONBEKENDE_REGEL_EN) if engels else (REGELS, _ONBEKENDE_REGEL)
    try:
        return teksten.get(regel, onbekend).format(**{**waarden, "melding": melding})
    except (KeyError, IndexError, ValueError):  # a context this error did not carry
        return onbekend.format(regel=regel, melding=melding)


class MetReden(Exception):
    """An error with a reason code of :data:`REDENEN` and the values that fill its text; ``str()`` is
    the English text, :meth:`tekst` either language (without code: the caller adds it).

    ``tekst=`` gives the texts themselves, for a reason whose code lives in another table (a JSON
    export's reading error carries the code of the CLI's JSON reader, e.g. ``json_ongeldig``)."""

    code: str
    waarden: dict[str, Any]

    def __init__(self, code: str, /, *, tekst: Tekst | None = None, **waarden: Any) -> None:
        if tekst is None and code not in REDENEN:
            raise KeyError(f"unknown reason code {code!r}")
        self.code = code
        self.waarden = waarden
        self._sjabloon = tekst if tekst is not None else REDENEN[code]
        super().__init__(self.tekst(Taal.EN))

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled with its code, texts and values (a worker's error comes back as itself)."""
        return _herbouw, (type(self), self.args, dict(self.__dict__))

    def tekst(self, taal: Taal) -> str:
        """The reason in ``taal`` (Dutch or English), filled with its values."""
        waarden = {k: in_taal(v, taal) for k, v in self.waarden.items()}
        return self._sjabloon.in_taal(taal).format(**waarden)


def _herbouw(soort: type[MetReden], args: tuple[Any, ...], staat: dict[str, Any]) -> MetReden:
    """A reason as :meth:`MetReden.__reduce__` pickled it."""
    fout = soort.__new__(soort)
    Exception.__init__(fout, *args)
    fout.__dict__.update(staat)
    return fout


def getal_te_lang() -> MetReden:
    """The reason for a JSON or YAML number longer than Python converts (``sys.get_int_max_str_digits``)."""
    import sys

    return MetReden("getal_te_lang", max=sys.get_int_max_str_digits())


def reden_van(fout: OSError) -> Tekst:
    """Why a file could not be opened, in both languages (the common errno values; else the system's)."""
    import errno

    eigen = {
        errno.ENOENT: Tekst("bestaat niet", "does not exist"),
        errno.EACCES: Tekst("geen toegang", "permission denied"),
        errno.EISDIR: Tekst("is een map", "is a directory"),
        errno.ENOTDIR: Tekst("een deel van het pad is geen map", "a part of the path is not a directory"),
        errno.ENOSPC: Tekst("de schijf is vol", "the disk is full"),
        errno.EADDRINUSE: Tekst("de poort is al in gebruik", "the port is already in use"),
        errno.EADDRNOTAVAIL: Tekst(
            "het adres is niet van deze machine", "the address is not one of this machine"
        ),
    }
    if fout.errno in eigen:
        return eigen[fout.errno]
    naam = errno.errorcode.get(fout.errno or 0, type(fout).__name__)
    return Tekst(f"systeemfout {naam}", fout.strerror or naam)
