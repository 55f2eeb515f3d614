# conformance: own-process (chdir, umask, environ and descriptors are process-wide)
# tarfile in a scratch directory: create (plain and gzip), list, extract, extractfile, and member metadata.
import io
import os
import shutil
import tarfile

base = os.path.join("/tmp", "herthon-568-%d" % os.getpid())
os.mkdir(base)
home = os.getcwd()
os.chdir(base)
try:
    os.makedirs("site/css")
    with open("site/index.html", "w") as f:
        f.write("<h1>hi</h1>\n")
    with open("site/css/main.css", "w") as f:
        f.write("body { color: red; }\n" * 20)
    os.symlink("index.html", "site/home.html")
    os.chmod("site/index.html", 0o644)
    for p in ("site/index.html", "site/css/main.css", "site/home.html", "site/css", "site"):
        os.utime(p, (1_700_000_000, 1_700_000_000), follow_symlinks=False)

    def scrub(ti):
        ti.uid = ti.gid = 1000
        ti.uname = ti.gname = "builder"
        return ti

    with tarfile.open("site.tar", "w") as tar:
        tar.add("site", filter=scrub)
    with tarfile.open("site.tar.gz", "w:gz") as tar:
        tar.add("site", arcname="www", filter=scrub)
        data = b"generated\n"
        info = tarfile.TarInfo("www/VERSION")
        info.size = len(data)
        info.mtime = 1_700_000_000
        tar.addfile(info, io.BytesIO(data))

    print(tarfile.is_tarfile("site.tar"), tarfile.is_tarfile("site/index.html"))
    with tarfile.open("site.tar") as tar:
        for m in sorted(tar.getmembers(), key=lambda m: m.name):
            print(m.name, m.type, m.size, oct(m.mode), m.mtime, m.uname, m.isdir(), m.issym(), m.linkname)
    with tarfile.open("site.tar.gz") as tar:
        print(sorted(tar.getnames()))
        print(tar.extractfile("www/VERSION").read(), tar.extractfile("www/css/main.css").read()[:20])
        tar.extractall("out")
    for root, dirs, files in os.walk("out"):
        dirs.sort()
        print(root, dirs, sorted(files))
    print(os.readlink("out/www/home.html"), os.path.getmtime("out/www/index.html"), oct(os.stat("out/www/index.html").st_mode & 0o777))
    with open("out/www/css/main.css") as f:
        print(len(f.read()))
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:") as tar:
        tar.add("site/index.html", arcname="only.html", filter=scrub)
    buf.seek(0)
    with tarfile.open(fileobj=buf) as tar:
        m = tar.getmember("only.html")
        print(m.name, m.size, m.isfile(), m.uid, m.gname)
finally:
    os.chdir(home)
    shutil.rmtree(base)
