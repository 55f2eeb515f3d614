using System.Buffers.Binary;
using System.Numerics;
using System.Text;

namespace Herthon.Runtime;

/// <summary>
/// The `array` module: typed arrays stored as raw little-endian machine values (LP64 sizes, as CPython on
/// x86-64 Linux), exported through the buffer protocol so memoryview(), bytes() and bytes-taking
/// functions see the same bytes CPython's would. Follows Modules/arraymodule.c's behaviour and messages.
/// </summary>
public static class ArrayModule
{
    public const string Typecodes = "bBuhHiIlLqQfd";
    public static readonly PyType ArrayType = MakeType();
    private static readonly PyType IteratorType = MakeIteratorType();
    private static PyBuiltinFunction? s_reconstructor;

    public static PyModule Create()
    {
        var m = new PyModule("array");
        m.Add("array", ArrayType);
        m.Add("ArrayType", ArrayType);
        m.Add("typecodes", PyStr.From(Typecodes));
        s_reconstructor ??= new PyBuiltinFunction("_array_reconstructor", Reconstruct) { ModuleName = "array" };
        m.Add("_array_reconstructor", s_reconstructor);
        // As arraymodule.c's exec: an array is a collections.abc.MutableSequence.
        var abc = Importer.ImportName("collections.abc", new PyDict(), PyTuple.Of(PyStr.From("MutableSequence")), 0);
        Ops.Call(Ops.GetAttr(Ops.GetAttr(abc, "MutableSequence"), "register"), ArrayType);
        return m;
    }

    public static int ItemSize(char code) => code switch
    {
        'b' or 'B' => 1,
        'h' or 'H' => 2,
        'i' or 'I' or 'f' or 'u' => 4,
        _ => 8,
    };

    /// <summary>One array.array: `Count` items of `Code` in the first Count*ItemSize bytes of `Data`.</summary>
    public sealed class PyArray : PyObject, IBufferExporter, IPyLength, IPyIterable, IUnhashable
    {
        public readonly char Code;
        public readonly int Size;
        public byte[] Data;
        public int Count;
        public PyType ObjType = ArrayType;
        private PyDict? _dict;

        public PyArray(char code, int capacity = 0)
        {
            Code = code; Size = ItemSize(code);
            Data = new byte[Math.Max(capacity, 1) * Size];
        }

        public override PyType Type => ObjType;
        public override PyDict? Dict => ObjType == ArrayType ? null : _dict ??= new PyDict();
        public Span<byte> Buffer => Data.AsSpan(0, Count * Size);
        public char BufferFormat => Code == 'u' ? 'w' : Code;
        public int BufferItemSize => Size;
        public long Length => Count;
        public PyIterator Iter() => new Iterator(this);

        public void Reserve(int more)
        {
            long need = ((long)Count + more) * Size;
            if (need > Array.MaxLength) throw Errors.MemoryError("");
            if (need <= Data.Length) return;
            Array.Resize(ref Data, (int)Math.Min(Array.MaxLength, Math.Max(need, Data.Length * 2L)));
        }

        public PyObject Get(int i)
        {
            var s = Data.AsSpan(i * Size, Size);
            return Code switch
            {
                'b' => PyInt.From((sbyte)s[0]),
                'B' => PyInt.From(s[0]),
                'h' => PyInt.From(BinaryPrimitives.ReadInt16LittleEndian(s)),
                'H' => PyInt.From(BinaryPrimitives.ReadUInt16LittleEndian(s)),
                'i' => PyInt.From(BinaryPrimitives.ReadInt32LittleEndian(s)),
                'I' => PyInt.From(BinaryPrimitives.ReadUInt32LittleEndian(s)),
                'l' or 'q' => PyInt.From(BinaryPrimitives.ReadInt64LittleEndian(s)),
                'L' or 'Q' => PyInt.From(new BigInteger(BinaryPrimitives.ReadUInt64LittleEndian(s))),
                'f' => new PyFloat(BinaryPrimitives.ReadSingleLittleEndian(s)),
                'd' => new PyFloat(BinaryPrimitives.ReadDoubleLittleEndian(s)),
                _ => PyStr.From(CodePointString(UnicodeItem(s))),
            };
        }

