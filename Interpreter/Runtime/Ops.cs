using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;
using Herthon.Evaluation;

namespace Herthon.Runtime;

public enum BinaryOp
{
    Add, Sub, Mul, MatMul, TrueDiv, Mod, Pow, LShift, RShift, Or, Xor, And, FloorDiv,
}

public enum CompareOp { Lt, Le, Eq, Ne, Gt, Ge }

/// <summary>
/// The generic object protocol (CPython's abstract.c / object.c): what the eval loop falls back
/// to after its inline fast paths, and what builtins use.
/// </summary>
public static partial class Ops
{
    // ---------------------------------------------------------------- names of dunders
    internal static class N
    {
        public static readonly PyStr Init = new("__init__"), New = new("__new__"), Call = new("__call__"),
            Repr = new("__repr__"), Str = new("__str__"), Hash = new("__hash__"), Eq = new("__eq__"),
            Ne = new("__ne__"), Lt = new("__lt__"), Le = new("__le__"), Gt = new("__gt__"), Ge = new("__ge__"),
            Bool = new("__bool__"), Len = new("__len__"), GetItem = new("__getitem__"), SetItem = new("__setitem__"),
            DelItem = new("__delitem__"), Contains = new("__contains__"), Iter = new("__iter__"), Next = new("__next__"),
            GetAttr = new("__getattr__"), GetAttribute = new("__getattribute__"), SetAttr = new("__setattr__"),
            DelAttr = new("__delattr__"), Get = new("__get__"), Set = new("__set__"), Delete = new("__delete__"),
            Enter = new("__enter__"), Exit = new("__exit__"), Index = new("__index__"), Int = new("__int__"),
            Float = new("__float__"), Neg = new("__neg__"), Pos = new("__pos__"), Invert = new("__invert__"),
            Abs = new("__abs__"), Format = new("__format__"), Name = new("__name__"), Class = new("__class__"),
            Dict = new("__dict__"), Doc = new("__doc__"), Module = new("__module__"), Qualname = new("__qualname__"),
            Round = new("__round__"), Reversed = new("__reversed__"), Missing = new("__missing__"),
            InitSubclass = new("__init_subclass__"), SetName = new("__set_name__"), ClassGetItem = new("__class_getitem__"),
            InstanceCheck = new("__instancecheck__"), SubclassCheck = new("__subclasscheck__"), Builtins = new("__builtins__"),
            Bases = new("__bases__");

        public static readonly PyStr[] BinOp =
            [new("__add__"), new("__sub__"), new("__mul__"), new("__matmul__"), new("__truediv__"), new("__mod__"),
             new("__pow__"), new("__lshift__"), new("__rshift__"), new("__or__"), new("__xor__"), new("__and__"), new("__floordiv__")];
        public static readonly PyStr[] RBinOp =
            [new("__radd__"), new("__rsub__"), new("__rmul__"), new("__rmatmul__"), new("__rtruediv__"), new("__rmod__"),
             new("__rpow__"), new("__rlshift__"), new("__rrshift__"), new("__ror__"), new("__rxor__"), new("__rand__"), new("__rfloordiv__")];
        public static PyStr CompareName(CompareOp op) => op switch
        {
            CompareOp.Lt => Lt, CompareOp.Le => Le, CompareOp.Eq => Eq, CompareOp.Ne => Ne, CompareOp.Gt => Gt, _ => Ge,
        };

        public static readonly PyStr[] IBinOp =
            [new("__iadd__"), new("__isub__"), new("__imul__"), new("__imatmul__"), new("__itruediv__"), new("__imod__"),
             new("__ipow__"), new("__ilshift__"), new("__irshift__"), new("__ior__"), new("__ixor__"), new("__iand__"), new("__ifloordiv__")];
        public static readonly string[] Symbol = ["+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//"];
        /// <summary>The in-place forms, as CPython's PyNumber_InPlace* name them in their TypeError.</summary>
        public static readonly string[] ISymbol = ["+=", "-=", "*=", "@=", "/=", "%=", "**=", "<<=", ">>=", "|=", "^=", "&=", "//="];
    }

    public static readonly PyObject None = PyNone.Instance;

    /// <summary>
    /// A special method the generic protocol should call even though it is written in C#: one defined on a
    /// type from an extension module (collections.deque, OrderedDict, namedtuple classes...), as opposed to
    /// the core builtin types whose dunders the protocol implements natively.
    /// </summary>
    public static bool IsExtensionMethod(PyObject? m) => m is PyMethodDescriptor md && (md.Owner.Module != "builtins" || md.Owner.DictDispatch);

    /// <summary>An instance of a C#-implemented type from an extension module (not a core builtin type).</summary>
    public static bool IsExtensionInstance(PyObject o)
    {
        var t = o.Type;
        return t.IsBuiltin && (t.Module != "builtins" || t.DictDispatch) && o is not PyType;
    }

    // ---------------------------------------------------------------- truth, len, hash

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Truth(PyObject o)
    {
        if (o is PyBool b) return ReferenceEquals(b, PyBool.True);
        if (o is PyNone) return false;
        // By method table: `is PyInt` on other objects would call the cast helper (PyInt is not sealed).
        // (an exact PyInt is a 64-bit int of type int: big ints and subclasses are PyIntExt.)
        if (o.GetType() == typeof(PyInt)) return Unsafe.As<PyInt>(o).V != 0;
        return TruthSlow(o);
    }

