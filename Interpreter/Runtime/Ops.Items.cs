namespace Herthon.Runtime;

public static partial class Ops
{
    public static long NormalizeIndex(PyObject key, long length, string what)
    {
        long i = key is PyInt ki && ki.Big is null ? ki.V : IndexOrTypeError(key, what);
        if (i < 0) i += length;
        if ((ulong)i >= (ulong)length) throw Errors.IndexError(what.Length == 0 ? "index out of range" : $"{what} index out of range");
        return i;
    }

    private static long IndexOrTypeError(PyObject key, string what)
    {
        if (key is PyInt) throw Errors.IndexError($"cannot fit '{key.Type.Name}' into an index-sized integer");
        if (key.Type.Lookup(N.Index) is not null && key is PyInstance) return IndexValue(key);
        // The IndexError says "list assignment index", the TypeError just "list indices"; bytes' is "byte indices".
        string name = what.Length == 0 ? "byte" : what.EndsWith(" assignment", StringComparison.Ordinal) ? what[..^11] : what;
        throw Errors.TypeError($"{name} indices must be integers or slices, not {key.Type.Name}");
    }

    public static PyObject GetItem(PyObject o, PyObject key)
    {
        if (SubclassDicts.IsUserSub(o))
        {
            var m = o.Type.Lookup(N.GetItem);
            if (m is not null && m is not PyMethodDescriptor) return CallMethod(m, o, key);
        }
        return GetItemNative(o, key);
    }

    /// <summary>Subscript with the builtin behaviour of o's base type (what the builtin __getitem__ does).</summary>
    public static PyObject GetItemNative(PyObject o, PyObject key)
    {
        switch (o)
        {
            case PyList l:
                if (key is PySlice ls) return ListMethods.GetSlice(l, ls);
                return l.Items[NormalizeIndex(key, l.Count, "list")];
            case PyTuple t:
                if (key is PySlice ts) return TupleSlice(t, ts);
                return t.Items[NormalizeIndex(key, t.Items.Length, "tuple")];
            case PyDict d:
                if (d.TryGetValue(key, out var v)) return v;
                return DictMissing(d, key);
            case PyStr s:
                if (key is PySlice ss) return StrSlice(s, ss);
                if (key is not PyInt && key.Type.Lookup(N.Index) is null) throw Errors.TypeError($"string indices must be integers, not '{key.Type.Name}'");
                if (s.HasAstral) return PyStr.From(Formatter.CodePointString(s.CodePoints[NormalizeIndex(key, s.CodePoints.Length, "string")]));
                return PyStr.FromChar(s.V[(int)NormalizeIndex(key, s.V.Length, "string")]);
            case PyRange r:
                if (r.Big is not null || key is PyInt { IsSmall: false }) return key is PySlice bigSlice ? r.BigSlice(bigSlice) : r.BigItem(key);
                if (key is PySlice rs)
                {
                    // bounds or a step beyond 64 bits: compute_slice in exact arithmetic (Indices would clamp them)
                    if (rs.Start is PyInt { Big: not null } || rs.Stop is PyInt { Big: not null } || rs.Step is PyInt { Big: not null }) return r.BigSlice(rs);
                    rs.Indices(r.Length, out long st, out long sp, out long step, out long cnt);
                    // CPython's compute_slice: start and stop map through the range (stop is not re-derived from the length).
                    return new PyRange(r.Start + st * r.Step, r.Start + sp * r.Step, step * r.Step);
                }
                return PyInt.From(r.Start + NormalizeIndex(key, r.Length, "range object") * r.Step);
            case PyBytes b:
                if (key is PySlice bs) return new PyBytes(BytesMethods.Slice(b.V, bs));
                return PyInt.From(b.V[NormalizeIndex(key, b.V.Length, "")]);
            case PyByteArray ba:
                if (key is PySlice bas) { bas = bas.Unpacked(); return new PyByteArray(BytesMethods.Slice(ba.ToArray(), bas)); }
                return PyInt.From(ba.Data[NormalizeIndex(key, ba.Count, "bytearray")]);
            case PyType ty:
                {
                    // type[int] is a GenericAlias without a __class_getitem__ (abstract.c's special case).
                    if (ReferenceEquals(ty, TypeObjects.TypeType)) return new PyGenericAlias(ty, key);
                    // abstract.c's order: the metaclass's __getitem__ first (a class of EnumType, of a
                    // user metaclass), then __class_getitem__ as attribute lookup finds it (bound by its
                    // __get__(None, ty), or from the metaclass and its __getattr__).
                    if (!ReferenceEquals(ty.Type, TypeObjects.TypeType) && ty.Type.Lookup(N.GetItem) is { } mgi) return CallMethod(mgi, o, key);
                    var cgi = ty.Lookup(N.ClassGetItem) is { } found && ReferenceEquals(ty.Type, TypeObjects.TypeType)
                        ? ClassAttributeGet(found, ty) : LookupAttr(ty, N.ClassGetItem);
                    if (cgi is not null) return Call(cgi, key);
                    break;
                }
        }
        var m = o.Type.Lookup(N.GetItem);
        if (m is null)
        {
            if (o is PyType pt) throw Errors.TypeError($"type '{pt.TpName}' is not subscriptable");
            throw Errors.TypeError($"'{o.Type.TpName}' object is not subscriptable");
        }
        return CallMethod(m, o, key);
    }

