# Quoted-printable mail bodies and headers through binascii's a2b_qp/b2a_qp (and quopri on top of them),
# plus the a2b_* decoders reading any buffer: memoryview, array, bytearray.
import array
import binascii
import quopri

body = "Grüße aus Köln — price: 5€ = 4.30£\nTrailing space here \nTab\tinside\n.\n".encode("utf-8")
encoded = binascii.b2a_qp(body)
print(encoded.decode("ascii"))
assert binascii.a2b_qp(encoded) == body
print("round trip ok")

long_line = b"x" * 70 + b" and then some more words to force a soft break"
soft = binascii.b2a_qp(long_line)
print(soft.decode("ascii").split("\n"))
print(binascii.a2b_qp(soft) == long_line)

print(binascii.b2a_qp(b"a\tb c", quotetabs=True))
print(binascii.b2a_qp(b"line one\r\nline two \r\n"))
print(binascii.b2a_qp(b"bin\nary", istext=False))
subject = binascii.b2a_qp("Café au lait_special".encode("latin-1"), header=True)
print(subject, binascii.a2b_qp(subject, header=True).decode("latin-1"))
print(binascii.a2b_qp("=48=65llo=\n wor=6c=64 ==3D =zz end="))
print(binascii.a2b_qp(b"soft=\r\nbreak"), binascii.a2b_qp(b"a_b", True))

print(quopri.encodestring(b"na\xefve = simple\n"))
print(quopri.decodestring(b"na=EFve =3D simple\n"))

raw = b"\x00\x10binary\xff"
b64 = binascii.b2a_base64(raw)
print(b64, binascii.a2b_base64(memoryview(b64)) == raw)
print(binascii.a2b_base64(array.array("B", b64)) == raw, binascii.a2b_base64(bytearray(b64)) == raw)
print(binascii.unhexlify(memoryview(b"cafe")), binascii.a2b_hex(array.array("b", b"0a0b")))

for label, call in [("qp of str", lambda: binascii.b2a_qp("text")),
                    ("non-ascii str", lambda: binascii.a2b_qp("é")),
                    ("list", lambda: binascii.a2b_qp([1])),
                    ("unknown keyword", lambda: binascii.b2a_qp(b"x", tabs=True))]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(f"{label}: {type(e).__name__}: {e}")
