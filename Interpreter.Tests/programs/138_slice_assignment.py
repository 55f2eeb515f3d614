a = list(range(10))
a[2:5] = []
print(a)
a[2:2] = ["x", "y", "z"]
print(a)
a[-2:] = "AB"
print(a)
a[::3] = [0] * len(a[::3])
print(a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
b = [1, 2, 3, 4, 5, 6]
del b[::2]
print(b)
b[1:] = range(10, 13)
print(b)
c = [1, 2, 3]
c[10:20] = [4]
print(c)
c[-100:1] = [0, 0]
print(c)
d = list("abcdef")
d[1:5:2] = ["B", "D"]
print(d)
d[5:1:-2] = ["f", "d"]
print(d)
e = [1, 2, 3]
e[:] = e[::-1]
print(e)
f = [1, 2, 3, 4]
f[1:3] = f
print(f)
ba = bytearray(b"abcdef")
ba[::2] = b"ACE"
print(ba)
