# A tiny fixed-size record store on a BufferedRandom file: updates in place, reads by index.
import os
import struct

FMT = "<I10sd"
SIZE = struct.calcsize(FMT)
name = os.path.join(os.getcwd(), "t453_records.db")


class RecordFile:
    def __init__(self, path):
        self.f = open(path, "w+b")

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.f.close()

    def append(self, ident, label, value):
        self.f.seek(0, 2)
        index = self.f.tell() // SIZE
        self.f.write(struct.pack(FMT, ident, label.encode("ascii"), value))
        return index

    def get(self, index):
        self.f.seek(index * SIZE)
        data = self.f.read(SIZE)
        if len(data) < SIZE:
            raise IndexError(f"record {index} out of range")
        ident, label, value = struct.unpack(FMT, data)
        return ident, label.rstrip(b"\0").decode("ascii"), value

    def update_value(self, index, value):
        self.f.seek(index * SIZE + 14)
        self.f.write(struct.pack("<d", value))

    def __len__(self):
        here = self.f.tell()
        size = self.f.seek(0, 2)
        self.f.seek(here)
        return size // SIZE


with RecordFile(name) as db:
    print(type(db.f).__name__, db.f.mode)
    for i, (label, value) in enumerate([("apples", 1.5), ("pears", 2.25), ("plums", 0.75), ("figs", 4.0)]):
        print("stored at", db.append(100 + i, label, value))
    print(len(db), "records")
    db.update_value(2, 9.5)
    print(db.get(2))
    db.update_value(0, db.get(0)[2] * 2)
    for i in range(len(db)):
        print(i, db.get(i))
    try:
        db.get(10)
    except IndexError as e:
        print("IndexError:", e)
    # Interleaved reads and writes on one handle.
    db.f.seek(0)
    head = db.f.read(4)
    db.f.write(b"RENAMED!!!")
    print(head, db.get(0))
    print("tell", db.f.tell())

print(os.path.getsize(name), 4 * SIZE)
with open(name, "rb") as f:
    total = 0
    while chunk := f.read(SIZE):
        total += struct.unpack(FMT, chunk)[2]
print("total", total)
os.remove(name)