    private static bool TruthSlow(PyObject o)
    {
        if (SubclassDicts.IsUserSub(o))
        {
            var bm = o.Type.Lookup(N.Bool);
            // Only a bool will do (class B(int): def __bool__(self): return self would recurse).
            if (bm is PyFunction) return BoolResult(CallMethod(bm, o));
            var lm = o.Type.Lookup(N.Len);
            if (lm is PyFunction) return LenOfResult(CallMethod(lm, o)) != 0;
        }
        switch (o)
        {
            case PyStr s: return s.V.Length != 0;
            case PyList l: return l.Count != 0;
            case PyTuple t: return t.Items.Length != 0;
            case PyDict d: return d.Count != 0;
            case PyInt i: return i.Sign != 0;   // a subclass without __bool__ / __len__
            case PyFloat f: return f.V != 0.0;
            case PyComplex c: return c.Re != 0.0 || c.Im != 0.0;
            case PySet s: return s.Count != 0;
            case PyRange r: return !r.IsEmpty;
            case PyBytes b: return b.V.Length != 0;
            case PyByteArray ba: return ba.Count != 0;
            case PyNotImplemented:
                OptionWarnings.Warn(TypeObjects.DeprecationWarning, "NotImplemented should not be used in a boolean context");
                return true;
        }
        if (o is PyInstance)
        {
            var t = o.Type;
            var m = t.Lookup(N.Bool);
            if (m is not null) return BoolResult(CallMethod(m, o));
            m = t.Lookup(N.Len);
            if (m is not null) return LenOfResult(CallMethod(m, o)) != 0;
            return true;
        }
        // memoryview and the C#-implemented types of modules (array.array, deque's kin): their __bool__ or
        // __len__, as CPython's nb_bool / mp_length / sq_length; `if arr:` on an empty array is false.
        if (o is PyMemoryView) return LenOfResult(CallMethod(o.Type.Lookup(N.Len)!, o)) != 0;
        var em = o.Type.Lookup(N.Bool);
        if (em is not null && IsExtensionMethod(em)) return BoolResult(CallMethod(em, o));
        em = o.Type.Lookup(N.Len);
        if (em is not null && IsExtensionMethod(em)) return LenOfResult(CallMethod(em, o)) != 0;
        return true;
    }

    /// <summary>A __bool__ method's result: only a bool will do.</summary>
    private static bool BoolResult(PyObject r) =>
        r is PyBool rb ? ReferenceEquals(rb, PyBool.True) : throw Errors.TypeError($"__bool__ should return bool, returned {r.Type.Name}");

    public static long Len(PyObject o)
    {
        if (SubclassDicts.IsUserSub(o))
        {
            var lm = o.Type.Lookup(N.Len);
            if (lm is not null && lm is not PyMethodDescriptor) return LenOfResult(CallMethod(lm, o));
        }
        switch (o)
        {
            case PyStr s: return s.CodePointLength;
            case PyList l: return l.Count;
            case PyTuple t: return t.Items.Length;
            case PyDict d: return d.Count;
            case PySet s: return s.Count;
            case PyRange r: return r.Length;
            case PyBytes b: return b.V.Length;
            case PyByteArray b: return b.Count;
            case IPyLength pl: return pl.Length;
        }
        var m = o.Type.Lookup(N.Len);
        if (m is null) throw Errors.TypeError($"object of type '{o.Type.Name}' has no len()");
        return LenOfResult(CallMethod(m, o));
    }

    private static long LenOfResult(PyObject r)
    {
        if (r is not PyInt i) throw Errors.TypeError($"'{r.Type.Name}' object cannot be interpreted as an integer");
        if (i.Sign < 0) throw Errors.ValueError("__len__() should return >= 0");
        if (i.Big is not null) throw Errors.OverflowError($"cannot fit '{i.Type.Name}' into an index-sized integer");
        return i.V;
    }

    public static long Hash(PyObject o)
    {
        // dict keys are mostly exact strs: their cached hash, before the type checks below
        if (o.GetType() == typeof(PyStr) && Unsafe.As<PyStr>(o).Sub is null) return Unsafe.As<PyStr>(o).Hash();
        // then exact ints in 64 bits (set and dict keys of go, constraint, ...): long_hash, without
        // IsUserSub's virtual Type call and the switch.
        if (o.GetType() == typeof(PyInt) && Unsafe.As<PyInt>(o).IsPlain) return Unsafe.As<PyInt>(o).Hash();
        if (SubclassDicts.IsUserSub(o))
        {
            var hm = o.Type.Lookup(N.Hash);
            if (hm is PyNone) throw Errors.TypeError($"unhashable type: '{o.Type.Name}'");
            if (hm is PyFunction)
            {
                var r = CallMethod(hm, o);
                if (r is not PyInt ri) throw Errors.TypeError("__hash__ method should return an integer");
                return ri.Big is null ? (ri.V == -1 ? -2 : ri.V) : ri.Hash();
            }
        }
        switch (o)
        {
            case PyStr s: return s.Hash();
            case PyInt i: return i.Hash();
            case PyFloat f: return PyFloat.HashDouble(f.V);
            case PyComplex c: return c.Hash();
            case PyTuple t: return HashTuple(t);
            case PyNone: return 0x5f3759df;
            case PyList or PyDict or PyByteArray or PySlice: throw Errors.TypeError($"unhashable type: '{o.Type.Name}'");
            case PySet s:
                if (!s.Frozen) throw Errors.TypeError("unhashable type: 'set'");
                return s.FrozenHash != -1 ? s.FrozenHash : s.FrozenHash = HashFrozenSet(s);
            case PyBytes b: return HashBytes(b.V);
            case PyMemoryView mv: return mv.Hash();
            // range hashes like the tuple CPython builds: (len, start, step), with start/step None when irrelevant.
            case PyRange r:
                return HashTuple(r.HashKey());
            // Bound methods hash by receiver identity and function, so equal bindings hash alike.
            case PyMethod bm: { long h = (RuntimeHelpers.GetHashCode(bm.Self) * 16L) ^ Hash(bm.Func); return h == -1 ? -2 : h; }
            case PyBuiltinFunction { Self: { } bself } bf: { long h = (RuntimeHelpers.GetHashCode(bself) * 16L) ^ RuntimeHelpers.GetHashCode(bf.Fn); return h == -1 ? -2 : h; }
        }
        // Instances of classes, and of C#-implemented module types with their own __hash__ (types.GenericAlias, ...).
        if (o is PyInstance || IsExtensionInstance(o) || o is PyGenericAlias)
        {
            var m = o.Type.Lookup(N.Hash);
            if (m is PyNone) throw Errors.TypeError($"unhashable type: '{o.Type.TpName}'");
            if (m is not null && (m is not PyMethodDescriptor || IsExtensionMethod(m)))
            {
                var r = CallMethod(m, o);
                if (r is not PyInt ri) throw Errors.TypeError("__hash__ method should return an integer");
                long h = ri.Big is null ? ri.V : ri.Hash();
                return h == -1 ? -2 : h;
            }
        }
        // Native mutable containers of modules (array.array) opt out with __hash__ = None.
        else if (o is IUnhashable)
            throw Errors.TypeError($"unhashable type: '{o.Type.TpName}'");   // "array.array"
        return RuntimeHelpers.GetHashCode(o) * 16L;
    }

