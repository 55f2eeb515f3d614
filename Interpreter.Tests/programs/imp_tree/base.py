print("imp_tree.base init", __name__, __package__)
class Base:
    kind = "base"
    def describe(self):
        return f"{type(self).__name__}<{self.kind}>"
COUNTER = [0]
def bump():
    COUNTER[0] += 1
    return COUNTER[0]
