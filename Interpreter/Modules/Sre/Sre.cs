using System.Text;

namespace Herthon.Runtime;

/// <summary>The `_sre` module: the matching engine under CPython's own re package (re._compiler emits the
/// pattern code, SreState executes it). Pattern, Match and Scanner follow Modules/_sre/sre.c.</summary>
public static class Sre
{
    public const int MAGIC = 20220615, CODESIZE = 4, MAXGROUPS = int.MaxValue / 2;

    public static readonly PyType PatternType = MakePatternType();
    public static readonly PyType MatchType = MakeMatchType();
    public static readonly PyType ScannerType = MakeScannerType();

    public static PyModule Create()
    {
        var m = new PyModule("_sre");
        m.Add("MAGIC", PyInt.From(MAGIC));
        m.Add("CODESIZE", PyInt.From(CODESIZE));
        m.Add("MAXREPEAT", PyInt.From((long)SreOp.MAXREPEAT));
        m.Add("MAXGROUPS", PyInt.From(MAXGROUPS));
        m.Add("copyright", PyStr.From(" SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB "));
        m.AddFunction("getcodesize", static (a, kw) => PyInt.From(CODESIZE));
        m.AddFunction("ascii_iscased", static (a, kw) => { int c = Char(a); return PyBool.From(c < 128 && char.IsAsciiLetter((char)c)); });
        m.AddFunction("unicode_iscased", static (a, kw) => { int c = Char(a); return PyBool.From(c != SreChars.LowerUnicode(c) || c != SreChars.UpperUnicode(c)); });
        m.AddFunction("ascii_tolower", static (a, kw) => PyInt.From(SreChars.LowerAscii(Char(a))));
        m.AddFunction("unicode_tolower", static (a, kw) => PyInt.From(SreChars.LowerUnicode(Char(a))));
        m.AddFunction("compile", static (a, kw) =>
        {
            Args.Count("compile", a, kw, 6, 6);
            var codeObj = a[2] as PyList ?? throw Errors.TypeError($"compile() argument 'code' must be list, not {a[2].Type.Name}");
            var code = new uint[codeObj.Count];
            for (int i = 0; i < code.Length; i++)
            {
                long v = Ops.IndexValue(codeObj.Items[i]);
                if (v < 0 || v > uint.MaxValue) throw Errors.OverflowError("regular expression code size limit exceeded");
                code[i] = (uint)v;
            }
            var groupindex = a[4] as PyDict ?? throw Errors.TypeError($"compile() argument 'groupindex' must be dict, not {a[4].Type.Name}");
            var indexgroup = a[5] as PyTuple ?? throw Errors.TypeError($"compile() argument 'indexgroup' must be tuple, not {a[5].Type.Name}");
            return new SrePattern(a[0], (int)Ops.IndexValue(a[1]), code, (int)Ops.IndexValue(a[3]), groupindex, indexgroup);
        });
        return m;
    }

    private static int Char(ReadOnlySpan<PyObject> a)
    {
        if (a.Length != 1) throw Errors.TypeError($"expected 1 argument, got {a.Length}");
        return (int)Ops.IndexValue(a[0]);
    }

    // ---- subjects ----

    internal static SreState State(SrePattern p, PyObject subject, long pos, long endpos)
    {
        string? s = null; byte[]? b = null; int[]? cps = null; int len;
        switch (subject)
        {
            case PyStr ps:
                if (p.IsBytes) throw Errors.TypeError("cannot use a bytes pattern on a string-like object");
                if (ps.HasAstral) { cps = ps.CodePoints; len = cps.Length; } else { s = ps.V; len = s.Length; }
                break;
            case PyBytes pb:
                if (!p.IsBytes) throw Errors.TypeError("cannot use a string pattern on a bytes-like object");
                b = pb.V; len = b.Length;
                break;
            case PyByteArray ba:
                if (!p.IsBytes) throw Errors.TypeError("cannot use a string pattern on a bytes-like object");
                b = ba.Data; len = ba.Count;
                break;
            default:
                throw Errors.TypeError($"expected string or bytes-like object, got '{subject.Type.Name}'");
        }
        int ipos = (int)Math.Clamp(pos, -1, (long)int.MaxValue), iend = (int)Math.Clamp(endpos, -1, (long)int.MaxValue);
        return new SreState(p.Code, p.Groups, s, b, cps, len, ipos, iend);
    }

