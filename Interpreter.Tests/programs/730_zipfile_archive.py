# zipfile: writing an archive (stored and deflated members, a directory), reading it back, appending, testing.
import io
import os
import tempfile
import zipfile

FIXED = (2023, 5, 17, 12, 30, 0)

def add(zf, name, data, compress=zipfile.ZIP_DEFLATED):
    info = zipfile.ZipInfo(name, date_time=FIXED)
    info.compress_type = compress
    info.external_attr = 0o644 << 16
    zf.writestr(info, data)

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "release.zip")
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        add(zf, "README.txt", "Release notes\n" * 50)
        add(zf, "bin/tool.sh", "#!/bin/sh\necho hi\n", zipfile.ZIP_STORED)
        add(zf, "data/values.csv", "\n".join(f"{i},{i * i}" for i in range(200)))
        zf.writestr(zipfile.ZipInfo("empty/", date_time=FIXED), "")
        zf.comment = b"built by the test"
    print(zipfile.is_zipfile(path), zipfile.is_zipfile(__file__))

    with zipfile.ZipFile(path) as zf:
        print(zf.namelist(), zf.comment)
        for info in zf.infolist():
            print(f"{info.filename:18} {info.file_size:6} {info.compress_type} {info.is_dir()} {info.date_time}")
        readme = zf.getinfo("README.txt")
        print(readme.compress_size < readme.file_size, hex(readme.CRC))
        print(zf.read("bin/tool.sh").decode().splitlines())
        with zf.open("data/values.csv") as fh:
            first = [next(fh).decode().strip() for _ in range(3)]
        print(first)
        print(zf.testzip())
        out = os.path.join(tmp, "out")
        zf.extractall(out)
        extracted = []
        for dirpath, dirnames, filenames in os.walk(out):
            dirnames.sort()
            for f in sorted(filenames):
                extracted.append(os.path.relpath(os.path.join(dirpath, f), out))
        print(extracted)
        try:
            zf.getinfo("missing.txt")
        except KeyError as e:
            print("KeyError", e)

    with zipfile.ZipFile(path, "a") as zf:
        add(zf, "CHANGELOG", "v1.1: appended\n")
    with zipfile.ZipFile(path) as zf:
        print(zf.namelist()[-1], zf.read("CHANGELOG"))

    zp = zipfile.Path(path)
    print(sorted(p.name for p in zp.iterdir()))
    print((zp / "bin" / "tool.sh").read_text().count("\n"), (zp / "data").is_dir())

buf = io.BytesIO()
with zipfile.ZipFile(buf, "w") as zf:
    add(zf, "a.txt", b"alpha")
    with zf.open(zipfile.ZipInfo("b.txt", date_time=FIXED), "w") as w:
        w.write(b"beta " * 3)
print(len(buf.getvalue()))
with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as zf:
    print({n: zf.read(n) for n in zf.namelist()})
try:
    zipfile.ZipFile(io.BytesIO(b"not a zip file at all"))
except zipfile.BadZipFile as e:
    print("BadZipFile:", e)
