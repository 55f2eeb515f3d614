# Reading a TOML configuration with CPython's tomllib (needs typing's IO aliases).
import tomllib

CONFIG = """
title = "service"
started = 1979-05-27T07:32:00-08:00
ratio = 0.25

[server]
host = "localhost"
ports = [8000, 8001, 8002]
debug = false

[[users]]
name = "ann"
roles = ["admin", "dev"]

[[users]]
name = "bob"
roles = []
"""

cfg = tomllib.loads(CONFIG)
print(cfg["title"], cfg["ratio"], cfg["started"].isoformat())
print(cfg["server"])
for user in cfg["users"]:
    print(f"{user['name']}: {', '.join(user['roles']) or '-'}")
print(sorted(cfg))

for bad in ["a = ", "x = 1\nx = 2", "[t]\nv = [1, 2"]:
    try:
        tomllib.loads(bad)
    except tomllib.TOMLDecodeError as e:
        print("TOMLDecodeError:", e)
