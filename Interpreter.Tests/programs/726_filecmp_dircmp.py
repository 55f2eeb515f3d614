# filecmp: comparing two release directories file by file and recursively with dircmp.
import filecmp
import os
import tempfile

def build(root, files):
    for rel, content in files.items():
        path = os.path.join(root, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as fh:
            fh.write(content)

with tempfile.TemporaryDirectory() as tmp:
    old = os.path.join(tmp, "v1")
    new = os.path.join(tmp, "v2")
    build(old, {
        "setup.cfg": "[metadata]\nname = app\n",
        "app/main.py": "print('v1')\n",
        "app/util.py": "def f(): pass\n",
        "docs/guide.txt": "guide\n",
        "LICENSE": "MIT\n",
    })
    build(new, {
        "setup.cfg": "[metadata]\nname = app\n",
        "app/main.py": "print('v2')\n",
        "app/util.py": "def f(): pass\n",
        "app/extra.py": "x = 1\n",
        "CHANGES": "v2\n",
        "LICENSE": "MIT\n",
    })
    os.makedirs(os.path.join(new, "docs"))
    print(filecmp.cmp(os.path.join(old, "LICENSE"), os.path.join(new, "LICENSE")))
    print(filecmp.cmp(os.path.join(old, "app/main.py"), os.path.join(new, "app/main.py"), shallow=False))
    match, mismatch, errors = filecmp.cmpfiles(old, new, ["setup.cfg", "app/main.py", "nope.txt"])
    print(match, mismatch, errors)

    d = filecmp.dircmp(old, new)
    print("left only:", sorted(d.left_only))
    print("right only:", sorted(d.right_only))
    print("common:", sorted(d.common))
    print("common dirs:", sorted(d.common_dirs), "common files:", sorted(d.common_files))
    print("same:", d.same_files, "diff:", d.diff_files)
    sub = d.subdirs["app"]
    print("app same:", sorted(sub.same_files), "diff:", sub.diff_files, "new:", sub.right_only)

    def changed(dc, prefix=""):
        out = [prefix + f for f in dc.diff_files]
        for name, s in sorted(dc.subdirs.items()):
            out += changed(s, prefix + name + "/")
        return out
    print("changed files:", changed(d))

    ignored = filecmp.dircmp(old, new, ignore=["CHANGES", "docs"])
    print(sorted(ignored.right_only), sorted(ignored.left_only))
    filecmp.clear_cache()
