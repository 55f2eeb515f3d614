# Loading a file as a module by hand: spec_from_file_location, module_from_spec, exec_module, reload
import importlib
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

root = os.path.join("/tmp", "herthon_corpus_601")
remove_tree(root)
os.makedirs(root)
path = os.path.join(root, "settings_file.py")
with open(path, "w") as f:
    f.write("DEBUG = False\nLEVEL = 1\nloads = globals().get('loads', 0) + 1\n")

try:
    spec = importlib.util.spec_from_file_location("app_settings", path)
    print(spec.name, spec.origin == path, spec.has_location, spec.submodule_search_locations)
    module = importlib.util.module_from_spec(spec)
    print(module.__name__, module.__spec__ is spec, module.__file__ == path, hasattr(module, "DEBUG"))
    sys.modules["app_settings"] = module
    spec.loader.exec_module(module)
    print(module.DEBUG, module.LEVEL, module.loads)

    import app_settings
    print(app_settings is module)

    # reload finds the module again by name: on sys.path under the name it was given.
    os.rename(path, os.path.join(root, "app_settings.py"))
    path = os.path.join(root, "app_settings.py")
    sys.path.insert(0, root)
    with open(path, "w") as f:
        f.write("DEBUG = True\nLEVEL = 22\nEXTRA = 'yes'\nloads = globals().get('loads', 0) + 1\n")
    reloaded = importlib.reload(module)
    print(reloaded is module, module.DEBUG, module.LEVEL, module.EXTRA, module.loads)

    loader = module.__spec__.loader
    print(module.__spec__ is spec, module.__spec__.name, loader.get_filename("app_settings") == path)
    source = loader.get_source("app_settings")
    print(source.splitlines()[2])
    code = loader.get_code("app_settings")
    namespace = {}
    exec(code, namespace)
    print(namespace["LEVEL"], namespace["loads"])

    del sys.modules["app_settings"]
    try:
        importlib.reload(module)
    except ImportError as e:
        print(type(e).__name__, e)
    try:
        importlib.reload(42)
    except TypeError as e:
        print(type(e).__name__, e)
    print(importlib.util.spec_from_file_location("x", os.path.join(root, "data.txt")))
finally:
    if root in sys.path:
        sys.path.remove(root)
    sys.modules.pop("app_settings", None)
    remove_tree(root)
