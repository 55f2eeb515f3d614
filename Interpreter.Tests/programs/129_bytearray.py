ba = bytearray(b"hello")
print(ba, len(ba))
ba[0] = 72
print(ba)
ba.append(33)
ba.extend(b" ok")
print(ba)
ba[1:3] = b"EE"
print(ba, ba.decode())
del ba[0]
print(ba, ba.pop(), ba)
ba.insert(0, 106)
print(ba, bytes(ba), ba == b"jEElo! o")
print(bytearray(3), bytearray([1, 2, 3]), bytearray("abc", "ascii"))
ba2 = bytearray(b"abc")
ba2.reverse()
print(ba2, ba2.upper(), ba2 + b"!", ba2 * 2)
print(list(bytearray(b"\x00\xff")), bytearray(b"x").hex())
ba3 = bytearray(b"aaa")
ba3.remove(97)
print(ba3, ba3.count(b"a"), ba3.find(b"b"))
try:
    ba3[0] = 300
except ValueError as e:
    print("ValueError:", e)
print(type(ba3).__name__, isinstance(ba3, bytes))
