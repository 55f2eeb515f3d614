using System.Collections.Immutable;

namespace Herthon.Runtime;

/// <summary>
/// The `_contextvars` module under CPython's contextvars.py (PEP 567): ContextVar, Token, Context,
/// copy_context. A Context is an immutable mapping replaced on every set (CPython uses a HAMT;
/// an immutable dictionary gives the same copy-on-write semantics); each thread has its own current
/// context.
/// </summary>
public static class ContextvarsModule
{
    [ThreadStatic] private static PyContext? t_current;

    private static PyContext Current => t_current ??= new PyContext(ImmutableDictionary.Create<PyContextVar, PyObject>(ReferenceEqualityComparer.Instance));

    /// <summary>contextvars.copy_context() for native callers (_asyncio's callbacks and tasks).</summary>
    public static PyObject CopyCurrent() => new PyContext(Current.Vars);

    /// <summary>Token.MISSING: the old value of a variable that had none (declared first: the types use it).</summary>
    private static readonly PyType MissingType = MakeMissingType();
    private static readonly PyObject Missing = new PyMissing();
    public static readonly PyType ContextVarType = MakeContextVarType();
    public static readonly PyType TokenType = MakeTokenType();
    public static readonly PyType ContextType = MakeContextType();

    private static PyType MakeMissingType()
    {
        var t = Builtin("Token.MISSING");
        t.SetMethod("__repr__", static (a, kw) => PyStr.From("<Token.MISSING>"));
        return t;
    }

    public static PyModule Create()
    {
        var m = new PyModule("_contextvars");
        m.Add("ContextVar", ContextVarType);
        m.Add("Token", TokenType);
        m.Add("Context", ContextType);
        m.AddFunction("copy_context", static (a, kw) =>
        {
            Args.Count("copy_context", a, kw, 0, 0);
            return new PyContext(Current.Vars);
        });
        return m;
    }

    private sealed class PyMissing : PyObject
    {
        public override PyType Type => MissingType;
    }

    public sealed class PyContextVar(string name, PyObject? dflt) : PyObject
    {
        public readonly string Name = name;
        public readonly PyObject? Default = dflt;
        public override PyType Type => ContextVarType;
    }

    public sealed class PyToken(PyContext context, PyContextVar var, PyObject old) : PyObject
    {
        public readonly PyContext Context = context;
        public readonly PyContextVar Var = var;
        public readonly PyObject OldValue = old;
        public bool Used;
        public override PyType Type => TokenType;
    }

    public sealed class PyContext(ImmutableDictionary<PyContextVar, PyObject> vars) : PyObject
    {
        public ImmutableDictionary<PyContextVar, PyObject> Vars = vars;
        public PyContext? Previous;
        public bool Entered;
        public override PyType Type => ContextType;
    }

    private static PyType Builtin(string name)
    {
        var t = new PyType(name, [TypeObjects.Object], true) { Module = "_contextvars" };
        t.ComputeMro();
        return t;
    }

    private static PyType MakeContextVarType()
    {
        var t = Builtin("ContextVar");
        t.New = static (cls, a, kw) =>
        {
            Args.OnlyKw("ContextVar", kw, "default");
            int n = Args.Positional(a, kw);
            if (n != 1) throw Errors.TypeError($"ContextVar() takes exactly 1 positional argument ({n} given)");
            if (a[0] is not PyStr name) throw Errors.TypeError("context variable name must be a str");
            return new PyContextVar(name.V, Args.Kw(a, kw, "default"));
        };
        static PyContextVar V(ReadOnlySpan<PyObject> a) => (PyContextVar)a[0];
        t.SetMethod("get", static (a, kw) =>
        {
            Args.Method("get", a, kw, 0, 1);
            var v = V(a);
            if (Current.Vars.TryGetValue(v, out var value)) return value;
            if (a.Length > 1) return a[1];
            if (v.Default is not null) return v.Default;
            throw new PyException(Errors.NewException(TypeObjects.LookupError, [v]));
        });
        t.SetMethod("set", static (a, kw) =>
        {
            Args.Method("set", a, kw, 1, 1);
            var v = V(a);
            var ctx = Current;
            var old = ctx.Vars.TryGetValue(v, out var o) ? o : Missing;
            ctx.Vars = ctx.Vars.SetItem(v, a[1]);
            return new PyToken(ctx, v, old);
        });
        t.SetMethod("reset", static (a, kw) =>
        {
            Args.Method("reset", a, kw, 1, 1);
            var v = V(a);
            if (a[1] is not PyToken tok) throw Errors.TypeError($"expected an instance of Token, got {Ops.Repr(a[1])}");
            if (tok.Used) throw Errors.RuntimeError($"{Ops.Repr(tok)} has already been used once");
            if (!ReferenceEquals(tok.Var, v)) throw Errors.ValueError($"{Ops.Repr(tok)} was created by a different ContextVar");
            var ctx = Current;
            if (!ReferenceEquals(tok.Context, ctx)) throw Errors.ValueError($"{Ops.Repr(tok)} was created in a different Context");
            tok.Used = true;
            ctx.Vars = ReferenceEquals(tok.OldValue, Missing) ? ctx.Vars.Remove(v) : ctx.Vars.SetItem(v, tok.OldValue);
            return PyNone.Instance;
        });
        t.SetMethod("__repr__", static (a, kw) =>
        {
            var v = V(a);
            string dflt = v.Default is null ? "" : $" default={Ops.Repr(v.Default)}";
            return PyStr.From($"<ContextVar name={Ops.Repr(PyStr.From(v.Name))}{dflt} at 0x{ObjectIds.Of(v):x}>");
        });
        t.SetMethod("__hash__", static (a, kw) => PyInt.From(ObjectIds.Of(a[0])));
        t.TypeDict["__class_getitem__"] = PyGenericAlias.ClassGetItemMethod();
        t.TypeDict["name"] = new PyGetSetDescriptor("name", o => PyStr.From(((PyContextVar)o).Name));
        return t;
    }

