using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;
using Herthon.Compiling;
using Herthon.Hosting;

namespace Herthon.Runtime;

/// <summary>
/// The `marshal` module: CPython's Python/marshal.c format (versions 0-4) for the basic types, and
/// Herthon's own code objects under a type code CPython does not use ('C'), so a CPython code
/// object is refused and CPython refuses Herthon's. The compiled-code cache (CodeCache) stores code
/// objects in this format.
/// </summary>
public static class MarshalModule
{
    public const int Version = 4;
    private const byte FlagRef = 0x80;

    public static PyModule Create()
    {
        var m = new PyModule("marshal");
        m.Add("version", PyInt.From(Version));
        m.AddFunction("dumps", static (a, kw) =>
        {
            Args.Count("dumps", a, kw, 1, 2);
            int version = a.Length > 1 ? (int)Ops.IndexValue(a[1]) : Version;
            return new PyBytes(Dumps(a[0], version));
        });
        m.AddFunction("loads", static (a, kw) =>
        {
            Args.Count("loads", a, kw, 1, 1);
            return Loads(BytesOf(a[0], "loads"), out _);
        });
        m.AddFunction("dump", static (a, kw) =>
        {
            Args.Count("dump", a, kw, 2, 3);
            int version = a.Length > 2 ? (int)Ops.IndexValue(a[2]) : Version;
            Ops.Call(Ops.GetAttr(a[1], "write"), new PyBytes(Dumps(a[0], version)));
            return PyNone.Instance;
        });
        m.AddFunction("load", static (a, kw) =>
        {
            Args.Count("load", a, kw, 1, 1);
            // CPython reads exactly one object; a file positioned after it is what callers expect,
            // so the rest of what read() returned is given back with seek when the file can.
            var data = BytesOf(Ops.Call(Ops.GetAttr(a[0], "read")), "load");
            var v = Loads(data, out int used);
            if (used < data.Length) Ops.Call(Ops.GetAttr(a[0], "seek"), PyInt.From(used - data.Length), PyInt.From(1));
            return v;
        });
        return m;
    }

    private static byte[] BytesOf(PyObject o, string fn) => o switch
    {
        PyBytes b => b.V,
        PyByteArray ba => ba.Data.AsSpan(0, ba.Count).ToArray(),
        PyMemoryView mv => ((PyBytes)Ops.Call(Ops.GetAttr(mv, "tobytes"))).V,   // importlib passes memoryview(data)[16:]
        _ => throw Errors.TypeError($"a bytes-like object is required, not '{o.Type.Name}'"),
    };

    public static byte[] Dumps(PyObject o, int version)
    {
        var w = new Writer(version, new MemoryStream());
        w.Write(o);
        return w.Out.ToArray();
    }

    /// <summary>Appends o's marshalled form to output (the code cache writes its header and the
    /// data from one reused stream, without the copies Dumps makes).</summary>
    public static void DumpTo(MemoryStream output, PyObject o, int version) => new Writer(version, output).Write(o);

    public static PyObject Loads(byte[] data, out int used) => Loads(data, 0, out used);

    /// <summary>The object marshalled at data[start..] (the code cache reads past its 16-byte header without a copy).</summary>
    public static PyObject Loads(byte[] data, int start, out int used) => Loads(data, start, data.Length, out used);

    /// <summary>The object marshalled at data[start..end) (the code cache's reused read buffer is longer than the entry).</summary>
    public static PyObject Loads(byte[] data, int start, int end, out int used)
    {
        var r = new Reader(data, end) { Pos = start };
        var v = r.Read() ?? throw Errors.TypeError("NULL object in marshal data for object");
        used = r.Pos - start;
        return v;
    }

    private sealed class Writer(int version, MemoryStream output)
    {
        public readonly MemoryStream Out = output;
        private readonly int _version = version;
        private readonly Dictionary<PyObject, int> _refs = new(ReferenceEqualityComparer.Instance);
        private int _depth;

        private void B(int b) => Out.WriteByte((byte)b);
        private void I32(int v) { Span<byte> s = stackalloc byte[4]; BinaryPrimitives.WriteInt32LittleEndian(s, v); Out.Write(s); }
        private void F64(double v) { Span<byte> s = stackalloc byte[8]; BinaryPrimitives.WriteDoubleLittleEndian(s, v); Out.Write(s); }
        private void Bytes(ReadOnlySpan<byte> b) { I32(b.Length); Out.Write(b); }
        private void Str(string s) => Bytes(Utf8SurrogatePass(s));
        private void Size(int n) => I32(n);

