# conformance: own-process   (gc.collect() counts what this process holds; in-process runs share it)
# After `import gc`, a program that makes many short-lived containers between collections: the
# count gc.collect() reports and what gc.get_objects() lists must not depend on how many
# containers died before (Herthon drops dead registry entries as it goes).
import gc

gc.disable()
gc.collect()
keep = []
for i in range(30000):
    l = [i]
    d = {"i": [i]}
    if i % 100 == 0:
        keep.append(l)
        keep.append(d)

ids = set(map(id, keep))
print("kept listed", sum(1 for o in gc.get_objects() if id(o) in ids), len(keep))

# more garbage, then a cycle that stays reachable is not collected until it is dropped
for i in range(30000):
    t = [[i], {"k": [i]}]
c = []
c.append(c)
keep.append(c)
print("collected", gc.collect())
del c
keep.pop()
print("collected", gc.collect())
print(sum(x[0] for x in keep if type(x) is list))
