using Herthon.Runtime;

namespace Herthon.Compiling;

public sealed partial class CodeObject
{
    /// <summary>co_flags with CPython's bits only (Herthon's private bits, from bit 20 up, masked out).</summary>
    public int PythonFlags => (int)(Flags & CodeFlags.CPythonBits);

    /// <summary>
    /// co_consts. A function's first constant is its docstring or None, as in CPython; the rest are
    /// Herthon's constants in the order its compiler made them.
    /// </summary>
    public PyObject[] PythonConstants()
    {
        if ((Flags & CodeFlags.Optimized) == 0) return Constants;
        var r = new PyObject[Constants.Length + 1];
        r[0] = Doc ?? PyNone.Instance;
        Array.Copy(Constants, 0, r, 1, Constants.Length);
        return r;
    }

    /// <summary>A copy for code.replace(); the inline caches start empty.</summary>
    internal CodeObject Copy()
    {
        var c = (CodeObject)MemberwiseClone();
        c.GlobalCache = null;
        c.AttrCache = null;
        c._bytecode = null;   // co_flags decides whether co_consts has the docstring slot
        c.ExactArgs = ExactArgsUnknown;   // replace() may change co_flags or co_argcount
        c.Getter = GetterNone;   // recomputed with ExactArgs
        c._initStoresDone = false;   // and with co_code the store-only `__init__` body
        return c;
    }
}

/// <summary>The attributes and methods of `code` objects.</summary>
internal static class CodeAttributes
{
    internal static void Install(PyType code)
    {
        var d = code.TypeDict;
        Get(d, "co_qualname", c => PyStr.From(c.QualName));
        Get(d, "co_flags", c => PyInt.From(c.PythonFlags));
        Get(d, "co_nlocals", c => PyInt.From(c.NLocals));
        Get(d, "co_stacksize", c => PyInt.From(c.StackSize));
        Get(d, "co_names", c => PyTuple.From(Array.ConvertAll(c.Names, n => (PyObject)n)));
        Get(d, "co_consts", c => PyTuple.From(c.PythonConstants()));
        // CPython 3.11's format over Herthon's instructions (Bytecode, Opcodes): dis decodes it with Herthon's `opcode`.
        Get(d, "co_code", c => new PyBytes((byte[])c.CPython.Code.Clone()));
        Get(d, "_co_code_adaptive", c => new PyBytes(Specializations.AdaptiveCode(c)));
        Get(d, "co_exceptiontable", c => new PyBytes((byte[])c.CPython.ExceptionTable.Clone()));
        code.SetMethod("_varname_from_oparg", static (a, kw) =>
        {
            Args.Method("_varname_from_oparg", a, kw, 1, 1);
            return PyStr.From(VarnameFromOparg((CodeObject)a[0], Ops.IndexValue(a[1])));
        });
        code.SetMethod("__repr__", static (a, kw) => PyStr.From(Repr((CodeObject)a[0])));
        code.SetMethod("co_lines", static (a, kw) => new EnumeratorIterator(Lines((CodeObject)a[0])));
        code.SetMethod("co_positions", static (a, kw) => new EnumeratorIterator(Positions((CodeObject)a[0])));
        code.SetMethod("replace", static (a, kw) => Replace((CodeObject)a[0], a, kw));
    }

    /// <summary>The local, cell or free variable a LOAD_FAST / LOAD_DEREF argument of co_code names
    /// (locals, then cells, then free variables: Opcodes.EncodeArg's numbering).</summary>
    /// <summary>CPython's code repr; the disassembler calls it directly (it may run before the code type is set up).</summary>
    internal static string Repr(CodeObject c) => $"<code object {c.Name} at {Ops.Address(c)}, file \"{c.FileName}\", line {c.FirstLineNo}>";

    private static string VarnameFromOparg(CodeObject c, long i)
    {
        if (i >= 0 && i < c.NLocals) return c.VarNames[i];
        i -= c.NLocals;
        if (i >= 0 && i < c.CellVars.Length) return c.CellVars[i];
        i -= c.CellVars.Length;
        if (i >= 0 && i < c.FreeVars.Length) return c.FreeVars[i];
        throw Errors.IndexError("tuple index out of range");
    }

    /// <summary>function.__code__ = code: the free variables must match the function's closure.</summary>
    internal static void SetFunctionCode(PyObject fn, PyObject value)
    {
        var f = (PyFunction)fn;
        if (value is not CodeObject c) throw Errors.TypeError("__code__ must be set to a code object");
        int have = f.Closure?.Length ?? 0;
        if (c.FreeVars.Length != have)
            throw Errors.ValueError($"{f.Name}() requires a code object with {have} free vars, not {c.FreeVars.Length}");
        f.Code = c;
        Evaluation.Interpreter.DropSpares(f);   // the spares are of the old code (SpareCodeInvariant)
    }

