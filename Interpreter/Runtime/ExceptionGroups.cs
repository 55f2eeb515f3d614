
namespace Herthon.Runtime;

/// <summary>An instance of BaseExceptionGroup or a subclass (PEP 654).</summary>
public sealed class PyExceptionGroup(PyType type, PyStr message, PyTuple exceptions) : PyBaseException(type)
{
    public readonly PyStr Message = message;
    /// <summary>The nested exceptions, never empty (checked at construction).</summary>
    public readonly PyTuple Exceptions = exceptions;
}

/// <summary>
/// BaseExceptionGroup/ExceptionGroup: construction, split/subgroup/derive (CPython's
/// Objects/exceptions.c), and the run-time support of `except*` (CHECK_EG_MATCH and
/// PREP_RERAISE_STAR).
/// </summary>
public static class ExceptionGroups
{
    private enum Matcher { ByType, ByPredicate, ByIdentity }

    public static void Install()
    {
        var beg = TypeObjects.BaseExceptionGroup;
        beg.New = New;
        TypeObjects.ExceptionGroup.New = New;
        beg.TypeDict["__new__"] = new PyStaticMethod(new PyBuiltinFunction("__new__", static (a, kw) =>
        {
            if (a.Length == 0 || a[0] is not PyType cls || !cls.IsSubtypeOf(TypeObjects.BaseExceptionGroup))
                throw Errors.TypeError("BaseExceptionGroup.__new__(X): X is not a subtype of BaseExceptionGroup");
            return New(cls, a[1..], kw);
        }));
        beg.SetMethod("__init__", static (a, kw) =>
        {
            Args.NoKw(a[0].Type.Name, kw);
            ((PyBaseException)a[0]).Args = PyTuple.From(a[1..]);
            return PyNone.Instance;
        });
        beg.SetMethod("__str__", static (a, kw) =>
        {
            var eg = Group(a[0]);
            int n = eg.Exceptions.Items.Length;
            return PyStr.From($"{eg.Message.V} ({n} sub-exception{(n > 1 ? "s" : "")})");
        });
        beg.SetMethod("derive", static (a, kw) =>
        {
            Args.Method("derive", a, kw, 1, 1);
            return Derive(Group(a[0]), a[1]);
        });
        beg.SetMethod("split", static (a, kw) =>
        {
            Args.Method("split", a, kw, 1, 1);
            var kind = MatcherKind(a[1]);
            var (match, rest) = Split(a[0], kind, a[1], constructRest: true);
            return PyTuple.Of(match ?? PyNone.Instance, rest ?? PyNone.Instance);
        });
        beg.SetMethod("subgroup", static (a, kw) =>
        {
            Args.Method("subgroup", a, kw, 1, 1);
            var kind = MatcherKind(a[1]);
            return Split(a[0], kind, a[1], constructRest: false).Match ?? PyNone.Instance;
        });
        static void ReadOnly(PyObject o, PyObject v) => throw Errors.AttributeError("readonly attribute");
        beg.TypeDict["message"] = new PyGetSetDescriptor("message", o => Group(o).Message, ReadOnly);
        beg.TypeDict["exceptions"] = new PyGetSetDescriptor("exceptions", o => Group(o).Exceptions, ReadOnly);
    }

    private static PyExceptionGroup Group(PyObject o) =>
        o as PyExceptionGroup ?? throw Errors.TypeError($"descriptor requires a 'BaseExceptionGroup' object but received a '{o.Type.Name}'");