        public void Write(PyObject o)
        {
            if (++_depth > 2000) throw Errors.ValueError("object too deeply nested to marshal");
            try { WriteObject(o); }
            finally { _depth--; }
        }

        /// <summary>Version 3+ writes an object seen before as a back-reference (CPython's w_ref).</summary>
        private bool Ref(PyObject o, out byte flag)
        {
            flag = 0;
            if (_version < 3) return false;
            if (_refs.TryGetValue(o, out int idx)) { B('r'); I32(idx); return true; }
            _refs[o] = _refs.Count;
            flag = FlagRef;
            return false;
        }

        private void WriteObject(PyObject o)
        {
            switch (o)
            {
                case PyNone: B('N'); return;
                case PyBool bo: B(bo.V != 0 ? 'T' : 'F'); return;
                case PyEllipsis: B('.'); return;
                case PyType t when ReferenceEquals(t, TypeObjects.StopIteration): B('S'); return;
                // Herthon's own code: the constant a bare `except:` tests against, in code objects only
                // (marshal.dumps(BaseException) itself stays unmarshallable, as in CPython).
                case PyType t when ReferenceEquals(t, TypeObjects.BaseException) && _inCode > 0: B('E'); return;
            }
            if (Ref(o, out byte flag)) return;
            switch (o)
            {
                case PyInt i when i.Sub is null:
                    if (i.Big is null && i.V is >= int.MinValue and <= int.MaxValue) { B('i' | flag); I32((int)i.V); }
                    else WriteLong(i.ToBig(), flag);
                    return;
                case PyFloat f when f.Type == TypeObjects.Float:
                    if (_version > 1) { B('g' | flag); F64(f.V); }
                    else { B('f' | flag); ShortText(Text17(f.V)); }
                    return;
                case PyComplex c when c.Type == TypeObjects.Complex:
                    if (_version > 1) { B('y' | flag); F64(c.Re); F64(c.Im); }
                    else { B('x' | flag); ShortText(Text17(c.Re)); ShortText(Text17(c.Im)); }
                    return;
                case PyStr s when s.Type == TypeObjects.Str:
                    if (_version >= 4 && IsAscii(s.V))
                    {
                        if (s.V.Length < 256) { B('z' | flag); B(s.V.Length); }
                        else { B('a' | flag); Size(s.V.Length); }
                        foreach (char ch in s.V) B(ch);
                    }
                    else { B('u' | flag); Str(s.V); }
                    return;
                case PyBytes b when b.Sub is null: B('s' | flag); Bytes(b.V); return;
                case PyByteArray ba: B('s' | flag); Bytes(ba.Data.AsSpan(0, ba.Count)); return;
                case PyTuple t when t.Sub is null:
                    if (_version >= 4 && t.Count < 256) { B(')' | flag); B(t.Count); }
                    else { B('(' | flag); Size(t.Count); }
                    foreach (var item in t.Items) Write(item);
                    return;
                case PyList l when l.Sub is null:
                    B('[' | flag); Size(l.Count);
                    for (int k = 0; k < l.Count; k++) Write(l.Items[k]);
                    return;
                case PyDict d when d.Type == TypeObjects.Dict:
                    B('{' | flag);
                    foreach (var kv in d.Items()) { Write(kv.Key); Write(kv.Value); }
                    B('0');
                    return;
                case PySet st when st.Sub is null:
                    B((st.Frozen ? '>' : '<') | flag);
                    var items = Ops.ToList(st);
                    Size(items.Count);
                    foreach (var item in items) Write(item);
                    return;
                case CodeObject code: B('C' | flag); WriteCode(code); return;
            }
            throw Errors.ValueError("unmarshallable object");
        }

        private void ShortText(string s) { B(s.Length); foreach (char ch in s) B(ch); }

        /// <summary>C's "%.17g", what versions 0 and 1 store for a float.</summary>
        private static string Text17(double v)
        {
            if (double.IsNaN(v)) return "nan";
            if (double.IsInfinity(v)) return v > 0 ? "inf" : "-inf";
            var s = v.ToString("G17", System.Globalization.CultureInfo.InvariantCulture);
            int e = s.IndexOf('E');
            if (e < 0) return s;
            string exp = s[(e + 2)..];
            return s[..e] + "e" + s[e + 1] + (exp.Length < 2 ? "0" + exp : exp);
        }

