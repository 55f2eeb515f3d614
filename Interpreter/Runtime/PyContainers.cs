using System.Runtime.InteropServices;
using System.Runtime.CompilerServices;

namespace Herthon.Runtime;

public sealed class PyStr : PyObject
{
    public readonly string V;

    /// <summary>
    /// Everything else a str carries, in one word so that a str is a 32-byte object (header, V,
    /// this): bits 0-31 the cached hash, <see cref="HashedBit"/> set once it is computed,
    /// <see cref="BmpBit"/>/<see cref="AstralBit"/> once the text has been scanned for surrogate
    /// pairs, <see cref="SubBit"/> for an instance of a user subclass of str (set before the object
    /// is published and never cleared). The rarely needed data (the subclass, an astral string's code
    /// points) live in a side table (<see cref="StrExtra"/>). The cache bits are idempotent: a lost
    /// update between two threads only recomputes a cache.
    /// </summary>
    private long _state;

    private const long HashedBit = 1L << 32;
    private const long BmpBit = 1L << 33;
    private const long AstralBit = 1L << 34;
    private const long SubBit = 1L << 35;

    private static readonly PyStr[] Latin1 = MakeLatin1();
    /// <summary>The 256 shared one-character strs U+0000-U+00FF (StrIterator's inline read).</summary>
    internal static PyStr[] Latin1Table => Latin1;
    public static readonly PyStr Empty = new("");

    private static PyStr[] MakeLatin1()
    {
        var a = new PyStr[256];
        for (int i = 0; i < 256; i++) a[i] = new PyStr(((char)i).ToString());
        return a;
    }

    public PyStr(string v) { V = v; }

    /// <summary>An instance of a user subclass `sub` of str with text v.</summary>
    public PyStr(string v, PyType sub) { V = v; _state = SubBit; StrExtra.Of(this).Sub = sub; }

