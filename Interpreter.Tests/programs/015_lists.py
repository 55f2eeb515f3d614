a = [1, 2, 3]
print(a, len(a), a[0], a[-1])
a.append(4)
print(a)
a[1] = 20
print(a)
b = a + [5, 6]
print(b, a * 2)
print([] , [[]], [[1, 2], [3]])
print(3 in a, 7 in a, 7 not in a)
del a[0]
print(a)
a.extend([7, 8])
print(a)
c = list("abc")
print(c, list(range(5)), list((1, 2)))
nested = [[0] * 3 for _ in range(3)]
nested[1][1] = 5
print(nested)
alias = [[0] * 2] * 2
alias[0][0] = 9
print(alias)
print([1, "two", 3.0, None, True, [4]])
m = [5, 3, 8]
m += [1]
print(m, m == [5, 3, 8, 1], m != m[:])
print(list(reversed(m)), m[::-1])
x = [1, 2, 3]
y = x
y.append(4)
print(x, x is y, x[:] is x)