        /// <summary>CPython's 'l': sign and count of 15-bit digits, then the digits, least significant first.</summary>
        private void WriteLong(BigInteger v, byte flag)
        {
            B('l' | flag);
            var mag = BigInteger.Abs(v);
            var digits = new List<short>();
            while (!mag.IsZero) { digits.Add((short)(int)(mag & 0x7FFF)); mag >>= 15; }
            I32(v.Sign < 0 ? -digits.Count : digits.Count);
            Span<byte> s = stackalloc byte[2];
            foreach (var dg in digits) { BinaryPrimitives.WriteInt16LittleEndian(s, dg); Out.Write(s); }
        }

        private int _inCode;   // nesting of code objects being written

        private void WriteCode(CodeObject c)
        {
            _inCode++;
            try { WriteCodeBody(c); }
            finally { _inCode--; }
        }

        // Herthon's code object: every field the compiler produces, in declaration order.
        private void WriteCodeBody(CodeObject c)
        {
            Out.Write(CodeCache.BuildId);
            Ints(c.Code); Ints(c.LineTable); Ints(c.PositionTable);
            Size(c.NoLineEvent.Length); foreach (var b in c.NoLineEvent) B(b ? 1 : 0);
            Size(c.Constants.Length); foreach (var k in c.Constants) Write(k);
            Size(c.Names.Length); foreach (var n in c.Names) Str(n.V);
            Strs(c.VarNames); Strs(c.CellVars); Strs(c.FreeVars);
            Size(c.ExceptionTable.Length);
            foreach (var e in c.ExceptionTable) { I32(e.Start); I32(e.End); I32(e.Handler); I32(e.Depth); B(e.PushLasti ? 1 : 0); }
            Str(c.FileName); Str(c.Name); Str(c.QualName);
            I32(c.FirstLineNo); I32(c.ArgCount); I32(c.PosOnlyArgCount); I32(c.KwOnlyArgCount);
            I32((int)c.Flags); I32(c.StackSize);
            Ints(c.CellArgSlot);
            if (c.Doc is null) B('0'); else Write(c.Doc);
        }

        private void Ints(int[] a) { Size(a.Length); foreach (var v in a) I32(v); }
        private void Strs(string[] a) { Size(a.Length); foreach (var s in a) Str(s); }
    }

    private sealed class Reader(byte[] data, int end)
    {
        private readonly byte[] _d = data;
        private readonly int _end = end;   // data[.._end] is the input
        public int Pos;
        private readonly List<PyObject?> _refs = [];
        private int _depth;
        private int _inCode;   // nesting of code objects being read

        private static PyException Bad(string why = "bad marshal data") => Errors.ValueError(why);
        private static PyException Eof() => Errors.EOFError("marshal data too short");

        private int U8() => Pos < _end ? _d[Pos++] : throw Eof();
        private int TypeCode() => Pos < _end ? _d[Pos++] : throw Errors.EOFError("EOF read where object expected");
        private int I32()
        {
            if (Pos + 4 > _end) throw Eof();
            int v = BinaryPrimitives.ReadInt32LittleEndian(_d.AsSpan(Pos)); Pos += 4; return v;
        }
        private double F64()
        {
            if (Pos + 8 > _end) throw Eof();
            double v = BinaryPrimitives.ReadDoubleLittleEndian(_d.AsSpan(Pos)); Pos += 8; return v;
        }
        private ReadOnlySpan<byte> Take(int n)
        {
            if (n < 0) throw Bad("bad marshal data (bytes object size out of range)");
            if (Pos + n > _end) throw Eof();
            var s = _d.AsSpan(Pos, n); Pos += n; return s;
        }
        private string Str() => DecodeSurrogatePass(Take(I32()));
        private int Size()
        {
            int n = I32();
            if (n < 0) throw Bad("bad marshal data (size out of range)");
            return n;
        }

        public PyObject? Read()
        {
            if (++_depth > 2000) throw Bad("recursion limit exceeded");
            try { return ReadObject(); }
            finally { _depth--; }
        }

        private PyObject Item() => Read() ?? throw Bad("NULL object in marshal data");

