using System.Runtime.InteropServices;

namespace Herthon.Runtime;

/// <summary>
/// The `_locale` module over glibc: setlocale, localeconv, nl_langinfo, strcoll/strxfrm (on wide
/// strings, as CPython). Without it locale.py falls back to an emulation whose C-locale answers
/// differ from CPython's (grouping [127], no nl_langinfo).
/// </summary>
public static unsafe class LocaleModule
{
    private const string Libc = "libc";
    [DllImport(Libc)] private static extern byte* setlocale(int category, byte* locale);
    [DllImport(Libc)] private static extern byte* localeconv();
    [DllImport(Libc)] private static extern byte* nl_langinfo(int item);
    [DllImport(Libc)] private static extern int wcscoll(int* a, int* b);
    [DllImport(Libc)] private static extern nuint wcsxfrm(int* dest, int* src, nuint n);

    private const int CharMax = 127;
    private static PyType? s_error;

    private static readonly (string Name, int Value)[] s_categories =
        [("LC_CTYPE", 0), ("LC_TIME", 2), ("LC_COLLATE", 3), ("LC_MONETARY", 4), ("LC_MESSAGES", 5), ("LC_NUMERIC", 1), ("LC_ALL", 6)];

    // glibc's nl_item values, the ones CPython's _locale exports (in its order).
    private static readonly (string Name, int Value)[] s_langinfo =
    [
        ("DAY_1", 0x20007), ("DAY_2", 0x20008), ("DAY_3", 0x20009), ("DAY_4", 0x2000A), ("DAY_5", 0x2000B), ("DAY_6", 0x2000C), ("DAY_7", 0x2000D),
        ("ABDAY_1", 0x20000), ("ABDAY_2", 0x20001), ("ABDAY_3", 0x20002), ("ABDAY_4", 0x20003), ("ABDAY_5", 0x20004), ("ABDAY_6", 0x20005), ("ABDAY_7", 0x20006),
        ("MON_1", 0x2001A), ("MON_2", 0x2001B), ("MON_3", 0x2001C), ("MON_4", 0x2001D), ("MON_5", 0x2001E), ("MON_6", 0x2001F),
        ("MON_7", 0x20020), ("MON_8", 0x20021), ("MON_9", 0x20022), ("MON_10", 0x20023), ("MON_11", 0x20024), ("MON_12", 0x20025),
        ("ABMON_1", 0x2000E), ("ABMON_2", 0x2000F), ("ABMON_3", 0x20010), ("ABMON_4", 0x20011), ("ABMON_5", 0x20012), ("ABMON_6", 0x20013),
        ("ABMON_7", 0x20014), ("ABMON_8", 0x20015), ("ABMON_9", 0x20016), ("ABMON_10", 0x20017), ("ABMON_11", 0x20018), ("ABMON_12", 0x20019),
        ("RADIXCHAR", 0x10000), ("THOUSEP", 0x10001), ("CRNCYSTR", 0x4000F), ("D_T_FMT", 0x20028), ("D_FMT", 0x20029), ("T_FMT", 0x2002A),
        ("AM_STR", 0x20026), ("PM_STR", 0x20027), ("CODESET", 14), ("T_FMT_AMPM", 0x2002B), ("ERA", 0x2002C), ("ERA_D_FMT", 0x2002E),
        ("ERA_D_T_FMT", 0x20030), ("ERA_T_FMT", 0x20031), ("ALT_DIGITS", 0x2002F), ("YESEXPR", 0x50000), ("NOEXPR", 0x50001), ("_DATE_FMT", 0x2006C),
    ];

    public static PyModule Create()
    {
        var m = new PyModule("_locale");
        s_error ??= Errors.ModuleException("Error", "locale", TypeObjects.Exception);
        m.AddFunction("setlocale", static (a, kw) => SetLocale(a, kw));
        m.AddFunction("localeconv", static (a, kw) => { Args.Count("localeconv", a, kw, 0, 0); return LocaleConv(); });
        m.AddFunction("nl_langinfo", static (a, kw) => NlLanginfo(a, kw));
        m.AddFunction("strcoll", static (a, kw) =>
        {
            Args.Count("strcoll", a, kw, 2, 2);
            fixed (int* x = Wide("strcoll", a[0], 1), y = Wide("strcoll", a[1], 2)) return PyInt.From(wcscoll(x, y));
        });
        m.AddFunction("strxfrm", static (a, kw) => { Args.Count("strxfrm", a, kw, 1, 1); return StrXfrm(a[0]); });
        // Herthon always runs in UTF-8 mode (CPython's PEP 540), where this is what CPython answers.
        m.AddFunction("getencoding", static (a, kw) => { Args.Count("getencoding", a, kw, 0, 0); return PyStr.From("utf-8"); });
        foreach (var (name, value) in s_categories) m.Add(name, PyInt.From(value));
        m.Add("CHAR_MAX", PyInt.From(CharMax));
        m.Add("Error", s_error);
        foreach (var (name, value) in s_langinfo) m.Add(name, PyInt.From(value));
        return m;
    }

