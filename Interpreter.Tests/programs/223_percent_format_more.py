vals = [0, 7, -7, 255, 3.14159, -0.5, 1e10, 1.5e-7, 123456789]
for fmt in ["%d", "%5d", "%-5d|", "%05d", "%+d", "% d", "%x", "%X", "%#x", "%o", "%#o", "%e", "%.2e", "%E", "%f", "%.3f", "%10.2f", "%-10.1f|", "%g", "%.3g", "%G", "%r", "%s", "%c" ]:
    out = []
    for v in vals:
        try:
            out.append(fmt % v)
        except (TypeError, ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(fmt.ljust(8), out)
print("%s and %s" % ("a", "b"), "%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("%%", "100%%" % (), "%5s|%-5s|" % ("ab", "cd"), "%.2s" % "abcdef")
print("%*d|%-*d|" % (5, 42, 4, 7), "%.*f" % (2, 3.14159))
print("%c%c" % (72, "i"), "%r" % "q'uote", "%a" % "é")
print("%s" % [1, 2], "%s" % (1,), "%s" % ((1, 2),))
print("%i" % 3.9, "%d" % True, "%x" % -255, "%o" % -8)
print("%5.1f%%" % 99.55, "%.0f" % 0.5, "%.0f" % 1.5, "%.0f" % 2.5)
for bad in [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%(k)s", {}), ("%z", 1), ("%c", 1114112)]:
    try:
        print(bad[0] % bad[1])
    except Exception as e:
        print(type(e).__name__, e)
print(b"%s-%d" % (b"x", 5), b"%x" % 255)
