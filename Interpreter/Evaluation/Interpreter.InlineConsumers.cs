using System.Runtime.CompilerServices;
using Herthon.Runtime;

namespace Herthon.Evaluation;

/// <summary>
/// The state of a C# consumer (sum, list, tuple, sorted) that the loop runs for a generator it
/// resumes inline (Interpreter.ConsumeInline): the items the generator yields are handed to it
/// without leaving the loop, and its result replaces the consumer's CALL when the generator returns.
/// </summary>
internal abstract class GeneratorSink
{
    /// <summary>Takes <paramref name="x"/> if that runs no Python code and cannot raise (exact ints
    /// and floats for sum, anything for list): the generator's frame then goes on at once. False
    /// leaves the item to AcceptSlow; so does an item that ends the consumer (any, all).</summary>
    internal abstract bool TryAccept(PyObject x);

    /// <summary>Takes <paramref name="x"/> with the generator suspended and the caller current: may
    /// run Python code (an __add__, a __bool__) and raise, as the consumer's C loop does in CPython.
    /// True when the consumer is done without the rest (any, all): the generator stays suspended.</summary>
    internal abstract bool AcceptSlow(PyObject x);

    /// <summary>The consumer's result once the generator returned (may raise: sorted's comparisons).</summary>
    internal abstract PyObject Finish();

    /// <summary>The rest of the generator consumed on the general path (PyGenerator.Next), then the result.</summary>
    internal PyObject Drain(PyGenerator g)
    {
        while (g.Next() is { } x) if (AcceptSlow(x)) break;
        return Finish();
    }
}

/// <summary>sum(g): CPython's builtin_sum as a state machine over the items: an exact int start
/// sums exact ints and bools in a long until one overflows or another type comes; then an exact
/// float result sums floats and ints of 64 bits in a double; anything else goes through +
/// (the same order as Builtins.Sum).</summary>
internal sealed class SumSink : GeneratorSink
{
    private const int IntMode = 0, FloatMode = 1, GenericMode = 2;
    private int _mode = IntMode;
    private long _i;
    private double _f;
    private PyObject? _acc;

    internal override bool TryAccept(PyObject x)
    {
        if (_mode == IntMode)
        {
            if ((x.GetType() == typeof(PyInt) || x.GetType() == typeof(PyBool)) && Unsafe.As<PyInt>(x).IsPlain)
            {
                long i = _i, b = Unsafe.As<PyInt>(x).V, r = unchecked(i + b);
                if (((i ^ r) & (b ^ r)) >= 0) { _i = r; return true; }
            }
            return false;
        }
        if (_mode == FloatMode)
        {
            if (x.GetType() == typeof(PyFloat)) { _f += Unsafe.As<PyFloat>(x).V; return true; }
            if (x is PyInt xi && xi.Big is null) { _f += xi.V; return true; }
            return false;
        }
        return false;
    }

    internal override bool AcceptSlow(PyObject x)
    {
        if (TryAccept(x)) return false;
        if (_mode == IntMode)
        {
            var acc = Ops.Binary(PyInt.From(_i), x, BinaryOp.Add);
            if (acc.GetType() == typeof(PyFloat)) { _mode = FloatMode; _f = Unsafe.As<PyFloat>(acc).V; }
            else { _mode = GenericMode; _acc = acc; }
        }
        else if (_mode == FloatMode)
        {
            _acc = Ops.Binary(new PyFloat(_f), x, BinaryOp.Add);
            _mode = GenericMode;
        }
        else _acc = Ops.Binary(_acc!, x, BinaryOp.Add);
        return false;
    }

    internal override PyObject Finish() => _mode switch
    {
        IntMode => PyInt.From(_i),
        FloatMode => new PyFloat(_f),
        _ => _acc!,
    };
}

/// <summary>list(g), tuple(g), sorted(g): the items collected in a list.</summary>
internal sealed class CollectSink(int kind) : GeneratorSink
{
    internal const int ListKind = 0, TupleKind = 1, SortedKind = 2;
    private readonly PyList _items = new();

    internal override bool TryAccept(PyObject x) { _items.Append(x); return true; }

    internal override bool AcceptSlow(PyObject x) { _items.Append(x); return false; }

    internal override PyObject Finish()
    {
        switch (kind)
        {
            case TupleKind: return PyTuple.From(_items.AsSpan());
            case SortedKind: ListMethods.Sort(_items, null, false); return _items;
            default: return _items;
        }
    }
}

/// <summary>any(g) (<paramref name="stopOn"/> true) and all(g) (false): the first item whose truth
/// is stopOn ends the consumer with that answer, the generator left suspended.</summary>
internal sealed class AnyAllSink(bool stopOn) : GeneratorSink
{
    private bool _done;

