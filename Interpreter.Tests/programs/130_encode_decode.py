s = "héllo €"
u = s.encode("utf-8")
print(u, len(u), u.decode("utf-8") == s)
print(s.encode("latin-1", errors="replace"), s.encode("ascii", errors="ignore"), s.encode("ascii", errors="replace"))
print("abc".encode("ascii"), "café".encode("latin-1"), b"caf\xe9".decode("latin-1"))
print("😀".encode("utf-8"), len("😀".encode("utf-8")), "😀".encode("utf-8").decode())
print(b"\xff\xfe".decode("utf-8", errors="replace"), b"ab\xffcd".decode("ascii", errors="ignore"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    b"\xe9".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print("x".encode(), b"x".decode(), str(b"x", "ascii"))
print([hex(c) for c in "€".encode("utf-8")])
print("日本".encode("utf-8").hex(), bytes.fromhex("e697a5").decode())
print(s.encode("utf-8").decode("latin-1"))
