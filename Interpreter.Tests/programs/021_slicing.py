a = list(range(10))
print(a[2:5], a[:3], a[7:], a[:], a[-3:], a[:-7])
print(a[::2], a[1::2], a[::-1], a[8:2:-2], a[-1:-4:-1])
print(a[5:2], a[100:], a[-100:3], a[3:100])
s = "abcdefghij"
print(s[2:5], s[::-1], s[::3], s[-4:-1], s[5:5] == "")
t = tuple(a)
print(t[1:4], t[::-3])
b = a[:]
b[2:5] = ["x", "y"]
print(b)
b[1:1] = [100, 200]
print(b)
b[:] = [0, 0]
print(b)
c = list(range(10))
c[::2] = ["e"] * 5
print(c)
del c[::3]
print(c)
del c[1:3]
print(c)
print(a[slice(2, 8, 3)], s[slice(None, None, -2)])
i, j = 2, 6
print(a[i:j], a[i:j][::-1])
print("hello world"[6:], "hello world"[:-6])
print(list(range(20))[3:17:4])
