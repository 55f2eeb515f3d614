# Routing JSON-shaped messages (parsed with json) by their structure.
import json

messages = """
{"type": "ping"}
{"type": "login", "user": "ada", "password": "secret"}
{"type": "login", "user": "ada"}
{"type": "chat", "to": ["bob", "cy"], "text": "hi all"}
{"type": "chat", "to": [], "text": "nobody"}
{"type": "chat", "to": "bob", "text": "direct"}
{"type": "move", "position": {"x": 1, "y": -2}}
{"type": "move", "position": [3, 4]}
{"type": "move", "position": {"x": 1.5}}
{"type": "batch", "items": [{"type": "ping"}, {"type": "chat", "to": ["z"], "text": "nested"}]}
{"type": "log", "level": "error", "fields": {"code": 500, "path": "/x", "method": "GET"}}
{"type": "unknown", "n": 1}
[1, 2, 3]
"just a string"
42
null
true
{"no_type": 1}
"""


def route(msg):
    match msg:
        case {"type": "ping"}:
            return "pong"
        case {"type": "login", "user": str(user), "password": str()}:
            return f"login attempt by {user}"
        case {"type": "login", "user": user}:
            return f"login by {user} without password rejected"
        case {"type": "chat", "to": [], "text": _}:
            return "chat to nobody dropped"
        case {"type": "chat", "to": [str() as first, *rest], "text": str(text)}:
            return f"chat to {first} and {len(rest)} more: {text!r}"
        case {"type": "chat", "to": str(to), "text": text}:
            return f"direct message to {to}: {text!r}"
        case {"type": "move", "position": {"x": int() | float() as x, "y": int() | float() as y}}:
            return f"move to ({x}, {y})"
        case {"type": "move", "position": [x, y]}:
            return f"move to ({x}, {y}) from a list"
        case {"type": "move", "position": bad}:
            return f"bad position {bad}"
        case {"type": "batch", "items": [*items]}:
            return "batch: " + "; ".join(route(i) for i in items)
        case {"type": "log", "level": "error" | "critical" as level, "fields": {"code": code, **fields}}:
            return f"{level.upper()} {code} {sorted(fields.items())}"
        case {"type": str(kind), **rest}:
            return f"unhandled message type {kind!r} with {list(rest)}"
        case {}:
            return "message without a type"
        case [*values] if all(isinstance(v, int) for v in values):
            return f"list of ints summing to {sum(values)}"
        case str(s):
            return f"bare string {s!r}"
        case bool(b):
            return f"boolean {b}"
        case int(n):
            return f"number {n}"
        case None:
            return "null"


for line in messages.strip().split("\n"):
    print(route(json.loads(line)))
