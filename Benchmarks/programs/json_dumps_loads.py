# The json module both ways, as pyperformance's json_dumps/json_loads do: documents with nested
# dicts and lists, strings that need escaping (quotes, backslashes, control and non-ASCII
# characters), ints, floats, booleans and nulls; dumped compact, indented, with sorted keys and with
# ensure_ascii off, loaded back and compared with the original.
# bench: default=2400 quick=3 trace=30
import sys
import json


WORDS = ["alpha", "beta", "gamma", "delta", "quote\"d", "back\\slash", "tab\there", "new\nline",
         "caf\u00e9", "na\u00efve", "\u65e5\u672c", "emoji \U0001F600", "ctrl\x01\x1f", "slash/ok"]


def document(seed):
    x = seed
    def rnd(k):
        nonlocal x
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        return x % k
    items = []
    for i in range(12):
        items.append({
            "id": seed * 100 + i,
            "name": WORDS[rnd(len(WORDS))] + " " + WORDS[rnd(len(WORDS))],
            "price": rnd(100000) / 100,
            "ratio": rnd(1000) / 7,
            "tags": [WORDS[rnd(len(WORDS))] for _ in range(rnd(5))],
            "active": rnd(2) == 1,
            "parent": None if rnd(3) == 0 else seed * 100 + rnd(12),
            "dims": {"w": rnd(500), "h": rnd(500), "unit": "mm"},
        })
    return {
        "version": 3,
        "seed": seed,
        "title": "Catalogue \u00ab%d\u00bb" % seed,
        "items": items,
        "matrix": [[rnd(10) - 5 for _ in range(6)] for _ in range(6)],
        "empty": {"list": [], "dict": {}, "str": ""},
        "big": 2 ** 70 + seed,
        "neg": -seed * 1.5e-3,
    }


def main(n):
    docs = [document(s) for s in range(1, 33)]
    total_len = 0
    checksum = 0
    for i in range(n):
        doc = docs[i % len(docs)]
        compact = json.dumps(doc, separators=(",", ":"))
        pretty = json.dumps(doc, indent=2, sort_keys=True)
        unicode = json.dumps(doc, ensure_ascii=False)
        for text in (compact, pretty, unicode):
            back = json.loads(text)
            if back != doc:
                raise AssertionError("round trip of document %d" % i)
        total_len += len(compact) + len(pretty) + len(unicode)
        checksum = (checksum * 31 + len(compact) * 7 + len(unicode)) % 1000000007
    sample = json.dumps(docs[0]["items"][0], sort_keys=True)
    if json.loads(sample) != docs[0]["items"][0] or "\\u" not in json.dumps(WORDS):
        raise AssertionError("escaping")
    print(n, total_len, checksum, json.dumps(WORDS[4:9]))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2400)
