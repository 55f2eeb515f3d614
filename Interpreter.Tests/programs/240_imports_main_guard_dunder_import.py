# __name__ == "__main__" guards and importlib-free dynamic __import__
import sys
print(__name__)
if __name__ == "__main__":
    print("running as the main program")

import imp_tree.runnable as r
print(r.main(), r.__name__)

top = __import__("imp_tree.sub.sibling")
print(top.__name__, top.sub.sibling.NAME)
leaf = __import__("imp_tree.sub.sibling", fromlist=["helper"])
print(leaf.__name__, leaf.helper(2))
pkg = __import__("imp_tree.sub", globals(), locals(), ["leaf"], 0)
print(pkg.__name__, pkg.leaf.__name__)
m = __import__("sys")
print(m is sys)
rel = __import__("sibling", {"__name__": "imp_tree.sub.x", "__package__": "imp_tree.sub"}, None, ["NAME"], 1)
print(rel.__name__)
rel2 = __import__("", {"__package__": "imp_tree.sub"}, None, ["sibling"], 1)
print(rel2.__name__, rel2.sibling.NAME)
names = ["math", "json", "imp_tree.base"]
mods = [__import__(n, fromlist=["_"]) for n in names]
print([mm.__name__ for mm in mods])
try:
    __import__("not_there_at_all")
except ModuleNotFoundError as e:
    print(e)
try:
    __import__("", {}, None, [], 0)
except ValueError as e:
    print("ValueError:", e)
def main():
    return "module main() called"
if __name__ == "__main__":
    print(main())
