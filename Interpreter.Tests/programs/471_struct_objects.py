import struct
s = struct.Struct('<hIq')
print(s.size, s.format, s.pack(1, 2, 3), s.unpack(s.pack(-1, 7, -9)))
print(s.unpack_from(b'\x00' * 20, 4), list(struct.Struct('>H').iter_unpack(b'\x00\x01\x00\x02')))
buf = bytearray(10); struct.pack_into('<I', buf, 2, 0xdeadbeef); print(buf)
try: struct.pack_into('<I', buf, 8, 1)
except struct.error as e: print(e)
print(type(s).__name__, type(s).__module__)