    public static long HashTuple(PyTuple t)
    {
        // CPython's xxHash-based tuple hash.
        const ulong P1 = 11400714785074694791UL, P2 = 14029467366897019727UL, P5 = 2870177450012600261UL;
        ulong acc = P5;
        foreach (var item in t.Items)
        {
            if (item is PyTuple or PySet) Evaluation.ThreadState.EnsureStack();   // nesting the program controls
            ulong lane = (ulong)Hash(item);
            acc += lane * P2;
            acc = (acc << 31) | (acc >> 33);
            acc *= P1;
        }
        acc += (ulong)t.Items.Length ^ (P5 ^ 3527539UL);
        if (acc == ulong.MaxValue) return 1546275796;
        return (long)acc;
    }

    private static long HashFrozenSet(PySet s)
    {
        ulong hash = 0;
        foreach (var k in s.Items())
        {
            if (k is PyTuple or PySet) Evaluation.ThreadState.EnsureStack();
            ulong h = (ulong)Hash(k);
            hash ^= ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL;
        }
        hash ^= ((ulong)s.Count + 1) * 1927868237UL;
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash * 69069U + 907133923UL;
        long r = (long)hash;
        return r == -1 ? 590923713 : r;
    }

    private static long HashBytes(byte[] b)
    {
        long h = 0;
        foreach (var x in b) h = h * 1000003 ^ x;
        return h == -1 ? -2 : h;
    }

    // ---------------------------------------------------------------- equality and comparison

    /// <summary>PyObject_RichCompareBool(a, b, Py_EQ): identity first (a NaN is equal to itself in
    /// list.count/index/remove and tuple.index/count), then ==.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool SameOrEq(PyObject a, PyObject b) => ReferenceEquals(a, b) || Eq(a, b);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Eq(PyObject a, PyObject b)
    {
        // Exact strs and plain ints first, by method-table compares: the `is` tests below are
        // class-hierarchy walks (PyInt and PyFloat have subclasses) for every other operand.
        if (a.GetType() == typeof(PyStr) && b.GetType() == typeof(PyStr) && Unsafe.As<PyStr>(a).IsExact && Unsafe.As<PyStr>(b).IsExact)
            return string.Equals(Unsafe.As<PyStr>(a).V, Unsafe.As<PyStr>(b).V);
        if (a.GetType() == typeof(PyInt) && b.GetType() == typeof(PyInt) && Unsafe.As<PyInt>(a).IsPlain && Unsafe.As<PyInt>(b).IsPlain)
            return Unsafe.As<PyInt>(a).V == Unsafe.As<PyInt>(b).V;
        // Exact floats (float_richcompare's IEEE ==; a float subclass is a PyFloatSub)
        if (a.GetType() == typeof(PyFloat) && b.GetType() == typeof(PyFloat))
            return Unsafe.As<PyFloat>(a).V == Unsafe.As<PyFloat>(b).V;
        if (ReferenceEquals(a, b) && a is not PyFloat and not PyComplex) return true;
        if (a is PyInt ia && b is PyInt ib && ia.Big is null && ib.Big is null && ia.Sub is null && ib.Sub is null) return ia.V == ib.V;
        if (a is PyStr sa && b is PyStr sb && sa.Sub is null && sb.Sub is null) return sa.V == sb.V;
        return Truth(RichCompare(a, b, CompareOp.Eq));
    }

    public static PyObject RichCompare(PyObject a, PyObject b, CompareOp op)
    {
        // Exact strs and plain ints (dict and list equality, sort keys): no user code can take part.
        if (a.GetType() == typeof(PyStr) && b.GetType() == typeof(PyStr) && Unsafe.As<PyStr>(a).IsExact && Unsafe.As<PyStr>(b).IsExact)
        {
            string x = Unsafe.As<PyStr>(a).V, y = Unsafe.As<PyStr>(b).V;
            return PyBool.From(op == CompareOp.Eq ? string.Equals(x, y) : op == CompareOp.Ne ? !string.Equals(x, y) : Cmp(PyStr.Compare(x, y), op));
        }
        if (a.GetType() == typeof(PyInt) && b.GetType() == typeof(PyInt) && Unsafe.As<PyInt>(a).IsPlain && Unsafe.As<PyInt>(b).IsPlain)
            return PyBool.From(CmpLong(Unsafe.As<PyInt>(a).V, Unsafe.As<PyInt>(b).V, op));
        // Fast paths for the builtin value types (user subclasses may override the comparison).
        bool userTried = false;
        if (a is PyInstance || SubclassDicts.IsUserSub(a) || b is PyInstance || SubclassDicts.IsUserSub(b))
        {
            if (UserCompare(a, b, op) is { } ur) return ur;
            userTried = true; // every Python-level method said NotImplemented: don't call them a second time below
        }
        return RichCompareBuiltin(a, b, op, userTried);
    }

    /// <summary>COMPARE_OP after the left operand's Python method returned NotImplemented, where it
    /// went first (Interpreter.PushCompare: a is a PyInstance whose class b's type does not derive
    /// from): what RichCompare does next — b's reflected Python method, then the builtin
    /// comparisons and the identity/TypeError ending, with the Python methods already asked.</summary>
    internal static PyObject RichCompareAfterLeft(PyObject a, PyObject b, CompareOp op)
    {
        if (UserCompareMethod(b, a, Swap(op)) is { } r) return r;
        return RichCompareBuiltin(a, b, op, userTried: true);
    }

