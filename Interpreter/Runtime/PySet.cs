using System.Runtime.CompilerServices;
namespace Herthon.Runtime;

/// <summary>
/// set / frozenset with CPython's table layout (linear probing of 9 then perturbation, the same
/// growth policy), so iteration order — and therefore printed output — matches CPython for the
/// same insertions.
/// </summary>
public sealed class PySet : PyObject
{
    private const int LinearProbes = 9;
    private const int MinSize = 8;

    private PyObject?[] _keys;
    private long[] _hashes;
    private int _mask;
    private int _fill;   // active + dummy
    private int _used;   // active
    public readonly bool Frozen;
    /// <summary>A frozenset's hash once computed (CPython caches it too: nesting frozensets stays linear).</summary>
    internal long FrozenHash = -1;
    /// <summary>Slots in the hash table (sys.getsizeof's model).</summary>
    internal int TableSize => _keys.Length;
    public int Version;

    private static readonly PyObject Dummy = new PyCell(); // marks a deleted slot

    public PySet(bool frozen = false)
    {
        Frozen = frozen;
        _keys = new PyObject?[MinSize];
        _hashes = new long[MinSize];
        _mask = MinSize - 1;
    }

    public PyType? Sub;
    public override PyType Type => Sub ?? (Frozen ? TypeObjects.FrozenSet : TypeObjects.Set);
    public override PyDict? Dict => Sub is null ? null : SubclassDicts.Of(this);
    public int Count => _used;

    private bool IsDummy(int i) => ReferenceEquals(_keys[i], Dummy);

    /// <summary>_keys[i] = key without the array-covariance check (StelemRef's type walk for every
    /// int or str key: 1.4 % of go): _keys is always an exact PyObject?[] made by this class.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void StoreKey(int i, PyObject key)
    {
        var keys = _keys;
        if ((uint)i >= (uint)keys.Length) throw new IndexOutOfRangeException();
        Unsafe.Add(ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(keys), i) = key;
    }

    private static bool KeyEq(PyObject a, PyObject b)
    {
        if (ReferenceEquals(a, b)) return true;
        // Exact strs only: a str subclass may define __eq__, which CPython's lookdict calls.
        if (a is PyStr sa && b is PyStr sb && sa.Sub is null && sb.Sub is null) return sa.V == sb.V;
        // Exact small ints (equal hashes, different objects past the small-int cache): compared
        // here, without Ops.Eq's `is PyInt` hierarchy tests.
        if (a.GetType() == typeof(PyInt) && b.GetType() == typeof(PyInt) && Unsafe.As<PyInt>(a).IsPlain && Unsafe.As<PyInt>(b).IsPlain)
            return Unsafe.As<PyInt>(a).V == Unsafe.As<PyInt>(b).V;
        return Ops.Eq(a, b);
    }

    public bool Add(PyObject key)
    {
        // An exact int in 64 bits (go's and constraint's sets of points): long_hash inline, no Ops.Hash.
        if (key.GetType() == typeof(PyInt))
        {
            // The first slot of the probe for an int below 2**61 (its own hash): an equal int there,
            // nothing to do; empty, and no resize due, the key goes there. Else AddPlainInt's probe.
            const long P = (1L << 61) - 1;
            long v = Unsafe.As<PyInt>(key).V;
            if ((ulong)(v + (P - 1)) <= (ulong)(2 * (P - 1)) && v != -1)
            {
                int i = (int)v & _mask;
                var k = _keys[i];
                if (k is null)
                {
                    if ((long)(_fill + 1) * 5 < (long)_mask * 3)
                    {
                        Version++;
                        _fill++; _used++;
                        StoreKey(i, key); _hashes[i] = v;
                        return true;
                    }
                }
                else if (k.GetType() == typeof(PyInt) && Unsafe.As<PyInt>(k).V == v) return false;
            }
            return AddPlainInt(Unsafe.As<PyInt>(key));
        }
        return Add(key, Ops.Hash(key));
    }

