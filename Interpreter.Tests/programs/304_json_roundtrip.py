"""A hand-written JSON encoder/decoder checked against the json module:
round-trips documents, compares output byte for byte, and reports errors with
line/column positions."""
import json
import math


class JSONError(ValueError):
    def __init__(self, msg, text, pos):
        line = text.count("\n", 0, pos) + 1
        col = pos - (text.rfind("\n", 0, pos) + 1) + 1
        super().__init__(f"{msg}: line {line} column {col} (char {pos})")
        self.pos, self.line, self.col = pos, line, col


ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
REV_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


class Parser:
    WS = " \t\n\r"

    def __init__(self, text):
        self.text = text
        self.pos = 0
        self.depth = 0

    def error(self, msg, pos=None):
        raise JSONError(msg, self.text, self.pos if pos is None else pos)

    def skip(self):
        while self.pos < len(self.text) and self.text[self.pos] in self.WS:
            self.pos += 1

    def peek(self):
        self.skip()
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def parse(self):
        value = self.value()
        self.skip()
        if self.pos != len(self.text):
            self.error("Extra data")
        return value

    def value(self):
        ch = self.peek()
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.arr()
        if ch == '"':
            return self.string()
        for word, val in (("true", True), ("false", False), ("null", None), ("NaN", math.nan), ("Infinity", math.inf), ("-Infinity", -math.inf)):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return val
        if ch == "-" or ch.isdigit():
            return self.number()
        self.error("Expecting value")

    def obj(self):
        self.pos += 1
        self.depth += 1
        result = {}
        if self.peek() == "}":
            self.pos += 1
            self.depth -= 1
            return result
        while True:
            if self.peek() != '"':
                self.error("Expecting property name enclosed in double quotes")
            key = self.string()
            if self.peek() != ":":
                self.error("Expecting ':' delimiter")
            self.pos += 1
            result[key] = self.value()
            ch = self.peek()
            self.pos += 1
            if ch == "}":
                break
            if ch != ",":
                self.error("Expecting ',' delimiter", self.pos - 1)
        self.depth -= 1
        return result

    def arr(self):
        self.pos += 1
        result = []
        if self.peek() == "]":
            self.pos += 1
            return result
        while True:
            result.append(self.value())
            ch = self.peek()
            self.pos += 1
            if ch == "]":
                return result
            if ch != ",":
                self.error("Expecting ',' delimiter", self.pos - 1)

    def string(self):
        start = self.pos
        self.pos += 1
        out = []
        while True:
            if self.pos >= len(self.text):
                self.error("Unterminated string starting at", start)
            ch = self.text[self.pos]
            if ch == '"':
                self.pos += 1
                return "".join(out)
            if ch == "\\":
                esc = self.text[self.pos + 1:self.pos + 2]
                if esc == "u":
                    code = int(self.text[self.pos + 2:self.pos + 6], 16)
                    self.pos += 6
                    if 0xD800 <= code < 0xDC00 and self.text.startswith("\\u", self.pos):
                        low = int(self.text[self.pos + 2:self.pos + 6], 16)
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        self.pos += 6
                    out.append(chr(code))
                    continue
                if esc not in ESCAPES:
                    self.error("Invalid \\escape", self.pos)
                out.append(ESCAPES[esc])
                self.pos += 2
                continue
            if ch < " ":
                self.error("Invalid control character at", self.pos)
            out.append(ch)
            self.pos += 1

    def number(self):
        start = self.pos
        if self.text[self.pos] == "-":
            self.pos += 1
        while self.pos < len(self.text) and self.text[self.pos].isdigit():
            self.pos += 1
        is_float = False
        if self.text[self.pos:self.pos + 1] == ".":
            is_float = True
            self.pos += 1
            while self.pos < len(self.text) and self.text[self.pos].isdigit():
                self.pos += 1
        if self.text[self.pos:self.pos + 1] in ("e", "E"):
            is_float = True
            self.pos += 1
            if self.text[self.pos:self.pos + 1] in ("+", "-"):
                self.pos += 1
            while self.pos < len(self.text) and self.text[self.pos].isdigit():
                self.pos += 1
        lit = self.text[start:self.pos]
        return float(lit) if is_float else int(lit)


