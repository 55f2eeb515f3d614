using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace Herthon.Runtime;

public static class StrMethods
{
    private static string S(ReadOnlySpan<PyObject> a) => ((PyStr)a[0]).V;
    private static PyStr PS(ReadOnlySpan<PyObject> a) => (PyStr)a[0];

    /// <summary>Python's code points of s (pairs joined, lone surrogates kept).</summary>
    private static int[] CodePointsOf(PyStr s)
    {
        if (s.HasAstral) return s.CodePoints;
        var cps = new int[s.V.Length];
        for (int i = 0; i < cps.Length; i++) cps[i] = s.V[i];
        return cps;
    }
    private static string Arg(ReadOnlySpan<PyObject> a, int i, string fname) =>
        a[i] is PyStr s ? s.V : throw Errors.TypeError($"{fname} arg must be None or str");

    private static bool IsSpace(string s)
    {
        foreach (char c in s) if (!IsPySpace(c)) return false;
        return s.Length > 0;
    }

    /// <summary>CPython's Py_UNICODE_ISSPACE: \t-\r, \x1c-\x1f and ' ' in ASCII, the Unicode
    /// whitespace above it (\x85, \xa0, ...). Inlined into split/strip's scans: ASCII text takes
    /// two compares per character.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsPySpace(char c) =>
        c <= ' ' ? c == ' ' || (uint)(c - '\t') <= '\r' - '\t' || (uint)(c - '\x1c') <= 3 : c > 127 && char.IsWhiteSpace(c);

    private static void ArityStartsEnds(string name, ReadOnlySpan<PyObject> a, string[]? kw)
    {
        if (kw is { Length: > 0 }) Args.NoKw("str." + name, kw);
        int n = a.Length - 1;
        if (n < 1) throw Errors.TypeError($"{name}() takes at least 1 argument ({n} given)");
        if (n > 3) throw Errors.TypeError($"{name}() takes at most 3 arguments ({n} given)");
    }

    /// <summary>Unicode titlecase of one char: the Latin digraphs have a titlecase form distinct from upper.</summary>
    public static string ToTitle(char c) => c switch
    {
        '\u01C4' or '\u01C5' or '\u01C6' => "\u01C5",
        '\u01C7' or '\u01C8' or '\u01C9' => "\u01C8",
        '\u01CA' or '\u01CB' or '\u01CC' => "\u01CB",
        '\u01F1' or '\u01F2' or '\u01F3' => "\u01F2",
        _ => char.ToUpperInvariant(c).ToString(),
    };

