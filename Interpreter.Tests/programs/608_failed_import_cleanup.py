# A module that fails half-way through its import is removed from sys.modules; importing again reruns it
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


root = os.path.join("/tmp", "herthon_corpus_608")
remove_tree(root)
os.makedirs(os.path.join(root, "pkg"))
files = {
    "flaky.py": "import sys\nprint('flaky runs, attempt', sys.attempt)\nSTARTED = True\nif sys.attempt < 2:\n    raise RuntimeError('not ready yet')\nDONE = True\n",
    "pkg/__init__.py": "",
    "pkg/broken.py": "from . import helper\nraise ValueError('broken on purpose')\n",
    "pkg/helper.py": "NAME = 'helper'\n",
    "circle_a.py": "import circle_b\nA = 1\n",
    "circle_b.py": "from circle_a import A\n",
}
for rel, text in files.items():
    with open(os.path.join(root, rel), "w") as f:
        f.write(text)
sys.path.insert(0, root)
try:
    for attempt in range(3):
        sys.attempt = attempt
        try:
            import flaky
            print("imported", flaky.DONE, "flaky" in sys.modules)
        except RuntimeError as e:
            print("failed:", e, "| in sys.modules:", "flaky" in sys.modules)
    try:
        from pkg import broken
    except ValueError as e:
        print("failed:", e)
    print("pkg.broken" in sys.modules, "pkg.helper" in sys.modules, hasattr(sys.modules["pkg"], "broken"))
    try:
        import circle_a
    except ImportError as e:
        print(type(e).__name__, e.name, str(e).split(" (")[0])
    print("circle_a" in sys.modules, "circle_b" in sys.modules)
    sys.modules["blocked"] = None
    try:
        import blocked
    except ModuleNotFoundError as e:
        print(e, e.name)
finally:
    del sys.attempt
    sys.path.remove(root)
    remove_tree(root)
