"""A module that needs an optional extra says which extra to install, instead of a bare
ModuleNotFoundError (issue 17)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from verzuimregels.fouten import OntbrekendeExtra
from verzuimregels.thuiszitters.telling import tel

SRC = Path(__file__).resolve().parent.parent / "src" / "verzuimregels"


@pytest.mark.parametrize(
    ("module", "pad"),
    [
        ("verzuimregels.keuzehulp.frame", "keuzehulp/frame.py"),
        ("verzuimregels.registratie.frame", "registratie/frame.py"),
        ("verzuimregels.synthetisch.keuzehulp", "synthetisch/keuzehulp.py"),
    ],
)
@pytest.mark.parametrize("ontbrekend", ["pandas", "numpy"])
def test_zonder_pandas_of_numpy_noemt_de_import_de_frame_extra(
    monkeypatch: pytest.MonkeyPatch, module: str, pad: str, ontbrekend: str
) -> None:
    monkeypatch.setitem(sys.modules, ontbrekend, None)  # import of it now raises ModuleNotFoundError
    monkeypatch.delitem(sys.modules, "numpy.typing", raising=False)
    naam = module.rsplit(".", 1)[0] + "._kopie_zonder_extra"  # a fresh copy; the real module stays
    spec = importlib.util.spec_from_file_location(naam, SRC / pad)
    assert spec is not None
    assert spec.loader is not None
    with pytest.raises(OntbrekendeExtra) as fout:
        spec.loader.exec_module(importlib.util.module_from_spec(spec))
    assert isinstance(fout.value, ModuleNotFoundError)
    assert fout.value.extra == "frame"
    assert "pip install 'verzuimregels[frame]'" in str(fout.value)
    assert module in str(fout.value)


def test_telling_als_dataframe_zonder_pandas_noemt_de_frame_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    telling = tel([], peildata=[])
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(OntbrekendeExtra, match=r"verzuimregels\[frame\]"):
        telling.als_dataframe()


def test_populatie_record_frames_zonder_pandas_noemt_de_frame_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    from verzuimregels.registratie.populatie import record_frames

    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(OntbrekendeExtra, match=r"record_frames needs .*pip install 'verzuimregels\[frame\]'"):
        next(record_frames(1))
