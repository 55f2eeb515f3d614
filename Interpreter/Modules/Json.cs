using System.Text;

namespace Herthon.Runtime;

/// <summary>
/// `_json` (CPython's Modules/_json.c), the parts whose behaviour the pure-Python json package does
/// not reproduce: `scanstring` (its error positions and messages) and `make_encoder` (the one-shot
/// encoder json.dumps uses without indent: C's "Out of range float values" message, int and float
/// reprs of subclasses, item-tuple sorting), and the speed-ups the pure-Python package would
/// otherwise do with regular expressions and closures: `make_scanner`, `encode_basestring(_ascii)`
/// (Json.Speedups.cs).
/// </summary>
public static partial class JsonModule
{
    public static PyModule Create()
    {
        var m = new PyModule("_json");
        m.AddFunction("scanstring", static (a, kw) =>
        {
            if (a.Length < 2 || a.Length > 3) throw Errors.TypeError($"scanstring expected 2 or 3 arguments, got {a.Length}");
            if (a[0] is not PyStr s) throw Errors.TypeError($"first argument must be a string, not {a[0].Type.Name}");
            var strict = a.Length < 3 || Ops.Truth(a[2]);
            long end = Ops.IndexValue(a[1]);
            return ScanString(s, end, strict);
        });
        var enc = new PyType("make_encoder", [TypeObjects.Object], true) { Module = "_json" };
        enc.ComputeMro();
        enc.New = static (cls, a, kw) =>
        {
            Args.NoKw("make_encoder", kw);
            if (a.Length != 9) throw Errors.TypeError($"make_encoder() takes exactly 9 arguments ({a.Length} given)");
            return new Encoder(cls, a.ToArray());
        };
        enc.SetMethod("__call__", static (a, kw) =>
        {
            Args.Method("make_encoder", a, kw, 2, 2);
            var e = (Encoder)a[0];
            var sb = new StringBuilder();
            e.Encode(sb, a[1], 0);
            return new PyList(new PyObject[] { PyStr.From(sb.ToString()) }.AsSpan());
        });
        m.Add("make_encoder", enc);
        AddSpeedups(m);
        return m;
    }

    private static PyException DecodeError(string msg, PyStr doc, long pos)
    {
        var mod = Importer.ImportName("json.decoder", new PyDict(), new PyTuple([PyStr.From("JSONDecodeError")]), 0);
        var cls = Ops.GetAttr(mod, "JSONDecodeError");
        return new PyException((PyBaseException)Ops.Call(cls, [PyStr.From(msg), doc, PyInt.From(pos)]));
    }

    /// <summary>scanstring_unicode: the string starting after the quote at end-1; returns (str, end after the closing quote).</summary>
    private static PyObject ScanString(PyStr s, long end, bool strict)
    {
        var str = ScanString(s, end, strict, out long next);
        return PyTuple.From([str, PyInt.From(next)]);
    }

    /// <summary>The decoded string; <paramref name="next"/> is the index after the closing quote.
    /// Indices are code points (Python's); text with astral characters is scanned as its UTF-16
    /// text all the same (ScanUtf16), with the indices converted at the ends and in error messages.</summary>
    private static PyStr ScanString(PyStr s, long end, bool strict, out long next)
    {
        string v = s.V;
        if (!s.HasAstral)
        {
            if (end < 0 || v.Length < end) throw Errors.ValueError("end is out of bounds");
            return ScanUtf16(s, end, strict, out next);
        }
        if (end < 0 || PyStr.CodePointCount(v) < end) throw Errors.ValueError("end is out of bounds");
        var r = ScanUtf16(s, Utf16Index(v, end), strict, out long next16);
        next = s.CodePointIndex((int)next16);
        return r;
    }

    /// <summary>The UTF-16 index of code point <paramref name="cp"/> of v (at most its code-point
    /// length): a surrogate pair is one code point, a lone surrogate one too.</summary>
    private static long Utf16Index(string v, long cp)
    {
        int i = 0;
        for (long k = 0; k < cp && i < v.Length; k++)
            i += char.IsHighSurrogate(v[i]) && i + 1 < v.Length && char.IsLowSurrogate(v[i + 1]) ? 2 : 1;
        return i;
    }

    /// <summary>The code-point index of UTF-16 index <paramref name="i"/> of s (error positions).</summary>
    private static long CodePointPos(PyStr s, long i) => i > 0 && s.HasAstral ? s.CodePointIndex((int)i) : i;

