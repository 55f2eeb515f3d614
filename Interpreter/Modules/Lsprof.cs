using System.Diagnostics;
using Herthon.Compiling;
using Herthon.Evaluation;

namespace Herthon.Runtime;

/// <summary>
/// `_lsprof`, the profiler under CPython's cProfile, in C# as CPython writes it in C: Profiler.enable()
/// installs a native profile function (the sys.setprofile hook, so the call/return and c_call/c_return
/// events are the ones settrace-style tools see), which keeps per-function and per-caller counts and
/// times with the same bookkeeping as Modules/_lsprof.c (total time excludes recursive re-entries,
/// inline time excludes subcalls). Chosen over running cProfile on the pure `profile` module because
/// the hook then costs one native call per event instead of a Python function call, and cProfile's own
/// code (Profile subclasses _lsprof.Profiler, pstats reads getstats()) runs unchanged.
/// </summary>
public sealed class LsprofProfiler : PyDictInstance
{
    public static readonly PyType ProfilerType = MakeType();
    private static readonly PyType EntryType = StructSeqType.Define("_lsprof", "profiler_entry",
        ["code", "callcount", "reccallcount", "totaltime", "inlinetime", "calls"], 6);
    private static readonly PyType SubEntryType = StructSeqType.Define("_lsprof", "profiler_subentry",
        ["code", "callcount", "reccallcount", "totaltime", "inlinetime"], 5);

    private class Counts
    {
        public long CallCount, RecursiveCallCount, TotalTime, InlineTime;
        public int RecursionLevel;
    }

    private sealed class Entry(PyObject code) : Counts
    {
        public readonly PyObject Code = code;   // a code object, or the label string of a builtin
        public readonly Dictionary<Entry, Counts> Callees = new(ReferenceEqualityComparer.Instance);
    }

    private sealed class Context(Entry entry, Context? previous)
    {
        public readonly Entry Entry = entry;
        public long Start;
        public readonly Context? Previous = previous;
        public long SubcallTime;
    }

    private readonly Dictionary<object, Entry> _entries = [];
    private readonly List<Entry> _order = [];
    private Context? _current;
    private PyObject? _timer;
    private double _timeUnit;
    private bool _subcalls = true, _builtins = true;
    private PyBuiltinFunction? _hook;

    public LsprofProfiler(PyType type) : base(type) { }

    private long Now()
    {
        if (_timer is null) return Stopwatch.GetTimestamp();
        var t = Ops.Call(_timer);
        // A custom timer's value in its units; kept as fixed-point nanounits so the bookkeeping stays integral.
        return t is PyInt i ? i.V * 1000 : (long)(Ops.ToDouble(t) * 1e9);
    }

    private double ToSeconds(long t)
    {
        if (_timer is null) return (double)t / Stopwatch.Frequency;
        double units = _timeUnit > 0 ? _timeUnit : 1.0;
        // Integer timers were scaled by 1000, float ones by 1e9 (see Now); the result is in timer units.
        return t / 1e9 * units;
    }

    private Entry GetEntry(PyObject key)
    {
        object k = key is CodeObject ? key : Label(key);
        if (!_entries.TryGetValue(k, out var e))
        {
            e = new Entry(key is CodeObject ? key : PyStr.From((string)k));
            _entries[k] = e;
            _order.Add(e);
        }
        return e;
    }

    /// <summary>CPython's names for builtins in a profile: "&lt;built-in method builtins.len&gt;", "&lt;method 'append' of 'list' objects&gt;".</summary>
    private static string Label(PyObject fn)
    {
        if (fn is PyBuiltinFunction bf)
        {
            if (bf.Self is null or PyModule)
                return $"<built-in method {(bf.Self is PyModule m ? m.Name : bf.ModuleName ?? "builtins")}.{bf.Name}>";
            var owner = bf.Self as PyType ?? bf.Self.Type;
            foreach (var t in owner.Mro)
                if (t.IsBuiltin && t.TypeDict.Get(bf.Name) is not null) { owner = t; break; }
            return bf.Self is PyType ? $"<built-in method {bf.Name} of type object>" : $"<method '{bf.Name}' of '{owner.TpName}' objects>";
        }
        return $"<built-in method {Ops.Str(Ops.GetAttrOrNull(fn, PyStr.From("__name__")) ?? PyStr.From(fn.Type.Name))}>";
    }

    private void Enter(PyObject key)
    {
        var entry = GetEntry(key);
        var ctx = new Context(entry, _current);
        entry.RecursionLevel++;
        if (_subcalls && _current is { } caller)
        {
            if (!caller.Entry.Callees.TryGetValue(entry, out var sub)) caller.Entry.Callees[entry] = sub = new Counts();
            sub.RecursionLevel++;
        }
        _current = ctx;
        // The clock starts last, so the bookkeeping above is not charged to the callee.
        ctx.Start = Now();
    }

    private void Leave()
    {
        if (_current is not { } ctx) return;
        long tt = Now() - ctx.Start;
        long it = tt - ctx.SubcallTime;
        _current = ctx.Previous;
        if (_current is { } caller) caller.SubcallTime += tt;
        var entry = ctx.Entry;
        if (--entry.RecursionLevel == 0) entry.TotalTime += tt;
        else entry.RecursiveCallCount++;
        entry.InlineTime += it;
        entry.CallCount++;
        if (_subcalls && _current is { } c && c.Entry.Callees.TryGetValue(entry, out var sub))
        {
            if (--sub.RecursionLevel == 0) sub.TotalTime += tt;
            else sub.RecursiveCallCount++;
            sub.InlineTime += it;
            sub.CallCount++;
        }
    }

