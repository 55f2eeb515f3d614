# posixpath over posix._path_normpath: lexical normalisation (str and bytes) and the path algebra built on it.
import os.path, posixpath
cases = ["", ".", "/", "//", "///", "////a", "//a/b", "a/../..", "../a/./b/../c", "/../a", "a//b///c/", "./", "a/b/..", "/a/./b/./", "..", "../..", "a/../../b", "/..", "~user/../x", "caf\xe9/./x"]
for c in cases:
    print(repr(c), repr(posixpath.normpath(c)), repr(posixpath.normpath(c.encode())))
print(os.path.abspath("x/../y").endswith("/y"), os.path.relpath("/a/b/c", "/a/d"))
print(posixpath.join("a", "b", "/c", "d"), posixpath.join(b"x", b"y"), posixpath.split("/a/b/"), posixpath.split("file"))
print(posixpath.splitext("archive.tar.gz"), posixpath.splitext(".bashrc"), posixpath.basename("/x/y.py"), posixpath.dirname("/x/y.py"))
print(posixpath.commonpath(["/usr/lib/x", "/usr/lib/y", "/usr/local"]), posixpath.commonprefix(["interview", "internal"]))
print(posixpath.isabs("/a"), posixpath.isabs("a"), posixpath.relpath("a/b", "a/c/d"), posixpath.normcase("A/B"))
for bad in (lambda: posixpath.commonpath([]), lambda: posixpath.commonpath(["/a", "b"]), lambda: posixpath.join("a", b"b")):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
