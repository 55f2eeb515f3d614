using System.Text;
using Herthon.Evaluation;

namespace Herthon.Runtime;

/// <summary>
/// The parts of CPython's _json.c that json uses only for speed: `make_scanner` (c_make_scanner,
/// the recursive-descent scanner json.decoder otherwise builds from closures and regular
/// expressions) and `encode_basestring` / `encode_basestring_ascii` (otherwise a re.sub with a
/// Python callback per escaped character). Results, error types, messages and positions are those
/// of the pure-Python versions they replace.
/// </summary>
public static partial class JsonModule
{
    private static void AddSpeedups(PyModule m)
    {
        m.AddFunction("encode_basestring_ascii", EncodeBasestringAscii);
        m.AddFunction("encode_basestring", EncodeBasestring);

        var scanner = new PyType("Scanner", [TypeObjects.Object], true) { Module = "_json" };
        scanner.ComputeMro();
        scanner.New = static (cls, a, kw) =>
        {
            PyObject? ctx = Args.Kw(a, kw, "context");
            int positional = Args.Positional(a, kw);
            if (positional + (ctx is null ? 0 : 1) != 1 || (kw is { Length: > 0 } && ctx is null))
                throw Errors.TypeError($"make_scanner() takes exactly 1 argument ({a.Length} given)");
            return new Scanner(cls, ctx ?? a[0]);
        };
        scanner.SetMethod("__call__", static (a, kw) =>
        {
            var self = (Scanner)a[0];
            PyObject? str = Args.Kw(a, kw, "string"), idx = Args.Kw(a, kw, "idx");
            int positional = Args.Positional(a, kw) - 1;
            if (positional > 0) str ??= a[1];
            if (positional > 1) idx ??= a[2];
            if (positional > 2 || str is null || idx is null)
                throw Errors.TypeError($"scan_once() takes exactly 2 arguments ({a.Length - 1} given)");
            if (str is not PyStr s) throw Errors.TypeError($"first argument must be a string, not {str.Type.Name}");
            return self.Call(s, Ops.IndexValue(idx));
        });
        m.Add("make_scanner", scanner);
    }

    // The encoder recognises these two (CPython's s->fast_encode) and escapes into its buffer directly.
    private static readonly BuiltinFn EncodeBasestringAscii = static (a, kw) =>
    {
        Args.Count("encode_basestring_ascii", a, kw, 1, 1);
        return PyStr.From(EscapeString(a[0], ascii: true));
    };
    private static readonly BuiltinFn EncodeBasestring = static (a, kw) =>
    {
        Args.Count("encode_basestring", a, kw, 1, 1);
        return PyStr.From(EscapeString(a[0], ascii: false));
    };

    /// <summary>The JSON string literal for s, quotes included: only '"', '\\' and control
    /// characters escaped, or (ascii) everything outside ' '..'~' as \uXXXX, a character beyond
    /// the BMP as its surrogate pair, as json.encoder's py_encode_basestring(_ascii).</summary>
    private static string EscapeString(PyObject o, bool ascii)
    {
        if (o is not PyStr ps) throw Errors.TypeError($"first argument must be a string, not {o.Type.Name}");
        string v = ps.V;
        int i = PlainPrefix(v, ascii);
        if (i == v.Length) return string.Concat("\"", v, "\"");
        var sb = new StringBuilder(v.Length + 16);
        AppendEscaped(sb, v, ascii);
        return sb.ToString();
    }

    /// <summary>The length of v's prefix that needs no escaping.</summary>
    private static int PlainPrefix(string v, bool ascii)
    {
        int i = 0;
        while (i < v.Length && v[i] >= ' ' && v[i] != '"' && v[i] != '\\' && (!ascii || v[i] <= '~')) i++;
        return i;
    }

    private const string HexDigits = "0123456789abcdef";