    private static PyObject RichCompareBuiltin(PyObject a, PyObject b, CompareOp op, bool userTried)
    {
        if (a is PyInt ia && b is PyInt ib)
        {
            int c = ia.Big is null && ib.Big is null ? ia.V.CompareTo(ib.V) : ia.ToBig().CompareTo(ib.ToBig());
            return PyBool.From(Cmp(c, op));
        }
        if (IsNumber(a) && IsNumber(b)) return PyBool.From(CompareNumbers(a, b, op));
        if (a is PyStr sa && b is PyStr sb) return PyBool.From(Cmp(PyStr.Compare(sa.V, sb.V), op));
        if ((a is PyComplex || b is PyComplex) && ComplexOps.Compare(a, b, op) is { } cr) return cr;

        var ts = Evaluation.ThreadState.EnterRecursiveCall(" in comparison");
        // exact tuples, lists and dicts (sorting dict items, records, json documents): element-wise, without the method lookup
        if (a is PyTuple ta && b is PyTuple tb && ReferenceEquals(a.Type, TypeObjects.Tuple) && ReferenceEquals(b.Type, TypeObjects.Tuple))
        {
            try { return CompareSequences(ta.Items, tb.Items, op); }
            finally { ts.Depth--; }
        }
        if (a is PyList la && b is PyList lb && ReferenceEquals(a.Type, TypeObjects.List) && ReferenceEquals(b.Type, TypeObjects.List))
        {
            try { return CompareSequences(la.AsSpan(), lb.AsSpan(), op); }
            finally { ts.Depth--; }
        }
        // slice_richcompare: two slices compare as their (start, stop, step) tuples.
        if (a is PySlice xa && b is PySlice xb)
        {
            try { return CompareSequences([xa.Start, xa.Stop, xa.Step], [xb.Start, xb.Stop, xb.Step], op); }
            finally { ts.Depth--; }
        }
        if ((op is CompareOp.Eq or CompareOp.Ne) && a.GetType() == typeof(PyDict) && b.GetType() == typeof(PyDict)
            && Unsafe.As<PyDict>(a).Sub is null && Unsafe.As<PyDict>(b).Sub is null)
        {
            try { return PyBool.From(DictEquals(Unsafe.As<PyDict>(a), Unsafe.As<PyDict>(b)) == (op == CompareOp.Eq)); }
            finally { ts.Depth--; }
        }
        try { return RichCompareSlow(a, b, op, userTried); }
        finally { ts.Depth--; }
    }

    private static PyObject RichCompareSlow(PyObject a, PyObject b, CompareOp op, bool userTried)
    {
        if (OptionWarnings.Bytes) OptionWarnings.CheckBytesComparison(a, b, op);
        // User-defined first (with the reflected-operand priority rule for subclasses).
        bool reflectedFirst = !ReferenceEquals(a.Type, b.Type) && b.Type.IsSubtypeOf(a.Type) && b is PyInstance;
        if (reflectedFirst)
        {
            var r = TryCompareMethod(b, a, Swap(op), userTried);
            if (r is not null) return r;
        }
        var res = TryCompareMethod(a, b, op, userTried);
        if (res is not null) return res;
        if (!reflectedFirst)
        {
            res = TryCompareMethod(b, a, Swap(op), userTried);
            if (res is not null) return res;
        }
        if (op == CompareOp.Eq) return PyBool.From(ReferenceEquals(a, b));
        if (op == CompareOp.Ne) return PyBool.From(!ReferenceEquals(a, b));
        throw Errors.TypeError($"'{OpSymbol(op)}' not supported between instances of '{a.Type.Name}' and '{b.Type.Name}'");
    }

    /// <summary>A comparison defined in Python code on either operand (subclass-first), or null.</summary>
    private static PyObject? UserCompare(PyObject a, PyObject b, CompareOp op)
    {
        bool reflectedFirst = !ReferenceEquals(a.Type, b.Type) && b.Type.IsSubtypeOf(a.Type);
        if (!reflectedFirst && (NativeTakesIntSub(a, b) || NativeTakesStrSub(a, b, op))) return null;
        if (reflectedFirst && UserCompareMethod(b, a, Swap(op)) is { } r1) return r1;
        if (UserCompareMethod(a, b, op) is { } r2) return r2;
        if (!reflectedFirst && UserCompareMethod(b, a, Swap(op)) is { } r3) return r3;
        return null;
    }

    /// <summary>An exact float, int or bool on the left of an int subclass instance that is not a
    /// subtype of its type: the left operand's own slot (float_add, long_richcompare, …) accepts
    /// any int and answers first, so the subclass's reflected method is never asked.</summary>
    internal static bool NativeTakesIntSub(PyObject a, PyObject b) =>
        b is PyInt { Sub: not null } && (a.GetType() == typeof(PyFloat) || a is PyInt { Sub: null });

    /// <summary>A str (exact, or of a subclass without its own method for op) on the left of a str
    /// subclass instance that is not a subtype of its type: str's own slot (unicode_richcompare)
    /// accepts any two strs and answers first, so the right operand's reflected method is never
    /// asked (`Plain("z") == Folded("Z")` is False in CPython whatever Folded.__eq__ says).</summary>
    private static bool NativeTakesStrSub(PyObject a, PyObject b, CompareOp op)
    {
        if (a is not PyStr || b is not PyStr) return false;
        if (!SubclassDicts.IsUserSub(a)) return true;
        var m = a.Type.Lookup(op switch
        {
            CompareOp.Lt => N.Lt, CompareOp.Le => N.Le, CompareOp.Eq => N.Eq, CompareOp.Ne => N.Ne, CompareOp.Gt => N.Gt, _ => N.Ge,
        });
        return m is not PyFunction && !IsExtensionMethod(m) && !(op == CompareOp.Ne && ObjectNeInClassDict(a.Type));
    }

    private static bool HasNativeRichCompare(PyObject o) =>
        o is PyInt or PyFloat or PyStr or PyTuple or PyList or PyDict or PySet or PyBytes or PyByteArray or PyComplex;

    /// <summary>object's own __eq__ and __ne__ descriptors (TypeMethods.InstallObject).</summary>
    internal static PyObject ObjectEq = null!, ObjectNe = null!;

