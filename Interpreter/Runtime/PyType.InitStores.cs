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
}
