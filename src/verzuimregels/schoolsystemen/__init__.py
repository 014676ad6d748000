"""From what school systems export to the library's pupils: the records CSV and the adapters.

* :mod:`.eigen`: the library's own records CSV (one row per record), streamed per pupil;
* :mod:`.groeperen`: streaming per pupil with bounded memory (a pupil's rows must be together).
"""
