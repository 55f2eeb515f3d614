using System.Numerics;

namespace Herthon.Runtime;

/// <summary>
/// range. Start, Stop, Step and the length fit in 64 bits for almost every range, and FOR_ITER's fast path
/// iterates those as longs; CPython's ranges are over ints of any size (Objects/rangeobject.c), so a range whose
/// bounds or length do not fit carries them in <see cref="Big"/> (its long fields are then unused).
/// </summary>
public sealed class PyRange : PyObject
{
    public readonly long Start, Stop, Step;
    private readonly long _length;
    public readonly BigRange? Big;
    public override PyType Type => TypeObjects.Range;

    public PyRange(long start, long stop, long step)
    {
        Int128 len = LengthOf(start, stop, step);
        if (len > long.MaxValue) { Big = new BigRange(start, stop, step, (BigInteger)len); return; }
        Start = start; Stop = stop; Step = step; _length = (long)len;
    }

    private PyRange(BigRange big) => Big = big;

    /// <summary>A range over arbitrary ints (step is non-zero); 64-bit ones get the long representation.</summary>
    public static PyRange Make(BigInteger start, BigInteger stop, BigInteger step)
    {
        if (Fits(start) && Fits(stop) && Fits(step)) return new PyRange((long)start, (long)stop, (long)step);
        return new PyRange(new BigRange(start, stop, step, LengthOf(start, stop, step)));
    }

    private static bool Fits(BigInteger b) => b >= long.MinValue && b <= long.MaxValue;

    private static Int128 LengthOf(long start, long stop, long step)
    {
        if (step > 0) return start < stop ? ((Int128)stop - start - 1) / step + 1 : 0;
        return start > stop ? ((Int128)start - stop - 1) / -(Int128)step + 1 : 0;
    }

    private static BigInteger LengthOf(BigInteger start, BigInteger stop, BigInteger step)
    {
        if (step.Sign > 0) return start < stop ? (stop - start - 1) / step + 1 : BigInteger.Zero;
        return start > stop ? (start - stop - 1) / -step + 1 : BigInteger.Zero;
    }

    /// <summary>len(): CPython raises OverflowError past sys.maxsize.</summary>
    public long Length => Big is null ? _length
        : Fits(Big.Length) ? (long)Big.Length : throw Errors.OverflowError("Python int too large to convert to C ssize_t");

    public bool IsEmpty => Big is null ? _length == 0 : Big.Length.IsZero;

    public BigInteger BigStart => Big?.Start ?? Start;
    public BigInteger BigStop => Big?.Stop ?? Stop;
    public BigInteger BigStep => Big?.Step ?? Step;
    public BigInteger BigLength => Big?.Length ?? _length;

    public PyIterator Iter() => Big is null ? new RangeIterator(Start, Step, _length) : new LongRangeIterator(Big.Start, Big.Step, Big.Length);

    public PyIterator Reversed()
    {
        if (Big is null) return new RangeIterator(Start + (_length - 1) * Step, -Step, _length);
        return new LongRangeIterator(Big.Start + (Big.Length - 1) * Big.Step, -Big.Step, Big.Length);
    }

    public string Repr()
    {
        string start = Ops.Repr(PyInt.From(BigStart)), stop = Ops.Repr(PyInt.From(BigStop));
        return BigStep.IsOne ? $"range({start}, {stop})" : $"range({start}, {stop}, {Ops.Repr(PyInt.From(BigStep))})";
    }

    /// <summary>range_contains_long: whether the int v is one of the range's values.</summary>
    public bool ContainsInt(PyInt item)
    {
        if (Big is null && item.Big is null)
        {
            long v = item.V;
            if (Step > 0 ? (v < Start || v >= Stop) : (v > Start || v <= Stop)) return false;
            return (v - Start) % Step == 0;
        }
        BigInteger x = item.ToBig(), start = BigStart, stop = BigStop, step = BigStep;
        if (step.Sign > 0 ? (x < start || x >= stop) : (x > start || x <= stop)) return false;
        return ((x - start) % step).IsZero;
    }

    /// <summary>range.index(x) for an int known to be in the range.</summary>
    public PyInt IndexOfInt(PyInt item) =>
        Big is null && item.Big is null ? PyInt.From((item.V - Start) / Step) : PyInt.From((item.ToBig() - BigStart) / BigStep);

    /// <summary>range[i] for an index beyond 64 bits or a big range.</summary>
    public PyObject BigItem(PyObject key)
    {
        BigInteger i = Ops.ToPyInt(key).ToBig(), len = BigLength;
        if (i.Sign < 0) i += len;
        if (i.Sign < 0 || i >= len) throw Errors.IndexError("range object index out of range");
        return PyInt.From(BigStart + i * BigStep);
    }

    /// <summary>CPython's compute_slice over _PySlice_GetLongIndices: slicing with arbitrary ints.</summary>
    public PyRange BigSlice(PySlice s)
    {
        s.BigIndices(BigLength, out var start, out var stop, out var step);
        BigInteger rstart = BigStart, rstep = BigStep;
        return Make(rstart + start * rstep, rstart + stop * rstep, step * rstep);
    }

    /// <summary>range_equals: same sequence of values.</summary>
    public bool SameValues(PyRange o)
    {
        if (ReferenceEquals(this, o)) return true;
        if (Big is null && o.Big is null)
            return _length == o._length && (_length == 0 || (Start == o.Start && (_length == 1 || Step == o.Step)));
        BigInteger len = BigLength;
        return len == o.BigLength && (len.IsZero || (BigStart == o.BigStart && (len.IsOne || BigStep == o.BigStep)));
    }

    /// <summary>range_hash: the hash of (len, start, step), with start/step None when they do not matter.</summary>
    public PyTuple HashKey()
    {
        BigInteger len = BigLength;
        return len.IsZero ? PyTuple.Of(PyInt.From(0), PyNone.Instance, PyNone.Instance)
            : len.IsOne ? PyTuple.Of(PyInt.From(1), PyInt.From(BigStart), PyNone.Instance)
            : PyTuple.Of(PyInt.From(len), PyInt.From(BigStart), PyInt.From(BigStep));
    }
}

public sealed record BigRange(BigInteger Start, BigInteger Stop, BigInteger Step, BigInteger Length);

/// <summary>CPython's longrange_iterator: iterates a range whose values or length do not fit in 64 bits.</summary>
public sealed class LongRangeIterator(BigInteger start, BigInteger step, BigInteger count) : PyIterator
{
    public static readonly PyType TypeObject = MakeType();
    internal readonly BigInteger Start = start, Step = step, Count = count;
    internal BigInteger _next = start, _left = count;

    public BigInteger Remaining => _left;

    public override PyObject? Next()
    {
        if (_left.Sign <= 0) return null;
        _left -= 1;
        var v = _next;
        _next += Step;
        return PyInt.From(v);
    }

    public override PyType Type => TypeObject;

    private static PyType MakeType()
    {
        var t = new PyType("longrange_iterator", [TypeObjects.Object], true);
        t.IsFinal = true;
        t.ComputeMro();
        t.SetMethod("__iter__", static (a, kw) => a[0]);
        t.SetMethod("__next__", static (a, kw) => ((PyIterator)a[0]).Next() ?? throw Errors.StopIteration());
        t.SetMethod("__length_hint__", static (a, kw) => PyInt.From(((LongRangeIterator)a[0])._left));
        return t;
    }
}