    /// <summary>The user subclass of str this is an instance of, or null for an exact str.</summary>
    public PyType? Sub
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => (_state & SubBit) == 0 ? null : StrExtra.Of(this).Sub;
    }

    /// <summary>True for an instance of str itself (not of a user subclass).</summary>
    public bool IsExact
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => (_state & SubBit) == 0;
    }

    public override PyDict? Dict => IsExact ? null : SubclassDicts.Of(this);

    public static PyStr From(string s) => s.Length == 0 ? Empty : s.Length == 1 && s[0] < 256 ? Latin1[s[0]] : new PyStr(s);
    /// <summary>A new str object for s (the empty str excepted): for results CPython builds with
    /// PyUnicode_New, whose one-character values are not the shared Latin-1 strs.</summary>
    public static PyStr New(string s) => s.Length == 0 ? Empty : new PyStr(s);
    public static PyStr FromChar(char c) => c < 256 ? Latin1[c] : new PyStr(c.ToString());

    /// <summary>The str of s[start..end]: the empty and one-character (Latin-1) strs are the shared
    /// objects, as CPython's substrings are, and no .NET string is made for them.</summary>
    public static PyStr Slice(string s, int start, int end)
    {
        int n = end - start;
        if (n <= 1) return n <= 0 ? Empty : s[start] < 256 ? Latin1[s[start]] : new PyStr(s.Substring(start, 1));
        return new PyStr(s.Substring(start, n));
    }

    /// <summary>Whether two strs' texts are equal (`ch == '"'`, `w != ""`): the same string, or
    /// the same length and units; one-unit texts (the characters a parser compares) by their unit,
    /// without string.Equals' call into SpanHelpers.SequenceEqual.</summary>
    /// <remarks>Not inlined: CompareJump is inlined into the eval loop, whose code should keep the
    /// shape it had with string.Equals' call.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    public static bool TextEquals(string a, string b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a.Length != b.Length) return false;
        if (a.Length == 1) return a[0] == b[0];
        return a.AsSpan().SequenceEqual(b);
    }

    /// <summary>
    /// Python's str order: by code point. Ordinal UTF-16 order differs only where a surrogate pair
    /// (an astral character) meets a BMP character at or above U+E000: the pair's lead unit
    /// (D800-DBFF) sorts below U+E000-U+FFFF although its code point is above them. At the first
    /// differing unit, surrogates move above U+FFFF's units and U+E000-U+FFFF below them.
    /// </summary>
    public static int Compare(string a, string b)
    {
        int i = a.AsSpan().CommonPrefixLength(b);
        if (i == a.Length || i == b.Length) return a.Length - b.Length;
        return CodePointOrder(a[i]) - CodePointOrder(b[i]);
    }

    private static int CodePointOrder(char c) => c < 0xD800 ? c : c >= 0xE000 ? c - 0x800 : c + 0x2000;

    public override PyType Type => (_state & SubBit) == 0 ? TypeObjects.Str : StrExtra.Of(this).Sub!;

    /// <summary>True when the text has characters outside the BMP (stored as UTF-16 surrogate pairs);
    /// then Python's code-point indexing differs from .NET's char indexing.</summary>
    public bool HasAstral
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            long st = _state;
            return (st & BmpBit) == 0 && ScanAstral(st);
        }
    }

    private bool ScanAstral(long st)
    {
        if ((st & AstralBit) != 0) return true;
        bool astral = V.AsSpan().IndexOfAnyInRange('\uD800', '\uDBFF') >= 0;
        _state = _state | (astral ? AstralBit : BmpBit);
        return astral;
    }

    /// <summary>The code points of an astral string (Python's view of it).</summary>
    public int[] CodePoints
    {
        get
        {
            var extra = StrExtra.Of(this);
            if (extra.CodePoints is null)
            {
                // A surrogate pair is one code point; a lone surrogate stays itself (EnumerateRunes would make it U+FFFD).
                var list = new List<int>(V.Length);
                for (int i = 0; i < V.Length; i++)
                {
                    if (char.IsHighSurrogate(V[i]) && i + 1 < V.Length && char.IsLowSurrogate(V[i + 1])) { list.Add(char.ConvertToUtf32(V[i], V[i + 1])); i++; }
                    else list.Add(V[i]);
                }
                extra.CodePoints = [.. list];
            }
            return extra.CodePoints;
        }
    }

    /// <summary>len() in code points.</summary>
    public int CodePointLength => HasAstral ? CodePoints.Length : V.Length;

    /// <summary>Python's len() of a .NET string: a surrogate pair is one code point.</summary>
    public static int CodePointCount(string s)
    {
        int n = s.Length;
        int i = s.AsSpan().IndexOfAnyInRange('\uD800', '\uDBFF');
        if (i < 0) return n;
        for (; i < s.Length - 1; i++) if (char.IsHighSurrogate(s[i]) && char.IsLowSurrogate(s[i + 1])) { n--; i++; }
        return n;
    }

    /// <summary>The first `count` code points of s.</summary>
    public static string PrefixCodePoints(string s, int count)
    {
        if (count >= s.Length) return s;
        int i = 0;
        for (int k = 0; k < count && i < s.Length; k++) i += char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? 2 : 1;
        return s[..i];
    }

    /// <summary>The UTF-16 index of code point `cp` (0..len); identity for BMP-only text.</summary>
    public int CharIndex(int cp)
    {
        if (!HasAstral) return cp;
        var cps = CodePoints;
        int i = 0;
        for (int k = 0; k < cp && k < cps.Length; k++) i += cps[k] >= 0x10000 ? 2 : 1;
        return i + Math.Max(0, cp - cps.Length);
    }

    /// <summary>The code-point index of UTF-16 index `ci` (the inverse of CharIndex).</summary>
    public int CodePointIndex(int ci)
    {
        if (!HasAstral || ci <= 0) return ci;
        int n = 0;
        for (int i = 0; i < ci && i < V.Length; i++) if (!char.IsLowSurrogate(V[i]) || i == 0 || !char.IsHighSurrogate(V[i - 1])) n++;
        return n + Math.Max(0, ci - V.Length);
    }

    public static string FromCodePoints(ReadOnlySpan<int> cps)
    {
        var sb = new System.Text.StringBuilder(cps.Length);
        foreach (var cp in cps) sb.Append(Formatter.CodePointString(cp));
        return sb.ToString();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long Hash()
    {
        long st = _state;
        return (st & HashedBit) != 0 ? (int)st : ComputeHash();
    }

    private long ComputeHash()
    {
        int h = V.GetHashCode();
        if (h == -1) h = -2;
        _state = (_state & ~0xFFFF_FFFFL) | HashedBit | (uint)h;
        return h;
    }
}

/// <summary>
/// The rarely used data of a str, kept beside it so that a plain str carries no field for them:
/// the user subclass of an instance of one, the code points of a string with astral characters.
/// </summary>
public sealed class StrExtra
{
    private static readonly ConditionalWeakTable<PyStr, StrExtra> Table = new();
    public static StrExtra Of(PyStr s) => Table.GetValue(s, static _ => new StrExtra());