    /// <summary>The truth of the values whose test runs no code; anything else goes to AcceptSlow.</summary>
    internal override bool TryAccept(PyObject x)
    {
        bool truth;
        if (ReferenceEquals(x, PyBool.True)) truth = true;
        else if (ReferenceEquals(x, PyBool.False) || x is PyNone) truth = false;
        else if (x.GetType() == typeof(PyInt) && Unsafe.As<PyInt>(x).IsPlain) truth = Unsafe.As<PyInt>(x).V != 0;
        else return false;
        return truth != stopOn;
    }

    internal override bool AcceptSlow(PyObject x) => _done = Ops.Truth(x) == stopOn;

    internal override PyObject Finish() => PyBool.From(_done ? stopOn : !stopOn);
}

/// <summary>min(g) and max(g) without key or default: CPython's min_max, the first item the best so
/// far, then item &gt; best (max) or item &lt; best (min) replaces it; exact ints of 64 bits and
/// exact floats compared here, everything else through the rich comparison.</summary>
internal sealed class MinMaxSink(bool isMax) : GeneratorSink
{
    private PyObject? _best;

    internal override bool TryAccept(PyObject x)
    {
        var best = _best;
        if (best is null) { _best = x; return true; }
        if (x.GetType() == typeof(PyInt) && best.GetType() == typeof(PyInt) && Unsafe.As<PyInt>(x).IsPlain && Unsafe.As<PyInt>(best).IsPlain)
        {
            long a = Unsafe.As<PyInt>(x).V, b = Unsafe.As<PyInt>(best).V;
            if (isMax ? a > b : a < b) _best = x;
            return true;
        }
        if (x.GetType() == typeof(PyFloat) && best.GetType() == typeof(PyFloat))
        {
            double a = Unsafe.As<PyFloat>(x).V, b = Unsafe.As<PyFloat>(best).V;
            if (isMax ? a > b : a < b) _best = x;
            return true;
        }
        return false;
    }

    internal override bool AcceptSlow(PyObject x)
    {
        if (_best is null) { _best = x; return false; }
        bool better = isMax ? Ops.Truth(Ops.RichCompare(x, _best, CompareOp.Gt)) : Ops.Less(x, _best);
        if (better) _best = x;
        return false;
    }

    internal override PyObject Finish()
        => _best ?? throw Errors.ValueError(isMax ? "max() arg is an empty sequence" : "min() arg is an empty sequence");
}

public static partial class Interpreter
{
    /// <summary>
    /// CALL 1 with a generator argument (the caller's stack ends [.., callable, g]): next(g)
    /// resumes g inline (NextInline); sum, list, tuple and sorted run as a consumer the loop owns
    /// (ConsumeInline). Null leaves the call to the rest of CALL's tests and CallAt.
    /// </summary>
    private const int SumKind = -1, AnyKind = -2, AllKind = -3, MinKind = -4, MaxKind = -5;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Frame? GeneratorArgInline(Frame caller, ThreadState ts, PyObject? callable, PyGenerator g, int sp)
    {
        if (ReferenceEquals(callable, Builtins.NextFunction)) return NextInline(caller, ts, g, sp);
        int kind;
        if (ReferenceEquals(callable, Builtins.SumFunction)) kind = SumKind;
        else if (ReferenceEquals(callable, TypeObjects.List)) kind = CollectSink.ListKind;
        else if (ReferenceEquals(callable, TypeObjects.Tuple)) kind = CollectSink.TupleKind;
        else if (ReferenceEquals(callable, Builtins.SortedFunction)) kind = CollectSink.SortedKind;
        else if (ReferenceEquals(callable, Builtins.AnyFunction)) kind = AnyKind;
        else if (ReferenceEquals(callable, Builtins.AllFunction)) kind = AllKind;
        else if (ReferenceEquals(callable, Builtins.MinFunction)) kind = MinKind;
        else if (ReferenceEquals(callable, Builtins.MaxFunction)) kind = MaxKind;
        else return null;
        return ConsumeInline(caller, ts, g, sp, kind);
    }