def encode_str(s, ensure_ascii=True):
    out = ['"']
    for ch in s:
        if ch in REV_ESCAPES:
            out.append(REV_ESCAPES[ch])
        elif ch < " ":
            out.append(f"\\u{ord(ch):04x}")
        elif ensure_ascii and ord(ch) > 126:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def encode(value, indent=None, sort_keys=False, ensure_ascii=True, _level=0):
    nl = "" if indent is None else "\n" + " " * (indent * (_level + 1))
    end = "" if indent is None else "\n" + " " * (indent * _level)
    sep = ", " if indent is None else ","
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "NaN"
        if math.isinf(value):
            return "Infinity" if value > 0 else "-Infinity"
        return repr(value)
    if isinstance(value, str):
        return encode_str(value, ensure_ascii)
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        return "[" + sep.join(nl + encode(v, indent, sort_keys, ensure_ascii, _level + 1) for v in value) + end + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = sorted(value.items()) if sort_keys else value.items()
        parts = []
        for k, v in items:
            if isinstance(k, bool) or k is None:
                k = encode(k)
            elif isinstance(k, (int, float)):
                k = encode(k)
            parts.append(nl + encode_str(k, ensure_ascii) + ": " + encode(v, indent, sort_keys, ensure_ascii, _level + 1))
        return "{" + sep.join(parts) + end + "}"
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


documents = [
    {"name": "Widget", "id": 7, "price": 12.5, "tags": ["a", "b"], "stock": None, "active": True},
    [1, -2, 3.25, 1e-7, 1.5e300, -0.0, 10 ** 20, [], {}, [[[]]]],
    {"unicode": "caf\u00e9 \u6771\u4eac \u2603", "escapes": "quote\" back\\ nl\n tab\t ctrl\x01", "empty": ""},
    {"nested": {"deep": {"deeper": {"deepest": [True, False, None]}}}, "z": 1, "a": 2},
    "just a string",
    12345,
    [{"k": i, "sq": i * i, "half": i / 2} for i in range(5)],
    {"nan": math.nan, "inf": math.inf, "ninf": -math.inf},
    {"1": "int-like key", "true": "bool-like"},
]

for i, doc in enumerate(documents):
    for kw in ({}, {"sort_keys": True}, {"indent": 2}, {"ensure_ascii": False}):
        mine = encode(doc, **kw)
        theirs = json.dumps(doc, **kw)
        same = mine == theirs
        if not same:
            print(f"doc {i} {kw}: MISMATCH\n  mine:   {mine}\n  theirs: {theirs}")
    text = json.dumps(doc, indent=1)
    back = Parser(text).parse()
    same_back = json.dumps(back, sort_keys=True) == json.dumps(doc, sort_keys=True)
    print(f"doc {i}: {len(text)} chars, encoders agree, round-trip {'ok' if same_back else 'FAILED'}")

print(encode(documents[0], indent=2, sort_keys=True))
print(encode({1: "x", 2.5: "y", None: "n", False: "f"}), json.dumps({1: "x", 2.5: "y", None: "n", False: "f"}))

bad_inputs = ['{"a": 1,}', '[1 2]', '{"a" 1}', '"unterminated', '{"a": tru}', '[1, 2] extra', '{\n  "x": [1,\n  2,,]\n}', '"bad \\q escape"', "{'single': 1}", ""]
for text in bad_inputs:
    mine = theirs = None
    try:
        Parser(text).parse()
    except JSONError as e:
        mine = str(e)
    try:
        json.loads(text)
    except json.JSONDecodeError as e:
        theirs = f"{e.msg}: line {e.lineno} column {e.colno} (char {e.pos})"
    print(f"{text!r:28} -> {mine}" + ("" if mine == theirs else f"   [json: {theirs}]"))

big = {"rows": [{"id": n, "name": f"item{n}", "vals": list(range(n % 4)), "ok": n % 3 == 0} for n in range(40)]}
s1 = encode(big, sort_keys=True)
s2 = json.dumps(big, sort_keys=True)
print(len(s1), s1 == s2, Parser(s1).parse() == big, json.loads(s2) == big)
print(Parser('{"surrogate": "\\ud83d\\ude00", "bmp": "\\u00e9"}').parse()["bmp"])
try:
    encode({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
print(json.loads('[1.0, 2, "3", null, 1E2, -0.5e-3]'), json.loads("  {}  "), json.dumps("é"), json.dumps("é", ensure_ascii=False))
print(json.dumps([1, {"a": (1, 2)}], separators=(",", ":")), json.dumps({"b": 1, "a": [1, 2]}, indent="\t", sort_keys=True))
