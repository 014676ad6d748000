"""``python -m verzuimregels``: the program (see :mod:`verzuimregels._programma`)."""

import sys

from ._programma import start

sys.exit(start())
