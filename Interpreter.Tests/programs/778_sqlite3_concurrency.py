# Two connections to one database file from two threads: a writer waiting out the other's lock
# (the busy timeout) while that thread keeps running, and interrupt() from a timer thread.
import os
import sqlite3
import tempfile
import threading
import time

tmp = tempfile.TemporaryDirectory()
path = os.path.join(tmp.name, "jobs.db")
with sqlite3.connect(path) as setup:
    setup.execute("CREATE TABLE log (who TEXT, seq INTEGER)")
setup.close()

first = sqlite3.connect(path)
first.execute("INSERT INTO log VALUES ('first', 1)")          # opens a write transaction
print("first holds the write lock:", first.in_transaction)

waiting = threading.Event()
outcome = []

def second_writer():
    con = sqlite3.connect(path, timeout=20)
    waiting.set()
    try:
        con.execute("INSERT INTO log VALUES ('second', 1)")   # waits until first commits
        con.commit()
        outcome.append("second committed")
    except sqlite3.OperationalError as e:
        outcome.append(f"second failed: {e}")
    con.close()

t = threading.Thread(target=second_writer)
t.start()
waiting.wait()
time.sleep(0.3)                                              # the other thread is now in its busy wait
first.execute("INSERT INTO log VALUES ('first', 2)")
first.commit()
t.join()
print(outcome)
print(first.execute("SELECT who, seq FROM log ORDER BY rowid").fetchall())

print("-- a lock that outlives the timeout")
first.execute("INSERT INTO log VALUES ('first', 3)")
impatient = sqlite3.connect(path, timeout=0.1)
try:
    impatient.execute("INSERT INTO log VALUES ('impatient', 1)")
except sqlite3.OperationalError as e:
    print("OperationalError:", e, e.sqlite_errorname)
first.rollback()
impatient.close()

print("-- interrupt from another thread")
slow = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT COUNT(*) FROM n"
timer = threading.Timer(0.2, first.interrupt)
timer.start()
try:
    first.execute(slow).fetchone()
except sqlite3.OperationalError as e:
    print("OperationalError:", e)
timer.join()
print(first.execute("SELECT COUNT(*) FROM log").fetchone())
first.close()
tmp.cleanup()