    /// <summary>Whether a Python class along t's MRO has `__ne__ = object.__ne__` in its own dict
    /// (Herthon's builtin value types have no __ne__ entry of their own, so object's is found
    /// through them too, and only an explicit one decides).</summary>
    private static bool ObjectNeInClassDict(PyType t)
    {
        foreach (var c in t.Mro)
        {
            if (c.IsBuiltin) return false;
            if (c.TypeDict.Get("__ne__") is { } ne) return ReferenceEquals(ne, ObjectNe);
        }
        return false;
    }

    private static PyObject? UserCompareMethod(PyObject self, PyObject other, CompareOp op)
    {
        if (self is not PyInstance && !SubclassDicts.IsUserSub(self)) return null;
        PyStr name = op switch
        {
            CompareOp.Lt => N.Lt, CompareOp.Le => N.Le, CompareOp.Eq => N.Eq, CompareOp.Ne => N.Ne, CompareOp.Gt => N.Gt, _ => N.Ge,
        };
        var m = self.Type.Lookup(name);
        if (m is not PyFunction && !IsExtensionMethod(m))
        {
            // object.__ne__ inverts __eq__; the value types' own rich comparison (int, float, str,
            // tuple, list, dict, set, bytes, complex), found first in a subclass's MRO, compares
            // by value instead, unless the class put object's own __ne__ in front of it (mock's _Call).
            if (op == CompareOp.Ne && (!HasNativeRichCompare(self) || ObjectNeInClassDict(self.Type)) && self.Type.Lookup(N.Eq) is PyFunction eq)
            {
                var er = CallMethod(eq, self, other);
                return er is PyNotImplemented ? null : PyBool.From(!Truth(er));
            }
            return null;
        }
        var res = CallMethod(m!, self, other);
        return res is PyNotImplemented ? null : res;
    }

    public static string OpSymbol(CompareOp op) => op switch
    {
        CompareOp.Lt => "<", CompareOp.Le => "<=", CompareOp.Eq => "==", CompareOp.Ne => "!=", CompareOp.Gt => ">", _ => ">=",
    };

    private static CompareOp Swap(CompareOp op) => op switch
    {
        CompareOp.Lt => CompareOp.Gt, CompareOp.Le => CompareOp.Ge, CompareOp.Gt => CompareOp.Lt, CompareOp.Ge => CompareOp.Le, _ => op,
    };

    /// <summary>Bits 3·op to 3·op+2: op's result when the left operand is less than (bit 0), equal to
    /// (bit 1) and greater than (bit 2) the right one, for CompareOp Lt, Le, Eq, Ne, Gt, Ge.</summary>
    private const int CmpTable = 0b001 | 0b011 << 3 | 0b010 << 6 | 0b101 << 9 | 0b100 << 12 | 0b110 << 15;

    /// <summary>op applied to a three-way comparison's sign c: a shift and a mask of CmpTable, no
    /// branch (a switch over op was a jump table with spills around it at the loop's sites, ~25
    /// instructions per COMPARE_OP POP_JUMP of ints: docs/performance.md, game16).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Cmp(int c, CompareOp op) => ((CmpTable >> ((int)op * 3 + (c > 0 ? 1 : 0) + (c >= 0 ? 1 : 0))) & 1) != 0;

    /// <summary>x op y for two 64-bit values, as Cmp(x.CompareTo(y), op) without CompareTo's branches.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool CmpLong(long x, long y, CompareOp op) => ((CmpTable >> ((int)op * 3 + (x > y ? 1 : 0) + (x >= y ? 1 : 0))) & 1) != 0;

    private static bool IsNumber(PyObject o) => o is PyInt or PyFloat;

    public static PyObject BuiltinNumberCompare(PyObject a, PyObject b, CompareOp op)
    {
        if (a is PyInt ia && b is PyInt ib)
            return PyBool.From(Cmp(ia.Big is null && ib.Big is null ? ia.V.CompareTo(ib.V) : ia.ToBig().CompareTo(ib.ToBig()), op));
        return PyBool.From(CompareNumbers(a, b, op));
    }

    private static bool CompareNumbers(PyObject a, PyObject b, CompareOp op)
    {
        if (a is PyFloat fa && b is PyFloat fb) return CmpDouble(fa.V, fb.V, op);
        if (a is PyFloat f1) return CompareFloatInt(f1.V, (PyInt)b, op);
        var f2 = (PyFloat)b;
        return CompareFloatInt(f2.V, (PyInt)a, Swap(op));
    }

    private static bool CmpDouble(double x, double y, CompareOp op) => op switch
    {
        CompareOp.Lt => x < y, CompareOp.Le => x <= y, CompareOp.Eq => x == y, CompareOp.Ne => x != y, CompareOp.Gt => x > y, _ => x >= y,
    };

    private static bool CompareFloatInt(double x, PyInt i, CompareOp op)
    {
        if (double.IsNaN(x)) return op == CompareOp.Ne;
        if (double.IsInfinity(x)) return Cmp(x > 0 ? 1 : -1, op);
        if (i.Big is null && ExactInDouble(i.V)) return CmpDouble(x, i.V, op);
        // Exact comparison through BigInteger of the float's integral part.
        var fl = Math.Floor(x);
        var bi = new BigInteger(fl);
        int c = bi.CompareTo(i.ToBig());
        if (c == 0 && fl != x) c = 1;
        return Cmp(c, op);
    }

    /// <summary>self's comparison method, or null for NotImplemented; userTried skips the Python functions
    /// UserCompare has already called (CPython calls each side's method once).</summary>
    private static PyObject? TryCompareMethod(PyObject self, PyObject other, CompareOp op, bool userTried)
    {
        PyStr name = op switch
        {
            CompareOp.Lt => N.Lt, CompareOp.Le => N.Le, CompareOp.Eq => N.Eq, CompareOp.Ne => N.Ne, CompareOp.Gt => N.Gt, _ => N.Ge,
        };
        var m = self.Type.Lookup(name);
        if (m is PyMethodDescriptor md && NativeCompare(md.Owner)) m = null; // these builtin types compare natively below
        if (m is null)
        {
            if (op == CompareOp.Ne && self is PyInstance)
            {
                // Default __ne__ inverts __eq__.
                var eq = self.Type.Lookup(N.Eq);
                if (eq is null || (userTried && eq is PyFunction)) return null;
                var r = CallCompareMethod(eq, self, other);
                if (r is PyNotImplemented) return null;
                return PyBool.From(!Truth(r));
            }
            return BuiltinCompare(self, other, op);
        }
        if (userTried && m is PyFunction) return null;
        var res = CallCompareMethod(m, self, other);
        return res is PyNotImplemented ? null : res;
    }

