using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Herthon.Evaluation;

namespace Herthon.Runtime;

public static partial class Ops
{
    [ThreadStatic] private static HashSet<object>? t_reprActive;

    public static string Repr(PyObject o)
    {
        switch (o)
        {
            case PyStr s when s.Sub is null: return StrRepr(s.V);
            case PyBool b: return ReferenceEquals(b, PyBool.True) ? "True" : "False";
            case PyInt i when i.Sub is null: return i.ToDecimalString();
            case PyFloat f when f.Sub is null: return FloatFormat.Repr(f.V);
            case PyComplex c when c.Sub is null: return ComplexOps.Repr(c.Re, c.Im);
            case PyNone: return "None";
        }
        if (SubclassDicts.IsUserSub(o) && o.Type.Lookup(N.Repr) is PyFunction rf)
        {
            var r = CallMethod(rf, o);
            return r is PyStr rs ? rs.V : throw Errors.TypeError($"__repr__ returned non-string (type {r.Type.Name})");
        }
        return ReprSlow(o);
    }

    /// <summary>The builtin repr of o's base type (what list.__repr__, str.__repr__, ... do).</summary>
    public static string ReprNative(PyObject o) => o switch
    {
        PyStr s => StrRepr(s.V),
        PyBool b => ReferenceEquals(b, PyBool.True) ? "True" : "False",
        PyInt i => i.ToDecimalString(),
        PyFloat f => FloatFormat.Repr(f.V),
        PyComplex c => ComplexOps.Repr(c.Re, c.Im),
        PyList or PyTuple or PyDict or PySet => ReprGuarded(o),
        _ => ReprSlow(o),
    };

    private const string WhileRepr = " while getting the repr of an object";

    private static string ReprGuarded(PyObject o)
    {
        t_reprActive ??= new HashSet<object>(ReferenceComparer.Instance);
        if (!t_reprActive.Add(o))
            return o switch { PyList => "[...]", PyDictSub ds when ds.Type.IsSubtypeOf(CollectionsModule.OrderedDict) => "...", PyDict => "{...}", PyTuple => "(...)", _ => "..." };
        Evaluation.ThreadState? ts = null;
        try
        {
            ts = Evaluation.ThreadState.EnterRecursiveCall(WhileRepr);
            return ReprContainerNative(o);
        }
        finally
        {
            if (ts is not null) ts.Depth--;
            t_reprActive.Remove(o);
        }
    }

    private static string ReprSlow(PyObject o)
    {
        bool ext = IsExtensionInstance(o);
        // Containers guard against self-reference ("[...]"); a class's own Python __repr__ is not guarded,
        // so runaway recursion there ends in RecursionError as in CPython.
        if (o is PyInstance && !o.Type.IsBuiltin && o.Type.Lookup(N.Repr) is PyFunction) return ReprUser(o);
        if (o is PyList or PyTuple or PyDict or PySet || ext || (o is PyInstance && !o.Type.IsBuiltin))
        {
            t_reprActive ??= new HashSet<object>(ReferenceComparer.Instance);
            if (!t_reprActive.Add(o))
                return o switch
                {
                    PyList => "[...]", PyDictSub ds when ds.Type.IsSubtypeOf(CollectionsModule.OrderedDict) => "...", PyDict => "{...}", PyTuple => "(...)",
                    PyInstance when o.Type.IsSubtypeOf(PySimpleNamespace.Type) => (o.Type.IsBuiltin ? "namespace" : o.Type.Name) + "(...)",
                    _ => "...",
                };
            Evaluation.ThreadState? ts = null;
            try
            {
                ts = Evaluation.ThreadState.EnterRecursiveCall(WhileRepr);
                // An extension type's own __repr__, also for a user subclass of it (class O(OrderedDict)).
                if ((ext || SubclassDicts.IsUserSub(o)) && o.Type.Lookup(N.Repr) is { } em && IsExtensionMethod(em))
                {
                    var r = CallMethod(em, o);
                    if (r is not PyStr rs) throw Errors.TypeError($"__repr__ returned non-string (type {r.Type.Name})");
                    return rs.V;
                }
                return ReprContainer(o);
            }
            finally
            {
                if (ts is not null) ts.Depth--;
                t_reprActive.Remove(o);
            }
        }
        return ReprOther(o);
    }