    private static PyType MakeTokenType()
    {
        var t = Builtin("Token");
        t.New = static (cls, a, kw) => throw Errors.RuntimeError("Tokens can only be created by ContextVars");
        t.TypeDict["var"] = new PyGetSetDescriptor("var", o => ((PyToken)o).Var);
        t.TypeDict["old_value"] = new PyGetSetDescriptor("old_value", o => ((PyToken)o).OldValue);
        t.TypeDict["MISSING"] = Missing;
        t.SetMethod("__repr__", static (a, kw) =>
        {
            var tok = (PyToken)a[0];
            return PyStr.From($"<Token{(tok.Used ? " used" : "")} var={Ops.Repr(tok.Var)} at 0x{ObjectIds.Of(tok):x}>");
        });
        t.TypeDict["__class_getitem__"] = PyGenericAlias.ClassGetItemMethod();
        return t;
    }

    private static PyType MakeContextType()
    {
        var t = Builtin("Context");
        t.New = static (cls, a, kw) =>
        {
            if (a.Length > 0) throw Errors.TypeError("Context() does not accept any arguments");
            return new PyContext(ImmutableDictionary.Create<PyContextVar, PyObject>(ReferenceEqualityComparer.Instance));
        };
        static PyContext C(ReadOnlySpan<PyObject> a) => (PyContext)a[0];
        static PyContextVar Key(PyObject k) => k as PyContextVar
            ?? throw Errors.TypeError($"a ContextVar key was expected, got {Ops.Repr(k)}");
        t.SetMethod("run", static (a, kw) =>
        {
            if (a.Length < 2) throw Errors.TypeError("run() missing 1 required positional argument");
            var ctx = C(a);
            if (ctx.Entered) throw Errors.RuntimeError($"cannot enter context: {Ops.Repr(ctx)} is already entered");
            ctx.Previous = Current;
            ctx.Entered = true;
            t_current = ctx;
            try { return Ops.Call(a[1], a[2..], kw); }
            finally
            {
                t_current = ctx.Previous;
                ctx.Previous = null;
                ctx.Entered = false;
            }
        });
        t.SetMethod("copy", static (a, kw) => { Args.Method("copy", a, kw, 0, 0); return new PyContext(C(a).Vars); });
        t.SetMethod("get", static (a, kw) =>
        {
            Args.Method("get", a, kw, 1, 2);
            return C(a).Vars.TryGetValue(Key(a[1]), out var v) ? v : a.Length > 2 ? a[2] : PyNone.Instance;
        });
        t.SetMethod("__getitem__", static (a, kw) =>
            C(a).Vars.TryGetValue(Key(a[1]), out var v) ? v : throw Errors.KeyError(a[1]));
        t.SetMethod("__contains__", static (a, kw) => PyBool.From(C(a).Vars.ContainsKey(Key(a[1]))));
        t.SetMethod("__len__", static (a, kw) => PyInt.From(C(a).Vars.Count));
        t.SetMethod("__iter__", static (a, kw) => Ops.GetIter(Keys(C(a))));
        t.SetMethod("keys", static (a, kw) => Keys(C(a)));
        t.SetMethod("values", static (a, kw) => new PyList(C(a).Vars.Values.ToArray()));
        t.SetMethod("items", static (a, kw) =>
            new PyList(C(a).Vars.Select(kv => (PyObject)PyTuple.Of(kv.Key, kv.Value)).ToArray()));
        return t;
    }

    private static PyList Keys(PyContext c) => new(c.Vars.Keys.Select(k => (PyObject)k).ToArray());
}
