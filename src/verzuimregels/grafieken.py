"""Pictures where people would rather look than read, drawn by matplotlib (the ``grafiek`` extra).

Each function returns an SVG document as text (text kept as text, the same bytes on every run), which
embeds in HTML and notebooks without a script: ``IPython.display.SVG(...)`` or inline in a page.

* :func:`werklijst_per_week`: the worklist's counts per week over the school year;
* :func:`tijdlijn`: one pupil's school year, one row per week with a weekday axis (ma..zo), a colour
  per absence reason, the periods of the meldingen outlined, each einddatum marked in its own cell,
  and a legend for every mark used;
* :func:`thuiszitters`: the thuiszitter counts per peildatum under each definition;
* :func:`ijsberg`: the categories on one peildatum, the pupils without a category left out (scaled to
  the categories shown).

Presentation only: the figures come from :mod:`verzuimregels.werklijst`, the record analysis and
:mod:`verzuimregels.thuiszitters`. matplotlib's object API is used (``Figure``), never ``pyplot``'s
global state.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from .kalender import begin_schooljaar
from .registratie.analyse import Analyse
from .registratie.modellen import Leerling
from .thuiszitters.modellen import Categorie
from .thuiszitters.telling import Telling
from .werklijst.lijst import Weektelling

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.figure import Figure

REDEN_KLEUR: dict[str, str] = {
    "ongeoorloofd": "#e03131",
    "te_laat": "#ff8787",
    "vakantie": "#f08c00",
    "ziek": "#fcc419",
    "verlof_13a": "#63e6be",
    "verlof_14": "#20c997",
    "geschorst": "#9775fa",
    "religieus": "#74c0fc",
    "school_gesloten": "#ced4da",
    "vrijstelling_11a": "#748ffc",
}
"""A colour per absence reason (the same in every picture)."""

WERKLIJST_KLEUR: dict[str, str] = {
    "achterstallig": "#c92a2a",
    "te_melden": "#f08c00",
    "wacht_7_dagen": "#fcc419",
    "mag_melden": "#adb5bd",
    "mogelijk_lrv": "#1864ab",
    "nadert_zestien_uur": "#4dabf7",
    "mazl_langdurig": "#2b8a3e",
    "mazl_frequent": "#8ce99a",
    "overig_signaal": "#dee2e6",
}
"""A colour per kind of worklist row, most urgent darkest."""

_WEEKDAGEN = ("ma", "di", "wo", "do", "vr", "za", "zo")
_VAKANTIE, _LESDAG, _GEEN_LES, _MELDING = "#868e96", "#ffffff", "#e9ecef", "#1c7ed6"


def _figuur(breedte: float, hoogte: float) -> Figure:
    try:
        from matplotlib.figure import Figure
    except ImportError as fout:  # pragma: no cover - depends on the installation
        from .fouten import OntbrekendeExtra

        raise OntbrekendeExtra("verzuimregels.grafieken", "grafiek", fout.name) from None
    return Figure(figsize=(breedte, hoogte), layout="constrained")


def svg(figuur: Figure) -> str:
    """The figure as an SVG document: text as text, no date, the same bytes on every run."""
    import matplotlib

    uit = io.StringIO()
    with matplotlib.rc_context({"svg.hashsalt": "verzuimregels", "svg.fonttype": "none"}):
        figuur.savefig(uit, format="svg", metadata={"Date": None, "Creator": "verzuimregels"})
    tekst = uit.getvalue()
    return tekst[tekst.index("<svg") :]


def werklijst_per_week(weken: Sequence[Weektelling], *, titel: str = "Werklijst per week") -> str:
    """Stacked bars: per peildatum the worklist's rows by kind (meldingen below, signals above)."""
    from matplotlib.dates import date2num

    fig = _figuur(11, 4.2)
    ax = fig.add_subplot()
    x = date2num([w.peildatum for w in weken])  # type: ignore[no-untyped-call]
    onder = [0] * len(weken)
    for soort, kleur in WERKLIJST_KLEUR.items():
        hoogte = [w.aantallen.get(soort, 0) for w in weken]
        if not any(hoogte):
            continue
        ax.bar(x, hoogte, width=5, bottom=onder, color=kleur, label=soort.replace("_", " "), align="center")
        onder = [a + b for a, b in zip(onder, hoogte, strict=True)]
    ax.xaxis_date()
    ax.set_title(titel)
    ax.set_ylabel("rijen op de werklijst")
    ax.set_xlabel("peildatum (vrijdag van elke lesweek)")
    ax.grid(axis="y", color="#e9ecef")
    ax.set_axisbelow(True)
    if any(onder):
        ax.legend(loc="upper left", fontsize=8, ncols=3, frameon=False)
    fig.autofmt_xdate()
    return svg(fig)


def _tijdlijn_dagen(
    leerling: Leerling, analyse: Analyse
) -> tuple[date, int, dict[date, str], dict[date, bool], set[date]]:
    redenen: dict[date, str] = {}
    for record in leerling.records:
        redenen.setdefault(record.datum, record.reden.value)
    in_melding: dict[date, bool] = {}
    for m in analyse.meldingen:
        dag = m.begindatum
        while dag <= (m.einddatum or analyse.peildatum):
            in_melding[dag] = True
            dag += timedelta(days=1)
    einddagen = {m.einddatum for m in analyse.meldingen if m.einddatum}
    begin = begin_schooljaar(analyse.schooljaar)
    maandag = begin - timedelta(days=begin.weekday())
    weken = (analyse.peildatum - maandag).days // 7 + 1
    return maandag, weken, redenen, in_melding, einddagen


