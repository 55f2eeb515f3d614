namespace Herthon.Runtime;

/// <summary>
/// Argument counts of builtin methods whose bodies assume them (`"abc".count()` must be a TypeError, not
/// an index out of the argument span; `[].clear(None)` must not ignore its argument). Each entry wraps the
/// installed method with CPython 3.11's check and message, which depend on how CPython declares it:
/// METH_NOARGS / METH_O ("str.upper() takes no arguments (1 given)"), PyArg_ParseTuple ("find() takes at
/// least 1 argument (0 given)"), Argument Clinic ("center expected at least 1 argument, got 0") or a slot
/// wrapper ("expected 1 argument, got 0").
/// </summary>
internal static class MethodArity
{
    private enum Kind { NoArgs, One, ParseTuple, Clinic, ClinicKw, Wrapper, Ternary }

    public static void Install()
    {
        var s = TypeObjects.Str;
        foreach (var n in new[] { "upper", "lower", "casefold", "swapcase", "capitalize", "title", "isdigit", "isdecimal", "isnumeric",
                     "isalpha", "isalnum", "isspace", "isascii", "isidentifier", "isprintable", "islower", "isupper", "istitle" })
            Wrap(s, n, Kind.NoArgs, 0, 0);
        foreach (var n in new[] { "zfill", "removeprefix", "removesuffix", "partition", "rpartition", "format_map", "translate" })
            Wrap(s, n, Kind.One, 1, 1);
        foreach (var n in new[] { "find", "rfind", "index", "rindex", "count" }) Wrap(s, n, Kind.ParseTuple, 1, 3);
        foreach (var n in new[] { "center", "ljust", "rjust" }) Wrap(s, n, Kind.Clinic, 1, 2);
        foreach (var n in new[] { "strip", "lstrip", "rstrip" }) Wrap(s, n, Kind.Clinic, 0, 1);
        foreach (var n in new[] { "expandtabs", "splitlines" }) Wrap(s, n, Kind.ClinicKw, 0, 1);
        foreach (var n in new[] { "__getitem__", "__contains__", "__mul__", "__rmul__", "__mod__", "__rmod__", "__add__" }) Wrap(s, n, Kind.Wrapper, 1, 1);

        var l = TypeObjects.List;
        foreach (var n in new[] { "clear", "copy", "reverse" }) Wrap(l, n, Kind.NoArgs, 0, 0);
        Wrap(l, "count", Kind.One, 1, 1);
        Wrap(l, "__getitem__", Kind.One, 1, 1);
        foreach (var n in new[] { "__contains__", "__delitem__", "__mul__", "__rmul__", "__imul__", "__add__", "__iadd__" }) Wrap(l, n, Kind.Wrapper, 1, 1);
        Wrap(l, "__setitem__", Kind.Wrapper, 2, 2);

        var t = TypeObjects.Tuple;
        Wrap(t, "count", Kind.One, 1, 1);
        foreach (var n in new[] { "__getitem__", "__contains__", "__mul__", "__rmul__", "__add__" }) Wrap(t, n, Kind.Wrapper, 1, 1);

        var d = TypeObjects.Dict;
        foreach (var n in new[] { "clear", "copy", "keys", "values", "items", "popitem" }) Wrap(d, n, Kind.NoArgs, 0, 0);
        foreach (var n in new[] { "__getitem__", "__contains__" }) Wrap(d, n, Kind.One, 1, 1);

        foreach (var st in new[] { TypeObjects.Set, TypeObjects.FrozenSet })
        {
            Wrap(st, "__contains__", Kind.One, 1, 1);
            foreach (var n in new[] { "copy", "clear", "pop" }) Wrap(st, n, Kind.NoArgs, 0, 0);
        }
        InstallSlots();
    }

    /// <summary>
    /// Every builtin type's slot wrappers: a binary slot takes exactly one argument, a unary one none
    /// (CPython's wrap_binaryfunc / wrap_unaryfunc: "expected 1 argument, got 0"), and the
    /// one-argument methods whose bodies read their argument unchecked. Entries Install configured
    /// differently are left as they are.
    /// </summary>
    private static void InstallSlots()
    {
        // object's own slots are left out: every user class reaches them (hash, ==, repr of instances).
        Wrap(TypeObjects.Object, "__format__", Kind.One, 1, 1);
        PyType[] types = [TypeObjects.Int, TypeObjects.Bool, TypeObjects.Float, TypeObjects.Complex,
            TypeObjects.Str, TypeObjects.Bytes, TypeObjects.ByteArray, TypeObjects.List, TypeObjects.Tuple, TypeObjects.Dict,
            TypeObjects.Set, TypeObjects.FrozenSet, TypeObjects.Range, TypeObjects.Slice];
        foreach (var t in types)
        {
            WrapSlots(t);
            Wrap(t, "__pow__", Kind.Ternary, 1, 2);
            Wrap(t, "__rpow__", Kind.Ternary, 1, 2);
            Wrap(t, "__format__", Kind.One, 1, 1);
        }
        foreach (var st in new[] { TypeObjects.Set, TypeObjects.FrozenSet })
            foreach (var n in new[] { "isdisjoint", "issubset", "issuperset", "symmetric_difference", "remove", "discard", "symmetric_difference_update" })
                Wrap(st, n, Kind.One, 1, 1);
        foreach (var n in new[] { "append", "extend", "remove" }) Wrap(TypeObjects.ByteArray, n, Kind.One, 1, 1);
        Wrap(TypeObjects.ByteArray, "insert", Kind.Clinic, 2, 2);
        Wrap(TypeObjects.Slice, "indices", Kind.One, 1, 1);
        Wrap(TypeObjects.Tuple, "index", Kind.Clinic, 1, 3);
    }

