print("imp_tree.sub init", __name__, __package__)
from .. import base
from ..base import Base
SUB_LEVEL = "sub"