        private PyObject? ReadObject()
        {
            int code = TypeCode();
            bool flag = (code & FlagRef) != 0;
            int type = code & ~FlagRef;
            // Containers register themselves before their items (they may be referred to inside).
            int slot = -1;
            if (flag) { slot = _refs.Count; _refs.Add(null); }
            PyObject? v;
            switch ((char)type)
            {
                case '0': return null;
                case 'N': v = PyNone.Instance; break;
                case 'T': v = PyBool.True; break;
                case 'F': v = PyBool.False; break;
                case '.': v = PyEllipsis.Instance; break;
                case 'S': v = TypeObjects.StopIteration; break;
                case 'E': v = TypeObjects.BaseException; break;
                case 'i': v = PyInt.From(I32()); break;
                case 'l':
                {
                    int n = I32();
                    var mag = BigInteger.Zero;
                    var digits = Take(2 * Math.Abs(n));
                    for (int k = Math.Abs(n) - 1; k >= 0; k--)
                    {
                        int dg = BinaryPrimitives.ReadInt16LittleEndian(digits[(2 * k)..]);
                        if (dg is < 0 or > 0x7FFF) throw Bad("bad marshal data (digit out of range in long)");
                        mag = (mag << 15) | dg;
                    }
                    v = PyInt.From(n < 0 ? -mag : mag);
                    break;
                }
                case 'g': v = new PyFloat(F64()); break;
                case 'f': v = new PyFloat(ParseFloat(Take(U8()))); break;
                case 'y': { double re = F64(); v = new PyComplex(re, F64()); break; }
                case 'x': { double re = ParseFloat(Take(U8())); v = new PyComplex(re, ParseFloat(Take(U8()))); break; }
                case 's': v = new PyBytes(Take(I32()).ToArray()); break;
                case 'u': case 't': v = Literal(Str()); break;
                case 'a': case 'A': v = Literal(Encoding.Latin1.GetString(Take(I32()))); break;
                case 'z': case 'Z': v = Literal(Encoding.Latin1.GetString(Take(U8()))); break;
                case ')': case '(':
                {
                    int n = type == ')' ? U8() : Size();
                    if (n == 0) { v = PyTuple.Empty; break; }
                    // Registered before its items, as CPython's R_REF: data may refer to the tuple inside itself.
                    var t = new PyTuple(new PyObject[n]);
                    if (slot >= 0) _refs[slot] = t;
                    for (int k = 0; k < n; k++) t.Items[k] = Item();
                    v = t;
                    break;
                }
                case '[':
                {
                    int n = Size();
                    var l = new PyList(n);
                    if (slot >= 0) _refs[slot] = l;
                    for (int k = 0; k < n; k++) l.Append(Item());
                    v = l;
                    break;
                }
                case '{':
                {
                    var d = new PyDict();
                    if (slot >= 0) _refs[slot] = d;
                    while (Read() is { } key) d.SetItem(key, Item());
                    v = d;
                    break;
                }
                case '<': case '>':
                {
                    int n = Size();
                    var st = new PySet(type == '>');
                    if (slot >= 0 && type == '<') _refs[slot] = st;
                    for (int k = 0; k < n; k++) st.Add(Item());
                    v = st;
                    break;
                }
                case 'r':
                {
                    int idx = I32();
                    if (idx < 0 || idx >= _refs.Count || _refs[idx] is not { } r) throw Bad("bad marshal data (invalid reference)");
                    return r;
                }
                case 'C': v = ReadCode(); break;
                case 'c': throw Bad("bad marshal data (CPython code objects cannot be loaded by Herthon)");
                default: throw Bad("bad marshal data (unknown type code)");
            }
            if (slot >= 0) _refs[slot] = v;
            return v;
        }

        private static double ParseFloat(ReadOnlySpan<byte> text) =>
            double.TryParse(Encoding.ASCII.GetString(text), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d)
                ? d : throw Bad("bad marshal data (invalid float)");

