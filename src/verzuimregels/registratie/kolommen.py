"""The columns of the batch record analysis's output, in a module of their own: the command line's
CSV writer reads them without importing pandas or polars (``registratie.frame`` does)."""

UITVOER_KOLOMMEN = (
    "sleutel",
    "uitkomst",
    "situatie",
    "volgnummer",
    "verzuimsoort",
    "meldplicht",
    "begindatum",
    "einddatum",
    "dag_plicht",
    "uiterste_meld_dag",
    "uren",
    "aaneengesloten_dagen",
    "records",
    "status",
    "regelversie",
    "fout_veld",
    "fout_regel",
    "fout_melding",
)
"""The output columns (see ``docs/schaal-registratie.md``)."""
SIGNAAL_KOLOMMEN = ("signaal", "signaal_dag", "nog_uren", "op_lijst_sinds", "aantal")
"""Appended to :data:`UITVOER_KOLOMMEN` with ``signalen=True``. A signal row (``uitkomst`` ``signaal``)
has ``signaal`` (its kind), ``begindatum``/``einddatum`` (its ``van``/``tot``), ``uren``,
``records``, and ``signaal_dag``: the day ``venster_tot`` of ``nadert_zestien_uur``, ``lrv_op`` of
``mogelijk_lrv``, else ``tot``."""
