# importlib.import_module of a package written to a temporary folder, with relative imports
import importlib
import importlib.machinery
import importlib.util
import os
import sys


def remove_tree(path):
    if not os.path.exists(path):
        return
    for name in os.listdir(path):
        full = os.path.join(path, name)
        if os.path.isdir(full):
            remove_tree(full)
        else:
            os.remove(full)
    os.rmdir(path)

root = os.path.join("/tmp", "herthon_corpus_600")
remove_tree(root)
os.makedirs(os.path.join(root, "shapes", "solid"))
files = {
    "shapes/__init__.py": "from .square import Square\nREGISTRY = {'square': Square}\n",
    "shapes/square.py": "class Square:\n    def __init__(self, side):\n        self.side = side\n    def area(self):\n        return self.side ** 2\n",
    "shapes/solid/__init__.py": "",
    "shapes/solid/cube.py": "from ..square import Square\n\ndef volume(side):\n    return Square(side).area() * side\n",
}
for rel, text in files.items():
    with open(os.path.join(root, rel), "w") as f:
        f.write(text)

sys.path.insert(0, root)
try:
    shapes = importlib.import_module("shapes")
    print(shapes.__name__, shapes.__package__, sorted(shapes.REGISTRY))
    print(shapes.REGISTRY["square"](3).area())
    cube = importlib.import_module(".solid.cube", package="shapes")
    print(cube.__name__, cube.__package__, cube.volume(2))
    print("shapes.solid" in sys.modules, shapes.solid.cube is cube)

    spec = shapes.__spec__
    print(spec.name, spec.parent, spec.has_location, spec.origin == shapes.__file__)
    print([os.path.relpath(p, root) for p in spec.submodule_search_locations])
    print(shapes.__path__ is spec.submodule_search_locations)
    print(type(shapes.__loader__).__name__, isinstance(shapes.__loader__, importlib.machinery.SourceFileLoader))
    print(cube.__spec__.parent, cube.__spec__.submodule_search_locations)
    print(shapes.__loader__.is_package("shapes"), cube.__loader__.is_package("shapes.solid.cube"))
    print(os.path.basename(cube.__file__), cube.__cached__ == importlib.util.cache_from_source(cube.__file__))

    print(importlib.util.find_spec("shapes.square").name)
    print(importlib.util.find_spec("shapes.nothing_here"))
    try:
        importlib.import_module("shapes.missing")
    except ModuleNotFoundError as e:
        print(type(e).__name__, e, e.name)
    try:
        importlib.import_module("shapes.square.deeper")
    except ModuleNotFoundError as e:
        print(type(e).__name__, e)
    try:
        importlib.import_module(".cube")
    except TypeError as e:
        print(type(e).__name__, e)
    print(importlib.import_module("shapes") is shapes)
finally:
    sys.path.remove(root)
    remove_tree(root)
