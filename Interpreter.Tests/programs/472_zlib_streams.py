import zlib
data = b"hello world " * 200 + bytes(range(256)) * 4
for level in (-1, 0, 1, 6, 9):
    c = zlib.compress(data, level)
    print(level, len(c), c[:12].hex(), zlib.crc32(c), zlib.decompress(c) == data)
print(zlib.compress(b'', 9), zlib.decompress(zlib.compress(b'')))
raw = zlib.compress(data, wbits=-15); gz = zlib.compress(data, wbits=31)
print(len(raw), len(gz), gz[:3].hex(), zlib.decompress(raw, -15) == data, zlib.decompress(gz, 47) == data)
print(zlib.crc32(b'abc'), zlib.crc32(b'def', zlib.crc32(b'abc')), zlib.adler32(b'abc'), zlib.adler32(b''), zlib.crc32(b''))
co = zlib.compressobj(9, zlib.DEFLATED, -15, 9, zlib.Z_FILTERED)
parts = [co.compress(data[i:i+100]) for i in range(0, len(data), 100)]
parts.append(co.flush(zlib.Z_SYNC_FLUSH)); parts.append(co.compress(b'tail')); parts.append(co.flush())
stream = b''.join(parts)
print([len(p) for p in parts][-4:], len(stream))
try: co.compress(b'x')
except zlib.error as e: print('error:', e)
do = zlib.decompressobj(-15)
out = b''
buf = stream + b'TRAILING'
while buf:
    out += do.decompress(buf, 500)
    buf = do.unconsumed_tail
    if do.eof: break
print(out == data + b'tail', do.eof, do.unused_data, do.unconsumed_tail)
d2 = zlib.decompressobj()
print(d2.decompress(zlib.compress(data)[:50]) [:20], d2.eof)
print(len(d2.flush()), d2.eof)
for bad in (b'not zlib data', zlib.compress(data)[:-5]):
    try: zlib.decompress(bad)
    except zlib.error as e: print('error:', e)
zd = b'hello world '
c = zlib.compressobj(zdict=zd); comp = c.compress(data) + c.flush()
d = zlib.decompressobj(zdict=zd); print(len(comp), d.decompress(comp) == data)
try: zlib.decompress(comp)
except zlib.error as e: print('error:', e)
c1 = zlib.compressobj(); c1.compress(b'abc'); c2 = c1.copy(); print(c1.flush() == c2.flush())
try: zlib.compressobj(10)
except ValueError as e: print('ValueError:', e)
try: zlib.compress(data, 42)
except zlib.error as e: print('error:', e)
import gzip
print(gzip.decompress(gzip.compress(data, mtime=0)) == data, gzip.compress(b'abc', mtime=0).hex())
print(zlib.ZLIB_VERSION, zlib.MAX_WBITS, zlib.Z_BEST_COMPRESSION)