    private static PyObject DictMissing(PyDict d, PyObject key)
    {
        if (!ReferenceEquals(d.Type, TypeObjects.Dict) && d.Type.Lookup(N.Missing) is { } missing) return CallMethod(missing, d, key);
        throw Errors.KeyError(key);
    }

    public static PyObject TupleSlice(PyTuple t, PySlice s)
    {
        s.Indices(t.Items.Length, out long start, out _, out long step, out long count);
        if (step == 1 && count == t.Items.Length) return t;
        var arr = new PyObject[count];
        for (long i = 0, j = start; i < count; i++, j += step) arr[i] = t.Items[j];
        return PyTuple.From(arr);
    }

    public static PyStr StrSlice(PyStr s, PySlice sl)
    {
        if (s.HasAstral)
        {
            var cps = s.CodePoints;
            sl.Indices(cps.Length, out long st, out _, out long stp, out long cnt);
            var picked = new int[cnt];
            for (long i = 0, j = st; i < cnt; i++, j += stp) picked[i] = cps[j];
            return PyStr.From(PyStr.FromCodePoints(picked));
        }
        sl.Indices(s.V.Length, out long start, out _, out long step, out long count);
        if (step == 1)   // the whole of an exact str is the str itself, as in CPython
            return count == s.V.Length && s.IsExact ? s : PyStr.Slice(s.V, (int)start, (int)(start + count));
        var chars = new char[count];
        for (long i = 0, j = start; i < count; i++, j += step) chars[i] = s.V[(int)j];
        return PyStr.From(new string(chars));
    }

    public static void SetItem(PyObject o, PyObject key, PyObject value)
    {
        if (SubclassDicts.IsUserSub(o))
        {
            var m = o.Type.Lookup(N.SetItem);
            if (m is not null && m is not PyMethodDescriptor) { CallMethod(m, o, key, value); return; }
        }
        SetItemNative(o, key, value);
    }

    public static void SetItemNative(PyObject o, PyObject key, PyObject value)
    {
        switch (o)
        {
            case PyList l:
                if (key is PySlice ls) { ListMethods.SetSlice(l, ls, value); return; }
                l.Items[NormalizeIndex(key, l.Count, "list assignment")] = value;
                return;
            case PyDict d:
                d.SetItem(key, value);
                return;
            case PyByteArray ba:
                if (key is PySlice bsl)
                {
                    bsl = bsl.Unpacked();   // before the length is read: an __index__ may resize it
                    // Reuse list slice assignment on the byte values.
                    var tmp = new PyList(ba.ToArray().Select(x => (PyObject)PyInt.From(x)).ToList());
                    var src = value is PyBytes or PyByteArray ? new PyList(BytesMethods.AsBytes(value).Select(x => (PyObject)PyInt.From(x)).ToList()) : value;
                    // An empty value deletes even an extended slice (bytearray_ass_subscript's needed == 0).
                    if (src is PyList { Count: 0 }) DelItemNative(tmp, bsl);
                    else ListMethods.SetSlice(tmp, bsl, src);
                    var bytes = new byte[tmp.Count];
                    for (int i = 0; i < bytes.Length; i++) bytes[i] = BytesMethods.ByteValue(tmp.Items[i]);
                    ba.Data = bytes; ba.Count = bytes.Length;
                    return;
                }
                ba.Data[NormalizeIndex(key, ba.Count, "bytearray")] = BytesMethods.ByteValue(value);
                return;
        }
        var m = o.Type.Lookup(N.SetItem);
        if (m is null) throw Errors.TypeError($"'{o.Type.Name}' object does not support item assignment");
        CallMethod(m, o, key, value);
    }

    public static void DelItem(PyObject o, PyObject key)
    {
        if (SubclassDicts.IsUserSub(o))
        {
            var m = o.Type.Lookup(N.DelItem);
            if (m is not null && m is not PyMethodDescriptor) { CallMethod(m, o, key); return; }
        }
        DelItemNative(o, key);
    }

