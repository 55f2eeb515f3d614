using System.Globalization;

namespace Herthon.Runtime;

/// <summary>An instance of unicodedata.UCD: the database as of an older Unicode version (only
/// ucd_3_2_0 exists, for idna and stringprep, which must follow Unicode 3.2).</summary>
public sealed class PyUcd(string version) : PyObject
{
    public readonly string Version = version;
    public override PyType Type => Unicodedata.UcdType;
}

/// <summary>
/// `unicodedata` (Modules/unicodedata.c): Unicode 14.0.0 character properties, names and
/// normalization from <see cref="UnicodeDatabase"/>. The functions are also methods of
/// ucd_3_2_0, where characters Unicode 3.2 had not assigned behave as unassigned.
/// </summary>
public static class Unicodedata
{
    private static readonly (string Name, Func<bool, PyObject[], string[]?, PyObject> Fn)[] Functions =
    [
        ("decimal", static (v32, a, kw) => Number("decimal", v32, a, kw, "not a decimal", 'D')),
        ("digit", static (v32, a, kw) => Number("digit", v32, a, kw, "not a digit", 'd')),
        ("numeric", static (v32, a, kw) => Number("numeric", v32, a, kw, "not a numeric character", 'N')),
        ("category", static (v32, a, kw) => PyStr.From(UnicodeDatabase.Categories[Record("category", v32, a, kw).Category])),
        ("bidirectional", static (v32, a, kw) => PyStr.From(UnicodeDatabase.BidiNames[Record("bidirectional", v32, a, kw).Bidi])),
        ("combining", static (v32, a, kw) => PyInt.From(Record("combining", v32, a, kw).Combining)),
        ("mirrored", static (v32, a, kw) => PyInt.From(Record("mirrored", v32, a, kw).Mirrored ? 1 : 0)),
        ("east_asian_width", static (v32, a, kw) => PyStr.From(UnicodeDatabase.WidthNames[Record("east_asian_width", v32, a, kw).Width])),
        ("decomposition", static (v32, a, kw) => Decomposition(v32, a, kw)),
        ("is_normalized", static (v32, a, kw) => Normalization("is_normalized", v32, a, kw)),
        ("normalize", static (v32, a, kw) => Normalization("normalize", v32, a, kw)),
        ("name", static (v32, a, kw) => Name(v32, a, kw)),
        ("lookup", static (v32, a, kw) => Lookup(v32, a, kw)),
    ];

    // After Functions: static fields initialize in order.
    public static readonly PyType UcdType = MakeUcdType();

    public static PyModule Create()
    {
        var db = UnicodeDatabase.Instance;
        var m = new PyModule("unicodedata");
        m.Add("unidata_version", PyStr.From(UnicodeDatabase.Version));
        m.Add("UCD", UcdType);
        m.Add("ucd_3_2_0", new PyUcd("3.2.0"));
        foreach (var (name, fn) in Functions) m.AddFunction(name, (a, kw) => fn(false, a.ToArray(), kw));
        GC.KeepAlive(db);
        return m;
    }

    private static PyType MakeUcdType()
    {
        var t = new PyType("UCD", [TypeObjects.Object], true) { Module = "unicodedata", IsFinal = true };
        t.ComputeMro();
        t.New = static (cls, a, kw) => throw Errors.TypeError("cannot create 'unicodedata.UCD' instances");
        t.TypeDict["unidata_version"] = new PyGetSetDescriptor("unidata_version", o => PyStr.From(((PyUcd)o).Version));
        foreach (var (name, fn) in Functions)
            t.SetMethod(name, (a, kw) =>
            {
                if (a.Length == 0 || a[0] is not PyUcd) throw Errors.TypeError($"descriptor '{name}' requires a 'unicodedata.UCD' object");
                return fn(true, a[1..].ToArray(), kw);
            });
        return t;
    }

    /// <summary>The code point of a one-character str argument (CPython's "C" argument format).</summary>
    private static int Char(string what, PyObject o)
    {
        if (o is PyStr s && s.CodePointLength == 1) return s.HasAstral ? s.CodePoints[0] : s.V[0];
        throw Errors.TypeError($"{what} must be a unicode character, not {Ops.TypeName(o)}");
    }

    private static UnicodeDatabase.Record Record(string name, bool v32, PyObject[] a, string[]? kw)
    {
        Args.Count((v32 ? "" : "unicodedata.") + name, a, kw, 1, 1);
        var rec = UnicodeDatabase.Instance.Get(Char($"{name}() argument", a[0]));
        return v32 && !rec.In32 ? default : rec;
    }

    private static bool Assigned(int cp, bool v32) => !v32 || UnicodeDatabase.Instance.Get(cp).In32;

