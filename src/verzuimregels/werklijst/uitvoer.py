"""The worklist as a terminal table, a spreadsheet-safe CSV, and a printable HTML page per group.

Presentation only. Every cell is the pupil's pseudonymous key or a value the analysis derived. Texts
from the input (keys, group names) are escaped in HTML; in CSV every cell goes through
:func:`verzuimregels.spreadsheet.veilige_cel` (each part that would start a formula gets a ``'``,
OWASP's advice against CSV injection; nothing can end the row); in the table control characters are
replaced. The HTML needs no script, style sheet or font from elsewhere: it prints one group per page
(CSS ``break-after: page``) from any browser, also offline.
"""

from __future__ import annotations

import csv
import io
import itertools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from html import escape
from typing import IO

from ..fouten import Foutrij
from ..registratie.analyse import Status
from ..spreadsheet import veilige_cel as neutraliseer
from ..teksten import Taal, uren_tekst
from .lijst import WERKLIJST_KOLOMMEN, Groep, Regelsoort, Werklijst, Werkregel

CSV_KOLOMMEN = (*WERKLIJST_KOLOMMEN, "toelichting")
"""The CSV header: the fields of :class:`~verzuimregels.werklijst.Werkregel`, in this order."""


def _leesbaar(tekst: str) -> str:
    return "".join(t if t.isprintable() else "?" for t in tekst)


def _cellen(r: Werkregel) -> list[str]:
    def tekst(waarde: object) -> str:
        return "" if waarde is None else str(waarde)

    return [
        r.groep,
        str(r.rang),
        tekst(r.sleutel),
        r.soort.value,
        r.wat,
        "" if r.status is None else r.status.value,
        "" if r.dag is None else r.dag.isoformat(),
        tekst(r.dagen),
        r.begindatum.isoformat(),
        "" if r.einddatum is None else r.einddatum.isoformat(),
        "" if r.uren is None else uren_tekst(r.uren),
        "" if r.nog_uren is None else uren_tekst(r.nog_uren),
        "" if r.op_lijst_sinds is None else r.op_lijst_sinds.isoformat(),
        tekst(r.aantal),
        r.toelichting,
    ]


@dataclass(frozen=True, slots=True)
class Groepskop:
    """What a group's heading shows: its name and counts (a :class:`Groep` without its rows)."""

    naam: str
    leerlingen: int
    meldingen: int
    achterstallig: int
    signalen: int

    @classmethod
    def van(cls, groep: Groep) -> Groepskop:
        """The heading of ``groep``."""
        return cls(groep.naam, groep.leerlingen, groep.meldingen, groep.achterstallig, groep.signalen)

    def tel(self, regel: Werkregel) -> Groepskop:
        """The heading with one more row."""
        melding = regel.soort is Regelsoort.MELDING
        return Groepskop(
            self.naam,
            self.leerlingen,
            self.meldingen + melding,
            self.achterstallig + (regel.status is Status.ACHTERSTALLIG),
            self.signalen + (not melding),
        )


Groepen = Iterable[tuple[Groepskop, Iterable[Werkregel]]]
"""A worklist's groups in order, each with its rows in order (meldingen first, as the worklist sorts
them), read once: what the command line streams from disk, so that no output needs the whole list in
memory (issue 11)."""


def _groepen(lijst: Werklijst) -> Groepen:
    return ((Groepskop.van(g), g.regels) for g in lijst.groepen)


def schrijf_csv(lijst: Werklijst, uit: IO[str], *, taal: Taal = Taal.NL) -> None:
    """One line per row of the worklist, group after group, then one per error of a pupil that could
    not be analysed (``soort`` ``fout``, its text in ``taal``); every cell neutralised."""
    schrijf_csv_stroom((r for _, regels in _groepen(lijst) for r in regels), lijst.fouten, uit, taal=taal)