    internal static PyObject Slice(PyObject subject, int start, int end)
    {
        if (start < 0 || end < start) return PyNone.Instance;
        return subject switch
        {
            PyStr ps => ps.HasAstral ? PyStr.From(PyStr.FromCodePoints(ps.CodePoints.AsSpan(start, end - start))) : PyStr.From(ps.V.Substring(start, end - start)),
            PyBytes pb => new PyBytes(pb.V[start..end]),
            PyByteArray ba => new PyByteArray(ba.Data[start..end]),
            _ => PyNone.Instance,
        };
    }

    private static PyObject EmptyLike(PyObject subject) => subject is PyStr ? PyStr.Empty : new PyBytes([]);

    /// <summary>Joins replacement pieces as str.join / bytes.join would, with their error messages.</summary>
    internal static PyObject JoinPublic(List<PyObject> parts, bool isStr, PyObject subject) => Join(parts, isStr);

    private static PyObject Join(List<PyObject> parts, bool isStr)
    {
        if (isStr)
        {
            var sb = new StringBuilder();
            for (int i = 0; i < parts.Count; i++)
            {
                if (parts[i] is not PyStr s) throw Errors.TypeError($"sequence item {i}: expected str instance, {parts[i].Type.Name} found");
                sb.Append(s.V);
            }
            return PyStr.From(sb.ToString());
        }
        var ms = new MemoryStream();
        for (int i = 0; i < parts.Count; i++)
        {
            switch (parts[i])
            {
                case PyBytes b: ms.Write(b.V); break;
                case PyByteArray ba: ms.Write(ba.Data, 0, ba.Count); break;
                default: throw Errors.TypeError($"sequence item {i}: expected a bytes-like object, {parts[i].Type.Name} found");
            }
        }
        return new PyBytes(ms.ToArray());
    }

    internal static PyObject ReModuleAttrPublic(string name) => ReModuleAttr(name);

    private static PyObject ReModuleAttr(string name)
    {
        var re = Importer.ImportName("re", new PyDict(), PyNone.Instance, 0);
        return Ops.GetAttr(re, name);
    }

    // ---- Pattern ----

    /// <summary>Argument clinic's check: only the parameter names of the method may be passed by keyword.</summary>
    private static void Keywords(string fname, string[]? kw, params string[] allowed)
    {
        if (kw is null) return;
        foreach (var k in kw)
            if (Array.IndexOf(allowed, k) < 0) throw Errors.TypeError($"'{k}' is an invalid keyword argument for {fname}()");
    }

    private static PyObject Required(string fname, ReadOnlySpan<PyObject> a, string[]? kw, int index, string name) =>
        (Args.Positional(a, kw) > index ? a[index] : null) ?? Args.Kw(a, kw, name)
        ?? throw Errors.TypeError($"{fname}() missing required argument '{name}' (pos {index})");

    private static (PyObject subject, long pos, long endpos) StringPosEnd(string fname, ReadOnlySpan<PyObject> a, string[]? kw)
    {
        Keywords(fname, kw, "string", "pos", "endpos");
        int n = Args.Positional(a, kw);
        var subject = (n > 1 ? a[1] : null) ?? Args.Kw(a, kw, "string") ?? throw Errors.TypeError($"{fname}() missing required argument 'string' (pos 1)");
        var pos = Args.Kw(a, kw, "pos") ?? (n > 2 ? a[2] : null);
        var end = Args.Kw(a, kw, "endpos") ?? (n > 3 ? a[3] : null);
        return (subject, pos is null ? 0 : Ops.IndexValue(pos), end is null ? long.MaxValue : Ops.IndexValue(end));
    }

