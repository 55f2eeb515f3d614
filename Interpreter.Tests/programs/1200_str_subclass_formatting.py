# The type of %-formatting, str.format, format_map, format(), f-strings and ascii() when
# __str__/__repr__/__format__ return an instance of a str subclass: the whole output is that
# object (CPython's unicode writer hands back the one str it was given) unless something else is
# written; `fmt % (x, ...)` with simple %s/%r/%a is compiled as an f-string (an exact str).
class S(str): pass
class A:
    def __str__(self): return S("a-str")
    def __repr__(self): return S("a-repr")
    def __format__(self, spec): return S("a-fmt" + spec)
class B:
    def __str__(self): return S("b-str")
    def __repr__(self): return S("b-repr")
a = A(); b = B()
cases = [
 ('"%s" % a', lambda: "%s" % a),
 ('"%s" % (a,)', lambda: "%s" % (a,)),
 ('"%s" % S("x")', lambda: "%s" % S("x")),
 ('"%s" % (S("x"),)', lambda: "%s" % (S("x"),)),
 ('"%r" % a', lambda: "%r" % a),
 ('"%r" % (a,)', lambda: "%r" % (a,)),
 ('"%a" % a', lambda: "%a" % a),
 ('"%s!" % a', lambda: "%s!" % a),
 ('"%5s" % a', lambda: "%5s" % a),
 ('"%.3s" % a', lambda: "%.3s" % a),
 ('"%s" % b', lambda: "%s" % b),
 ('"{}".format(a)', lambda: "{}".format(a)),
 ('"{}".format(b)', lambda: "{}".format(b)),
 ('"{!s}".format(a)', lambda: "{!s}".format(a)),
 ('"{!r}".format(a)', lambda: "{!r}".format(a)),
 ('"{!r}".format(b)', lambda: "{!r}".format(b)),
 ('"{!a}".format(a)', lambda: "{!a}".format(a)),
 ('"{:x}".format(a)', lambda: "{:x}".format(a)),
 ('"{}!".format(a)', lambda: "{}!".format(a)),
 ('"{0}".format(a)', lambda: "{0}".format(a)),
 ('"{x}".format(x=a)', lambda: "{x}".format(x=a)),
 ('"{}".format(S("y"))', lambda: "{}".format(S("y"))),
 ('"{}".format("z")', lambda: "{}".format("z")),
 ('"{}{}".format(a, "")', lambda: "{}{}".format(a, "")),
 ('"{}".format_map({})', lambda: "{x}".format_map({"x": a})),
 ('S("%s") % a', lambda: S("%s") % a),
 ('S("{}").format(a)', lambda: S("{}").format(a)),
 ('"" "%s" % 5', lambda: "%s" % 5),
 ('f"{a}"', lambda: f"{a}"),
 ('f"{a!r}"', lambda: f"{a!r}"),
 ('format(a)', lambda: format(a)),
 ('format(b)', lambda: format(b)),
 ('"%s%s" % (a, "")', lambda: "%s%s" % (a, "")),
 ('"%(k)s" % {"k": a}', lambda: "%(k)s" % {"k": a}),
 ('"%c" % S("q")', lambda: "%c" % S("q")),
 ('"{:}".format(a)', lambda: "{:}".format(a)),
 ('"{:}".format(b)', lambda: "{:}".format(b)),
 ('"{!s:}".format(b)', lambda: "{!s:}".format(b)),
 ('"{!s}".format(b)', lambda: "{!s}".format(b)),
]
for name, fn in cases:
    r = fn()
    print(name, repr(r), type(r).__name__)
class U:
    def __repr__(self): return S("\xe9t\xe9")
for name, fn in [("ascii(a)", lambda: ascii(a)), ("ascii(U())", lambda: ascii(U())), ('"%a" % U()', lambda: "%a" % U()),
                 ('"{}{}".format("", a)', lambda: "{}{}".format("", a)), ('"%s%s" % ("", a)', lambda: "%s%s" % ("", a)),
                 ('"%-s" % a', lambda: "%-s" % a), ('"%+s" % a', lambda: "%+s" % a), ('"% s" % a', lambda: "% s" % a),
                 ('"%6s" % a', lambda: "%6s" % a), ('"%.9s" % a', lambda: "%.9s" % a), ('"%0s" % a', lambda: "%0s" % a),
                 ('"{{}}{}".format(a)', lambda: "{{}}{}".format(a)), ('"{:{}}".format(a, "")', lambda: "{:{}}".format(a, "")),
                 ('"{0.x}".format(ns)', lambda: "{0.x}".format(type("N", (), {"x": a})())),
                 ('"%s" % [a]', lambda: "%s" % [a]), ('"%(x)s%(y)s" % d', lambda: "%(x)s%(y)s" % {"x": "", "y": a}),
                 ('"{!s}".format(a)+""', lambda: "{!s}".format(a) + "")]:
    r = fn()
    print(name, repr(r), type(r).__name__)
try:
    "%s" % (a, 1)
except TypeError as e:
    print("TypeError", e)
class BadStr:
    def __str__(self): return 5
for fn in (lambda: "%s" % BadStr(), lambda: "{}".format(BadStr()), lambda: "%s" % (BadStr(),), lambda: "%5s!" % (BadStr(),)):
    try:
        print(fn())
    except TypeError as e:
        print("TypeError", e)
print(type("%r" % BadStr()).__name__)

# Tuple displays compiled as f-strings, and the ones that are not.
class T:
    def __str__(self): return S("tee")
    def __repr__(self): return "T()"
t = T()
for name, fn in [
    ('"%s%%" % (t,)', lambda: "%s%%" % (t,)),
    ('"%5s|%-5s|%.2s|%05s|%+s|% s|%#s" % (t,)*7', lambda: "%5s|%-5s|%.2s|%05s|%+s|% s|%#s" % (t, t, t, t, t, t, t)),
    ('"%12.1s|" % (t,)', lambda: "%12.1s|" % (t,)),
    ('"%100s" % (t,)', lambda: "%100s" % (t,)),
    ('"%.100s" % (t,)', lambda: "%.100s" % (t,)),
    ('"%s" % (t,)', lambda: "%s" % (t,)),
    ('"%s" % t', lambda: "%s" % t),
    ('"%r %a" % (t, t)', lambda: "%r %a" % (t, t)),
    ('"%d:%s" % (1, t)', lambda: "%d:%s" % (1, t)),
    ('"" % ()', lambda: "" % ()),
    ('"x" % ()', lambda: "x" % ()),
    ('"%%" % ()', lambda: "%%" % ()),
    ('"%s" % (*[t],)', lambda: "%s" % (*[t],)),
    ('tup = (t,); "%s" % tup', lambda: "%s" % tuple([t])),
    ('"%.s" % (t,)', lambda: "%.s" % (t,)),
]:
    r = fn()
    print(name, repr(r), type(r).__name__)
for name, fn in [
    ('"%s %s" % (1,)', lambda: "%s %s" % (1,)),
    ('"%s" % ()', lambda: "%s" % ()),
    ('"%s" % (1, 2)', lambda: "%s" % (1, 2)),
    ('"%" % (1,)', lambda: "%" % (1,)),
    ('"%q" % (1,)', lambda: "%q" % (1,)),
    ('"%(a)s" % (1,)', lambda: "%(a)s" % (1,)),
]:
    try:
        r = fn()
        print(name, repr(r))
    except (TypeError, ValueError) as e:
        print(name, type(e).__name__, e)
