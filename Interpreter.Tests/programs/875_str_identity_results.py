# Which str operations return the very same object (CPython 3.11's identity shortcuts) and which
# make a new one; subclass instances keep or lose their type per method, as in CPython.
class S(str):
    pass

y = "abcd"
x = "ab cd"
checks = [
    ("str(y)", str(y) is y),
    ("y[:]", y[:] is y),
    ("y[0:4]", y[0:4] is y),
    ("y[0:]", y[0:] is y),
    ("y + ''", y + '' is y),
    ("'' + y", '' + y is y),
    ("y * 1", y * 1 is y),
    ("f'{y}'", f'{y}' is y),
    ("format(y)", format(y) is y),
    ("''.join([y])", ''.join([y]) is y),
    ("y.strip()", y.strip() is y),
    ("y.lstrip('z')", y.lstrip('z') is y),
    ("y.replace('z', 'q')", y.replace('z', 'q') is y),
    ("y.replace('a', 'q', 0)", y.replace('a', 'q', 0) is y),
    ("y.removeprefix('z')", y.removeprefix('z') is y),
    ("y.removeprefix('')", y.removeprefix('') is y),
    ("y.removesuffix('')", y.removesuffix('') is y),
    ("y.ljust(2)", y.ljust(2) is y),
    ("y.rjust(4)", y.rjust(4) is y),
    ("y.center(3)", y.center(3) is y),
    ("y.zfill(2)", y.zfill(2) is y),
    ("y.expandtabs()", y.expandtabs() is y),
    ("y.split()[0]", y.split()[0] is y),
    ("y.rsplit()[0]", y.rsplit()[0] is y),
    ("y.split('z')[0]", y.split('z')[0] is y),
    ("y.rsplit('z')[0]", y.rsplit('z')[0] is y),
    ("y.split('z', 0)[0]", y.split('z', 0)[0] is y),
    ("y.split(maxsplit=0)[0]", y.split(maxsplit=0)[0] is y),
    ("y.rsplit(maxsplit=0)[0]", y.rsplit(maxsplit=0)[0] is y),
    ("x.split()[0]", x.split()[0] is x),
    ("x.partition('z')[0]", x.partition('z')[0] is x),
    ("x.rpartition('z')[2]", x.rpartition('z')[2] is x),
    ("y.upper()", y.upper() is y),
    ("y.lower()", y.lower() is y),
    ("y.title()", y.title() is y),
    ("y.swapcase()", y.swapcase() is y),
]
for name, same in checks:
    print(f"{name:28} {same}")

sep = " "
t = x.partition(sep)
print("partition sep is the argument:", t[1] is sep, x.rpartition(sep)[1] is sep)
# one-character results are the shared Latin-1 strs
z = "zab,y"
print("1-char results shared:", "a b".split()[0] is z[1], z[2:3] is "a b".split()[1], "x,y".partition(",")[2] is z[4], z.split(",")[1] is z[-1])
print("lower of one char:", "A".lower() is z[1], "B".lower() is z[2], "é".upper() is "É".lower().upper())

s = S("ab cd")
for name, v in [
    ("S.split()", s.split()), ("S.split('z')", s.split("z")), ("S.strip()", s.strip()),
    ("S.lower()", s.lower()), ("S[:]", s[:]), ("S + ''", s + ""), ("S * 1", s * 1),
    ("S.partition('z')", s.partition("z")), ("S.rpartition('z')", s.rpartition("z")),
    ("S.partition(' ')", s.partition(" ")), ("S.replace('z','q')", s.replace("z", "q")),
    ("S.removeprefix('z')", s.removeprefix("z")), ("S.ljust(1)", s.ljust(1)), ("S.zfill(1)", s.zfill(1)),
    ("S.expandtabs()", s.expandtabs()), ("str(S)", str(s)), ("f'{S}'", f"{s}"), ("format(S)", format(s)),
    ("''.join([S])", "".join([s])),
]:
    items = v if isinstance(v, (list, tuple)) else [v]
    print(f"{name:22}", [type(i).__name__ for i in items], [i is s for i in items], list(map(str, items)))

print("partition keeps a subclass separator:", type("a b".partition(S(" "))[1]).__name__)
