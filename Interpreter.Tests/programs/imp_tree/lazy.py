"""Module with a PEP 562 __getattr__ and __dir__."""
REAL = "real value"
_calls = []
def __getattr__(name):
    _calls.append(name)
    if name.startswith("computed_"):
        return name[len("computed_"):].upper()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
def calls():
    return list(_calls)