def tijdlijn(leerling: Leerling, analyse: Analyse, *, titel: str | None = None) -> str:
    """One pupil's school year up to the peildatum: a row per week (Monday on the left), a cell per
    day coloured by its absence reason, holiday or lesdag; each melding's days outlined, each
    einddatum marked in the centre of its own cell; a legend names every mark that occurs."""
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch, Rectangle

    kalender = leerling.school.kalender
    maandag, weken, redenen, in_melding, einddagen = _tijdlijn_dagen(leerling, analyse)
    fig = _figuur(5.2, 1.2 + 0.2 * weken)
    ax = fig.add_subplot()
    begin = begin_schooljaar(analyse.schooljaar)
    gezien: dict[str, str] = {}
    for w in range(weken):
        for d in range(7):
            dag = maandag + timedelta(days=7 * w + d)
            if dag < begin or dag > analyse.peildatum:
                kleur, naam = _GEEN_LES, "geen lesdag"
            elif dag in redenen:
                kleur, naam = REDEN_KLEUR[redenen[dag]], redenen[dag]
            elif kalender.is_lesdag(dag):
                kleur, naam = _LESDAG, "lesdag"
            elif kalender.is_schoolvakantie(dag):
                kleur, naam = _VAKANTIE, "schoolvakantie"
            else:
                kleur, naam = _GEEN_LES, "geen lesdag"
            gezien.setdefault(naam, kleur)
            rand = in_melding.get(dag, False)
            ax.add_patch(
                Rectangle(
                    (d + 0.06, w + 0.06),
                    0.88,
                    0.88,
                    facecolor=kleur,
                    edgecolor=_MELDING if rand else "#ced4da",
                    linewidth=1.6 if rand else 0.4,
                )
            )
            if dag in einddagen:
                ax.plot(d + 0.5, w + 0.5, marker="o", markersize=4, color="#000000", linestyle="none")
    ax.set_xlim(0, 7)
    ax.set_ylim(weken, 0)
    ax.set_xticks([d + 0.5 for d in range(7)], _WEEKDAGEN)
    ax.xaxis.tick_top()
    stap = max(1, weken // 20)
    ax.set_yticks(
        [w + 0.5 for w in range(0, weken, stap)],
        [(maandag + timedelta(days=7 * w)).isoformat() for w in range(0, weken, stap)],
        fontsize=7,
    )
    ax.tick_params(length=0)
    for kant in ax.spines.values():
        kant.set_visible(False)
    items: list[Any] = [Patch(facecolor=k, edgecolor="#ced4da", label=n) for n, k in gezien.items()]
    if in_melding:
        items.append(
            Patch(facecolor="#ffffff", edgecolor=_MELDING, linewidth=1.6, label="periode van een melding")
        )
    if einddagen:
        items.append(
            Line2D([], [], marker="o", color="#000000", linestyle="none", markersize=4, label="einddatum")
        )
    ax.legend(handles=items, loc="upper left", bbox_to_anchor=(1.02, 1), fontsize=7, frameon=False)
    ax.set_title(titel or f"{analyse.sleutel or ''} tot {analyse.peildatum.isoformat()}".strip(), fontsize=9)
    return svg(fig)


def thuiszitters(telling: Telling, *, titel: str = "Thuiszitters per peildatum en definitie") -> str:
    """Grouped bars: per peildatum one bar per definition, its count on top (all groups summed)."""
    fig = _figuur(8, 4)
    ax = fig.add_subplot()
    n = len(telling.definities)
    breedte = 0.8 / max(1, n)
    kleuren = ("#c92a2a", "#f08c00", "#1864ab", "#2b8a3e", "#862e9c")
    for i, definitie in enumerate(telling.definities):
        waarden = [telling.totaal(p, definitie) for p in telling.peildata]
        x = [j - 0.4 + breedte * (i + 0.5) for j in range(len(telling.peildata))]
        balken = ax.bar(x, waarden, width=breedte, color=kleuren[i % len(kleuren)], label=definitie.naam)
        ax.bar_label(balken, fontsize=8)
    ax.set_xticks(range(len(telling.peildata)), [p.isoformat() for p in telling.peildata])
    ax.set_ylabel("leerlingen")
    ax.set_title(titel)
    ax.legend(frameon=False, fontsize=8)
    ax.grid(axis="y", color="#e9ecef")
    ax.set_axisbelow(True)
    return svg(fig)


def ijsberg(telling: Telling, peildatum: date) -> str:
    """Horizontal bars per category on ``peildatum`` (without ``geen``), scaled to those shown."""
    from .weergave import _IJSBERG

    fig = _figuur(8, 4.5)
    ax = fig.add_subplot()
    namen: list[str] = []
    waarden: list[int] = []
    for laag, categorieen in _IJSBERG:
        for c in categorieen:
            namen.append(f"{c.value}  ({laag.split(':')[0]})")
            waarden.append(telling.aantal(peildatum, c))
    balken = ax.barh(range(len(namen)), waarden, color="#4c6ef5")
    ax.bar_label(balken, fontsize=8)
    ax.set_yticks(range(len(namen)), namen, fontsize=7)
    ax.invert_yaxis()
    geen = telling.aantal(peildatum, Categorie.GEEN)
    ax.set_title(
        f"IJsberg op {peildatum.isoformat()} ({geen} leerlingen zonder categorie niet getekend)", fontsize=9
    )
    return svg(fig)