    /// <summary>ScanString over s's UTF-16 text: <paramref name="end"/> and <paramref name="next"/>
    /// are UTF-16 indices, the positions in error messages code points.</summary>
    private static PyStr ScanUtf16(PyStr s, long end, bool strict, out long next)
    {
        string v = s.V;
        long len = v.Length;
        long begin = end - 1;
        {
            // most strings have no escapes: one slice, no builder
            int q = (int)end;
            while (q < v.Length && v[q] != '"' && v[q] != '\\' && v[q] > 0x1f) q++;
            if (q < v.Length && v[q] == '"')
            {
                next = q + 1;
                return PyStr.From(v.Substring((int)end, q - (int)end));
            }
        }
        var sb = new StringBuilder();
        void Append(int c)
        {
            if (c > 0xFFFF) sb.Append(char.ConvertFromUtf32(c));
            else sb.Append((char)c);
        }
        while (true)
        {
            long at;
            int c = 0;
            for (at = end; at < len; at++)
            {
                c = v[(int)at];
                if (c == '"' || c == '\\') break;
                if (c <= 0x1f && strict) throw DecodeError("Invalid control character at", s, CodePointPos(s, at));
            }
            if (at == len) throw DecodeError("Unterminated string starting at", s, CodePointPos(s, begin));
            for (long i = end; i < at; i++) Append(v[(int)i]);
            at++;
            if (c == '"') { end = at; break; }
            if (at == len) throw DecodeError("Unterminated string starting at", s, CodePointPos(s, begin));
            c = v[(int)at];
            if (c != 'u')
            {
                end = at + 1;
                c = c switch { '"' => '"', '\\' => '\\', '/' => '/', 'b' => '\b', 'f' => '\f', 'n' => '\n', 'r' => '\r', 't' => '\t', _ => 0 };
                if (c == 0) throw DecodeError("Invalid \\escape", s, CodePointPos(s, end - 2));
            }
            else
            {
                at++;
                end = at + 4;
                if (end >= len) throw DecodeError("Invalid \\uXXXX escape", s, CodePointPos(s, at - 1));
                c = 0;
                for (; at < end; at++)
                {
                    int d = Hex(v[(int)at]);
                    if (d < 0) throw DecodeError("Invalid \\uXXXX escape", s, CodePointPos(s, end - 5));
                    c = (c << 4) | d;
                }
                // A high surrogate followed by \uDC00-\uDFFF joins into one code point.
                if (c >= 0xD800 && c <= 0xDBFF && end + 6 < len && v[(int)at++] == '\\' && v[(int)at++] == 'u')
                {
                    int c2 = 0;
                    end += 6;
                    for (; at < end; at++)
                    {
                        int d = Hex(v[(int)at]);
                        if (d < 0) throw DecodeError("Invalid \\uXXXX escape", s, CodePointPos(s, end - 5));
                        c2 = (c2 << 4) | d;
                    }
                    if (c2 >= 0xDC00 && c2 <= 0xDFFF) c = 0x10000 + ((c - 0xD800) << 10) + (c2 - 0xDC00);
                    else end -= 6;
                }
            }
            Append(c);
        }
        next = end;
        return PyStr.From(sb.ToString());
    }

    private static int Hex(int d) => d switch
    {
        >= '0' and <= '9' => d - '0',
        >= 'a' and <= 'f' => d - 'a' + 10,
        >= 'A' and <= 'F' => d - 'A' + 10,
        _ => -1,
    };

    /// <summary>A c_make_encoder instance: markers, default, encoder, indent, key_separator,
    /// item_separator, sort_keys, skipkeys, allow_nan.</summary>
    private sealed class Encoder(PyType type, PyObject[] a) : PyObject
    {
        private readonly bool _checkCircular = a[0] is not PyNone;
        private readonly PyObject _default = a[1], _encoder = a[2];
        private readonly string _keySep = Ops.Str(a[4]), _itemSep = Ops.Str(a[5]);
        private readonly bool _sortKeys = Ops.Truth(a[6]), _skipKeys = Ops.Truth(a[7]), _allowNan = Ops.Truth(a[8]);
        private readonly HashSet<object> _markers = new(ReferenceComparer.Instance);
        // CPython's fast_encode: the encoder is _json's own encode_basestring(_ascii), so strings
        // are escaped straight into the output (0: call _encoder, 1: ascii, 2: not ascii)
        private readonly int _fast = a[2] is PyBuiltinFunction { Self: null } bf
            ? ReferenceEquals(bf.Fn, EncodeBasestringAscii) ? 1 : ReferenceEquals(bf.Fn, EncodeBasestring) ? 2 : 0
            : 0;
        public override PyType Type => type;

        private void AppendStr(StringBuilder sb, PyStr s)
        {
            if (_fast != 0) AppendEscaped(sb, s.V, _fast == 1);
            else sb.Append(Ops.Str(Ops.Call(_encoder, s)));
        }

        private string Float(PyFloat f)
        {
            double d = f.V;
            if (double.IsFinite(d)) return FloatFormat.Repr(d);
            if (!_allowNan) throw Errors.ValueError("Out of range float values are not JSON compliant");
            return double.IsNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
        }

