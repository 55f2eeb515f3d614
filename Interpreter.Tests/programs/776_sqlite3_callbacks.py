# SQLite calling back into Python: window functions, collations, an authorizer, a progress
# handler, a trace callback, and errors raised inside user-defined functions.
import sqlite3

con = sqlite3.connect(":memory:")
con.execute("CREATE TABLE sales (region TEXT, month INTEGER, amount INTEGER)")
con.executemany("INSERT INTO sales VALUES (?, ?, ?)", [
    ("north", 1, 10), ("north", 2, 30), ("north", 3, 20), ("north", 4, 50),
    ("south", 1, 5), ("south", 2, 15), ("south", 3, 25),
])
con.commit()


class MovingSum:
    """A window aggregate: step adds a row entering the frame, inverse removes one leaving it."""
    def __init__(self):
        self.total = 0
    def step(self, value):
        self.total += value
    def inverse(self, value):
        self.total -= value
    def value(self):
        return self.total
    def finalize(self):
        return self.total


con.create_window_function("movsum", 1, MovingSum)
print("-- window function")
for row in con.execute("""
        SELECT region, month, amount,
               movsum(amount) OVER (PARTITION BY region ORDER BY month ROWS BETWEEN 1 PRECEDING AND CURRENT ROW)
        FROM sales ORDER BY region, month"""):
    print(row)
print(con.execute("SELECT movsum(amount) FROM sales").fetchone())


def natural(a, b):
    """Compare strings with embedded numbers by value: item2 < item10."""
    import re
    key = lambda s: [int(t) if t.isdigit() else t.lower() for t in re.split(r"(\d+)", s)]
    ka, kb = key(a), key(b)
    return (ka > kb) - (ka < kb)


con.create_collation("natsort", natural)
con.execute("CREATE TABLE files (name TEXT)")
con.executemany("INSERT INTO files VALUES (?)", [(n,) for n in ["item10", "Item2", "item1", "item20", "item3"]])
print("-- collation")
print([r[0] for r in con.execute("SELECT name FROM files ORDER BY name")])
print([r[0] for r in con.execute("SELECT name FROM files ORDER BY name COLLATE natsort")])
con.create_collation("natsort", None)
try:
    con.execute("SELECT name FROM files ORDER BY name COLLATE natsort")
except sqlite3.OperationalError as e:
    print("OperationalError:", e)

print("-- authorizer")
log = []
def authorizer(action, arg1, arg2, dbname, source):
    if action == sqlite3.SQLITE_READ:
        log.append((arg1, arg2))
        if arg2 == "amount" and arg1 == "sales":
            return sqlite3.SQLITE_DENY
    if action == sqlite3.SQLITE_DELETE:
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK

con.set_authorizer(authorizer)
print(con.execute("SELECT region, month FROM sales WHERE month = 1 ORDER BY region").fetchall())
for sql in ("SELECT amount FROM sales", "DELETE FROM sales"):
    try:
        con.execute(sql)
    except sqlite3.DatabaseError as e:
        print(type(e).__name__, e)
print(sorted(set(log)))
con.set_authorizer(None)
print(con.execute("SELECT SUM(amount) FROM sales").fetchone())

print("-- progress handler")
calls = 0
def progress():
    global calls
    calls += 1
    return calls > 3           # a true result interrupts the statement

con.set_progress_handler(progress, 10)
try:
    con.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000) SELECT SUM(i) FROM n").fetchone()
except sqlite3.OperationalError as e:
    print("OperationalError:", e, "after", calls, "calls")
con.set_progress_handler(None, 0)
print(con.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000) SELECT SUM(i) FROM n").fetchone())

print("-- trace")
statements = []
con.set_trace_callback(statements.append)
con.execute("UPDATE sales SET amount = amount + ? WHERE region = ?", (1, "south"))
con.commit()
con.execute("SELECT COUNT(*) FROM files WHERE name LIKE ?", ("item%",)).fetchone()
con.set_trace_callback(None)
con.execute("SELECT 1")
for s in statements:
    print(s)

print("-- errors inside functions")
con.create_function("boom", 1, lambda x: 1 / x)
con.create_function("weird", 0, lambda: object())
con.create_function("huge", 0, lambda: 2 ** 70)
for sql in ("SELECT boom(0)", "SELECT weird()", "SELECT huge()"):
    try:
        con.execute(sql).fetchone()
    except sqlite3.Error as e:
        print(type(e).__name__, e)
print(con.execute("SELECT boom(4)").fetchone())


class NoFinalize:
    def step(self, x):
        pass

class BadStep:
    def step(self, x):
        raise ValueError("bad row")
    def finalize(self):
        return 0

con.create_aggregate("nofinal", 1, NoFinalize)
con.create_aggregate("badstep", 1, BadStep)
for sql in ("SELECT nofinal(amount) FROM sales", "SELECT badstep(amount) FROM sales"):
    try:
        con.execute(sql).fetchone()
    except sqlite3.OperationalError as e:
        print("OperationalError:", e)

print("-- complete_statement")
for text in ("SELECT 1", "SELECT 1;", "SELECT 'a;", "CREATE TRIGGER t AFTER INSERT ON x BEGIN SELECT 1; END;"):
    print(repr(text), sqlite3.complete_statement(text))
