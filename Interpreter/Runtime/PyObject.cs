using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Herthon.Runtime;

/// <summary>
/// Base of every Python value. Builtin value types override the virtual protocol methods with
/// direct implementations; user-defined classes (PyInstance) route them to dunder methods.
/// The eval loop tests the common exact types first and only falls back to these.
/// </summary>
public abstract class PyObject
{
    public abstract PyType Type { get; }

    /// <summary>Instance attribute dictionary, or null when the object has none.</summary>
    public virtual PyDict? Dict => null;

    public override string ToString() => Ops.Str(this);
}

public sealed class PyNone : PyObject
{
    public static readonly PyNone Instance = new();
    private PyNone() { }
    public override PyType Type => TypeObjects.NoneType;
}

public sealed class PyNotImplemented : PyObject
{
    public static readonly PyNotImplemented Instance = new();
    private PyNotImplemented() { }
    public override PyType Type => TypeObjects.NotImplementedType;
}

public sealed class PyEllipsis : PyObject
{
    public static readonly PyEllipsis Instance = new();
    private PyEllipsis() { }
    public override PyType Type => TypeObjects.EllipsisType;
}

/// <summary>A closure cell (CPython's `cell`).</summary>
public sealed class PyCell(PyObject? value = null) : PyObject
{
    public PyObject? Value = value;
    public override PyType Type => TypeObjects.CellType;
}

/// <summary>An instance of a user-defined class: a type pointer and its attributes, in one
/// allocation for the common small object. The instance's value storage is InlineCount fields
/// inside the object and, in a <see cref="PyDictInstance"/>, an overflow array for the indices past
/// them (allocated only by objects that need more). It holds one of two things: the values of the
/// class's `__slots__` (slot i at index i; a class with slots keeps any other attributes in a dict),
/// or, in a class without slots, the attribute values of the shared-key layout (the value of Keys'
/// name i at index i; CPython's split dict). An instance starts without attributes, takes the
/// shared layout at its first attribute store and switches to a real dict for good when someone
/// asks for `__dict__` or stores what the table cannot hold; the dict is then the only store, so
/// the two never disagree.
///
/// Two exact classes: <see cref="PyDictInstance"/> (80 bytes: adds the fourth inline value, the dict
/// and the overflow array; every instance of a class with a `__dict__` or more than three slots,
/// and the base of the builtin classes written as PyInstance subclasses) and
/// <see cref="PySlotInstance"/> (56 bytes: nothing more; an instance of a class with one to
/// SlotSizedCount `__slots__` and no `__dict__`, which never has a dict, a key table or an
/// overflow). CPython's instance of a three-slot class is 56 bytes too. The attribute hits
/// test both exact classes (<see cref="IsExact"/>); the storage, Keys and the inline values are at
/// the same offsets in both.</summary>
public abstract class PyInstance : PyObject
{
    /// <summary>Values held in the object itself (storage indices 0 to InlineCount - 1; the rest go to
    /// the overflow array). The first SlotSizedCount are fields of this class; the last one is
    /// <see cref="PyDictInstance.Inline3"/>, the first field of PyDictInstance, which the runtime
    /// lays out right after them (<see cref="LayoutHolds"/>), so index i is one address computation
    /// from the first value in both exact classes. A <see cref="PySlotInstance"/> has only the
    /// first SlotSizedCount.</summary>
    public const int InlineCount = 4;
    /// <summary>The values a slot-sized instance holds: a class with one to three `__slots__` and no
    /// `__dict__` (56 bytes, CPython's size for three slots).</summary>
    public const int SlotSizedCount = 3;

    private PyType _type;
    /// <summary>Shared layout: the key table (null in the dict layout, before any attribute, and
    /// always in a class with `__slots__`).</summary>
    internal InstanceKeys? Keys;
    private InlineValues _inline;

    [InlineArray(SlotSizedCount)]
    private struct InlineValues { private PyObject? _e0; }

