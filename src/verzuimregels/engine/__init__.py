"""The engine: machinery shared by every decision, apart from the law.

* :mod:`verzuimregels.engine.trace`: the trace of a decision (``Stap``, ``GelezenFeit``, ``Herkomst``);
* :mod:`verzuimregels.engine.values`: the value types of facts (``Datum``, ``Uren``);
* :mod:`verzuimregels.engine.dated`: dated rules (``Dated``): which rules judged on a date (``regelversie``).

The law itself lives in :mod:`verzuimregels.regels` and :mod:`verzuimregels.keuzehulp.boom`.
"""