    /// <summary>Appends EscapeString's literal of v to sb.</summary>
    private static void AppendEscaped(StringBuilder sb, string v, bool ascii)
    {
        int i = PlainPrefix(v, ascii);
        sb.Append('"').Append(v, 0, i);
        for (; i < v.Length; i++)
        {
            char c = v[i];
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                default:
                    // .NET strings are UTF-16: a character beyond the BMP already is its surrogate pair
                    if (c < ' ' || (ascii && c > '~'))
                        sb.Append("\\u").Append(HexDigits[c >> 12]).Append(HexDigits[(c >> 8) & 15]).Append(HexDigits[(c >> 4) & 15]).Append(HexDigits[c & 15]);
                    else sb.Append(c);
                    break;
            }
        }
        sb.Append('"');
    }

    /// <summary>c_make_scanner(context): scan_once(string, idx) -> (value, end), StopIteration(idx)
    /// where no JSON value starts.</summary>
    private sealed class Scanner : PyObject
    {
        private readonly PyType _type;
        private readonly bool _strict;
        private readonly PyObject _objectHook, _pairsHook, _parseFloat, _parseInt, _parseConstant;
        private readonly Dictionary<string, PyStr> _memo;
        private readonly Dictionary<string, PyStr>.AlternateLookup<ReadOnlySpan<char>> _memoLookup;
        // the document being scanned, as its UTF-16 text: indices are UTF-16 ones inside the
        // scanner, code points (Python's) at its ends and in error positions (Pos) when the text
        // has astral characters
        private PyStr _doc = PyStr.Empty;
        private string _v = "";
        private bool _astral;
        private int _len;

        public Scanner(PyType type, PyObject ctx)
        {
            _type = type;
            _memo = new(StringComparer.Ordinal);
            _memoLookup = _memo.GetAlternateLookup<ReadOnlySpan<char>>();
            _strict = Ops.Truth(Ops.GetAttr(ctx, "strict"));
            _objectHook = Ops.GetAttr(ctx, "object_hook");
            _pairsHook = Ops.GetAttr(ctx, "object_pairs_hook");
            _parseFloat = Ops.GetAttr(ctx, "parse_float");
            _parseInt = Ops.GetAttr(ctx, "parse_int");
            _parseConstant = Ops.GetAttr(ctx, "parse_constant");
        }

        public override PyType Type => _type;

        public PyObject Call(PyStr s, long idx)
        {
            var (doc, v, astral, len) = (_doc, _v, _astral, _len);     // a hook may re-enter this scanner
            _doc = s;
            _astral = s.HasAstral;
            _v = s.V;
            _len = _v.Length;
            try
            {
                if (_astral && idx >= 0)
                {
                    if (idx >= PyStr.CodePointCount(_v)) throw PyGenerator.MakeStopIteration(PyInt.From(idx));
                    idx = Utf16Index(_v, idx);
                }
                var value = ScanOnce(idx, out long end);
                return PyTuple.From([value, PyInt.From(Pos(end))]);
            }
            finally
            {
                _memo.Clear();
                (_doc, _v, _astral, _len) = (doc, v, astral, len);
            }
        }

        private int At(long i) => _v[(int)i];

        private string Slice(long start, long end) => _v.Substring((int)start, (int)(end - start));

        /// <summary>The code-point index of UTF-16 index i (the scanner's results and error positions).</summary>
        private long Pos(long i) => _astral && i > 0 ? _doc.CodePointIndex((int)i) : i;

        private bool Matches(long idx, string word)
        {
            if (idx + word.Length > _len) return false;
            for (int k = 0; k < word.Length; k++) if (At(idx + k) != word[k]) return false;
            return true;
        }

        private long SkipWhitespace(long idx)
        {
            while (idx < _len && At(idx) is ' ' or '\t' or '\n' or '\r') idx++;
            return idx;
        }

        private PyObject ScanOnce(long idx, out long end)
        {
            if (idx < 0) throw Errors.ValueError("idx cannot be negative");
            if (idx >= _len) throw PyGenerator.MakeStopIteration(PyInt.From(Pos(idx)));
            switch (At(idx))
            {
                case '"':
                    return ScanUtf16(_doc, idx + 1, _strict, out end);
                case '{':
                {
                    var ts = ThreadState.EnterRecursiveCall(" while decoding a JSON object from a unicode string");
                    try { return ParseObject(idx + 1, out end); }
                    finally { ts.Depth--; }
                }
                case '[':
                {
                    var ts = ThreadState.EnterRecursiveCall(" while decoding a JSON array from a unicode string");
                    try { return ParseArray(idx + 1, out end); }
                    finally { ts.Depth--; }
                }
                case 'n' when Matches(idx, "null"): end = idx + 4; return PyNone.Instance;
                case 't' when Matches(idx, "true"): end = idx + 4; return PyBool.True;
                case 'f' when Matches(idx, "false"): end = idx + 5; return PyBool.False;
                case 'N' when Matches(idx, "NaN"): end = idx + 3; return Ops.Call(_parseConstant, PyStr.From("NaN"));
                case 'I' when Matches(idx, "Infinity"): end = idx + 8; return Ops.Call(_parseConstant, PyStr.From("Infinity"));
                case '-' when Matches(idx, "-Infinity"): end = idx + 9; return Ops.Call(_parseConstant, PyStr.From("-Infinity"));
            }
            return ParseNumber(idx, out end);
        }

        private static bool IsDigit(int c) => c >= '0' && c <= '9';

        /// <summary>-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?, as json.scanner's NUMBER_RE.</summary>
        private PyObject ParseNumber(long start, out long end)
        {
            long idx = start;
            if (At(idx) == '-' && ++idx >= _len) throw PyGenerator.MakeStopIteration(PyInt.From(Pos(start)));
            int c = At(idx);
            if (c >= '1' && c <= '9') { idx++; while (idx < _len && IsDigit(At(idx))) idx++; }
            else if (c == '0') idx++;
            else throw PyGenerator.MakeStopIteration(PyInt.From(Pos(start)));
            bool isFloat = false;
            if (idx + 1 < _len && At(idx) == '.' && IsDigit(At(idx + 1)))
            {
                isFloat = true;
                idx += 2;
                while (idx < _len && IsDigit(At(idx))) idx++;
            }
            if (idx + 1 < _len && At(idx) is 'e' or 'E')
            {
                long e = idx++;
                if (At(idx) is '-' or '+') idx++;
                long digits = idx;
                while (idx < _len && IsDigit(At(idx))) idx++;
                if (idx > digits) isFloat = true;
                else idx = e;
            }
            end = idx;
            string text = Slice(start, idx);
            if (isFloat)
            {
                if (!ReferenceEquals(_parseFloat, TypeObjects.Float)) return Ops.Call(_parseFloat, PyStr.From(text));
                return new PyFloat(double.Parse(text, System.Globalization.CultureInfo.InvariantCulture));
            }
            if (!ReferenceEquals(_parseInt, TypeObjects.Int)) return Ops.Call(_parseInt, PyStr.From(text));
            return text.Length <= 18 ? PyInt.From(long.Parse(text, System.Globalization.CultureInfo.InvariantCulture)) : Builtins.ParseInt(text, 10);
        }

        private PyObject ParseObject(long idx, out long end)
        {
            bool pairs = _pairsHook is not PyNone;
            var list = pairs ? new PyList() : null;
            var dict = pairs ? null : new PyDict();
            idx = SkipWhitespace(idx);
            if (idx >= _len || At(idx) != '}')
            {
                while (true)
                {
                    if (idx >= _len || At(idx) != '"')
                        throw DecodeError("Expecting property name enclosed in double quotes", _doc, Pos(idx));
                    var key = MemoKey(idx + 1, out idx);
                    idx = SkipWhitespace(idx);
                    if (idx >= _len || At(idx) != ':') throw DecodeError("Expecting ':' delimiter", _doc, Pos(idx));
                    idx = SkipWhitespace(idx + 1);
                    var value = ScanOnce(idx, out idx);
                    if (list is not null) list.Append(PyTuple.From([key, value]));
                    else dict!.SetItem(key, value);
                    idx = SkipWhitespace(idx);
                    if (idx < _len && At(idx) == '}') break;
                    if (idx >= _len || At(idx) != ',') throw DecodeError("Expecting ',' delimiter", _doc, Pos(idx));
                    idx = SkipWhitespace(idx + 1);
                }
            }
            end = idx + 1;
            if (list is not null) return Ops.Call(_pairsHook, list);
            return _objectHook is PyNone ? dict! : Ops.Call(_objectHook, dict!);
        }

        /// <summary>The key string starting after the quote at start-1, the memo's copy when the
        /// document had it before (a key without escapes is looked up before it is copied out).</summary>
        private PyStr MemoKey(long start, out long end)
        {
            {
                int q = (int)start;
                string v = _v;
                while (q < v.Length && v[q] != '"' && v[q] != '\\' && v[q] > 0x1f) q++;
                if (q < v.Length && v[q] == '"' && _memoLookup.TryGetValue(v.AsSpan((int)start, q - (int)start), out var seen))
                {
                    end = q + 1;
                    return seen;
                }
            }
            var key = ScanUtf16(_doc, start, _strict, out end);
            if (_memo.TryGetValue(key.V, out var known)) return known;
            _memo[key.V] = key;
            return key;
        }

        private PyObject ParseArray(long idx, out long end)
        {
            var list = new PyList();
            idx = SkipWhitespace(idx);
            if (idx >= _len || At(idx) != ']')
            {
                while (true)
                {
                    list.Append(ScanOnce(idx, out idx));
                    idx = SkipWhitespace(idx);
                    if (idx < _len && At(idx) == ']') break;
                    if (idx >= _len || At(idx) != ',') throw DecodeError("Expecting ',' delimiter", _doc, Pos(idx));
                    idx = SkipWhitespace(idx + 1);
                }
            }
            end = idx + 1;
            return list;
        }
    }
}
