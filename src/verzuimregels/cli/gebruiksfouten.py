"""Usage errors of the command line (exit 2), in the language of ``--taal``: Dutch by default.

Each usage error has a stable code and a Dutch and an English text that names the form the command
expected ("--peildatum verwacht een datum als jjjj-mm-dd of dd-mm-jjjj, gekregen: 8 cijfers"). A text
never holds what was read or typed where that could be personal data: a value is described by its shape
(:func:`vorm`), never echoed; option names, choices, limits, positions and line numbers are named. The
table :data:`GEBRUIKSFOUTEN` is the one place where a code and its texts live (docs/cli.md lists them).

argparse's own errors (an unknown option, a missing value, an invalid choice) are given codes as well:
:class:`Parser` raises them as :class:`Gebruiksfout` instead of printing argparse's English message.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NoReturn

from ..foutteksten import MetReden, in_taal
from ..foutteksten import Tekst as Tekst  # re-exported: the CLI's modules and tests import it here
from ..foutteksten import reden_van as reden_van
from ..teksten import Taal

if TYPE_CHECKING:
    from ..fouten import Leesfout

GEBRUIKSFOUTEN: dict[str, Tekst] = {
    # --- Options and arguments (argparse and the option types of cli/opties.py) ------------------------
    "datum": Tekst(
        "{optie} verwacht een datum als jjjj-mm-dd of dd-mm-jjjj, gekregen: {vorm}",
        "{optie} expects a date as yyyy-mm-dd or dd-mm-yyyy, got: {vorm}",
    ),
    "datum_bestaat_niet": Tekst(
        "{optie} verwacht een datum die bestaat (jjjj-mm-dd of dd-mm-jjjj), gekregen: een datum die niet "
        "bestaat",
        "{optie} expects a date that exists (yyyy-mm-dd or dd-mm-yyyy), got: a date that does not exist",
    ),
    "getal": Tekst(
        "{optie} verwacht een getal zoals 6,5 of 6.5, gekregen: {vorm}",
        "{optie} expects a number such as 6.5 or 6,5, got: {vorm}",
    ),
    "geheel_getal": Tekst(
        "{optie} verwacht een geheel getal zoals 8, gekregen: {vorm}",
        "{optie} expects a whole number such as 8, got: {vorm}",
    ),
    "ongeldige_keuze": Tekst(
        "{optie} verwacht één van: {keuzes}; gekregen: {vorm}",
        "{optie} expects one of: {keuzes}; got: {vorm}",
    ),
    "onbekend_commando": Tekst(
        "onbekend commando ({vorm}); verwacht één van: {keuzes}",
        "unknown command ({vorm}); expected one of: {keuzes}",
    ),
    "waarde_ontbreekt": Tekst(
        "{optie} verwacht een waarde: {optie} WAARDE",
        "{optie} expects a value: {optie} VALUE",
    ),
    "geen_waarde": Tekst(
        "{optie} neemt geen waarde: schrijf alleen {optie}",
        "{optie} takes no value: write {optie} alone",
    ),
    "verplicht": Tekst(
        "ontbreekt: {namen} (zie {prog} --help)",
        "missing: {namen} (see {prog} --help)",
    ),
    "onbekende_optie": Tekst(
        "onbekende optie {optie} (zie {prog} --help voor de opties)",
        "unknown option {optie} (see {prog} --help for the options)",
    ),
    "te_veel_argumenten": Tekst(
        "{aantal} argument(en) te veel ({vorm}); zie {prog} --help voor wat het commando neemt",
        "{aantal} argument(s) too many ({vorm}); see {prog} --help for what the command takes",
    ),
    "dubbelzinnige_optie": Tekst(
        "{optie} kan meer dan één optie zijn: {opties}; schrijf de optie voluit",
        "{optie} could be more than one option: {opties}; write the option in full",
    ),
    "ongeldige_optie": Tekst(
        "{optie} is niet zo te gebruiken (zie {prog} --help)",
        "{optie} cannot be used like this (see {prog} --help)",
    ),
    # --- Reading the input (cli/invoer.py) ------------------------------------------------------------
    "stdin_gesloten": Tekst(
        "standaardinvoer is gesloten: geef een bestand, of '-' met invoer op standaardinvoer",
        "standard input is closed: give a file, or '-' with input on standard input",
    ),
    "bestand_onleesbaar": Tekst(
        "kan {pad} niet lezen ({reden}): verwacht een bestand dat bestaat en leesbaar is, of '-'",
        "cannot read {pad} ({reden}): expected a file that exists and can be read, or '-'",
    ),
    "bom_beschadigd": Tekst(
        "de invoer begint met een beschadigde byte-order mark: verwacht UTF-8 (sla het bestand opnieuw op "
        "als UTF-8)",
        "the input starts with a damaged byte-order mark: expected UTF-8 (save the file again as UTF-8)",
    ),
    "bom_dubbel": Tekst(
        "de invoer heeft een dubbele byte-order mark, of een na het begin: verwacht UTF-8 met ten hoogste "
        "één mark vooraan (sla het bestand opnieuw op)",
        "the input holds a doubled byte-order mark, or one after its start: expected UTF-8 with at most "
        "one mark at the start (save the file again)",
    ),
    "utf16": Tekst(
        "de invoer is UTF-16: JSON verwacht UTF-8 (RFC 8259); sla het bestand op als UTF-8",
        "the input is UTF-16: JSON expects UTF-8 (RFC 8259); save the file as UTF-8",
    ),
    "geen_utf8": Tekst(
        "de invoer is geen geldige UTF-8 (byte {byte}): JSON verwacht UTF-8",
        "the input is not valid UTF-8 (byte {byte}): JSON expects UTF-8",
    ),
    "leeg": Tekst(
        "de invoer is leeg: verwacht één JSON-object, een JSON-array of JSON Lines",
        "the input is empty: expected one JSON object, a JSON array or JSON Lines",
    ),
    "te_diep": Tekst(
        "de JSON is dieper genest dan {max} niveaus: verwacht een casus per object, ten hoogste {max} diep",
        "the JSON is nested deeper than {max} levels: expected a case per object, at most {max} deep",
    ),
    "json_ongeldig": Tekst(
        "geen geldige JSON (regel {regel}, kolom {kolom}): verwacht één JSON-object, een JSON-array of "
        "JSON Lines",
        "not valid JSON ({reden} at line {regel} column {kolom}): expected one JSON object, a JSON array "
        "or JSON Lines",
    ),
    "json_getal": Tekst(
        "geen geldige JSON: {naam} is geen getal; verwacht een getal zoals 6.5",
        "not valid JSON: {naam} is not a number; expected a number such as 6.5",
    ),
    "json_na_array": Tekst(
        "geen geldige JSON: gegevens na het einde van de array; verwacht één array",
        "not valid JSON: data after the end of the array; expected one array",
    ),
    "json_scheiding": Tekst(
        "geen geldige JSON: verwacht ',' of ']' na element {positie}",
        "not valid JSON: expected ',' or ']' after element {positie}",
    ),
    "json_element_kapot": Tekst(
        "geen geldige JSON: element {positie} van de array is kapot of onvolledig",
        "not valid JSON: element {positie} of the array is broken or incomplete",
    ),
    "element_te_lang": Tekst(
        "element {positie} van de array is langer dan {max} tekens: verwacht één casus per element",
        "element {positie} of the array is longer than {max} characters: expected one case per element",
    ),
    "geen_json": Tekst(
        "de invoer is geen JSON: verwacht één JSON-object, een JSON-array of JSON Lines (een CSV-bestand? "
        "analyseer en valideer lezen CSV)",
        "the input is not JSON: expected one JSON object, a JSON array or JSON Lines (a CSV file? "
        "analyseer and valideer read CSV)",
    ),
    "optie_ongeldig": Tekst(
        "een optie of de invoer als geheel is niet geldig: {reden}",
        "an option or the input as a whole is not valid: {reden}",
    ),
    "onleesbaar": Tekst(
        "de invoer is niet te lezen: {reden}",
        "the input cannot be read: {reden}",
    ),
    # --- Commands -------------------------------------------------------------------------------------
    "casus_een_object": Tekst(
        "--casus verwacht één casus (een JSON-object), geen array of JSON Lines",
        "--casus takes one case (a JSON object), not an array or JSON Lines",
    ),
    "casus_ongeldig": Tekst(
        "de casus van --casus is niet geldig: {reden}",
        "the case of --casus is not valid: {reden}",
    ),
    "bron_zonder_leerlingen": Tekst(
        "--bron {bron} verwacht ook --leerlingen BESTAND (geboortedatum en school per leerling)",
        "--bron {bron} needs --leerlingen FILE (birth dates and school per pupil)",
    ),
    "bron_met_schooljaar": Tekst(
        "--schooljaar gaat niet samen met --bron: het schooljaar is dat van --peildatum",
        "--schooljaar cannot be used with --bron: the school year is that of --peildatum",
    ),
    "bron_zonder_peildatum": Tekst(
        "--bron {bron} verwacht ook --peildatum jjjj-mm-dd (het schooljaar van de registratie)",
        "--bron {bron} needs --peildatum yyyy-mm-dd (the school year of the records)",
    ),
    "eerdere_rij": Tekst(
        "--eerdere: rij {positie} is niet te lezen; verwacht een melding per rij",
        "--eerdere: row {positie} cannot be read; expected a melding per row",
    ),
    "eerdere_ongeldig": Tekst(
        "--eerdere: geen geldige melding ({aantal} probleem/problemen); verwacht meldingen zoals valideer "
        "ze leest",
        "--eerdere: not a valid melding ({aantal} problem(s)); expected meldingen as valideer reads them",
    ),
    "records_leerling": Tekst(
        "--records: leerling {positie} is niet geldig ({problemen})",
        "--records: pupil {positie} is not valid ({problemen})",
    ),
    "records_ongeldig": Tekst(
        "--records is niet te lezen: {reden}",
        "--records cannot be read: {reden}",
    ),
    "recent_te_klein": Tekst(
        "--recent verwacht een geheel getal van ten minste 1",
        "--recent expects a whole number of at least 1",
    ),
    "te_klein": Tekst(
        "{optie} verwacht een geheel getal van ten minste {min}, gekregen: {vorm}",
        "{optie} expects a whole number of at least {min}, got: {vorm}",
    ),
    "poort": Tekst(
        "{optie} verwacht een poortnummer van 0 tot en met 65535 (0: een vrije poort), gekregen: {vorm}",
        "{optie} expects a port number from 0 to 65535 (0: any free port), got: {vorm}",
    ),
    "poort_bezet": Tekst(
        "kan niet luisteren op --host en --port ({reden}): verwacht een vrije poort op een adres van deze "
        "machine (kies een andere --port, of --host 127.0.0.1)",
        "cannot listen on --host and --port ({reden}): expected a free port on an address of this machine "
        "(choose another --port, or --host 127.0.0.1)",
    ),
    "schrijven_mislukt": Tekst(
        "kan {pad} niet schrijven ({reden}): verwacht een map die bestaat en beschrijfbaar is",
        "cannot write {pad} ({reden}): expected a directory that exists and can be written to",
    ),
    "extra_ontbreekt": Tekst(
        "{reden}",
        "{reden}",
    ),
    "toetsbestand": Tekst(
        "het toetsbestand is niet te lezen: {reden}",
        "the test-case file cannot be read: {reden}",
    ),
}
"""Every usage error of the command line: code -> Dutch and English text."""


class Gebruiksfout(Exception):
    """The command line cannot run as asked (exit code 2): a code of :data:`GEBRUIKSFOUTEN` and the
    values that fill its text. ``str()`` is the English text (as in an error row); :meth:`tekst` gives
    either language with the code, as the command line prints it."""

    def __init__(self, code: str, /, **waarden: Any) -> None:
        if code not in GEBRUIKSFOUTEN:
            raise KeyError(f"unknown usage-error code {code!r}")
        self.code = code
        self.waarden = waarden
        super().__init__(self.tekst(Taal.EN, met_code=False))

    @classmethod
    def bij_bestand(cls, code: str, pad: str, fout: OSError) -> Gebruiksfout:
        """A file that cannot be read or written (``code``: ``bestand_onleesbaar``, ``schrijven_mislukt``)."""
        return cls(code, pad=pad, reden=reden_van(fout))

    def als_leesfout(self, voor: Tekst | None = None) -> Leesfout:
        """This JSON reader's error as a library's :class:`~verzuimregels.fouten.Leesfout` (an export,
        a pupils file), with its code (its reason's, if it has one: ``getal_te_lang``) and both texts,
        after ``voor`` ("het leerlingenbestand is niet te lezen: ")."""
        from ..fouten import Leesfout

        reden = self.waarden.get("reden")
        bron: Any = reden if isinstance(reden, MetReden) else None
        if bron is not None:
            nl, en = bron.tekst(Taal.NL), bron.tekst(Taal.EN)
        else:
            nl, en = self.tekst(Taal.NL, met_code=False), self.tekst(Taal.EN, met_code=False)
        if voor is not None:
            nl, en = voor.nl + nl, voor.en + en
        return Leesfout(self.redencode or self.code, tekst=Tekst(nl, en))

    @property
    def redencode(self) -> str | None:
        """The code of the reason inside (``kop_kolom_dubbel`` of ``onleesbaar``), if it has one. An
        ``Invoerfout`` as the reason (``optie_ongeldig``, ``casus_ongeldig``) names each field's rule
        code beside the field instead: ``lesuur_minuten: ... [greater_than_equal]``."""
        reden = self.waarden.get("reden")
        return reden.code if isinstance(reden, MetReden) else None

    def tekst(self, taal: Taal, *, met_code: bool = True) -> str:
        """The text in ``taal``, with the code in brackets (to look it up in docs/cli.md); a reason
        with a code of its own follows it after a slash: ``[onleesbaar/kop_kolom_dubbel]``."""
        sjabloon = GEBRUIKSFOUTEN[self.code]
        waarden = {k: in_taal(v, taal) for k, v in self.waarden.items()}
        tekst = sjabloon.in_taal(taal).format(**waarden)
        if not met_code:
            return tekst
        code = self.code if self.redencode is None else f"{self.code}/{self.redencode}"
        return f"{tekst} [{code}]"


# --- The shape of a value, never the value -----------------------------------------------------------


def vorm(tekst: str) -> Tekst:
    """What a value looks like, in both languages, without the value: "8 cijfers", "een waarde met een
    komma", "een datum met een tijd"; the way to tell a user what was wrong without echoing it."""
    s = tekst.strip()
    if not s:
        return Tekst("een lege waarde", "an empty value")
    if re.fullmatch(r"\d+", s):
        return Tekst(
            f"{len(s)} cijfer{'s' if len(s) > 1 else ''}", f"{len(s)} digit{'s' if len(s) > 1 else ''}"
        )
    if re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}[T ]\S+", s):
        return Tekst("een datum met een tijd", "a date with a time")
    if re.fullmatch(r"\d{1,4}([./])\d{1,2}\1\d{1,4}", s):
        return Tekst("een datum met punten of schuine strepen", "a date with dots or slashes")
    if re.fullmatch(r"\d{1,4}-\d{1,4}-\d{1,4}", s):
        return Tekst("een datum in een andere vorm", "a date in another form")
    if re.fullmatch(r"[+-]?\d+[.,]\d+", s):
        return Tekst("een getal met decimalen", "a number with decimals")
    if "," in s:
        return Tekst("een waarde met een komma", "a value with a comma")
    if re.fullmatch(r"[+-]?(inf|infinity|nan)", s, re.IGNORECASE):
        return Tekst("geen eindig getal", "not a finite number")
    if any(c.isdigit() for c in s) and any(c.isalpha() for c in s):
        return Tekst("letters en cijfers", "letters and digits")
    if s.isalpha():
        return Tekst(f"een woord van {len(s)} letters", f"a word of {len(s)} letters")
    return Tekst("een andere waarde", "another value")


