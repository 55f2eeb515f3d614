a = [3, 1, 4, 1, 5, 9, 2, 6]
print(a.index(1), a.index(1, 2), a.index(9, 0, 6), a.count(1))
a.extend(range(2))
a.extend("ab")
print(a)
a.insert(-100, "start")
a.insert(100, "end")
print(a)
print(a.pop(-2), a.pop(3), a)
a.remove("start")
print(a)
nums = [n for n in a if isinstance(n, int)]
nums.sort()
print(nums)
nums.sort(key=lambda v: -v)
print(nums)
cp = nums.copy()
cp.reverse()
print(cp, nums[:3])
print([1, 2] * 3, [[0]] * 2, [] * 5)
x = [1, 2, 3]
x[len(x):] = [4, 5]
x[:0] = [0]
print(x)
x.clear()
print(x)
matrix = [[1, 2], [3, 4]]
shallow = matrix.copy()
shallow[0][0] = 99
print(matrix, shallow is matrix)
print(list.__name__, [].__class__.__name__, len([None] * 4))
l = [5, 3]
l *= 2
print(l)
print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 2, 0], [2] > [1, 9, 9])
