# conformance: full-stderr
# A duplicate key escapes as sqlite3.IntegrityError with sqlite's message.
import sqlite3

con = sqlite3.connect(":memory:")
con.execute("CREATE TABLE users (email TEXT PRIMARY KEY, name TEXT)")
con.execute("INSERT INTO users VALUES (?, ?)", ("ada@example.com", "Ada"))
con.commit()

def register(email, name):
    with con:
        con.execute("INSERT INTO users VALUES (?, ?)", (email, name))

try:
    register("ada@example.com", "Ada again")
except sqlite3.IntegrityError as e:
    print(type(e).__name__, e, e.sqlite_errorcode, e.sqlite_errorname)
    print(isinstance(e, sqlite3.DatabaseError), isinstance(e, sqlite3.Error))

register("grace@example.com", "Grace")
print(con.execute("SELECT COUNT(*) FROM users").fetchone())
register("grace@example.com", "Grace Hopper")
