# pkgutil: discovering plugin modules in a package created in a temp directory, get_data, walk_packages.
import importlib
import os
import pkgutil
import sys
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    pkg = os.path.join(tmp, "plugins")
    os.makedirs(os.path.join(pkg, "extra"))
    files = {
        "plugins/__init__.py": "REGISTRY = {}\n",
        "plugins/csv_export.py": "NAME = 'csv'\ndef run(rows): return ','.join(map(str, rows))\n",
        "plugins/json_export.py": "NAME = 'json'\nimport json\ndef run(rows): return json.dumps(rows)\n",
        "plugins/_private.py": "NAME = 'hidden'\n",
        "plugins/extra/__init__.py": "",
        "plugins/extra/xml_export.py": "NAME = 'xml'\ndef run(rows): return ''.join(f'<r>{r}</r>' for r in rows)\n",
        "plugins/data/template.txt": "Report: {rows}\n",
        "plugins/notes.txt": "not a module\n",
    }
    for rel, text in files.items():
        path = os.path.join(tmp, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as fh:
            fh.write(text)
    sys.path.insert(0, tmp)
    try:
        import plugins
        found = sorted((m.name, m.ispkg) for m in pkgutil.iter_modules(plugins.__path__))
        print(found)
        print(sorted(m.name for m in pkgutil.iter_modules([tmp])))
        for info in pkgutil.iter_modules(plugins.__path__, prefix="plugins."):
            if info.name.rsplit(".", 1)[-1].startswith("_") or info.ispkg:
                continue
            mod = importlib.import_module(info.name)
            plugins.REGISTRY[mod.NAME] = mod.run
        print({k: f([1, 2]) for k, f in sorted(plugins.REGISTRY.items())})
        walked = sorted(m.name for m in pkgutil.walk_packages(plugins.__path__, prefix="plugins."))
        print(walked)
        print(pkgutil.get_data("plugins", "data/template.txt").decode().format(rows=3), end="")
        finder = next(pkgutil.iter_modules(plugins.__path__)).module_finder
        print(type(finder).__name__)
        print(pkgutil.resolve_name("plugins.csv_export:run")([7, 8]), pkgutil.resolve_name("os.path.join")("a", "b"))
        print(pkgutil.extend_path(["x"], "not_a_package"))
        loader = pkgutil.get_loader("plugins.json_export")
        print(type(loader).__name__, loader.name)
        try:
            pkgutil.get_data("plugins", "absent.txt")
        except FileNotFoundError as e:
            print("FileNotFoundError:", os.path.basename(e.filename))
    finally:
        sys.path.remove(tmp)
        for name in [n for n in sys.modules if n == "plugins" or n.startswith("plugins.")]:
            del sys.modules[name]
try:
    pkgutil.resolve_name("no_such_module_xyz.attr")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