    private static int CountArg(ReadOnlySpan<PyObject> a, string[]? kw, string name, int index)
    {
        var c = Args.Kw(a, kw, name) ?? (Args.Positional(a, kw) > index ? a[index] : null);
        return c is null ? 0 : (int)Math.Clamp(Ops.IndexValue(c), int.MinValue, int.MaxValue);
    }

    private static PyType MakePatternType()
    {
        var t = new PyType("Pattern", [TypeObjects.Object], false) { Module = "re" };
        t.ComputeMro();
        t.TypeDict["__class_getitem__"] = PyGenericAlias.ClassGetItemMethod();   // re.Pattern[str]
        static SrePattern P(ReadOnlySpan<PyObject> a) => (SrePattern)a[0];
        t.SetMethod("match", static (a, kw) => { var (s, p, e) = StringPosEnd("match", a, kw); return P(a).Run(s, p, e, 0); });
        t.SetMethod("fullmatch", static (a, kw) => { var (s, p, e) = StringPosEnd("fullmatch", a, kw); return P(a).Run(s, p, e, 1); });
        t.SetMethod("search", static (a, kw) => { var (s, p, e) = StringPosEnd("search", a, kw); return P(a).Run(s, p, e, 2); });
        t.SetMethod("findall", static (a, kw) => { var (s, p, e) = StringPosEnd("findall", a, kw); return P(a).FindAll(s, p, e); });
        t.SetMethod("finditer", static (a, kw) =>
        {
            var (s, p, e) = StringPosEnd("finditer", a, kw);
            var scanner = new SreScanner(P(a), s, p, e);
            return new CallableIterator(new PyBuiltinFunction("search", (_, _) => scanner.Next(search: true)), PyNone.Instance);
        });
        t.SetMethod("scanner", static (a, kw) => { var (s, p, e) = StringPosEnd("scanner", a, kw); return new SreScanner(P(a), s, p, e); });
        t.SetMethod("split", static (a, kw) =>
        {
            Keywords("split", kw, "string", "maxsplit");
            return P(a).Split(Required("split", a, kw, 1, "string"), CountArg(a, kw, "maxsplit", 2));
        });
        t.SetMethod("sub", static (a, kw) =>
        {
            Keywords("sub", kw, "repl", "string", "count");
            return P(a).Sub(Required("sub", a, kw, 1, "repl"), Required("sub", a, kw, 2, "string"), CountArg(a, kw, "count", 3), withCount: false);
        });
        t.SetMethod("subn", static (a, kw) =>
        {
            Keywords("subn", kw, "repl", "string", "count");
            return P(a).Sub(Required("subn", a, kw, 1, "repl"), Required("subn", a, kw, 2, "string"), CountArg(a, kw, "count", 3), withCount: true);
        });
        t.SetMethod("__copy__", static (a, kw) => a[0]);
        t.SetMethod("__deepcopy__", static (a, kw) => a[0]);
        t.SetMethod("__repr__", static (a, kw) => PyStr.From(P(a).Repr()));
        t.SetMethod("__eq__", static (a, kw) => a[1] is SrePattern o ? PyBool.From(P(a).SameAs(o)) : PyNotImplemented.Instance);
        t.SetMethod("__ne__", static (a, kw) => a[1] is SrePattern o ? PyBool.From(!P(a).SameAs(o)) : PyNotImplemented.Instance);
        t.SetMethod("__hash__", static (a, kw) => PyInt.From(P(a).HashValue()));
        t.SetMethod("__reduce__", static (a, kw) => PyTuple.Of(ReModuleAttr("_compile"), PyTuple.Of(P(a).Pattern, PyInt.From(P(a).Flags))));
        t.TypeDict["pattern"] = new PyGetSetDescriptor("pattern", o => ((SrePattern)o).Pattern);
        t.TypeDict["flags"] = new PyGetSetDescriptor("flags", o => PyInt.From(((SrePattern)o).Flags));
        t.TypeDict["groups"] = new PyGetSetDescriptor("groups", o => PyInt.From(((SrePattern)o).Groups));
        t.TypeDict["groupindex"] = new PyGetSetDescriptor("groupindex", o => ((SrePattern)o).GroupIndex.Copy());
        return t;
    }

