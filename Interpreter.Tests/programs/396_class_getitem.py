# __class_getitem__: generic-looking classes without typing.


class TypedList(list):
    _cache = {}

    def __class_getitem__(cls, item):
        if item not in cls._cache:
            name = f"{cls.__name__}[{getattr(item, '__name__', repr(item))}]"

            def append(self, value):
                if not isinstance(value, item):
                    raise TypeError(f"{name} cannot hold {type(value).__name__}")
                list.append(self, value)

            cls._cache[item] = type(name, (cls,), {"append": append, "item_type": item})
        return cls._cache[item]


Ints = TypedList[int]
nums = Ints()
nums.append(1)
nums.append(2)
try:
    nums.append("3")
except TypeError as e:
    print("TypeError:", e)
print(nums, Ints.__name__, Ints.item_type, TypedList[int] is Ints, isinstance(nums, TypedList))


class Box:
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        return f"{cls.__name__}<{', '.join(p.__name__ if isinstance(p, type) else repr(p) for p in params)}>"


print(Box[int], Box[str, float], Box["T"], Box[None])
print(type(Box.__dict__["__class_getitem__"]).__name__)


class Sub(Box):
    pass


print(Sub[bytes])

try:
    Box()[0]
except TypeError as e:
    print("TypeError:", e)


class Meta(type):
    def __getitem__(cls, item):
        return f"Meta.__getitem__({item})"


class Both(metaclass=Meta):
    def __class_getitem__(cls, item):
        return f"__class_getitem__({item})"


print(Both[1])
