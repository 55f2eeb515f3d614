# Dict/str work: a JSON encoder and a recursive-descent JSON parser in pure Python,
# round-tripping a generated document many times.
# bench: default=500 quick=3 trace=22
import sys

ESCAPES = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\t': '\\t', '\r': '\\r', '\b': '\\b', '\f': '\\f'}
UNESCAPES = {'"': '"', '\\': '\\', '/': '/', 'n': '\n', 't': '\t', 'r': '\r', 'b': '\b', 'f': '\f'}


def encode_str(s):
    parts = ['"']
    for ch in s:
        e = ESCAPES.get(ch)
        if e is not None:
            parts.append(e)
        elif ord(ch) < 0x20:
            parts.append("\\u%04x" % ord(ch))
        else:
            parts.append(ch)
    parts.append('"')
    return "".join(parts)


def encode(v):
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return repr(v)
    if isinstance(v, str):
        return encode_str(v)
    if isinstance(v, list):
        return "[" + ",".join([encode(x) for x in v]) + "]"
    if isinstance(v, dict):
        return "{" + ",".join([encode_str(k) + ":" + encode(x) for k, x in v.items()]) + "}"
    raise TypeError("cannot encode %r" % (v,))


class Parser:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def error(self, msg):
        raise ValueError("%s at %d" % (msg, self.pos))

    def skip_ws(self):
        text = self.text
        pos = self.pos
        while pos < len(text) and text[pos] in " \t\r\n":
            pos += 1
        self.pos = pos

    def parse(self):
        v = self.value()
        self.skip_ws()
        if self.pos != len(self.text):
            self.error("trailing data")
        return v

    def value(self):
        self.skip_ws()
        ch = self.text[self.pos]
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.arr()
        if ch == '"':
            return self.string()
        if self.text.startswith("null", self.pos):
            self.pos += 4
            return None
        if self.text.startswith("true", self.pos):
            self.pos += 4
            return True
        if self.text.startswith("false", self.pos):
            self.pos += 5
            return False
        return self.number()

    def obj(self):
        self.pos += 1
        result = {}
        self.skip_ws()
        if self.text[self.pos] == "}":
            self.pos += 1
            return result
        while True:
            self.skip_ws()
            key = self.string()
            self.skip_ws()
            if self.text[self.pos] != ":":
                self.error("expected ':'")
            self.pos += 1
            result[key] = self.value()
            self.skip_ws()
            ch = self.text[self.pos]
            self.pos += 1
            if ch == "}":
                return result
            if ch != ",":
                self.error("expected ',' or '}'")

    def arr(self):
        self.pos += 1
        result = []
        self.skip_ws()
        if self.text[self.pos] == "]":
            self.pos += 1
            return result
        while True:
            result.append(self.value())
            self.skip_ws()
            ch = self.text[self.pos]
            self.pos += 1
            if ch == "]":
                return result
            if ch != ",":
                self.error("expected ',' or ']'")

    def string(self):
        text = self.text
        pos = self.pos + 1
        parts = []
        while True:
            ch = text[pos]
            if ch == '"':
                break
            if ch == "\\":
                esc = text[pos + 1]
                if esc == "u":
                    parts.append(chr(int(text[pos + 2:pos + 6], 16)))
                    pos += 6
                    continue
                parts.append(UNESCAPES[esc])
                pos += 2
                continue
            parts.append(ch)
            pos += 1
        self.pos = pos + 1
        return "".join(parts)

    def number(self):
        text = self.text
        start = self.pos
        pos = start
        is_float = False
        while pos < len(text) and text[pos] in "+-0123456789.eE":
            if text[pos] in ".eE":
                is_float = True
            pos += 1
        self.pos = pos
        if pos == start:
            self.error("unexpected character")
        return float(text[start:pos]) if is_float else int(text[start:pos])


def make_doc(seed, size):
    state = seed
    people = []
    for i in range(size):
        state = (state * 1103515245 + 12345) % 2147483648
        people.append({
            "id": i,
            "name": "person-%d \"q\" \\ tab\t" % (state % 1000),
            "score": (state % 10000) / 7.0,
            "active": state % 3 == 0,
            "manager": None if i == 0 else i // 2,
            "tags": ["t%d" % (state % k) for k in range(2, 7)],
            "address": {"street": "%d Main St" % (state % 500), "zip": "%05d" % (state % 99999),
                        "geo": [state % 180 - 90.5, state % 360 - 180.25]},
        })
    return {"version": 1, "people": people, "empty": {}, "none": [], "ctrl": "\x01\x1f"}


def main(n):
    doc = make_doc(7, 40)
    text = encode(doc)
    total = 0
    for _ in range(n):
        back = Parser(text).parse()
        if back != doc:
            raise AssertionError("round trip changed the document")
        again = encode(back)
        if again != text:
            raise AssertionError("re-encoding differs")
        total += len(again)
    print("chars", len(text), "total", total)
    print(text[:72])


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 500)
