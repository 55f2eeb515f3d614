"""Package used by the 235-241 import programs (not a corpus program itself)."""
print("imp_tree init, __name__ =", __name__, "__package__ =", __package__)
TREE_LEVEL = "top"
from . import base
from .base import Base as _Base