    /// <summary>Whether storage index SlotSizedCount (PyDictInstance.Inline3) lies right after the
    /// base's values, as ValueAt's single address computation assumes (checked once at start-up:
    /// field layout is the runtime's choice).</summary>
    internal static bool LayoutHolds()
    {
        var d = new PyDictInstance(TypeObjects.Object);
        return Unsafe.ByteOffset(ref Unsafe.As<InlineValues, PyObject?>(ref ((PyInstance)d)._inline), ref d.Inline3) == SlotSizedCount * IntPtr.Size;
    }

    private protected PyInstance(PyType type) { _type = type; }

    /// <summary>Whether o is an instance whose storage the attribute hits may read directly: one of
    /// the two exact classes (not a builtin class's PyDictInstance subclass).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    // Written as two `o.GetType() == typeof(X)` tests: the JIT turns each into one method-table
    // compare; `var t = o.GetType()` compared twice calls GetType for the RuntimeType (richards
    // +14 % CPU, 19 % of its samples in Object.GetType and MethodTable.get_WritableData).
    public static bool IsExact(PyObject o) => o.GetType() == typeof(PyDictInstance) || o.GetType() == typeof(PySlotInstance);

    /// <summary>The instance a class's object.__new__ creates: slot-sized when the class has one to
    /// InlineCount slots and no `__dict__` (its instances then never need a dict or an overflow).</summary>
    public static PyInstance Create(PyType t) =>
        t.SlotCount is > 0 and <= SlotSizedCount && !t.InstancesHaveDict ? new PySlotInstance(t) : new PyDictInstance(t);

    private bool IsSlotSized => GetType() == typeof(PySlotInstance);