    /// <summary>CPython's "cased" characters: upper, lower or titlecase letters.</summary>
    public static bool IsCased(char c) => char.IsUpper(c) || char.IsLower(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.TitlecaseLetter;

    /// <summary>`str(obj)` of one object: Ops.StrObject (an exact str is itself, a __str__'s result
    /// as it is, a str subclass's instance included, as CPython; anything else a new str of Ops.Str). str.__new__'s one-argument case and the loop's direct
    /// `str(x)` call (Interpreter.TypeCall1) both answer through here.</summary>
    internal static PyObject StrOf(PyObject obj) => Ops.StrObject(obj);

    public static void Install(PyType t)
    {
        t.New = static (cls, a, kw) =>
        {
            int npos = Args.Positional(a, kw);
            if (npos == 0 && kw is null) return PyStr.Empty;
            if (a.Length > 3) throw Errors.TypeError($"str() takes at most 3 arguments ({a.Length} given)");
            var obj = npos > 0 ? a[0] : Args.Kw(a, kw, "object") ?? PyStr.Empty;
            var enc = npos > 1 ? a[1] : Args.Kw(a, kw, "encoding");
            if (enc is not null || npos > 2 || Args.Kw(a, kw, "errors") is not null)   // errors alone decodes too (as UTF-8)
            {
                var errors = npos > 2 ? Ops.Str(a[2]) : (Args.Kw(a, kw, "errors") is { } er ? Ops.Str(er) : "strict");
                return PyStr.From(BytesMethods.Decode(BytesMethods.AsBytes(obj), enc is null ? "utf-8" : Ops.Str(enc), errors));
            }
            return StrOf(obj);
        };
        // Case mappings make a new str even of one character (CPython builds them with
        // PyUnicode_New, not through the shared Latin-1 strs); only the empty str is shared.
        t.SetMethod("upper", static (a, kw) => Upper(S(a)));
        t.SetMethod("lower", static (a, kw) => Lower(S(a)));
        t.SetMethod("casefold", static (a, kw) => PyStr.New(SpecialCasing.Map(S(a), static x => x.ToLowerInvariant(), SpecialCasing.FoldAll)));
        t.SetMethod("swapcase", static (a, kw) => PyStr.New(StrCase.Swapcase(S(a))));
        t.SetMethod("capitalize", static (a, kw) => PyStr.New(StrCase.Capitalize(S(a))));
        t.SetMethod("title", static (a, kw) => PyStr.New(StrCase.Title(S(a))));
        t.SetMethod("strip", static (a, kw) => Stripped(PS(a), Strip(S(a), a.Length > 1 && a[1] is not PyNone ? Arg(a, 1, "strip") : null, true, true)));
        t.SetMethod("lstrip", static (a, kw) => Stripped(PS(a), Strip(S(a), a.Length > 1 && a[1] is not PyNone ? Arg(a, 1, "lstrip") : null, true, false)));
        t.SetMethod("rstrip", static (a, kw) => Stripped(PS(a), Strip(S(a), a.Length > 1 && a[1] is not PyNone ? Arg(a, 1, "rstrip") : null, false, true)));
        t.SetMethod("split", static (a, kw) => Split(a, kw, fromRight: false));
        t.SetMethod("rsplit", static (a, kw) => Split(a, kw, fromRight: true));
        t.SetMethod("splitlines", static (a, kw) =>
        {
            bool keep = (a.Length > 1 ? a[1] : Args.Kw(a, kw, "keepends")) is { } k && Ops.Truth(k);
            var s = S(a);
            var r = new PyList();
            int i = 0;
            while (i < s.Length)
            {
                int j = i;
                while (j < s.Length && s[j] is not ('\n' or '\r' or '\x0b' or '\x0c' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029')) j++;
                int eol = j;
                if (j < s.Length) { j += (s[j] == '\r' && j + 1 < s.Length && s[j + 1] == '\n') ? 2 : 1; }
                r.Append(PyStr.From(s[i..(keep ? j : eol)]));
                i = j;
            }
            return r;
        });
        t.SetMethod("join", static (a, kw) =>
        {
            Args.Method("str.join", a, kw, 1, 1);
            if (JoinDirect(S(a), a[1]) is { } joined) return joined;
            List<PyObject> items;
            if (a[1] is PyList or PyTuple) items = Ops.ToList(a[1]);
            else
            {
                var it = Ops.GetIterOrNull(a[1]) ?? throw Errors.TypeError("can only join an iterable");
                items = [];
                while (it.Next() is { } x) items.Add(x);
            }
            var parts = new string[items.Count];
            for (int i = 0; i < parts.Length; i++)
                parts[i] = items[i] is PyStr ps ? ps.V : throw Errors.TypeError($"sequence item {i}: expected str instance, {items[i].Type.Name} found");
            return PyStr.From(string.Join(S(a), parts));
        });
        t.SetMethod("replace", static (a, kw) =>
        {
            Args.Method("replace", a, kw, 2, 3);
            var s = S(a); var old = Arg(a, 1, "replace"); var nw = Arg(a, 2, "replace");
            long count = a.Length > 3 ? Ops.IndexValue(a[3]) : -1;
            if (count == 0 || (old.Length > 0 && StrSearch.IndexOf(s, old, 0) < 0)) return Stripped(PS(a), s);
            if (old.Length == 0) return count < 0 ? Stripped(PS(a), InsertBetween(s, nw, -1)) : PyStr.From(InsertBetween(s, nw, count));
            if (count < 0 && !StrSearch.CanSplitPair(old)) return PyStr.From(s.Replace(old, nw, StringComparison.Ordinal));
            if (count < 0) count = long.MaxValue;
            var sb = new StringBuilder();
            int pos = 0;
            while (count-- > 0)
            {
                int k = StrSearch.IndexOf(s, old, pos);
                if (k < 0) break;
                sb.Append(s, pos, k - pos).Append(nw);
                pos = k + old.Length;
            }
            sb.Append(s, pos, s.Length - pos);
            return PyStr.From(sb.ToString());
        });
        t.SetMethod("find", static (a, kw) => PyInt.From(Find(a, "find", fromRight: false)));
        t.SetMethod("rfind", static (a, kw) => PyInt.From(Find(a, "rfind", fromRight: true)));
        t.SetMethod("index", static (a, kw) => { long r = Find(a, "index", false); if (r < 0) throw Errors.ValueError("substring not found"); return PyInt.From(r); });
        t.SetMethod("rindex", static (a, kw) => { long r = Find(a, "rindex", true); if (r < 0) throw Errors.ValueError("substring not found"); return PyInt.From(r); });
        t.SetMethod("count", static (a, kw) =>
        {
            var s = S(a); var sub = Arg(a, 1, "count");
            Range(a, PS(a), out int start, out int end);
            if (end < start) return PyInt.From(0);
            if (sub.Length == 0) return PyInt.From(PS(a).CodePointIndex(end) - PS(a).CodePointIndex(start) + 1);
            long c = 0; int pos = start;
            while (true)
            {
                int k = StrSearch.IndexOf(s, sub, pos, end);
                if (k < 0) break;
                c++; pos = k + sub.Length;
            }
            return PyInt.From(c);
        });
        // One str argument, no start/end: the whole text is the window (no range, no tuple test).
        t.SetMethod("startswith", static (a, kw) =>
        {
            if (a.Length == 2 && kw is null && a[1] is PyStr p) return PyBool.From(Affix(S(a), 0, S(a), p.V, true));
            ArityStartsEnds("startswith", a, kw); return PyBool.From(StartsEnds(a, true));
        });
        t.SetMethod("endswith", static (a, kw) =>
        {
            if (a.Length == 2 && kw is null && a[1] is PyStr p) return PyBool.From(Affix(S(a), 0, S(a), p.V, false));
            ArityStartsEnds("endswith", a, kw); return PyBool.From(StartsEnds(a, false));
        });
        t.SetMethod("isdigit", static (a, kw) => PyBool.From(StrProperties.IsDigit(S(a))));
        t.SetMethod("isdecimal", static (a, kw) => PyBool.From(StrProperties.IsDecimal(S(a))));
        t.SetMethod("isnumeric", static (a, kw) => PyBool.From(StrProperties.IsNumeric(S(a))));
        t.SetMethod("isalpha", static (a, kw) => PyBool.From(StrProperties.IsAlpha(S(a))));
        t.SetMethod("isalnum", static (a, kw) => PyBool.From(StrProperties.IsAlnum(S(a))));
        t.SetMethod("isspace", static (a, kw) => PyBool.From(IsSpace(S(a))));
        t.SetMethod("isascii", static (a, kw) => PyBool.From(System.Text.Ascii.IsValid(S(a))));
        t.SetMethod("isidentifier", static (a, kw) => PyBool.From(StrProperties.IsIdentifier(S(a))));
        t.SetMethod("isprintable", static (a, kw) => PyBool.From(StrProperties.IsPrintable(S(a))));
        t.SetMethod("islower", static (a, kw) => PyBool.From(StrProperties.IsCase(S(a), lower: true)));
        t.SetMethod("isupper", static (a, kw) => PyBool.From(StrProperties.IsCase(S(a), lower: false)));
        t.SetMethod("istitle", static (a, kw) => PyBool.From(StrProperties.IsTitle(S(a))));
        t.SetMethod("center", static (a, kw) => Pad(a, "center"));
        t.SetMethod("ljust", static (a, kw) => Pad(a, "ljust"));
        t.SetMethod("rjust", static (a, kw) => Pad(a, "rjust"));
        t.SetMethod("zfill", static (a, kw) =>
        {
            var s = S(a); int w = (int)Ops.IndexValue(a[1]);
            int len = PS(a).CodePointLength;
            if (len >= w) return Stripped(PS(a), s);
            int signLen = s.Length > 0 && s[0] is '+' or '-' ? 1 : 0;
            return PyStr.From(s[..signLen] + new string('0', w - len) + s[signLen..]);
        });
        t.SetMethod("partition", static (a, kw) =>
        {
            var s = S(a); var sep = Arg(a, 1, "partition");
            if (sep.Length == 0) throw Errors.ValueError("empty separator");
            int k = StrSearch.IndexOf(s, sep, 0);
            // As CPython: not found gives the str itself (a subclass instance too); found, the
            // separator argument itself between two new substrings.
            return k < 0 ? PyTuple.Of(a[0], PyStr.Empty, PyStr.Empty) : PyTuple.Of(PyStr.Slice(s, 0, k), a[1], PyStr.Slice(s, k + sep.Length, s.Length));
        });
        t.SetMethod("rpartition", static (a, kw) =>
        {
            var s = S(a); var sep = Arg(a, 1, "rpartition");
            if (sep.Length == 0) throw Errors.ValueError("empty separator");
            int k = StrSearch.LastIndexOf(s, sep, 0, s.Length);
            return k < 0 ? PyTuple.Of(PyStr.Empty, PyStr.Empty, a[0]) : PyTuple.Of(PyStr.Slice(s, 0, k), a[1], PyStr.Slice(s, k + sep.Length, s.Length));
        });
        t.SetMethod("removeprefix", static (a, kw) => { var s = S(a); var p = Arg(a, 1, "removeprefix"); return Stripped(PS(a), s.StartsWith(p, StringComparison.Ordinal) ? s[p.Length..] : s); });
        t.SetMethod("removesuffix", static (a, kw) => { var s = S(a); var p = Arg(a, 1, "removesuffix"); return Stripped(PS(a), p.Length > 0 && s.EndsWith(p, StringComparison.Ordinal) ? s[..^p.Length] : s); });
        t.SetMethod("expandtabs", static (a, kw) =>
        {
            int ts = a.Length > 1 ? (int)Ops.IndexValue(a[1]) : 8;
            if (!S(a).Contains('\t')) return Stripped(PS(a), S(a));
            var sb = new StringBuilder(); int col = 0;
            foreach (var c in S(a))
            {
                if (c == '\t') { int n = ts > 0 ? ts - col % ts : 0; sb.Append(' ', n); col += n; }
                else { sb.Append(c); col = c is '\n' or '\r' ? 0 : char.IsLowSurrogate(c) ? col : col + 1; } // a surrogate pair is one column
            }
            return PyStr.From(sb.ToString());
        });
        t.SetMethod("encode", static (a, kw) =>
        {
            var enc = (a.Length > 1 ? a[1] : Args.Kw(a, kw, "encoding")) is { } e ? Ops.Str(e) : "utf-8";
            var errors = (a.Length > 2 ? a[2] : Args.Kw(a, kw, "errors")) is { } er ? Ops.Str(er) : "strict";
            return new PyBytes(Codecs.Encode(a[0] as PyStr ?? PyStr.From(S(a)), enc, errors));
        });
        t.SetMethod("__getnewargs__", static (a, kw) => { Args.Method("str.__getnewargs__", a, kw, 0, 0); return PyTuple.Of(PyStr.From(S(a))); });
        t.SetMethod("format", static (a, kw) => StrFormat.Format(S(a), a[1..], kw));
        t.SetMethod("format_map", static (a, kw) => StrFormat.FormatMap(S(a), a[1]));
        t.SetMethod("translate", static (a, kw) =>
        {
            var sb = new StringBuilder();
            foreach (int cp in CodePointsOf(PS(a)))
            {
                PyObject? r;
                try { r = Ops.GetItem(a[1], PyInt.From(cp)); }
                catch (PyException e) when (e.Value.Type.IsSubtypeOf(TypeObjects.LookupError)) { sb.Append(Formatter.CodePointString(cp)); continue; }
                if (r is PyNone) continue;
                if (r is PyInt ri) sb.Append(Formatter.CodePointString((int)ri.V));
                else sb.Append(Ops.Str(r));
            }
            return PyStr.From(sb.ToString());
        });
        t.TypeDict["maketrans"] = new PyStaticMethod(new PyBuiltinFunction("maketrans", static (a, kw) =>
        {
            if (kw is { Length: > 0 }) throw Errors.TypeError("maketrans() takes no keyword arguments");
            if (a.Length == 0) throw Errors.TypeError("maketrans expected at least 1 argument, got 0");
            if (a.Length > 3) throw Errors.TypeError($"maketrans expected at most 3 arguments, got {a.Length}");
            var d = new PyDict();
            if (a.Length == 1)
            {
                if (a[0] is not PyDict table) throw Errors.TypeError("if you give only one argument to maketrans it must be a dict");
                foreach (var kv in table.Items())
                {
                    PyObject key = kv.Key switch
                    {
                        PyStr ks when ks.CodePointLength == 1 => PyInt.From(ks.CodePoints[0]),
                        PyStr => throw Errors.ValueError("string keys in translate table must be of length 1"),
                        PyInt ki => ki,
                        _ => throw Errors.TypeError("keys in translate table must be strings or integers"),
                    };
                    d.SetItem(key, kv.Value);
                }
                return d;
            }
            static PyStr Arg(PyObject o, int i) => o as PyStr ?? throw Errors.TypeError($"maketrans() argument {i + 1} must be str, not {o.Type.Name}");
            // Argument Clinic checks y (and z) first; x is any object until a second argument makes it a string.
            var y = Arg(a[1], 1).CodePoints;
            var z = a.Length > 2 ? Arg(a[2], 2).CodePoints : [];
            var x = (a[0] as PyStr ?? throw Errors.TypeError("first maketrans argument must be a string if there is a second argument")).CodePoints;
            if (x.Length != y.Length) throw Errors.ValueError("the first two maketrans arguments must have equal length");
            for (int i = 0; i < x.Length; i++) d.SetItem(PyInt.From(x[i]), PyInt.From(y[i]));
            foreach (var c in z) d.SetItem(PyInt.From(c), PyNone.Instance);
            return d;
        }));
        t.SetMethod("__len__", static (a, kw) => PyInt.From(PS(a).CodePointLength));
        t.SetMethod("__getitem__", static (a, kw) => Ops.GetItemNative(a[0], a[1]));
        t.SetMethod("__contains__", static (a, kw) => PyBool.From(Ops.ContainsNative(a[0], a[1])));
        t.SetMethod("__iter__", static (a, kw) => Ops.GetIter(PyStr.From(S(a))));
        t.SetMethod("__add__", static (a, kw) => a[1] is PyStr ? Ops.BinaryNative(a[0], a[1], BinaryOp.Add) : PyNotImplemented.Instance);
        t.SetMethod("__mul__", static (a, kw) => Ops.BinaryNative(a[0], a[1], BinaryOp.Mul));
        t.SetMethod("__mod__", static (a, kw) => Ops.BinaryNative(a[0], a[1], BinaryOp.Mod));
        t.SetMethod("__eq__", static (a, kw) => a[1] is PyStr s2 ? PyBool.From(S(a) == s2.V) : PyNotImplemented.Instance);
        t.SetMethod("__lt__", static (a, kw) => a[1] is PyStr s2 ? PyBool.From(PyStr.Compare(S(a), s2.V) < 0) : PyNotImplemented.Instance);
        t.SetMethod("__hash__", static (a, kw) => PyInt.From(((PyStr)a[0]).Hash()));
        t.SetMethod("__str__", static (a, kw) => a[0]);
        t.SetMethod("__repr__", static (a, kw) => PyStr.From(Ops.ReprNative(a[0])));
        t.SetMethod("__format__", static (a, kw) => PyStr.From(Formatter.FormatStr(S(a), Ops.AsString(a[1], "format"))));
    }

    private static string InsertBetween(string s, string nw, long count)
    {
        var sb = new StringBuilder();
        long n = 0;
        if (count != 0) { sb.Append(nw); n++; }
        for (int i = 0; i < s.Length; i++)
        {
            sb.Append(s[i]);
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) sb.Append(s[++i]); // one code point
            if (count < 0 || n < count) { sb.Append(nw); n++; }
        }
        return sb.ToString();
    }

    /// <summary>str.join of an exact list or tuple of exact strs: one string built in place, without
    /// the intermediate list and array; null for anything else (the general path, its errors).</summary>
    internal static PyStr? JoinDirect(string sep, PyObject iterable)
    {
        ReadOnlySpan<PyObject> items;
        if (iterable is PyList { Sub: null } l) items = l.AsSpan();
        else if (iterable is PyTuple { Sub: null } t) items = t.Items;
        else return null;
        if (items.Length == 1 && items[0] is PyStr { Sub: null } only) return only;   // as CPython: the item itself
        long length = (long)sep.Length * Math.Max(items.Length - 1, 0);
        foreach (var x in items)
        {
            if (x is not PyStr { Sub: null } xs) return null;
            length += xs.V.Length;
        }
        if (length > int.MaxValue) return null;
        if (length == 0) return PyStr.Empty;
        var result = string.Create((int)length, new JoinParts(sep, items), static (span, st) =>
        {
            // Every item was checked to be an exact str above, and no Python code runs in between,
            // so the lengths summed there are the lengths copied here. One- and few-character parts
            // (json's and wordfreq's `"".join(parts)` of characters) are stored directly: a Memmove
            // call per part was 45 % of a join of one-character parts.
            ref char d = ref MemoryMarshal.GetReference(span);
            var items = st.Items;
            string sep = st.Sep;
            int at = Put(ref d, 0, Unsafe.As<PyStr>(items[0]).V);
            if (sep.Length == 0)
                for (int i = 1; i < items.Length; i++) at = Put(ref d, at, Unsafe.As<PyStr>(items[i]).V);
            else if (sep.Length == 1)
            {
                char c = sep[0];
                for (int i = 1; i < items.Length; i++)
                {
                    Unsafe.Add(ref d, at) = c;
                    at = Put(ref d, at + 1, Unsafe.As<PyStr>(items[i]).V);
                }
            }
            else
                for (int i = 1; i < items.Length; i++) at = Put(ref d, Put(ref d, at, sep), Unsafe.As<PyStr>(items[i]).V);
        });
        return PyStr.From(result);
    }

    /// <summary>Copies v to d[at..] and returns the index after it (JoinDirect's fill).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Put(ref char d, int at, string v)
    {
        int n = v.Length;
        ref char src = ref MemoryMarshal.GetReference(v.AsSpan());
        if (n <= 4)
        {
            if (n == 1) Unsafe.Add(ref d, at) = src;
            else for (int k = 0; k < n; k++) Unsafe.Add(ref d, at + k) = Unsafe.Add(ref src, k);
        }
        else Unsafe.CopyBlockUnaligned(ref Unsafe.As<char, byte>(ref Unsafe.Add(ref d, at)), ref Unsafe.As<char, byte>(ref src), (uint)n * 2);
        return at + n;
    }

    private readonly ref struct JoinParts(string sep, ReadOnlySpan<PyObject> items)
    {
        public readonly string Sep = sep;
        public readonly ReadOnlySpan<PyObject> Items = items;
    }

    /// <summary>str.lower/upper of ASCII text without a character to change: a new str on the same
    /// text; of other ASCII text, mapped in one pass; null when there is non-ASCII text (the Unicode path).</summary>
    private const int ShortCase = 64;

    private static PyStr? AsciiCase(string s, bool upper)
    {
        if (s.Length == 1)
        {
            char c = s[0];
            if (c >= 128) return null;
            // A new str on the shared one's text: one 32-byte object, no string.
            return new PyStr(PyStr.FromChar(upper ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c)).V);
        }
        int first = -1;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c >= 128) return null;
            if (first < 0 && (upper ? char.IsAsciiLetterLower(c) : char.IsAsciiLetterUpper(c))) first = i;
        }
        if (first < 0) return s.Length == 0 ? PyStr.Empty : new PyStr(s);
        if (s.Length <= ShortCase)
        {
            // A short word (str_dict's, wordfreq's): mapped here from the first changed character
            // into a stack buffer and copied once, without String.Create's delegate and its shared
            // generic state (String.Create<ValueTuple<__Canon, bool>>: 1.2 % of str_dict's profile).
            Span<char> buf = stackalloc char[ShortCase];
            buf = buf[..s.Length];
            s.AsSpan(0, first).CopyTo(buf);
            if (upper)
                for (int i = first; i < s.Length; i++) { char c = s[i]; buf[i] = char.IsAsciiLetterLower(c) ? (char)(c - 32) : c; }
            else
                for (int i = first; i < s.Length; i++) { char c = s[i]; buf[i] = char.IsAsciiLetterUpper(c) ? (char)(c + 32) : c; }
            return new PyStr(new string(buf));
        }
        return new PyStr(string.Create(s.Length, (s, upper), static (span, st) =>
        {
            if (st.upper) System.Text.Ascii.ToUpper(st.s, span, out _);
            else System.Text.Ascii.ToLower(st.s, span, out _);
        }));
    }

    internal static PyStr Upper(string s) => AsciiCase(s, upper: true) ?? PyStr.New(SpecialCasing.Map(s, static x => x.ToUpperInvariant(), SpecialCasing.Upper));
    internal static PyStr Lower(string s) => AsciiCase(s, upper: false) ?? PyStr.New(StrCase.Lower(s));

    /// <summary>strip/lstrip/rstrip of an exact str with no argument or a str one (DirectMethods);
    /// null for any other argument (the method's body gives its TypeError).</summary>
    internal static PyStr? StripDirect(PyStr self, PyObject? chars, bool left, bool right)
    {
        string? c = null;
        if (chars is not null and not PyNone)
        {
            if (chars.GetType() != typeof(PyStr)) return null;
            c = Unsafe.As<PyStr>(chars).V;
        }
        return Stripped(self, Strip(self.V, c, left, right));
    }

    /// <summary>str.split() without arguments (DirectMethods).</summary>
    internal static PyObject SplitWhitespace(PyObject self) => Split(new ReadOnlySpan<PyObject>(in self), null, fromRight: false);

    /// <summary>An exact str with nothing stripped (replaced, padded, removed, ...) is returned
    /// itself, as CPython does (unicode_result_unchanged); a subclass instance gives a plain str.</summary>
    private static PyStr Stripped(PyStr self, string result) =>
        ReferenceEquals(result, self.V) && self.Sub is null ? self : PyStr.From(result);

    public static string Strip(string s, string? chars, bool left, bool right)
    {
        int i = 0, j = s.Length;
        if (left) while (i < j && (chars is null ? IsPySpace(s[i]) : chars.Contains(s[i]))) i++;
        if (right) while (j > i && (chars is null ? IsPySpace(s[j - 1]) : chars.Contains(s[j - 1]))) j--;
        return s[i..j];
    }

    private static PyObject Split(ReadOnlySpan<PyObject> a, string[]? kw, bool fromRight)
    {
        var self = PS(a);
        var s = self.V;
        int npos = Args.Positional(a, kw);
        var sepObj = npos > 1 ? a[1] : Args.Kw(a, kw, "sep");
        var maxObj = npos > 2 ? a[2] : Args.Kw(a, kw, "maxsplit");
        long max = maxObj is null ? -1 : Ops.IndexValue(maxObj);
        var r = new PyList();   // filled directly: no List to copy out
        if (sepObj is null || sepObj is PyNone)
        {
            if (!fromRight)
            {
                int i = 0;
                while (true)
                {
                    while (i < s.Length && IsPySpace(s[i])) i++;
                    if (i >= s.Length) break;
                    if (max >= 0 && r.Count >= max) { r.Append(PyStr.Slice(s, i, s.Length)); break; }
                    int j = i;
                    while (j < s.Length && !IsPySpace(s[j])) j++;
                    // No whitespace at all: an exact str is its own only word, as in CPython.
                    r.Append(j - i == s.Length && self.IsExact ? self : PyStr.Slice(s, i, j));
                    i = j;
                }
            }
            else
            {
                int j = s.Length;
                while (true)
                {
                    while (j > 0 && IsPySpace(s[j - 1])) j--;
                    if (j <= 0) break;
                    if (max >= 0 && r.Count >= max) { r.Append(PyStr.Slice(s, 0, j)); break; }
                    int i = j;
                    while (i > 0 && !IsPySpace(s[i - 1])) i--;
                    r.Append(j - i == s.Length && self.IsExact ? self : PyStr.Slice(s, i, j));
                    j = i;
                }
                r.AsSpan().Reverse();
            }
            return r;
        }
        var sep = sepObj is PyStr ss ? ss.V : throw Errors.TypeError($"must be str or None, not {sepObj.Type.Name}");
        if (sep.Length == 0) throw Errors.ValueError("empty separator");
        if (!fromRight)
        {
            int pos = 0;
            while (max < 0 || r.Count < max)
            {
                int k = StrSearch.IndexOf(s, sep, pos);
                if (k < 0) break;
                r.Append(PyStr.Slice(s, pos, k));
                pos = k + sep.Length;
            }
            // No separator found: an exact str is the list's only item, as in CPython.
            r.Append(r.Count == 0 && self.IsExact ? self : PyStr.Slice(s, pos, s.Length));
        }
        else
        {
            int end = s.Length;
            while (max < 0 || r.Count < max)
            {
                int k = StrSearch.LastIndexOf(s, sep, 0, end);
                if (k < 0 || k + sep.Length > end) break;
                r.Append(PyStr.Slice(s, k + sep.Length, end));
                end = k;
            }
            r.Append(r.Count == 0 && self.IsExact ? self : PyStr.Slice(s, 0, end));
            r.AsSpan().Reverse();
        }
        return r;
    }

    /// <summary>The optional start/end arguments (code points, clamped like CPython's ADJUST_INDICES) as UTF-16
    /// indexes into s.V; start is V.Length + 1 when it lies beyond the end.</summary>
    private static void Range(ReadOnlySpan<PyObject> a, PyStr s, out int start, out int end)
    {
        if (a.Length <= 2) { start = 0; end = s.V.Length; return; }   // no start/end: the whole string, no code-point count
        int len = s.CodePointLength;
        long st = a.Length > 2 && a[2] is not PyNone ? Ops.IndexValue(a[2]) : 0;
        long en = a.Length > 3 && a[3] is not PyNone ? Ops.IndexValue(a[3]) : len;
        if (st < 0) st = Math.Max(0, st + len);
        if (en < 0) en = Math.Max(0, en + len);
        if (en > len) en = len;
        start = st > len ? s.V.Length + 1 : s.CharIndex((int)st);
        end = en < st ? start - 1 : s.CharIndex((int)en); // an empty window: only end < start matters
    }

    private static long Find(ReadOnlySpan<PyObject> a, string name, bool fromRight)
    {
        var str = PS(a); var s = str.V;
        var sub = a[1] is PyStr ps ? ps.V : throw Errors.TypeError($"must be str, not {a[1].Type.Name}");
        Range(a, str, out int start, out int end);
        if (start > s.Length || end - start < sub.Length) return -1;
        int k = StrSearch.CanSplitPair(sub)
            ? (fromRight ? StrSearch.LastIndexOf(s, sub, start, end) : StrSearch.IndexOf(s, sub, start, end))
            : fromRight
            ? s.LastIndexOf(sub, end - 1 < 0 ? 0 : end - 1, end - start, StringComparison.Ordinal)
            : s.IndexOf(sub, start, end - start, StringComparison.Ordinal);
        if (fromRight && sub.Length == 0) return str.CodePointIndex(end);
        if (k >= 0 && k + sub.Length > end) return -1;
        return k < 0 ? k : str.CodePointIndex(k);
    }

    private static bool StartsEnds(ReadOnlySpan<PyObject> a, bool starts)
    {
        var s = S(a);
        Range(a, PS(a), out int start, out int end);
        if (start > s.Length) return false;
        // A span, not a substring: parsers call text.startswith(tok, pos) on the whole text.
        var window = s.AsSpan(start, Math.Max(start, end) - start);
        if (a[1] is PyTuple t)
        {
            foreach (var x in t.Items)
            {
                var p = x is PyStr xs ? xs.V : throw Errors.TypeError($"tuple for {(starts ? "startswith" : "endswith")} must only contain str, not {x.Type.Name}");
                if (Affix(s, start, window, p, starts)) return true;
            }
            return false;
        }
        if (a[1] is not PyStr ps) throw Errors.TypeError($"{(starts ? "startswith" : "endswith")} first arg must be str or a tuple of str, not {a[1].Type.Name}");
        return Affix(s, start, window, ps.V, starts);
    }

    /// <summary>The window (s from `start`) starts or ends with p as whole code points: a prefix that
    /// ends with a high surrogate, or a suffix that starts with a low one, must not take half of a
    /// surrogate pair of s.</summary>
    internal static bool Affix(string s, int start, ReadOnlySpan<char> window, string p, bool starts)
    {
        // The generic span overloads are ordinal (SequenceEqual) without the comparison switch.
        if (!(starts ? window.StartsWith(p.AsSpan()) : window.EndsWith(p.AsSpan()))) return false;
        return !StrSearch.CanSplitPair(p) || StrSearch.Whole(s, starts ? start : start + window.Length - p.Length, p.Length);
    }

    private static string Repeat(string fill, int n) => fill.Length == 1 ? new string(fill[0], n) : new StringBuilder(fill.Length * n).Insert(0, fill, n).ToString();

    private static PyObject Pad(ReadOnlySpan<PyObject> a, string kind)
    {
        var s = S(a);
        int w = (int)Ops.IndexValue(a[1]);
        var fill = a.Length > 2 ? a[2] is PyStr { CodePointLength: 1 } f ? f.V : throw Errors.TypeError("The fill character must be exactly one character long") : " ";
        int len = PS(a).CodePointLength;
        if (len >= w) return Stripped(PS(a), s);
        int pad = w - len;
        return PyStr.From(kind switch
        {
            "ljust" => s + Repeat(fill, pad),
            "rjust" => Repeat(fill, pad) + s,
            _ => Repeat(fill, pad / 2 + (pad & w & 1)) + s + Repeat(fill, pad - pad / 2 - (pad & w & 1)),
        });
    }
}