    public PyType? Sub;
    public int[]? CodePoints;
}

public sealed class PyTuple : PyObject
{
    public readonly PyObject[] Items;
    public static readonly PyTuple Empty = new([]);

    public PyTuple(PyObject[] items) { Items = items; }
    public static PyTuple From(PyObject[] items) => items.Length == 0 ? Empty : new PyTuple(items);
    public static PyTuple From(ReadOnlySpan<PyObject> items) => items.Length == 0 ? Empty : new PyTuple(items.ToArray());
    public static PyTuple Of(params PyObject[] items) => From(items);

    public PyType? Sub;
    public override PyType Type => Sub ?? TypeObjects.Tuple;
    public override PyDict? Dict => Sub is null ? null : SubclassDicts.Of(this);
    public int Count => Items.Length;
}

public sealed class PyList : PyObject
{
    public PyObject[] Items;
    public int Count;
    /// <summary>id()'s ordinal once asked for (ObjectIds), else 0; fits the object's padding.</summary>
    internal int IdOrdinal;

    public PyList() { Items = []; if (GcTracker.Tracking) GcTracker.Track(this); }
    public PyList(int capacity) { Items = capacity == 0 ? [] : new PyObject[capacity]; if (GcTracker.Tracking) GcTracker.Track(this); }
    public PyList(ReadOnlySpan<PyObject> items) { Items = items.ToArray(); Count = items.Length; if (GcTracker.Tracking) GcTracker.Track(this); }
    public PyList(List<PyObject> items) { Items = items.ToArray(); Count = Items.Length; if (GcTracker.Tracking) GcTracker.Track(this); }

    public PyType? Sub;
    public override PyType Type => Sub ?? TypeObjects.List;
    public override PyDict? Dict => Sub is null ? null : SubclassDicts.Of(this);

    public Span<PyObject> AsSpan() => Items.AsSpan(0, Count);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Append(PyObject o)
    {
        var items = Items;
        int c = Count;
        if ((uint)c >= (uint)items.Length) { Grow(c + 1); items = Items; }
        // Items is always an exact PyObject[] (every assignment above and in ListMethods makes one),
        // so the store needs no covariance check (StelemRef: ~1.5 % of wordfreq's profile); the
        // index was checked against this very array just above.
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(items), c) = o;
        Count = c + 1;
    }

    public void Grow(int min)
    {
        int n = Math.Max(min, Items.Length < 4 ? 4 : Items.Length * 2);
        Array.Resize(ref Items, n);
    }

    public void Insert(int i, PyObject o)
    {
        if (Count == Items.Length) Grow(Count + 1);
        Array.Copy(Items, i, Items, i + 1, Count - i);
        Items[i] = o;
        Count++;
    }

    public void RemoveAt(int i)
    {
        Array.Copy(Items, i + 1, Items, i, Count - i - 1);
        Count--;
        Items[Count] = null!;
    }

    public void Clear() { Items = []; Count = 0; }

    public PyObject[] ToArray() => Items.AsSpan(0, Count).ToArray();
}

public sealed class PySlice(PyObject start, PyObject stop, PyObject step) : PyObject
{
    public readonly PyObject Start = start, Stop = stop, Step = step;
    public override PyType Type => TypeObjects.Slice;

    /// <summary>
    /// The slice with its bounds' __index__ methods already called (CPython's PySlice_Unpack), for a
    /// mutable sequence: an __index__ may resize the sequence, so its length is read after this, not
    /// before (`e[:X()]` where X.__index__ empties e). Itself when every bound is None or an int.
    /// </summary>
    public PySlice Unpacked()
    {
        static bool Plain(PyObject o) => o is PyNone || o is PyInt;
        if (Plain(Start) && Plain(Stop) && Plain(Step)) return this;
        static PyObject Value(PyObject o) => o is PyNone ? o : PyInt.From(Ops.IndexValueClamped(o));
        var step = Value(Step);   // CPython converts the step first
        return new PySlice(Value(Start), Value(Stop), step);
    }