        private CodeObject ReadCode()
        {
            if (!Take(CodeCache.BuildId.Length).SequenceEqual(CodeCache.BuildId))
                throw Bad("bad marshal data (code object from another Herthon build)");
            var code = Ints(); var lines = Ints(); var positions = Ints();
            var noLine = new bool[Size()];
            for (int k = 0; k < noLine.Length; k++) noLine[k] = U8() != 0;
            var consts = new PyObject[Size()];
            _inCode++;
            for (int k = 0; k < consts.Length; k++) consts[k] = Item();
            _inCode--;
            var names = new PyStr[Size()];
            for (int k = 0; k < names.Length; k++) names[k] = PyStr.From(string.Intern(Str()));   // as CodeBuilder: lookups by name match by reference
            var varNames = Strs(); var cellVars = Strs(); var freeVars = Strs();
            var table = new ExceptionEntry[Size()];
            for (int k = 0; k < table.Length; k++) table[k] = new ExceptionEntry(I32(), I32(), I32(), I32(), U8() != 0);
            if (!CodeObject.StaysInside(code, table)) throw Bad("bad marshal data (code runs past its last instruction)");
            var c = new CodeObject
            {
                Code = code, LineTable = lines, PositionTable = positions, NoLineEvent = noLine,
                Constants = consts, Names = names, VarNames = varNames, CellVars = cellVars, FreeVars = freeVars,
                ExceptionTable = table, FileName = Str(), Name = Str(), QualName = Str(), FirstLineNo = I32(),
            };
            c.ArgCount = I32(); c.PosOnlyArgCount = I32(); c.KwOnlyArgCount = I32();
            c.Flags = (CodeFlags)I32(); c.StackSize = I32();
            c.CellArgSlot = Ints();
            c.Doc = Read();
            return c;
        }

        private int[] Ints()
        {
            var a = new int[Size()];
            if (Pos + 4L * a.Length > _end) throw Eof();
            var bytes = _d.AsSpan(Pos, 4 * a.Length);
            if (BitConverter.IsLittleEndian) MemoryMarshal.Cast<byte, int>(bytes).CopyTo(a);   // one block copy
            else for (int k = 0; k < a.Length; k++) a[k] = BinaryPrimitives.ReadInt32LittleEndian(bytes[(4 * k)..]);
            Pos += 4 * a.Length;
            return a;
        }

        private string[] Strs()
        {
            var a = new string[Size()];
            for (int k = 0; k < a.Length; k++) a[k] = string.Intern(Str());   // variable names: shared, as the compiler's
            return a;
        }

        /// <summary>A str: inside a code object's constants, short ones are interned like the compiler's literals
        /// (names, keys), so code read from the cache shares them as freshly compiled code does. Data given to
        /// marshal.loads is not interned (the pool would only grow).</summary>
        private PyStr Literal(string s) => PyStr.From(_inCode > 0 && s.Length <= 32 ? string.Intern(s) : s);
    }

    private static bool IsAscii(string s)
    {
        foreach (char c in s) if (c > 127) return false;
        return true;
    }

    /// <summary>UTF-8 that lets lone surrogates through (CPython's "surrogatepass").</summary>
    public static byte[] Utf8SurrogatePass(string s)
    {
        var o = new List<byte>(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            int cp = s[i];
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) cp = char.ConvertToUtf32(s[i], s[++i]);
            if (cp < 0x80) o.Add((byte)cp);
            else if (cp < 0x800) { o.Add((byte)(0xC0 | cp >> 6)); o.Add((byte)(0x80 | cp & 0x3F)); }
            else if (cp < 0x10000) { o.Add((byte)(0xE0 | cp >> 12)); o.Add((byte)(0x80 | cp >> 6 & 0x3F)); o.Add((byte)(0x80 | cp & 0x3F)); }
            else { o.Add((byte)(0xF0 | cp >> 18)); o.Add((byte)(0x80 | cp >> 12 & 0x3F)); o.Add((byte)(0x80 | cp >> 6 & 0x3F)); o.Add((byte)(0x80 | cp & 0x3F)); }
        }
        return o.ToArray();
    }

    private static string DecodeSurrogatePass(ReadOnlySpan<byte> b)
    {
        if (!b.ContainsAnyExceptInRange((byte)0, (byte)0x7F)) return Encoding.ASCII.GetString(b);   // names, most text
        var sb = new StringBuilder(b.Length);
        for (int i = 0; i < b.Length;)
        {
            int c = b[i], cp, n;
            if (c < 0x80) { cp = c; n = 1; }
            else if (c >= 0xF0) { n = 4; cp = c & 0x07; }
            else if (c >= 0xE0) { n = 3; cp = c & 0x0F; }
            else if (c >= 0xC0) { n = 2; cp = c & 0x1F; }
            else throw Errors.ValueError("bad marshal data (invalid UTF-8)");
            if (i + n > b.Length) throw Errors.ValueError("bad marshal data (invalid UTF-8)");
            for (int k = 1; k < n; k++) cp = cp << 6 | (b[i + k] & 0x3F);
            i += n;
            if (cp >= 0x10000) sb.Append(char.ConvertFromUtf32(cp)); else sb.Append((char)cp);
        }
        return sb.ToString();
    }
}