    private static string ReprContainer(PyObject o)
    {
        if (o is PyInstance) return ReprUser(o);
        return ReprContainerNative(o);
    }

    private static string ReprContainerNative(PyObject o)
    {
        switch (o)
        {
            case PyList l:
                {
                    var sb = new StringBuilder("[");
                    for (int i = 0; i < l.Count; i++) { if (i > 0) sb.Append(", "); sb.Append(Repr(l.Items[i])); }
                    return sb.Append(']').ToString();
                }
            case PyTuple t:
                {
                    if (t.Items.Length == 1) return "(" + Repr(t.Items[0]) + ",)";
                    var sb = new StringBuilder("(");
                    for (int i = 0; i < t.Items.Length; i++) { if (i > 0) sb.Append(", "); sb.Append(Repr(t.Items[i])); }
                    return sb.Append(')').ToString();
                }
            case PyDict d:
                {
                    var sb = new StringBuilder("{");
                    bool first = true;
                    foreach (var kv in d.Items())
                    {
                        if (!first) sb.Append(", ");
                        first = false;
                        sb.Append(Repr(kv.Key)).Append(": ").Append(Repr(kv.Value));
                    }
                    return sb.Append('}').ToString();
                }
            case PySet s:
                {
                    // A subclass (and frozenset) shows its type name: S({1}), frozenset({1}).
                    bool named = s.Frozen || s.Sub is not null;
                    if (s.Count == 0) return s.Type.Name + "()";
                    var sb = new StringBuilder(named ? s.Type.Name + "({" : "{");
                    bool first = true;
                    foreach (var k in s.Items()) { if (!first) sb.Append(", "); first = false; sb.Append(Repr(k)); }
                    return sb.Append(named ? "})" : "}").ToString();
                }
        }
        return ReprUser(o);
    }

    private static string ReprUser(PyObject o)
    {
        var m = o.Type.Lookup(N.Repr);
        if (m is not null && (m is not PyMethodDescriptor || IsExtensionMethod(m)))
        {
            PyObject r;
            var ts = Evaluation.ThreadState.EnterRecursiveCall(WhileRepr);   // PyObject_Repr's own level
            try { r = CallMethod(m, o); }
            finally { ts.Depth--; }
            if (r is not PyStr rs) throw Errors.TypeError($"__repr__ returned non-string (type {r.Type.Name})");
            return rs.V;
        }
        return ReprOther(o);
    }

