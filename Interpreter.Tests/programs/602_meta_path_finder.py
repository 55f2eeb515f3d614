# A custom finder on sys.meta_path serving modules from a dict of source strings
import importlib.util
import sys

SOURCES = {
    "virtual": "NAME = 'virtual package'\n",
    "virtual.config": "from . import helpers\nVALUE = helpers.double(21)\n",
    "virtual.helpers": "def double(x):\n    return 2 * x\n",
}


class DictLoader:
    def __init__(self, sources):
        self.sources = sources

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        exec(compile(self.sources[module.__name__], f"<dict {module.__name__}>", "exec"), module.__dict__)


class DictFinder:
    def __init__(self, sources):
        self.sources = sources
        self.asked = []

    def find_spec(self, fullname, path, target=None):
        self.asked.append((fullname, path is None))
        if fullname not in self.sources:
            return None
        is_package = "." not in fullname
        spec = importlib.util.spec_from_loader(fullname, DictLoader(self.sources), is_package=is_package)
        return spec


finder = DictFinder(SOURCES)
sys.meta_path.append(finder)
try:
    import virtual.config
    print(virtual.NAME, virtual.config.VALUE)
    print(virtual.__spec__.name, virtual.__spec__.origin, virtual.__path__)
    print(type(virtual.__loader__).__name__, virtual.config.__package__)
    print(sorted(set(finder.asked)))
    import json
    print("json" in [name for name, _ in finder.asked])
    try:
        import virtual.absent
    except ModuleNotFoundError as e:
        print(e)
    print(("virtual.absent", False) in finder.asked)

    # A finder in front of the path finder shadows a real module.
    class Shadow:
        @classmethod
        def find_spec(cls, fullname, path, target=None):
            if fullname == "colorsys":
                return importlib.util.spec_from_loader(fullname, DictLoader({"colorsys": "SHADOWED = True\n"}))
            return None

    sys.meta_path.insert(0, Shadow)
    sys.modules.pop("colorsys", None)
    import colorsys
    print(getattr(colorsys, "SHADOWED", False))
    sys.meta_path.remove(Shadow)
    del sys.modules["colorsys"]
    import colorsys
    print(getattr(colorsys, "SHADOWED", False), hasattr(colorsys, "rgb_to_hsv"))
    print(importlib.util.find_spec("virtual.helpers").loader.__class__.__name__)
finally:
    sys.meta_path.remove(finder)