        public void Encode(StringBuilder sb, PyObject o, int depth)
        {
            switch (o)
            {
                case PyNone: sb.Append("null"); return;
                case PyBool b: sb.Append(ReferenceEquals(b, PyBool.True) ? "true" : "false"); return;
                case PyStr ps: AppendStr(sb, ps); return;
                case PyInt i: sb.Append(i.ToDecimalString()); return;
                case PyFloat f: sb.Append(Float(f)); return;
            }
            if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack() || depth > 10000)
                throw Errors.RecursionError("maximum recursion depth exceeded while encoding a JSON object");
            if (o is PyList or PyTuple) { EncodeList(sb, o, depth); return; }
            if (o is PyDict d) { EncodeDict(sb, d, depth); return; }
            Enter(o);
            var replaced = Ops.Call(_default, o);
            Encode(sb, replaced, depth + 1);
            _markers.Remove(o);
        }

        private void Enter(PyObject o)
        {
            if (_checkCircular && !_markers.Add(o)) throw Errors.ValueError("Circular reference detected");
        }

        private void EncodeList(StringBuilder sb, PyObject seq, int depth)
        {
            // a list is read live, as PySequence_Fast_ITEMS: default() may change it meanwhile
            var list = seq as PyList;
            int count = list?.Count ?? ((PyTuple)seq).Items.Length;
            if (count == 0) { sb.Append("[]"); return; }
            Enter(seq);
            sb.Append('[');
            for (int i = 0; i < (list?.Count ?? count); i++)
            {
                if (i > 0) sb.Append(_itemSep);
                Encode(sb, list is not null ? list.Items[i] : ((PyTuple)seq).Items[i], depth + 1);
            }
            sb.Append(']');
            _markers.Remove(seq);
        }

        private void EncodeDict(StringBuilder sb, PyDict d, int depth)
        {
            if (d.Count == 0) { sb.Append("{}"); return; }
            Enter(d);
            sb.Append('{');
            bool first = true;
            if (d.Sub is null && ExactItems(d) is { } pairs)
            {
                // an exact dict's items, without the items() view and its tuples
                for (int i = 0; i < pairs.Length; i += 2) EncodeItem(sb, pairs[i], pairs[i + 1], ref first, depth);
            }
            else
            {
                var items = Ops.ToList(Ops.Call(Ops.GetAttr(d, "items")));
                if (_sortKeys)
                {
                    var l = new PyList(items);
                    Ops.Call(Ops.GetAttr(l, "sort"));
                    items = [.. l.ToArray()];
                }
                foreach (var item in items)
                {
                    var kv = (PyTuple)item;
                    EncodeItem(sb, kv.Items[0], kv.Items[1], ref first, depth);
                }
            }
            sb.Append('}');
            _markers.Remove(d);
        }

        /// <summary>An exact dict's keys and values, alternating, sorted by key when sort_keys (all
        /// keys exact strs then, else null: list.sort's comparisons and errors decide).</summary>
        private PyObject[]? ExactItems(PyDict d)
        {
            var pairs = new PyObject[d.Count * 2];
            int n = 0;
            for (int pos = 0; pos < d.EntryLimit; pos++)
            {
                if (!d.EntryAt(pos, out var k, out var v)) continue;
                if (_sortKeys && (k.GetType() != typeof(PyStr) || ((PyStr)k).Sub is not null)) return null;
                pairs[n++] = k;
                pairs[n++] = v;
            }
            if (_sortKeys && n > 2)
            {
                var keys = new PyStr[n / 2];
                var values = new PyObject[n / 2];
                for (int i = 0; i < keys.Length; i++) { keys[i] = (PyStr)pairs[2 * i]; values[i] = pairs[2 * i + 1]; }
                Array.Sort(keys, values, StrOrder.Instance);   // keys are distinct: stability cannot matter
                for (int i = 0; i < keys.Length; i++) { pairs[2 * i] = keys[i]; pairs[2 * i + 1] = values[i]; }
            }
            return pairs;
        }

        private void EncodeItem(StringBuilder sb, PyObject key, PyObject value, ref bool first, int depth)
        {
            PyStr kstr;
            switch (key)
            {
                case PyStr ks: kstr = ks; break;
                case PyFloat kf: kstr = PyStr.From(Float(kf)); break;
                case PyBool kb: kstr = PyStr.From(ReferenceEquals(kb, PyBool.True) ? "true" : "false"); break;
                case PyNone: kstr = PyStr.From("null"); break;
                case PyInt ki: kstr = PyStr.From(ki.ToDecimalString()); break;
                default:
                    if (_skipKeys) return;
                    throw Errors.TypeError($"keys must be str, int, float, bool or None, not {key.Type.Name}");
            }
            if (!first) sb.Append(_itemSep);
            first = false;
            AppendStr(sb, kstr);
            sb.Append(_keySep);
            Encode(sb, value, depth + 1);
        }
    }

    private sealed class StrOrder : IComparer<PyStr>
    {
        public static readonly StrOrder Instance = new();
        public int Compare(PyStr? a, PyStr? b) => PyStr.Compare(a!.V, b!.V);
    }
}