class Optiefout(argparse.ArgumentTypeError):
    """An option's value has the wrong form: a code of :data:`GEBRUIKSFOUTEN` (the option's name is
    added when argparse reports it). ``str()`` is the English text, which argparse passes on."""

    def __init__(self, code: str, **waarden: Any) -> None:
        self.code = code
        self.waarden = waarden
        super().__init__(str(Gebruiksfout(code, optie="the option", **waarden)))


# --- argparse's own errors, with codes ---------------------------------------------------------------

_OPTIE = re.compile(r"-{1,2}[A-Za-z0-9][A-Za-z0-9_-]*")
"""An option name as a user types it (safe to name back: it is not data)."""


def _optie_of_vorm(token: str) -> str | Tekst:
    naam = token.split("=", 1)[0]
    return naam if _OPTIE.fullmatch(naam) else vorm(token)


def van_argparse(fout: argparse.ArgumentError, parser: argparse.ArgumentParser) -> Gebruiksfout:
    """argparse's error about one argument as a usage error with a code (its message is English and
    may quote the value typed: it is read for its kind only)."""
    optie = fout.argument_name or "?"
    oorzaak = fout.__context__
    if isinstance(oorzaak, Optiefout):
        return Gebruiksfout(oorzaak.code, optie=optie, **oorzaak.waarden)
    bericht = fout.message
    keuze = re.fullmatch(r"invalid choice: (.*) \(choose from (.*)\)", bericht, re.S)
    if keuze is not None:
        keuzes = ", ".join(k.strip().strip("'") for k in keuze.group(2).split(","))
        waarde = keuze.group(1).strip("'\"")
        if optie in {"COMMAND", "commando"}:
            return Gebruiksfout("onbekend_commando", vorm=vorm(waarde), keuzes=keuzes)
        return Gebruiksfout("ongeldige_keuze", optie=optie, keuzes=keuzes, vorm=vorm(waarde))
    if bericht.startswith("expected "):
        return Gebruiksfout("waarde_ontbreekt", optie=optie)
    if bericht.startswith("ignored explicit argument"):
        return Gebruiksfout("geen_waarde", optie=optie)
    soort = re.fullmatch(r"invalid (\w+) value: (.*)", bericht, re.S)
    if soort is not None:
        code = "geheel_getal" if soort.group(1) == "int" else "getal" if soort.group(1) == "float" else ""
        if code:
            return Gebruiksfout(code, optie=optie, vorm=vorm(soort.group(2).strip("'\"")))
    return van_bericht(bericht, parser, optie)


