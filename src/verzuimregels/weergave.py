"""Notebook output: verdicts as HTML (Jupyter's ``_repr_html_``) and as readable plain text.

Presentation only: no rule lives here. The HTML is self-contained (no JavaScript, no external style
sheet, no network), so it renders the same in Jupyter, VS Code and a saved notebook; every text that
comes from a verdict is escaped. The tree is drawn as a nested list with the verdict's path marked,
which needs no drawing library (for a picture, see :mod:`verzuimregels.keuzehulp.tekenen`).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from html import escape

from .beleid import beleidskeuze, codes
from .bronnen import WETSVERSIES, Bron
from .engine.trace import GelezenFeit
from .kalender import Schoolkalender, begin_schooljaar
from .keuzehulp.boom import BOOM, Knoop, Vraag, uitkomsten
from .keuzehulp.modellen import Oordeel
from .keuzehulp.tekenen import bezocht
from .registratie.analyse import Analyse
from .registratie.modellen import Leerling
from .registratie.signalen import signaal_details
from .teksten import Taal
from .thuiszitters.categorie import classificeer
from .thuiszitters.modellen import Categorie, Classificatie, Situatie
from .thuiszitters.telling import Telling

_KOPPEN = {
    Taal.NL: {
        "pad": "Pad",
        "grondslag": "Grondslag",
        "beleid": "Beleidskeuzes",
        "boom": "Keuzehulp",
        "ja": "ja",
        "nee": "nee",
        "feiten": "feiten",
    },
    Taal.EN: {
        "pad": "Path",
        "grondslag": "Grounds",
        "beleid": "Policy defaults",
        "boom": "Decision tree",
        "ja": "yes",
        "nee": "no",
        "feiten": "facts",
    },
}

_STIJL_PAD = "background:#fff3bf;font-weight:bold"


def taal_van(oordeel: Oordeel) -> Taal:
    """The language a verdict was written in (its first question's wording tells)."""
    if oordeel.pad and oordeel.pad[0].tekst == BOOM.tekst_en:
        return Taal.EN
    return Taal.NL


def _links(bronnen: Iterable[Bron]) -> str:
    return ", ".join(f'<a href="{escape(b.url)}" target="_blank">{escape(b.titel)}</a>' for b in bronnen)


def _feit(feit: GelezenFeit) -> str:
    waarde = "—" if feit.waarde is None else str(feit.waarde)
    return (
        f"<code>{escape(feit.naam)}</code> = {escape(waarde)} <small>({escape(feit.herkomst.value)})</small>"
    )


def oordeel_html(oordeel: Oordeel) -> str:
    """The verdict as an HTML fragment: outcome, explanation, path with articles, policy defaults, tree."""
    taal = taal_van(oordeel)
    k = _KOPPEN[taal]
    stappen = "".join(
        f"<li><b>{escape(s.vraag)}</b> {escape(s.tekst)} "
        f"<b>{k['ja'] if s.antwoord else k['nee']}</b><br>"
        f"<small>{k['feiten']}: {'; '.join(_feit(f) for f in s.feiten)}</small><br>"
        f"<small>{_links(s.grondslag)}</small></li>"
        for s in oordeel.pad
    )
    beleid = "".join(
        f"<li><code>{escape(b.code)}</code>: {escape(b.omschrijving)}</li>" for b in oordeel.beleidskeuzes
    )
    beleidsblok = f"<h4>{k['beleid']}</h4><ul>{beleid}</ul>" if beleid else ""
    return (
        '<div class="verzuimregels-oordeel">'
        f"<p><b>{escape(oordeel.verzuimsoort.value)}</b> / {escape(oordeel.meldplicht.value)}</p>"
        f"<p>{escape(oordeel.toelichting)}</p>"
        f"<h4>{k['grondslag']}</h4><p>{_links(oordeel.grondslag)}</p>"
        f"<h4>{k['pad']}</h4><ol>{stappen}</ol>"
        f"{beleidsblok}"
        f"<details><summary>{k['boom']}</summary>{boom_html(oordeel, taal=taal)}</details>"
        f"<p><small>{escape(oordeel.regelversie)}</small></p>"
        "</div>"
    )


def boom_html(oordeel: Oordeel | None = None, *, taal: Taal = Taal.NL) -> str:
    """The keuzehulp tree as a nested HTML list; the nodes on ``oordeel``'s path are marked."""
    gezien, _ = bezocht(oordeel)
    k = _KOPPEN[taal]

    def knoop_html(knoop: Knoop, tak: str) -> str:
        stijl = f' style="{_STIJL_PAD}"' if knoop.knoop in gezien else ""
        voor = f"<i>{tak}</i> → " if tak else ""
        if isinstance(knoop, Vraag):
            tekst = knoop.tekst_nl if taal is Taal.NL else knoop.tekst_en
            kinderen = knoop_html(knoop.ja, k["ja"]) + knoop_html(knoop.nee, k["nee"])
            kop = f"<span{stijl}>{escape(knoop.vraag)}: {escape(tekst)}</span>"
            return f"<li>{voor}{kop}<ul>{kinderen}</ul></li>"
        uitkomst = f"{knoop.verzuimsoort.value} / {knoop.meldplicht.value}"
        return f"<li>{voor}<span{stijl}>{escape(uitkomst)}</span></li>"

    return f"<ul>{knoop_html(BOOM, '')}</ul>"


def oordeel_tekst(oordeel: Oordeel) -> str:
    """The verdict as readable plain text (the notebook's fallback when HTML is not shown)."""
    k = _KOPPEN[taal_van(oordeel)]
    regels = [f"{oordeel.verzuimsoort.value} / {oordeel.meldplicht.value}", oordeel.toelichting, ""]
    regels.append(f"{k['pad']}:")
    for i, s in enumerate(oordeel.pad, 1):
        regels.append(f"  {i}. {s.vraag} {s.tekst} {k['ja'] if s.antwoord else k['nee']}")
        regels.extend(f"       {b.titel} <{b.url}>" for b in s.grondslag)
    regels.append(f"{k['grondslag']}:")
    regels.extend(f"  {b.titel} <{b.url}>" for b in oordeel.grondslag)
    if oordeel.beleidskeuzes:
        regels.append(f"{k['beleid']}:")
        regels.extend(f"  {b.code}: {b.omschrijving}" for b in oordeel.beleidskeuzes)
    regels.append(oordeel.regelversie)
    return "\n".join(regels)


# --- thuiszitters ------------------------------------------------------------------------------


def classificatie_html(classificatie: Classificatie) -> str:
    """One pupil's category on a peildatum, with its explanation and articles."""
    dagen = "" if classificatie.getelde_dagen is None else f" · {classificatie.getelde_dagen} dagen"
    beleid = "".join(
        f"<li><code>{escape(b.code)}</code>: {escape(b.omschrijving)}</li>"
        for b in classificatie.beleidskeuzes
    )
    return (
        '<div class="verzuimregels-classificatie">'
        f"<p><b>{escape(classificatie.categorie.value)}</b> "
        f"op {classificatie.peildatum.isoformat()}{dagen}</p>"
        f"<p>{escape(classificatie.toelichting)}</p>"
        f"<p><small>{_links(classificatie.grondslag)}</small></p>"
        f"<details><summary>Beleidskeuzes</summary><ul>{beleid}</ul></details>"
        f"<p><small>{escape(classificatie.regelversie)}</small></p>"
        "</div>"
    )


# The iceberg: what each definition adds below the one above it.
_IJSBERG: tuple[tuple[str, tuple[Categorie, ...]], ...] = (
    (
        "Thuiszitterspact: langer dan 3 maanden",
        (Categorie.LRV_LANGER_DAN_3_MAANDEN, Categorie.ABSOLUUT_LANGER_DAN_3_MAANDEN),
    ),
    (
        "OCW 2016: ook korter dan 3 maanden",
        (Categorie.LRV_4_WEKEN_TOT_3_MAANDEN, Categorie.ABSOLUUT_TOT_3_MAANDEN),
    ),
    ("Balans 2020: ook vrijstelling art. 5 onder a", (Categorie.VRIJSTELLING_5_ONDER_A,)),
    (
        "Geregistreerd, geen thuiszitter",
        (
            Categorie.VRIJSTELLING_5_ONDER_B,
            Categorie.VRIJSTELLING_5_ONDER_C,
            Categorie.VRIJSTELLING_5A,
            Categorie.VRIJSTELLING_15,
            Categorie.VERLOF_11G_LANGER_DAN_4_WEKEN,
            Categorie.LANGDURIG_ZIEK,
        ),
    ),
)


def telling_html(telling: Telling) -> str:
    """Counts as a table (per peildatum and group) and, per peildatum, the iceberg of categories."""
    rijen = telling.rijen()
    kolommen = [
        *(["peildatum", *telling.groep_op]),
        *(c.value for c in Categorie if c is not Categorie.GEEN),
        *(d.naam for d in telling.definities),
    ]
    kop = "".join(f"<th>{escape(k)}</th>" for k in kolommen)
    lijf = "".join(
        "<tr>" + "".join(f"<td>{escape(str(r.get(k, '')))}</td>" for k in kolommen) + "</tr>" for r in rijen
    )
    tabel = f'<table class="verzuimregels-telling"><thead><tr>{kop}</tr></thead><tbody>{lijf}</tbody></table>'
    return f"<div>{tabel}{''.join(ijsberg_html(telling, d) for d in telling.peildata)}</div>"


def ijsberg_html(telling: Telling, peildatum: date) -> str:
    """A bar per category, grouped by the definition that first counts it: the visible tip on top."""
    aantallen = {c: telling.aantal(peildatum, c) for c in Categorie}
    # Scaled to the largest category shown: the pupils without a category (most of a gemeente) are
    # not drawn, and scaling to them left every bar a sliver of 1-3 px.
    grootste = max([1, *(aantallen[c] for _, laag in _IJSBERG for c in laag)])
    delen = []
    for laag, categorieen in _IJSBERG:
        balken = "".join(
            f'<div><span style="display:inline-block;width:16em">{escape(c.value)}</span>'
            f'<span style="display:inline-block;background:#4c6ef5;height:0.9em;'
            f'width:{round(300 * aantallen[c] / grootste)}px"></span> {aantallen[c]}</div>'
            for c in categorieen
        )
        delen.append(f"<div><b>{escape(laag)}</b>{balken}</div>")
    return f"<div><h4>IJsberg op {peildatum.isoformat()}</h4>{''.join(delen)}</div>"


# --- documentation ---------------------------------------------------------------------------------

BELEIDSKEUZES_KOP = (
    "| code | setting | what the library does (English text; Dutch is the default in verdicts) |\n"
    "|---|---|---|\n"
)


def beleidskeuzes_markdown() -> str:
    """The table of every policy default, as in ``docs/beleidskeuzes.md`` (which a test keeps equal)."""
    rijen = []
    for code in sorted(codes()):
        b = beleidskeuze(code, Taal.EN)
        optie = f"`{b.optie}`" if b.optie else "—"
        rijen.append(f"| `{code}` | {optie} | {b.omschrijving} |")
    return BELEIDSKEUZES_KOP + "\n".join(rijen) + "\n"


_KLEUREN: dict[Categorie, str] = {
    Categorie.LRV_4_WEKEN_TOT_3_MAANDEN: "#ffa94d",
    Categorie.LRV_LANGER_DAN_3_MAANDEN: "#e8590c",
    Categorie.ABSOLUUT_TOT_3_MAANDEN: "#f06595",
    Categorie.ABSOLUUT_LANGER_DAN_3_MAANDEN: "#c2255c",
    Categorie.VRIJSTELLING_5_ONDER_A: "#748ffc",
    Categorie.VRIJSTELLING_5_ONDER_B: "#748ffc",
    Categorie.VRIJSTELLING_5_ONDER_C: "#748ffc",
    Categorie.VRIJSTELLING_5A: "#748ffc",
    Categorie.VRIJSTELLING_15: "#748ffc",
    Categorie.VERLOF_11G_LANGER_DAN_4_WEKEN: "#63e6be",
    Categorie.LANGDURIG_ZIEK: "#ffe066",
    Categorie.GEEN: "#f1f3f5",
}


def tijdlijn_html(situatie: Situatie, van: date, tot: date) -> str:
    """A pupil's category on every day from ``van`` through ``tot``: one row per month, one cell per
    day, school holidays underlined, with a legend of the categories that occur."""
    kalender = Schoolkalender(regio=situatie.regio)
    maanden: dict[tuple[int, int], list[str]] = {}
    gezien: dict[Categorie, None] = {}
    dag = van
    while dag <= tot:
        categorie = classificeer(situatie, dag).categorie
        gezien[categorie] = None
        rand = "border-bottom:2px solid #495057;" if kalender.is_schoolvakantie(dag) else ""
        maanden.setdefault((dag.year, dag.month), []).append(
            f'<span title="{dag.isoformat()}: {categorie.value}" style="display:inline-block;width:9px;'
            f'height:14px;margin-right:1px;background:{_KLEUREN[categorie]};{rand}"></span>'
        )
        dag += timedelta(days=1)
    rijen = "".join(
        f"<div><code>{jaar}-{maand:02d}</code> {''.join(cellen)}</div>"
        for (jaar, maand), cellen in maanden.items()
    )
    legenda = " ".join(
        f'<span style="background:{_KLEUREN[c]};padding:0 4px">{escape(c.value)}</span>' for c in gezien
    )
    sleutel = escape(situatie.sleutel or "")
    return f'<div class="verzuimregels-tijdlijn"><p><b>{sleutel}</b> {legenda}</p>{rijen}</div>'


def telling_tekst(telling: Telling) -> str:
    """Each definition's total per peildatum (and group), as a plain-text table."""
    namen = [d.naam for d in telling.definities]
    kop = ["peildatum", *telling.groep_op, *namen]
    rijen = [[str(r[k]) for k in kop] for r in telling.rijen()]
    breedtes = [max(len(k), *(len(r[i]) for r in rijen)) for i, k in enumerate(kop)]
    return "\n".join("  ".join(w.rjust(b) for w, b in zip(r, breedtes, strict=True)) for r in [kop, *rijen])


# --- the record analysis ---------------------------------------------------------------------------

_REDEN_KLEUR: dict[str, str] = {
    "ongeoorloofd": "#e03131",
    "te_laat": "#ff8787",
    "vakantie": "#f08c00",
    "ziek": "#ffe066",
    "verlof_13a": "#63e6be",
    "verlof_14": "#63e6be",
    "geschorst": "#9775fa",
    "religieus": "#74c0fc",
    "school_gesloten": "#ced4da",
    "vrijstelling_11a": "#748ffc",
}
_GEEN_LES = "#f1f3f5"
_VAKANTIE = "#adb5bd"
_LESDAG = "#ffffff"


def analyse_html(analyse: Analyse) -> str:
    """The meldingen due on the peildatum (with status, dates, deadline, hours), meldingen made that were
    not due, and the signals, each with its articles."""
    rijen = "".join(
        "<tr>"
        f"<td>{escape(m.verzuimsoort.value)}</td><td>{escape(m.meldplicht.value)}</td>"
        f"<td>{m.begindatum.isoformat()}</td><td>{m.einddatum.isoformat() if m.einddatum else '—'}</td>"
        f"<td>{m.dag_plicht.isoformat()}</td>"
        f"<td>{m.uiterste_meld_dag.isoformat() if m.uiterste_meld_dag else '—'}</td>"
        f"<td>{escape(str(m.uren))}</td><td><b>{escape(m.status.value)}</b></td>"
        f"<td><small>{_links(m.oordeel.grondslag)}</small></td>"
        "</tr>"
        for m in analyse.meldingen
    )
    kop = "".join(
        f"<th>{k}</th>"
        for k in (
            "verzuimsoort",
            "meldplicht",
            "begin",
            "einde",
            "plicht op",
            "uiterlijk",
            "uren",
            "status",
            "",
        )
    )
    niet = "".join(
        f"<li>{escape(m.verzuimsoort.value)} {m.begindatum.isoformat()}</li>"
        for m in analyse.niet_verschuldigd
    )
    signalen = "".join(
        f"<li><b>{escape(s.soort.value)}</b> {s.van.isoformat()}–{s.tot.isoformat()}: "
        f"{escape(s.toelichting)} "
        + (f"<i>{escape(signaal_details(s))}</i> " if signaal_details(s) else "")
        + f"<small>{_links((s.grondslag,))}</small></li>"
        for s in analyse.signalen
    )
    return (
        '<div class="verzuimregels-analyse">'
        f"<p><b>{escape(analyse.sleutel or '')}</b> op {analyse.peildatum.isoformat()} "
        f"({escape(analyse.situatie.value)}, schooljaar {analyse.schooljaar}-{analyse.schooljaar + 1})</p>"
        f"<table><thead><tr>{kop}</tr></thead><tbody>{rijen}</tbody></table>"
        + (f"<h4>Gemeld maar niet verschuldigd</h4><ul>{niet}</ul>" if niet else "")
        + (f"<h4>Signalen</h4><ul>{signalen}</ul>" if signalen else "")
        + "</div>"
    )


def analyse_tijdlijn_html(leerling: Leerling, analyse: Analyse) -> str:
    """The school year up to the peildatum, one row per calendar week (Monday to Sunday): lesdagen,
    holidays and absences by reason; the days of each melding's period outlined, its einddatum marked."""
    kalender = leerling.school.kalender
    redenen: dict[date, str] = {}
    for record in leerling.records:
        redenen.setdefault(record.datum, record.reden.value)
    in_melding: dict[date, str] = {}
    for m in analyse.meldingen:
        dag = m.begindatum
        while dag <= (m.einddatum or analyse.peildatum):
            in_melding.setdefault(dag, m.verzuimsoort.value)
            dag += timedelta(days=1)
    einddagen = {m.einddatum for m in analyse.meldingen if m.einddatum}
    begin = begin_schooljaar(analyse.schooljaar)
    maandag = begin - timedelta(days=begin.weekday())
    weken = []
    while maandag <= analyse.peildatum:
        cellen = []
        for i in range(7):
            dag = maandag + timedelta(days=i)
            if dag < begin or dag > analyse.peildatum:
                kleur = _GEEN_LES
            elif dag in redenen:
                kleur = _REDEN_KLEUR[redenen[dag]]
            elif kalender.is_lesdag(dag):
                kleur = _LESDAG
            elif kalender.is_schoolvakantie(dag):
                kleur = _VAKANTIE
            else:
                kleur = _GEEN_LES
            rand = "2px solid #1c7ed6" if dag in in_melding else "1px solid #dee2e6"
            teken = "●" if dag in einddagen else ""
            titel = f"{dag.isoformat()} {redenen.get(dag, '')} {in_melding.get(dag, '')}".strip()
            # Every cell the same box (border-box, one line height, top-aligned): a cell holding the
            # einddatum mark sat lower than its row when its baseline followed the text inside.
            cellen.append(
                f'<span class="dag" title="{escape(titel)}" style="display:inline-block;'
                f"box-sizing:border-box;width:16px;height:16px;line-height:12px;font-size:10px;text-align:center;"
                f'vertical-align:top;overflow:hidden;margin-right:1px;background:{kleur};border:{rand}">'
                f"{teken}</span>"
            )
        weken.append(
            f'<div class="week" style="height:18px;line-height:16px"><code style="vertical-align:top">'
            f"{maandag.isoformat()}</code> {''.join(cellen)}</div>"
        )
        maandag += timedelta(days=7)
    legenda = " ".join(
        f'<span style="background:{kleur};padding:0 4px">{escape(reden)}</span>'
        for reden, kleur in _REDEN_KLEUR.items()
        if reden in redenen.values()
    )
    uitleg = (
        f'<span style="background:{_VAKANTIE};padding:0 4px">schoolvakantie</span> '
        '<span style="border:2px solid #1c7ed6;padding:0 4px">periode van een melding</span> ● einddatum'
    )
    return f'<div class="verzuimregels-tijdlijn"><p>{legenda} {uitleg}</p>{"".join(weken)}</div>'


VERZUIMSOORTEN_KOP = "| verzuimsoort | meldplicht | leaf of the tree | grondslag |\n|---|---|---|---|\n"


def verzuimsoorten_markdown() -> str:
    """Every outcome of the keuzehulp with its meldplicht and articles (with links), as in
    ``docs/keuzehulp.md`` (which a test keeps equal)."""
    versie = WETSVERSIES[-1]
    rijen = [
        f"| `{u.verzuimsoort.value}` | `{u.meldplicht.value}` | `{u.knoop}` | "
        + ", ".join(f"[{b.titel}]({b.url})" for b in (c.bron(versie) for c in u.grondslag))
        + " |"
        for u in sorted(uitkomsten(), key=lambda u: (u.verzuimsoort.value, u.knoop))
    ]
    return VERZUIMSOORTEN_KOP + "\n".join(rijen) + "\n"