    /// <summary>A module type's slot wrappers (array.array): the same counts and messages as the builtins'.</summary>
    internal static void WrapSlots(PyType t)
    {
        foreach (var n in BinarySlots) Wrap(t, n, Kind.Wrapper, 1, 1);
        foreach (var n in UnarySlots) Wrap(t, n, Kind.Wrapper, 0, 0);
        Wrap(t, "__setitem__", Kind.Wrapper, 2, 2);
    }

    private static readonly string[] BinarySlots = ["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__add__",
        "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__", "__truediv__", "__rtruediv__", "__floordiv__", "__rfloordiv__",
        "__mod__", "__rmod__", "__divmod__", "__rdivmod__", "__and__", "__rand__", "__or__", "__ror__", "__xor__", "__rxor__",
        "__lshift__", "__rlshift__", "__rshift__", "__rrshift__", "__matmul__", "__rmatmul__", "__contains__", "__getitem__",
        "__delitem__", "__iadd__", "__isub__", "__imul__", "__ior__", "__iand__", "__ixor__"];
    private static readonly string[] UnarySlots = ["__neg__", "__pos__", "__abs__", "__invert__", "__bool__", "__int__", "__float__",
        "__index__", "__len__", "__hash__", "__repr__", "__str__", "__iter__", "__next__"];

    /// <summary>The names CPython exposes as slot wrappers (its slotdefs): the two lists above and the
    /// slots InstallSlots does not wrap by count (other counts, or checked in their own bodies).</summary>
    internal static readonly HashSet<string> SlotNames =
    [
        .. BinarySlots, .. UnarySlots,
        "__setitem__", "__pow__", "__rpow__", "__call__", "__getattribute__", "__setattr__", "__delattr__", "__get__", "__set__",
        "__delete__", "__init__", "__del__", "__await__", "__aiter__", "__anext__", "__imod__", "__ipow__", "__ilshift__",
        "__irshift__", "__ifloordiv__", "__itruediv__", "__imatmul__",
    ];

    private static readonly HashSet<(PyType, string)> s_wrapped = [];

    /// <summary>The check of a binary slot wrapper (self and one argument), for the slots checked in
    /// their own bodies rather than wrapped: object's, which every user class reaches.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static void BinarySlot(ReadOnlySpan<PyObject> a)
    {
        if (a.Length != 2) throw BinarySlotCount(a.Length - 1);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static PyException BinarySlotCount(int given) => Errors.TypeError($"expected 1 argument, got {given}");

    private static void Wrap(PyType t, string name, Kind kind, int min, int max)
    {
        if (!s_wrapped.Add((t, name))) return;   // configured already
        if (t.TypeDict.Get(name) is not PyMethodDescriptor md) return;
        var fn = md.Fn;
        string qualified = $"{t.Name}.{name}", label = kind is Kind.NoArgs or Kind.One ? qualified : name;
        t.TypeDict[name] = new PyMethodDescriptor(name, t, (a, kw) =>
        {
            // the common case, positional arguments in range, without a call
            if (kw is not null || (uint)(a.Length - 1 - min) > (uint)(max - min)) Check(kind, min, max, label, qualified, a, kw);
            return fn(a, kw);
        }) { Body = fn, Min = min, Span = max - min };
    }

    private static void Check(Kind kind, int min, int max, string label, string qualified, ReadOnlySpan<PyObject> a, string[]? kw)
    {
        int nkw = kw?.Length ?? 0;
        int n = a.Length - 1 - nkw;   // positional, without self
        if (nkw > 0 && kind is not (Kind.ClinicKw or Kind.Wrapper))
            throw Errors.TypeError($"{qualified}() takes no keyword arguments");
        if (kind == Kind.ClinicKw) { if (n <= max) return; }
        else if (n >= min && n <= max) return;
        string s(int k) => k == 1 ? "" : "s";
        throw Errors.TypeError(kind switch
        {
            Kind.NoArgs => $"{label}() takes no arguments ({n} given)",
            Kind.One => $"{label}() takes exactly one argument ({n} given)",
            Kind.ParseTuple or Kind.ClinicKw => n < min ? $"{label}() takes at least {min} argument{s(min)} ({n} given)"
                                       : $"{label}() takes at most {max} argument{s(max)} ({n} given)",
            // The wrappers that unpack with PyArg_UnpackTuple(args, "", ...) print the empty name and its space.
            Kind.Wrapper => $"{(label is "__mul__" or "__rmul__" or "__imul__" or "__setitem__" ? " " : "")}expected {min} argument{s(min)}, got {n}",
            // wrap_ternaryfunc unpacks with PyArg_UnpackTuple(args, "", 1, 2, ...): the empty name and its space.
            Kind.Ternary => n < min ? $" expected at least {min} argument{s(min)}, got {n}" : $" expected at most {max} argument{s(max)}, got {n}",
            _ when min == max => $"{label} expected {min} argument{s(min)}, got {n}",
            _ => n < min ? $"{label} expected at least {min} argument{s(min)}, got {n}"
                         : $"{label} expected at most {max} argument{s(max)}, got {n}",
        });
    }
}