    /// <summary>Add for a key of type int itself (`seen.add(n)`): FindPlainInt's probe with Add's free-slot
    /// rule. A dummy's stored hash is -1, which no key has: a hash match is a live key, a -1 a dummy.
    /// A stored key of another kind with the int's hash sends the insertion to the general Add from
    /// the start (the int compares passed so far run no Python code).</summary>
    private bool AddPlainInt(PyInt key)
    {
        long hash = key.PlainHash();
        long v = key.V;
        var keys = _keys;
        var hashes = _hashes;
        int mask = _mask;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        int freeslot = -1;
        while (true)
        {
            int probes = (i + LinearProbes <= mask) ? LinearProbes : 0;
            int j = i;
            do
            {
                var k = keys[j];
                if (k is null)
                {
                    Version++;
                    if (freeslot >= 0)
                    {
                        StoreKey(freeslot, key); hashes[freeslot] = hash; _used++;
                        return true;
                    }
                    _fill++; _used++;
                    StoreKey(j, key); hashes[j] = hash;
                    if ((long)_fill * 5 >= (long)mask * 3) Resize(_used > 50000 ? _used * 2 : _used * 4);
                    return true;
                }
                long h = hashes[j];
                if (h == hash)
                {
                    if (ReferenceEquals(k, key)) return false;
                    if (k.GetType() != typeof(PyInt)) return Add(key, hash);
                    if (Unsafe.As<PyInt>(k).V == v) return false;
                }
                else if (h == -1) freeslot = j;
                j++;
            } while (probes-- > 0);
            perturb >>= 5;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    public bool Add(PyObject key, long hash)
    {
        // CPython 3.11's set_add_entry: the key goes into the last dummy seen before the first unused slot.
        // A key's __eq__ may change the set (clear it, resize it): then the probe starts again.
    restart:
        var keys = _keys;
        int mask = _mask;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        int freeslot = -1;
        while (true)
        {
            int probes = (i + LinearProbes <= mask) ? LinearProbes : 0;
            int j = i;
            do
            {
                var k = keys[j];
                if (k is null) goto foundUnused;
                if (_hashes[j] == hash && !IsDummy(j))
                {
                    if (ReferenceEquals(k, key) || IntEq(k, key)) return false;
                    if (KeyEq(k, key)) return false;
                    if (!ReferenceEquals(keys, _keys) || !ReferenceEquals(keys[j], k)) goto restart;
                }
                if (IsDummy(j)) freeslot = j;
                j++;
            } while (probes-- > 0);
            perturb >>= 5;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
            continue;
        foundUnused:
            Version++;
            if (freeslot >= 0)
            {
                _keys[freeslot] = key; _hashes[freeslot] = hash; _used++;
                return true;
            }
            _fill++; _used++;
            StoreKey(j, key); _hashes[j] = hash;
            if ((long)_fill * 5 >= (long)mask * 3) Resize(_used > 50000 ? _used * 2 : _used * 4);
            return true;
        }
    }

    private int Find(PyObject key, long hash)
    {
    restart:
        var keys = _keys;
        int mask = _mask;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            int probes = (i + LinearProbes <= mask) ? LinearProbes : 0;
            int j = i;
            do
            {
                var k = keys[j];
                if (k is null) return -1;
                if (_hashes[j] == hash && !IsDummy(j))
                {
                    bool eq = KeyEq(k, key);
                    if (!ReferenceEquals(keys, _keys) || !ReferenceEquals(keys[j], k)) goto restart;   // CPython's set_lookkey
                    if (eq) return j;
                }
                j++;
            } while (probes-- > 0);
            perturb >>= 5;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    public bool Contains(PyObject key)
    {
        if (key.GetType() == typeof(PyInt)) return FindPlainInt(Unsafe.As<PyInt>(key)) >= 0;
        return Find(LookupKey(key, out long hash), hash) >= 0;
    }

    /// <summary>Contains for a key of type int itself (CONTAINS_OP's `n not in seen`): the first slot
    /// of the probe answers inline for an int below 2**61 (its own hash): empty, not there; an
    /// equal int, there. A dummy or another key there continues in FindPlainInt.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool ContainsPlainInt(PyInt key)
    {
        const long P = (1L << 61) - 1;
        long v = key.V;
        if ((ulong)(v + (P - 1)) <= (ulong)(2 * (P - 1)) && v != -1)
        {
            var keys = _keys;
            var k = keys[(int)v & _mask];
            if (k is null) return false;
            if (k.GetType() == typeof(PyInt) && Unsafe.As<PyInt>(k).V == v) return true;
        }
        return FindPlainInt(key) >= 0;
    }

    /// <summary>Two exact ints in 64 bits with equal values (no Python code can run: no restart needed).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IntEq(PyObject a, PyObject b) =>
        a.GetType() == typeof(PyInt) && b.GetType() == typeof(PyInt) && Unsafe.As<PyInt>(a).IsPlain && Unsafe.As<PyInt>(b).IsPlain
        && Unsafe.As<PyInt>(a).V == Unsafe.As<PyInt>(b).V;

    /// <summary>Find for an exact int key in 64 bits: its hash inline, and stored exact ints compared by
    /// value where the hashes match (set_lookkey's identity and hash tests, then the int compare that
    /// PyObject_RichCompare would make, which runs no Python code). A stored key of another kind with
    /// the same hash (True for 1, 2.0 for 2, an object whose __hash__ returns the int) sends the
    /// lookup to the general Find from the start: the entries passed so far were ints, whose
    /// comparisons are not observable, so the order of the __eq__ calls stays CPython's.</summary>
    private int FindPlainInt(PyInt key)
    {
        long hash = key.PlainHash();
        long v = key.V;
        var keys = _keys;
        var hashes = _hashes;
        int mask = _mask;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            int probes = (i + LinearProbes <= mask) ? LinearProbes : 0;
            int j = i;
            do
            {
                var k = keys[j];
                if (k is null) return -1;
                // A dummy's stored hash is -1, which no key has: a hash match is a live key.
                if (hashes[j] == hash)
                {
                    if (ReferenceEquals(k, key)) return j;
                    if (k.GetType() != typeof(PyInt) || !Unsafe.As<PyInt>(k).IsPlain) return Find(key, hash);
                    if (Unsafe.As<PyInt>(k).V == v) return j;
                }
                j++;
            } while (probes-- > 0);
            perturb >>= 5;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    /// <summary>A set looked up in a set (`s in sets`, remove, discard) stands for the frozenset of its items, as in CPython.</summary>
    private static PyObject LookupKey(PyObject key, out long hash)
    {
        if (key is PySet { Frozen: false } ps && ps.Type.Lookup(Ops.N.Hash) is null or PyNone)
        {
            var frozen = ps.CopySet(true);
            hash = Ops.Hash(frozen);
            return frozen;
        }
        hash = Ops.Hash(key);
        return key;
    }

    public bool Remove(PyObject key)
    {
        key = LookupKey(key, out long hash);
        int j = Find(key, hash);
        if (j < 0) return false;
        _keys[j] = Dummy; _hashes[j] = -1; _used--;
        Version++;
        return true;
    }

    private void Resize(int minUsed)
    {
        int newSize = MinSize;
        while (newSize <= minUsed) newSize <<= 1;
        if (newSize == MinSize && _mask == MinSize - 1 && _fill == _used) return; // CPython: nothing to purge
        var oldKeys = _keys; var oldHashes = _hashes;
        _keys = new PyObject?[newSize];
        _hashes = new long[newSize];
        _mask = newSize - 1;
        _fill = _used;
        for (int k = 0; k < oldKeys.Length; k++)
        {
            if (oldKeys[k] is null || ReferenceEquals(oldKeys[k], Dummy)) continue;
            InsertClean(oldKeys[k]!, oldHashes[k]);
        }
    }

    private void InsertClean(PyObject key, long hash)
    {
        int mask = _mask;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            if (_keys[i] is null) goto found;
            if (i + LinearProbes <= mask)
            {
                for (int j = 1; j <= LinearProbes; j++)
                    if (_keys[i + j] is null) { i += j; goto found; }
            }
            perturb >>= 5;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    found:
        StoreKey(i, key); _hashes[i] = hash;
    }

    /// <summary>set.update / set(iterable) from another set: CPython copies the other table in its order.</summary>
    public void UpdateFromSet(PySet other)
    {
        if (ReferenceEquals(other, this) || other._used == 0) return;
        if ((long)(_fill + other._used) * 5 >= (long)_mask * 3) Resize((_used + other._used) * 2);
        // Copy slot positions only when the source has no deleted-slot markers (CPython's rule):
        // otherwise probe chains in the copy would miss the dummies they ran through.
        if (_fill == 0 && _mask == other._mask && other._fill == other._used)
        {
            for (int k = 0; k <= other._mask; k++)
                if (other._keys[k] is { } key && !other.IsDummy(k)) { _keys[k] = key; _hashes[k] = other._hashes[k]; }
            _fill = _used = other._used;
            Version++;
            return;
        }
        if (_fill == 0)
        {
            for (int k = 0; k <= other._mask; k++)
                if (other._keys[k] is { } key && !other.IsDummy(k)) { InsertClean(key, other._hashes[k]); _fill++; _used++; }
            Version++;
            return;
        }
        for (int k = 0; k <= other._mask; k++)
            if (other._keys[k] is { } key && !other.IsDummy(k)) Add(key, other._hashes[k]);
    }

    public void Clear()
    {
        _keys = new PyObject?[MinSize]; _hashes = new long[MinSize]; _mask = MinSize - 1; _fill = _used = 0;
        Version++;
    }

    public int SlotLimit => _mask + 1;

    public PyObject? SlotAt(int i) => i <= _mask && _keys[i] is { } k && !IsDummy(i) ? k : null;

    public IEnumerable<PyObject> Items()
    {
        int v = Version;
        for (int i = 0; i <= _mask; i++)
        {
            if (v != Version) throw Errors.RuntimeError("Set changed size during iteration");
            if (_keys[i] is { } k && !IsDummy(i)) yield return k;
        }
    }

    public List<PyObject> ToList()
    {
        var l = new List<PyObject>(_used);
        for (int i = 0; i <= _mask; i++) if (_keys[i] is { } k && !IsDummy(i)) l.Add(k);
        return l;
    }

    /// <summary>CPython's set_swap_bodies: used by in-place intersection.</summary>
    public void SwapBodies(PySet other)
    {
        (_keys, other._keys) = (other._keys, _keys);
        (_hashes, other._hashes) = (other._hashes, _hashes);
        (_mask, other._mask) = (other._mask, _mask);
        (_fill, other._fill) = (other._fill, _fill);
        (_used, other._used) = (other._used, _used);
        Version++; other.Version++;
    }

    public PySet CopySet(bool frozen)
    {
        var s = new PySet(frozen);
        s.UpdateFromSet(this);
        return s;
    }

    /// <summary>End of CPython's set_difference_update_internal: more than a quarter dummies → rebuild the table.</summary>
    public void PurgeDummiesIfMany()
    {
        if (_fill - _used <= _mask / 4) return;
        Resize(_used > 50000 ? _used * 2 : _used * 4);
    }

    private int _finger; // CPython's set_pop search finger

    public PyObject Pop()
    {
        if (_used == 0) throw Errors.KeyError("pop from an empty set");
        int i = _finger & _mask;
        while (_keys[i] is null || IsDummy(i)) { i++; if (i > _mask) i = 0; }
        var k = _keys[i]!;
        _keys[i] = Dummy; _hashes[i] = -1; _used--; Version++;
        _finger = i + 1;
        return k;
    }
}