        /// <summary>Stores `v` at item `i` after CPython's range checks (nothing is written on error).</summary>
        public void Set(int i, PyObject v)
        {
            var s = Data.AsSpan(i * Size, Size);
            switch (Code)
            {
                case 'b': s[0] = (byte)(sbyte)Checked(v, sbyte.MinValue, sbyte.MaxValue, "signed char is less than minimum", "signed char is greater than maximum"); break;
                case 'B': s[0] = (byte)Checked(v, 0, byte.MaxValue, "unsigned byte integer is less than minimum", "unsigned byte integer is greater than maximum"); break;
                case 'h': BinaryPrimitives.WriteInt16LittleEndian(s, (short)Checked(v, short.MinValue, short.MaxValue, "signed short integer is less than minimum", "signed short integer is greater than maximum")); break;
                case 'H': BinaryPrimitives.WriteUInt16LittleEndian(s, (ushort)Checked(v, 0, ushort.MaxValue, "unsigned short is less than minimum", "unsigned short is greater than maximum")); break;
                case 'i': BinaryPrimitives.WriteInt32LittleEndian(s, (int)Checked(v, int.MinValue, int.MaxValue, "signed integer is less than minimum", "signed integer is greater than maximum")); break;
                case 'I':
                {
                    var n = Ops.ToPyInt(v).ToBig();
                    if (n.Sign < 0) throw Errors.OverflowError("can't convert negative value to unsigned int");
                    if (n > uint.MaxValue) throw Errors.OverflowError("unsigned int is greater than maximum");
                    BinaryPrimitives.WriteUInt32LittleEndian(s, (uint)n);
                    break;
                }
                case 'l':
                case 'q':
                {
                    var n = Ops.ToPyInt(v).ToBig();
                    if (n < long.MinValue || n > long.MaxValue)
                        throw Errors.OverflowError(Code == 'l' ? "Python int too large to convert to C long" : "int too big to convert");
                    BinaryPrimitives.WriteInt64LittleEndian(s, (long)n);
                    break;
                }
                case 'L':
                case 'Q':
                {
                    var n = Ops.ToPyInt(v).ToBig();
                    if (n.Sign < 0)
                        throw Errors.OverflowError(Code == 'L' ? "can't convert negative value to unsigned int" : "can't convert negative int to unsigned");
                    if (n > ulong.MaxValue)
                        throw Errors.OverflowError(Code == 'L' ? "Python int too large to convert to C unsigned long" : "int too big to convert");
                    BinaryPrimitives.WriteUInt64LittleEndian(s, (ulong)n);
                    break;
                }
                case 'f': BinaryPrimitives.WriteSingleLittleEndian(s, (float)Ops.ToDouble(v)); break;
                case 'd': BinaryPrimitives.WriteDoubleLittleEndian(s, Ops.ToDouble(v)); break;
                default:
                {
                    if (v is not PyStr str || !IsOneCodePoint(str.V)) throw Errors.TypeError("array item must be unicode character");
                    BinaryPrimitives.WriteInt32LittleEndian(s, char.ConvertToUtf32(str.V, 0));
                    break;
                }
            }
        }

        public void Append(PyObject v)
        {
            Reserve(1);
            Set(Count, v);   // validated before the count grows
            Count++;
        }

        public void AppendBytes(ReadOnlySpan<byte> b)
        {
            if (b.Length % Size != 0) throw Errors.ValueError("bytes length not a multiple of item size");
            Reserve(b.Length / Size);
            b.CopyTo(Data.AsSpan(Count * Size));
            Count += b.Length / Size;
        }

        public PyArray Slice(long start, long step, long count)
        {
            var r = new PyArray(Code, (int)count);
            for (long k = 0, j = start; k < count; k++, j += step)
                Data.AsSpan((int)j * Size, Size).CopyTo(r.Data.AsSpan((int)k * Size));
            r.Count = (int)count;
            return r;
        }

        /// <summary>Deletes the `count` items of a normalised slice (any step), from the back so earlier indices stay valid.</summary>
        public void DeleteSlice(long start, long step, long count)
        {
            if (step < 0) { start += (count - 1) * step; step = -step; }
            for (long k = count - 1; k >= 0; k--) DeleteRange((int)(start + k * step), 1);
        }

        public void DeleteRange(int start, int n)
        {
            Data.AsSpan((start + n) * Size, (Count - start - n) * Size).CopyTo(Data.AsSpan(start * Size));
            Count -= n;
        }

        public void InsertBytes(int at, ReadOnlySpan<byte> b)
        {
            int n = b.Length / Size;
            Reserve(n);
            Data.AsSpan(at * Size, (Count - at) * Size).CopyTo(Data.AsSpan((at + n) * Size));
            b.CopyTo(Data.AsSpan(at * Size));
            Count += n;
        }

