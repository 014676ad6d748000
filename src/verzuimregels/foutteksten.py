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
from typing import Any, Protocol

from .teksten import Taal


@dataclass(frozen=True, slots=True)
class Tekst:
    """A Dutch and an English text (or ``str.format`` template, filled with non-personal values)."""

    nl: str
    en: str

    def in_taal(self, taal: Taal) -> str:
        return self.nl if taal is Taal.NL else self.en


class Vertaalbaar(Protocol):
    """Anything that gives its text in either language (a reason, a usage error)."""

    def tekst(self, taal: Taal) -> str: ...


def in_taal(waarde: Any, taal: Taal) -> Any:
    """``waarde`` as shown in ``taal``: a :class:`Tekst` or a reason in that language, anything else as is."""
    if isinstance(waarde, Tekst):
        return waarde.in_taal(taal)
    if isinstance(waarde, MetReden):
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

    def tekst(self, taal: Taal) -> str:
        """The reason in ``taal`` (Dutch or English), filled with its values."""
        waarden = {k: in_taal(v, taal) for k, v in self.waarden.items()}
        return self._sjabloon.in_taal(taal).format(**waarden)


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