    // ---- Match ----

    private static PyType MakeMatchType()
    {
        var t = new PyType("Match", [TypeObjects.Object], false) { Module = "re" };
        t.ComputeMro();
        t.TypeDict["__class_getitem__"] = PyGenericAlias.ClassGetItemMethod();
        static SreMatch M(ReadOnlySpan<PyObject> a) => (SreMatch)a[0];
        t.SetMethod("group", static (a, kw) =>
        {
            var m = M(a);
            if (a.Length <= 1) return m.Group(0);
            if (a.Length == 2) return m.Group(m.Index(a[1]));
            var items = new PyObject[a.Length - 1];
            for (int i = 1; i < a.Length; i++) items[i - 1] = m.Group(m.Index(a[i]));
            return PyTuple.From(items);
        });
        t.SetMethod("__getitem__", static (a, kw) => M(a).Group(M(a).Index(a[1])));
        t.SetMethod("groups", static (a, kw) =>
        {
            var m = M(a);
            var dflt = Args.Kw(a, kw, "default") ?? (Args.Positional(a, kw) > 1 ? a[1] : PyNone.Instance);
            var items = new PyObject[m.Pattern.Groups];
            for (int i = 0; i < items.Length; i++) items[i] = m.Group(i + 1, dflt);
            return PyTuple.From(items);
        });
        t.SetMethod("groupdict", static (a, kw) =>
        {
            var m = M(a);
            var dflt = Args.Kw(a, kw, "default") ?? (Args.Positional(a, kw) > 1 ? a[1] : PyNone.Instance);
            var d = new PyDict();
            var ig = m.Pattern.IndexGroup.Items;
            for (int i = 0; i < ig.Length; i++)
                if (ig[i] is PyStr name) d.SetItem(name, m.Group(m.Index(name), dflt));
            return d;
        });
        t.SetMethod("start", static (a, kw) => PyInt.From(M(a).Marks[2 * M(a).Index(a.Length > 1 ? a[1] : PyInt.From(0))]));
        t.SetMethod("end", static (a, kw) => PyInt.From(M(a).Marks[2 * M(a).Index(a.Length > 1 ? a[1] : PyInt.From(0)) + 1]));
        t.SetMethod("span", static (a, kw) =>
        {
            var m = M(a);
            int g = m.Index(a.Length > 1 ? a[1] : PyInt.From(0));
            return PyTuple.Of(PyInt.From(m.Marks[2 * g]), PyInt.From(m.Marks[2 * g + 1]));
        });
        t.SetMethod("expand", static (a, kw) => Ops.Call(ReModuleAttr("_expand"), [M(a).Pattern, a[0], a[1]]));
        t.SetMethod("__copy__", static (a, kw) => a[0]);
        t.SetMethod("__deepcopy__", static (a, kw) => a[0]);
        t.SetMethod("__repr__", static (a, kw) =>
        {
            var m = M(a);
            var g0 = Ops.Repr(m.Group(0));
            if (g0.Length > 50) g0 = g0[..50];
            return PyStr.From($"<re.Match object; span=({m.Marks[0]}, {m.Marks[1]}), match={g0}>");
        });
        t.TypeDict["string"] = new PyGetSetDescriptor("string", o => ((SreMatch)o).Subject);
        t.TypeDict["re"] = new PyGetSetDescriptor("re", o => ((SreMatch)o).Pattern);
        t.TypeDict["pos"] = new PyGetSetDescriptor("pos", o => PyInt.From(((SreMatch)o).Pos));
        t.TypeDict["endpos"] = new PyGetSetDescriptor("endpos", o => PyInt.From(((SreMatch)o).EndPos));
        t.TypeDict["lastindex"] = new PyGetSetDescriptor("lastindex", o => ((SreMatch)o).LastIndex >= 0 ? PyInt.From(((SreMatch)o).LastIndex) : PyNone.Instance);
        t.TypeDict["lastgroup"] = new PyGetSetDescriptor("lastgroup", o =>
        {
            var m = (SreMatch)o;
            var ig = m.Pattern.IndexGroup.Items;
            return m.LastIndex >= 0 && m.LastIndex < ig.Length ? ig[m.LastIndex] : PyNone.Instance;
        });
        t.TypeDict["regs"] = new PyGetSetDescriptor("regs", o =>
        {
            var m = (SreMatch)o;
            var items = new PyObject[m.Pattern.Groups + 1];
            for (int i = 0; i < items.Length; i++) items[i] = PyTuple.Of(PyInt.From(m.Marks[2 * i]), PyInt.From(m.Marks[2 * i + 1]));
            return PyTuple.From(items);
        });
        return t;
    }