    private static PyObject Number(string name, bool v32, PyObject[] a, string[]? kw, string error, char kind)
    {
        Args.Count(name, a, kw, 1, 2);
        int cp = Char($"{name}() argument 1", a[0]);
        if (Assigned(cp, v32) && UnicodeDatabase.Instance.Numeric(cp) is var (type, value))
        {
            // decimal() takes Decimal only, digit() Decimal and Digit, numeric() all three.
            if (kind == 'N') return new PyFloat(value);
            if (type == 'D' || (kind == 'd' && type == 'd')) return PyInt.From((long)value);
        }
        if (a.Length == 2) return a[1];
        throw Errors.ValueError(error);
    }

    private static PyObject Decomposition(bool v32, PyObject[] a, string[]? kw)
    {
        Args.Count((v32 ? "" : "unicodedata.") + "decomposition", a, kw, 1, 1);
        int cp = Char("decomposition() argument", a[0]);
        if (!Assigned(cp, v32) || UnicodeDatabase.Instance.Decomposition(cp) is not var (tag, to)) return PyStr.Empty;
        var sb = new System.Text.StringBuilder();
        if (tag is not null) sb.Append('<').Append(tag).Append('>');
        foreach (var c in to) (sb.Length > 0 ? sb.Append(' ') : sb).Append(c.ToString("X4", CultureInfo.InvariantCulture));
        return PyStr.From(sb.ToString());
    }

    private static PyObject Normalization(string name, bool v32, PyObject[] a, string[]? kw)
    {
        Args.Count(name, a, kw, 2, 2);
        if (a[0] is not PyStr form) throw Errors.TypeError($"{name}() argument 1 must be str, not {Ops.TypeName(a[0])}");
        if (a[1] is not PyStr s) throw Errors.TypeError($"{name}() argument 2 must be str, not {Ops.TypeName(a[1])}");
        bool compose, compat;
        switch (form.V)
        {
            case "NFC": compose = true; compat = false; break;
            case "NFKC": compose = true; compat = true; break;
            case "NFD": compose = false; compat = false; break;
            case "NFKD": compose = false; compat = true; break;
            default: throw Errors.ValueError("invalid normalization form");
        }
        var result = Normalize(s, compose, compat, v32);
        if (name == "is_normalized") return PyBool.From(result == s.V);
        return result == s.V && s.Sub is null ? s : PyStr.From(result);
    }

    /// <summary>The normal form of a str; ASCII text is in every normal form.</summary>
    public static string Normalize(PyStr s, bool compose, bool compat, bool v32 = false)
    {
        if (System.Text.Ascii.IsValid(s.V)) return s.V;
        int[] cps = s.HasAstral ? s.CodePoints : CodePointsOf(s.V);
        return PyStr.FromCodePoints(UnicodeDatabase.Instance.Normalize(cps, compose, compat, v32));
    }

    private static int[] CodePointsOf(string s)
    {
        var cps = new int[s.Length];
        for (int i = 0; i < s.Length; i++) cps[i] = s[i];
        return cps;
    }

    private static PyObject Name(bool v32, PyObject[] a, string[]? kw)
    {
        Args.Count("name", a, kw, 1, 2);
        int cp = Char("name() argument 1", a[0]);
        if (Assigned(cp, v32) && UnicodeDatabase.Instance.Name(cp) is { } n) return PyStr.From(n);
        if (a.Length == 2) return a[1];
        throw Errors.ValueError("no such name");
    }

    private static PyObject Lookup(bool v32, PyObject[] a, string[]? kw)
    {
        Args.Count((v32 ? "" : "unicodedata.") + "lookup", a, kw, 1, 1);
        string name = a[0] switch
        {
            PyStr s => s.V,
            PyBytes b => System.Text.Encoding.Latin1.GetString(b.V),
            _ => throw Errors.TypeError($"a bytes-like object is required, not '{Ops.TypeName(a[0])}'"),
        };
        if (name.Length > 256) throw Errors.KeyError("name too long");
        var db = UnicodeDatabase.Instance;
        int cp = db.Code(name, aliases: !v32);
        if (cp >= 0 && Assigned(cp, v32)) return PyStr.From(Formatter.CodePointString(cp));
        // Named sequences (several code points) are found by lookup() but not by \N{...}.
        if (!v32 && db.NamedSequence(name) is { } seq) return PyStr.From(seq);
        throw Errors.KeyError($"undefined character name '{name}'");
    }

    /// <summary>The text of \N{name} (names and aliases, not named sequences), or null.</summary>
    public static string? CharacterNamed(string name)
    {
        if (name.Length > 256) return null;
        int cp = UnicodeDatabase.Instance.Code(name, aliases: true);
        return cp < 0 ? null : Formatter.CodePointString(cp);
    }
}
