"""verzuimregels: Dutch school-absence law (Leerplichtwet 1969, DUO's verzuim rules) as code.

Start with :func:`beoordeel`: the facts of a case of absence in, a typed verdict out, with the path
of questions that led to it, the articles that ground it, and the policy defaults it took.
"""

import importlib
from typing import TYPE_CHECKING, Any

from ._versie import __version__

if TYPE_CHECKING:  # the names below are imported on first use (see __getattr__); this is for type checkers
    from .beleid import Beleid, Beleidskeuze, Verjaardag29Februari
    from .bronnen import WETSVERSIES, Bron
    from .fouten import GeenWetsversie, Invoerfout, OntbrekendFeit, Veldfout, VerzuimregelsFout
    from .kalender import Regio, Schoolkalender
    from .keuzehulp import Casus, Meldplicht, Oordeel, Stap, Verzuimsoort, beoordeel
    from .keuzehulp.frame import beoordeel_frame as beoordeel_frame
    from .status import Status, Statusoordeel, Statusvraag, bepaal_status, buiten_verzuimmelding
    from .teksten import Taal
    from .verlof import Verlofaanvraag, Verlofoordeel, Verontschuldiging, beoordeel_verlof, is_verontschuldigd

__all__ = [
    "WETSVERSIES",
    "Beleid",
    "Beleidskeuze",
    "Bron",
    "Casus",
    "GeenWetsversie",
    "Invoerfout",
    "Meldplicht",
    "OntbrekendFeit",
    "Oordeel",
    "Regio",
    "Schoolkalender",
    "Stap",
    "Status",
    "Statusoordeel",
    "Statusvraag",
    "Taal",
    "Veldfout",
    "Verjaardag29Februari",
    "Verlofaanvraag",
    "Verlofoordeel",
    "Verontschuldiging",
    "VerzuimregelsFout",
    "Verzuimsoort",
    "__version__",
    "beoordeel",
    "beoordeel_verlof",
    "bepaal_status",
    "buiten_verzuimmelding",
    "is_verontschuldigd",
]

_MODULE_VAN: dict[str, str] = {
    naam: module
    for module, namen in {
        "beleid": ("Beleid", "Beleidskeuze", "Verjaardag29Februari"),
        "bronnen": ("WETSVERSIES", "Bron"),
        "fouten": ("GeenWetsversie", "Invoerfout", "OntbrekendFeit", "Veldfout", "VerzuimregelsFout"),
        "kalender": ("Regio", "Schoolkalender"),
        "keuzehulp": ("Casus", "Meldplicht", "Oordeel", "Stap", "Verzuimsoort", "beoordeel"),
        "status": ("Status", "Statusoordeel", "Statusvraag", "bepaal_status", "buiten_verzuimmelding"),
        "teksten": ("Taal",),
        "verlof": (
            "Verlofaanvraag",
            "Verlofoordeel",
            "Verontschuldiging",
            "beoordeel_verlof",
            "is_verontschuldigd",
        ),
        "keuzehulp.frame": ("beoordeel_frame",),
    }.items()
    for naam in namen
}
"""Each public name with the module it comes from. Importing ``verzuimregels`` imports none of them (so
``verzuimregels status`` does not build the keuzehulp's models, nor ``beoordeel`` those of status and
verlof); a name is imported on first use. ``beoordeel_frame`` needs pandas (the ``frame`` extra) and is
not in ``__all__``."""


def __getattr__(naam: str) -> Any:
    """A public name, imported from its module on first use; a subpackage (``verzuimregels.kalender``)
    is imported on first use as well."""
    module = _MODULE_VAN.get(naam)
    if module is not None:
        waarde = getattr(importlib.import_module(f"{__name__}.{module}"), naam)
        globals()[naam] = waarde
        return waarde
    if not naam.startswith("_"):
        try:
            return importlib.import_module(f"{__name__}.{naam}")
        except ModuleNotFoundError as fout:
            if fout.name != f"{__name__}.{naam}":
                raise
    raise AttributeError(f"module {__name__!r} has no attribute {naam!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
