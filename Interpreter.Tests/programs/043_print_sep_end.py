print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ")
print("no newline", end="")
print(" continued")
print("x", end="|\n")
print(1, 2, 3, sep="-", end=".\n")
print()
print("", "")
print(sep="x")
print(*range(5), sep="\n")
print("multi\nline", "arg")
print([1, "a"], (2,), {"k": "v"}, None, 1.5, sep=" ; ")
print("a", "b", sep=None, end=None)
print(1, end="")
print(2, end="")
print(3)
class P:
    def __str__(self):
        return "P-str"
    def __repr__(self):
        return "P-repr"
print(P(), [P()], sep=" / ")