    /// <summary>slot_tp_richcompare's call: a comparison attribute that is not a function (a
    /// property, another descriptor) is bound first, and an error while binding it means
    /// NotImplemented (lookup_maybe_method returns NULL and the error is cleared).</summary>
    private static PyObject CallCompareMethod(PyObject m, PyObject self, PyObject other)
    {
        if (m is PyFunction or PyMethodDescriptor or PyBuiltinFunction) return CallMethod(m, self, other);
        PyObject bound;
        try { bound = BindDescriptor(m, self, self.Type); }
        catch (PyException) { return PyNotImplemented.Instance; }
        return Call(bound, other);
    }

    private static bool NativeCompare(PyType t) =>
        ReferenceEquals(t, TypeObjects.Object) || ReferenceEquals(t, TypeObjects.List) || ReferenceEquals(t, TypeObjects.Tuple)
        || ReferenceEquals(t, TypeObjects.Dict) || ReferenceEquals(t, TypeObjects.Set) || ReferenceEquals(t, TypeObjects.FrozenSet)
        || ReferenceEquals(t, TypeObjects.Int) || ReferenceEquals(t, TypeObjects.Float) || ReferenceEquals(t, TypeObjects.Str)
        || ReferenceEquals(t, TypeObjects.Bytes) || ReferenceEquals(t, TypeObjects.Range) || ReferenceEquals(t, TypeObjects.Bool);

    public static PyObject? BuiltinCompare(PyObject a, PyObject b, CompareOp op)
    {
        switch (a)
        {
            case PyList la when b is PyList lb:
                return CompareSequences(la.AsSpan(), lb.AsSpan(), op);
            case PyTuple ta when b is PyTuple tb:
                return CompareSequences(ta.Items, tb.Items, op);
            case PyDict da when b is PyDict db:
                if (op is CompareOp.Eq or CompareOp.Ne) return PyBool.From(DictEquals(da, db) == (op == CompareOp.Eq));
                return null;
            case PySet sa when b is PySet sb:
                return PyBool.From(SetCompare(sa, sb, op));
            case PyDictView { Kind: not DictIterKind.Values } or PySet when b is PyDictView { Kind: not DictIterKind.Values } or PySet:
                {
                    var x = new PySet(); foreach (var v in ToList(a)) x.Add(v);
                    var y = new PySet(); foreach (var v in ToList(b)) y.Add(v);
                    return PyBool.From(SetCompare(x, y, op));
                }
            case PyMethod ma when b is PyMethod mb && op is CompareOp.Eq or CompareOp.Ne:
                // CPython compares the function and the receiver by identity.
                return PyBool.From((ReferenceEquals(ma.Func, mb.Func) && ReferenceEquals(ma.Self, mb.Self)) == (op == CompareOp.Eq));
            case PyBuiltinFunction { Self: { } sa } fa when b is PyBuiltinFunction { Self: { } sb } fb && op is CompareOp.Eq or CompareOp.Ne:
                return PyBool.From((ReferenceEquals(sa, sb) && fa.Fn == fb.Fn && fa.Name == fb.Name) == (op == CompareOp.Eq));
            case PyBytes or PyByteArray when b is PyBytes or PyByteArray:
                return PyBool.From(Cmp(BytesMethods.AsBytes(a).AsSpan().SequenceCompareTo(BytesMethods.AsBytes(b)), op));
            case PyRange ra when b is PyRange rb && op is CompareOp.Eq or CompareOp.Ne:
                return PyBool.From(ra.SameValues(rb) == (op == CompareOp.Eq));
        }
        if (op is CompareOp.Eq) return ReferenceEquals(a, b) ? PyBool.True : null;
        if (op is CompareOp.Ne) return ReferenceEquals(a, b) ? PyBool.False : null;
        return null;
    }

    private static PyObject CompareSequences(ReadOnlySpan<PyObject> a, ReadOnlySpan<PyObject> b, CompareOp op)
    {
        if ((op is CompareOp.Eq or CompareOp.Ne) && a.Length != b.Length) return PyBool.From(op == CompareOp.Ne);
        int n = Math.Min(a.Length, b.Length);
        for (int i = 0; i < n; i++)
        {
            if (ReferenceEquals(a[i], b[i])) continue;
            if (!Eq(a[i], b[i]))
            {
                if (op == CompareOp.Eq) return PyBool.False;
                if (op == CompareOp.Ne) return PyBool.True;
                return RichCompare(a[i], b[i], op);
            }
        }
        return PyBool.From(Cmp(a.Length.CompareTo(b.Length), op));
    }

    /// <summary>
    /// CPython's dict_equal: a's entries in order (the bound re-read each step, since a comparison
    /// may change either dict; no "changed size" error), each key looked up in b with its stored
    /// hash (no second __hash__ call), the values compared as PyObject_RichCompareBool compares
    /// them: identity first, so a nan value equals itself.
    /// </summary>
    private static bool DictEquals(PyDict a, PyDict b)
    {
        if (a.Count != b.Count) return false;
        for (int pos = 0; pos < a.EntryLimit; pos++)
        {
            if (!a.EntryAt(pos, out var key, out var av, out long hash)) continue;
            if (!b.TryGetValue(key, hash, out var bv)) return false;
            if (!ReferenceEquals(av, bv) && !Eq(av, bv)) return false;
        }
        return true;
    }

