"""Code tables: what a school system's absence codes mean in law, explicit and reviewable (TOML).

What a school's codes mean is the school's choice, so it is written down, not guessed. A table maps each
code to the library's :class:`~verzuimregels.registratie.Reden` (``[codes]``), or says it is no absence
and is skipped by rule (``[overslaan]``, with why). A code in neither is an error row naming the code and
its position, never mapped silently. The library ships a documented default table per system
(:func:`standaardtabel`; ``verzuimregels codetabel SYSTEEM`` prints it to start from)::

    systeem = "magister"
    [codes]
    "1/ongeoorloofd" = "ongeoorloofd"
    "3" = "ziek"
    [overslaan]
    "7" = "boeken vergeten: no absence"

Each adapter says which codes it looks up, most specific first (:meth:`Codetabel.zoek`). The model is
Ed-Fi's descriptor map (Analytics Middle Tier): local codes to categories, per school.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from ..fouten import Leesfout
from ..foutteksten import Tekst, reden_van
from ..registratie import Reden

SYSTEMEN = ("somtoday", "magister", "eduarte", "edfi")
"""The systems with an adapter and a default code table."""


@dataclass(frozen=True, slots=True)
class Codetabel:
    """A school's code table for one system."""

    systeem: str
    codes: Mapping[str, Reden]
    overslaan: Mapping[str, str]
    """Codes that are no absence, with the reason they are skipped."""

    def zoek(self, kandidaten: Sequence[str]) -> Reden | str | None:
        """The first candidate code the table knows: its ``Reden``, or the skip reason (a ``str`` that
        is not a ``Reden``), or ``None`` when it knows none."""
        for code in kandidaten:
            if code in self.codes:
                return self.codes[code]
            if code in self.overslaan:
                return Overslaan(self.overslaan[code])
        return None


class Overslaan(str):
    """A skip reason from ``[overslaan]`` (a ``str``, told apart from a ``Reden``)."""

    __slots__ = ()


def lees_codetabel(tekst: str, *, bron: str | None = None, systeem: str | None = None) -> Codetabel:
    """Parse a code table (TOML). Raises :class:`~verzuimregels.fouten.Leesfout` naming the key that is
    wrong; a code table is the school's, not personal data, so its codes may be named. ``bron``: the
    file it was read from, named in a message; ``systeem``: the system the table must be for."""
    naam = Tekst(f"de codetabel {bron}", f"the code table {bron}") if bron else _DE_CODETABEL
    return _lees(tekst, naam, systeem)


_DE_CODETABEL = Tekst("de codetabel", "the code table")
_TOML_PLEK = re.compile(r"\(at line (\d+), column (\d+)\)")


def _lees(tekst: str, tabel: Tekst, systeem: str | None) -> Codetabel:
    try:
        data = tomllib.loads(tekst)
    except tomllib.TOMLDecodeError as fout:
        plek = _TOML_PLEK.search(str(fout))  # tomllib's message: "... (at line 3, column 5)"
        waar: Tekst | str = ""
        if plek is not None:
            waar = Tekst(f" (regel {plek[1]}, kolom {plek[2]})", f" (line {plek[1]}, column {plek[2]})")
        raise Leesfout("codetabel_geen_toml", tabel=tabel, plek=waar) from None
    onbekend = sorted(set(data) - {"systeem", "codes", "overslaan"})
    if onbekend:
        raise Leesfout("codetabel_onbekende_sleutels", tabel=tabel, sleutels=", ".join(onbekend))
    gelezen_systeem = data.get("systeem")
    if gelezen_systeem not in SYSTEMEN:
        raise Leesfout("codetabel_systeem", tabel=tabel, systemen=", ".join(SYSTEMEN))
    if systeem is not None and gelezen_systeem != systeem:
        raise Leesfout("codetabel_ander_systeem", tabel=tabel, gelezen=gelezen_systeem, systeem=systeem)
    codes_in, overslaan_in = data.get("codes", {}), data.get("overslaan", {})
    if not isinstance(codes_in, dict) or not isinstance(overslaan_in, dict):
        raise Leesfout("codetabel_geen_tabellen", tabel=tabel)
    codes: dict[str, Reden] = {}
    redenen = ", ".join(r.value for r in Reden)
    for code, reden in codes_in.items():
        try:
            codes[code] = Reden(reden)
        except ValueError:
            raise Leesfout(
                "codetabel_onbekende_reden", tabel=tabel, code=repr(code), redenen=redenen
            ) from None
    overslaan: dict[str, str] = {}
    for code, waarom in overslaan_in.items():
        if not isinstance(waarom, str) or not waarom.strip():
            raise Leesfout("codetabel_overslaan_zonder_reden", tabel=tabel, code=repr(code))
        if code in codes:
            raise Leesfout("codetabel_code_dubbel", tabel=tabel, code=repr(code))
        overslaan[code] = waarom
    return Codetabel(gelezen_systeem, codes, overslaan)


def standaardtabel_tekst(systeem: str) -> str:
    """The text (TOML, with its comments and sources) of the default table for ``systeem``."""
    if systeem not in SYSTEMEN:
        raise Leesfout("codetabel_geen_standaard", systemen=", ".join(SYSTEMEN))
    return resources.files(__package__).joinpath("codetabellen", f"{systeem}.toml").read_text("utf-8")


def standaardtabel(systeem: str) -> Codetabel:
    """The default code table the library ships for ``systeem``."""
    naam = Tekst(f"de standaardtabel van {systeem}", f"the default {systeem} table")
    return _lees(standaardtabel_tekst(systeem), naam, None)


def laad_codetabel(pad: str | Path, systeem: str) -> Codetabel:
    """A school's code table from the file at ``pad``, checked to be one for ``systeem``."""
    try:
        tekst = Path(pad).read_text("utf-8")
    except OSError as fout:
        raise Leesfout(
            "codetabel_onleesbaar",
            tabel=Tekst(f"de codetabel {pad}", f"the code table {pad}"),
            reden=reden_van(fout),
        ) from None
    except UnicodeDecodeError:
        raise Leesfout(
            "codetabel_geen_utf8", tabel=Tekst(f"de codetabel {pad}", f"the code table {pad}")
        ) from None
    return lees_codetabel(tekst, bron=str(pad), systeem=systeem)