    private static PyObject SetLocale(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        var s = PosixModule.Bind("setlocale", a, kw, 2, 1, "category", "locale");
        if (s[0] is not PyInt) throw Errors.TypeError($"'{s[0]!.Type.Name}' object cannot be interpreted as an integer");
        long category = Ops.IndexValue(s[0]!);
        if (category is < 0 or > 12) throw Errors.Make(s_error!, "invalid locale category");
        byte* result;
        if (s[1] is null or PyNone) result = setlocale((int)category, null);
        else
        {
            if (s[1] is not PyStr name) throw Errors.TypeError($"setlocale() argument 2 must be str or None, not {s[1]!.Type.Name}");
            if (name.V.Contains('\0')) throw Errors.ValueError("embedded null character");
            fixed (byte* p = (byte[])[.. System.Text.Encoding.UTF8.GetBytes(name.V), 0]) result = setlocale((int)category, p);
            if (result is null) throw Errors.Make(s_error!, "unsupported locale setting");
        }
        if (result is null) throw Errors.Make(s_error!, "locale query failed");
        return Str(result);
    }

    private static PyObject LocaleConv()
    {
        // glibc's struct lconv: ten char* fields, then the char-sized monetary fields.
        byte* lc = localeconv();
        byte** p = (byte**)lc;
        byte* c = lc + 10 * sizeof(nint);
        var d = new PyDict();
        d.SetItem(PyStr.From("int_curr_symbol"), Str(p[3]));
        d.SetItem(PyStr.From("currency_symbol"), Str(p[4]));
        d.SetItem(PyStr.From("mon_decimal_point"), Str(p[5]));
        d.SetItem(PyStr.From("mon_thousands_sep"), Str(p[6]));
        d.SetItem(PyStr.From("mon_grouping"), Grouping(p[7]));
        d.SetItem(PyStr.From("positive_sign"), Str(p[8]));
        d.SetItem(PyStr.From("negative_sign"), Str(p[9]));
        string[] chars = ["int_frac_digits", "frac_digits", "p_cs_precedes", "p_sep_by_space", "n_cs_precedes", "n_sep_by_space", "p_sign_posn", "n_sign_posn"];
        for (int i = 0; i < chars.Length; i++) d.SetItem(PyStr.From(chars[i]), PyInt.From((sbyte)c[i]));
        d.SetItem(PyStr.From("decimal_point"), Str(p[0]));
        d.SetItem(PyStr.From("thousands_sep"), Str(p[1]));
        d.SetItem(PyStr.From("grouping"), Grouping(p[2]));
        return d;
    }

    /// <summary>The grouping bytes up to and including the terminating 0 or CHAR_MAX; [] for "".</summary>
    private static PyList Grouping(byte* s)
    {
        var l = new PyList();
        if (s is null || s[0] == 0) return l;
        int i = -1;
        do
        {
            i++;
            l.Append(PyInt.From((sbyte)s[i]));
        } while (s[i] != 0 && s[i] != CharMax);
        return l;
    }

    private static PyObject NlLanginfo(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        Args.Count("nl_langinfo", a, kw, 1, 1);
        if (a[0] is not PyInt) throw Errors.TypeError($"'{a[0].Type.Name}' object cannot be interpreted as an integer");
        long item = Ops.IndexValue(a[0]);
        foreach (var (_, value) in s_langinfo)
            if (value == item) return Str(nl_langinfo(value));
        throw Errors.ValueError("unsupported langinfo constant");
    }

    private static PyObject StrXfrm(PyObject o)
    {
        var src = Wide("strxfrm", o, 1);
        fixed (int* s = src)
        {
            nuint n = wcsxfrm(null, s, 0);
            var dest = new int[(int)n + 1];
            fixed (int* d = dest) wcsxfrm(d, s, n + 1);
            var sb = new System.Text.StringBuilder((int)n);
            for (int i = 0; i < (int)n; i++) sb.Append(char.ConvertFromUtf32(dest[i]));
            return PyStr.From(sb.ToString());
        }
    }

    /// <summary>A str as a NUL-terminated wchar_t (UTF-32) string.</summary>
    private static int[] Wide(string fn, PyObject o, int argno)
    {
        if (o is not PyStr s) throw Errors.TypeError($"{fn}() argument {argno} must be str, not {o.Type.Name}");
        if (s.V.Contains('\0')) throw Errors.ValueError("embedded null character");
        var l = new List<int>(s.V.Length + 1);
        foreach (var r in s.V.EnumerateRunes()) l.Add(r.Value);
        l.Add(0);
        return l.ToArray();
    }

    private static PyStr Str(byte* p) => PyStr.From(PosixModule.FsDecode(PosixNative.CString(p)));
}