    private static bool SetCompare(PySet a, PySet b, CompareOp op)
    {
        bool Sub(PySet x, PySet y) { if (x.Count > y.Count) return false; foreach (var k in x.Items()) if (!y.Contains(k)) return false; return true; }
        return op switch
        {
            CompareOp.Eq => a.Count == b.Count && Sub(a, b),
            CompareOp.Ne => !(a.Count == b.Count && Sub(a, b)),
            CompareOp.Le => Sub(a, b),
            CompareOp.Lt => a.Count < b.Count && Sub(a, b),
            CompareOp.Ge => Sub(b, a),
            _ => a.Count > b.Count && Sub(b, a),
        };
    }

    public static bool Less(PyObject a, PyObject b)
    {
        // Exact types only: a subclass may define its own __lt__. Tested by method table (PyInt and
        // PyFloat are not sealed: `is` would walk the class hierarchy); bools take the general path.
        if (a.GetType() == typeof(PyInt) && b.GetType() == typeof(PyInt) && Unsafe.As<PyInt>(a).IsPlain && Unsafe.As<PyInt>(b).IsPlain)
            return Unsafe.As<PyInt>(a).V < Unsafe.As<PyInt>(b).V;
        if (a.GetType() == typeof(PyFloat) && b.GetType() == typeof(PyFloat)) return Unsafe.As<PyFloat>(a).V < Unsafe.As<PyFloat>(b).V;
        if (a is PyStr { Sub: null } sa && b is PyStr { Sub: null } sb) return PyStr.Compare(sa.V, sb.V) < 0;
        return Truth(RichCompare(a, b, CompareOp.Lt));
    }

    // ---------------------------------------------------------------- identity helpers

    public static bool IsInstance(PyObject o, PyType t) => o.Type.IsSubtypeOf(t);

    public static string TypeName(PyObject o) => o.Type.Name;

    // ---------------------------------------------------------------- calling

    public static PyObject Call(PyObject callable, ReadOnlySpan<PyObject> args, string[]? kwnames = null)
    {
        switch (callable)
        {
            case PyFunction f: return Interpreter.CallFunction(f, args, kwnames);
            case PyBuiltinFunction b:
                if (b.Self is null) return b.Fn(args, kwnames);
                return CallWithSelf(b.Fn, b.Self, args, kwnames);
            case PyMethod m: return CallBound(m.Func, m.Self, args, kwnames);
            case PyMethodDescriptor d:
                if (args.Length == 0) throw Errors.TypeError($"unbound method {d.Owner.Name}.{d.Name}() needs an argument");
                return d.CallUnbound(args, kwnames);
            case PyType t: return TypeCall.Call(t, args, kwnames);
        }
        var call = callable.Type.Lookup(N.Call);
        if (call is null) throw Errors.TypeError($"'{callable.Type.Name}' object is not callable");
        return CallDunderCall(call, callable, args, kwnames);
    }

