# Malformed JSON: each JSONDecodeError's message, position, line and column, then an uncaught one.
import json

bad_documents = [
    '',
    '   ',
    '{"a": 1,}',
    '{"a" 1}',
    '{a: 1}',
    '[1, 2',
    '[1 2]',
    '{"key": "unterminated',
    '"bad \\x escape"',
    '"bad \\u12G4 escape"',
    '"short \\u12"',
    '"ctrl \x01 char"',
    '[1, 2] extra',
    '{"nested": [1, {"deep": tru}]}',
    'nul',
    '-',
    '01',
    '1.',
    '[\n  1,\n  2,\n  oops\n]',
    '{"a": 1}\n{"b": 2}',
    '\ufeff{"bom": 1}',
]
for text in bad_documents:
    try:
        json.loads(text)
    except json.JSONDecodeError as e:
        print(repr(text)[:30].ljust(32), "|", e.msg, "|", e.pos, e.lineno, e.colno)

# a ValueError handler catches it too
try:
    json.loads("[1, 2,]")
except ValueError as e:
    print(type(e).__name__, isinstance(e, ValueError), e)

decoder = json.JSONDecoder()
print(decoder.raw_decode('{"a": [1, 2]} trailing'))
print(decoder.raw_decode('  [3]', 2))
try:
    json.loads(b'{"bytes": "\xff"}')
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e.reason)
try:
    json.loads(42)
except TypeError as e:
    print("TypeError:", e)

config = '{\n  "name": "service",\n  "port": 8080,\n  "debug": True\n}'
settings = json.loads(config)
print(settings)
