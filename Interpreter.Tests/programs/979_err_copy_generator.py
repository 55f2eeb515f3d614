import copy


def numbers():
    yield 1
    yield 2


class Pipeline:
    def __init__(self):
        self.steps = ["load", "parse"]
        self.source = numbers()


p = Pipeline()
print(copy.copy(p).steps)
snapshot = copy.deepcopy(p)
print("unreachable", snapshot)
