# __set_name__: descriptors that learn their attribute name and owner class.


class Field:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default

    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name
        self.storage = "_" + name
        owner.fields = getattr(owner, "fields", ()) + (name,)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.storage, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.owner}.{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        setattr(obj, self.storage, value)


class Product:
    name = Field(str, "")
    price = Field(float, 0.0)
    stock = Field(int, 0)


p = Product()
p.name = "lamp"
p.price = 19.5
print(p.name, p.price, p.stock, Product.fields)
print(Product.price.owner, Product.price.name, Product.price.storage)
try:
    p.stock = "many"
except TypeError as e:
    print("TypeError:", e)
print(sorted(k for k in vars(p)))


class Late:
    pass


f = Field(int)
Late.count = f
print(hasattr(f, "name"))
f.__set_name__(Late, "count")
print(f.name, f.owner)


class Both:
    shared = Field(int)
    alias = shared


print(Both.shared.name, Both.fields)


class Loud:
    def __set_name__(self, owner, name):
        print(f"set_name {owner.__name__}.{name}")


class Host:
    b = Loud()
    a = Loud()
    x = 1


class Strict:
    def __set_name__(self, owner, name):
        if not name.isupper():
            raise ValueError(f"{name} must be upper case")


try:
    class Config:
        HOST = Strict()
        port = Strict()
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
