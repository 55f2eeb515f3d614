using System.Globalization;
using System.Numerics;
using System.Text;
using System.Runtime.CompilerServices;
using Herthon.Evaluation;
using Herthon.Hosting;

namespace Herthon.Runtime;

/// <summary>The `builtins` module.</summary>
public static partial class Builtins
{
    private static PyModule? s_module;
    private static readonly object s_createLock = new();

    /// <summary>
    /// The builtins module's dict of the running interpreter (<see cref="Module"/>). Each Host has
    /// its own module, as each CPython interpreter has: what a program stores in it (`builtins.len
    /// = ...`, `builtins._`, `__debug__` from -O) stays in its run. One shared module let an
    /// in-process run call a Python function another run had stored there, from two threads at
    /// once, each under its own host's GIL: the function's spare frames (Frame.Reuse.cs) are not
    /// thread-safe, and the two runs' frame chains crossed (the fuzz test's exit 70 in CI).
    /// Without a Host (unit tests that run code directly) the template is used.
    /// </summary>
    public static PyDict Dict => Module.ModuleDict;
    public static PyModule Module => Host.CurrentOrNull?.BuiltinsModule ?? Template;

    /// <summary>The module every host's copy starts from: builtin functions and types only (all
    /// immutable from Python), created once per process.</summary>
    internal static PyModule Template
    {
        get
        {
            if (s_module is { } m) return m;
            lock (s_createLock)
            {
                return s_module ??= Create();
            }
        }
    }

    /// <summary>A new builtins module for a host: a copy of the template's dict.</summary>
    internal static PyModule NewModule()
    {
        var template = Template.ModuleDict;
        var m = new PyModule("builtins");
        var d = m.ModuleDict;
        foreach (var kv in template.Items()) d.SetItem(kv.Key, kv.Value);
        return m;
    }
    public static readonly PyBuiltinFunction BuildClassFunction = new("__build_class__", BuildClass);
    /// <summary>Builtin next: CALL resumes a generator inline when it is the callable (ResumeInline).</summary>
    public static PyObject? NextFunction;
    /// <summary>Builtin isinstance: CALL runs it without the generic call path (Interpreter.IsInstanceCall).</summary>
    public static PyObject? IsInstanceFunction;
    /// <summary>The builtin len, for the loop's CALL 1 of it (LenCall).</summary>
    public static PyObject? LenFunction;
    /// <summary>Builtins sum, sorted, any, all, min and max: CALL 1 of one with a generator consumes it inline (Interpreter.ConsumeInline).</summary>
    public static PyObject? SumFunction, SortedFunction, AnyFunction, AllFunction, MinFunction, MaxFunction;

