"""The rules: one module per legal concept, each function citing the article it encodes.

Rules are pure functions of their arguments: no I/O, no clock, no global state.
"""