    /// <summary>
    /// sum/list/tuple/sorted of generator <paramref name="g"/>: g's frame becomes current on top of
    /// the caller (at its CALL, stack [.., consumer, g]) with a sink that takes what it yields
    /// (SinkYield); its return delivers the sink's result to the CALL (SinkReturned). CPython's
    /// consumer is a C function with no frame of its own, so tracebacks, f_back and the markers
    /// of g's frame are those of the recursive path. Null (the general path) with keyword names, a
    /// cfunction marker to fire, or anything CanResumeInline refuses (running, finished, traced).
    /// </summary>
    private static Frame? ConsumeInline(Frame caller, ThreadState ts, PyGenerator g, int sp, int kind)
    {
        bool traced = false;
        Probes.Probes.CFunctionEnabled(ref traced);
        if (traced || caller.KwNames is not null || !CanResumeInline(ts, g, PyNone.Instance)) return null;
        g.Sink = kind switch
        {
            SumKind => new SumSink(),
            AnyKind => new AnyAllSink(true),
            AllKind => new AnyAllSink(false),
            MinKind => new MinMaxSink(false),
            MaxKind => new MinMaxSink(true),
            _ => new CollectSink(kind),
        };
        caller.Sp = sp;
        return StartInline(caller, ts, g, PyNone.Instance);
    }

    /// <summary>
    /// YIELD_VALUE in the inline frame <paramref name="f"/> of a generator a sink consumes. An item
    /// the sink takes without running code (TryAccept) leaves the frame current and resumes it
    /// at once with None, as the consumer's next would (the frame's return and entry markers fire
    /// as they would around that resume; nothing else can observe the in-between). Otherwise the
    /// generator is suspended and the caller made current at its CALL, the sink takes the item
    /// there (an exception raised by it comes from the CALL, the generator left suspended, as in
    /// CPython), and the generator resumes inline again, or on the general path if it can no longer.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Frame SinkYield(Frame f, ThreadState ts, PyGenerator g, GeneratorSink sink, PyObject r)
    {
        if (sink.TryAccept(r))
        {
            // The markers watched: the marked twin fires them (MarkedCallLeaves). One pair
            // query (function__entry and function__return are neighbours in markers.c).
            bool watched = false;
            Probes.Probes.EntryOrReturnEnabled(ref watched);
            if (watched) return SinkAcceptedMarked(f);
            f.Slots[f.Sp++].V = PyNone.Instance;
            return f;
        }
        var caller = PopInline(f, ts);
        g.Sink = null;
        SuspendInline(f, ts, g);
        g.AfterYield();
        if (sink.AcceptSlow(r))
        {
            DeliverCallResult(caller, sink.Finish());   // any/all decided: the generator stays suspended
            return caller;
        }
        if (CanResumeInline(ts, g, PyNone.Instance))
        {
            g.Sink = sink;
            return StartInline(caller, ts, g, PyNone.Instance);
        }
        DeliverCallResult(caller, sink.Drain(g));
        return caller;
    }

    /// <summary>SinkYield's accepted item while a tracer watches function__return or __entry: the
    /// frame's return and entry markers fire around its resume with None.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Frame SinkAcceptedMarked(Frame f)
    {
        Probes.Probes.FunctionReturn(f);
        Probes.Probes.FunctionEntry(f);
        f.Slots[f.Sp++].V = PyNone.Instance;
        return f;
    }

    /// <summary>RETURN_VALUE in the inline frame of a generator a sink consumes: the frame lets go
    /// of its locals (not recycled: a for loop may still hold the generator), and the sink's result
    /// replaces the consumer's CALL.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Frame SinkReturned(Frame f, ThreadState ts, PyGenerator g, GeneratorSink sink)
    {
        var caller = PopInline(f, ts);
        g.Sink = null;
        SuspendInline(f, ts, g);
        f.ReleaseFinished();
        DeliverCallResult(caller, sink.Finish());
        return caller;
    }

    /// <summary>The consumer's CALL 1 at caller.Ip (stack [.., consumer, g]) returns <paramref name="r"/>.</summary>
    private static void DeliverCallResult(Frame caller, PyObject r)
    {
        var s = caller.Slots;
        int sp = caller.Sp;
        s[sp - 1].V = null;
        s[sp - 2].V = r;
        caller.Sp = sp - 1;
        caller.Ip++;
    }

    /// <summary>
    /// FinishInlineFrames reached the inline frame <paramref name="f"/> of a generator a sink
    /// consumes, after it ran on the recursive path to a yield or return (<paramref name="r"/>):
    /// the rest is consumed on the general path, and the result goes to the caller's CALL.
    /// Returns the exception raised meanwhile, or null.
    /// </summary>
    private static PyBaseException? SinkAfterSwitch(Frame f, Frame caller, ThreadState ts, PyGenerator g, GeneratorSink sink, PyObject r)
    {
        g.Sink = null;
        SuspendInline(f, ts, g);
        try
        {
            PyObject res;
            if (f.Finished)
            {
                f.ReleaseFinished();
                res = sink.Finish();
            }
            else
            {
                g.AfterYield();
                res = sink.AcceptSlow(r) ? sink.Finish() : sink.Drain(g);
            }
            DeliverCallResult(caller, res);
            return null;
        }
        catch (PyException x)
        {
            return x.Value;
        }
    }
}
