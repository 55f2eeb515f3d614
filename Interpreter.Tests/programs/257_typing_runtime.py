# typing at runtime: annotations are just objects, generics subscript, get_type_hints-free introspection
from typing import List, Dict, Optional, Union, Tuple, Callable, Any, TypeVar, Generic, NamedTuple, TypedDict
T = TypeVar("T")
def first(xs: List[T]) -> Optional[T]:
    return xs[0] if xs else None
print(first([3, 4]), first([]))
ann = first.__annotations__
print(sorted(ann), ann["return"] == Optional[T], ann["xs"] == List[T])
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int]()
s.push(1); s.push(2)
print(s.pop(), s.items, type(s).__name__)
class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    level: int = 1
e = Employee("ann")
print(e, e._fields, e._field_defaults, Employee.__annotations__, e._replace(level=3))
class Movie(TypedDict):
    title: str
    year: int
m: Movie = {"title": "X", "year": 1999}
print(m, type(m).__name__, sorted(Movie.__annotations__))
x: int = 5
y: "forward ref"
print(__annotations__)
class Config:
    debug: bool = False
    name: str
    retries: int = 3
print(Config.__annotations__, Config.debug, hasattr(Config, "name"))
def apply(f: Callable[[int], int], v: int) -> int:
    return f(v)
print(apply(lambda n: n * 2, 21))
print(Optional[int] == Union[int, None], Union[int, str] == Union[str, int], Union[int] is int)
def describe(v: Union[int, str, None] = None) -> str:
    return type(v).__name__
print(describe(), describe(1), describe("s"), describe.__defaults__)
def f(a, b: int = 2, *args: str, c: "C" = 3, **kw: Any) -> Tuple[int, ...]:
    return (a, b, c)
print(list(f.__annotations__.items())[:3], f(1), f.__kwdefaults__)
print(isinstance([], List), isinstance({}, List), issubclass(dict, Dict), Dict[str, int] == Dict[str, int])
