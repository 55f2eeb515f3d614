using System.Runtime.CompilerServices;

namespace Herthon.Runtime;

/// <summary>
/// Insertion-ordered hash table in CPython's compact layout: a dense entry array in insertion
/// order and a sparse index table of slots pointing into it. Deleted entries leave holes that are
/// squeezed out on resize. Keys use Python hashing and equality (fast paths for str and int).
/// </summary>
public class PyDict : PyObject
{
    private struct Entry
    {
        public long Hash;
        public PyObject? Key;   // null = deleted hole
        public PyObject Value;
    }

    private int[] _index;      // -1 empty, else entry position
    private Entry[] _entries;
    private int _used;         // live entries
    private int _next;         // next free entry position
    /// <summary>Index slots and entry capacity (sys.getsizeof's model).</summary>
    internal int IndexSize => _index.Length;
    internal int EntryCapacity => _entries.Length;

    /// <summary>Bumped on every insert/delete of a key: lets iterators detect mutation.</summary>
    public int Version;

    /// <summary>Bumped on every change (insert, replace, delete, clear): LOAD_GLOBAL caches check it.</summary>
    public int Mutations;

    /// <summary>Set for a class's __dict__: any change invalidates the attribute lookup cache.</summary>
    internal PyType? OwnerType;

    /// <summary>id()'s ordinal once asked for (ObjectIds), else 0.</summary>
    internal int IdOrdinal;

    /// <summary>
    /// The index and entries of every dict that has never held a key (and of a cleared one), as
    /// CPython's empty dicts share Py_EMPTY_KEYS: eight empty slots and no entry room. Lookups probe
    /// it as any index (every slot empty); nothing ever writes it, because an insert into a dict
    /// without entry room resizes first (Insert's `_next == _entries.Length`: no entry room at
    /// all is the full case), which makes the dict's own arrays, and a delete finds no key. `{}` is
    /// then one object, not three.
    /// </summary>
    private static readonly int[] s_emptyIndex = [-1, -1, -1, -1, -1, -1, -1, -1];
    private static readonly Entry[] s_noEntries = [];

    public PyDict(int capacity = 0)
    {
        if (capacity == 0)
        {
            _index = s_emptyIndex;
            _entries = s_noEntries;
        }
        else
        {
            int size = 8;
            while (size * 2 < capacity * 3) size <<= 1;
            _index = NewIndex(size);
            _entries = new Entry[size * 2 / 3 + 1];
        }
        if (GcTracker.Tracking) GcTracker.Track(this);
    }

    public PyType? Sub;
    public override PyType Type => Sub ?? TypeObjects.Dict;
    public override PyDict? Dict => Sub is null ? null : SubclassDicts.Of(this);

    public int Count => _used;

    private static int[] NewIndex(int size)
    {
        var a = new int[size];
        Array.Fill(a, -1);
        return a;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
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

    private int FindSlot(PyObject key, long hash, out int entryPos)
    {
    restart:
        var index = _index;
        var entries = _entries;
        int mask = index.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            int e = index[i];
            if (e == -1) { entryPos = -1; return i; }
            if (e >= 0)
            {
                ref var en = ref entries[e];
                if (en.Key is not null && en.Hash == hash)
                {
                    var k = en.Key;
                    bool eq = KeyEq(k, key);
                    // A key's __eq__ that changed this dict (cleared, resized, the entry replaced):
                    // the lookup starts again on the dict as it now is, as CPython's lookdict does,
                    // so that no caller uses a position in arrays the dict no longer has (a cleared
                    // dict shares the read-only empty index).
                    if (!ReferenceEquals(entries, _entries) || !ReferenceEquals(index, _index) || !ReferenceEquals(en.Key, k)) goto restart;
                    if (eq) { entryPos = e; return i; }
                }
            }
            perturb >>= 5;
            i = (int)((ulong)(i * 5 + 1) + perturb) & mask;
        }
    }

