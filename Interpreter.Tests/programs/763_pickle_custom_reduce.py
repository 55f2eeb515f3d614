# Classes that control their pickling: __reduce__, __reduce_ex__, __getstate__/__setstate__,
# __getnewargs__/__getnewargs_ex__, __slots__, copyreg registrations and persistent ids.
import copyreg
import io
import pickle


class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    def __reduce__(self):
        return (Temperature, (self.celsius,))

    def __repr__(self):
        return f"Temperature({self.celsius})"


class Connection:
    """Drops its socket-like handle when pickled and reopens on load."""

    def __init__(self, host):
        self.host = host
        self.handle = object()

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["handle"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.handle = "reopened"


class Vector(tuple):
    def __new__(cls, *xs):
        return super().__new__(cls, xs)

    def __getnewargs__(self):
        return tuple(self)


class Account:
    def __new__(cls, owner, *, currency):
        self = super().__new__(cls)
        self.owner, self.currency = owner, currency
        return self

    def __getnewargs_ex__(self):
        return (self.owner,), {"currency": self.currency}


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a, self.b = a, b


class Matrix:
    def __init__(self, rows):
        self.rows = rows


def reduce_matrix(m):
    return Matrix, (m.rows,)


copyreg.pickle(Matrix, reduce_matrix)


class Stateful:
    def __reduce__(self):
        return (Stateful, (), {"x": 1}, iter([]), None, set_state)


def set_state(obj, state):
    obj.restored = state["x"] * 10


for proto in (0, 2, 4, 5):
    t = pickle.loads(pickle.dumps(Temperature(21.5), proto))
    c = pickle.loads(pickle.dumps(Connection("db.local"), proto))
    v = pickle.loads(pickle.dumps(Vector(1, 2, 3), max(proto, 2)))
    a = pickle.loads(pickle.dumps(Account("ann", currency="EUR"), proto))
    s = pickle.loads(pickle.dumps(Slotted(1, [2]), max(proto, 2)))
    m = pickle.loads(pickle.dumps(Matrix([[1, 0], [0, 1]]), proto))
    st = pickle.loads(pickle.dumps(Stateful(), proto))
    print(proto, t, c.host, c.handle, type(v).__name__, v, a.owner, a.currency, s.a, s.b, m.rows, st.restored)

try:
    pickle.dumps(Slotted(1, 2), 0)
except TypeError as e:
    print("protocol 0:", e)
print(pickle.dumps(Temperature(3), 2))
print(pickle.dumps(Vector(1, 2), 2))
print(pickle.dumps(Slotted(1, 2), 2))

# Persistent ids: objects kept outside the pickle are referred to by key.
class Record:
    def __init__(self, key):
        self.key = key


class DBPickler(pickle.Pickler):
    def persistent_id(self, obj):
        return ("Record", obj.key) if isinstance(obj, Record) else None


class DBUnpickler(pickle.Unpickler):
    def __init__(self, file, db):
        super().__init__(file)
        self.db = db

    def persistent_load(self, pid):
        kind, key = pid
        return self.db[key]


db = {"r1": "row one", "r2": "row two"}
buf = io.BytesIO()
DBPickler(buf, 2).dump([Record("r1"), Record("r2"), "plain"])
print(buf.getvalue())
buf.seek(0)
print(DBUnpickler(buf, db).load())

# A pickler-specific dispatch table and reducer_override.
class Shouty(pickle.Pickler):
    dispatch_table = {Temperature: lambda t: (str, (f"{t.celsius} degrees",))}

    def reducer_override(self, obj):
        if obj is NotImplemented:
            return (str, ("NotImplemented!",))
        return NotImplemented


buf = io.BytesIO()
Shouty(buf, 4).dump([Temperature(5), NotImplemented, 7])
print(pickle.loads(buf.getvalue()))
