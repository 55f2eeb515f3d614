# bytes(x) asks x.__bytes__ first, even when x also looks like a sequence (wsgiref's Headers does).
from wsgiref.headers import Headers

h = Headers([("Content-Type", "text/plain"), ("X-Count", "3")])
print(bytes(h))


class Packet:
    def __init__(self, kind, payload):
        self.kind, self.payload = kind, payload

    def __bytes__(self):
        return bytes([self.kind, len(self.payload)]) + self.payload

    def __getitem__(self, name):
        return getattr(self, name)


p = Packet(7, b"hello")
print(bytes(p), p["kind"], bytes(p).hex(" "))


class Broken:
    def __bytes__(self):
        return "not bytes"


try:
    bytes(Broken())
except TypeError as e:
    print("TypeError:", e)


class Tag(bytes):
    pass


b = bytes(Tag(b"tag"))
print(type(b).__name__, b)