    private static void Get(PyDict d, string name, Func<CodeObject, PyObject> get) =>
        d[name] = new PyGetSetDescriptor(name, o => get((CodeObject)o));

    private static PyObject Line(int line) => line > 0 ? PyInt.From(line) : PyNone.Instance;

    /// <summary>
    /// co_lines(): (start, end, line) byte ranges of co_code (the offsets f_lasti uses).
    /// A function first reports its `def` line with an empty range, where CPython's RESUME sits.
    /// </summary>
    private static IEnumerator<PyObject> Lines(CodeObject c)
    {
        if ((c.Flags & CodeFlags.Optimized) != 0)
            yield return PyTuple.Of(PyInt.From(0), PyInt.From(0), PyInt.From(c.FirstLineNo));
        int n = c.Code.Length;
        var units = c.CPython.Start;
        int start = 0;
        for (int i = 1; i <= n; i++)
        {
            if (i < n && LineOf(c, i) == LineOf(c, start)) continue;
            yield return PyTuple.Of(PyInt.From(2 * units[start]), PyInt.From(2 * units[i]), Line(LineOf(c, start)));
            start = i;
        }
    }

    /// <summary>The line of instruction i, or 0 for the compiler's artificial instructions.</summary>
    private static int LineOf(CodeObject c, int i) => i < c.NoLineEvent.Length && c.NoLineEvent[i] ? 0 : c.LineTable[i];

    /// <summary>co_positions(): (line, end_line, col, end_col) per code unit (an instruction's EXTENDED_ARG
    /// prefixes repeat its position), None where unknown.</summary>
    private static IEnumerator<PyObject> Positions(CodeObject c)
    {
        // -X no_debug_ranges: CPython's code objects then keep lines only (end_line = line, no columns).
        bool noColumns = Hosting.Host.CurrentOrNull?.Options.NoDebugRanges == true;
        var b = c.CPython;
        for (int i = 0; i < c.Code.Length; i++)
        {
            var (line, col, endLine, endCol) = c.PositionOf(i);
            if (noColumns) { endLine = line; col = -1; }
            bool known = col >= 0 && LineOf(c, i) > 0;
            for (int u = b.Units(i); u > 0; u--)
                yield return PyTuple.Of(known || LineOf(c, i) > 0 ? PyInt.From(line) : PyNone.Instance,
                    known || noColumns && LineOf(c, i) > 0 ? PyInt.From(endLine) : PyNone.Instance,
                    known ? PyInt.From(col) : PyNone.Instance,
                    known ? PyInt.From(endCol) : PyNone.Instance);
        }
    }

    private static readonly string[] Unsupported =
        ["co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals", "co_stacksize",
         "co_code", "co_exceptiontable", "co_freevars", "co_cellvars"];

    /// <summary>code.replace(**changes): a copy with new names, constants, file name or first line.</summary>
    private static PyObject Replace(CodeObject c, ReadOnlySpan<PyObject> a, string[]? kw)
    {
        if (Args.Positional(a, kw) > 1) throw Errors.TypeError($"replace() takes no positional arguments");
        var r = c.Copy();
        if (kw is null) return r;
        int first = a.Length - kw.Length;
        PyBytes? linetable = null;
        for (int k = 0; k < kw.Length; k++)
        {
            var v = a[first + k];
            switch (kw[k])
            {
                case "co_name": r.Name = StrArg(v, "co_name"); break;
                case "co_flags":   // e.g. types.coroutine adding CO_ITERABLE_COROUTINE; Herthon's own bits stay
                    r.Flags = (CodeFlags)(int)Ops.IndexValue(v) & CodeFlags.CPythonBits | (c.Flags & ~CodeFlags.CPythonBits);
                    break;
                case "co_qualname": r.QualName = StrArg(v, "co_qualname"); break;
                case "co_filename": r.FileName = StrArg(v, "co_filename"); break;
                case "co_firstlineno":
                    {
                        int line = (int)Ops.IndexValue(v);
                        int delta = line - c.FirstLineNo;
                        // Herthon's line table holds absolute lines; CPython's is relative to co_firstlineno.
                        r.LineTable = Array.ConvertAll(c.LineTable, l => l + delta);
                        r.FirstLineNo = line;
                        break;
                    }
                case "co_names":
                    r.Names = Array.ConvertAll(SameLength(v, c.Names.Length, "co_names"), x => x as PyStr ?? throw Errors.TypeError("name tuples must contain only strings, not '" + x.Type.Name + "'"));
                    break;
                case "co_varnames":
                    r.VarNames = Array.ConvertAll(SameLength(v, c.VarNames.Length, "co_varnames"), x => StrArg(x, "co_varnames"));
                    break;
                case "co_consts":
                    {
                        var items = SameLength(v, c.PythonConstants().Length, "co_consts");
                        bool withDoc = (c.Flags & CodeFlags.Optimized) != 0;
                        r.Constants = withDoc ? items[1..] : items;
                        if (withDoc) r.Doc = items[0] is PyStr ? items[0] : null;
                        break;
                    }
                case "co_linetable":
                    linetable = v as PyBytes ?? throw Errors.TypeError($"replace() argument 'co_linetable' must be bytes, not {v.Type.Name}");
                    break;
                default:
                    if (Array.IndexOf(Unsupported, kw[k]) >= 0)
                        throw Errors.NotImplementedError($"code.replace({kw[k]}=...) is not supported by Herthon");
                    throw Errors.TypeError($"'{kw[k]}' is an invalid keyword argument for replace()");
            }
        }
        if (linetable is not null) ApplyLineTable(r, linetable.V);
        return r;
    }