    public static void DelItemNative(PyObject o, PyObject key)
    {
        switch (o)
        {
            case PyList l:
                if (key is PySlice ls) { ListMethods.DelSlice(l, ls); return; }
                l.RemoveAt((int)NormalizeIndex(key, l.Count, "list assignment"));
                return;
            case PyDict d:
                if (!d.Remove(key)) throw Errors.KeyError(key);
                return;
            case PyByteArray ba:
                {
                    if (key is PySlice contiguous)
                    {
                        key = contiguous = contiguous.Unpacked();
                        contiguous.Indices(ba.Count, out long start, out _, out long step, out long count);
                        if (step == 1 || count <= 1)
                        {
                            // A buffer's consumed head (del buf[:n]) in one move, not a list of ints.
                            if (count <= 0) return;
                            Array.Copy(ba.Data, start + count, ba.Data, start, ba.Count - (start + count));
                            ba.Count -= (int)count;
                            return;
                        }
                    }
                    var tmp = new PyList(ba.ToArray().Select(x => (PyObject)PyInt.From(x)).ToList());
                    DelItemNative(tmp, key);
                    var bytes = new byte[tmp.Count];
                    for (int i = 0; i < bytes.Length; i++) bytes[i] = (byte)((PyInt)tmp.Items[i]).V;
                    ba.Data = bytes; ba.Count = bytes.Length;
                    return;
                }
        }
        var m = o.Type.Lookup(N.DelItem);
        if (m is null) throw Errors.TypeError($"'{o.Type.Name}' object {(o is PyMappingProxy ? "does not" : "doesn't")} support item deletion");
        CallMethod(m, o, key);
    }

    // ---------------------------------------------------------------- iteration

    public static PyIterator GetIter(PyObject o)
    {
        // An exact list first (`for n in nbrs[p]:`, the loop's GET_ITER): GetIterNative's list case
        // without the user-subclass test and the type switch's casts before it.
        if (o.GetType() == typeof(PyList) && System.Runtime.CompilerServices.Unsafe.As<PyList>(o).Sub is null)
            return new ListIterator(System.Runtime.CompilerServices.Unsafe.As<PyList>(o));
        return GetIterOrNull(o) ?? throw Errors.TypeError($"'{o.Type.Name}' object is not iterable");
    }

    public static PyIterator? GetIterOrNull(PyObject o)
    {
        if (SubclassDicts.IsUserSub(o))
        {
            var m = o.Type.Lookup(N.Iter);
            if (m is not null && m is not PyMethodDescriptor)
            {
                var r = CallMethod(m, o);
                if (r is PyIterator pit && r is not PyInstance) return pit;
                if (r.Type.Lookup(N.Next) is null) throw Errors.TypeError($"iter() returned non-iterator of type '{r.Type.Name}'");
                return new UserIterator(r);
            }
            // A subclass of a builtin iterator (class E(enumerate)) that defines __next__: iteration calls it.
            if (o is PyIterator && o.Type.Lookup(N.Next) is { } next && next is not PyMethodDescriptor) return new UserIterator(o);
        }
        return GetIterNative(o);
    }

    public static PyIterator? GetIterNative(PyObject o)
    {
        switch (o)
        {
            case PyIterator it when o is not PyInstance: return it;
            case PyList l: return new ListIterator(l);
            case PyTuple t: return new ArrayIterator(t.Items, t.Items.Length, t);
            case PyRange r: return r.Iter();
            case PyStr s: return s.HasAstral ? new ArrayIterator(s.CodePoints.Select(cp => (PyObject)PyStr.From(Formatter.CodePointString(cp))).ToArray(), s.CodePoints.Length, s, IteratorReduce.StrIteratorType) : new StrIterator(s.V);
            case PyDict d: return new DictIterator(d, DictIterKind.Keys);
            case PySet s: return new SetIterator(s);
            case PyBytes b: return new BytesIterator(b);
            case PyByteArray ba: return new ByteArrayIterator(ba);
            case IPyIterable pi: return pi.Iter();
        }
        var m = o.Type.Lookup(N.Iter);
        if (m is not null)
        {
            if (m is PyNone) return null;
            var r = CallMethod(m, o);
            if (r is PyIterator pit && r is not PyInstance) return pit;
            if (r.Type.Lookup(N.Next) is null) throw Errors.TypeError($"iter() returned non-iterator of type '{r.Type.Name}'");
            return new UserIterator(r);
        }
        if (o.Type.Lookup(N.GetItem) is not null && o is PyInstance) return new SequenceIterator(o);
        return null;
    }

    /// <summary>Materialises any iterable into a list of items.</summary>
    public static List<PyObject> ToList(PyObject o)
    {
        switch (o)
        {
            case PyList l: return [.. l.AsSpan()];
            case PyTuple t: return [.. t.Items];
        }
        var it = GetIter(o);
        var list = new List<PyObject>();
        while (it.Next() is { } x) list.Add(x);
        return list;
    }

    public static PyObject[] ToArray(PyObject o)
    {
        switch (o)
        {
            case PyTuple t: return t.Items;
            case PyList l: return l.ToArray();
        }
        return [.. ToList(o)];
    }
}
