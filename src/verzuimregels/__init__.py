"""verzuimregels: Dutch school-absence law (Leerplichtwet 1969, DUO's verzuim rules) as code.

Start with :func:`beoordeel`: the facts of a case of absence in, a typed verdict out, with the path
of questions that led to it, the articles that ground it, and the policy defaults it took.
"""

from ._versie import __version__
from .beleid import Beleid, Beleidskeuze, Verjaardag29Februari
from .bronnen import WETSVERSIES, Bron
from .fouten import GeenWetsversie, Invoerfout, OntbrekendFeit, Veldfout, VerzuimregelsFout
from .kalender import Regio, Schoolkalender
from .keuzehulp import Casus, Meldplicht, Oordeel, Stap, Verzuimsoort, beoordeel
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


def __getattr__(naam: str) -> object:
    """``beoordeel_frame`` needs pandas (the ``frame`` extra), so it is imported on first use only."""
    if naam == "beoordeel_frame":
        from .keuzehulp.frame import beoordeel_frame

        return beoordeel_frame
    raise AttributeError(f"module 'verzuimregels' has no attribute {naam!r}")