    /// <summary>code.replace(co_linetable=...): CPython 3.11's location table (Objects/locations.md), read
    /// per code unit of co_code; each instruction takes the location of its opcode unit.</summary>
    private static void ApplyLineTable(CodeObject r, byte[] table)
    {
        var starts = r.CPython.Start;
        int units = starts[^1];
        var line = new int[units];
        var pos = new (int Col, int EndLine, int EndCol)[units];
        var none = new bool[units];
        Array.Fill(none, true);
        int at = 0, unit = 0, current = r.FirstLineNo;
        int Varint()
        {
            int b = table[at++], v = b & 63, shift = 6;
            while ((b & 64) != 0 && at < table.Length) { b = table[at++]; v |= (b & 63) << shift; shift += 6; }
            return v;
        }
        int Svarint() { int u = Varint(); return (u & 1) != 0 ? -(u >> 1) : u >> 1; }
        while (at < table.Length && unit < units)
        {
            int head = table[at++];
            int code = (head >> 3) & 15, length = (head & 7) + 1;
            bool known = true;
            int col = -1, endLine, endCol = -1;
            if (code == 15) known = false;
            else if (code == 14)
            {
                current += Svarint();
                endLine = current + Varint();
                col = Varint() - 1;
                endCol = Varint() - 1;
                Fill(col, endLine, endCol);
                continue;
            }
            else if (code == 13) current += Svarint();
            else if (code >= 10)
            {
                current += code - 10;
                col = table[at++];
                endCol = table[at++];
            }
            else
            {
                int b = table[at++];
                col = code * 8 + ((b >> 4) & 7);
                endCol = col + (b & 15);
            }
            if (known) Fill(col, current, endCol);
            else unit += length;

            void Fill(int c, int el, int ec)
            {
                for (int i = 0; i < length && unit < units; i++, unit++)
                {
                    line[unit] = current;
                    pos[unit] = (c, el, ec);
                    none[unit] = false;
                }
            }
        }
        int n = r.Code.Length;
        r.LineTable = new int[n];
        r.PositionTable = new int[3 * n];
        r.NoLineEvent = new bool[n];
        int last = r.FirstLineNo;
        for (int i = 0; i < n; i++)
        {
            int u = starts[i + 1] - 1;
            r.NoLineEvent[i] = none[u];
            r.LineTable[i] = none[u] ? last : last = line[u];
            (r.PositionTable[3 * i], r.PositionTable[3 * i + 1], r.PositionTable[3 * i + 2]) = none[u] ? (-1, last, -1) : pos[u];
        }
    }

    private static string StrArg(PyObject v, string name) =>
        v is PyStr s ? s.V : throw Errors.TypeError($"replace() argument '{name}' must be str, not {v.Type.Name}");

    private static PyObject[] SameLength(PyObject v, int n, string name)
    {
        if (v is not PyTuple t) throw Errors.TypeError($"replace() argument '{name}' must be tuple, not {v.Type.Name}");
        if (t.Items.Length != n)
            throw Errors.NotImplementedError($"code.replace({name}=...) with a different length is not supported by Herthon");
        return (PyObject[])t.Items.Clone();
    }
}
