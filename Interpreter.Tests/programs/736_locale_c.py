# locale: formatting numbers and strings under the C/POSIX locale, conventions, normalize, strxfrm.
import locale

print(locale.setlocale(locale.LC_ALL, "C"))
print(locale.setlocale(locale.LC_NUMERIC))
conv = locale.localeconv()
print(conv["decimal_point"], repr(conv["thousands_sep"]), conv["grouping"], conv["int_curr_symbol"] == "")
print(locale.format_string("%d items at %.2f each", (1234567, 3.14159)))
print(locale.format_string("%10.3f|", 2.5), locale.format_string("%s and %s", ("a", "b")))
print(locale.format_string("%d", 1234567, grouping=True))
print(locale.str(3.5), locale.str(1e20), locale.currency(12.5, symbol=False) if conv["frac_digits"] != 127 else "no currency")
print(locale.atof("2.75") * 2, locale.atoi("42") + 1, locale.delocalize("1234.5"), locale.localize("1234.5"))
print(sorted(["banana", "Apple", "cherry"], key=locale.strxfrm))
print(locale.strcoll("a", "b") < 0, locale.strcoll("b", "a") > 0, locale.strcoll("x", "x"))
print(locale.normalize("en_US"), locale.normalize("de_DE.utf8"), locale.normalize("C"))
print(locale.getlocale(locale.LC_NUMERIC))
print(locale.nl_langinfo(locale.CODESET) in ("ANSI_X3.4-1968", "UTF-8"))
print(locale.nl_langinfo(locale.RADIXCHAR), repr(locale.nl_langinfo(locale.THOUSEP)))
print(locale.nl_langinfo(locale.D_FMT), locale.nl_langinfo(locale.DAY_1), locale.nl_langinfo(locale.MON_12))
print(locale.LC_CTYPE != locale.LC_NUMERIC, isinstance(locale.LC_ALL, int))
try:
    locale.setlocale(locale.LC_ALL, "xx_NOT_A_LOCALE")
except locale.Error as e:
    print("locale.Error:", e)
try:
    locale.atoi("12a")
except ValueError as e:
    print("ValueError:", e)
print(locale.setlocale(locale.LC_ALL, None))
