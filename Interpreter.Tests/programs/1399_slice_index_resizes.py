# Slice bounds whose __index__ resizes the sequence being sliced: the length is read after the
# bounds are converted (CPython's PySlice_Unpack, then PySlice_AdjustIndices), so nothing reads past
# the end; the same for assignment and deletion, on list, bytearray and array.array.
import array


def run(label, make, action, grow=True):
    seq = make()

    class Shrink:
        def __index__(self):
            del seq[:]
            return 1

    class Grow:
        def __index__(self):
            seq.extend(seq[:2] if len(seq) else [])
            return 2

    for name, idx in (("shrink", Shrink), ("grow", Grow))[:2 if grow else 1]:
        seq[:] = make()
        try:
            print(label, name, action(seq, idx), seq)
        except Exception as e:
            print(label, name, type(e).__name__, e, seq)


for label, make in (("list", lambda: [1, 2, 3, 4, 5]), ("bytearray", lambda: bytearray(b"abcde")),
                    ("array", lambda: array.array("i", [1, 2, 3, 4, 5]))):
    run(label, make, lambda s, X: s[:X()])
    run(label, make, lambda s, X: s[0:10:X()])
    run(label, make, lambda s, X: s[X():])
    def assign(s, X):
        s[0:10:X()] = s[:0]
        return "assigned"
    # CPython 3.11's bytearray works on its buffer from before the __index__ call when the slice has a
    # step, so a growing __index__ there gives an undefined result; only shrinking is compared.
    run(label, make, assign, grow=label != "bytearray")
    def assign_slice(s, X):
        s[:X()] = s[:0]
        return "assigned"
    run(label, make, assign_slice)
    def delete(s, X):
        del s[::X()]
        return "deleted"
    run(label, make, delete, grow=label != "bytearray")

class Bad:
    pass
try:
    [1, 2][:Bad()]
except TypeError as e:
    print(e)
