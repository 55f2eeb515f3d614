"""A package for the import markers: its submodules import nested inside it (markers.py)."""
from .decoder import decode
from .encoder import encode