        public string ToUnicode()
        {
            var sb = new StringBuilder(Count);
            for (int i = 0; i < Count; i++)
            {
                // CPython's PyUnicode_FromWideChar: a wchar_t beyond U+10FFFF (bytes put there by frombytes) is refused.
                uint cp = BinaryPrimitives.ReadUInt32LittleEndian(Data.AsSpan(i * 4));
                if (cp > 0x10FFFF) throw Errors.ValueError($"character U+{cp:x} is not in range [U+0000; U+10ffff]");
                sb.Append(CodePointString((int)cp));
            }
            return sb.ToString();
        }

        public void FromUnicode(string s)
        {
            int n = 0;
            for (int i = 0; i < s.Length; i += char.IsSurrogatePair(s, i) ? 2 : 1) n++;
            Reserve(n);
            for (int i = 0; i < s.Length; i += char.IsSurrogatePair(s, i) ? 2 : 1)
                BinaryPrimitives.WriteInt32LittleEndian(Data.AsSpan(Count++ * 4), char.IsSurrogatePair(s, i) ? char.ConvertToUtf32(s, i) : s[i]);
        }
    }

    /// <summary>One 'u' item as a code point; CPython's u_getitem (PyUnicode_FromOrdinal) refuses one beyond U+10FFFF.</summary>
    private static int UnicodeItem(ReadOnlySpan<byte> s)
    {
        uint cp = BinaryPrimitives.ReadUInt32LittleEndian(s);
        if (cp > 0x10FFFF) throw Errors.ValueError("chr() arg not in range(0x110000)");
        return (int)cp;
    }

    private static string CodePointString(int cp) =>
        cp is >= 0 and < 0x110000 && cp is not (>= 0xD800 and < 0xE000) ? char.ConvertFromUtf32(cp) : ((char)cp).ToString();

    private static bool IsOneCodePoint(string s) => s.Length == 1 || (s.Length == 2 && char.IsSurrogatePair(s, 0));

    private static long Checked(PyObject v, long min, long max, string low, string high)
    {
        var i = Ops.ToPyInt(v);
        if (i.Big is not null) throw Errors.OverflowError(i.Sign < 0 ? low : high);
        if (i.V < min) throw Errors.OverflowError(low);
        if (i.V > max) throw Errors.OverflowError(high);
        return i.V;
    }

    /// <summary>array.arrayiterator: lets go of its array once exhausted (CPython sets it->ao to NULL), so
    /// an exhausted iterator stays exhausted after the array grows and no longer keeps the array alive.</summary>
    private sealed class Iterator(PyArray a) : PyIterator
    {
        internal PyArray? Array = a;
        internal int Index;
        public override PyObject? Next()
        {
            var arr = Array;
            if (arr is null) return null;
            if (Index < arr.Count) return arr.Get(Index++);
            Array = null;
            return null;
        }
        public override PyType Type => IteratorType;
    }

    private static PyType MakeIteratorType()
    {
        var t = new PyType("arrayiterator", [TypeObjects.Object], true) { Module = "array", IsFinal = true };
        t.ComputeMro();
        t.New = null;   // cannot create 'array.arrayiterator' instances
        t.SetMethod("__iter__", static (a, kw) => a[0]);
        t.SetMethod("__next__", static (a, kw) => ((Iterator)a[0]).Next() ?? throw Errors.StopIteration());
        // Pickling as CPython's: (iter, (array,), index), or (iter, ((),)) once exhausted; __setstate__ clamps.
        t.SetMethod("__reduce__", static (a, kw) =>
        {
            Args.Method("__reduce__", a, kw, 0, 0);
            var it = (Iterator)a[0];
            var iter = Builtins.Dict.Get("iter")!;
            return it.Array is { } arr ? PyTuple.Of(iter, PyTuple.Of(arr), PyInt.From(it.Index)) : PyTuple.Of(iter, PyTuple.Of(PyTuple.Empty));
        });
        t.SetMethod("__setstate__", static (a, kw) =>
        {
            Args.Method("__setstate__", a, kw, 1, 1);
            var it = (Iterator)a[0];
            long v = Ops.IndexValue(a[1]);
            if (it.Array is { } arr) it.Index = (int)Math.Clamp(v, 0, arr.Count);
            return PyNone.Instance;
        });
        return t;
    }