/// <summary>str.format: replacement fields with indexes, names, attributes, items, conversions and specs.</summary>
public static class StrFormat
{
    /// <summary>
    /// str.format (build_string): a new exact str, or, when one replacement field without a
    /// conversion is the whole output (nothing written before it, nothing after it), the object its
    /// __format__ returned, an instance of a str subclass included (CPython's unicode writer hands
    /// back the one str it was given).
    /// </summary>
    public static PyObject Format(string fmt, ReadOnlySpan<PyObject> args, string[]? kw)
    {
        int npos = args.Length - (kw?.Length ?? 0);
        var pos = args[..npos].ToArray();
        var named = new Dictionary<string, PyObject>();
        if (kw is not null) for (int i = 0; i < kw.Length; i++) named[kw[i]] = args[npos + i];
        int auto = 0;
        PyObject? whole = null;
        string text = Render(fmt, name =>
        {
            if (name.Length == 0)
            {
                if (auto < 0) throw Errors.ValueError("cannot switch from manual field specification to automatic field numbering");
                if (auto >= pos.Length) throw Errors.IndexError($"Replacement index {auto} out of range for positional args tuple");
                return pos[auto++];
            }
            if (int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out int idx))
            {
                if (auto > 0) throw Errors.ValueError("cannot switch from automatic field numbering to manual field specification");
                auto = -1;
                if (idx >= pos.Length) throw Errors.IndexError($"Replacement index {idx} out of range for positional args tuple");
                return pos[idx];
            }
            return named.TryGetValue(name, out var v) ? v : throw Errors.KeyError(PyStr.From(name));
        }, ref whole);
        return whole ?? PyStr.From(text);
    }

    /// <summary>str.format_map, as Format.</summary>
    public static PyObject FormatMap(string fmt, PyObject mapping)
    {
        PyObject? whole = null;
        string text = Render(fmt, name => name.Length == 0 || int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out _)
            ? throw Errors.ValueError("Format string contains positional fields")
            : Ops.GetItem(mapping, PyStr.From(name)), ref whole);
        return whole ?? PyStr.From(text);
    }

    private static string Render(string fmt, Func<string, PyObject> lookup, int recursion = 2)
    {
        PyObject? none = null;
        return Render(fmt, lookup, ref none, recursion, false);
    }

    // CPython's build_string: a spec may hold replacement fields, but those may not nest further.
    private static string Render(string fmt, Func<string, PyObject> lookup, ref PyObject? whole, int recursion = 2, bool top = true)
    {
        if (recursion <= 0) throw Errors.ValueError("Max string recursion exceeded");
        var sb = new StringBuilder();
        int i = 0;
        while (i < fmt.Length)
        {
            char c = fmt[i];
            if (c == '{')
            {
                if (i + 1 < fmt.Length && fmt[i + 1] == '{') { sb.Append('{'); i += 2; continue; }
                int depth = 1, j = i + 1;
                while (j < fmt.Length && depth > 0) { if (fmt[j] == '{') depth++; else if (fmt[j] == '}') depth--; if (depth > 0) j++; }
                if (j >= fmt.Length) throw Errors.ValueError(i + 1 == fmt.Length ? "Single '{' encountered in format string" : "expected '}' before end of string");
                string field = fmt[(i + 1)..j];
                i = j + 1;
                // The last field, nothing written before it: its object may be the result.
                if (top && sb.Length == 0 && i == fmt.Length) sb.Append(RenderField(field, lookup, recursion, ref whole));
                else sb.Append(RenderField(field, lookup, recursion, ref Unsafe.NullRef<PyObject?>()));
            }
            else if (c == '}')
            {
                if (i + 1 < fmt.Length && fmt[i + 1] == '}') { sb.Append('}'); i += 2; continue; }
                throw Errors.ValueError("Single '}' encountered in format string");
            }
            else { sb.Append(c); i++; }
        }
        return sb.ToString();
    }

    private static string RenderField(string field, Func<string, PyObject> lookup, int recursion, ref PyObject? whole)
    {
        string spec = "";
        char conv = '\0';
        int colon = -1, bang = -1, bracket = 0;
        for (int k = 0; k < field.Length; k++)
        {
            if (field[k] == '[') bracket++;
            else if (field[k] == ']') bracket--;
            else if (bracket == 0 && field[k] == '!' && bang < 0 && colon < 0) bang = k;
            else if (bracket == 0 && field[k] == ':' && colon < 0) { colon = k; break; }
        }
        if (colon >= 0) { spec = field[(colon + 1)..]; field = field[..colon]; }
        if (bang >= 0)
        {
            if (bang + 2 != field.Length) throw Errors.ValueError("expected ':' after conversion specifier");
            conv = field[bang + 1];
            field = field[..bang];
        }
        // field name: first part, then .attr / [key]
        int p = 0;
        while (p < field.Length && field[p] is not ('.' or '[')) p++;
        var obj = lookup(field[..p]);
        while (p < field.Length)
        {
            if (field[p] == '.')
            {
                int q = p + 1;
                while (q < field.Length && field[q] is not ('.' or '[')) q++;
                obj = Ops.GetAttr(obj, field[(p + 1)..q]);
                p = q;
            }
            else
            {
                int q = field.IndexOf(']', p);
                string key = field[(p + 1)..q];
                obj = Ops.GetItem(obj, int.TryParse(key, out int ik) ? PyInt.From(ik) : PyStr.From(key));
                p = q + 1;
            }
        }
        if (spec.Contains('{')) spec = Render(spec, lookup, recursion - 1);
        obj = conv switch
        {
            'r' => PyStr.From(Ops.Repr(obj)),
            's' => PyStr.From(Ops.Str(obj)),
            'a' => PyStr.From(Ops.Ascii(obj)),
            '\0' => obj,
            _ => throw Errors.ValueError($"Unknown conversion specifier {conv}"),
        };
        if (conv == '\0' && !Unsafe.IsNullRef(ref whole))
        {
            var fo = Ops.FormatObject(obj, spec);
            whole = fo;
            return Unsafe.As<PyStr>(fo).V;
        }
        return Ops.Format(obj, spec);
    }
}