def schrijf_csv_stroom(
    regels: Iterable[Werkregel], fouten: Iterable[Foutrij], uit: IO[str], *, taal: Taal = Taal.NL
) -> None:
    """:func:`schrijf_csv` from a stream of rows and errors."""
    schrijver = csv.writer(uit, lineterminator="\n")
    schrijver.writerow(CSV_KOLOMMEN)
    for r in regels:
        schrijver.writerow([neutraliseer(c) for c in _cellen(r)])
    for f in fouten:  # soort "fout": the field in ``wat``, the rule in ``status``
        for v in f.fouten:
            rij = [
                "",
                "",
                f.sleutel or "",
                "fout",
                v.veld,
                v.regel,
                *[""] * 8,
                f"{_HTML[taal]['rij']} {f.rij}: {v.tekst(taal)}",
            ]
            schrijver.writerow([neutraliseer(c) for c in rij])


_KOP = {
    Taal.NL: (
        "{leerlingen} leerlingen · {meldingen} meldingen ({achterstallig} achterstallig) · "
        "{signalen} signalen"
    ),
    Taal.EN: "{leerlingen} pupils · {meldingen} meldingen ({achterstallig} overdue) · {signalen} signals",
}
_TEKST = {
    Taal.NL: {"titel": "Werklijst op {dag}, per {per}", "leeg": "niets te doen", "fout": "FOUT rij"},
    Taal.EN: {"titel": "Worklist on {dag}, per {per}", "leeg": "nothing to do", "fout": "ERROR row"},
}


def _kop(groep: Groep | Groepskop, taal: Taal = Taal.NL) -> str:
    return _KOP[taal].format(
        leerlingen=groep.leerlingen,
        meldingen=groep.meldingen,
        achterstallig=groep.achterstallig,
        signalen=groep.signalen,
    )


def werklijst_tekst(lijst: Werklijst, *, taal: Taal = Taal.NL) -> str:
    """The worklist as a plain-text table per group (the errors' texts in ``taal``)."""
    uit = io.StringIO()
    schrijf_tekst(lijst, _groepen(lijst), lijst.fouten, uit, taal=taal)
    return uit.getvalue()


def schrijf_tekst(
    lijst: Werklijst, groepen: Groepen, fouten: Iterable[Foutrij], uit: IO[str], *, taal: Taal = Taal.NL
) -> None:
    """:func:`werklijst_tekst` of ``lijst``'s date and indeling, from a stream of groups and errors."""
    t = _TEKST[taal]
    uit.write(t["titel"].format(dag=lijst.peildatum.isoformat(), per=lijst.indeling.value))
    for kop, regels in groepen:
        uit.write(f"\n\n{_leesbaar(kop.naam)}: {_kop(kop, taal)}")
        leeg = True
        for r in regels:
            leeg = False
            status = r.status.value if r.status is not None else "signaal"
            dag = r.dag.isoformat() if r.dag is not None else "-"
            uit.write(
                f"\n  {r.rang}  {_leesbaar(r.sleutel or '-'):<14} {r.wat:<28} {status:<14} {dag:<10}  "
                f"{_leesbaar(r.toelichting)}"
            )
        if leeg:
            uit.write(f"\n  {t['leeg']}")
    for f in fouten:
        meldingen = "; ".join(v.tekst(taal) for v in f.fouten)
        uit.write(f"\n\n{t['fout']} {f.rij} ({_leesbaar(f.sleutel or '-')}): {meldingen}")
    uit.write("\n")


_KLEUR = {1: "#ffc9c9", 2: "#ffe8cc", 3: "#fff3bf", 4: "#f1f3f5", 5: "#d0ebff", 6: "#e7f5ff"}
_STIJL = """
body { font-family: system-ui, sans-serif; font-size: 11pt; margin: 1.5em; color: #212529; }
h1 { font-size: 14pt; margin: 0 0 0.2em; }
p.kop { margin: 0 0 0.8em; color: #495057; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #ced4da; padding: 3px 6px; text-align: left; vertical-align: top; }
th { background: #e9ecef; }
td.getal { text-align: right; }
section.groep { break-after: page; page-break-after: always; }
section.groep:last-of-type { break-after: auto; page-break-after: auto; }
@page { size: A4 landscape; margin: 12mm; }
@media print { body { margin: 0; } }
"""