    /// <summary>CPython's PySlice_GetIndicesEx: normalised start, stop, step and length.</summary>
    public void Indices(long length, out long start, out long stop, out long step, out long count)
    {
        step = Step is PyNone ? 1 : SmallInt(Step, out long v) ? v : Ops.IndexValueClamped(Step);   // a huge step is clamped, as CPython does
        if (step == 0) throw Errors.ValueError("slice step cannot be zero");
        long lower = step < 0 ? -1 : 0, upper = step < 0 ? length - 1 : length;
        start = Start is PyNone ? (step < 0 ? upper : lower) : Clamp(SmallInt(Start, out v) ? v : Ops.IndexValueClamped(Start), length, lower, upper);
        stop = Stop is PyNone ? (step < 0 ? lower : upper) : Clamp(SmallInt(Stop, out v) ? v : Ops.IndexValueClamped(Stop), length, lower, upper);
        if (step < 0) count = start > stop ? (start - stop - 1) / (-step) + 1 : 0;
        else count = start < stop ? (stop - start - 1) / step + 1 : 0;
    }

    /// <summary>Indices for bounds that are None or exact ints without a big value (the loop's
    /// BUILD_SLICE BINARY_SUBSCR|STORE_SUBSCR: no slice object, no __index__ to call). False for any
    /// other bound, a zero step or the most negative step (the ordinary path raises or clamps).</summary>
    public static bool PlainIndices(PyObject startO, PyObject stopO, PyObject stepO, long length, out long start, out long stop, out long step, out long count)
    {
        start = stop = count = 0;
        step = 1;
        if (stepO is not PyNone)
        {
            if (!SmallInt(stepO, out step) || step == 0 || step == long.MinValue) return false;
        }
        long lower = step < 0 ? -1 : 0, upper = step < 0 ? length - 1 : length;
        if (startO is PyNone) start = step < 0 ? upper : lower;
        else if (SmallInt(startO, out start)) start = Clamp(start, length, lower, upper);
        else return false;
        if (stopO is PyNone) stop = step < 0 ? lower : upper;
        else if (SmallInt(stopO, out stop)) stop = Clamp(stop, length, lower, upper);
        else return false;
        // Steps of 1 and -1 (`a[:k]`, `a[k::-1]`) without the division.
        if (step == 1) count = start < stop ? stop - start : 0;
        else if (step == -1) count = start > stop ? start - stop : 0;
        else if (step < 0) count = start > stop ? (start - stop - 1) / (-step) + 1 : 0;
        else count = start < stop ? (stop - start - 1) / step + 1 : 0;
        return true;
    }

    /// <summary>_PySlice_GetLongIndices: start, stop and step for a sequence of `length` items, in
    /// exact arithmetic on ints of any size (slice.indices, slicing a range of big ints).</summary>
    public void BigIndices(System.Numerics.BigInteger length, out System.Numerics.BigInteger start, out System.Numerics.BigInteger stop, out System.Numerics.BigInteger step)
    {
        step = Step is PyNone ? System.Numerics.BigInteger.One : BigIndex(Step);
        if (step.IsZero) throw Errors.ValueError("slice step cannot be zero");
        bool neg = step.Sign < 0;
        System.Numerics.BigInteger lower = neg ? System.Numerics.BigInteger.MinusOne : System.Numerics.BigInteger.Zero, upper = neg ? length - 1 : length;
        start = Start is PyNone ? (neg ? upper : lower) : BigClamp(BigIndex(Start), length, lower, upper);
        stop = Stop is PyNone ? (neg ? lower : upper) : BigClamp(BigIndex(Stop), length, lower, upper);
    }

    private static System.Numerics.BigInteger BigIndex(PyObject o)
    {
        if (o is not PyInt && o.Type.Lookup(Ops.N.Index) is null)
            throw Errors.TypeError("slice indices must be integers or None or have an __index__ method");
        return Ops.ToPyInt(o).ToBig();
    }

    private static System.Numerics.BigInteger BigClamp(System.Numerics.BigInteger v, System.Numerics.BigInteger length, System.Numerics.BigInteger lower, System.Numerics.BigInteger upper)
    {
        if (v.Sign < 0) { v += length; if (v < lower) v = lower; }
        else if (v > upper) v = upper;
        return v;
    }

    /// <summary>An exact int without a big value: its index is its value (no class-hierarchy test).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool SmallInt(PyObject o, out long v)
    {
        if (o.GetType() == typeof(PyInt) && Unsafe.As<PyInt>(o).IsPlain) { v = Unsafe.As<PyInt>(o).V; return true; }
        v = 0;
        return false;
    }

    private static long Clamp(long v, long length, long lower, long upper)
    {
        if (v < 0) { v += length; if (v < lower) v = lower; }
        else if (v > upper) v = upper;
        return v;
    }
}