    private static PyModule Create()
    {
        TypeObjects.EnsureInitialized();
        var m = new PyModule("builtins");
        var d = m.ModuleDict;
        foreach (var t in new[] { TypeObjects.Int, TypeObjects.Float, TypeObjects.Complex, TypeObjects.Str, TypeObjects.Bool, TypeObjects.List, TypeObjects.Tuple,
                     TypeObjects.Dict, TypeObjects.Set, TypeObjects.FrozenSet, TypeObjects.Range, TypeObjects.Slice, TypeObjects.Object,
                     TypeObjects.TypeType, TypeObjects.Bytes, TypeObjects.ByteArray, TypeObjects.Property, TypeObjects.StaticMethod,
                     TypeObjects.ClassMethod, TypeObjects.Super, PyMemoryView.MemoryViewType })
            d[t.Name] = t;
        foreach (var e in TypeObjects.AllExceptions) d[e.Name] = e;
        d["EnvironmentError"] = TypeObjects.OSError;
        d["IOError"] = TypeObjects.OSError;
        d["None"] = PyNone.Instance;
        d["True"] = PyBool.True;
        d["False"] = PyBool.False;
        d["NotImplemented"] = PyNotImplemented.Instance;
        d["Ellipsis"] = PyEllipsis.Instance;
        d["__debug__"] = PyBool.True;
        d["__build_class__"] = BuildClassFunction;
        void F(string name, BuiltinFn fn) => m.AddFunction(name, fn);
        F("print", Print);
        F("len", static (a, kw) => { Args.Count("len", a, kw, 1, 1); return PyInt.From(Ops.Len(a[0])); });
        F("repr", static (a, kw) => { Args.Count("repr", a, kw, 1, 1); return Ops.ReprObject(a[0]); });
        F("ascii", static (a, kw) => { Args.Count("ascii", a, kw, 1, 1); return Ops.AsciiObject(a[0]); });
        F("abs", static (a, kw) => { Args.Count("abs", a, kw, 1, 1); return Ops.Abs(a[0]); });
        F("min", static (a, kw) => MinMax(a, kw, "min", isMax: false));
        F("max", static (a, kw) => MinMax(a, kw, "max", isMax: true));
        F("sum", Sum);
        F("sorted", static (a, kw) =>
        {
            int npos = Args.Positional(a, kw);
            if (npos != 1) throw Errors.TypeError($"sorted expected 1 argument, got {npos}");
            Args.OnlyKw("sort", kw, "key", "reverse");
            var l = new PyList();
            ListMethods.Extend(l, a[0]);
            var key = Args.Kw(a, kw, "key");
            var rev = Args.Kw(a, kw, "reverse");
            ListMethods.Sort(l, key is PyNone ? null : key, rev is not null && Ops.Truth(rev));
            return l;
        });
        F("isinstance", static (a, kw) => { Args.Count("isinstance", a, kw, 2, 2); return PyBool.From(IsInstance(a[0], a[1])); });
        ((PyBuiltinFunction)m.ModuleDict.Get("len")!).Fast = BuiltinFast.Len;
        ((PyBuiltinFunction)m.ModuleDict.Get("isinstance")!).Fast = BuiltinFast.IsInstance;
        ((PyBuiltinFunction)m.ModuleDict.Get("abs")!).Fast = BuiltinFast.Abs;
        F("issubclass", static (a, kw) => { Args.Count("issubclass", a, kw, 2, 2); return PyBool.From(IsSubclass(a[0], a[1])); });
        AsyncBuiltins.InstallBuiltins(m);
        F("iter", static (a, kw) =>
        {
            Args.Count("iter", a, kw, 1, 2);
            if (a.Length == 2) return IsCallable(a[0]) ? new CallableIterator(a[0], a[1]) : throw Errors.TypeError("iter(v, w): v must be callable");
            return Ops.GetIter(a[0]);
        });
        F("next", static (a, kw) =>
        {
            Args.Count("next", a, kw, 1, 2);
            if (a[0] is not PyIterator it || a[0] is PyInstance || a[0] is SubclassableIterator && !a[0].Type.IsBuiltin)
            {
                var m2 = a[0].Type.Lookup(Ops.N.Next) ?? throw Errors.TypeError($"'{a[0].Type.Name}' object is not an iterator");
                try { return Ops.CallMethod(m2, a[0]); }
                catch (PyException e) when (a.Length == 2 && e.Value.Type.IsSubtypeOf(TypeObjects.StopIteration)) { return a[1]; }
            }
            if (it is PyGenerator g)
            {
                var r = g.Resume(PyNone.Instance, null, out var ret);
                if (r is not null) return r;
                if (a.Length == 2) return a[1];
                throw PyGenerator.MakeStopIteration(ret);
            }
            return it.Next() ?? (a.Length == 2 ? a[1] : throw Errors.StopIteration());
        });
        NextFunction = d.Get("next");
        IsInstanceFunction = d.Get("isinstance");
        LenFunction = d.Get("len");
        SumFunction = d.Get("sum");
        SortedFunction = d.Get("sorted");
        MinFunction = d.Get("min");
        MaxFunction = d.Get("max");
        F("hash", static (a, kw) => { Args.Count("hash", a, kw, 1, 1); return PyInt.From(Ops.Hash(a[0])); });
        F("id", static (a, kw) => { Args.Count("id", a, kw, 1, 1); return PyInt.From(ObjectIds.Of(a[0])); });
        F("ord", static (a, kw) =>
        {
            Args.Count("ord", a, kw, 1, 1);
            if (a[0] is PyStr s)
            {
                if (s.V.Length == 1) return PyInt.From(s.V[0]);
                if (s.V.Length == 2 && char.IsSurrogatePair(s.V[0], s.V[1])) return PyInt.From(char.ConvertToUtf32(s.V[0], s.V[1]));
                throw Errors.TypeError($"ord() expected a character, but string of length {s.CodePointLength} found");
            }
            // bytes and bytearray (CPython's ord takes both): one byte, else the character message
            if (a[0] is PyBytes b)
            {
                if (b.V.Length == 1) return PyInt.From(b.V[0]);
                throw Errors.TypeError($"ord() expected a character, but string of length {b.V.Length} found");
            }
            if (a[0] is PyByteArray ba)
            {
                if (ba.Count == 1) return PyInt.From(ba.Data[0]);
                throw Errors.TypeError($"ord() expected a character, but string of length {ba.Count} found");
            }
            throw Errors.TypeError($"ord() expected string of length 1, but {a[0].Type.Name} found");
        });
        ((PyBuiltinFunction)m.ModuleDict.Get("ord")!).Fast = BuiltinFast.Ord;
        F("chr", static (a, kw) =>
        {
            Args.Count("chr", a, kw, 1, 1);
            long v = Ops.IndexValue(a[0]);
            if (v < 0 || v > 0x10FFFF) throw Errors.ValueError("chr() arg not in range(0x110000)");
            return PyStr.From(v < 0x10000 ? ((char)v).ToString() : char.ConvertFromUtf32((int)v));
        });
        F("divmod", static (a, kw) =>
        {
            Args.Count("divmod", a, kw, 2, 2);
            return DivMod(a[0], a[1]);
        });
        ((PyBuiltinFunction)m.ModuleDict.Get("divmod")!).Fast = BuiltinFast.DivMod;
        F("round", Round);
        F("pow", static (a, kw) =>
        {
            if (a.Length > 3) throw Errors.TypeError($"pow() takes at most 3 arguments ({a.Length} given)");
            if (kw is { Length: > 0 })
            {
                var bound = Args.Bind("pow", a, kw, 3, 2, "base", "exp", "mod");
                a = bound[2] is null ? new[] { bound[0]!, bound[1]! } : new[] { bound[0]!, bound[1]!, bound[2]! };
            }
            else if (a.Length < 2) throw Errors.TypeError(a.Length == 0 ? "pow() missing required argument 'base' (pos 1)" : "pow() missing required argument 'exp' (pos 2)");
            if (a.Length == 3 && a[2] is not PyNone)
            {
                if (a[0] is PyComplex || a[1] is PyComplex) throw Errors.ValueError("complex modulo");
                var b = Ops.ToPyInt(a[0]).ToBig(); var e = Ops.ToPyInt(a[1]).ToBig(); var m2 = Ops.ToPyInt(a[2]).ToBig();
                if (m2.IsZero) throw Errors.ValueError("pow() 3rd argument cannot be 0");
                if (e.Sign < 0) { b = ModInverse(b, m2); e = -e; }
                var r = BigInteger.ModPow(b, e, BigInteger.Abs(m2));
                if (r.Sign != 0 && (r.Sign < 0) != (m2.Sign < 0)) r += m2;
                if (m2.Sign < 0 && r > 0) r += m2;
                return PyInt.From(r);
            }
            return Ops.Binary(a[0], a[1], BinaryOp.Pow);
        });
        F("any", static (a, kw) => { Args.Count("any", a, kw, 1, 1); var it = Ops.GetIter(a[0]); while (it.Next() is { } x) if (Ops.Truth(x)) return PyBool.True; return PyBool.False; });
        F("all", static (a, kw) => { Args.Count("all", a, kw, 1, 1); var it = Ops.GetIter(a[0]); while (it.Next() is { } x) if (!Ops.Truth(x)) return PyBool.False; return PyBool.True; });
        AnyFunction = d.Get("any");
        AllFunction = d.Get("all");
        F("callable", static (a, kw) => { Args.Count("callable", a, kw, 1, 1); return PyBool.From(IsCallable(a[0])); });
        F("getattr", static (a, kw) =>
        {
            Args.Count("getattr", a, kw, 2, 3);
            var name = Ops.AttrName(a[1]);
            if (a.Length == 2) return Ops.GetAttr(a[0], name);
            try { return Ops.GetAttrOrNull(a[0], name) ?? a[2]; }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(TypeObjects.AttributeError)) { return a[2]; }
        });
        F("setattr", static (a, kw) =>
        {
            Args.Count("setattr", a, kw, 3, 3);
            Ops.SetAttr(a[0], Ops.AttrName(a[1]), a[2]);
            return PyNone.Instance;
        });
        F("delattr", static (a, kw) => { Args.Count("delattr", a, kw, 2, 2); Ops.DelAttr(a[0], Ops.AttrName(a[1])); return PyNone.Instance; });
        F("hasattr", static (a, kw) =>
        {
            Args.Count("hasattr", a, kw, 2, 2);
            var name = Ops.AttrName(a[1]);
            try { return PyBool.From(Ops.GetAttrOrNull(a[0], name) is not null); }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(TypeObjects.AttributeError)) { return PyBool.False; }
        });
        F("hex", static (a, kw) => { Args.Count("hex", a, kw, 1, 1); return PyStr.From(IntBase(a[0], 16, "0x")); });
        F("oct", static (a, kw) => { Args.Count("oct", a, kw, 1, 1); return PyStr.From(IntBase(a[0], 8, "0o")); });
        F("bin", static (a, kw) => { Args.Count("bin", a, kw, 1, 1); return PyStr.From(IntBase(a[0], 2, "0b")); });
        F("format", static (a, kw) =>
        {
            Args.Count("format", a, kw, 1, 2);
            var spec = a.Length > 1 ? Ops.AsString(a[1], "format() argument 2") : "";
            return Ops.FormatObject(a[0], spec);   // format(s) is s; a __format__'s str as it is, as CPython
        });
        F("enumerate", static (a, kw) =>
        {
            int npos = Args.Positional(a, kw);
            Args.ClinicKw("enumerate", kw, "iterable", "start");
            if (a.Length > 2) throw Errors.TypeError($"enumerate() takes at most 2 arguments ({a.Length} given)");
            var src = npos > 0 ? a[0] : Args.Kw(a, kw, "iterable") ?? throw Errors.TypeError("enumerate() missing required argument 'iterable'");
            var startObj = npos > 1 ? a[1] : Args.Kw(a, kw, "start");
            var start = startObj is null ? PyInt.From(0) : Ops.ToPyInt(startObj);
            return new EnumerateIterator(Ops.GetIter(src), start);
        });
        F("zip", static (a, kw) =>
        {
            if (kw is { Length: > 1 }) throw Errors.TypeError($"zip() takes at most 1 keyword argument ({kw.Length} given)");
            Args.ClinicKw("zip", kw, "strict");
            bool strict = Args.Kw(a, kw, "strict") is { } st && Ops.Truth(st);
            int npos = Args.Positional(a, kw);
            var its = new PyIterator[npos];
            for (int i = 0; i < npos; i++) its[i] = Ops.GetIterOrNull(a[i]) ?? throw Errors.TypeError($"'{a[i].Type.Name}' object is not iterable");
            return new ZipIterator(its, strict);
        });
        F("map", static (a, kw) =>
        {
            Args.NoKw("map", kw);
            if (a.Length < 2) throw Errors.TypeError("map() must have at least two arguments.");
            var fn = a[0];
            var its = new PyIterator[a.Length - 1];
            for (int i = 1; i < a.Length; i++) its[i - 1] = Ops.GetIter(a[i]);
            return new MapIterator(fn, its);
        });
        F("filter", static (a, kw) =>
        {
            Args.Count("filter", a, kw, 2, 2);
            return new FilterIterator(a[0], Ops.GetIter(a[1]));
        });
        F("reversed", static (a, kw) =>
        {
            Args.NoKw("reversed", kw);
            if (a.Length != 1) throw Errors.TypeError($"reversed expected 1 argument, got {a.Length}");
            return Reversed(TypeObjects.Reversed, a[0]);
        });
        // enumerate, zip, map, filter and reversed are classes, as in CPython (isinstance(x, zip),
        // repr <class 'zip'>): the builtins name the type objects their iterators already report,
        // and calling the type runs the constructor above.
        foreach (var t in new[] { TypeObjects.Enumerate, TypeObjects.Zip, TypeObjects.Map, TypeObjects.Filter, TypeObjects.Reversed })
        {
            var fn = ((PyBuiltinFunction)d.Get(t.Name)!).Fn;
            d[t.Name] = t;
            Subclassing.Allow(t);
            if (t == TypeObjects.Reversed)
            {
                t.New = (cls, a, kw) =>
                {
                    a = ItertoolsModule.NoKeywords("reversed", cls, a, kw);
                    if (a.Length != 1) throw Errors.TypeError($"reversed expected 1 argument, got {a.Length}");
                    return Reversed(cls, a[0]);
                };
                continue;
            }
            bool noKw = t == TypeObjects.Map || t == TypeObjects.Filter;
            // A subclass's instance is the builtin iterator carrying the subclass; map() and filter()
            // refuse keywords, except in a subclass with an __init__ of its own (which may take them).
            t.New = (cls, a, kw) =>
            {
                if (cls.IsBuiltin) return fn(a, kw);
                if (noKw) return ((SubclassableIterator)fn(ItertoolsModule.NoKeywords(t.Name, cls, a, kw), null)).As(cls);
                return ((SubclassableIterator)fn(a, kw)).As(cls);
            };
        }
        m.Add("breakpoint", Breakpoint.Builtin);
        F("input", static (a, kw) =>
        {
            SysModule.Audit("builtins.input", a.Length > 0 ? a[0] : PyNone.Instance);
            if (Host.Current.EditsLines()) return ReadlineModule.InputLine(a.Length > 0 ? Ops.Str(a[0]) : "");
            // Like CPython's builtin_input, stdout is flushed first, prompt or not.
            { var o = Host.Current.Stdout; if (a.Length > 0) o.Write(Ops.Str(a[0])); o.Flush(); }
            string? line;
            if (Host.Current.Stdin is Hosting.ConsoleInput { WaitsItself: true })
                line = Host.Current.Stdin.ReadLine();   // waits without the GIL itself, interruptible by Ctrl-C
            else
                using (Evaluation.Gil.Unlocked()) line = Host.Current.Stdin.ReadLine();   // other threads run while this one waits
            if (line is null) throw Errors.EOFError("EOF when reading a line");
            var result = PyStr.From(line);
            SysModule.Audit("builtins.input/result", result);
            return result;
        });
        F("globals", static (a, kw) => ThreadState.Current.Frame?.Globals ?? new PyDict());
        F("locals", static (a, kw) => (PyObject?)ThreadState.Current.Frame?.LocalsMapping ?? CurrentLocals());
        F("vars", static (a, kw) =>
        {
            if (a.Length == 0) return CurrentLocals();
            if (a[0] is PyType vt) return new PyMappingProxy(vt.TypeDict);
            // An instance answers through its class's attribute lookup (a __getattribute__ sees the read), as PyObject_GetAttr.
            if (a[0] is PyInstance && !a[0].Type.IsBuiltin)
            {
                try { return Ops.GetAttrOrNull(a[0], Ops.N.Dict) ?? throw Errors.TypeError("vars() argument must have __dict__ attribute"); }
                catch (PyException e) when (e.Value.Type.IsSubtypeOf(TypeObjects.AttributeError)) { throw Errors.TypeError("vars() argument must have __dict__ attribute"); }
            }
            return a[0].Dict ?? throw Errors.TypeError("vars() argument must have __dict__ attribute");
        });
        F("dir", static (a, kw) => { Args.Count("dir", a, kw, 0, 1); return a.Length == 0 ? Sorted(CurrentLocals().KeysList()) : Dir(a[0]); });
        F("exec", static (a, kw) => ExecEval(a, kw, "exec"));
        F("eval", static (a, kw) => ExecEval(a, kw, "eval"));
        F("compile", static (a, kw) => Compile(a, kw));
        m.Add("open", IoModule.OpenFunction);
        F("__import__", static (a, kw) =>
        {
            var arg = Args.Bind("__import__", a, kw, 5, 1, "name", "globals", "locals", "fromlist", "level");
            var name = Ops.AsString(arg[0]!, "__import__() argument 1");
            var globals = arg[1] is PyDict g ? g : ThreadState.Current.Frame?.Globals ?? new PyDict();
            var fromlist = arg[3] ?? PyNone.Instance;
            int level = arg[4] is { } lv ? (int)Ops.IndexValue(lv) : 0;
            return Importer.ImportName(name, globals, fromlist, level);
        });
        return m;
    }

    public static PyException SystemExit(PyObject code) =>
        new(Errors.NewException(TypeObjects.SystemExit, code is PyNone ? [] : [code]));

    private static PyDict CurrentLocals()
    {
        var f = ThreadState.Current.Frame;
        if (f is null) return new PyDict();
        if (f.Locals is not null) return f.Locals;
        if ((f.Code.Flags & Compiling.CodeFlags.Module) != 0) return f.Globals;
        var d = new PyDict();
        for (int i = 0; i < f.Code.NLocals; i++) if (f.Slots[i].V is { } v) d[f.Code.VarNames[i]] = v;
        for (int i = 0; i < f.Code.NCells; i++)
        {
            string n = i < f.Code.CellVars.Length ? f.Code.CellVars[i] : f.Code.FreeVars[i - f.Code.CellVars.Length];
            if (f.Slots[f.Code.NLocals + i].V is PyCell { Value: { } cv }) d[n] = cv;
        }
        return d;
    }

    /// <summary>exec(source, globals=None, locals=None, /, *, closure=None) and eval(source,
    /// globals=None, locals=None, /), with CPython 3.11's argument checks: globals a dict, locals any
    /// mapping (names then go through its __getitem__/__setitem__), a closure only for a code object
    /// with exactly that many free variables.</summary>
    private static PyObject ExecEval(ReadOnlySpan<PyObject> a, string[]? kw, string mode)
    {
        int npos = Args.Positional(a, kw);
        PyObject? closureArg = null;
        if (kw is { Length: > 0 })
        {
            if (mode == "eval") throw Errors.TypeError("eval() takes no keyword arguments");
            for (int i = 0; i < kw.Length; i++)
            {
                if (kw[i] != "closure") throw Errors.TypeError($"'{kw[i]}' is an invalid keyword argument for exec()");
                closureArg = a[npos + i];
            }
        }
        if (npos == 0) throw Errors.TypeError(mode == "exec" ? "exec() takes at least 1 positional argument (0 given)" : "eval expected at least 1 argument, got 0");
        if (npos > 3) throw Errors.TypeError($"{mode} expected at most 3 arguments, got {npos}");
        var caller = ThreadState.Current.Frame;
        PyObject globalsArg = npos > 1 ? a[1] : PyNone.Instance, localsArg = npos > 2 ? a[2] : PyNone.Instance;
        if (globalsArg is not PyNone and not PyDict)
            throw Errors.TypeError(mode == "exec" ? $"exec() globals must be a dict, not {globalsArg.Type.Name}"
                : IsMapping(globalsArg) ? "globals must be a real dict; try eval(expr, {}, mapping)" : "globals must be a dict");
        if (localsArg is not PyNone && !IsMapping(localsArg))
            throw Errors.TypeError(mode == "exec" ? $"locals must be a mapping or None, not {localsArg.Type.Name}" : "locals must be a mapping");
        PyDict globals;
        PyObject locals;
        if (globalsArg is PyDict g)
        {
            globals = g;
            locals = localsArg is PyNone ? g : localsArg;
        }
        else
        {
            globals = caller?.Globals ?? new PyDict();
            locals = localsArg is not PyNone ? localsArg
                : caller is null ? globals
                : (PyObject?)caller.LocalsMapping ?? caller.Locals ?? (caller.Code.Flags.HasFlag(Compiling.CodeFlags.Module) ? caller.Globals : CurrentLocals());
        }
        if (!globals.ContainsKey(PyStr.From("__builtins__"))) globals["__builtins__"] = Dict;   // CPython inserts the builtins dict
        if (closureArg is PyNone) closureArg = null;
        if (a[0] is Compiling.CodeObject co)
        {
            PyCell[]? closure = null;
            int nfree = co.FreeVars.Length;
            if (mode == "eval" && nfree > 0) throw Errors.TypeError("code object passed to eval() may not contain free variables");
            if (nfree == 0)
            {
                if (closureArg is not null) throw Errors.TypeError("cannot use a closure with this code object");
            }
            else
            {
                if (closureArg is not PyTuple { Sub: null } ct || ct.Items.Length != nfree || Array.Exists(ct.Items, c => c is not PyCell))
                    throw Errors.TypeError($"code object requires a closure of exactly length {nfree}");
                closure = Array.ConvertAll(ct.Items, c => (PyCell)c);
            }
            SysModule.Audit("exec", co);
            var result = RunWithLocals(co, globals, locals, closure);
            return mode == "eval" ? result : PyNone.Instance;
        }
        if (closureArg is not null) throw Errors.TypeError("closure can only be used when source is a code object");
        var src = a[0] is PyStr s ? s.V : a[0] is PyBytes b ? Encoding.UTF8.GetString(b.V) : throw Errors.TypeError($"{mode}() arg 1 must be a string, bytes or code object");
        SysModule.Audit("compile", a[0], PyStr.From("<string>"));
        if (mode == "eval") src = src.Trim(' ', '\t', '\n');
        Compiling.CodeObject code;
        try { code = Host.CompileSource(src, "<string>", mode); }
        catch (Parsing.SyntaxErrorException e) { throw new PyException(Host.ToPySyntaxError(e)); }
        SysModule.Audit("exec", code);
        var r = RunWithLocals(code, globals, locals, null);
        return mode == "eval" ? r : PyNone.Instance;
    }

    /// <summary>PyMapping_Check: a type with __getitem__ (a dict, any mapping, also a sequence).</summary>
    private static bool IsMapping(PyObject o) => o is PyDict || o.Type.Lookup("__getitem__") is not null;

    private static PyObject RunWithLocals(Compiling.CodeObject code, PyDict globals, PyObject locals, PyCell[]? closure) =>
        locals is PyDict { Sub: null } plain ? Interpreter.RunCode(code, globals, plain, closure)
            : Interpreter.RunClassBody(code, globals, locals, closure);

    private static PyObject Print(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        Args.OnlyKw("print", kw, "sep", "end", "file", "flush");
        int npos = Args.Positional(a, kw);
        string sep = " ", end = "\n";
        PyObject? file = null;
        bool flush = false;
        if (kw is not null)
        {
            for (int i = 0; i < kw.Length; i++)
            {
                var v = a[npos + i];
                switch (kw[i])
                {
                    case "sep": sep = v is PyNone ? " " : v is PyStr ss ? ss.V : throw Errors.TypeError($"sep must be None or a string, not {v.Type.Name}"); break;
                    case "end": end = v is PyNone ? "\n" : v is PyStr es ? es.V : throw Errors.TypeError($"end must be None or a string, not {v.Type.Name}"); break;
                    case "file": file = v is PyNone ? null : v; break;
                    case "flush": flush = Ops.Truth(v); break;
                }
            }
        }
        var sb = new StringBuilder();
        for (int i = 0; i < npos; i++)
        {
            if (i > 0) sb.Append(sep);
            sb.Append(Ops.Str(a[i]));
        }
        sb.Append(end);
        // sys.stdout may have been replaced by any object with write() (redirect_stdout, StringIO).
        if (file is null)
        {
            file = Host.Current.SysDict.Get("stdout") ?? SysModule.Stdout;
            if (file is PyNone) return PyNone.Instance;
        }
        if (file is PyTextStream ts)
        {
            ts.Write(sb.ToString());
            if (flush) ts.Flush();
        }
        else
        {
            Ops.Invoke(file, "write", PyStr.From(sb.ToString()));
            if (flush && Ops.GetAttrOrNull(file, PyStr.From("flush")) is { } fl) Ops.Call(fl);
        }
        return PyNone.Instance;
    }

    /// <summary>The REPL's echo of an expression statement's value (sys.displayhook).</summary>
    /// <summary>An expression statement at the prompt: sys.displayhook(v), which a program may replace.</summary>
    public static void DisplayHook(PyObject v)
    {
        var hook = Hosting.Host.Current.SysDict.Get("displayhook") ?? throw Errors.RuntimeError("lost sys.displayhook");
        if (ReferenceEquals(hook, SysModule.DisplayHook)) DefaultDisplayHook(v);
        else Ops.Call(hook, v);
    }

    /// <summary>sys.__displayhook__: prints repr(v) and keeps it in builtins._ (None is not shown).</summary>
    public static void DefaultDisplayHook(PyObject v)
    {
        if (v is PyNone) return;
        Module.ModuleDict["_"] = PyNone.Instance;
        // To the current sys.stdout, which doctest and redirect_stdout replace with their own writers.
        var text = Ops.Repr(v) + "\n";
        var file = Host.Current.SysDict.Get("stdout");
        if (file is null or PyNone) throw Errors.RuntimeError("lost sys.stdout");
        if (file is PyTextStream ts) ts.Write(text);
        else Ops.Invoke(file, "write", PyStr.From(text));
        Module.ModuleDict["_"] = v;
    }

    private static void MinMaxStep(PyObject x, PyObject? key, Evaluation.ThreadState? ts, bool isMax, ref PyObject? best, ref PyObject? bestKey)
    {
        var k = key is null ? x : Evaluation.Interpreter.CallOne(key, x, ts!);
        if (best is null) { best = x; bestKey = k; return; }
        // As CPython: max asks item > best, min item < best (which names the operands in its TypeError).
        bool better = isMax ? Ops.Truth(Ops.RichCompare(k, bestKey!, CompareOp.Gt)) : Ops.Less(k, bestKey!);
        if (better) { best = x; bestKey = k; }
    }

    private static PyObject MinMax(ReadOnlySpan<PyObject> a, string[]? kw, string name, bool isMax)
    {
        // min/max parse with PyArg_ParseTupleAndKeywords("|$OO"), whose message differs from OnlyKw's.
        if (kw is not null)
            foreach (var k in kw)
                if (k is not ("key" or "default")) throw Errors.TypeError($"'{k}' is an invalid keyword argument for {name}()");
        int npos = Args.Positional(a, kw);
        var key = Args.Kw(a, kw, "key");
        if (key is PyNone) key = null;
        var dflt = Args.Kw(a, kw, "default");
        if (npos == 0) throw Errors.TypeError($"{name} expected at least 1 argument, got 0");
        if (npos > 1 && dflt is not null) throw Errors.TypeError($"Cannot specify a default for {name}() with multiple positional arguments");
        PyObject? best = null, bestKey = null;
        // As CPython's min_max: each item is taken from the iterator, then its key computed (a
        // generator and a key function with effects interleave); a Python key function is called
        // through Interpreter.CallOne (no argument span, the thread state read once).
        var ts = key is null ? null : Evaluation.ThreadState.Current;
        if (npos == 1)
        {
            var it = Ops.GetIter(a[0]);
            while (it.Next() is { } x) MinMaxStep(x, key, ts, isMax, ref best, ref bestKey);
        }
        else
            for (int i = 0; i < npos; i++) MinMaxStep(a[i], key, ts, isMax, ref best, ref bestKey);
        if (best is null)
        {
            if (dflt is not null) return dflt;
            throw Errors.ValueError($"{name}() arg is an empty sequence");
        }
        return best;
    }

    private static PyObject Sum(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        int npos = Args.Positional(a, kw);
        if (npos < 1) throw Errors.TypeError("sum() takes at least 1 positional argument (0 given)");
        if (npos > 2) throw Errors.TypeError($"sum() takes at most 2 arguments ({npos} given)");
        PyObject acc = npos > 1 ? a[1] : Args.Kw(a, kw, "start") ?? PyInt.From(0);
        if (acc is PyStr) throw Errors.TypeError("sum() can't sum strings [use ''.join(seq) instead]");
        if (acc is PyBytes) throw Errors.TypeError("sum() can't sum bytes [use b''.join(seq) instead]");
        if (acc is PyByteArray) throw Errors.TypeError("sum() can't sum bytearray [use b''.join(seq) instead]");
        var it = Ops.GetIter(a[0]);
        // CPython's builtin_sum: an exact int start sums exact ints and bools of 64 bits in a long
        // until one overflows or another type comes; then an exact float result sums floats and
        // ints of 64 bits (any int, subclasses included, as PyLong_Check) in a double, plainly
        // left to right; anything else goes through +.
        if (acc.GetType() == typeof(PyInt) && Unsafe.As<PyInt>(acc).IsPlain)
        {
            long i = Unsafe.As<PyInt>(acc).V;
            while (true)
            {
                var x = it.Next();
                if (x is null) return PyInt.From(i);
                if ((x.GetType() == typeof(PyInt) || x.GetType() == typeof(PyBool)) && Unsafe.As<PyInt>(x).IsPlain)
                {
                    long b = Unsafe.As<PyInt>(x).V, r = unchecked(i + b);
                    if (((i ^ r) & (b ^ r)) >= 0) { i = r; continue; }
                }
                acc = Ops.Binary(PyInt.From(i), x, BinaryOp.Add);
                break;
            }
        }
        if (acc.GetType() == typeof(PyFloat))
        {
            double f = Unsafe.As<PyFloat>(acc).V;
            while (true)
            {
                var x = it.Next();
                if (x is null) return new PyFloat(f);
                if (x.GetType() == typeof(PyFloat)) { f += Unsafe.As<PyFloat>(x).V; continue; }
                if (x is PyInt xi && xi.Big is null) { f += xi.V; continue; }
                acc = Ops.Binary(new PyFloat(f), x, BinaryOp.Add);
                break;
            }
        }
        while (it.Next() is { } y) acc = Ops.Binary(acc, y, BinaryOp.Add);
        return acc;
    }

    // isinstance/issubclass as CPython's PyObject_IsInstance/IsSubclass: an exact match first, then
    // a metaclass's (or any other object's type's) __instancecheck__/__subclasscheck__, and without
    // one the tests of object_isinstance/recursive_issubclass (RealIsInstance, RealIsSubclass).
    public static bool IsInstance(PyObject o, PyObject cls)
    {
        var ot = o.Type;   // one virtual call, not one per test
        if (ReferenceEquals(ot, cls)) return true;
        if (cls is PyType { Metaclass: null } t) return ot.IsSubtypeOf(t) || IsInstanceByClassAttr(o, ot, t);
        if (cls is PyTuple tup)
        {
            // A tuple of plain classes (isinstance(x, (int, str))) needs no recursion guard: no
            // item can run code or nest, so no thread-state lookup either, as long as the
            // instance's __class__ is its type (else each item tests the type and then looks
            // __class__ up, in turn, below: a lookup that raises comes before a later item's match).
            if (ot.ClassIsOwnType())
            {
                bool plain = true;
                foreach (var x in tup.Items)
                {
                    if (x is not PyType { Metaclass: null } xt) { plain = false; break; }
                    if (ReferenceEquals(ot, xt) || ot.IsSubtypeOf(xt)) return true;
                }
                if (plain) return false;
            }
            var ts = ThreadState.EnterRecursiveCall(" in __instancecheck__");
            try { foreach (var x in tup.Items) if (IsInstance(o, x)) return true; }
            finally { ts.Depth--; }
            return false;
        }
        if (cls is PyUnion u) return IsInstance(o, PyTuple.From(u.Args));
        var check = cls.Type.Lookup(Ops.N.InstanceCheck);
        if (check is not null && !(check is PyMethodDescriptor md && ReferenceEquals(md.Owner, TypeObjects.TypeType)))
            return Ops.Truth(Ops.CallMethod(check, cls, o));
        return RealIsInstance(o, cls);
    }

    /// <summary>CPython's object_isinstance (type.__instancecheck__): the type test, then the
    /// instance's `__class__` where it is not its type (a mock's spec class, a proxy's target); a
    /// `cls` that is not a type needs a tuple `__bases__` and is searched for through them.</summary>
    internal static bool RealIsInstance(PyObject o, PyObject cls)
    {
        var ot = o.Type;
        if (cls is PyType t) return ot.IsSubtypeOf(t) || IsInstanceByClassAttr(o, ot, t);
        if (AbstractBases(cls) is null)
            throw Errors.TypeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
        var icls = Ops.LookupAttr(o, Ops.N.Class);
        return icls is not null && AbstractIsSubclass(icls, cls);
    }

    /// <summary>After the type test failed: `o.__class__` when it is a class other than o's type.
    /// Skipped (no lookup) while o's type answers `__class__` with itself (ClassIsOwnType, cached
    /// with the type's version), so plain isinstance pays one compare.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsInstanceByClassAttr(PyObject o, PyType ot, PyType t) => !ot.ClassIsOwnType() && IsInstanceOfClassAttr(o, ot, t);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool IsInstanceOfClassAttr(PyObject o, PyType ot, PyType t) =>
        Ops.LookupAttr(o, Ops.N.Class) is PyType it && !ReferenceEquals(it, ot) && it.IsSubtypeOf(t);

    // abstract_get_bases: `__bases__` if it is a tuple, else null (an AttributeError means none).
    private static PyTuple? AbstractBases(PyObject cls) => Ops.LookupAttr(cls, Ops.N.Bases) as PyTuple;

    // abstract_issubclass: `derived` is `cls` or reaches it through `__bases__` tuples.
    private static bool AbstractIsSubclass(PyObject derived, PyObject cls)
    {
        PyTuple? bases;
        while (true)
        {
            if (ReferenceEquals(derived, cls)) return true;
            bases = AbstractBases(derived);
            if (bases is null || bases.Items.Length == 0) return false;
            if (bases.Items.Length > 1) break;
            derived = bases.Items[0];   // single inheritance without recursion
        }
        var ts = ThreadState.EnterRecursiveCall(" in __issubclass__");
        try { foreach (var b in bases.Items) if (AbstractIsSubclass(b, cls)) return true; }
        finally { ts.Depth--; }
        return false;
    }

    public static bool IsSubclass(PyObject c, PyObject cls)
    {
        if (cls is PyType { Metaclass: null } t && c is PyType ct0) return ct0.IsSubtypeOf(t);
        if (cls is PyTuple tup)
        {
            var ts = ThreadState.EnterRecursiveCall(" in __subclasscheck__");
            try { foreach (var x in tup.Items) if (IsSubclass(c, x)) return true; }
            finally { ts.Depth--; }
            return false;
        }
        if (cls is PyUnion u) return IsSubclass(c, PyTuple.From(u.Args));
        if (cls is not PyType { Metaclass: null })
        {
            var check = cls.Type.Lookup(Ops.N.SubclassCheck);
            if (check is not null && !(check is PyMethodDescriptor md && ReferenceEquals(md.Owner, TypeObjects.TypeType)))
                return Ops.Truth(Ops.CallMethod(check, cls, c));
        }
        return RealIsSubclass(c, cls);
    }

    /// <summary>CPython's recursive_issubclass (type.__subclasscheck__): two types by their MROs, else
    /// any two objects with tuple `__bases__`, searched through them.</summary>
    internal static bool RealIsSubclass(PyObject c, PyObject cls)
    {
        if (cls is PyType t && c is PyType ct) return ct.IsSubtypeOf(t);
        if (AbstractBases(c) is null) throw Errors.TypeError("issubclass() arg 1 must be a class");
        if (cls is not PyUnion && AbstractBases(cls) is null)
            throw Errors.TypeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
        return AbstractIsSubclass(c, cls);
    }

    public static bool IsCallable(PyObject o) => o is PyFunction or PyBuiltinFunction or PyMethod or PyType or PyMethodDescriptor || o.Type.Lookup(Ops.N.Call) is not null;

    private static string IntBase(PyObject o, int radix, string prefix)
    {
        var v = Ops.ToPyInt(o).ToBig();
        var s = Formatter.ToBase(BigInteger.Abs(v), radix, false);
        return (v.Sign < 0 ? "-" : "") + prefix + s;
    }

    private static BigInteger ModInverse(BigInteger a, BigInteger m)
    {
        BigInteger g = BigInteger.GreatestCommonDivisor(a, m);
        if (!g.IsOne) throw Errors.ValueError("base is not invertible for the given modulus");
        BigInteger m0 = BigInteger.Abs(m), x0 = 0, x1 = 1, aa = ((a % m0) + m0) % m0, mm = m0;
        while (aa > 1) { var q = aa / mm; (aa, mm) = (mm, aa % mm); (x0, x1) = (x1 - q * x0, x0); }
        return x1 < 0 ? x1 + m0 : x1;
    }

    /// <summary>reversed(o) as an instance of <paramref name="cls"/>: what o's __reversed__ returns when it
    /// has one (whatever cls is, as CPython's reversed_new), else a reversed object reading o by index.</summary>
    private static PyObject Reversed(PyType cls, PyObject o)
    {
        // list, range, dict and the dict views have __reversed__ in CPython, whatever cls is.
        if (o.Type.IsBuiltin && BuiltinReversed(o) is { } fast) return fast;
        var rev = o.Type.Lookup(Ops.N.Reversed);
        if (rev is PyNone) throw Errors.TypeError($"'{o.Type.Name}' object is not reversible");
        if (rev is not null) return Ops.CallMethod(rev, o);
        if (BuiltinReversed(o) is { } inherited) return inherited;
        if (o is PyDict || o.Type.Lookup(Ops.N.GetItem) is null)
            throw Errors.TypeError($"'{o.Type.Name}' object is not reversible");
        var it = new ReversedIterator(o, Ops.Len(o));
        return cls.IsBuiltin ? it : it.As(cls);
    }

    private static PyObject? BuiltinReversed(PyObject o)
    {
        switch (o)
        {
            case PyList l: return new ReverseListIterator(l);
            case PyRange r: return r.Reversed();
            case PyDictView dv: return DictMethods.Reversed(dv.DictRef, dv.Kind);
            case PyDict d: return DictMethods.Reversed(d, DictIterKind.Keys);
        }
        return null;
    }

    private static PyList Sorted(List<PyObject> l)
    {
        var r = new PyList(l);
        ListMethods.Sort(r, null, false);
        return r;
    }

    public static PyObject Dir(PyObject o)
    {
        var names = new HashSet<string>();
        if (o.Dict is { } d) foreach (var k in d.KeysList()) if (k is PyStr s) names.Add(s.V);
        if (o is not PyModule)
        {
            var t = o as PyType ?? o.Type;
            foreach (var m in t.Mro) foreach (var k in m.TypeDict.KeysList()) if (k is PyStr s) names.Add(s.V);
        }
        return Sorted(names.Select(n => (PyObject)PyStr.From(n)).ToList());
    }

    // ------------------------------------------------------------------ constructors

    public static PyObject IntNew(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        int npos = Args.Positional(a, kw);
        if (a.Length > 2) throw Errors.TypeError($"int() takes at most 2 arguments ({a.Length} given)");
        if (kw is not null)
            foreach (var k in kw)
                if (k != "base") throw Errors.TypeError($"'{k}' is an invalid keyword argument for int()");
        var x = npos > 0 ? a[0] : Args.Kw(a, kw, "x");
        var baseObj = npos > 1 ? a[1] : Args.Kw(a, kw, "base");
        if (x is null)
        {
            if (baseObj is not null) throw Errors.TypeError("int() missing string argument");
            return PyInt.From(0);
        }
        if (baseObj is not null)
        {
            int b = (int)Ops.IndexValue(baseObj);
            return x switch
            {
                PyStr s => ParseInt(s.V, b),
                PyBytes or PyByteArray => ParseIntBytes(BytesMethods.AsBytes(x), b),
                _ => throw Errors.TypeError("int() can't convert non-string with explicit base"),
            };
        }
        switch (x)
        {
            case PyBool bo: return PyInt.From(bo.V);
            case PyInt { Sub: null } i: return i;
            case PyFloat { Sub: null } f: return IntFromDouble(f.V);
            case PyStr { Sub: null } s: return ParseInt(s.V, 10);
            case PyBytes or PyByteArray or PyMemoryView: return ParseIntBytes(BytesMethods.AsBytes(x), 10);
        }
        // A str subclass's __int__, __index__ or __trunc__ comes before parsing, as in CPython; a float
        // subclass's own __int__ before float's.
        foreach (var name in new[] { Ops.N.Int, Ops.N.Index })
        {
            var m = x.Type.Lookup(name);
            if (m is not null && x is PyInstance or PyStr or PyFloat or PyInt)
            {
                var r = Ops.CallMethod(m, x);
                if (r is not PyInt ri) throw Errors.TypeError($"{name.V} returned non-int (type {r.Type.Name})");
                if (r is not PyBool && ri.Sub is null) return ri;
                // PyNumber_Long: a strict subclass of int is accepted with a DeprecationWarning, as an exact int
                OptionWarnings.Warn(TypeObjects.DeprecationWarning, $"{name.V} returned non-int (type {r.Type.Name}).  " +
                    "The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.");
                return PyInt.From(ri.ToBig());
            }
        }
        var tr = x.Type.Lookup("__trunc__");
        if (tr is not null && x is PyInstance or PyStr) return Ops.CallMethod(tr, x);
        if (x is PyStr sub) return ParseInt(sub.V, 10);
        throw Errors.TypeError($"int() argument must be a string, a bytes-like object or a real number, not '{x.Type.Name}'");
    }

    public static PyInt IntFromDouble(double d)
    {
        if (double.IsNaN(d)) throw Errors.ValueError("cannot convert float NaN to integer");
        if (double.IsInfinity(d)) throw Errors.OverflowError("cannot convert float infinity to integer");
        d = Math.Truncate(d);
        if (Math.Abs(d) < 9.2e18) return PyInt.From((long)d);
        return PyInt.From(new BigInteger(d));
    }

    public static PyInt ParseInt(string text, int radix)
    {
        if (radix != 0 && (radix < 2 || radix > 36)) throw Errors.ValueError("int() base must be >= 2 and <= 36, or 0");
        return ParseIntOrNull(text, radix) ?? throw Errors.ValueError(InvalidIntLiteral(text, radix));
    }

    /// <summary>int(b"...") (_PyLong_FromBytes): ASCII whitespace only, the error shows the bytes.</summary>
    private static PyInt ParseIntBytes(byte[] raw, int radix)
    {
        if (radix != 0 && (radix < 2 || radix > 36)) throw Errors.ValueError("int() base must be >= 2 and <= 36, or 0");
        var text = Encoding.Latin1.GetString(raw);
        return (Array.TrueForAll(raw, c => c < 0x80) ? ParseIntOrNull(text, radix, asciiOnly: true) : null)
            ?? throw Errors.ValueError($"invalid literal for int() with base {radix}: {Ops.Repr(new PyBytes(raw))}");
    }

    public static string InvalidIntLiteral(string text, int radix) => $"invalid literal for int() with base {radix}: {Ops.Repr(PyStr.From(text))}";

    /// <summary>ParseInt for a valid radix, null for an invalid literal: int(s) in a loop over bad
    /// input raises its ValueError without a .NET throw (Interpreter.IntFromStrOrFloat).</summary>
    public static PyInt? ParseIntOrNull(string text, int radix, bool asciiOnly = false)
    {
        int b0 = 0, e0 = text.Length;
        while (b0 < e0 && IsNumberSpace(text[b0], asciiOnly)) b0++;
        while (e0 > b0 && IsNumberSpace(text[e0 - 1], asciiOnly)) e0--;
        string s = b0 == 0 && e0 == text.Length ? text : text.Substring(b0, e0 - b0);
        bool neg = false;
        int i = 0;
        if (i < s.Length && (s[i] == '+' || s[i] == '-')) { neg = s[i] == '-'; i++; }
        int r = radix;
        if (i + 1 < s.Length && s[i] == '0')
        {
            char p = char.ToLowerInvariant(s[i + 1]);
            int pr = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (pr != 0 && (radix == 0 || radix == pr)) { r = pr; i += 2; if (i < s.Length && s[i] == '_') i++; }
        }
        if (r == 0)
        {
            r = 10;
            if (s.Length - i > 1 && s[i] == '0' && s[i..].Replace("_", "").Trim('0').Length > 0) return null;
        }
        if (i >= s.Length) return null;
        IntStrLimit.CheckParse(s.AsSpan(i), r);
        BigInteger v = BigInteger.Zero;
        long small = 0;
        bool big = false;
        List<byte>? rest = null;
        char prev = '_';
        for (; i < s.Length; i++)
        {
            char c = s[i];
            if (c == '_')
            {
                if (prev == '_') return null;
                prev = c;
                continue;
            }
            int d = c >= '0' && c <= '9' ? c - '0' : char.IsAsciiLetter(c) ? char.ToLowerInvariant(c) - 'a' + 10 : 99;
            if (d >= r)
            {
                if (char.IsDigit(c)) d = (int)char.GetNumericValue(c);
                if (d < 0 || d >= r) return null;
            }
            prev = c;
            if (!big)
            {
                if (small <= (long.MaxValue - d) / r) { small = small * r + d; continue; }
                big = true;
                v = small;
                rest = new List<byte>(s.Length - i);
            }
            rest!.Add((byte)d);
        }
        if (prev == '_') return null;
        if (!big) return PyInt.From(neg ? -small : small);
        v = AppendDigits(v, rest!, r);
        return PyInt.From(neg ? -v : v);
    }

    /// <summary>v followed by the digits `rest` in base r: packed bit by bit for a power of two (linear,
    /// where v * r + d per digit is quadratic: int('0x' + 'c' * 500_000, 16) took minutes), else
    /// in chunks that fit a long.</summary>
    private static BigInteger AppendDigits(BigInteger v, List<byte> rest, int r)
    {
        if ((r & (r - 1)) == 0)
        {
            int bits = BitOperations.Log2((uint)r);
            var bytes = new byte[(rest.Count * bits + 7) / 8 + 1];
            long pos = 0;
            for (int k = rest.Count - 1; k >= 0; k--, pos += bits)
                for (int b = 0; b < bits; b++)
                    if ((rest[k] >> b & 1) != 0) bytes[(pos + b) >> 3] |= (byte)(1 << (int)((pos + b) & 7));
            return (v << (int)pos) | new BigInteger(bytes, isUnsigned: true);
        }
        int i = 0;
        while (i < rest.Count)
        {
            long chunk = 0, scale = 1;
            for (; i < rest.Count && scale <= long.MaxValue / r / r; i++) { chunk = chunk * r + rest[i]; scale *= r; }
            v = v * scale + chunk;
        }
        return v;
    }

    public static PyObject FloatNew(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        Args.Count("float", a, kw, 0, 1);
        if (a.Length == 0) return new PyFloat(0.0);
        var x = a[0];
        // A float or int subclass with its own __float__ gets it called (PyNumber_Float: the
        // type's nb_float, which a subclass's __float__ replaces).
        if (x is PyFloat { Sub: not null } or PyInt { Sub: not null } && x.Type.Lookup(Ops.N.Float) is { } own
            && !ReferenceEquals(own, (x is PyFloat ? TypeObjects.Float : TypeObjects.Int).Lookup(Ops.N.Float)))
            return Ops.FloatResult(x, Ops.CallMethod(own, x));
        switch (x)
        {
            case PyFloat xf: return xf.Sub is null ? x : new PyFloat(xf.V);
            case PyInt i: return new PyFloat(i.ToDouble());
            case PyStr s: return new PyFloat(ParseFloat(s.V));
            // float(b"1.5"): bytes-like text, as pickle's protocol 0 reads floats.
            case PyBytes or PyByteArray or PyMemoryView:
            {
                var raw = BytesMethods.AsBytes(x);
                try { return new PyFloat(ParseFloat(System.Text.Encoding.Latin1.GetString(raw), asciiOnly: true)); }
                catch (PyException) { throw Errors.ValueError($"could not convert string to float: {Ops.Repr(x)}"); }
            }
        }
        var m = x.Type.Lookup(Ops.N.Float);
        if (m is not null && x is PyInstance) return Ops.FloatResult(x, Ops.CallMethod(m, x));
        m = x.Type.Lookup(Ops.N.Index);
        if (m is not null && x is PyInstance) return new PyFloat(Ops.IndexResult(Ops.CallMethod(m, x)).ToDouble());
        throw Errors.TypeError($"float() argument must be a string or a real number, not '{x.Type.Name}'");
    }

    /// <summary>divmod(v, w): PyNumber_Divmod's binary_op1 — v's __divmod__, then w's __rdivmod__
    /// (first when w's type is a proper subtype of v's), else TypeError. Builtin ints and floats on
    /// both sides are answered at once.</summary>
    internal static PyObject DivMod(PyObject v, PyObject w)
    {
        if (v is PyInt or PyFloat && w is PyInt or PyFloat && v.Type.IsBuiltin && w.Type.IsBuiltin) return NativeDivMod(v, w);
        PyType tv = v.Type, tw = w.Type;
        var slotv = tv.Lookup("__divmod__");
        var slotw = ReferenceEquals(tv, tw) ? null : tw.Lookup("__rdivmod__");
        if (slotw is not null && ReferenceEquals(slotw, tv.Lookup("__rdivmod__"))) slotw = null;
        PyObject r;
        if (slotw is not null && tw.IsSubtypeOf(tv))
        {
            r = Ops.CallMethod(slotw, w, v);
            if (r is not PyNotImplemented) return r;
            slotw = null;
        }
        if (slotv is not null && (r = Ops.CallMethod(slotv, v, w)) is not PyNotImplemented) return r;
        if (slotw is not null && (r = Ops.CallMethod(slotw, w, v)) is not PyNotImplemented) return r;
        throw Errors.TypeError($"unsupported operand type(s) for divmod(): '{tv.Name}' and '{tw.Name}'");
    }

    /// <summary>int_divmod / float_divmod of two native values (int and float subclasses by value).</summary>
    internal static PyObject NativeDivMod(PyObject v, PyObject w)
    {
        if (v is PyFloat || w is PyFloat)
        {
            double x = Ops.ToDouble(v), y = Ops.ToDouble(w);
            if (y == 0) throw Errors.ZeroDivisionError("float divmod()");
            double q = Ops.FloatDivMod(x, y, out double mo);
            return PyTuple.Of(new PyFloat(q), new PyFloat(mo));
        }
        return PyTuple.Of(Ops.BinaryNative(v, w, BinaryOp.FloorDiv), Ops.BinaryNative(v, w, BinaryOp.Mod));
    }

    /// <summary>The spaces a numeric literal may carry: ASCII whitespace (Py_ISSPACE) and the non-ASCII
    /// characters Py_UNICODE_ISSPACE calls spaces (the transform maps those to ' '; 0x1c-0x1f stay).</summary>
    internal static bool IsNumberSpace(char c, bool asciiOnly = false) => c is ' ' or (>= '\t' and <= '\r') || (!asciiOnly && c > '\x7f' && char.IsWhiteSpace(c));

    /// <summary>_PyUnicode_TransformDecimalAndSpaceToASCII, stripped: a numeric literal's text with
    /// Unicode decimal digits as ASCII digits and Unicode spaces as ' ', without the surrounding
    /// spaces; null when any other non-ASCII character is left (not a number). With asciiOnly (the
    /// text of bytes) only ASCII whitespace is stripped and nothing is mapped.</summary>
    internal static string? NumericAscii(string text, bool asciiOnly = false)
    {
        int start = 0, end = text.Length;
        while (start < end && IsNumberSpace(text[start], asciiOnly)) start++;
        while (end > start && IsNumberSpace(text[end - 1], asciiOnly)) end--;
        int k = start;
        while (k < end && text[k] < 0x80) k++;
        if (k == end) return text.Substring(start, end - start);
        if (asciiOnly) return null;
        var sb = new StringBuilder(end - start);
        sb.Append(text, start, k - start);
        for (int i = k; i < end; i++)
        {
            char c = text[i];
            if (c < 0x80) { sb.Append(c); continue; }
            if (CharUnicodeInfo.GetUnicodeCategory(text, i) == UnicodeCategory.DecimalDigitNumber)
            {
                sb.Append((char)('0' + CharUnicodeInfo.GetDecimalDigitValue(text, i)));
                if (char.IsHighSurrogate(c)) i++;
                continue;
            }
            if (IsNumberSpace(c)) { sb.Append(' '); continue; }
            return null;
        }
        return sb.ToString();
    }

    public static double ParseFloat(string text) => ParseFloat(text, false);

    /// <summary>float(text) (PyOS_string_to_double after the Unicode transform): underscores only
    /// between digits, inf/nan words, CPython's error with the original text.</summary>
    public static double ParseFloat(string text, bool asciiOnly)
    {
        var t = NumericAscii(text, asciiOnly);
        if (t is null || !UnderscoresBetweenDigits(t)) throw Errors.ValueError($"could not convert string to float: {Ops.Repr(PyStr.From(text))}");
        string s = t.Contains('_') ? t.Replace("_", "") : t;
        string low = s.ToLowerInvariant();
        switch (low)
        {
            case "nan" or "+nan": return PyFloat.Nan;
            case "-nan": return -PyFloat.Nan;
            case "inf" or "+inf" or "infinity" or "+infinity": return double.PositiveInfinity;
            case "-inf" or "-infinity": return double.NegativeInfinity;
        }
        bool ok = s.Length > 0 && s.All(c => char.IsAsciiDigit(c) || c is '.' or 'e' or 'E' or '+' or '-');
        if (!ok || !double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
            throw Errors.ValueError($"could not convert string to float: {Ops.Repr(PyStr.From(text))}");
        return d;
    }

    private static bool UnderscoresBetweenDigits(string t)
    {
        for (int i = t.IndexOf('_'); i >= 0; i = t.IndexOf('_', i + 1))
            if (i == 0 || i == t.Length - 1 || !char.IsAsciiDigit(t[i - 1]) || !char.IsAsciiDigit(t[i + 1])) return false;
        return true;
    }

    public static PyObject RangeNew(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        Args.NoKw("range", kw);
        // Bounds are ints of any size; PyRange.Make keeps 64-bit ranges in longs.
        PyInt Idx(PyObject o) => o is PyInt || o.Type.Lookup(Ops.N.Index) is not null ? Ops.ToPyInt(o) : throw Errors.TypeError($"'{o.Type.Name}' object cannot be interpreted as an integer");
        switch (a.Length)
        {
            case 1:
                {
                    var stop = Idx(a[0]);
                    return stop.IsSmall ? new PyRange(0, stop.V, 1) : PyRange.Make(0, stop.ToBig(), 1);
                }
            case 2:
                {
                    PyInt start = Idx(a[0]), stop = Idx(a[1]);
                    return start.IsSmall && stop.IsSmall ? new PyRange(start.V, stop.V, 1) : PyRange.Make(start.ToBig(), stop.ToBig(), 1);
                }
            case 3:
                {
                    PyInt start = Idx(a[0]), stop = Idx(a[1]), step = Idx(a[2]);
                    if (step.IsSmall && step.V == 0) throw Errors.ValueError("range() arg 3 must not be zero");
                    return start.IsSmall && stop.IsSmall && step.IsSmall ? new PyRange(start.V, stop.V, step.V) : PyRange.Make(start.ToBig(), stop.ToBig(), step.ToBig());
                }
            case 0: throw Errors.TypeError("range expected at least 1 argument, got 0");
            default: throw Errors.TypeError($"range expected at most 3 arguments, got {a.Length}");
        }
    }

    public static PyObject Round(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        if (a.Length > 2) throw Errors.TypeError($"round() takes at most 2 arguments ({a.Length} given)");
        int npos = Args.Positional(a, kw);
        var x = npos > 0 ? a[0] : Args.Kw(a, kw, "number") ?? throw Errors.TypeError("round() missing required argument 'number' (pos 1)");
        if (kw is not null) Args.ClinicKw("round", kw, "number", "ndigits");
        var nd = npos > 1 ? a[1] : Args.Kw(a, kw, "ndigits");
        if (nd is PyNone) nd = null;
        switch (x)
        {
            case PyInt i:
                {
                    if (nd is null) return x is PyBool b ? PyInt.From(b.V) : x;
                    long n = Ops.IndexValue(nd);
                    if (n >= 0) return x is PyBool b2 ? PyInt.From(b2.V) : x;
                    var p = BigInteger.Pow(10, (int)-n);
                    var v = i.ToBig();
                    var q = BigInteger.DivRem(v, p, out var rem);
                    if (rem.Sign < 0) { rem += p; q -= 1; }
                    var twice = rem * 2;
                    if (twice > p || (twice == p && !q.IsEven)) q += 1;
                    return PyInt.From(q * p);
                }
            case PyFloat f:
                {
                    double d = f.V;
                    if (nd is null)
                    {
                        if (double.IsNaN(d)) throw Errors.ValueError("cannot convert float NaN to integer");
                        if (double.IsInfinity(d)) throw Errors.OverflowError("cannot convert float infinity to integer");
                        return IntFromDouble(Math.Round(d, MidpointRounding.ToEven));
                    }
                    long n = Ops.IndexValue(nd);
                    if (double.IsNaN(d) || double.IsInfinity(d) || d == 0) return f;
                    if (n > 308) return f;
                    if (n < -308) return new PyFloat(0.0 * d);
                    // CPython: correctly rounded via the decimal string of the exact value.
                    string s = FloatFormat.FormatF(d, (int)Math.Max(n, 0));
                    if (n >= 0)
                    {
                        return new PyFloat(double.Parse(s, CultureInfo.InvariantCulture));
                    }
                    var p = Math.Pow(10, -n);
                    var r = Math.Round(d / p, MidpointRounding.ToEven) * p;
                    return new PyFloat(r);
                }
        }
        var m = x.Type.Lookup(Ops.N.Round);
        if (m is not null && x is PyInstance) return nd is null ? Ops.CallMethod(m, x) : Ops.CallMethod(m, x, nd);
        throw Errors.TypeError($"type {x.Type.Name} doesn't define __round__ method");
    }

    public static PyObject AsIntegerRatio(double d)
    {
        if (double.IsInfinity(d)) throw Errors.OverflowError("cannot convert Infinity to integer ratio");
        if (double.IsNaN(d)) throw Errors.ValueError("cannot convert NaN to integer ratio");
        long bits = BitConverter.DoubleToInt64Bits(d);
        bool neg = bits < 0;
        int exp = (int)((bits >> 52) & 0x7FF);
        long mant = bits & 0xFFFFFFFFFFFFFL;
        if (exp == 0) exp++; else mant |= 1L << 52;
        exp -= 1075;
        BigInteger num = mant, den = 1;
        if (exp > 0) num <<= exp; else den <<= -exp;
        var g = BigInteger.GreatestCommonDivisor(num, den);
        if (!g.IsZero) { num /= g; den /= g; }
        if (neg) num = -num;
        return PyTuple.Of(PyInt.From(num), PyInt.From(den));
    }

    public static double FloatFromHex(string text)
    {
        string s = text.Trim().ToLowerInvariant();
        bool neg = false;
        if (s.StartsWith('-')) { neg = true; s = s[1..]; } else if (s.StartsWith('+')) s = s[1..];
        if (s is "inf" or "infinity") return neg ? double.NegativeInfinity : double.PositiveInfinity;
        if (s == "nan") return neg ? -PyFloat.Nan : PyFloat.Nan;
        if (s.StartsWith("0x")) s = s[2..];
        int p = s.IndexOf('p');
        int exp = 0;
        if (p >= 0)
        {
            if (!int.TryParse(s[(p + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exp))
                throw Errors.ValueError("invalid hexadecimal floating-point string");
            s = s[..p];
        }
        int dot = s.IndexOf('.');
        string digits = dot >= 0 ? s.Remove(dot, 1) : s;
        if (dot >= 0) exp -= 4 * (s.Length - dot - 1);
        if (digits.Length == 0 || !digits.All(char.IsAsciiHexDigit)) throw Errors.ValueError("invalid hexadecimal floating-point string");
        var mant = BigInteger.Parse("0" + digits, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        double r = (double)mant * Math.Pow(2, exp);
        if (double.IsInfinity(r)) throw Errors.OverflowError("hexadecimal value too large to represent as a float");
        return neg ? -r : r;
    }

    public static string FloatHex(double d)
    {
        if (double.IsNaN(d)) return "nan";
        if (double.IsInfinity(d)) return d > 0 ? "inf" : "-inf";
        if (d == 0) return BitConverter.DoubleToInt64Bits(d) < 0 ? "-0x0.0p+0" : "0x0.0p+0";
        long bits = BitConverter.DoubleToInt64Bits(d);
        bool neg = bits < 0;
        int exp = (int)((bits >> 52) & 0x7FF);
        long mant = bits & 0xFFFFFFFFFFFFFL;
        int lead = 1;
        if (exp == 0) { lead = 0; exp = -1022; } else exp -= 1023;
        string hex = mant.ToString("x13");
        return $"{(neg ? "-" : "")}0x{lead}.{hex}p{(exp >= 0 ? "+" : "")}{exp}";
    }

    // ------------------------------------------------------------------ classes

    private static PyObject BuildClass(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        int npos = Args.Positional(a, kw);
        if (npos < 2) throw Errors.TypeError("__build_class__: not enough arguments");
        var body = (PyFunction)a[0];
        var name = Ops.AsString(a[1], "__build_class__: name");
        var bases = a[2..npos].ToArray();
        // PEP 560: a non-class base may supply the real bases through __mro_entries__.
        PyObject[]? origBases = null;
        if (Array.Exists(bases, b => b is not PyType))
        {
            var resolved = new List<PyObject>();
            foreach (var b in bases)
            {
                if (b is not PyType && Ops.GetAttrOrNull(b, PyStr.From("__mro_entries__")) is { } me)
                {
                    var entries = Ops.Call(me, PyTuple.From(bases));
                    if (entries is not PyTuple et) throw Errors.TypeError("__mro_entries__ must return a tuple");
                    resolved.AddRange(et.Items);
                    origBases = bases;
                }
                else resolved.Add(b);
            }
            bases = resolved.ToArray();
        }
        PyObject? meta = null;
        PyDict? classKw = null;
        if (kw is not null)
        {
            for (int i = 0; i < kw.Length; i++)
            {
                if (kw[i] == "metaclass") meta = a[npos + i];
                else (classKw ??= new PyDict()).SetItem(PyStr.From(kw[i]), a[npos + i]);
            }
        }
        // The most derived metaclass of the explicit one and the bases' (CPython's _PyType_CalculateMetaclass).
        meta ??= bases.Length > 0 ? bases[0].Type : TypeObjects.TypeType;
        if (meta is PyType mt) meta = TypeCall.CalculateMetaclass(mt, bases);
        // __prepare__ gives the namespace the body runs in: any mapping.
        PyObject ns;
        var prepare = ReferenceEquals(meta, TypeObjects.TypeType) ? null : Ops.GetAttrOrNull(meta, PyStr.From("__prepare__"));
        if (prepare is not null)
        {
            var pargs = new List<PyObject> { PyStr.From(name), PyTuple.From(bases) };
            var pkw = new List<string>();
            if (classKw is not null) foreach (var kv in classKw.Items()) { pargs.Add(kv.Value); pkw.Add(((PyStr)kv.Key).V); }
            ns = Ops.Call(prepare, pargs.ToArray(), pkw.Count > 0 ? pkw.ToArray() : null);
            if (ns is not PyDict && ns.Type.Lookup(Ops.N.GetItem) is null)
                throw Errors.TypeError($"{(meta is PyType pmt ? pmt.Name : "<metaclass>")}.__prepare__() must return a mapping, not {ns.Type.Name}");
        }
        else ns = new PyDict();
        var classCell = Interpreter.RunClassBody(body.Code, body.Globals, ns, body.Closure) as PyCell;
        if (origBases is not null) Ops.SetItem(ns, PyStr.From("__orig_bases__"), PyTuple.From(origBases));
        PyObject cls;
        if (ReferenceEquals(meta, TypeObjects.TypeType) && ns is PyDict nsd)
            cls = TypeCall.MakeClass(TypeObjects.TypeType, name, bases, nsd, classKw);
        else
        {
            var args = new List<PyObject> { PyStr.From(name), PyTuple.From(bases), ns };
            var kwn = new List<string>();
            if (classKw is not null) foreach (var kv in classKw.Items()) { args.Add(kv.Value); kwn.Add(((PyStr)kv.Key).V); }
            cls = Ops.Call(meta, args.ToArray(), kwn.Count > 0 ? kwn.ToArray() : null);
        }
        // type.__new__ fills the __class__ cell the body returned; a metaclass that did not pass __classcell__ on leaves it empty.
        if (classCell is not null && cls is PyType && !ReferenceEquals(classCell.Value, cls))
        {
            if (classCell.Value is null)
                throw Errors.RuntimeError($"__class__ not set defining {Ops.Repr(PyStr.From(name))} as {Ops.Repr(cls)}. Was __classcell__ propagated to type.__new__?");
            throw Errors.TypeError($"__class__ set to {Ops.Repr(classCell.Value)} defining {Ops.Repr(PyStr.From(name))} as {Ops.Repr(cls)}");
        }
        return cls;
    }

    /// <summary>super() with no arguments: the __class__ cell and the first argument of the calling frame.</summary>
    public static PyObject SuperNew(ReadOnlySpan<PyObject> a)
    {
        PyType type;
        PyObject obj;
        if (a.Length == 0)
        {
            var f = ThreadState.Current.Frame ?? throw Errors.RuntimeError("super(): no current frame");
            var code = f.Code;
            if (code.ArgCount == 0) throw Errors.RuntimeError("super(): no arguments");
            int ci = Array.IndexOf(code.FreeVars, "__class__");
            if (ci < 0) throw Errors.RuntimeError("super(): __class__ cell not found");
            var cell = (PyCell)f.Slots[code.NLocals + code.CellVars.Length + ci].V!;
            type = cell.Value as PyType ?? throw Errors.RuntimeError("super(): empty __class__ cell");
            var first = f.Slots[0].V;
            if (first is null)
            {
                // The first argument may live in a cell.
                int cellIdx = Array.IndexOf(code.CellVars, code.VarNames[0]);
                first = cellIdx >= 0 ? ((PyCell)f.Slots[code.NLocals + cellIdx].V!).Value : null;
            }
            obj = first ?? throw Errors.RuntimeError("super(): arg[0] deleted");
        }
        else
        {
            if (a.Length > 2) throw Errors.TypeError($"super() expected at most 2 arguments, got {a.Length}");
            type = a[0] as PyType ?? throw Errors.TypeError($"super() argument 1 must be a type, not {a[0].Type.Name}");
            if (a.Length == 1) return new PySuper(type, PyNone.Instance);
            obj = a[1];
        }
        // super(T, None) is an unbound super object, as CPython's super_init treats a None obj.
        if (obj is PyNone) return new PySuper(type, obj);
        if (!(obj is PyType ot && ot.IsSubtypeOf(type)) && !obj.Type.IsSubtypeOf(type)
            && !(Ops.GetAttrOrNull(obj, PyStr.From("__class__")) is PyType oc && oc.IsSubtypeOf(type)))
            throw Errors.TypeError("super(type, obj): obj must be an instance or subtype of type");
        return new PySuper(type, obj);
    }
}

/// <summary>A super() proxy: attribute lookup starts after `ThisType` in the MRO of the object's type.</summary>
public sealed class PySuper(PyType thisType, PyObject obj) : PyObject
{
    public readonly PyType ThisType = thisType;
    public readonly PyObject Obj = obj;
    public override PyType Type => TypeObjects.Super;

    public PyObject? Lookup(PyStr name)
    {
        var startType = Obj is PyType ot && ot.IsSubtypeOf(ThisType) ? ot : Obj.Type;
        var mro = startType.Mro;
        int i = Array.IndexOf(mro, ThisType);
        for (int j = i + 1; j < mro.Length; j++)
        {
            if (mro[j].TypeDict.TryGetValue(name, out var v))
            {
                if (Obj is PyType && !(Obj is PyType t2 && !t2.IsSubtypeOf(ThisType)))
                {
                    return v switch
                    {
                        PyClassMethod cm => Ops.ClassMethodGet(cm.Func, (PyType)Obj),
                        PyStaticMethod sm => sm.Func,
                        _ => v,
                    };
                }
                return Ops.BindDescriptor(v, Obj, startType);
            }
        }
        return null;
    }
}

/// <summary>
/// id(): unique for the object's lifetime (hash codes are not unique on the CLR). Ids are handed
/// out in order, 16 apart. Lists and dicts keep their id's ordinal in a field of their own (a list
/// has 4 bytes of padding for it): json's circular-reference markers and copy/pickle memos call
/// id() on every container, and the general table (a ConditionalWeakTable: a lock, a boxed id and
/// a dependent handle the GC scans on every collection per object) cost ~450 ns an id there.
/// </summary>
public static class ObjectIds
{
    private const long Base = 0x7f0000001000L;
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<PyObject, object> Ids = new();
    private static long s_count;

    public static long Of(PyObject o)
    {
        if (o is PyList l) return Stored(ref l.IdOrdinal, o);
        if (o is PyDict d) return Stored(ref d.IdOrdinal, o);
        return (long)Ids.GetValue(o, static _ => (object)(Base + 16 * System.Threading.Interlocked.Increment(ref s_count)));
    }

    /// <summary>The id kept in a container's field: its ordinal, assigned on the first id() (the
    /// first writer wins if threads race); past int's range, the general table.</summary>
    private static long Stored(ref int field, PyObject o)
    {
        int k = System.Threading.Volatile.Read(ref field);
        if (k == 0)
        {
            long n = System.Threading.Interlocked.Increment(ref s_count);
            if (n > int.MaxValue) return (long)Ids.GetValue(o, _ => (object)(Base + 16 * n));
            k = System.Threading.Interlocked.CompareExchange(ref field, (int)n, 0);
            if (k == 0) k = (int)n;
        }
        return Base + 16L * k;
    }
}
