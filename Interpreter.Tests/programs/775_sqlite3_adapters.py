# Storing Python types in SQLite: adapters, converters (declared types and column names),
# __conform__, text_factory, and the default date/timestamp support.
import datetime
import decimal
import sqlite3
from fractions import Fraction


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def __conform__(self, protocol):
        if protocol is sqlite3.PrepareProtocol:
            return f"{self.x};{self.y}"


def convert_point(data):
    x, y = map(float, data.split(b";"))
    return Point(x, y)


sqlite3.register_adapter(decimal.Decimal, str)
sqlite3.register_converter("decimal", lambda b: decimal.Decimal(b.decode()))
sqlite3.register_converter("point", convert_point)
sqlite3.register_adapter(Fraction, lambda f: f"{f.numerator}/{f.denominator}")
sqlite3.register_converter("FRACTION", lambda b: Fraction(b.decode()))

con = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_DECLTYPES | sqlite3.PARSE_COLNAMES)
con.execute("CREATE TABLE ledger (day date, at timestamp, amount decimal(10, 2), share fraction, spot point, note text)")
rows = [
    (datetime.date(2024, 2, 29), datetime.datetime(2024, 2, 29, 13, 45, 30, 125000), decimal.Decimal("19.99"),
     Fraction(1, 3), Point(1.5, -2), "leap day"),
    (datetime.date(2023, 12, 31), datetime.datetime(2023, 12, 31, 23, 59, 59), decimal.Decimal("-5.00"),
     Fraction(3, 4), Point(0, 0), None),
]
con.executemany("INSERT INTO ledger VALUES (?, ?, ?, ?, ?, ?)", rows)

for row in con.execute("SELECT * FROM ledger ORDER BY day"):
    print(row)
    print("  types:", [type(v).__name__ for v in row])

print("-- raw storage")
for row in con.execute("SELECT typeof(day), day, typeof(amount), amount, spot FROM ledger ORDER BY day"):
    print(row)

print("-- PARSE_COLNAMES")
cur = con.execute('SELECT note AS "n [text]", \'2.50\' AS "price [decimal]", share AS "s [fraction]" FROM ledger ORDER BY day')
print([d[0] for d in cur.description])
for row in cur:
    print(row)

print("-- adapt()")
print(sqlite3.adapt(decimal.Decimal("1.10")), sqlite3.adapt(Point(3, 4)), sqlite3.adapt(5, sqlite3.PrepareProtocol, "no adapter"))
try:
    sqlite3.adapt(object())
except sqlite3.ProgrammingError as e:
    print("ProgrammingError:", e)
print(sorted(name for name in sqlite3.converters))

print("-- text_factory")
plain = sqlite3.connect(":memory:")
for factory in (str, bytes, bytearray, lambda b: b.decode().upper()):
    plain.text_factory = factory
    print(plain.execute("SELECT 'Grüße', x'6869'").fetchone())
plain.text_factory = str
try:
    plain.execute("SELECT CAST(x'ff41' AS TEXT)").fetchone()
except sqlite3.OperationalError as e:
    print("OperationalError:", e)

print("-- unsupported parameters")
try:
    plain.execute("SELECT ?", (object(),))
except sqlite3.ProgrammingError as e:
    print("ProgrammingError:", e)
try:
    plain.execute("SELECT ?", (2 ** 64,))
except OverflowError as e:
    print("OverflowError:", e)
print(plain.execute("SELECT ?, ?, ?, ?, ?", (True, 2 ** 63 - 1, -0.0, b"", "")).fetchone())
print(plain.execute("SELECT :a || :b", {"a": "con", "b": "cat"}).fetchone())
print(plain.execute("SELECT ?1 + ?1, ?2", [20, "x"]).fetchone())
