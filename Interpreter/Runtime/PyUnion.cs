namespace Herthon.Runtime;

/// <summary>types.UnionType: what `X | Y` gives for classes and None (PEP 604). isinstance and issubclass
/// accept it like a tuple of its arguments.</summary>
public sealed class PyUnion : PyObject
{
    public readonly PyObject[] Args;
    public static readonly PyType UnionType = MakeType();

    private PyUnion(PyObject[] args) { Args = args; }

    public override PyType Type => UnionType;

    private static bool Unionable(PyObject o) => o is PyNone or PyType or PyUnion or PyGenericAlias;

    public static PyObject Or(PyObject a, PyObject b)
    {
        if (!Unionable(a) || !Unionable(b)) return PyNotImplemented.Instance;
        var args = new List<PyObject>();
        Add(args, a);
        Add(args, b);
        return args.Count == 1 ? args[0] : new PyUnion(args.ToArray());
    }

    private static void Add(List<PyObject> args, PyObject o)
    {
        if (o is PyUnion u) { foreach (var x in u.Args) Add(args, x); return; }
        var t = o is PyNone ? TypeObjects.NoneType : o;
        foreach (var x in args) if (ReferenceEquals(x, t) || (x is PyGenericAlias && t is PyGenericAlias && Ops.Eq(x, t))) return;
        args.Add(t);
    }

    private static string ArgRepr(PyObject o) =>
        ReferenceEquals(o, TypeObjects.NoneType) ? "None"
        : o is PyType t ? (t.Module == "builtins" ? t.QualName : $"{t.Module}.{t.QualName}")
        : Ops.Repr(o);

    private static PyType MakeType()
    {
        var t = new PyType("UnionType", [TypeObjects.Object], false) { Module = "types" };
        t.ComputeMro();
        static PyUnion U(ReadOnlySpan<PyObject> a) => (PyUnion)a[0];
        t.SetMethod("__or__", static (a, kw) => Or(a[0], a[1]));
        t.SetMethod("__ror__", static (a, kw) => Or(a[1], a[0]));
        t.SetMethod("__repr__", static (a, kw) => PyStr.From(string.Join(" | ", U(a).Args.Select(ArgRepr))));
        t.SetMethod("__eq__", static (a, kw) =>
        {
            if (a[1] is not PyUnion o) return PyNotImplemented.Instance;
            var mine = U(a).Args;
            return PyBool.From(mine.Length == o.Args.Length && mine.All(x => o.Args.Any(y => ReferenceEquals(x, y))));
        });
        t.SetMethod("__hash__", static (a, kw) =>
        {
            long h = 0;
            foreach (var x in U(a).Args) h ^= Ops.Hash(x);
            return PyInt.From(h == -1 ? -2 : h);
        });
        t.SetMethod("__instancecheck__", static (a, kw) => PyBool.From(Builtins.IsInstance(a[1], PyTuple.From(U(a).Args))));
        t.SetMethod("__subclasscheck__", static (a, kw) => PyBool.From(Builtins.IsSubclass(a[1], PyTuple.From(U(a).Args))));
        t.TypeDict["__args__"] = new PyGetSetDescriptor("__args__", o => PyTuple.From(((PyUnion)o).Args));
        return t;
    }
}
