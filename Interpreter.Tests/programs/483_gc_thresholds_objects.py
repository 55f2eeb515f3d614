# gc's thresholds are kept and reported; get_objects() lists the live containers.
import gc

print(gc.get_threshold())
gc.set_threshold(500, 5)
print(gc.get_threshold())
gc.set_threshold(1000)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())
for args in [(), (1, 2, 3, 4), ("a",), (1.5,)]:
    try:
        gc.set_threshold(*args)
    except TypeError as exc:
        print("TypeError:", exc)
try:
    gc.set_threshold(threshold0=5)
except TypeError as exc:
    print("TypeError:", exc)
try:
    gc.get_threshold(1)
except TypeError as exc:
    print("TypeError:", exc)


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []


root = Node("root")
root.children.append(Node("leaf"))
registry = {"root": root}
objects = gc.get_objects()
print(type(objects).__name__)
for label, obj in [("instance", root), ("child", root.children[0]), ("list", root.children), ("dict", registry)]:
    print(label, any(o is obj for o in objects), gc.is_tracked(obj))
print("result list listed:", any(o is objects for o in objects))
count = 12345
print("int listed:", any(o is count for o in objects), gc.is_tracked(count), gc.is_tracked("text"))
del objects

for gen in [None, 0, 1, 2]:
    print(gen, type(gc.get_objects(gen)).__name__, type(gc.get_objects(generation=gen)).__name__)
fresh = [Node("fresh")]
print("fresh in some generation:", any(any(o is fresh for o in gc.get_objects(g)) for g in range(3)))
for bad in [3, "x", 1.0]:
    try:
        gc.get_objects(bad)
    except (TypeError, ValueError) as exc:
        print(type(exc).__name__ + ":", exc)
try:
    gc.get_objects(1, 2)
except TypeError as exc:
    print("TypeError:", exc)