    private static string ReprOther(PyObject o)
    {
        switch (o)
        {
            case PyBaseException e:
                {
                    var args = e.Args.Items;
                    string inner = args.Length == 1 ? Repr(args[0]) : string.Join(", ", args.Select(Repr));
                    return $"{e.Type.Name}({inner})";
                }
            case PyType t:
                return t.Module == "builtins" ? $"<class '{t.QualName}'>" : $"<class '{t.Module}.{t.QualName}'>";
            case PyFunction f: return $"<function {f.QualName} at {Address(f)}>";
            case PyBuiltinFunction b:
                if (b.Self is not null && b.Self is not PyModule) return $"<built-in method {b.Name} of {b.Self.Type.Name} object at {Address(b.Self)}>";
                return $"<built-in function {b.Name}>";
            case PyMethodDescriptor md: return $"<method '{md.Name}' of '{md.Owner.Name}' objects>";
            case PySlotDescriptor sd: return $"<member '{sd.Name}' of '{sd.Owner.Name}' objects>";
            case PyMethod m:
                {
                    string fname = m.Func is PyFunction ff ? ff.QualName : (m.Func is PyBuiltinFunction bf ? bf.Name : "?");
                    return $"<bound method {fname} of {Repr(m.Self)}>";
                }
            case PyModule mod:
                if (mod.ModuleDict.Get("__file__") is PyStr file) return $"<module '{mod.Name}' from '{file.V}'>";
                // Modules implemented in C# are "built-in"; one made by ModuleType(name) is just named.
                return mod.Name is "builtins" or "sys" || Importer.BuiltinModules.ContainsKey(mod.Name) && ReferenceEquals(Hosting.Host.Current.Modules.Get(mod.Name), mod)
                    ? $"<module '{mod.Name}' (built-in)>" : $"<module '{mod.Name}'>";
            case PyRange r: return r.Repr();
            case PySlice s: return $"slice({Repr(s.Start)}, {Repr(s.Stop)}, {Repr(s.Step)})";
            case PyEllipsis: return "Ellipsis";
            case PyNotImplemented: return "NotImplemented";
            case PyBytes b: return BytesMethods.Repr(b.V);
            case PyByteArray ba: return ba.Type.Name + "(" + BytesMethods.Repr(ba.ToArray()) + ")";
            case PyCell c: return $"<cell at {Address(c)}: {(c.Value is null ? "empty" : c.Value.Type.Name + " object at " + Address(c.Value))}>";
            case PyProperty p: return $"<property object at {Address(p)}>";
            case PyStaticMethod sm: return $"<staticmethod({Repr(sm.Func)})>";   // CPython 3.10 sm_repr, whatever the subclass
            case PyClassMethod cm: return $"<classmethod({Repr(cm.Func)})>";
            case PyGenerator g: return $"<generator object {g.Frame.Code.QualName} at {Address(g)}>";
            case PyCoroutine co: return $"<coroutine object {co.QualName} at {Address(co)}>";
            case PyAsyncGenerator ag: return $"<async_generator object {ag.QualName} at {Address(ag)}>";
        }
        var rm = o.Type.Lookup(N.Repr);
        if (rm is not null && !ReferenceEquals(rm, TypeObjects.Object.TypeDict.Get("__repr__")))
        {
            var r = CallMethod(rm, o);
            if (r is not PyStr rs) throw Errors.TypeError($"__repr__ returned non-string (type {r.Type.Name})");
            return rs.V;
        }
        var ty = o.Type;
        string tn = ty.Module == "builtins" ? ty.QualName : $"{ty.Module}.{ty.QualName}";
        return $"<{tn} object at {Address(o)}>";
    }

    public static string Address(object o) => "0x" + (0x7f0000000000L + (long)System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(o) * 16).ToString("x12", CultureInfo.InvariantCulture);

    /// <summary>Whether the nearest class along the MRO whose dict has `name` is a user class.</summary>
    private static bool DefinedByUserClass(PyType t, PyStr name)
    {
        foreach (var c in t.Mro)
            if (c.TypeDict.ContainsKey(name)) return !c.IsBuiltin;
        return false;
    }

    public static string Str(PyObject o)
    {
        switch (o)
        {
            case PyStr s when s.Sub is null: return s.V;
            case PyInt or PyFloat or PyComplex or PyNone when !SubclassDicts.IsUserSub(o): return Repr(o);
            case PyBytes or PyByteArray when OptionWarnings.Bytes:
                OptionWarnings.Warn(TypeObjects.BytesWarning, o is PyBytes ? "str() on a bytes instance" : "str() on a bytearray instance");
                break;
        }
        if (StrMethodOf(o) is { } sm) return CallStr(sm, o).V;
        if (SubclassDicts.IsUserSub(o))
        {
            if (o is PyStr ps) return ps.V;
            // bytes and bytearray have their own __str__ (their builtin repr), which a __repr__ does not replace.
            if (o is PyBytes or PyByteArray) return ReprOther(o);
            return Repr(o);
        }
        if (o is PyBaseException e)
        {
            if (e.Type.IsSubtypeOf(TypeObjects.KeyError) && e.Args.Items.Length == 1) return Repr(e.Args.Items[0]);
            var args = e.Args.Items;
            return args.Length switch { 0 => "", 1 => Str(args[0]), _ => Repr(e.Args) };
        }
        return Repr(o);
    }

