"""What ships and what a package index shows: project URLs, licence, Python classifiers, and no build
cache in git or in the sdist (issue 17)."""

from __future__ import annotations

import shutil
import subprocess
import tarfile
import tomllib
from pathlib import Path

from hatchling.builders.sdist import SdistBuilder

WORTEL = Path(__file__).resolve().parent.parent


def _project() -> dict[str, object]:
    project: dict[str, object] = tomllib.loads((WORTEL / "pyproject.toml").read_text("utf-8"))["project"]
    return project


def test_pyproject_noemt_urls_licentie_en_elke_ondersteunde_python() -> None:
    project = _project()
    urls = project["urls"]
    assert isinstance(urls, dict)
    assert {"Homepage", "Documentation", "Source", "Issues", "Changelog"} <= set(urls)
    assert project["license"] == "EUPL-1.2"
    classifiers = project["classifiers"]
    assert isinstance(classifiers, list)
    assert project["requires-python"] == ">=3.11"
    for versie in ("3.11", "3.12", "3.13"):
        assert f"Programming Language :: Python :: {versie}" in classifiers


def test_de_build_cache_staat_niet_in_git() -> None:
    git = shutil.which("git")
    assert git is not None
    bestanden = subprocess.run(
        [git, "ls-files", ".cache"], cwd=WORTEL, capture_output=True, text=True, check=True
    ).stdout
    assert bestanden == ""
    assert ".cache/" in (WORTEL / ".gitignore").read_text("utf-8").splitlines()


def test_de_sdist_bevat_geen_cache_maar_wel_de_bron_en_de_licentie(tmp_path: Path) -> None:
    # a cache in the tree being built must stay out even if .gitignore were lost
    (WORTEL / ".cache").mkdir(exist_ok=True)
    (WORTEL / ".cache" / "proef-verpakking").write_text("x", "utf-8")
    try:
        (sdist,) = SdistBuilder(str(WORTEL)).build(directory=str(tmp_path), versions=["standard"])
    finally:
        (WORTEL / ".cache" / "proef-verpakking").unlink()
    with tarfile.open(sdist) as tar:
        namen = [n.split("/", 1)[1] for n in tar.getnames() if "/" in n]
    assert not [n for n in namen if n.startswith(".cache")]
    assert "LICENSE" in namen
    assert "src/verzuimregels/py.typed" in namen
