"""``beoordeel_frame`` under Dask: per partition on a local cluster, the same result as in-process."""

from __future__ import annotations

from datetime import date

import pytest

pd = pytest.importorskip("pandas")
dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")

from verzuimregels.keuzehulp.frame import beoordeel_frame  # noqa: E402
from verzuimregels.synthetisch import keuzehulp_casussen  # noqa: E402
from verzuimregels.synthetisch.keuzehulp import NIET_FEITEN  # noqa: E402

VANDAAG = date(2026, 9, 1)


def test_dask_lokaal_cluster_geeft_hetzelfde_als_in_proces() -> None:
    frame = next(keuzehulp_casussen(6000, seed=11, foutfractie=0.01))
    verwacht = beoordeel_frame(frame, vandaag=VANDAAG, meenemen=NIET_FEITEN)
    meta = beoordeel_frame(frame.iloc[:0], vandaag=VANDAAG, meenemen=NIET_FEITEN)
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster),
    ):
        delen = dd.from_pandas(frame, npartitions=4)
        uit = delen.map_partitions(
            beoordeel_frame, vandaag=VANDAAG, meenemen=NIET_FEITEN, meta=meta
        ).compute()
    assert len(uit) == len(frame)
    pd.testing.assert_frame_equal(uit.astype(object), verwacht.astype(object))