    // ---- Scanner ----

    private static PyType MakeScannerType()
    {
        var t = new PyType("SRE_Scanner", [TypeObjects.Object], false) { Module = "_sre" };
        t.ComputeMro();
        t.SetMethod("match", static (a, kw) => ((SreScanner)a[0]).Next(search: false));
        t.SetMethod("search", static (a, kw) => ((SreScanner)a[0]).Next(search: true));
        t.TypeDict["pattern"] = new PyGetSetDescriptor("pattern", o => ((SreScanner)o).Pattern);
        return t;
    }
}

/// <summary>A compiled regular expression (re.Pattern): the code re._compiler produced, run by SreState.</summary>
public sealed class SrePattern : PyObject
{
    public readonly PyObject Pattern;
    public readonly int Flags, Groups;
    internal readonly uint[] Code;
    public readonly PyDict GroupIndex;
    public readonly PyTuple IndexGroup;
    public readonly bool IsBytes;

    public SrePattern(PyObject pattern, int flags, uint[] code, int groups, PyDict groupindex, PyTuple indexgroup)
    {
        Pattern = pattern; Flags = flags; Code = code; Groups = groups; GroupIndex = groupindex; IndexGroup = indexgroup;
        IsBytes = pattern is not PyStr && pattern is not PyNone;
    }

    public override PyType Type => Sre.PatternType;

    /// <summary>mode 0 = match, 1 = fullmatch, 2 = search.</summary>
    internal PyObject Run(PyObject subject, long pos, long endpos, int mode)
    {
        var st = Sre.State(this, subject, pos, endpos);
        bool ok;
        if (mode == 2) ok = st.Search();
        else
        {
            st.MatchAll = mode == 1;
            ok = st.Match(0, true);
        }
        return ok ? new SreMatch(this, subject, st) : PyNone.Instance;
    }

    internal PyObject FindAll(PyObject subject, long pos, long endpos)
    {
        var st = Sre.State(this, subject, pos, endpos);
        var list = new PyList();
        while (st.Start <= st.End)
        {
            st.Reset();
            st.Ptr = st.Start;
            if (!st.Search()) break;
            PyObject item;
            if (Groups == 0) item = Sre.Slice(subject, st.Start, st.Ptr);
            else if (Groups == 1) item = GroupOrEmpty(st, subject, 1);
            else
            {
                var items = new PyObject[Groups];
                for (int i = 0; i < Groups; i++) items[i] = GroupOrEmpty(st, subject, i + 1);
                item = PyTuple.From(items);
            }
            list.Append(item);
            st.MustAdvance = st.Ptr == st.Start;
            st.Start = st.Ptr;
        }
        return list;
    }

