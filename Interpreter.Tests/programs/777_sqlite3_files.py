# SQLite databases on disk: file and URI connections, isolation levels, blobs, backup,
# serialize/deserialize, limits, connection and cursor subclasses, and threads.
import os
import sqlite3
import tempfile
import threading

tmp = tempfile.TemporaryDirectory()
path = os.path.join(tmp.name, "notes.db")


class LoggingConnection(sqlite3.Connection):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.opened_with = args[0]


class DictCursor(sqlite3.Cursor):
    def rows(self):
        names = [d[0] for d in self.description]
        return [dict(zip(names, r)) for r in self.fetchall()]


con = sqlite3.connect(path, factory=LoggingConnection, timeout=1.5)
print(type(con).__name__, os.path.basename(con.opened_with), con.isolation_level == "")
con.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, title TEXT, body BLOB)")
con.executemany("INSERT INTO notes(title, body) VALUES (?, zeroblob(?))", [("first", 16), ("second", 8)])
con.commit()
print(con.cursor(DictCursor).execute("SELECT id, title, length(body) AS size FROM notes").rows())

print("-- isolation levels")
for level in (None, "DEFERRED", "IMMEDIATE", "EXCLUSIVE", ""):
    con.isolation_level = level
    con.execute("UPDATE notes SET title = title WHERE id = 1")
    print(repr(con.isolation_level), con.in_transaction)
    con.commit()
for bad in ("SERIALIZABLE", 5):
    try:
        con.isolation_level = bad
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

print("-- blobs")
with con.blobopen("notes", "body", 1) as blob:
    blob.write(b"hello")
    blob.seek(-3, os.SEEK_END)
    blob.write(b"end")
    print(len(blob), blob.tell())
    blob.seek(0)
    print(blob.read(5), blob[5], blob[-3:], blob[0:6:2])
    blob[5] = ord("!")
    blob[6:8] = b"??"
print(con.execute("SELECT body FROM notes WHERE id = 1").fetchone()[0])
blob = con.blobopen("notes", "body", 2, readonly=True)
try:
    blob.write(b"x")
except sqlite3.OperationalError as e:
    print("OperationalError:", e)
for action in (lambda: blob.seek(99), lambda: blob[8], lambda: blob.seek(0, 7)):
    try:
        action()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
blob.close()
try:
    blob.read()
except sqlite3.ProgrammingError as e:
    print("ProgrammingError:", e)
con.commit()

print("-- backup and serialize")
pages = []
memory = sqlite3.connect(":memory:")
con.backup(memory, pages=1, progress=lambda status, remaining, total: pages.append((status, remaining, total)))
print(memory.execute("SELECT id, title FROM notes").fetchall(), len(pages) > 1, pages[-1][0] == sqlite3.SQLITE_DONE)
image = memory.serialize()
print(type(image).__name__, image[:15], len(image) % 512 == 0)
clone = sqlite3.connect(":memory:")
clone.deserialize(image)
print(clone.execute("SELECT title FROM notes ORDER BY id DESC").fetchall())

print("-- limits")
old = clone.getlimit(sqlite3.SQLITE_LIMIT_SQL_LENGTH)
print(clone.setlimit(sqlite3.SQLITE_LIMIT_SQL_LENGTH, 30) == old, clone.getlimit(sqlite3.SQLITE_LIMIT_SQL_LENGTH))
try:
    clone.execute("SELECT title FROM notes WHERE title = 'a fairly long literal'")
except sqlite3.DataError as e:
    print("DataError:", e)
try:
    clone.getlimit(1000)
except sqlite3.ProgrammingError as e:
    print("ProgrammingError:", e)

print("-- URI, read-only")
ro = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
print(ro.execute("SELECT COUNT(*) FROM notes").fetchone())
try:
    ro.execute("DELETE FROM notes")
except sqlite3.OperationalError as e:
    print("OperationalError:", e, e.sqlite_errorname)
ro.close()

print("-- threads")
def worker(results):
    try:
        con.execute("SELECT 1")
    except sqlite3.ProgrammingError as e:
        results.append(str(e).split(".")[0])
    own = sqlite3.connect(path)
    results.append(own.execute("SELECT COUNT(*) FROM notes").fetchone()[0])
    own.close()

results = []
t = threading.Thread(target=worker, args=(results,))
t.start()
t.join()
print(results)
shared = sqlite3.connect(path, check_same_thread=False)
t = threading.Thread(target=lambda: results.append(shared.execute("SELECT title FROM notes WHERE id = 2").fetchone()))
t.start()
t.join()
print(results[-1])

with sqlite3.connect(path) as ctx:
    ctx.execute("INSERT INTO notes(title) VALUES ('third')")
print(sqlite3.connect(path).execute("SELECT COUNT(*) FROM notes").fetchone())
for c in (con, shared, ctx, memory, clone):
    c.close()
tmp.cleanup()