    /// <summary>An instance's __call__ may itself be an instance (A.__call__ = A()): each level counts
    /// against the recursion limit, as CPython's _PyObject_MakeTpCall does, so it ends in RecursionError.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject CallDunderCall(PyObject call, PyObject self, ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        var ts = ThreadState.EnterRecursiveCall(" while calling a Python object");
        try { return CallBound(call, self, args, kwnames); }
        finally { ts.Depth--; }
    }

    public static PyObject Call(PyObject callable) => Call(callable, ReadOnlySpan<PyObject>.Empty);
    public static PyObject Call(PyObject callable, PyObject a) => Call(callable, new ReadOnlySpan<PyObject>(ref a));
    public static PyObject Call(PyObject callable, PyObject a, PyObject b) => Call(callable, [a, b]);

    /// <summary>Calls `func(self, *args)` — the unbound function found on a type.</summary>
    public static PyObject CallBound(PyObject func, PyObject self, ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        if (func is PyMethodDescriptor d) return CallWithSelf(d.Fn, self, args, kwnames);
        if (func is PyFunction f) return Interpreter.CallFunctionWithSelf(f, self, args, kwnames);
        var arr = new PyObject[args.Length + 1];
        arr[0] = self;
        args.CopyTo(arr.AsSpan(1));
        return Call(func, arr, kwnames);
    }

    private static PyObject CallWithSelf(BuiltinFn fn, PyObject self, ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        if (args.Length <= 4)
        {
            Span<PyObject> buf = new PyObject[args.Length + 1];
            buf[0] = self;
            args.CopyTo(buf[1..]);
            return fn(buf, kwnames);
        }
        var arr = new PyObject[args.Length + 1];
        arr[0] = self;
        args.CopyTo(arr.AsSpan(1));
        return fn(arr, kwnames);
    }

    /// <summary>Calls a method found by type lookup (applies descriptors: static/class methods).</summary>
    public static PyObject CallMethod(PyObject method, PyObject self)
    {
        if (method is PyFunction f) return Interpreter.CallFunctionWithSelf(f, self, ReadOnlySpan<PyObject>.Empty, null);
        if (method is PyMethodDescriptor d) return d.CallUnbound(new ReadOnlySpan<PyObject>(ref self), null);
        return Call(BindDescriptor(method, self, self.Type), ReadOnlySpan<PyObject>.Empty);
    }

    public static PyObject CallMethod(PyObject method, PyObject self, PyObject arg)
    {
        if (method is PyFunction f) return Interpreter.CallFunctionWithSelf(f, self, new ReadOnlySpan<PyObject>(ref arg), null);
        if (method is PyMethodDescriptor d) return d.CallUnbound([self, arg], null);
        return Call(BindDescriptor(method, self, self.Type), arg);
    }

    public static PyObject CallMethod(PyObject method, PyObject self, PyObject a, PyObject b)
    {
        if (method is PyFunction f) return Interpreter.CallFunctionWithSelf(f, self, [a, b], null);
        if (method is PyMethodDescriptor d) return d.CallUnbound([self, a, b], null);
        return Call(BindDescriptor(method, self, self.Type), a, b);
    }

    public static PyObject CallMethod(PyObject method, PyObject self, PyObject a, PyObject b, PyObject c)
    {
        if (method is PyFunction f) return Interpreter.CallFunctionWithSelf(f, self, [a, b, c], null);
        if (method is PyMethodDescriptor d) return d.CallUnbound([self, a, b, c], null);
        return Call(BindDescriptor(method, self, self.Type), [a, b, c]);
    }

    /// <summary>Invoke `obj.name(*args)`, raising AttributeError when missing.</summary>
    public static PyObject Invoke(PyObject obj, string name, params PyObject[] args)
    {
        var m = GetAttr(obj, PyStr.From(name));
        return Call(m, args);
    }

    // ---------------------------------------------------------------- conversions

    public static long IndexValue(PyObject o)
    {
        if (o is PyInt i)
        {
            if (i.Big is not null) throw Errors.IndexError($"cannot fit '{i.Type.Name}' into an index-sized integer");
            return i.V;
        }
        var m = o.Type.Lookup(N.Index);
        if (m is not null && o is PyInstance)
        {
            return IndexValue(IndexResult(CallMethod(m, o)));
        }
        throw Errors.TypeError($"'{o.Type.Name}' object cannot be interpreted as an integer");
    }

    /// <summary>Index for slicing: big values clamp instead of raising.</summary>
    public static long IndexValueClamped(PyObject o)
    {
        if (o is PyInt i && i.Big is not null) return i.Big.Value.Sign < 0 ? long.MinValue / 2 : long.MaxValue / 2;
        if (o is not PyInt && o.Type.Lookup(N.Index) is null)
            throw Errors.TypeError("slice indices must be integers or None or have an __index__ method");
        return IndexValue(o);
    }

    public static PyInt ToPyInt(PyObject o)
    {
        if (o is PyInt i) return i;
        var m = o.Type.Lookup(N.Index);
        if (m is not null && o is PyInstance) return IndexResult(CallMethod(m, o));
        throw Errors.TypeError($"'{o.Type.Name}' object cannot be interpreted as an integer");
    }

    /// <summary>What __index__ returned (PyNumber_Index): an exact int as it is; an instance of a
    /// strict subclass of int (bool included) with CPython's DeprecationWarning, as an exact int;
    /// anything else CPython's TypeError.</summary>
    public static PyInt IndexResult(PyObject r)
    {
        if (r is not PyInt i) throw Errors.TypeError($"__index__ returned non-int (type {r.Type.Name})");
        if (i.Sub is null && r is not PyBool) return i;
        OptionWarnings.Warn(TypeObjects.DeprecationWarning, $"__index__ returned non-int (type {r.Type.Name}).  " +
            "The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.");
        return PyInt.From(i.ToBig());
    }

    /// <summary>What x.__float__ returned (PyNumber_Float / PyFloat_AsDouble): a float (a float
    /// subclass with CPython's DeprecationWarning, as an exact float), or CPython's TypeError.</summary>
    public static PyFloat FloatResult(PyObject x, PyObject r)
    {
        if (r is not PyFloat f) throw Errors.TypeError($"{x.Type.Name}.__float__ returned non-float (type {r.Type.Name})");
        if (f.Sub is null) return f;
        OptionWarnings.Warn(TypeObjects.DeprecationWarning, $"{x.Type.Name}.__float__ returned non-float (type {r.Type.Name}).  " +
            "The ability to return an instance of a strict subclass of float is deprecated, and may be removed in a future version of Python.");
        return new PyFloat(f.V);
    }

    public static double ToDouble(PyObject o)
    {
        switch (o)
        {
            case PyFloat f: return f.V;   // PyFloat_AsDouble: a float subclass's value, no __float__
            // An int subclass's own __float__ is its nb_float, which PyFloat_AsDouble calls.
            case PyInt { Sub: not null } si when o.Type.Lookup(N.Float) is { } own && !ReferenceEquals(own, TypeObjects.Int.Lookup(N.Float)):
                return FloatResult(si, CallMethod(own, si)).V;
            case PyInt i: return i.ToDouble();
        }
        var m = o.Type.Lookup(N.Float);
        if (m is not null && o is PyInstance) return FloatResult(o, CallMethod(m, o)).V;
        m = o.Type.Lookup(N.Index);
        if (m is not null && o is PyInstance) return IndexResult(CallMethod(m, o)).ToDouble();
        throw Errors.TypeError($"must be real number, not {o.Type.Name}");
    }

    public static string AsString(PyObject o, string what)
    {
        if (o is PyStr s) return s.V;
        throw Errors.TypeError($"{what} must be str, not {o.Type.Name}");
    }

    // ---------------------------------------------------------------- containment

    public static bool Contains(PyObject container, PyObject item)
    {
        if (SubclassDicts.IsUserSub(container))
        {
            var cm = container.Type.Lookup(N.Contains);
            if (cm is not null && cm is not PyMethodDescriptor) return Truth(CallMethod(cm, container, item));
        }
        return ContainsNative(container, item);
    }

    public static bool ContainsNative(PyObject container, PyObject item)
    {
        switch (container)
        {
            case PyList l:
                foreach (var x in l.AsSpan()) if (ReferenceEquals(x, item) || Eq(x, item)) return true;
                return false;
            case PyTuple t:
                foreach (var x in t.Items) if (ReferenceEquals(x, item) || Eq(x, item)) return true;
                return false;
            case PyDict d: return d.ContainsKey(item);
            case PySet s: return s.Contains(item);
            case PyStr s:
                if (item is not PyStr sub) throw Errors.TypeError($"'in <string>' requires string as left operand, not {item.Type.Name}");
                return StrSearch.Contains(s.V, sub.V);
            case PyRange r:
                if (item is PyInt { Sub: null } ri) return r.ContainsInt(ri);
                break;
            case PyBytes b:
                if (item is PyInt bi) return Array.IndexOf(b.V, (byte)bi.V) >= 0;
                if (item is PyBytes bs) return b.V.AsSpan().IndexOf(bs.V) >= 0;
                break;
        }
        var m = container.Type.Lookup(N.Contains);
        if (m is not null && container is PyInstance) return Truth(CallMethod(m, container, item));
        var it = GetIterOrNull(container);
        if (it is null) throw Errors.TypeError($"argument of type '{container.Type.Name}' is not iterable");
        while (it.Next() is { } x) if (ReferenceEquals(x, item) || Eq(x, item)) return true;
        return false;
    }
}
