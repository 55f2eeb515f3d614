namespace Herthon.Runtime;

/// <summary>
/// The attribute names shared by the instances of one class (CPython 3.11's shared-keys dict):
/// an instance stores its attribute values in an array indexed by this table, so an attribute
/// site can remember (table, index) and read or write the value without hashing. The table only
/// grows (an index never changes meaning), up to MaxSize names as in CPython; past that, or for
/// an order of insertion the table cannot express, the instance switches to a real dict.
/// </summary>
public sealed class InstanceKeys
{
    /// <summary>CPython's SHARED_KEYS_MAX_SIZE.</summary>
    public const int MaxSize = 30;

    private PyStr[] _names = new PyStr[4];
    private int[] _hashes = new int[4];
    public int Count;

    public PyStr NameAt(int i) => _names[i];

    /// <summary>The name's index, or -1. Names in the table are exact str objects.</summary>
    public int IndexOf(PyStr name)
    {
        var names = _names;
        int n = Count;
        for (int i = 0; i < n; i++) if (ReferenceEquals(names[i], name)) return i;
        int h = (int)name.Hash();
        var hashes = _hashes;
        for (int i = 0; i < n; i++) if (hashes[i] == h && names[i].V == name.V) return i;
        return -1;
    }

    /// <summary>Appends a name not in the table: its index, or -1 when the table is full.</summary>
    public int Add(PyStr name)
    {
        if (Count == MaxSize) return -1;
        if (Count == _names.Length)
        {
            Array.Resize(ref _names, Math.Min(_names.Length * 2, MaxSize));
            Array.Resize(ref _hashes, _names.Length);
        }
        _names[Count] = name;
        _hashes[Count] = (int)name.Hash();
        return Count++;
    }
}
