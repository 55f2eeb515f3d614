# Packages, subpackages and relative imports (from . import x, from ..pkg import y)
import sys

import imp_tree.sub.leaf
print("after import, imp_tree bound:", "imp_tree" in dir())
print(imp_tree.TREE_LEVEL, imp_tree.sub.SUB_LEVEL)
print(imp_tree.sub.leaf.info())
print(imp_tree.sub.leaf.info())
print(imp_tree.base.COUNTER)
print(imp_tree.sub.base is imp_tree.base, imp_tree.sub.Base is imp_tree.base.Base)
print(imp_tree.sub.leaf.Leaf.__mro__[1] is imp_tree.base.Base)
print(imp_tree.sub.leaf.Leaf.__module__, imp_tree.base.Base.__module__)
print(imp_tree.sub.leaf.__package__, imp_tree.sub.__package__, imp_tree.__package__)
print(imp_tree.sub.leaf.__name__, imp_tree.sub.sibling.__name__)
for name in sorted(k for k in sys.modules if k.startswith("imp_tree")):
    print("loaded:", name)

import imp_tree.sub.leaf as lf
print(lf is sys.modules["imp_tree.sub.leaf"], lf.sibling is imp_tree.sub.sibling)
from imp_tree.sub import leaf, sibling as sb
print(leaf is lf, sb.helper(2))
from imp_tree import sub
print(sub.SUB_LEVEL, sub.leaf is lf)

import imp_tree.sub.deep_error as de
print(de.ERR)

try:
    from . import anything
except ImportError as e:
    print(type(e).__name__, e)