    /// <summary>BaseExceptionGroup.__new__: validates (message, exceptions) and picks the class.</summary>
    private static PyObject New(PyType cls, ReadOnlySpan<PyObject> a, string[]? kw)
    {
        int npos = Args.Positional(a, kw);
        if (npos != 2) throw Errors.TypeError($"BaseExceptionGroup.__new__() takes exactly 2 arguments ({npos} given)");
        if (a[0] is not PyStr message) throw Errors.TypeError($"BaseExceptionGroup.__new__() argument 1 must be str, not {a[0].Type.Name}");
        var seq = a[1];
        if (!IsSequence(seq)) throw Errors.TypeError("second argument (exceptions) must be a sequence");
        var excs = Ops.ToArray(seq);
        if (excs.Length == 0) throw Errors.ValueError("second argument (exceptions) must be a non-empty sequence");
        bool nestedBase = false;
        for (int i = 0; i < excs.Length; i++)
        {
            if (excs[i] is not PyBaseException e) throw Errors.ValueError($"Item {i} of second argument (exceptions) is not an exception");
            if (!e.Type.IsSubtypeOf(TypeObjects.Exception)) nestedBase = true;
        }
        if (ReferenceEquals(cls, TypeObjects.ExceptionGroup))
        {
            if (nestedBase) throw Errors.TypeError("Cannot nest BaseExceptions in an ExceptionGroup");
        }
        else if (ReferenceEquals(cls, TypeObjects.BaseExceptionGroup))
        {
            if (!nestedBase) cls = TypeObjects.ExceptionGroup;
        }
        else if (nestedBase && cls.IsSubtypeOf(TypeObjects.Exception))
            throw Errors.TypeError($"Cannot nest BaseExceptions in '{cls.Name}'");
        // A builtin class is never __init__-ed after __new__, so keywords are rejected here as
        // BaseExceptionGroup.__init__ would.
        if (cls.IsBuiltin) Args.NoKw(cls.Name, kw);
        return new PyExceptionGroup(cls, message, new PyTuple(excs)) { Args = PyTuple.From(a[..npos]) };
    }

    private static bool IsSequence(PyObject o) =>
        o is PyList or PyTuple || (o is not PyDict && o.Type.Lookup(PyStr.From("__getitem__")) is not null);

    /// <summary>BaseExceptionGroup(self.message, excs): what the default derive() builds.</summary>
    private static PyObject Derive(PyExceptionGroup eg, PyObject excs) =>
        New(TypeObjects.BaseExceptionGroup, [eg.Message, excs], null);

    /// <summary>BaseExceptionGroup(message, excs) (CPython's _PyExc_CreateExceptionGroup); excs stays its args[1].</summary>
    public static PyExceptionGroup Create(string message, PyObject excs) =>
        (PyExceptionGroup)New(TypeObjects.BaseExceptionGroup, [PyStr.From(message), excs], null);

    private static Matcher MatcherKind(PyObject value)
    {
        if (value is not PyType && Builtins.IsCallable(value)) return Matcher.ByPredicate;
        if (value is PyType { IsException: true }) return Matcher.ByType;
        if (value is PyTuple { Sub: null } t)
        {
            foreach (var x in t.Items)
                if (x is not PyType { IsException: true }) goto Error;
            return Matcher.ByType;
        }
    Error:
        throw Errors.TypeError("expected a function, exception type or tuple of exception types");
    }

    private static bool Matches(PyObject exc, Matcher kind, PyObject value) => kind switch
    {
        Matcher.ByType => Evaluation.Interpreter.ExceptionMatches((PyBaseException)exc, value),
        Matcher.ByPredicate => Ops.Truth(Ops.Call(value, exc)),
        _ => ((Identities)value).Set.Contains(exc),
    };

    /// <summary>A set of leaf exceptions by identity, passed where a matcher value is expected.</summary>
    private sealed class Identities : PyObject
    {
        public readonly HashSet<PyObject> Set = new(ReferenceEqualityComparer.Instance);
        public override PyType Type => TypeObjects.Object;
    }

    /// <summary>CPython's exceptiongroup_split_recursive: the matching part and (optionally) the rest.</summary>
    private static (PyObject? Match, PyObject? Remainder) Split(PyObject exc, Matcher kind, PyObject value, bool constructRest)
    {
        if (Matches(exc, kind, value)) return (exc, null);
        if (exc is not PyExceptionGroup eg) return (null, constructRest ? exc : null);
        var matches = new List<PyObject>();
        var rests = constructRest ? new List<PyObject>() : null;
        // Groups may nest deeply (or cyclically, through derive()): fail as CPython's recursion check does.
        if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw Errors.RecursionError("maximum recursion depth exceeded in exceptiongroup_split_recursive");
        foreach (var e in eg.Exceptions.Items)
        {
            var (m, r) = Split(e, kind, value, constructRest);
            if (m is not null) matches.Add(m);
            if (r is not null) rests!.Add(r);
        }
        return (Subset(eg, matches), rests is null ? null : Subset(eg, rests));
    }

