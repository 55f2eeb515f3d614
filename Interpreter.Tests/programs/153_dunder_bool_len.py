class Box:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        return len(self.items)
class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        print("__bool__ called")
        return self.on
print(bool(Box([])), bool(Box([1])), len(Box("abc")))
if not Box([]):
    print("empty box is falsy")
print(bool(Flag(True)), not Flag(False))
print("yes" if Flag(True) else "no")
print(Flag(False) or "fallback")
x = Flag(True) and "second"
print(x)
class Both:
    def __len__(self):
        return 0
    def __bool__(self):
        return True
print(bool(Both()))
class Plain:
    pass
print(bool(Plain()))
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
while Box([]):
    print("never")
print([len(i) for i in [Box([]), Box([0]), Box([0, 0])] if i])
