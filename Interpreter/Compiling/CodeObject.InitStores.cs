using Herthon.Runtime;

namespace Herthon.Compiling;

public sealed partial class CodeObject
{
    /// <summary>The stores of an `__init__` whose body is nothing but `self.a = a` statements
    /// (Interpreter.PushInit's store-only path): pairs of (argument slot p ≥ 1, or -(c + 1) for the
    /// constant c of `self.a = None`, name index), or null when
    /// the code is anything else. Computed once (<see cref="_initStoresDone"/>).</summary>
    private int[]? _initStores;
    private bool _initStoresDone;

    /// <summary>See <see cref="_initStores"/>. The body must be, exactly, k ≥ 1 repetitions of
    /// LOAD_FAST p (1 ≤ p &lt; ArgCount) or LOAD_CONST c, LOAD_FAST 0, STORE_ATTR n, then LOAD_CONST None and
    /// RETURN_VALUE: no other instruction, no cell or free variable, no *args/**kwargs or
    /// keyword-only parameter, not a generator. Such a body cannot raise once its stores are known
    /// to be plain (PyType.InitStoreTargets decides that per class) and calls no Python code.</summary>
    internal int[]? InitStores
    {
        get
        {
            if (!_initStoresDone)
            {
                _initStores = ComputeInitStores();
                _initStoresDone = true;
            }
            return _initStores;
        }
    }

    private int[]? ComputeInitStores()
    {
        var c = Code;
        if ((Flags & (CodeFlags.VarArgs | CodeFlags.VarKeywords | CodeFlags.Resumable)) != 0 || KwOnlyArgCount != 0
            || NCells != 0 || ArgCount < 1 || ExceptionTable.Length != 0 || c.Length < 5 || (c.Length - 2) % 3 != 0)
            return null;
        int k = (c.Length - 2) / 3;
        var stores = new int[2 * k];
        for (int i = 0; i < k; i++)
        {
            int a = c[3 * i], b = c[3 * i + 1], s = c[3 * i + 2];
            int p = a >> 8;
            // `self.a = None`, `self.n = 0`: the constant itself, as LOAD_CONST pushes it.
            if ((Op)(a & 0xFF) == Op.LoadConst && (uint)p < (uint)Constants.Length) p = -(p + 1);
            else if ((Op)(a & 0xFF) != Op.LoadFast || p < 1 || p >= ArgCount) return null;
            if ((Op)(b & 0xFF) != Op.LoadFast || b >> 8 != 0) return null;
            if ((Op)(s & 0xFF) != Op.StoreAttr || (uint)(s >> 8) >= (uint)Names.Length) return null;
            stores[2 * i] = p;
            stores[2 * i + 1] = s >> 8;
        }
        int lc = c[c.Length - 2], rv = c[c.Length - 1];
        if ((Op)(lc & 0xFF) != Op.LoadConst || (uint)(lc >> 8) >= (uint)Constants.Length || Constants[lc >> 8] is not PyNone) return null;
        if ((Op)(rv & 0xFF) != Op.ReturnValue) return null;
        return stores;
    }
}