    // The dict layout's dict and the overflow array live in PyDictInstance; a PySlotInstance has neither.
    private PyDict? _dict
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => IsSlotSized ? null : Unsafe.As<PyDictInstance>(this).DictField;
        set
        {
            if (IsSlotSized) throw Errors.AttributeError($"'{_type.Name}' object has no attribute '__dict__'");
            Unsafe.As<PyDictInstance>(this).DictField = value;
        }
    }

    private PyObject?[]? _more
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => IsSlotSized ? null : Unsafe.As<PyDictInstance>(this).MoreField;
        set
        {
            // Unreachable: a slot-sized class has at most InlineCount slots and no shared layout.
            if (IsSlotSized) throw Errors.AttributeError($"'{_type.Name}' object has no attribute beyond its __slots__");
            Unsafe.As<PyDictInstance>(this).MoreField = value;
        }
    }

    // Sealed: the attribute caches read it on every hit, and a sealed override is a direct call (also under NativeAOT).
    public sealed override PyType Type => _type;
    public void SetType(PyType t) => _type = t;
    /// <summary>The attribute dict (materialised from the shared layout when needed); null for a
    /// slot-sized instance, which has none.</summary>
    public override PyDict? Dict => IsSlotSized ? null : _dict ?? Materialize();
    /// <summary>The attribute dict if the instance has any attributes (materialised from the
    /// shared layout), else null.</summary>
    public PyDict? DictIfCreated => _dict ?? (Keys is null ? null : Materialize());
    /// <summary>The dict layout's dict, without materialising one.</summary>
    internal PyDict? RawDict => _dict;

    /// <summary>How many values the storage holds now (InlineCount plus the overflow array's length).</summary>
    internal int Capacity => IsSlotSized ? SlotSizedCount : InlineCount + (_more?.Length ?? 0);

    /// <summary>The value at storage index i (null: absent, or i past the storage).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal PyObject? ValueAt(int i)
    {
        if ((uint)i < InlineCount) return Unsafe.Add(ref Unsafe.As<InlineValues, PyObject?>(ref _inline), i);
        var more = _more;
        i -= InlineCount;
        return more is not null && (uint)i < (uint)more.Length ? more[i] : null;
    }

    /// <summary>Stores at storage index i, which must be below Capacity.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void SetValueAt(int i, PyObject? value)
    {
        if ((uint)i < InlineCount) Unsafe.Add(ref Unsafe.As<InlineValues, PyObject?>(ref _inline), i) = value;
        else Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_more!), i - InlineCount) = value;   // a PyObject?[] exactly: no covariance check
    }

    /// <summary>STORE_ATTR's hit: stores at storage index i when the value there is a replacement
    /// (or always, for a slot); false when it is not, or i is past the storage.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool StoreValueHit(int i, PyObject value, bool slot)
    {
        if ((uint)i < InlineCount)
        {
            ref PyObject? v = ref Unsafe.Add(ref Unsafe.As<InlineValues, PyObject?>(ref _inline), i);
            if (v is null && !slot) return false;
            v = value;
            return true;
        }
        return StoreMoreHit(i, value, slot);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool StoreMoreHit(int i, PyObject value, bool slot)
    {
        // The overflow array read from the exact class (the `_more` getter's IsSlotSized was a
        // call here: ILC did not inline it). A slot-sized instance has no index past InlineCount.
        if (GetType() != typeof(PyDictInstance)) return false;
        var more = Unsafe.As<PyDictInstance>(this).MoreField;
        i -= InlineCount;
        if (more is null || (uint)i >= (uint)more.Length) return false;
        ref PyObject? v = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(more), i);
        if (v is null && !slot) return false;
        v = value;
        return true;
    }

    /// <summary>Makes the storage hold at least n values.</summary>
    internal void EnsureCapacity(int n)
    {
        int have = Capacity;
        if (n <= have) return;
        int more = n - InlineCount;
        var a = new PyObject?[_more is null ? more : Math.Max(more, Math.Min(_more.Length * 2, InstanceKeys.MaxSize))];
        if (_more is not null) Array.Copy(_more, a, _more.Length);
        _more = a;
    }

    /// <summary>`__slots__` member i's value, or null when unset.</summary>
    internal PyObject? GetSlot(int i) => Keys is null && (uint)i < (uint)Capacity ? ValueAt(i) : null;

    /// <summary>Stores `__slots__` member i (null: deletes it). The storage holds slots only in a
    /// class with slots, whose instances never take the shared layout.</summary>
    internal void SetSlot(int i, PyObject? value)
    {
        if (Keys is not null) Materialize();
        EnsureCapacity(i + 1);
        SetValueAt(i, value);
    }

    private PyDict Materialize()
    {
        var keys = Keys;
        int used = keys is null ? 0 : UsedCount();
        var d = new PyDict(used);
        if (keys is not null)
            for (int i = 0; i < used; i++)
                if (ValueAt(i) is { } v) { var k = keys.NameAt(i); d.Insert(k, k.Hash(), v); }
        DropSharedValues(d);
        return d;
    }

    /// <summary>Leaves the shared layout (its values are dropped) for the dict layout with d.</summary>
    private void DropSharedValues(PyDict d)
    {
        if (Keys is not null)
        {
            for (int i = 0; i < InlineCount; i++) SetValueAt(i, null);
            _more = null;
            Keys = null;
        }
        _dict = d;
    }

    /// <summary>Replaces the attributes by a dict (`obj.__dict__ = d`).</summary>
    internal void ReplaceDict(PyDict d) => DropSharedValues(d);

    public bool TryGetAttrValue(PyStr name, out PyObject value)
    {
        if (Keys is { } keys)
        {
            int i = keys.IndexOf(name);
            if (i >= 0 && ValueAt(i) is { } v) { value = v; return true; }
            value = null!;
            return false;
        }
        if (_dict is { } d) return d.TryGetValue(name, out value);
        value = null!;
        return false;
    }

    public void SetAttrValue(PyStr name, PyObject value)
    {
        if (_dict is { } d) { d.SetItem(name, value); return; }
        if (name.Sub is null && _type.SlotCount == 0)
        {
            var keys = Keys ?? (_type.InstanceKeys ??= new InstanceKeys());
            int i = keys.IndexOf(name);
            if (i < 0) i = keys.Add(name);
            if (i >= 0 && StoreAt(keys, i, value)) return;
        }
        Materialize().SetItem(name, value);
    }

    /// <summary>A new instance (no key table, no dict, not slot-sized) takes the shared layout of
    /// <paramref name="keys"/> with room for its first <paramref name="k"/> values, as StoreAt's
    /// first store gives it (PyType.InitKeys: a store-only `__init__`'s stores then go to indices
    /// 0 to k - 1 by SetValueAt).</summary>
    internal void TakeKeys(InstanceKeys keys, int k)
    {
        Keys = keys;
        EnsureCapacity(Math.Max(keys.Count, k));
    }

    /// <summary>Stores the value of keys' name i in the shared layout; false when the instance's
    /// layout cannot take it there (another table, a dict, a class with slots, an empty index
    /// before a value that is set: it would reorder the attributes).</summary>
    internal bool StoreAt(InstanceKeys keys, int i, PyObject value)
    {
        if (Keys is null)
        {
            if (_dict is not null || _type.SlotCount != 0) return false;
            Keys = keys;
            EnsureCapacity(Math.Max(keys.Count, i + 1));
        }
        else if (!ReferenceEquals(Keys, keys)) return false;
        if (StoreValueHit(i, value, slot: false)) return true;
        if (i < UsedCount()) return false;
        EnsureCapacity(Math.Max(keys.Count, i + 1));
        SetValueAt(i, value);
        return true;
    }

    /// <summary>Shared layout: one past the highest index that holds a value. The attributes' order
    /// is index order, so a new attribute may only take an index at or past this (CPython's rule
    /// for its inline values: an attribute added after a later one, or re-added after a deletion
    /// that left later ones, goes to a dict). Derived rather than stored: the object has no field
    /// for it (88 -> 80 bytes).</summary>
    private int UsedCount()
    {
        for (int i = Capacity - 1; i >= 0; i--)
            if (ValueAt(i) is not null) return i + 1;
        return 0;
    }

    public bool RemoveAttrValue(PyStr name)
    {
        if (Keys is { } keys)
        {
            int i = keys.IndexOf(name);
            if (i < 0 || ValueAt(i) is null) return false;
            SetValueAt(i, null);
            return true;
        }
        return _dict is { } d && d.Remove(name);
    }

    /// <summary>Visits the attribute names and values without materialising a dict (gc).</summary>
    internal void ForEachAttr(Action<PyObject> visit)
    {
        if (Keys is { } keys)
        {
            for (int i = 0; i < Capacity; i++) if (ValueAt(i) is { } v) { visit(keys.NameAt(i)); visit(v); }
        }
        else if (_dict is { } d) foreach (var kv in d.Items()) { visit(kv.Key); visit(kv.Value); }
    }

    /// <summary>Visits the `__slots__` values that are set (gc).</summary>
    internal void ForEachSlot(Action<PyObject> visit)
    {
        if (Keys is not null) return;
        int n = Capacity;
        for (int i = 0; i < n; i++) if (ValueAt(i) is { } v) visit(v);
    }
}


