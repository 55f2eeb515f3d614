# Looking at objects without running their code (inspect.getattr_static) and at closures' cells.
import inspect


class Lazy:
    loads = 0

    @property
    def data(self):
        Lazy.loads += 1
        return [1, 2, 3]

    def __getattr__(self, name):
        return f'dynamic {name}'


class Cached(Lazy):
    kind = 'cached'


obj = Cached()
print(inspect.getattr_static(obj, 'kind'))
print(type(inspect.getattr_static(obj, 'data')).__name__, Lazy.loads)
print(obj.data, Lazy.loads)
print(obj.missing)
try:
    inspect.getattr_static(obj, 'missing')
except AttributeError as e:
    print('AttributeError:', e)
print(inspect.getattr_static(obj, 'missing', 'no such attribute'))
print([name for name, _ in inspect.getmembers_static(Cached) if not name.startswith('__')])
print([k.__name__ for k in type.__dict__['__mro__'].__get__(Cached)])
try:
    type.__dict__['__mro__'].__get__(obj)
except TypeError as e:
    print('TypeError:', e)


def counter(start):
    count = start

    def step():
        nonlocal count
        count += 1
        return count
    return step


step = counter(10)
step()
cell = step.__closure__[0]
print(step.__code__.co_freevars, cell.cell_contents)
cell.cell_contents = 100
print(step(), inspect.getclosurevars(step).nonlocals)


def unfinished():
    late = None
    del late

    def use():
        return late
    return use


try:
    unfinished().__closure__[0].cell_contents
except ValueError as e:
    print('ValueError:', e)
