# A small shop inventory in an in-memory SQLite database: schema, bulk inserts, joins, aggregates,
# a Python function and aggregate, sqlite3.Row, transactions with rollback, and a dump.
import sqlite3
import statistics

con = sqlite3.connect(":memory:")
con.executescript("""
    CREATE TABLE supplier (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, country TEXT);
    CREATE TABLE product (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        supplier_id INTEGER REFERENCES supplier(id),
        price REAL NOT NULL CHECK (price > 0),
        stock INTEGER NOT NULL DEFAULT 0 CHECK (stock >= 0)
    );
    CREATE INDEX product_supplier ON product(supplier_id);
""")

suppliers = [("Acme", "US"), ("Globex", "DE"), ("Initech", "US"), ("Umbrella", "JP")]
cur = con.executemany("INSERT INTO supplier(name, country) VALUES (?, ?)", suppliers)
print("suppliers inserted:", cur.rowcount, "in transaction:", con.in_transaction)
con.commit()
print("after commit, in transaction:", con.in_transaction)

products = [
    {"name": "anvil", "sup": 1, "price": 120.0, "stock": 4},
    {"name": "rocket skates", "sup": 1, "price": 89.5, "stock": 0},
    {"name": "widget", "sup": 2, "price": 2.25, "stock": 500},
    {"name": "gizmo", "sup": 2, "price": 7.75, "stock": 120},
    {"name": "stapler", "sup": 3, "price": 12.0, "stock": 33},
    {"name": "tps cover sheet", "sup": 3, "price": 0.1, "stock": 10000},
    {"name": "vaccine", "sup": 4, "price": 999.99, "stock": 2},
]
con.executemany("INSERT INTO product(name, supplier_id, price, stock) VALUES (:name, :sup, :price, :stock)", products)
con.commit()

print("-- join, ordered")
for name, supplier, price in con.execute("""
        SELECT p.name, s.name, p.price FROM product p JOIN supplier s ON s.id = p.supplier_id
        ORDER BY s.name, p.price DESC"""):
    print(f"{name:<16} {supplier:<9} {price:>8.2f}")

print("-- aggregates per country")
for row in con.execute("""
        SELECT s.country, COUNT(*), SUM(p.stock), ROUND(AVG(p.price), 2), MAX(p.price)
        FROM product p JOIN supplier s ON s.id = p.supplier_id GROUP BY s.country ORDER BY s.country"""):
    print(row)

# A Python function and a Python aggregate inside SQL.
con.create_function("stock_value", 2, lambda price, stock: round(price * stock, 2), deterministic=True)

class Median:
    def __init__(self):
        self.values = []
    def step(self, value):
        if value is not None:
            self.values.append(value)
    def finalize(self):
        return statistics.median(self.values) if self.values else None

con.create_aggregate("median", 1, Median)
print("-- python function and aggregate")
for row in con.execute("SELECT supplier_id, median(price), SUM(stock_value(price, stock)) FROM product GROUP BY supplier_id"):
    print(row)
print("median of nothing:", con.execute("SELECT median(price) FROM product WHERE price < 0").fetchone())

# Rows by name.
con.row_factory = sqlite3.Row
row = con.execute("SELECT id, name AS Product, stock FROM product WHERE name = ?", ("gizmo",)).fetchone()
print("-- sqlite3.Row")
print(row.keys(), row["product"], row["STOCK"], row[0], row[-1], tuple(row), len(row))
print("dict:", dict(zip(row.keys(), row)))
same = con.execute("SELECT id, name AS Product, stock FROM product WHERE name = ?", ("gizmo",)).fetchone()
print("equal rows:", row == same, hash(row) == hash(same))
try:
    row["missing"]
except IndexError as e:
    print("IndexError:", e)
con.row_factory = None

# A failing transfer rolls back as a whole.
def restock(moves):
    try:
        with con:
            for name, delta in moves:
                cur = con.execute("UPDATE product SET stock = stock + ? WHERE name = ?", (delta, name))
                if cur.rowcount != 1:
                    raise LookupError(f"no product {name!r}")
        print("restock committed:", moves)
    except (LookupError, sqlite3.IntegrityError) as e:
        print("restock rolled back:", type(e).__name__, e)

restock([("anvil", 2), ("widget", -1000)])
restock([("anvil", 2), ("widget", -100)])
restock([("anvil", 10), ("flux capacitor", 1)])
restock([("gizmo", 5)])
print(con.execute("SELECT name, stock FROM product WHERE name IN ('anvil', 'widget', 'gizmo') ORDER BY name").fetchall())

# Explicit rollback of an implicit transaction.
con.execute("DELETE FROM product WHERE stock = 0")
print("deleted, in transaction:", con.in_transaction, con.total_changes)
con.rollback()
print("rolled back:", con.execute("SELECT COUNT(*) FROM product").fetchone()[0], "products")

# Cursor API details.
cur = con.cursor()
cur.arraysize = 3
cur.execute("SELECT id, name FROM product ORDER BY id")
print([d[0] for d in cur.description])
print(cur.fetchmany())
print(cur.fetchone())
print(cur.fetchall())
print(cur.fetchone())
cur.execute("INSERT INTO supplier(name, country) VALUES ('Hooli', 'US')")
print("lastrowid:", cur.lastrowid, "rowcount:", cur.rowcount)
con.rollback()

print("-- dump")
for line in con.iterdump():
    print(line)
con.close()
try:
    con.execute("SELECT 1")
except sqlite3.ProgrammingError as e:
    print("ProgrammingError:", e)