    /// <summary>The __str__ that str(o) calls, beyond the builtin types' own: on a user subclass of a
    /// builtin, a Python __str__ or a builtin one assigned to the class (enum's IntFlag.__str__ =
    /// int.__repr__); on an instance of a user class, an exception or an extension type's instance,
    /// whatever __str__ its class has. Null when Str formats the object itself.</summary>
    private static PyObject? StrMethodOf(PyObject o)
    {
        if (SubclassDicts.IsUserSub(o))
        {
            var sm = o.Type.Lookup(N.Str);
            return sm is PyFunction || sm is PyMethodDescriptor && DefinedByUserClass(o.Type, N.Str) ? sm : null;
        }
        if (o is PyInstance && !o.Type.IsBuiltin || o is PyBaseException || IsExtensionInstance(o))
            return o.Type.Lookup(N.Str);
        return null;
    }

    /// <summary>A __str__ method's result: any str, a subclass's instance included (PyObject_Str's check).</summary>
    private static PyStr CallStr(PyObject m, PyObject o)
    {
        var r = CallMethod(m, o);
        return r as PyStr ?? throw Errors.TypeError($"__str__ returned non-string (type {r.Type.Name})");
    }

    /// <summary>
    /// str(o) as an object (CPython's PyObject_Str): an exact str is itself; the result of a __str__
    /// that Str would call is returned as it is, an instance of a str subclass included (python3.11:
    /// `type(str(x))` is that subclass); anything else is a new str of Str(o).
    /// </summary>
    public static PyObject StrObject(PyObject o)
    {
        if (o.GetType() == typeof(PyStr) && Unsafe.As<PyStr>(o).IsExact) return o;
        if (o is PyInt or PyFloat or PyNone && o.Type.IsBuiltin) return PyStr.From(Str(o));
        if (StrMethodOf(o) is { } sm) return CallStr(sm, o);
        return PyStr.From(Str(o));
    }

    /// <summary>
    /// repr(o) as an object (PyObject_Repr): a class's own Python __repr__ (the cases Repr calls one
    /// for: a user subclass of a builtin, an instance of a user class) returns its str as it is, a str
    /// subclass's instance included; anything else is a new str of Repr(o).
    /// </summary>
    public static PyObject ReprObject(PyObject o)
    {
        if (!o.Type.IsBuiltin && o.Type.Lookup(N.Repr) is PyFunction rf)
        {
            if (o is not PyInstance)
            {
                var r = CallMethod(rf, o);
                return r as PyStr ?? throw Errors.TypeError($"__repr__ returned non-string (type {r.Type.Name})");
            }
            if (!IsExtensionInstance(o))
            {
                PyObject r;
                var ts = Evaluation.ThreadState.EnterRecursiveCall(WhileRepr);   // PyObject_Repr's own level, as ReprUser
                try { r = CallMethod(rf, o); }
                finally { ts.Depth--; }
                return r as PyStr ?? throw Errors.TypeError($"__repr__ returned non-string (type {r.Type.Name})");
            }
        }
        return PyStr.From(Repr(o));
    }

    /// <summary>
    /// format(value, spec) as an object (PyObject_Format): an exact str with an empty spec is itself;
    /// a Python __format__ (the cases Format calls one for) returns its str as it is, a str subclass's
    /// instance included; anything else is a new str of Format(value, spec).
    /// </summary>
    public static PyObject FormatObject(PyObject value, string spec)
    {
        if (value.GetType() == typeof(PyStr) && Unsafe.As<PyStr>(value).IsExact)
            return spec.Length == 0 ? value : PyStr.From(Formatter.FormatStr(Unsafe.As<PyStr>(value).V, spec));
        if (!value.Type.IsBuiltin || value is PyBaseException)
        {
            var m = value.Type.Lookup(N.Format);
            if (m is not null && m is not PyMethodDescriptor)
            {
                var r = CallMethod(m, value, PyStr.From(spec));
                return r as PyStr ?? throw Errors.TypeError($"__format__ must return a str, not {r.Type.Name}");
            }
        }
        // object.__format__ with an empty spec is PyObject_Str (what Format's last line does as a string).
        if (spec.Length == 0 && value is not (PyStr or PyInt or PyFloat or PyComplex)) return StrObject(value);
        return PyStr.From(Format(value, spec));
    }