def _rij(r: Werkregel) -> str:
    kleur = _KLEUR.get(r.rang, "#ffffff")
    status = r.status.value if r.status is not None else "signaal"
    periode = r.begindatum.isoformat() + ("–" + r.einddatum.isoformat() if r.einddatum else "–open")
    return (
        f'<tr class="{r.soort.value}" data-rang="{r.rang}" style="background:{kleur}">'
        f"<td>{escape(r.sleutel or '')}</td><td>{escape(r.wat)}</td><td><b>{escape(status)}</b></td>"
        f"<td>{r.dag.isoformat() if r.dag else ''}</td>"
        f'<td class="getal">{"" if r.dagen is None else r.dagen}</td><td>{periode}</td>'
        f'<td class="getal">{"" if r.uren is None else uren_tekst(r.uren)}</td>'
        f"<td>{escape(r.toelichting)}</td></tr>"
    )


_KOPPEN = {
    Taal.NL: "".join(
        f"<th>{k}</th>"
        for k in ("leerling", "wat", "status", "dag", "dagen", "periode", "uren", "toelichting")
    ),
    Taal.EN: "".join(
        f"<th>{k}</th>" for k in ("pupil", "what", "status", "day", "days", "period", "hours", "explanation")
    ),
}
_HTML = {
    Taal.NL: {
        "titel": "Werklijst",
        "op": "Werklijst op",
        "meldingen": "Meldingen",
        "signalen": "Signalen",
        "geen": "geen",
        "fouten": "Niet verwerkt",
        "rij": "rij",
    },
    Taal.EN: {
        "titel": "Worklist",
        "op": "Worklist on",
        "meldingen": "Meldingen to make",
        "signalen": "Signals",
        "geen": "none",
        "fouten": "Not processed",
        "rij": "row",
    },
}
"""The HTML page's own words per language (the columns' codes, such as ``achterstallig``, stay)."""


def groep_html(groep: Groep, lijst: Werklijst, *, taal: Taal = Taal.NL) -> str:
    """One group's page: a heading with the counts, then the rows in order of urgency (its own words
    in ``taal``)."""
    uit = io.StringIO()
    regels = sorted(groep.regels, key=lambda r: r.soort is not Regelsoort.MELDING)  # stable
    _schrijf_groep_html(Groepskop.van(groep), regels, lijst, uit, taal)
    return uit.getvalue()


def _schrijf_groep_html(
    kop: Groepskop, regels: Iterable[Werkregel], lijst: Werklijst, uit: IO[str], taal: Taal = Taal.NL
) -> None:
    t = _HTML[taal]
    uit.write(
        f'<section class="groep" data-groep="{escape(kop.naam)}">'
        f"<h1>{escape(kop.naam)}</h1>"
        f'<p class="kop">{t["op"]} {lijst.peildatum.isoformat()} · {escape(_kop(kop, taal))}</p>'
    )
    stroom = iter(regels)
    volgende = next(stroom, None)
    for titel, soort in ((t["meldingen"], Regelsoort.MELDING), (t["signalen"], Regelsoort.SIGNAAL)):
        uit.write(f"<h2>{titel}</h2><table><thead><tr>{_KOPPEN[taal]}</tr></thead><tbody>")
        leeg = True
        while volgende is not None and volgende.soort is soort:
            uit.write(_rij(volgende))
            leeg = False
            volgende = next(stroom, None)
        uit.write((f'<tr><td colspan="8">{t["geen"]}</td></tr>' if leeg else "") + "</tbody></table>")
    uit.write("</section>")


def werklijst_html(
    lijst: Werklijst, *, document: bool = True, titel: str | None = None, taal: Taal = Taal.NL
) -> str:
    """The worklist as HTML: a whole printable document (one page per group), or a fragment (its own
    words and the errors' texts in ``taal``; the title by default "Werklijst", "Worklist" in English)."""
    uit = io.StringIO()
    schrijf_html(lijst, _groepen(lijst), lijst.fouten, uit, document=document, titel=titel, taal=taal)
    return uit.getvalue()


