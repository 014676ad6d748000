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
from html import escape
from typing import IO

from ..spreadsheet import veilige_cel as neutraliseer
from ..weergave import uren_tekst
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


def schrijf_csv(lijst: Werklijst, uit: IO[str]) -> None:
    """One line per row of the worklist, group after group, then one per error of a pupil that could
    not be analysed (``soort`` ``fout``); every cell neutralised."""
    schrijver = csv.writer(uit, lineterminator="\n")
    schrijver.writerow(CSV_KOLOMMEN)
    for r in lijst.regels():
        schrijver.writerow([neutraliseer(c) for c in _cellen(r)])
    for f in lijst.fouten:  # soort "fout": the field in ``wat``, the rule in ``status``
        for v in f.fouten:
            rij = ["", "", f.sleutel or "", "fout", v.veld, v.regel, *[""] * 8, f"rij {f.rij}: {v.melding}"]
            schrijver.writerow([neutraliseer(c) for c in rij])


def _kop(groep: Groep) -> str:
    return (
        f"{groep.leerlingen} leerlingen · {groep.meldingen} meldingen "
        f"({groep.achterstallig} achterstallig) · {groep.signalen} signalen"
    )


def werklijst_tekst(lijst: Werklijst) -> str:
    """The worklist as a plain-text table per group."""
    blokken = [f"Werklijst op {lijst.peildatum.isoformat()}, per {lijst.indeling.value}"]
    for g in lijst.groepen:
        regels = [f"{_leesbaar(g.naam)}: {_kop(g)}"]
        if not g.regels:
            regels.append("  niets te doen")
        for r in g.regels:
            status = r.status.value if r.status is not None else "signaal"
            dag = r.dag.isoformat() if r.dag is not None else "-"
            regels.append(
                f"  {r.rang}  {_leesbaar(r.sleutel or '-'):<14} {r.wat:<28} {status:<14} {dag:<10}  "
                f"{_leesbaar(r.toelichting)}"
            )
        blokken.append("\n".join(regels))
    for f in lijst.fouten:
        blokken.append(
            f"FOUT rij {f.rij} ({_leesbaar(f.sleutel or '-')}): " + "; ".join(v.melding for v in f.fouten)
        )
    return "\n\n".join(blokken) + "\n"


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


def groep_html(groep: Groep, lijst: Werklijst) -> str:
    """One group's page: a heading with the counts, then the rows in order of urgency."""
    kop = "".join(
        f"<th>{k}</th>"
        for k in ("leerling", "wat", "status", "dag", "dagen", "periode", "uren", "toelichting")
    )
    meldingen = [r for r in groep.regels if r.soort is Regelsoort.MELDING]
    signalen = [r for r in groep.regels if r.soort is Regelsoort.SIGNAAL]
    delen = []
    for titel, regels in (("Meldingen", meldingen), ("Signalen", signalen)):
        lijf = "".join(_rij(r) for r in regels) or '<tr><td colspan="8">geen</td></tr>'
        delen.append(f"<h2>{titel}</h2><table><thead><tr>{kop}</tr></thead><tbody>{lijf}</tbody></table>")
    return (
        f'<section class="groep" data-groep="{escape(groep.naam)}">'
        f"<h1>{escape(groep.naam)}</h1>"
        f'<p class="kop">Werklijst op {lijst.peildatum.isoformat()} · {escape(_kop(groep))}</p>'
        + "".join(delen)
        + "</section>"
    )


def werklijst_html(lijst: Werklijst, *, document: bool = True, titel: str = "Werklijst") -> str:
    """The worklist as HTML: a whole printable document (one page per group), or a fragment."""
    fouten = "".join(
        f"<li>rij {f.rij} ({escape(f.sleutel or '-')}): {escape('; '.join(v.melding for v in f.fouten))}</li>"
        for f in lijst.fouten
    )
    lijf = "".join(groep_html(g, lijst) for g in lijst.groepen) + (
        f'<section class="fouten"><h1>Niet verwerkt</h1><ul>{fouten}</ul></section>' if fouten else ""
    )
    if not document:
        return f'<div class="verzuimregels-werklijst">{lijf}</div>'
    return (
        '<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8">'
        f"<title>{escape(titel)} {lijst.peildatum.isoformat()}</title><style>{_STIJL}</style></head>"
        f"<body>{lijf}<p><small>{escape(lijst.regelversie)}</small></p></body></html>\n"
    )