    private PyObject Event(PyObject what, PyObject arg, PyObject frame)
    {
        switch (((PyStr)what).V)
        {
            case "call": Enter(((Frame)frame).Code); break;
            case "return": Leave(); break;
            case "c_call": if (_builtins) Enter(arg); break;
            case "c_return" or "c_exception": if (_builtins) Leave(); break;
        }
        return PyNone.Instance;
    }

    /// <summary>enable(subcalls, builtins): an argument not given keeps the constructor's setting, as _lsprof.c's -1.</summary>
    private void Enable(bool? subcalls, bool? builtins)
    {
        _subcalls = subcalls ?? _subcalls;
        _builtins = builtins ?? _builtins;
        var ts = ThreadState.Current;
        if (ts.ProfileFunc is not null && !ReferenceEquals(ts.ProfileFunc, _hook))
            throw Errors.ValueError("Another profiling tool is already active");
        SysModule.Audit("sys.setprofile");
        _hook ??= new PyBuiltinFunction("_lsprof_hook", (a, kw) => Event(a[1], a[2], a[0]));
        ts.ProfileFunc = _hook;
        ts.UpdateHooked();
    }

    private void Disable()
    {
        var ts = ThreadState.Current;
        if (ReferenceEquals(ts.ProfileFunc, _hook))
        {
            ts.ProfileFunc = null;
            ts.UpdateHooked();
        }
        // Calls still open (the one to disable() itself, the frames enable() ran in) end now, as flush_unmatched.
        while (_current is not null) Leave();
    }

    private PyList GetStats()
    {
        var list = new PyList();
        foreach (var e in _order)
        {
            PyObject calls = PyNone.Instance;
            if (_subcalls)
            {
                var subs = new PyList();
                foreach (var (callee, c) in e.Callees)
                    subs.Append(StructSeqType.Make(SubEntryType, [callee.Code, PyInt.From(c.CallCount), PyInt.From(c.RecursiveCallCount),
                        new PyFloat(ToSeconds(c.TotalTime)), new PyFloat(ToSeconds(c.InlineTime))]));
                calls = subs;
            }
            list.Append(StructSeqType.Make(EntryType, [e.Code, PyInt.From(e.CallCount), PyInt.From(e.RecursiveCallCount),
                new PyFloat(ToSeconds(e.TotalTime)), new PyFloat(ToSeconds(e.InlineTime)), calls]));
        }
        return list;
    }

    private static readonly string[] InitParameters = ["timer", "timeunit", "subcalls", "builtins"];
    private static readonly string[] EnableParameters = ["subcalls", "builtins"];

    /// <summary>The arguments after self, by position or keyword (null where not given).</summary>
    private static PyObject?[] Bind(string fn, ReadOnlySpan<PyObject> a, string[]? kw, string[] names)
    {
        int npos = Args.Positional(a, kw) - 1;
        if (npos > names.Length) throw Errors.TypeError($"{fn}() takes at most {names.Length} arguments ({npos} given)");
        var v = new PyObject?[names.Length];
        for (int i = 0; i < npos; i++) v[i] = a[1 + i];
        for (int j = 0; j < (kw?.Length ?? 0); j++)
        {
            int at = Array.IndexOf(names, kw![j]);
            if (at < 0) throw Errors.TypeError($"{fn}() got an unexpected keyword argument '{kw[j]}'");
            v[at] = a[a.Length - kw.Length + j];
        }
        return v;
    }

    private static PyType MakeType()
    {
        var t = new PyType("Profiler", [TypeObjects.Object], true) { Module = "_lsprof", AcceptsSubclasses = true };
        t.ComputeMro();
        t.New = static (cls, a, kw) => new LsprofProfiler(cls);
        t.SetMethod("__init__", static (a, kw) =>
        {
            var p = (LsprofProfiler)a[0];
            var v = Bind("Profiler", a, kw, InitParameters);
            p._timer = v[0] is null or PyNone ? null : v[0];
            p._timeUnit = v[1] is { } tu ? Ops.ToDouble(tu) : 0.0;
            p._subcalls = v[2] is not { } sc || Ops.Truth(sc);
            p._builtins = v[3] is not { } bi || Ops.Truth(bi);
            return PyNone.Instance;
        });
        t.SetMethod("enable", static (a, kw) =>
        {
            var p = (LsprofProfiler)a[0];
            var v = Bind("enable", a, kw, EnableParameters);
            p.Enable(v[0] is { } sc ? Ops.Truth(sc) : null, v[1] is { } bi ? Ops.Truth(bi) : null);
            return PyNone.Instance;
        });
        t.SetMethod("disable", static (a, kw) => { ((LsprofProfiler)a[0]).Disable(); return PyNone.Instance; });
        t.SetMethod("clear", static (a, kw) =>
        {
            var p = (LsprofProfiler)a[0];
            p._entries.Clear();
            p._order.Clear();
            p._current = null;
            return PyNone.Instance;
        });
        t.SetMethod("getstats", static (a, kw) => ((LsprofProfiler)a[0]).GetStats());
        return t;
    }

    public static PyModule Create()
    {
        var m = new PyModule("_lsprof");
        m.Add("Profiler", ProfilerType);
        m.Add("profiler_entry", EntryType);
        m.Add("profiler_subentry", SubEntryType);
        return m;
    }
}
