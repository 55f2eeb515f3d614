using System.Runtime.CompilerServices;
using Herthon.Runtime;

namespace Herthon.Evaluation;

// Instruction bodies of the match statement (GET_LEN, MATCH_SEQUENCE, MATCH_MAPPING, MATCH_KEYS,
// MATCH_CLASS), kept out of the eval loop. CPython decides "sequence" and "mapping" by the type
// flags Py_TPFLAGS_SEQUENCE / Py_TPFLAGS_MAPPING, which subclasses inherit; here they are the
// builtin types below plus any ABCMeta class whose MRO declares `__abc_tpflags__` (as
// collections.abc's Sequence and Mapping do in CPython).
public static partial class Interpreter
{
    private const long TpFlagsSequence = 1 << 5, TpFlagsMapping = 1 << 6;
    private static readonly PyStr s_abcTpFlags = PyStr.From("__abc_tpflags__");
    private static readonly PyStr s_matchArgs = PyStr.From("__match_args__");
    private static readonly PyStr s_get = PyStr.From("get");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject GetLenStep(PyObject o) => PyInt.From(Ops.Len(o));

    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static bool IsMatchSequence(PyObject o) => HasMatchFlag(o.Type, TpFlagsSequence);

    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static bool IsMatchMapping(PyObject o) => HasMatchFlag(o.Type, TpFlagsMapping);

    private static bool HasMatchFlag(PyType type, long flag)
    {
        foreach (var t in type.Mro)
        {
            if (t.IsBuiltin)
            {
                if (flag == TpFlagsSequence && (t == TypeObjects.List || t == TypeObjects.Tuple || t == TypeObjects.Range)) return true;
                if (flag == TpFlagsMapping && t == TypeObjects.Dict) return true;
                // str, bytes and bytearray are deliberately neither.
                if (t == TypeObjects.Str || t == TypeObjects.Bytes || t == TypeObjects.ByteArray) return false;
            }
            else if (t.Metaclass is { } meta && IsAbcMeta(meta) && t.TypeDict.TryGetValue(s_abcTpFlags, out var v)
                && v is PyInt flags && flags.IsSmall)
                return (flags.V & flag) != 0;
        }
        return false;
    }

    /// <summary>CPython's ABCMeta turns `__abc_tpflags__` into type flags; other classes ignore it.</summary>
    private static bool IsAbcMeta(PyType meta)
    {
        foreach (var m in meta.Mro)
            if (m.Name == "ABCMeta" && m.Module == "abc") return true;
        return false;
    }

    /// <summary>MATCH_KEYS: the values of `keys` in the mapping, as a tuple, or None if one is missing.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject MatchKeysStep(PyObject map, PyObject keysObj)
    {
        var keys = ((PyTuple)keysObj).Items;
        if (keys.Length == 0) return PyTuple.Empty;
        var values = new PyObject[keys.Length];
        var seen = new PySet();
        // CPython calls map.get(key, dummy); a dict whose get is dict.get is read directly.
        var get = map.Type.Lookup(s_get);
        bool plainDict = map is PyDict && ReferenceEquals(get, TypeObjects.Dict.Lookup(s_get));
        PyObject? boundGet = plainDict ? null : Ops.GetAttr(map, s_get);
        var missing = new PyDictInstance(TypeObjects.Object);
        for (int i = 0; i < keys.Length; i++)
        {
            var key = keys[i];
            if (seen.Contains(key)) throw Errors.ValueError($"mapping pattern checks duplicate key ({Ops.Repr(key)})");
            seen.Add(key);
            PyObject? v;
            if (plainDict) v = ((PyDict)map).TryGetValue(key, out var dv) ? dv : null;
            else
            {
                v = Ops.Call(boundGet!, key, missing);
                if (ReferenceEquals(v, missing)) v = null;
            }
            if (v is null) return PyNone.Instance;
            values[i] = v;
        }
        return PyTuple.From(values);
    }

    /// <summary>MATCH_CLASS(nargs): [subject, cls, kwnames] -> the attribute tuple, or None.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int MatchClassStep(Slot[] s, int sp, int nargs)
    {
        var names = (PyTuple)s[sp - 1].V!;
        var cls = s[sp - 2].V!;
        var subject = s[sp - 3].V!;
        s[sp - 1].V = s[sp - 2].V = null;
        sp -= 2;
        s[sp - 1].V = MatchClass(subject, cls, nargs, names.Items) ?? PyNone.Instance;
        return sp;
    }

    private static PyObject? MatchClass(PyObject subject, PyObject cls, int nargs, PyObject[] kwNames)
    {
        if (cls is not PyType type) throw Errors.TypeError("called match pattern must be a type");
        if (!Builtins.IsInstance(subject, type)) return null;
        var attrs = new PyObject[nargs + kwNames.Length];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (nargs > 0)
        {
            PyObject[] matchArgs;
            bool matchSelf = false;
            var ma = LookupAttrOrNull(type, s_matchArgs);
            if (ma is not null)
            {
                if (ma is not PyTuple mt || ma.Type != TypeObjects.Tuple)
                    throw Errors.TypeError($"{type.Name}.__match_args__ must be a tuple (got {ma.Type.Name})");
                matchArgs = mt.Items;
            }
            else
            {
                // Without __match_args__, the builtin types match their subject itself positionally.
                matchArgs = [];
                matchSelf = MatchesSelf(type);
            }
            int allowed = matchSelf ? 1 : matchArgs.Length;
            if (allowed < nargs)
                throw Errors.TypeError($"{type.Name}() accepts {allowed} positional sub-pattern{(allowed == 1 ? "" : "s")} ({nargs} given)");
            if (matchSelf) attrs[0] = subject;
            else
            {
                for (int i = 0; i < nargs; i++)
                {
                    if (matchArgs[i] is not PyStr name || name.Type != TypeObjects.Str)
                        throw Errors.TypeError($"__match_args__ elements must be strings (got {matchArgs[i].Type.Name})");
                    var attr = MatchClassAttr(subject, type, name, seen);
                    if (attr is null) return null;
                    attrs[i] = attr;
                }
            }
        }
        for (int i = 0; i < kwNames.Length; i++)
        {
            var attr = MatchClassAttr(subject, type, (PyStr)kwNames[i], seen);
            if (attr is null) return null;
            attrs[nargs + i] = attr;
        }
        return PyTuple.From(attrs);
    }

    /// <summary>CPython's _Py_TPFLAGS_MATCH_SELF: these builtin types and their subclasses.</summary>
    private static bool MatchesSelf(PyType type)
    {
        foreach (var t in type.Mro)
        {
            if (t == TypeObjects.Bool || t == TypeObjects.ByteArray || t == TypeObjects.Bytes || t == TypeObjects.Dict
                || t == TypeObjects.Float || t == TypeObjects.FrozenSet || t == TypeObjects.Int || t == TypeObjects.List
                || t == TypeObjects.Set || t == TypeObjects.Str || t == TypeObjects.Tuple)
                return true;
        }
        return false;
    }

    private static PyObject? MatchClassAttr(PyObject subject, PyType type, PyStr name, HashSet<string> seen)
    {
        if (!seen.Add(name.V))
            throw Errors.TypeError($"{type.Name}() got multiple sub-patterns for attribute {Ops.Repr(name)}");
        return LookupAttrOrNull(subject, name);
    }

    /// <summary>getattr(o, name), or null when that raises AttributeError.</summary>
    private static PyObject? LookupAttrOrNull(PyObject o, PyStr name)
    {
        try
        {
            return Ops.GetAttrOrNull(o, name);
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(TypeObjects.AttributeError))
        {
            return null;
        }
    }
}