    private static PyArray A(ReadOnlySpan<PyObject> a) => (PyArray)a[0];

    private static char TypecodeArg(PyObject o)
    {
        if (o is not PyStr s || s.V.Length != 1)
            throw Errors.TypeError($"array() argument 1 must be a unicode character, not {o.Type.Name}");
        char c = s.V[0];
        if (!Typecodes.Contains(c)) throw Errors.ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
        return c;
    }

    private static PyArray New(PyType cls, char code, PyObject? init)
    {
        var r = new PyArray(code) { ObjType = cls };
        switch (init)
        {
            case null: break;
            case PyStr s:
                if (code != 'u') throw Errors.TypeError($"cannot use a str to initialize an array with typecode '{code}'");
                r.FromUnicode(s.V);
                break;
            case PyArray other:
                if (other.Code == 'u' && code != 'u') throw Errors.TypeError($"cannot use a unicode array to initialize an array with typecode '{code}'");
                if (other.Code == code) r.AppendBytes(other.Buffer);
                else for (int i = 0; i < other.Count; i++) r.Append(other.Get(i));
                break;
            case PyBytes or PyByteArray:
                r.AppendBytes(BytesMethods.AsBytes(init));
                break;
            default:
                Extend(r, init);
                break;
        }
        return r;
    }

    private static void Extend(PyArray r, PyObject items)
    {
        if (items is PyArray other)
        {
            if (other.Code != r.Code) throw Errors.TypeError("can only extend with array of same kind");
            r.AppendBytes(other.Buffer.ToArray());
            return;
        }
        var it = Ops.GetIter(items);
        while (it.Next() is { } x) r.Append(x);
    }

    private static int Index(PyArray arr, PyObject key, string msg)
    {
        long i = Ops.IndexValue(key);
        if (i < 0) i += arr.Count;
        if (i < 0 || i >= arr.Count) throw Errors.IndexError(msg);
        return (int)i;
    }

    private static PyArray SameKind(PyObject o, string what)
    {
        if (o is not PyArray b) throw Errors.TypeError($"can only {what} array (not \"{o.Type.Name}\") to array");
        return b;
    }