class Parser(argparse.ArgumentParser):
    """argparse with usage errors raised as :class:`Gebruiksfout` (a code, Dutch or English), never
    argparse's English message on stderr. Errors about one argument arrive as ``ArgumentError``
    (``exit_on_error=False``) and are turned by :func:`van_argparse`; the rest through :meth:`error`."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("exit_on_error", False)
        super().__init__(*args, **kwargs)
        self.hulp_prog = self.prog
        """The program whose ``--help`` a message points to (the command's, once it is known)."""

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        try:
            return super().parse_known_args(args, namespace)
        except argparse.ArgumentError as fout:
            raise van_argparse(fout, self) from None

    def error(self, message: str) -> NoReturn:
        raise van_bericht(message, self)

    def _print_message(self, message: str, file: Any = None) -> None:
        """argparse's writer of ``--help`` and ``--version``, without swallowing a failed write (argparse
        ignores ``OSError`` there: ``--help > /dev/full`` exited 0); the command line reports it."""
        uit = file or sys.stderr
        if message and uit is not None:
            uit.write(message)


def van_bericht(bericht: str, parser: argparse.ArgumentParser, optie: str = "?") -> Gebruiksfout:
    """argparse's error message about the command line as a whole as a usage error with a code."""
    prog = getattr(parser, "hulp_prog", parser.prog)
    verplicht = re.fullmatch(r"the following arguments are required: (.*)", bericht, re.S)
    if verplicht is not None:
        return Gebruiksfout("verplicht", namen=verplicht.group(1), prog=prog)
    over = re.fullmatch(r"unrecognized arguments: (.*)", bericht, re.S)
    if over is not None:
        tokens = over.group(1).split()
        opties = [t for t in tokens if t.startswith("-") and _OPTIE.fullmatch(t.split("=", 1)[0])]
        if opties:
            return Gebruiksfout("onbekende_optie", optie=opties[0].split("=", 1)[0], prog=prog)
        soorten = Tekst(", ".join(vorm(t).nl for t in tokens[:3]), ", ".join(vorm(t).en for t in tokens[:3]))
        return Gebruiksfout("te_veel_argumenten", aantal=len(tokens), vorm=soorten, prog=prog)
    dubbel = re.fullmatch(r"ambiguous option: (\S+) could match (.*)", bericht, re.S)
    if dubbel is not None:
        return Gebruiksfout(
            "dubbelzinnige_optie", optie=_optie_of_vorm(dubbel.group(1)), opties=dubbel.group(2)
        )
    return Gebruiksfout("ongeldige_optie", optie=optie, prog=prog)


def taal_van(argv: Sequence[str]) -> Taal:
    """The language asked for with ``--taal`` (read before parsing, so that a parsing error is in it)."""
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        waarde = arg.removeprefix("--taal=") if arg.startswith("--taal=") else None
        if arg == "--taal" and i + 1 < len(argv):
            waarde = argv[i + 1]
        if waarde == Taal.EN.value:
            return Taal.EN
    return Taal.NL
