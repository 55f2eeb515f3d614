import imp_tree.sub.sibling as _sib
import imp_tree.base as base_alias
public = 1
_private = 2
__dunder_like = 3
def func():
    return "func"
class Klass:
    pass