    private static PyType MakeType()
    {
        var t = new PyType("array", [TypeObjects.Object], true) { Module = "array", AcceptsSubclasses = true };
        t.ComputeMro();
        t.New = static (cls, a, kw) =>
        {
            if (kw is { Length: > 0 } && cls == ArrayType) throw Errors.TypeError("array.array() takes no keyword arguments");
            int npos = Args.Positional(a, kw);
            if (npos < 1 || npos > 2) throw Errors.TypeError($"array() takes at most 2 arguments ({npos} given)");
            if (npos < 1) throw Errors.TypeError("array() takes at least 1 argument (0 given)");
            return New(cls, TypecodeArg(a[0]), npos > 1 ? a[1] : null);
        };
        t.TypeDict["__hash__"] = PyNone.Instance;
        t.TypeDict["typecode"] = new PyGetSetDescriptor("typecode", o => PyStr.FromChar(((PyArray)o).Code));
        t.TypeDict["itemsize"] = new PyGetSetDescriptor("itemsize", o => PyInt.From(((PyArray)o).Size));

        t.SetMethod("append", static (a, kw) => { Args.Method("append", a, kw, 1, 1); A(a).Append(a[1]); return PyNone.Instance; });
        t.SetMethod("extend", static (a, kw) => { Args.Method("extend", a, kw, 1, 1); Extend(A(a), a[1]); return PyNone.Instance; });
        t.SetMethod("insert", static (a, kw) =>
        {
            Args.Method("insert", a, kw, 2, 2);
            var arr = A(a);
            long i = Ops.IndexValue(a[1]);
            if (i < 0) i = Math.Max(0, i + arr.Count);
            i = Math.Min(i, arr.Count);
            var tmp = new PyArray(arr.Code);
            tmp.Append(a[2]);
            arr.InsertBytes((int)i, tmp.Buffer);
            return PyNone.Instance;
        });
        t.SetMethod("pop", static (a, kw) =>
        {
            Args.Method("pop", a, kw, 0, 1);
            var arr = A(a);
            if (arr.Count == 0) throw Errors.IndexError("pop from empty array");
            int i = Index(arr, a.Length > 1 ? a[1] : PyInt.From(-1), "pop index out of range");
            var v = arr.Get(i);
            arr.DeleteRange(i, 1);
            return v;
        });
        t.SetMethod("remove", static (a, kw) =>
        {
            Args.Method("remove", a, kw, 1, 1);
            var arr = A(a);
            for (int i = 0; i < arr.Count; i++)
                if (Ops.Eq(arr.Get(i), a[1])) { arr.DeleteRange(i, 1); return PyNone.Instance; }
            throw Errors.ValueError("array.remove(x): x not in array");
        });
        t.SetMethod("index", static (a, kw) =>
        {
            Args.Method("index", a, kw, 1, 3);
            var arr = A(a);
            long start = a.Length > 2 ? Ops.IndexValue(a[2]) : 0, stop = a.Length > 3 ? Ops.IndexValue(a[3]) : long.MaxValue;
            if (start < 0) start = Math.Max(0, start + arr.Count);
            if (stop < 0) stop = Math.Max(0, stop + arr.Count);
            for (long i = start; i < Math.Min(stop, arr.Count); i++)
                if (Ops.Eq(arr.Get((int)i), a[1])) return PyInt.From(i);
            throw Errors.ValueError("array.index(x): x not in array");
        });
        t.SetMethod("count", static (a, kw) =>
        {
            Args.Method("count", a, kw, 1, 1);
            var arr = A(a);
            int n = 0;
            for (int i = 0; i < arr.Count; i++) if (Ops.Eq(arr.Get(i), a[1])) n++;
            return PyInt.From(n);
        });
        t.SetMethod("reverse", static (a, kw) =>
        {
            Args.Method("reverse", a, kw, 0, 0);
            var arr = A(a);
            var tmp = new byte[arr.Size];
            for (int i = 0, j = arr.Count - 1; i < j; i++, j--)
            {
                var x = arr.Data.AsSpan(i * arr.Size, arr.Size);
                var y = arr.Data.AsSpan(j * arr.Size, arr.Size);
                x.CopyTo(tmp); y.CopyTo(x); tmp.CopyTo(y);
            }
            return PyNone.Instance;
        });
        t.SetMethod("byteswap", static (a, kw) =>
        {
            Args.Method("byteswap", a, kw, 0, 0);
            var arr = A(a);
            for (int i = 0; i < arr.Count; i++) arr.Data.AsSpan(i * arr.Size, arr.Size).Reverse();
            return PyNone.Instance;
        });
        t.SetMethod("buffer_info", static (a, kw) =>
        {
            Args.Method("buffer_info", a, kw, 0, 0);
            // A managed array has no fixed address; its identity stands in for one.
            return PyTuple.Of(PyInt.From(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(A(a).Data) * 16L), PyInt.From(A(a).Count));
        });
        t.SetMethod("tobytes", static (a, kw) => { Args.Method("tobytes", a, kw, 0, 0); return new PyBytes(A(a).Buffer.ToArray()); });
        t.SetMethod("frombytes", static (a, kw) =>
        {
            Args.Method("frombytes", a, kw, 1, 1);
            if (a[1] is PyStr) throw Errors.TypeError("a bytes-like object is required, not 'str'");
            A(a).AppendBytes(BytesMethods.AsBytes(a[1]));
            return PyNone.Instance;
        });
        t.SetMethod("tolist", static (a, kw) =>
        {
            Args.Method("tolist", a, kw, 0, 0);
            var arr = A(a);
            var l = new PyList();
            for (int i = 0; i < arr.Count; i++) l.Append(arr.Get(i));
            return l;
        });
        t.SetMethod("fromlist", static (a, kw) =>
        {
            Args.Method("fromlist", a, kw, 1, 1);
            if (a[1] is not PyList list) throw Errors.TypeError("arg must be list");
            var arr = A(a);
            int before = arr.Count;
            try { for (int i = 0; i < list.Count; i++) arr.Append(list.Items[i]); }
            catch (PyException) { arr.Count = before; throw; }   // all or nothing, as CPython
            return PyNone.Instance;
        });
        t.SetMethod("tounicode", static (a, kw) =>
        {
            Args.Method("tounicode", a, kw, 0, 0);
            if (A(a).Code != 'u') throw Errors.ValueError("tounicode() may only be called on unicode type arrays");
            return PyStr.From(A(a).ToUnicode());
        });
        t.SetMethod("fromunicode", static (a, kw) =>
        {
            Args.Method("fromunicode", a, kw, 1, 1);
            if (a[1] is not PyStr s) throw Errors.TypeError($"fromunicode() argument must be str, not {a[1].Type.Name}");
            if (A(a).Code != 'u') throw Errors.ValueError("fromunicode() may only be called on unicode type arrays");
            A(a).FromUnicode(s.V);
            return PyNone.Instance;
        });
        t.SetMethod("tofile", static (a, kw) =>
        {
            Args.Method("tofile", a, kw, 1, 1);
            var arr = A(a);
            var write = Ops.GetAttr(a[1], "write");
            // Written in 64 KiB blocks, as CPython does.
            const int block = 64 * 1024;
            var bytes = arr.Buffer.ToArray();
            for (int off = 0; off < bytes.Length; off += block)
                Ops.Call(write, new PyBytes(bytes.AsSpan(off, Math.Min(block, bytes.Length - off)).ToArray()));
            return PyNone.Instance;
        });
        t.SetMethod("fromfile", static (a, kw) =>
        {
            Args.Method("fromfile", a, kw, 2, 2);
            var arr = A(a);
            long n = Ops.IndexValue(a[2]);
            if (n < 0) throw Errors.ValueError("negative count");
            if (n > int.MaxValue / arr.Size) throw Errors.MemoryError("");
            int nbytes = (int)n * arr.Size;
            var got = Ops.Call(Ops.GetAttr(a[1], "read"), PyInt.From(nbytes));
            if (got is not PyBytes b) throw Errors.TypeError("read() didn't return bytes");
            int whole = b.V.Length / arr.Size * arr.Size;
            arr.AppendBytes(b.V.AsSpan(0, whole));
            if (b.V.Length != nbytes) throw Errors.EOFError("read() didn't return enough bytes");
            return PyNone.Instance;
        });

        t.SetMethod("__len__", static (a, kw) => PyInt.From(A(a).Count));
        t.SetMethod("__iter__", static (a, kw) => A(a).Iter());
        t.SetMethod("__contains__", static (a, kw) =>
        {
            var arr = A(a);
            for (int i = 0; i < arr.Count; i++) if (Ops.Eq(arr.Get(i), a[1])) return PyBool.True;
            return PyBool.False;
        });
        t.SetMethod("__getitem__", static (a, kw) =>
        {
            var arr = A(a);
            if (a[1] is PySlice sl)
            {
                sl = sl.Unpacked();
                sl.Indices(arr.Count, out long start, out _, out long step, out long count);
                return arr.Slice(start, step, count);
            }
            return arr.Get(Index(arr, a[1], "array index out of range"));
        });
        t.SetMethod("__setitem__", static (a, kw) =>
        {
            var arr = A(a);
            if (a[1] is PySlice sl)
            {
                if (a[2] is not PyArray src) throw Errors.TypeError($"can only assign array (not \"{a[2].Type.Name}\") to array slice");
                if (src.Code != arr.Code) throw Errors.TypeError("bad argument type for built-in operation");
                var bytes = src.Buffer.ToArray();   // src may be arr itself
                sl = sl.Unpacked();
                sl.Indices(arr.Count, out long start, out long stop, out long step, out long count);
                if (step == 1)
                {
                    int s0 = (int)start, s1 = (int)Math.Max(start, stop);
                    arr.DeleteRange(s0, s1 - s0);
                    arr.InsertBytes(s0, bytes);
                    return PyNone.Instance;
                }
                if (src.Count == 0)
                {
                    // An empty array deletes the extended slice, as CPython's array_ass_subscr does.
                    arr.DeleteSlice(start, step, count);
                    return PyNone.Instance;
                }
                if (src.Count != count) throw Errors.ValueError($"attempt to assign array of size {src.Count} to extended slice of size {count}");
                for (long k = 0, j = start; k < count; k++, j += step)
                    bytes.AsSpan((int)k * arr.Size, arr.Size).CopyTo(arr.Data.AsSpan((int)j * arr.Size));
                return PyNone.Instance;
            }
            arr.Set(Index(arr, a[1], "array assignment index out of range"), a[2]);
            return PyNone.Instance;
        });
        t.SetMethod("__delitem__", static (a, kw) =>
        {
            var arr = A(a);
            if (a[1] is PySlice sl)
            {
                sl = sl.Unpacked();
                sl.Indices(arr.Count, out long start, out _, out long step, out long count);
                arr.DeleteSlice(start, step, count);
                return PyNone.Instance;
            }
            arr.DeleteRange(Index(arr, a[1], "array assignment index out of range"), 1);
            return PyNone.Instance;
        });
        t.SetMethod("__add__", static (a, kw) =>
        {
            var x = A(a);
            var y = SameKind(a[1], "append");
            if (x.Code != y.Code) throw Errors.TypeError("bad argument type for built-in operation");
            var r = new PyArray(x.Code, x.Count + y.Count);
            r.AppendBytes(x.Buffer); r.AppendBytes(y.Buffer);
            return r;
        });
        t.SetMethod("__iadd__", static (a, kw) =>
        {
            var x = A(a);
            var y = SameKind(a[1], "extend");
            if (x.Code != y.Code) throw Errors.TypeError("can only extend with array of same kind");
            x.AppendBytes(y.Buffer.ToArray());
            return x;
        });
        // sq_repeat: `a * "x"` and `a *= "x"` name the count's type, as CPython's sequence repeat does; the
        // reflected form declines, so `"x" * a` reports the array as the non-int (its str's repeat failed).
        static PyObject Repeat(PyArray x, PyObject n, bool reflected = false)
        {
            if (n is not PyInt && n.Type.Lookup("__index__") is null)
                return reflected ? PyNotImplemented.Instance : throw Errors.TypeError($"can't multiply sequence by non-int of type '{n.Type.TpName}'");
            long k = Math.Max(0, Ops.IndexValue(n));
            if (k * x.Count * x.Size > Array.MaxLength) throw Errors.MemoryError("");
            var r = new PyArray(x.Code, (int)(k * x.Count));
            var src = x.Buffer.ToArray();
            for (long i = 0; i < k; i++) r.AppendBytes(src);
            return r;
        }
        t.SetMethod("__mul__", static (a, kw) => Repeat(A(a), a[1]));
        t.SetMethod("__rmul__", static (a, kw) => Repeat(A(a), a[1], reflected: true));
        t.SetMethod("__imul__", static (a, kw) =>
        {
            var x = A(a);
            var r = (PyArray)Repeat(x, a[1]);
            x.Data = r.Data; x.Count = r.Count;
            return x;
        });
        foreach (var (name, op) in new[] { ("__eq__", CompareOp.Eq), ("__ne__", CompareOp.Ne), ("__lt__", CompareOp.Lt), ("__le__", CompareOp.Le), ("__gt__", CompareOp.Gt), ("__ge__", CompareOp.Ge) })
        {
            var o = op;
            t.SetMethod(name, (a, kw) => a[1] is PyArray other ? Compare(A(a), other, o) : PyNotImplemented.Instance);
        }
        MethodArity.WrapSlots(t);
        t.SetMethod("__repr__", static (a, kw) =>
        {
            var arr = A(a);
            string name = arr.Type.Name;
            if (arr.Count == 0) return PyStr.From($"{name}('{arr.Code}')");
            var items = arr.Code == 'u' ? Ops.Repr(PyStr.From(arr.ToUnicode())) : Ops.Repr(ListOf(arr));
            return PyStr.From($"{name}('{arr.Code}', {items})");
        });
        t.SetMethod("__copy__", static (a, kw) => CopyOf(A(a)));
        t.SetMethod("__deepcopy__", static (a, kw) => CopyOf(A(a)));
        t.SetMethod("__reduce_ex__", static (a, kw) =>
        {
            Args.Method("__reduce_ex__", a, kw, 1, 1);
            var arr = A(a);
            long protocol = Ops.IndexValue(a[1]);
            PyObject dict = arr.Type == ArrayType ? PyNone.Instance : (PyObject?)arr.Dict ?? PyNone.Instance;
            if (protocol < 3)
                return PyTuple.Of(arr.Type, PyTuple.Of(PyStr.FromChar(arr.Code), ListOf(arr)), dict);
            return PyTuple.Of(s_reconstructor!, PyTuple.Of(arr.Type, PyStr.FromChar(arr.Code), PyInt.From(MachineFormat(arr.Code)), new PyBytes(arr.Buffer.ToArray())), dict);
        });
        return t;
    }

