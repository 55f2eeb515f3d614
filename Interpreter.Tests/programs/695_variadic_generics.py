# PEP 646 syntax: a starred expression in a subscript and a starred *args annotation.
from typing import Generic, Tuple, TypeVarTuple, get_type_hints

Ts = TypeVarTuple('Ts')


class Array(Generic[*Ts]):
    def __init__(self, *shape: *Ts):
        self.shape = shape


def concat(*parts: *Ts) -> Tuple[int, *Ts]:
    return (len(parts), *parts)


print(Tuple[*Ts])
print(Tuple[int, *Ts, str])
print(Array[int, str])
print(concat.__annotations__)
print(get_type_hints(concat))
print(concat('a', 2))
print(Array(3, 4).shape)


class Recorder:
    def __getitem__(self, key):
        return key


r = Recorder()
dims = [2, 3]
print(r[*dims])
print(r[1, *dims])
print(r[*dims, 9])
print(r[*dims,])
print(r[*range(3), *'ab'])
