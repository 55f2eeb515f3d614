"""A small package used by 151_imports_package.py (not a corpus program itself)."""
__all__ = ["greet", "VERSION"]
VERSION = (1, 2)
from .helpers import greet, _private_helper
hidden = "not exported by *"
print("corpus_pkg initialised")
