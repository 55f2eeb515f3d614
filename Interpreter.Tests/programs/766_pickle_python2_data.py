# Unpickling data written by Python 2 (protocol 0-2 STRING opcodes, old module names) with the
# encoding argument, and errors from damaged pickles.
import pickle

py2 = [
    b"(lp0\nS'hello'\np1\naI42\naF3.5\na(dp2\nS'key'\np3\nVval\\u00e9ue\np4\nsa.",
    b"\x80\x02]q\x00(U\x05bytesq\x01U\x03\xe9t\xe9q\x02e.",
    b"c__builtin__\nset\np0\n((lp1\nI1\naI2\natp2\nRp3\n.",
    b"c__builtin__\nxrange\np0\n(I0\nI5\nI1\ntp1\nRp2\n.",
    b"\x80\x02cUserDict\nUserDict\nq\x00)\x81q\x01}q\x02U\x04dataq\x03}q\x04U\x01aK\x01ssb.",
    b"cexceptions\nValueError\np0\n(S'bad'\np1\ntp2\nRp3\n.",
]
for data in py2:
    for enc in ("latin1", "bytes"):
        try:
            obj = pickle.loads(data, encoding=enc)
            text = repr(obj) if isinstance(obj, BaseException) else str(obj)
            print(enc, type(obj).__name__, text)
        except Exception as e:
            print(enc, "error", type(e).__name__, e)
try:
    pickle.loads(py2[1])
except UnicodeDecodeError as e:
    print("ascii:", e.reason)

damaged = [b"", b"\x80\x02]q\x00(K\x01K", b"N", b"(N", b"0.", b"\x80\x09N.", b"zz", b"\x80\x02h\x07.",
           b"\x80\x02\x8b\xff\xff\xff\xff.", b"S'unquoted\n.", b"\x80\x04\x93.", b"\x80\x02e."]
for data in damaged:
    try:
        print(repr(pickle.loads(data)))
    except Exception as e:
        print(type(e).__name__, e)