    private int FindStr(string key, long hash)
    {
        int mask = _index.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            int e = _index[i];
            if (e == -1) return -1;
            if (e >= 0)
            {
                ref var en = ref _entries[e];
                if (en.Hash == hash && en.Key is PyStr s && s.V == key) return e;
            }
            perturb >>= 5;
            i = (int)((ulong)(i * 5 + 1) + perturb) & mask;
        }
    }

    /// <summary>
    /// The lookup of an exact str key (CPython's unicode_eq path): the key's cached hash, then each
    /// probed entry compared by reference, then by hash and text, without KeyEq's type tests or
    /// FindSlot's restart checks (comparing two exact strs runs no Python code, so the dict cannot
    /// change under the probe). The entry's position, or -1 when the probe reached an empty slot
    /// (<paramref name="slot"/> is where the key would go, as FindSlot's), or -2 when it met an
    /// entry of the same hash whose key is not an exact str: that key's __eq__ (a str subclass's,
    /// an object hashing as the str) decides, on FindSlot's path.
    /// </summary>
    private int FindExactStr(PyStr key, long hash, out int slot)
    {
        var index = _index;
        var entries = _entries;
        int mask = index.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            int e = index[i];
            if (e == -1) { slot = i; return -1; }
            if (e >= 0)
            {
                ref var en = ref entries[e];
                var k = en.Key;
                if (ReferenceEquals(k, key)) { slot = i; return e; }
                if (en.Hash == hash && k is not null)
                {
                    if (k.GetType() != typeof(PyStr) || !Unsafe.As<PyStr>(k).IsExact) { slot = i; return -2; }
                    if (string.Equals(Unsafe.As<PyStr>(k).V, key.V)) { slot = i; return e; }
                }
            }
            perturb >>= 5;
            i = (int)((ulong)(i * 5 + 1) + perturb) & mask;
        }
    }

    public bool TryGetValue(PyObject key, out PyObject value)
    {
        if (key.GetType() == typeof(PyStr) && Unsafe.As<PyStr>(key).IsExact)
        {
            int se = FindExactStr(Unsafe.As<PyStr>(key), Unsafe.As<PyStr>(key).Hash(), out _);
            if (se >= 0) { value = _entries[se].Value; return true; }
            if (se == -1) { value = null!; return false; }
        }
        long h = Ops.Hash(key);
        FindSlot(key, h, out int e);
        if (e < 0) { value = null!; return false; }
        value = _entries[e].Value;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetValue(PyStr key, out PyObject value)
    {
        int e = FindStr(key.V, key.Hash());
        if (e < 0) { value = null!; return false; }
        value = _entries[e].Value;
        return true;
    }

    /// <summary>The entry of a str key, or -1; stable while <see cref="Version"/> is (LOAD_GLOBAL's cache).</summary>
    internal int IndexOf(PyStr key) => FindStr(key.V, key.Hash());

    /// <summary>The value of entry <paramref name="e"/> (from <see cref="IndexOf"/>, with Version unchanged).</summary>
    internal PyObject ValueAt(int e) => _entries[e].Value;

    /// <summary>Replaces the value of entry <paramref name="e"/> (from <see cref="IndexOf"/>, with Version unchanged), as Insert does for a key it finds.</summary>
    internal void SetValueAt(int e, PyObject value)
    {
        Mutations++;
        OwnerType?.Touch();
        _entries[e].Value = value;
    }

    public bool TryGetValue(string key, out PyObject value)
    {
        long h = key.GetHashCode(); if (h == -1) h = -2;
        int e = FindStr(key, h);
        if (e < 0) { value = null!; return false; }
        value = _entries[e].Value;
        return true;
    }

    /// <summary>The lookup with a hash already known (an entry's stored hash): no second __hash__
    /// call, as CPython's dict_equal reuses me_hash.</summary>
    public bool TryGetValue(PyObject key, long hash, out PyObject value)
    {
        FindSlot(key, hash, out int e);
        if (e < 0) { value = null!; return false; }
        value = _entries[e].Value;
        return true;
    }

    public PyObject? Get(string key) => TryGetValue(key, out var v) ? v : null;
    public PyObject? Get(PyObject key) => TryGetValue(key, out var v) ? v : null;

    public bool ContainsKey(PyObject key) => TryGetValue(key, out _);

    public PyObject this[string key]
    {
        set => SetItem(PyStr.From(key), value);
    }

    public void SetItem(PyObject key, PyObject value)
    {
        // An exact str key: FindExactStr's probe, and on its answer the replace or the insert at
        // the empty slot it found (an undecided probe, -2, goes on through Insert's FindSlot).
        if (key.GetType() == typeof(PyStr) && Unsafe.As<PyStr>(key).IsExact)
        {
            long sh = Unsafe.As<PyStr>(key).Hash();
            int se = FindExactStr(Unsafe.As<PyStr>(key), sh, out int slot);
            if (se != -2)
            {
                InsertAt(key, sh, value, slot, se);
                return;
            }
            Insert(key, sh, value);
            return;
        }
        Insert(key, Ops.Hash(key), value);
    }

    public void Insert(PyObject key, long hash, PyObject value)
    {
        int slot = FindSlot(key, hash, out int e);
        InsertAt(key, hash, value, slot, e);
    }

    /// <summary>Insert's store once the probe is done: entry <paramref name="e"/>'s value replaced,
    /// or (e &lt; 0) a new entry at the empty <paramref name="slot"/>, after a resize when the entry
    /// array is full (which probes again).</summary>
    private void InsertAt(PyObject key, long hash, PyObject value, int slot, int e)
    {
        Mutations++;
        OwnerType?.Touch();
        if (e >= 0) { _entries[e].Value = value; return; }
        if (_next == _entries.Length)
        {
            if (_entries.Length == 0)
            {
                // The first key of an empty dict (`d = {}` then `d[k] = v`): its own 8-slot index
                // and 6 entries, the key in its home slot (every slot is empty), without Resize's
                // sizing loop and a second probe.
                _index = NewIndex(8);
                _entries = new Entry[6];
                slot = (int)((ulong)hash & 7);
            }
            else
            {
                Resize();
                slot = FindSlot(key, hash, out _);
            }
        }
        _index[slot] = _next;
        _entries[_next++] = new Entry { Hash = hash, Key = key, Value = value };
        _used++;
        Version++;
    }

    /// <summary>`d[key] += delta` when key (an exact str or int; <paramref name="hash"/> its hash)
    /// is present with an exact int value, the probe meets no other kind of key of the same hash
    /// (whose __eq__ the lookup would call), and the sum fits 64 bits: the value replaced in place,
    /// as Insert replaces an existing key's (Mutations, not Version). False, nothing changed and no
    /// user code run, otherwise.</summary>
    internal bool TryAddToInt(PyObject key, long hash, long delta)
    {
        // FindSlot's probe, but leaving at the first stored key of the same hash that is not an
        // exact str or int: comparing with it could run its __eq__, which the two lookups of the
        // general path would run twice (CPython's count).
        var index = _index;
        var entries = _entries;
        int mask = index.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        int e;
        while (true)
        {
            e = index[i];
            if (e == -1) return false;
            if (e >= 0)
            {
                ref var en = ref entries[e];
                if (en.Key is { } k && en.Hash == hash)
                {
                    if (ReferenceEquals(k, key)) break;
                    if (k.GetType() == typeof(PyStr) && Unsafe.As<PyStr>(k).Sub is null)
                    {
                        if (key.GetType() == typeof(PyStr) && Unsafe.As<PyStr>(k).V == Unsafe.As<PyStr>(key).V) break;
                    }
                    else if (k.GetType() == typeof(PyInt))
                    {
                        if (key.GetType() == typeof(PyInt) && Unsafe.As<PyInt>(k).V == Unsafe.As<PyInt>(key).V) break;
                    }
                    else return false;
                }
            }
            perturb >>= 5;
            i = (int)((ulong)(i * 5 + 1) + perturb) & mask;
        }
        var v = entries[e].Value;
        if (v.GetType() != typeof(PyInt)) return false;
        if (Ops.OverflowAdd(Unsafe.As<PyInt>(v).V, delta, out long sum)) return false;
        Mutations++;
        OwnerType?.Touch();
        entries[e].Value = PyInt.From(sum);
        return true;
    }

    /// <summary>`d[key] = d.get(key, dflt) + delta` of an exact str key, an exact int value (or the
    /// key absent) and a sum in 64 bits: one probe, then the value replaced or the key inserted at
    /// the slot the probe found, as SetItem would after dict.get's lookup (no user code runs between
    /// the two in CPython either: str's hash and compare, int's add). False, nothing changed, when
    /// the probe is undecided (an entry of the same hash that is not an exact str), the value is not
    /// an exact int, or the sum overflows.</summary>
    internal bool TryGetAddStore(PyStr key, long dflt, long delta)
    {
        long h = key.Hash();
        int e = FindExactStr(key, h, out int slot);
        if (e == -2) return false;
        long a = dflt;
        if (e >= 0)
        {
            var v = _entries[e].Value;
            if (v.GetType() != typeof(PyInt)) return false;
            a = Unsafe.As<PyInt>(v).V;
        }
        if (Ops.OverflowAdd(a, delta, out long sum)) return false;
        InsertAt(key, h, PyInt.From(sum), slot, e);
        return true;
    }

    public bool Remove(PyObject key) => Remove(key, out _);

    public bool Remove(PyObject key, out PyObject value)
    {
        long h = Ops.Hash(key);
        int slot = FindSlot(key, h, out int e);
        if (e < 0) { value = null!; return false; }
        value = _entries[e].Value;
        Mutations++;
        OwnerType?.Touch();
        _index[slot] = -2; // dummy keeps probe chains intact
        _entries[e].Key = null;
        _entries[e].Value = null!;
        _used--;
        Version++;
        return true;
    }

    private void Resize()
    {
        int size = 8;
        while (size * 2 < (_used + 1) * 3 * 2) size <<= 1;
        var old = _entries;
        int oldNext = _next;
        _index = NewIndex(size);
        _entries = new Entry[size * 2 / 3 + 1];
        _next = 0;
        int mask = size - 1;
        for (int k = 0; k < oldNext; k++)
        {
            if (old[k].Key is null) continue;
            long hash = old[k].Hash;
            ulong perturb = (ulong)hash;
            int i = (int)((ulong)hash & (ulong)mask);
            while (_index[i] != -1) { perturb >>= 5; i = (int)((ulong)(i * 5 + 1) + perturb) & mask; }
            _index[i] = _next;
            _entries[_next++] = old[k];
        }
    }

    public void Clear()
    {
        Mutations++;
        OwnerType?.Touch();
        _index = s_emptyIndex;
        _entries = s_noEntries;
        _used = 0; _next = 0;
        Version++;
    }

    /// <summary>Entry positions are stable between mutations; iterate with these.</summary>
    public int EntryLimit => _next;

    public bool EntryAt(int pos, out PyObject key, out PyObject value)
    {
        ref var en = ref _entries[pos];
        if (en.Key is null) { key = null!; value = null!; return false; }
        key = en.Key; value = en.Value;
        return true;
    }

    public bool EntryAt(int pos, out PyObject key, out PyObject value, out long hash)
    {
        ref var en = ref _entries[pos];
        hash = en.Hash;
        if (en.Key is null) { key = null!; value = null!; return false; }
        key = en.Key; value = en.Value;
        return true;
    }

    public IEnumerable<KeyValuePair<PyObject, PyObject>> Items()
    {
        int v = Version;
        for (int i = 0; i < _next; i++)
        {
            if (v != Version) throw Errors.RuntimeError("dictionary changed size during iteration");
            var en = _entries[i];
            if (en.Key is not null) yield return new(en.Key, en.Value);
        }
    }

    public List<PyObject> KeysList()
    {
        var l = new List<PyObject>(_used);
        for (int i = 0; i < _next; i++) if (_entries[i].Key is { } k) l.Add(k);
        return l;
    }

    public PyDict Copy()
    {
        var d = new PyDict(_used);
        for (int i = 0; i < _next; i++) if (_entries[i].Key is { } k) d.Insert(k, _entries[i].Hash, _entries[i].Value);
        return d;
    }

    /// <summary>Remove and return the last inserted item (dict.popitem).</summary>
    public bool PopLast(out PyObject key, out PyObject value)
    {
        for (int i = _next - 1; i >= 0; i--)
        {
            if (_entries[i].Key is { } k)
            {
                key = k; value = _entries[i].Value;
                Remove(k);
                return true;
            }
        }
        key = null!; value = null!;
        return false;
    }
}