    public static string StrRepr(string s)
    {
        bool hasSingle = s.Contains('\''), hasDouble = s.Contains('"');
        char q = hasSingle && !hasDouble ? '"' : '\'';
        var sb = new StringBuilder(s.Length + 2);
        sb.Append(q);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsSurrogate(c))
            {
                // A pair is one astral code point; a lone surrogate is unprintable and escaped, as in CPython.
                if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                {
                    int cp = char.ConvertToUtf32(c, s[++i]);
                    if (IsPrintable(cp)) sb.Append(c).Append(s[i]);
                    else sb.Append("\\U").Append(cp.ToString("x8", CultureInfo.InvariantCulture));
                }
                else sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                continue;
            }
            switch (c)
            {
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c == q) { sb.Append('\\').Append(c); }
                    else if (c < 0x20 || c == 0x7f) sb.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
                    else if (c >= 0x80 && !IsPrintable(c)) 
                    {
                        if (c <= 0xff) sb.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
                        else sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else sb.Append(c);
                    break;
            }
        }
        sb.Append(q);
        return sb.ToString();
    }

    private static bool IsPrintable(char c) => IsPrintable((int)c);

    private static bool IsPrintable(int cp)
    {
        var cat = System.Text.Rune.GetUnicodeCategory(new System.Text.Rune(cp));
        return cat switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                or UnicodeCategory.OtherNotAssigned or UnicodeCategory.PrivateUse => false,
            UnicodeCategory.SpaceSeparator => cp == ' ',
            _ => true,
        };
    }

    public static string Ascii(PyObject o) => AsciiEscape(Repr(o));

    /// <summary>ascii(o) as an object (PyObject_ASCII): the repr's object itself, a str subclass's
    /// instance from a Python __repr__ included, when it is all ASCII; else a new str of it escaped.</summary>
    public static PyObject AsciiObject(PyObject o)
    {
        var r = ReprObject(o);
        var v = Unsafe.As<PyStr>(r).V;
        foreach (char c in v) if (c >= 0x80) return PyStr.From(AsciiEscape(v));
        return r;
    }

    private static string AsciiEscape(string r)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < r.Length; i++)
        {
            char c = r[i];
            if (c < 0x80) sb.Append(c);
            else if (char.IsHighSurrogate(c) && i + 1 < r.Length && char.IsLowSurrogate(r[i + 1]))
                sb.Append("\\U").Append(char.ConvertToUtf32(c, r[++i]).ToString("x8", CultureInfo.InvariantCulture));   // one astral code point
            else if (c <= 0xff) sb.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
            else sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    /// <summary>format(value, spec): the __format__ protocol.</summary>
    public static string Format(PyObject value, string spec)
    {
        if (value.GetType() == typeof(PyStr) && Unsafe.As<PyStr>(value).IsExact) return Formatter.FormatStr(Unsafe.As<PyStr>(value).V, spec);
        // A user subclass of str, int, float, complex may define __format__ (its builtin base's
        // formatting below is what str.__format__ and the others do when it does not).
        if (value is not PyInstance && !value.Type.IsBuiltin && value.Type.Lookup(N.Format) is { } um && um is not PyMethodDescriptor)
        {
            var ur = CallMethod(um, value, PyStr.From(spec));
            return ur is PyStr urs ? urs.V : throw Errors.TypeError($"__format__ must return a str, not {ur.Type.Name}");
        }
        switch (value)
        {
            case PyStr s: return Formatter.FormatStr(s.V, spec);
            case PyBool b when spec.Length == 0: return Str(b);
            case PyInt i: return Formatter.FormatInt(i, spec);
            case PyFloat f: return Formatter.FormatFloat(f.V, spec);
            case PyComplex c: return ComplexOps.Format(c.Re, c.Im, spec);
        }
        if (value is PyInstance && !value.Type.IsBuiltin || value is PyBaseException)
        {
            var m = value.Type.Lookup(N.Format);
            if (m is not null && m is not PyMethodDescriptor)
            {
                var r = CallMethod(m, value, PyStr.From(spec));
                return r is PyStr rs ? rs.V : throw Errors.TypeError($"__format__ must return a str, not {r.Type.Name}");
            }
        }
        if (spec.Length > 0) throw Errors.TypeError($"unsupported format string passed to {value.Type.Name}.__format__");
        return Str(value);
    }
}