    /// <summary>eg.derive(excs) carrying eg's traceback, cause, context and a copy of its notes.</summary>
    private static PyObject? Subset(PyExceptionGroup orig, List<PyObject> excs)
    {
        if (excs.Count == 0) return null;
        var derived = Ops.Invoke(orig, "derive", new PyList(excs));
        if (derived is not PyExceptionGroup eg) throw Errors.TypeError("derive must return an instance of BaseExceptionGroup");
        if (orig.Traceback is not null) eg.Traceback = orig.Traceback;
        eg.Context = orig.Context;
        eg.Cause = orig.Cause;
        eg.SuppressContext = true;   // PyException_SetCause sets it, whatever the cause
        if (Ops.GetAttrOrNull(orig, PyStr.From("__notes__")) is { } notes && IsSequence(notes))
            Ops.SetAttr(eg, PyStr.From("__notes__"), new PyList(new List<PyObject>(Ops.ToArray(notes))));
        return eg;
    }

    // ------------------------------------------------------------------ except*

    /// <summary>
    /// CHECK_EG_MATCH: splits <paramref name="exc"/> by the clause's type. Returns the matched part
    /// (a group; a naked exception is wrapped in ExceptionGroup("", [exc])) or null, with the
    /// unmatched rest (null for none).
    /// </summary>
    public static PyObject? MatchStar(PyObject exc, PyObject type, out PyObject? rest)
    {
        CheckStarType(type);
        rest = null;
        if (exc is not PyBaseException be) return null;   // None: an earlier clause took everything
        if (Evaluation.Interpreter.ExceptionMatches(be, type))
            return be is PyExceptionGroup ? be : Create("", PyTuple.Of(be));
        if (be is PyExceptionGroup)
        {
            var (m, r) = Split(be, Matcher.ByType, type, constructRest: true);
            if (m is null) { rest = be; return null; }
            rest = r;
            return m;
        }
        rest = be;
        return null;
    }

    private static void CheckStarType(PyObject type)
    {
        bool isGroup = false;
        if (type is PyTuple t)
        {
            foreach (var x in t.Items)
            {
                if (x is not PyType { IsException: true } xt) throw Errors.TypeError("catching classes that do not inherit from BaseException is not allowed");
                if (xt.IsSubtypeOf(TypeObjects.BaseExceptionGroup)) isGroup = true;
            }
        }
        else if (type is PyType { IsException: true } tt) isGroup = tt.IsSubtypeOf(TypeObjects.BaseExceptionGroup);
        else throw Errors.TypeError("catching classes that do not inherit from BaseException is not allowed");
        if (isGroup) throw Errors.TypeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
    }

    /// <summary>
    /// PREP_RERAISE_STAR (CPython's _PyExc_PrepReraiseStar): what leaves a try/except* — null
    /// when nothing, else the re-raised parts of <paramref name="orig"/> in its own structure,
    /// combined with the newly raised exceptions into ExceptionGroup("", [...]).
    /// </summary>
    public static PyObject PrepReraiseStar(PyObject orig, PyList excs)
    {
        var items = excs.AsSpan();
        if (items.Length == 0) return PyNone.Instance;
        if (orig is not PyExceptionGroup og)
        {
            // A naked exception was wrapped: at most one clause ran, so one exception at most.
            return items[0];
        }
        var raised = new List<PyObject>();
        var reraised = new List<PyObject>();
        foreach (var e in items)
        {
            if (e is not PyBaseException be) continue;
            (SameMetadata(be, og) ? reraised : raised).Add(e);
        }
        var ids = new Identities();
        foreach (var e in reraised) CollectLeaves(e, ids.Set);
        var reraisedGroup = reraised.Count == 0 ? null : Split(og, Matcher.ByIdentity, ids, constructRest: false).Match;
        if (raised.Count == 0) return reraisedGroup ?? PyNone.Instance;
        if (reraisedGroup is not null) raised.Add(reraisedGroup);
        // 3.11 wraps even a single raised exception (3.12 stopped doing so).
        return Create("", new PyList(raised));
    }

    /// <summary>A part of the original group re-raised unchanged (bare `raise`) keeps its metadata.</summary>
    private static bool SameMetadata(PyBaseException a, PyBaseException b) =>
        ReferenceEquals(a.Traceback, b.Traceback) && ReferenceEquals(a.Cause, b.Cause) && ReferenceEquals(a.Context, b.Context);

    private static void CollectLeaves(PyObject exc, HashSet<PyObject> set)
    {
        if (exc is PyExceptionGroup eg)
            foreach (var e in eg.Exceptions.Items) CollectLeaves(e, set);
        else if (exc is PyBaseException) set.Add(exc);
    }
}
