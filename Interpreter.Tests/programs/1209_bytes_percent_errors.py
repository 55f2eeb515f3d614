# bytes % and bytearray % (PEP 461) as CPython 3.11 formats them, and its exact messages for bad
# arguments: "during bytes formatting", %b/%s without bytes, %c out of range or not one byte,
# float conversions, `*` without an int, mapping keys as bytes, lists as mappings, the `z` flag,
# unsupported and incomplete conversions.

class B:
    def __bytes__(self): return b"BB"

class I:
    def __index__(self): return 65

class BadB:
    def __bytes__(self): return "no"

class F:
    def __float__(self): return 2.5

tests = [
    'b"x" % 1', 'b"x" % (1,)', 'b"%d" % "a"', 'b"%d" % b"a"', 'b"%x" % 1.5', 'b"%s" % "str"', 'b"%s" % 1',
    'b"%r" % "str"', 'b"%a" % "str"', 'b"%c" % 256', 'b"%c" % "a"', 'b"%c" % b"ab"', 'b"%c" % -1',
    'b"%(a)s" % (1,)', 'b"%(a)s" % {"a": b"x"}', 'b"%(a)s" % {b"a": b"x"}', 'b"%d %d" % (1,)', 'b"%d" % (1, 2)',
    'b"%z" % 1', 'b"%" % ()', 'b"%*d" % ("a", 1)', 'b"%.*d" % ("a", 1)', 'b"%f" % "a"', 'b"%f" % b"a"',
    'b"%i" % None', 'b"%o" % 1.0', 'b"%e" % None', 'b"%b" % 1', 'b"%b" % "s"', 'b"%s" % object()',
    'b"%c" % 1.0', 'b"%d" % 1j', 'b"%(a)d" % 1', 'b"%(a" % {"a": 1}', 'b"x" % b""', 'b"x" % bytearray()',
    'b"x" % []', 'b"x" % {}', 'b"x" % ""', 'b"x" % "s"', 'b"%5" % 1', 'b"%.5" % 1', 'b"%-" % 1', 'b"%%" % 1',
    'b"%s %s" % (b"a",)', 'b"%c" % bytearray(b"ab")', 'b"%X" % "3"', 'b"%u" % 2.5', 'b"%d" % 2.5',
    'b"%z abc" % 1', 'b"%zd" % 1', 'b"a%" % 1', 'b"%5.2z" % 1', 'b"%\\xff" % 1', 'b"%s" % B()',
    'b"%b" % memoryview(b"mv")', 'b"%s" % bytearray(b"ba")', 'b"%c" % I()', 'b"%c" % True', 'b"%c" % 65',
    'b"%5c|%-3c|" % (65, b"z")', 'b"%r" % "\\xe9"', 'b"%a" % b"x"', 'b"%-6s|%6b|%.2s" % (b"ab", b"cd", b"efg")',
    'b"%s" % [b"a"]', 'b"%(k)s" % {b"k": b"v"}', 'b"%(k)s" % [1]', 'b"%d" % I()', 'b"%x" % I()',
    'b"%.3f|%e|%g" % (1.5, 2, 3.25)', 'b"%5d|%-5d|%05d|%+d|% d|%#x|%#o" % (1, 2, 3, 4, 5, 255, 8)',
    'b"%d" % True', 'b"%s" % BadB()', 'b"%*d" % (4, 1)', 'b"%*d" % (-4, 1)', 'b"%*d" % (b"a", 1)',
    'b"%.*f" % (2, 1.0)', 'b"%.*f" % (2.0, 1.0)', 'b"%(a)s %s" % {"a": 1}', 'b"%(a)s %s" % {b"a": b"x"}',
    'b"%(a" % {b"a": 1}', 'b"%c" % b""', 'b"%i" % 3.7', 'b"%x" % 3.7', 'b"%f" % I()', 'b"%f" % F()',
    'b"%s" % None', 'b"%%%d" % 5', 'b"%" % 1', 'b"%.z" % 1', 'b"%ld %hd %Ld" % (1, 2, 3)', 'b"%lld" % 1',
    'bytearray(b"%s-%d") % (b"a", 2)', 'b"x" % b"a"', 'b"x" % 0', 'b"x" % ()', 'b"%s" % ()',
    'b"%c" % 3.0', 'b"%f" % "x"', 'b"%g" % None', 'b"%u" % "x"', 'b"%o" % "x"', 'b"%X" % 1.0',
    'b"%(a)s" % 5', 'b"%s" % 1.5', 'bytearray(b"x") % ()', 'bytearray(b"%c") % 300', 'b"%r" % 1',
    'b"%a" % "\\u1234"', 'b"%z5d" % -0.0', 'b"%-z5d|" % 1', 'b"%zf" % -0.0', 'b"%z.1f|%z8.2f|%z08.2f" % (-0.04, -0.001, -0.001)',
    'b"%(a)z5d" % {b"a": 7}', 'b"%(a)" % {b"a": 7}', 'b"%(a)(b)s" % {b"a": 7}', 'b"%*" % -0.0', 'b"%*" % 1',
    'b"%#X|%+.3e|%-8.2g|%08.3f" % (255, 12345.678, 0.000123, -3.14159)', 'b"%(x)s%(y)d" % {b"x": b"=", b"y": 4}',
    'bytearray(b"x") % 1', 'bytearray(b"%d") % "a"', 'bytearray(b"%c") % 256', 'bytearray(b"%d %d") % (1,)',
    'bytearray(b"%z") % 1', 'bytearray(b"x") % "s"', 'bytearray(b"%s") % "s"', 'bytearray(b"%b") % 3',
    'bytearray(b"%(a)s") % (1,)', 'bytearray(b"%c") % "a"', 'bytearray(b"%s|%5b|%c") % (b"q", bytearray(b"r"), 115)',
]
for t in tests:
    try:
        r = eval(t)
        print(t, "->", repr(r))
    except Exception as e:
        print(t, "->", type(e).__name__, e)