    private static PyObject GroupOrEmpty(SreState st, PyObject subject, int g)
    {
        int i = 2 * (g - 1);
        if (i + 1 > st.LastMark || st.Marks[i] < 0 || st.Marks[i + 1] < 0) return Sre.Slice(subject, 0, 0);
        return Sre.Slice(subject, st.Marks[i], st.Marks[i + 1]);
    }

    internal PyObject Split(PyObject subject, int maxsplit)
    {
        var st = Sre.State(this, subject, 0, long.MaxValue);
        var list = new PyList();
        int last = st.Start, n = 0;
        while (maxsplit <= 0 || n < maxsplit)
        {
            st.Reset();
            st.Ptr = st.Start;
            if (!st.Search()) break;
            list.Append(Sre.Slice(subject, last, st.Start));
            for (int g = 1; g <= Groups; g++)
            {
                int i = 2 * (g - 1);
                list.Append(i + 1 <= st.LastMark && st.Marks[i] >= 0 && st.Marks[i + 1] >= 0 ? Sre.Slice(subject, st.Marks[i], st.Marks[i + 1]) : PyNone.Instance);
            }
            n++;
            st.MustAdvance = st.Ptr == st.Start;
            last = st.Start = st.Ptr;
        }
        list.Append(Sre.Slice(subject, last, st.EndPos));
        return list;
    }

    internal PyObject Sub(PyObject repl, PyObject subject, int count, bool withCount)
    {
        PyObject filter;
        bool callable;
        if (Builtins.IsCallable(repl)) { filter = repl; callable = true; }
        else
        {
            bool literal = repl switch
            {
                PyStr s => !s.V.Contains('\\'),
                PyBytes b => Array.IndexOf(b.V, (byte)'\\') < 0,
                _ => false,
            };
            if (literal) { filter = repl; callable = false; }
            else
            {
                filter = Ops.Call(Sre.ReModuleAttrPublic("_subx"), [this, repl]);
                callable = Builtins.IsCallable(filter);
            }
        }
        var st = Sre.State(this, subject, 0, long.MaxValue);
        var parts = new List<PyObject>();
        int i = 0, n = 0;
        while (count <= 0 || n < count)
        {
            st.Reset();
            st.Ptr = st.Start;
            if (!st.Search()) break;
            int b = st.Start, e = st.Ptr;
            if (i < b) parts.Add(Sre.Slice(subject, i, b));
            if (callable)
            {
                var item = Ops.Call(filter, new SreMatch(this, subject, st));
                if (item is not PyNone) parts.Add(item);
            }
            else parts.Add(filter);
            i = e;
            n++;
            st.MustAdvance = st.Ptr == st.Start;
            st.Start = st.Ptr;
        }
        if (i < st.EndPos) parts.Add(Sre.Slice(subject, i, st.EndPos));
        var result = Sre.JoinPublic(parts, subject is PyStr, subject);
        return withCount ? PyTuple.Of(result, PyInt.From(n)) : result;
    }

    private static readonly string[] FlagNames =
        ["re.TEMPLATE", "re.IGNORECASE", "re.LOCALE", "re.MULTILINE", "re.DOTALL", "re.UNICODE", "re.VERBOSE", "re.DEBUG", "re.ASCII"];
    private static readonly int[] FlagValues = [1, 2, 4, 8, 16, 32, 64, 128, 256];

    internal string Repr()
    {
        var pr = Ops.Repr(Pattern);
        if (pr.Length > 200) pr = pr[..200];
        int flags = Flags;
        if (!IsBytes && (flags & (4 | 32 | 256)) == 32) flags &= ~32;
        if (flags == 0) return $"re.compile({pr})";
        var parts = new List<string>();
        for (int i = 0; i < FlagNames.Length; i++)
            if ((flags & FlagValues[i]) != 0) { parts.Add(FlagNames[i]); flags &= ~FlagValues[i]; }
        if (flags != 0) parts.Add($"0x{flags:x}");
        return $"re.compile({pr}, {string.Join("|", parts)})";
    }