def schrijf_html(
    lijst: Werklijst,
    groepen: Groepen,
    fouten: Iterable[Foutrij],
    uit: IO[str],
    *,
    document: bool = True,
    titel: str | None = None,
    taal: Taal = Taal.NL,
) -> None:
    """:func:`werklijst_html` of ``lijst``'s date and version, from a stream of groups (each group's
    meldingen before its signals) and errors."""
    t = _HTML[taal]
    if document:
        uit.write(
            f'<!DOCTYPE html>\n<html lang="{taal.value}"><head><meta charset="utf-8">'
            f"<title>{escape(titel or t['titel'])} {lijst.peildatum.isoformat()}</title>"
            f"<style>{_STIJL}</style></head>"
            "<body>"
        )
    else:
        uit.write('<div class="verzuimregels-werklijst">')
    for kop, regels in groepen:
        _schrijf_groep_html(kop, regels, lijst, uit, taal)
    stroom = iter(fouten)
    eerste = next(stroom, None)
    if eerste is not None:
        uit.write(f'<section class="fouten"><h1>{t["fouten"]}</h1><ul>')
        for f in itertools.chain([eerste], stroom):
            melding = escape("; ".join(v.tekst(taal) for v in f.fouten))
            uit.write(f"<li>{t['rij']} {f.rij} ({escape(f.sleutel or '-')}): {melding}</li>")
        uit.write("</ul></section>")
    if not document:
        uit.write("</div>")
        return
    uit.write(f"<p><small>{escape(lijst.regelversie)}</small></p></body></html>\n")


def schrijf_json(lijst: Werklijst, groepen: Groepen, fouten: Iterable[Foutrij], uit: IO[str]) -> None:
    """``lijst.model_dump_json(indent=1)`` of ``lijst``'s date and version with these groups and errors,
    written one row at a time: the same text, never the whole list in memory."""
    kop = lijst.model_copy(update={"groepen": (), "fouten": ()}).model_dump_json(indent=1)
    # The fields in model order: ..., "groepen": [], "fouten": [], "regelversie" (none is input text).
    voor, rest = kop.split('"groepen": []', 1)
    midden, na = rest.split('"fouten": []', 1)
    uit.write(voor + '"groepen": ')
    uit.writelines(_json_array((_groep_json(k, r) for k, r in groepen), 1))
    uit.write(midden + '"fouten": ')
    uit.writelines(_json_array(((f.model_dump_json(indent=1),) for f in fouten), 1))
    uit.write(na + "\n")


def _groep_json(kop: Groepskop, regels: Iterable[Werkregel]) -> Iterator[str]:
    """One group in parts, laid out as pydantic lays it out at depth 0."""
    leeg = Groep(naam=kop.naam, leerlingen=kop.leerlingen, regels=()).model_dump_json(indent=1)
    voor, na = leeg.rsplit('"regels": []', 1)  # the last field; quotes in the name are escaped
    yield voor + '"regels": '
    yield from _json_array(((r.model_dump_json(indent=1),) for r in regels), 1)
    yield na


def _json_array(elementen: Iterable[Iterable[str]], diepte: int) -> Iterator[str]:
    """A JSON array in pydantic's ``indent=1`` layout, in parts, for a key at nesting ``diepte``: ``[]``
    when empty, else each element on its own lines (its parts laid out at depth 0, shifted right: a
    newline never occurs inside a JSON string, so shifting part by part is shifting the whole)."""
    ruimte = " " * (diepte + 1)
    leeg = True
    for element in elementen:
        yield ("[" if leeg else ",") + "\n" + ruimte
        leeg = False
        for deel in element:
            yield deel.replace("\n", "\n" + ruimte)
    yield "[]" if leeg else "\n" + " " * diepte + "]"