/// <summary>An instance with a dict and an overflow array beside the inline values (see
/// <see cref="PyInstance"/>): every instance of a class with a `__dict__` or more than
/// PyInstance.InlineCount slots, and the base of builtin classes implemented as instances.</summary>
public class PyDictInstance(PyType type) : PyInstance(type)
{
    /// <summary>Storage index PyInstance.SlotSizedCount (the last inline value): declared first, so
    /// the runtime places it right after the base's inline values (PyInstance.LayoutHolds).</summary>
    internal PyObject? Inline3;
    internal PyDict? DictField;
    /// <summary>Values at indices InlineCount and up (null until one is stored).</summary>
    internal PyObject?[]? MoreField;
}

/// <summary>An instance of a class with one to PyInstance.SlotSizedCount `__slots__` and no
/// `__dict__`: its type, the (always null) key table and three values only (56 bytes; a
/// PyDictInstance is 80).</summary>
public sealed class PySlotInstance(PyType type) : PyInstance(type)
{
}

/// <summary>Identity-based key for reference sets (e.g. recursion guards in repr).</summary>
public sealed class ReferenceComparer : IEqualityComparer<object>
{
    public static readonly ReferenceComparer Instance = new();
    public new bool Equals(object? x, object? y) => ReferenceEquals(x, y);
    public int GetHashCode(object obj) => RuntimeHelpers.GetHashCode(obj);
}
