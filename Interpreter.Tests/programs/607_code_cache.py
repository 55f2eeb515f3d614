# The compiled-code cache: entries under sys.pycache_prefix, a corrupt or stale entry is rewritten,
# sys.dont_write_bytecode stops writing
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


root = os.path.join("/tmp", "herthon_corpus_607")
remove_tree(root)
os.makedirs(os.path.join(root, "src"))
source = os.path.join(root, "src", "cached_mod.py")
with open(source, "w") as f:
    f.write("VALUE = 1\n")

sys.dont_write_bytecode = False
sys.pycache_prefix = os.path.join(root, "cache")
sys.path.insert(0, os.path.join(root, "src"))
try:
    entry = importlib.util.cache_from_source(source)
    print(entry.startswith(sys.pycache_prefix), os.path.basename(entry).startswith("cached_mod."))
    import cached_mod
    print(cached_mod.VALUE, os.path.exists(entry), cached_mod.__cached__ == entry)
    with open(entry, "rb") as f:
        header = f.read(16)
    print(header[:4] == importlib.util.MAGIC_NUMBER, int.from_bytes(header[12:16], "little") == os.path.getsize(source))

    # A corrupt entry (not even a header) is ignored and rewritten.
    with open(entry, "wb") as f:
        f.write(b"\xff garbage")
    del sys.modules["cached_mod"]
    import cached_mod
    print(cached_mod.VALUE, os.path.getsize(entry) > 26)

    # An entry of another build (another magic number) is ignored and rewritten.
    with open(entry, "wb") as f:
        f.write(b"\x01\x02\r\n" + header[4:] + b"garbage")
    del sys.modules["cached_mod"]
    import cached_mod
    print(cached_mod.VALUE, open(entry, "rb").read(4) == importlib.util.MAGIC_NUMBER)

    # A stale entry (the source changed) is ignored and rewritten.
    with open(source, "w") as f:
        f.write("VALUE = 'second version'\n")
    importlib.invalidate_caches()
    del sys.modules["cached_mod"]
    import cached_mod
    print(cached_mod.VALUE)
    with open(entry, "rb") as f:
        print(int.from_bytes(f.read(16)[12:16], "little") == os.path.getsize(source))

    # With dont_write_bytecode the entry is not written again.
    sys.dont_write_bytecode = True
    os.remove(entry)
    del sys.modules["cached_mod"]
    import cached_mod
    print(cached_mod.VALUE, os.path.exists(entry))
finally:
    sys.dont_write_bytecode = False
    sys.pycache_prefix = None
    sys.path.remove(os.path.join(root, "src"))
    remove_tree(root)
