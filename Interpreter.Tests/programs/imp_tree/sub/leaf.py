print("imp_tree.sub.leaf init", __name__, __package__)
from . import sibling
from .sibling import helper as sib_helper
from ..base import Base, bump
from .. import TREE_LEVEL


class Leaf(Base):
    kind = "leaf"


def info():
    return (TREE_LEVEL, sibling.NAME, sib_helper(3), Leaf().describe(), bump())
