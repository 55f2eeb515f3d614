# Importing modules and packages from a zip archive on sys.path (zipimport)
import os
import sys
import struct
import zlib


def write_stored_zip(path, members):
    """A minimal ZIP writer (stored members, no compression): local headers, central directory, end record."""
    body, central = b"", b""
    for name, text in members.items():
        data, raw_name = text.encode(), name.encode()
        crc, offset = zlib.crc32(data), len(body)
        fields = (20, 0, 0, 0, 0x21, crc, len(data), len(data), len(raw_name))
        body += struct.pack("<IHHHHHIIIHH", 0x04034B50, *fields, 0) + raw_name + data
        central += struct.pack("<IH", 0x02014B50, 20) + struct.pack("<HHHHHIIIHHHHHII", *fields, 0, 0, 0, 0, 0, offset) + raw_name
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(central), len(body), 0)
    with open(path, "wb") as f:
        f.write(body + central + end)


archive = os.path.join("/tmp", "herthon_corpus_606.zip")
write_stored_zip(archive, {
    "zipped_tool.py": "def greet(name):\n    return f'hello {name} from a zip'\n",
    "zipped_pkg/__init__.py": "from .inner import VALUE\n",
    "zipped_pkg/inner.py": "VALUE = 6 * 7\n",
    "zipped_pkg/data.txt": "resource text",
})

sys.path.insert(0, archive)
try:
    import zipped_tool
    print(zipped_tool.greet("world"))
    print(type(zipped_tool.__loader__).__name__, zipped_tool.__file__ == os.path.join(archive, "zipped_tool.py"))
    import zipped_pkg
    print(zipped_pkg.VALUE, zipped_pkg.__path__ == [os.path.join(archive, "zipped_pkg")])
    print(zipped_pkg.__spec__.name, zipped_pkg.inner.__name__)
    print(zipped_pkg.__loader__.get_data(os.path.join(archive, "zipped_pkg", "data.txt")))
    print(type(sys.path_importer_cache[archive]).__name__)
    try:
        import zipped_missing
    except ModuleNotFoundError as e:
        print(e)
finally:
    sys.path.remove(archive)
    os.remove(archive)
