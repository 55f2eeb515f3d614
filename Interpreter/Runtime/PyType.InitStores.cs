using Herthon.Compiling;

namespace Herthon.Runtime;

// Where the stores of a store-only `__init__` (CodeObject.InitStores: `self.a = a` and nothing
// else) go in an instance of this class, for Interpreter.PushInit's path that makes the instance
// and stores its arguments without pushing the `__init__` frame. Computed once per Version of the
// class and `__init__`'s code object (a new `__init__` bumps the version; `__init__.__code__ = ...`
// changes the code object the function holds).
public sealed partial class PyType
{
    private int[]? _initTargets;
    private CodeObject? _initTargetsCode;
    private int _initTargetsVersion = -1;

    /// <summary>One entry per store of <paramref name="code"/>'s InitStores: the instance slot index
    /// of a `__slots__` member, or -1 for an attribute of the instance's own storage
    /// (PyInstance.SetAttrValue); null when any store is not a plain one, i.e. Ops.SetAttr would do
    /// anything else: a Python `__setattr__`, a property, getset or other data descriptor (or a
    /// user descriptor that may become one), `__class__`/`__dict__`, a name outside the slots of a
    /// class without `__dict__` (the AttributeError is raised by the frame's own STORE_ATTR).</summary>
    internal int[]? InitStoreTargets(CodeObject code, int[] stores)
    {
        if (ReferenceEquals(_initTargetsCode, code) && _initTargetsVersion == Version) return _initTargets;
        int[]? targets = ComputeInitStoreTargets(code, stores);
        _initTargets = targets;
        _initTargetsCode = code;
        _initTargetsVersion = Version;
        return targets;
    }

    private int[]? ComputeInitStoreTargets(CodeObject code, int[] stores)
    {
        if (IsBuiltin || Lookup(Ops.N.SetAttr) is PyFunction) return null;
        var targets = new int[stores.Length / 2];
        for (int i = 0; i < targets.Length; i++)
        {
            var name = code.Names[stores[2 * i + 1]];
            if (name.Sub is not null || name.V is "__class__" or "__dict__") return null;
            var descr = Lookup(name);
            if (descr is PySlotDescriptor sd)
            {
                if (!IsSubtypeOf(sd.Owner)) return null;
                targets[i] = sd.Index;
                continue;
            }
            if (!InstancesHaveDict) return null;
            if (descr is PyProperty or PyGetSetDescriptor or PyInstance || descr is not null && SubclassDicts.IsUserSub(descr)) return null;
            targets[i] = -1;
        }
        return targets;
    }

    private InstanceKeys? _initKeys;
    private CodeObject? _initKeysCode;
    private int _initKeysVersion = -1;
    private bool _initKeysOk;

    /// <summary>The class's shared key table when a store-only `__init__` (<paramref name="code"/>,
    /// whose stores all go to the instance's own storage: <paramref name="targets"/> all -1) stores
    /// the table's first k names in index order, k the number of stores: a new instance then takes
    /// the table and its values at indices 0 to k - 1, as k SetAttrValue calls would leave it (the
    /// first store gives a fresh instance the class's table; each name is found at its index).
    /// Null otherwise, or while the table has fewer than k names (the first instance's stores add
    /// them). The table only grows and an index never changes meaning, so a verdict on a table of k
    /// or more names holds for that table, code object and class version: it is kept.</summary>
    internal InstanceKeys? InitKeys(CodeObject code, int[] stores, int[] targets)
    {
        var keys = InstanceKeys;
        if (keys is null) return null;
        if (ReferenceEquals(_initKeys, keys) && ReferenceEquals(_initKeysCode, code) && _initKeysVersion == Version)
            return _initKeysOk ? keys : null;
        int k = targets.Length;
        if (keys.Count < k) return null;
        bool ok = SlotCount == 0;
        for (int j = 0; j < k && ok; j++)
            ok = targets[j] == -1 && keys.IndexOf(code.Names[stores[2 * j + 1]]) == j;
        _initKeys = keys;
        _initKeysCode = code;
        _initKeysVersion = Version;
        _initKeysOk = ok;
        return ok ? keys : null;
    }
}
