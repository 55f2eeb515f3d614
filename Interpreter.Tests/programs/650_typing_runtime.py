from typing import (Any, Callable, Generic, Literal, NamedTuple, Optional, ParamSpec, Protocol,
                    TypedDict, TypeVar, get_args, get_origin, get_type_hints, overload, runtime_checkable,
                    BinaryIO, Union)
import functools

T = TypeVar("T")
P = ParamSpec("P")
R = TypeVar("R")


class Point(NamedTuple):
    x: int
    y: int = 0

    def norm1(self) -> int:
        return abs(self.x) + abs(self.y)


p = Point(3, -4)
print(p, p.norm1(), p._asdict(), Point._fields, Point._field_defaults)
print(p._replace(y=9), Point(1))


class Movie(TypedDict, total=False):
    title: str
    year: int


m: Movie = {"title": "Brazil", "year": 1985}
print(m, Movie.__required_keys__, sorted(Movie.__optional_keys__), Movie.__total__)
print(get_type_hints(Movie))


@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...


class Resource:
    def __init__(self, name):
        self.name = name

    def close(self) -> None:
        print("closing", self.name)


print(isinstance(Resource("db"), Closer), isinstance(42, Closer))


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), Stack[int], Stack.__parameters__, get_origin(Stack[str]), get_args(Stack[str]))

Mode = Literal["r", "w"]
print(Mode, get_args(Mode), get_origin(Mode) is Literal)


def open_file(path: str, mode: Mode = "r") -> Optional[BinaryIO]:
    return None


print(get_type_hints(open_file))
print(get_type_hints(Point))


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


print(double(4), double("ab"))


def logged(func: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        print("calling", func.__name__, args, kwargs)
        return func(*args, **kwargs)
    return wrapper


@logged
def add(a: int, b: int = 1) -> int:
    return a + b


print(add(2, b=5), add.__annotations__, add.__wrapped__.__name__)
print(P, P.args, P.kwargs, T, Union[int, str], Optional[int], Callable[[int], str])
print(Any, get_type_hints(Stack.push))
