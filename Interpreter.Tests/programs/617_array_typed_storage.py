# array.array as compact typed storage: every typecode, list-like editing, slicing and comparisons.
from array import array, typecodes

print(typecodes)
for code in typecodes:
    if code == "u":
        a = array(code, "añ€\U0001F600")
    elif code in "fd":
        a = array(code, [0.5, -1.25, 3.0])
    else:
        a = array(code, [0, 1, 42, 127])
    print(code, a.itemsize, len(a), a, a.tolist())

# Integer limits are enforced per typecode.
for code, good, bad in [("b", -128, 128), ("B", 255, 256), ("h", -32768, 32768), ("H", 65535, -1),
                        ("i", 2**31 - 1, 2**31), ("I", 2**32 - 1, 2**32), ("l", -2**63, 2**63),
                        ("L", 2**64 - 1, -1), ("q", 2**63 - 1, -2**63 - 1), ("Q", 2**64 - 1, 2**64)]:
    a = array(code, [good])
    try:
        a.append(bad)
    except OverflowError as e:
        print(code, a, "OverflowError:", e)

# A ring of sensor readings edited like a list.
readings = array("d", [20.5, 21.0, 21.5, 22.25, 19.75])
readings.append(18.0)
readings.insert(0, 23.5)
readings.extend([17.5, 16.25])
readings.remove(21.5)
print(readings, readings.pop(), readings.pop(0), readings.index(22.25), readings.count(18.0))
readings.reverse()
print(readings, max(readings), min(readings), sum(readings) / len(readings))

nums = array("i", range(10))
print(nums[2:7], nums[::-2], nums[-3:], nums[5], 7 in nums, 70 in nums)
nums[1:4] = array("i", [100, 200])
print(nums)
nums[::3] = array("i", [-1, -2, -3])
print(nums)
del nums[::2]
print(nums)
del nums[1]
nums[0] = 999
print(nums, len(nums))
print(nums + array("i", [1, 2]), array("h", [7]) * 3, 2 * array("b", [1, -1]))
nums += array("i", [5])
nums *= 2
print(nums)

# Comparisons go item by item, across typecodes too.
print(array("i", [1, 2, 3]) == array("d", [1.0, 2.0, 3.0]), array("i", [1, 2]) < array("i", [1, 3]),
      array("B", [5]) >= array("B", [5, 0]), array("u", "abc") == array("u", "abc"), array("i") == array("i"))
print(sorted(array("h", [3, -1, 2])), list(reversed(array("I", [1, 2, 3]))))

letters = array("u", "hello")
letters.fromunicode(" world")
print(letters.tounicode(), letters[::-1].tounicode(), letters.count("l"))

words = array("q")
words.fromlist([10, 20, 30])
print(words, words.typecode, words.itemsize)
for call in (lambda: words.fromlist([40, "fifty"]), lambda: words.index(99), lambda: array("i").pop(),
             lambda: words.__setitem__(slice(0, 1), [1]), lambda: array("x"), lambda: array("i", "text"),
             lambda: {array("i"): 1}, lambda: array("i") + array("d"), lambda: words[10]):
    try:
        call()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
print(words)