    private static PyList ListOf(PyArray arr)
    {
        var l = new PyList();
        for (int i = 0; i < arr.Count; i++) l.Append(arr.Get(i));
        return l;
    }

    /// <summary>__copy__/__deepcopy__: a plain array, as CPython's (array_slice of the whole).</summary>
    private static PyArray CopyOf(PyArray x)
    {
        var r = new PyArray(x.Code, x.Count);
        r.AppendBytes(x.Buffer);
        return r;
    }

    private static PyObject Compare(PyArray x, PyArray y, CompareOp op)
    {
        if (x.Count != y.Count && op is CompareOp.Eq or CompareOp.Ne) return PyBool.From(op == CompareOp.Ne);
        if (x.Code == y.Code && op is CompareOp.Eq or CompareOp.Ne && x.Code is not ('f' or 'd'))
            return PyBool.From(x.Buffer.SequenceEqual(y.Buffer) == (op == CompareOp.Eq));
        int n = Math.Min(x.Count, y.Count);
        for (int i = 0; i < n; i++)
        {
            PyObject a = x.Get(i), b = y.Get(i);
            if (Ops.Eq(a, b)) continue;
            return op switch
            {
                CompareOp.Eq => PyBool.False,
                CompareOp.Ne => PyBool.True,
                _ => Ops.RichCompare(a, b, op),
            };
        }
        int c = x.Count.CompareTo(y.Count);
        return PyBool.From(op switch
        {
            CompareOp.Lt => c < 0, CompareOp.Le => c <= 0, CompareOp.Eq => c == 0,
            CompareOp.Ne => c != 0, CompareOp.Gt => c > 0, _ => c >= 0,
        });
    }

