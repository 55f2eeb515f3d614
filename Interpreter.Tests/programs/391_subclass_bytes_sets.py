# Subclasses of bytes, bytearray, frozenset and set.


class Packet(bytes):
    """An immutable network packet with a checksum helper."""

    def __new__(cls, payload, kind=0):
        self = super().__new__(cls, bytes([kind]) + payload)
        return self

    @property
    def kind(self):
        return self[0]

    def checksum(self):
        return sum(self) % 256


p = Packet(b"hello", kind=7)
print(p, p.kind, p.checksum(), len(p), type(p).__name__)
print(p == b"\x07hello", isinstance(p, bytes), p[1:3], type(p[1:3]).__name__)
print(p.upper(), type(p.upper()).__name__, p + b"!", type(p + b"!").__name__)
print(p.hex(), p.decode("latin-1")[1:], hash(p) == hash(b"\x07hello"))
p.note = "kept"
print(p.note, {p: 1}[b"\x07hello"])


class Hex(bytes):
    def __repr__(self):
        return f"Hex({self.hex(' ')})"


print(Hex(b"\x01\xab"), [Hex(range(3))], Hex([255]), Hex("AZ", "ascii"))


class Buffer(bytearray):
    def __init__(self, *args, name="buf"):
        super().__init__(*args)
        self.name = name

    def push(self, data):
        self.extend(data)
        return self


b = Buffer(b"ab", name="out")
b.push(b"cd").append(33)
print(b, b.name, len(b), bytes(b), b[0], Buffer(), Buffer(3))
b[0] = 65
print(b, isinstance(b, bytearray), type(b).__name__)


class Tags(frozenset):
    def __new__(cls, *names):
        return super().__new__(cls, (n.lower() for n in names))

    def __repr__(self):
        return f"Tags({', '.join(sorted(self))})"

    def has(self, name):
        return name.lower() in self


t = Tags("Red", "GREEN", "red")
print(t, len(t), t.has("green"), t == frozenset({"red", "green"}))
print(sorted(t | {"blue"}), type(t | {"blue"}).__name__, hash(t) == hash(frozenset({"red", "green"})))
print({t: "ok"}[frozenset({"green", "red"})])


class Plain(frozenset):
    pass


print(Plain([1, 2]), Plain(), repr(Plain([3])))


class CountingSet(set):
    def __init__(self, items=()):
        super().__init__(items)
        self.adds = 0

    def add(self, item):
        self.adds += 1
        super().add(item)


s = CountingSet([1, 2])
s.add(3)
s.add(3)
print(s, s.adds, CountingSet(), sorted(s & {2, 3, 4}))
