using Herthon.Compiling;

namespace Herthon.Runtime;

/// <summary>
/// `opcode` and `_opcode`: Herthon's instruction set in the shape of CPython 3.11's Lib/opcode.py
/// and Modules/_opcode.c, built from Compiling/Opcodes (names, numbers, argument kinds) and the
/// compiler's own stack effects, so `dis` decodes what co_code holds. Native rather than a .py in
/// Interpreter/Lib: that directory comes last on sys.path, after CPython's opcode.py, whose
/// hard-coded tables describe CPython's bytecode, not Herthon's.
/// </summary>
public static class OpcodeModule
{
    public static PyModule CreateOpcode()
    {
        var m = new PyModule("opcode");
        var d = m.ModuleDict;
        d["__doc__"] = PyStr.From("\nopcode module - potentially shared between dis and other modules which\noperate on bytecodes (e.g. peephole optimizers).\n");
        string[] all = ["cmp_op", "hasconst", "hasname", "hasjrel", "hasjabs", "haslocal", "hascompare", "hasfree",
            "opname", "opmap", "HAVE_ARGUMENT", "EXTENDED_ARG", "hasnargs", "stack_effect"];
        d["__all__"] = new PyList(Array.ConvertAll(all, s => (PyObject)PyStr.From(s)));
        d["cmp_op"] = PyTuple.From(Array.ConvertAll(Opcodes.CmpOp, s => (PyObject)PyStr.From(s)));

        var opname = new PyObject[256];
        var opmap = new PyDict();
        var kinds = new Dictionary<OpArgKind, List<int>>();
        var backward = new List<int>();
        for (int n = 0; n < 256; n++) opname[n] = PyStr.From(Opcodes.Names[n] ?? $"<{n}>");
        for (int n = 0; n < 256; n++)
        {
            if (Opcodes.Names[n] is not { } name) continue;
            opmap[name] = PyInt.From(n);
            if (Opcodes.Decode(n) is not { } op) continue;
            var kind = Opcodes.Of(op).Kind;
            if (kind == OpArgKind.Global) kind = OpArgKind.Name;
            if (kind == OpArgKind.InplaceOp) kind = OpArgKind.BinaryOp;
            if (!kinds.TryGetValue(kind, out var list)) kinds[kind] = list = [];
            if (!list.Contains(n)) list.Add(n);
        }
        PyList Numbers(OpArgKind k) => kinds.TryGetValue(k, out var l) ? new PyList(l.ConvertAll(n => (PyObject)PyInt.From(n))) : new PyList();
        d["opname"] = new PyList(opname);
        d["opmap"] = opmap;
        d["hasconst"] = Numbers(OpArgKind.Const);
        d["hasname"] = Numbers(OpArgKind.Name);
        d["hasjrel"] = Numbers(OpArgKind.Jump);
        d["hasjabs"] = new PyList();
        d["haslocal"] = Numbers(OpArgKind.Local);
        d["hascompare"] = Numbers(OpArgKind.Compare);
        d["hasfree"] = Numbers(OpArgKind.Free);
        d["hasnargs"] = new PyList();
        d["HAVE_ARGUMENT"] = PyInt.From(Opcodes.HaveArgument);
        d["EXTENDED_ARG"] = PyInt.From(Opcodes.ExtendedArg);
        d["stack_effect"] = new PyBuiltinFunction("stack_effect", StackEffect) { ModuleName = "_opcode" };

        var nb = new PyObject[Opcodes.NbOps.Length * 2];
        for (int i = 0; i < Opcodes.NbOps.Length; i++)
        {
            var (name, sym) = Opcodes.NbOps[i];
            nb[i] = PyTuple.Of(PyStr.From(name), PyStr.From(sym));
            nb[i + Opcodes.NbOps.Length] = PyTuple.Of(PyStr.From("NB_INPLACE_" + name[3..]), PyStr.From(sym + "="));
        }
        d["_nb_ops"] = new PyList(nb);
        // Herthon keeps its caches beside the instructions, never inside co_code.
        var caches = new PyObject[256];
        Array.Fill(caches, PyInt.From(0));
        d["_inline_cache_entries"] = new PyList(caches);
        d["_cache_format"] = new PyDict();
        var specs = new PyDict();
        foreach (var (bas, family) in Specializations.Families)
            specs[bas] = new PyList(Array.ConvertAll(family, s => (PyObject)PyStr.From(s)));
        d["_specializations"] = specs;
        d["_specialized_instructions"] = new PyList(Array.ConvertAll(Specializations.Instructions, s => (PyObject)PyStr.From(s)));
        d["_specialization_stats"] = new PyList(Array.ConvertAll(
            ["success", "failure", "hit", "deferred", "miss", "deopt"], s => (PyObject)PyStr.From(s)));
        return m;
    }

    public static PyModule CreateUnderscoreOpcode()
    {
        var m = new PyModule("_opcode");
        m.AddFunction("stack_effect", StackEffect);
        // Only CPython builds with --enable-pystats count specialisations; like a normal build, None.
        m.AddFunction("get_specialization_stats", static (a, kw) => { Args.Count("get_specialization_stats", a, kw, 0, 0); return PyNone.Instance; });
        return m;
    }

    /// <summary>stack_effect(opcode, oparg=None, /, *, jump=None): the compiler's own stack effect
    /// (CodeBuilder.StackEffect); with jump=None the larger of the two paths, as _opcode.c's.</summary>
    private static PyObject StackEffect(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        Args.ClinicKw("stack_effect", kw, "jump");
        int npos = Args.Positional(a, kw);
        if (npos < 1) throw Errors.TypeError("stack_effect() missing required argument 'opcode' (pos 1)");
        if (npos > 2) throw Errors.TypeError($"stack_effect expected at most 2 arguments, got {npos}");
        var jumpObj = Args.Kw(a, kw, "jump") ?? PyNone.Instance;
        if (a[0] is not PyInt) throw Errors.TypeError($"'{a[0].Type.Name}' object cannot be interpreted as an integer");
        long opcode = Ops.IndexValue(a[0]);
        var oparg = npos > 1 ? a[1] : PyNone.Instance;
        bool? jump = ReferenceEquals(jumpObj, PyBool.True) ? true : ReferenceEquals(jumpObj, PyBool.False) ? false
            : jumpObj is PyNone ? null : throw Errors.ValueError("stack_effect: jump must be False, True or None");
        int arg = 0;
        if (opcode >= Opcodes.HaveArgument)
        {
            if (oparg is PyNone) throw Errors.ValueError("stack_effect: opcode requires oparg but oparg was not specified");
            arg = (int)Ops.IndexValue(oparg);
        }
        else if (oparg is not PyNone) throw Errors.ValueError("stack_effect: opcode does not permit oparg but oparg was specified");
        if (opcode is Opcodes.ExtendedArg or Opcodes.Cache) return PyInt.From(0);
        if (opcode is < 0 or > 255 || Opcodes.Decode((int)opcode) is not { } op) throw Errors.ValueError("invalid opcode or oparg");
        if (op == Op.BinaryOp && arg >= Opcodes.NbOps.Length) op = Op.InplaceOp;
        int herthonArg = Opcodes.DecodeArg(op, arg);
        int effect = jump switch
        {
            true => CodeBuilder.StackEffect(op, herthonArg, jump: true),
            false => CodeBuilder.StackEffect(op, herthonArg, jump: false),
            null => Math.Max(CodeBuilder.StackEffect(op, herthonArg, jump: true), CodeBuilder.StackEffect(op, herthonArg, jump: false)),
        };
        return PyInt.From(effect);
    }
}
