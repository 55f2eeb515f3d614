# pathlib and tempfile: a project tree built in a temporary directory, walked, globbed, read and renamed.
import os
import tempfile
from pathlib import Path, PurePosixPath, PureWindowsPath

p = PurePosixPath("/srv/app/static/css/site.min.css")
print(p.name, p.stem, p.suffix, p.suffixes, p.parent, p.parts[:3])
print(p.with_suffix(".map"), p.with_name("print.css"), p.with_stem("site"))
print(p.relative_to("/srv/app"), p.is_absolute(), p.match("*.css"), p.match("static/*.css"))
print(list(map(str, list(p.parents)[:3])))
print(PurePosixPath("a/b") / "c" / "../d", PurePosixPath("a//b/./c"))
w = PureWindowsPath(r"C:\Users\ann\notes.txt")
print(w.drive, w.root, w.anchor, w.name, w.as_posix())

with tempfile.TemporaryDirectory(prefix="proj-") as tmp:
    root = Path(tmp)
    print(root.name.startswith("proj-"), root.is_dir())
    (root / "src" / "pkg").mkdir(parents=True)
    (root / "docs").mkdir()
    (root / "src" / "pkg" / "__init__.py").write_text("VERSION = '1.0'\n")
    (root / "src" / "pkg" / "core.py").write_text("def run():\n    return 42\n")
    (root / "docs" / "index.md").write_text("# Title\n\nHello\n", encoding="utf-8")
    (root / "README").write_bytes(b"readme\n")
    try:
        (root / "docs").mkdir()
    except FileExistsError:
        print("docs exists")
    (root / "docs").mkdir(exist_ok=True)

    print(sorted(str(x.relative_to(root)) for x in root.rglob("*")))
    print(sorted(x.name for x in root.glob("src/**/*.py")))
    print(sorted(x.name for x in root.iterdir()))
    print((root / "docs" / "index.md").read_text().splitlines())
    print((root / "README").read_bytes(), (root / "README").stat().st_size)
    print((root / "README").exists(), (root / "nothing").exists(), (root / "docs").is_file())

    moved = (root / "README").rename(root / "README.txt")
    print(moved.name, moved.suffix, moved.exists())
    moved.replace(root / "docs" / "README.txt")
    print(sorted(x.name for x in (root / "docs").iterdir()))
    with (root / "docs" / "log.txt").open("a") as fh:
        fh.write("line1\n")
    with (root / "docs" / "log.txt").open("a") as fh:
        fh.write("line2\n")
    print((root / "docs" / "log.txt").read_text())
    (root / "docs" / "log.txt").unlink()
    (root / "docs" / "log.txt").unlink(missing_ok=True)
    link = root / "core_link.py"
    link.symlink_to(root / "src" / "pkg" / "core.py")
    print(link.is_symlink(), link.resolve() == (root / "src" / "pkg" / "core.py").resolve())
    print(Path(os.path.relpath(link.resolve(), root)))
    cwd = Path.cwd()
    os.chdir(root)
    print(sorted(str(x) for x in Path(".").glob("*/*")))
    os.chdir(cwd)

    with tempfile.NamedTemporaryFile("w+", suffix=".csv", dir=root, delete=False) as nt:
        nt.write("a,b\n1,2\n")
        name = Path(nt.name)
    print(name.suffix, name.parent == root, name.read_text().split())
    fd, raw = tempfile.mkstemp(prefix="raw", dir=root)
    os.write(fd, b"bytes!")
    os.close(fd)
    print(Path(raw).name.startswith("raw"), Path(raw).read_bytes())
    sub = tempfile.mkdtemp(dir=root)
    print(Path(sub).is_dir(), Path(sub).parent == root)

print("cleaned up:", not root.exists())

with tempfile.TemporaryFile() as tf:
    tf.write(b"scratch data")
    tf.seek(0)
    print(tf.read())
with tempfile.SpooledTemporaryFile(max_size=10, mode="w+") as sp:
    sp.write("small")
    print(sp._rolled)
    sp.write(" and now larger than ten")
    print(sp._rolled)
    sp.seek(0)
    print(sp.read())
print(isinstance(tempfile.gettempdir(), str), tempfile.gettempprefix())