    internal bool SameAs(SrePattern o) =>
        ReferenceEquals(this, o) || (Flags == o.Flags && IsBytes == o.IsBytes && Code.AsSpan().SequenceEqual(o.Code) && Ops.Eq(Pattern, o.Pattern));

    internal long HashValue()
    {
        long h = Ops.Hash(Pattern);
        foreach (var c in Code) h = h * 1000003 ^ c;
        h ^= Flags;
        return h == -1 ? -2 : h;
    }
}

/// <summary>A successful match (re.Match): the marks are copied out of the state, as sre does.</summary>
public sealed class SreMatch : PyObject
{
    public readonly SrePattern Pattern;
    public readonly PyObject Subject;
    public readonly int Pos, EndPos, LastIndex;
    public readonly int[] Marks;

    internal SreMatch(SrePattern pattern, PyObject subject, SreState st)
    {
        Pattern = pattern; Subject = subject; Pos = st.Pos; EndPos = st.EndPos; LastIndex = st.LastIndex;
        Marks = new int[2 * (pattern.Groups + 1)];
        Marks[0] = st.Start; Marks[1] = st.Ptr;
        for (int i = 0, j = 0; i < pattern.Groups; i++, j += 2)
        {
            if (j + 1 <= st.LastMark && st.Marks[j] >= 0 && st.Marks[j + 1] >= 0)
            {
                Marks[j + 2] = st.Marks[j]; Marks[j + 3] = st.Marks[j + 1];
                if (Marks[j + 2] > Marks[j + 3])
                    throw Errors.Make(TypeObjects.SystemError, "The span of capturing group is wrong, please report a bug for the re module.");
            }
            else Marks[j + 2] = Marks[j + 3] = -1;
        }
    }

    public override PyType Type => Sre.MatchType;

    /// <summary>A group reference (number or name) as a group number; IndexError "no such group" otherwise.</summary>
    internal int Index(PyObject g)
    {
        if (g is PyInt or PyBool)
        {
            long i = Ops.IndexValue(g);
            if (i >= 0 && i <= Pattern.Groups) return (int)i;
        }
        else if (Pattern.GroupIndex.Get(g) is { } v && v is PyInt) return (int)Ops.IndexValue(v);
        throw Errors.IndexError("no such group");
    }

    internal PyObject Group(int g, PyObject? dflt = null)
    {
        int s = Marks[2 * g], e = Marks[2 * g + 1];
        if (s < 0) return dflt ?? PyNone.Instance;
        return Sre.Slice(Subject, s, e);
    }
}

/// <summary>The iterator behind finditer and Pattern.scanner: each call resumes where the last match ended.</summary>
public sealed class SreScanner : PyObject
{
    public readonly SrePattern Pattern;
    private readonly PyObject _subject;
    private readonly SreState _state;
    private bool _done;

    public SreScanner(SrePattern pattern, PyObject subject, long pos, long endpos)
    {
        Pattern = pattern;
        _subject = subject;
        _state = Sre.State(pattern, subject, pos, endpos);
    }

    public override PyType Type => Sre.ScannerType;

    internal PyObject Next(bool search)
    {
        var st = _state;
        if (_done || st.Start > st.End) return PyNone.Instance;
        st.Reset();
        st.Ptr = st.Start;
        bool ok = search ? st.Search() : st.Match(0, true);
        if (!ok) { _done = true; return PyNone.Instance; }
        var m = new SreMatch(Pattern, _subject, st);
        st.MustAdvance = st.Ptr == st.Start;
        st.Start = st.Ptr;
        return m;
    }
}
