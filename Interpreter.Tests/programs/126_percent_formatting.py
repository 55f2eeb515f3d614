print("%d %i %s %r" % (42, -7, "str", "repr"))
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%.2f|%8.3f|%-8.1f|%e|%.3E" % (3.14159, 2.71828, 1.5, 12345.678, 0.00012))
print("%g %g %g %G" % (0.0001, 123456789, 1.5, 1e-10))
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print("%c%c" % (72, "i"), "%%", "%s%%" % 50)
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("%s" % [1, 2], "%s" % (1,), "%s and %s" % ("a", "b"))
print("%10s|%-10s|" % ("right", "left"), "%.3s" % "truncate")
print("%*d|%-*d|" % (6, 42, 6, 42))
print("%r" % {"k": [1.5]}, "%a" % "é")
print("%d" % 3.99, "%s" % 3.99, "%.0f" % 2.5, "%.0f" % 3.5)
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "%s %s" % ("only one",)
except TypeError as e:
    print("TypeError:", e)
try:
    "%s" % (1, 2)
except TypeError as e:
    print("TypeError:", e)
print(b"%s-%d" % (b"bytes", 5))