    // CPython's enum machine_format_code (arraymodule.c): the little-endian codes of this platform's C types.
    private static int MachineFormat(char code) => code switch
    {
        'B' => 0, 'b' => 1, 'H' => 2, 'h' => 4, 'I' => 6, 'i' => 8, 'L' or 'Q' => 10, 'l' or 'q' => 12,
        'f' => 14, 'd' => 16, _ => 20,
    };

    /// <summary>array._array_reconstructor(arraytype, typecode, mformat_code, items): unpickling protocol 3+.</summary>
    private static PyObject Reconstruct(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        Args.Count("_array_reconstructor", a, kw, 4, 4);
        if (a[0] is not PyType cls) throw Errors.TypeError($"first argument must be a type object, not {a[0].Type.Name}");
        if (!cls.IsSubtypeOf(ArrayType)) throw Errors.TypeError($"{cls.Name} is not a subtype of array.array");
        char code = TypecodeArg(a[1]);
        long mformat = Ops.IndexValue(a[2]);
        if (mformat < 0 || mformat > 21) throw Errors.ValueError("third argument must be a valid machine format code.");
        if (a[3] is not PyBytes items) throw Errors.TypeError($"fourth argument should be bytes, not {a[3].Type.Name}");
        var r = new PyArray(code) { ObjType = cls };
        if (mformat == MachineFormat(code))
        {
            r.AppendBytes(items.V);
            return r;
        }
        // Another platform's layout: decode each item, then store it as this array's type.
        int size = mformat switch { <= 1 => 1, <= 5 => 2, <= 9 => 4, <= 13 => 8, <= 15 => 4, <= 17 => 8, <= 19 => 2, _ => 4 };
        bool big = mformat > 1 && mformat % 2 == 1;
        if (items.V.Length % size != 0) throw Errors.ValueError("string length not a multiple of item size");
        if (mformat >= 18)
        {
            var enc = mformat switch { 18 => Encoding.Unicode, 19 => Encoding.BigEndianUnicode, 20 => new UTF32Encoding(false, false), _ => new UTF32Encoding(true, false) };
            r.FromUnicode(enc.GetString(items.V));
            return r;
        }
        for (int off = 0; off < items.V.Length; off += size)
        {
            var s = items.V.AsSpan(off, size).ToArray();
            if (big) Array.Reverse(s);
            PyObject v = mformat switch
            {
                0 => PyInt.From(s[0]), 1 => PyInt.From((sbyte)s[0]),
                2 or 3 => PyInt.From(BitConverter.ToUInt16(s)), 4 or 5 => PyInt.From(BitConverter.ToInt16(s)),
                6 or 7 => PyInt.From(BitConverter.ToUInt32(s)), 8 or 9 => PyInt.From(BitConverter.ToInt32(s)),
                10 or 11 => PyInt.From(new BigInteger(BitConverter.ToUInt64(s))), 12 or 13 => PyInt.From(BitConverter.ToInt64(s)),
                14 or 15 => new PyFloat(BitConverter.ToSingle(s)), _ => new PyFloat(BitConverter.ToDouble(s)),
            };
            r.Append(v);
        }
        return r;
    }
}
