using System.Text;

namespace Herthon.Runtime;

/// <summary>
/// The `_csv` module under CPython's csv.py (CPython's Modules/_csv.c): dialects with CPython's
/// validation, the reader's state machine and the writer's quoting rules, so csv files read and
/// write byte for byte as with CPython.
/// </summary>
public static class CsvModule
{
    private const int QuoteMinimal = 0, QuoteAll = 1, QuoteNonNumeric = 2, QuoteNone = 3;
    private const int NotSet = -1, Eol = -2;

    private static PyType? s_error;
    /// <summary>The module state (CPython's _csvstate): one per interpreter, since in-process runs (the
    /// tests, side by side) must not see each other's dialects or field limit.</summary>
    private sealed class ModuleState
    {
        public long FieldLimit = 128 * 1024;
        public readonly PyDict Dialects = new();
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Hosting.Host, ModuleState> s_states = new();
    private static ModuleState Current => s_states.GetValue(Hosting.Host.Current, static _ => new ModuleState());
    private static PyDict s_dialects => Current.Dialects;
    private static readonly PyType DialectType = MakeDialectType();
    private static readonly PyType ReaderType = MakeReaderType();
    private static readonly PyType WriterType = MakeWriterType();

    public static PyModule Create()
    {
        var m = new PyModule("_csv");
        s_error ??= Errors.ModuleException("Error", "_csv", TypeObjects.Exception);
        m.Add("Error", s_error);
        m.Add("__version__", PyStr.From("1.0"));
        m.Add("QUOTE_MINIMAL", PyInt.From(QuoteMinimal));
        m.Add("QUOTE_ALL", PyInt.From(QuoteAll));
        m.Add("QUOTE_NONNUMERIC", PyInt.From(QuoteNonNumeric));
        m.Add("QUOTE_NONE", PyInt.From(QuoteNone));
        m.Add("Dialect", DialectType);
        m.Add("Reader", ReaderType);
        m.Add("Writer", WriterType);
        m.AddFunction("reader", static (a, kw) =>
        {
            int n = Args.Positional(a, kw);
            if (n < 1) throw Errors.TypeError("expected at least 1 argument, got 0");
            var input = Ops.GetIter(a[0]);
            return new Reader(input, MakeDialect(n > 1 ? a[1] : null, a, kw));
        });
        m.AddFunction("writer", static (a, kw) =>
        {
            int n = Args.Positional(a, kw);
            if (n < 1) throw Errors.TypeError("expected at least 1 argument, got 0");
            var write = Ops.GetAttrOrNull(a[0], PyStr.From("write"));
            if (write is null || !Builtins.IsCallable(write)) throw Errors.TypeError("argument 1 must have a \"write\" method");
            return new Writer(write, MakeDialect(n > 1 ? a[1] : null, a, kw));
        });
        m.AddFunction("register_dialect", static (a, kw) =>
        {
            int n = Args.Positional(a, kw);
            if (n < 1) throw Errors.TypeError("register_dialect() expected at least 1 argument, got 0");
            if (n > 2) throw Errors.TypeError($"register_dialect() expected at most 2 arguments, got {n}");
            if (a[0] is not PyStr) throw Errors.TypeError("dialect name must be a string");
            s_dialects.SetItem(a[0], MakeDialect(n > 1 ? a[1] : null, a, kw));
            return PyNone.Instance;
        });
        m.AddFunction("unregister_dialect", static (a, kw) =>
        {
            Args.Count("unregister_dialect", a, kw, 1, 1);
            if (!s_dialects.Remove(a[0])) throw Error("unknown dialect");
            return PyNone.Instance;
        });
        m.AddFunction("get_dialect", static (a, kw) => { Args.Count("get_dialect", a, kw, 1, 1); return GetDialect(a[0]); });
        m.AddFunction("list_dialects", static (a, kw) =>
        {
            Args.Count("list_dialects", a, kw, 0, 0);
            var l = new PyList();
            foreach (var kv in s_dialects.Items()) l.Append(kv.Key);
            return l;
        });
        m.AddFunction("field_size_limit", static (a, kw) =>
        {
            Args.OnlyKw("field_size_limit", kw, "new_limit");
            int n = Args.Positional(a, kw);
            if (n > 1) throw Errors.TypeError($"field_size_limit expected at most 1 argument, got {n}");
            long old = Current.FieldLimit;
            var limit = n > 0 ? a[0] : Args.Kw(a, kw, "new_limit");
            if (limit is not null)
            {
                if (limit is not PyInt li) throw Errors.TypeError("limit must be an integer");
                Current.FieldLimit = li.Big is null ? li.V : throw Errors.OverflowError("Python int too large to convert to C long");
            }
            return PyInt.From(old);
        });
        return m;
    }

    private static PyException Error(string message) => Errors.Make(s_error!, message);

    private static Dialect GetDialect(PyObject name) =>
        s_dialects.Get(name) as Dialect ?? throw Error("unknown dialect");

    /// <summary>A validated dialect (_csv.Dialect): immutable once made.</summary>
    private sealed class Dialect(PyType type) : PyObject
    {
        public int Delimiter = ',', QuoteChar = '"', EscapeChar = NotSet, Quoting = QuoteMinimal;
        public bool DoubleQuote = true, SkipInitialSpace, Strict;
        public string LineTerminator = "\r\n";
        public override PyType Type => type;
    }

    private static readonly string[] DialectKeywords =
        ["delimiter", "doublequote", "escapechar", "lineterminator", "quotechar", "quoting", "skipinitialspace", "strict"];

    /// <summary>CPython's dialect_new: a dialect from a name, a dialect-like object and keyword overrides.</summary>
    private static Dialect MakeDialect(PyObject? source, ReadOnlySpan<PyObject> a, string[]? kw, PyType? type = null)
    {
        var given = new PyObject?[DialectKeywords.Length];
        PyObject? fromKw = null;
        if (kw is not null)
        {
            int bas = a.Length - kw.Length;
            for (int i = 0; i < kw.Length; i++)
            {
                int k = Array.IndexOf(DialectKeywords, kw[i]);
                if (k >= 0) given[k] = a[bas + i];
                else if (kw[i] == "dialect") fromKw = a[bas + i];
                else throw Errors.TypeError($"'{kw[i]}' is an invalid keyword argument for Dialect()");
            }
        }
        source ??= fromKw;
        if (source is PyStr) source = GetDialect(source);
        // A ready dialect with nothing to override is shared, as CPython does.
        if (source is Dialect ready && Array.TrueForAll(given, g => g is null) && (type is null || ReferenceEquals(type, DialectType)))
            return ready;
        if (source is not null)
            for (int i = 0; i < given.Length; i++)
                given[i] ??= Ops.GetAttrOrNull(source, PyStr.From(DialectKeywords[i]));

        var d = new Dialect(type ?? DialectType);
        d.Delimiter = Char("delimiter", given[0], ',', orNone: false);
        if (given[1] is { } dq) d.DoubleQuote = Ops.Truth(dq);
        d.EscapeChar = Char("escapechar", given[2], NotSet, orNone: true);
        if (given[3] is { } lt)
        {
            if (lt is PyNone) d.LineTerminator = null!;
            else if (lt is PyStr ls) d.LineTerminator = ls.V;
            else throw Errors.TypeError("\"lineterminator\" must be a string");
        }
        d.QuoteChar = Char("quotechar", given[4], '"', orNone: true);
        if (given[5] is { } q)
        {
            if (q is not PyInt qi) throw Errors.TypeError("\"quoting\" must be an integer");
            d.Quoting = (int)qi.V;
        }
        if (given[6] is { } sis) d.SkipInitialSpace = Ops.Truth(sis);
        if (given[7] is { } st) d.Strict = Ops.Truth(st);

        if (d.Quoting is < QuoteMinimal or > QuoteNone) throw Errors.TypeError("bad \"quoting\" value");
        if (d.Delimiter == NotSet) throw Errors.TypeError("\"delimiter\" must be a 1-character string");
        if (given[4] is PyNone && given[5] is null) d.Quoting = QuoteNone;
        if (d.Quoting != QuoteNone && d.QuoteChar == NotSet) throw Errors.TypeError("quotechar must be set if quoting enabled");
        if (d.LineTerminator is null) throw Errors.TypeError("lineterminator must be set");
        return d;
    }

    private static int Char(string name, PyObject? src, int dflt, bool orNone)
    {
        if (src is null) return dflt;
        if (orNone && src is PyNone) return NotSet;
        if (src is not PyStr s)
            throw Errors.TypeError(orNone ? $"\"{name}\" must be string or None, not {src.Type.Name}" : $"\"{name}\" must be string, not {src.Type.Name}");
        var runes = s.V.EnumerateRunes();
        int count = 0, value = 0;
        foreach (var r in runes) { value = r.Value; count++; }
        if (count != 1) throw Errors.TypeError($"\"{name}\" must be a 1-character string");
        return value;
    }

    private static PyObject CharOrNone(int c) => c == NotSet ? PyNone.Instance : PyStr.From(char.ConvertFromUtf32(c));

    private static PyType MakeDialectType()
    {
        var t = new PyType("Dialect", [TypeObjects.Object], true) { Module = "_csv" };
        t.ComputeMro();
        t.New = static (cls, a, kw) =>
        {
            int n = Args.Positional(a, kw);
            if (n > 1) throw Errors.TypeError($"Dialect() takes at most 1 positional argument ({n} given)");
            return MakeDialect(n > 0 ? a[0] : null, a, kw, cls);
        };
        t.TypeDict["delimiter"] = new PyGetSetDescriptor("delimiter", o => CharOrNone(((Dialect)o).Delimiter));
        t.TypeDict["quotechar"] = new PyGetSetDescriptor("quotechar", o => CharOrNone(((Dialect)o).QuoteChar));
        t.TypeDict["escapechar"] = new PyGetSetDescriptor("escapechar", o => CharOrNone(((Dialect)o).EscapeChar));
        t.TypeDict["lineterminator"] = new PyGetSetDescriptor("lineterminator", o => PyStr.From(((Dialect)o).LineTerminator));
        t.TypeDict["quoting"] = new PyGetSetDescriptor("quoting", o => PyInt.From(((Dialect)o).Quoting));
        t.TypeDict["doublequote"] = new PyGetSetDescriptor("doublequote", o => PyBool.From(((Dialect)o).DoubleQuote));
        t.TypeDict["skipinitialspace"] = new PyGetSetDescriptor("skipinitialspace", o => PyBool.From(((Dialect)o).SkipInitialSpace));
        t.TypeDict["strict"] = new PyGetSetDescriptor("strict", o => PyBool.From(((Dialect)o).Strict));
        return t;
    }

    private enum State { StartRecord, StartField, EscapedChar, InField, InQuotedField, EscapeInQuotedField, QuoteInQuotedField, EatCrnl, AfterEscapedCrnl }

    /// <summary>_csv.reader: iterates records, parsing with CPython's state machine.</summary>
    private sealed class Reader(PyIterator input, Dialect dialect) : PyIterator
    {
        public readonly Dialect Dialect = dialect;
        public long LineNum;
        private readonly StringBuilder _field = new();
        private PyList _fields = new();
        private readonly ModuleState _module = Current;   // field_size_limit, read as CPython reads it: at each character
        private State _state;
        private bool _numeric;

        public override PyType Type => ReaderType;

        public override PyObject? Next()
        {
            _fields = new PyList();
            _field.Clear();
            _state = State.StartRecord;
            _numeric = false;
            do
            {
                var line = input.Next();
                if (line is null)
                {
                    if (_field.Length != 0 || _state == State.InQuotedField)
                    {
                        if (Dialect.Strict) throw Error("unexpected end of data");
                        SaveField();
                        break;
                    }
                    return null;
                }
                if (line is not PyStr s)
                    throw Error($"iterator should return strings, not {line.Type.Name} (the file should be opened in text mode)");
                LineNum++;
                foreach (var r in s.V.EnumerateRunes()) Process(r.Value);
                Process(Eol);
            } while (_state != State.StartRecord);
            return _fields;
        }

        private void AddChar(int c)
        {
            if (_field.Length >= _module.FieldLimit) throw Error($"field larger than field limit ({_module.FieldLimit})");
            if (c < 0x10000) _field.Append((char)c); else _field.Append(char.ConvertFromUtf32(c));
        }

        private void SaveField()
        {
            PyObject field = PyStr.From(_field.ToString());
            _field.Clear();
            if (_numeric)
            {
                _numeric = false;
                field = TypeCall.Call(TypeObjects.Float, [field], null);
            }
            _fields.Append(field);
        }

        private void Process(int c)
        {
            var d = Dialect;
            switch (_state)
            {
                case State.StartRecord:
                    if (c == Eol) break;
                    if (c is '\n' or '\r') { _state = State.EatCrnl; break; }
                    _state = State.StartField;
                    goto case State.StartField;
                case State.StartField:
                    if (c is '\n' or '\r' or Eol)
                    {
                        SaveField();
                        _state = c == Eol ? State.StartRecord : State.EatCrnl;
                    }
                    else if (c == d.QuoteChar && d.Quoting != QuoteNone) _state = State.InQuotedField;
                    else if (c == d.EscapeChar) _state = State.EscapedChar;
                    else if (c == ' ' && d.SkipInitialSpace) { }
                    else if (c == d.Delimiter) SaveField();
                    else
                    {
                        if (d.Quoting == QuoteNonNumeric) _numeric = true;
                        AddChar(c);
                        _state = State.InField;
                    }
                    break;
                case State.EscapedChar:
                    if (c is '\n' or '\r')
                    {
                        AddChar(c);
                        _state = State.AfterEscapedCrnl;
                        break;
                    }
                    AddChar(c == Eol ? '\n' : c);
                    _state = State.InField;
                    break;
                case State.AfterEscapedCrnl:
                    if (c == Eol) break;
                    goto case State.InField;
                case State.InField:
                    if (c is '\n' or '\r' or Eol)
                    {
                        SaveField();
                        _state = c == Eol ? State.StartRecord : State.EatCrnl;
                    }
                    else if (c == d.EscapeChar) _state = State.EscapedChar;
                    else if (c == d.Delimiter) { SaveField(); _state = State.StartField; }
                    else AddChar(c);
                    break;
                case State.InQuotedField:
                    if (c == Eol) { }
                    else if (c == d.EscapeChar) _state = State.EscapeInQuotedField;
                    else if (c == d.QuoteChar && d.Quoting != QuoteNone)
                        _state = d.DoubleQuote ? State.QuoteInQuotedField : State.InField;
                    else AddChar(c);
                    break;
                case State.EscapeInQuotedField:
                    AddChar(c == Eol ? '\n' : c);
                    _state = State.InQuotedField;
                    break;
                case State.QuoteInQuotedField:
                    if (d.Quoting != QuoteNone && c == d.QuoteChar) { AddChar(c); _state = State.InQuotedField; }
                    else if (c == d.Delimiter) { SaveField(); _state = State.StartField; }
                    else if (c is '\n' or '\r' or Eol)
                    {
                        SaveField();
                        _state = c == Eol ? State.StartRecord : State.EatCrnl;
                    }
                    else if (!d.Strict) { AddChar(c); _state = State.InField; }
                    else throw Error($"'{char.ConvertFromUtf32(d.Delimiter)}' expected after '{char.ConvertFromUtf32(d.QuoteChar)}'");
                    break;
                case State.EatCrnl:
                    if (c is '\n' or '\r') { }
                    else if (c == Eol) _state = State.StartRecord;
                    else throw Error("new-line character seen in unquoted field - do you need to open the file in universal-newline mode?");
                    break;
            }
        }
    }

    private static PyType MakeReaderType()
    {
        var t = new PyType("reader", [TypeObjects.Object], true) { Module = "_csv" };
        t.ComputeMro();
        t.New = static (cls, a, kw) => throw Errors.TypeError("cannot create '_csv.reader' instances");
        t.SetMethod("__iter__", static (a, kw) => a[0]);
        t.SetMethod("__next__", static (a, kw) => a[0] is PyIterator it ? it.Next() ?? throw Errors.StopIteration() : throw Errors.TypeError("expected a reader"));
        t.TypeDict["dialect"] = new PyGetSetDescriptor("dialect", o => ((Reader)o).Dialect);
        t.TypeDict["line_num"] = new PyGetSetDescriptor("line_num", o => PyInt.From(((Reader)o).LineNum));
        return t;
    }

    /// <summary>_csv.writer: formats records with CPython's quoting and escaping rules.</summary>
    private sealed class Writer(PyObject write, Dialect dialect) : PyObject
    {
        public readonly Dialect Dialect = dialect;
        public override PyType Type => WriterType;

        public PyObject WriteRow(PyObject row)
        {
            var d = Dialect;
            PyIterator iter;
            try { iter = Ops.GetIter(row); }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(TypeObjects.TypeError))
            {
                throw Error($"iterable expected, not {row.Type.Name}");
            }
            var rec = new StringBuilder();
            int fields = 0;
            while (iter.Next() is { } field)
            {
                bool quoted = d.Quoting switch
                {
                    QuoteNonNumeric => !IsNumber(field),
                    QuoteAll => true,
                    _ => false,
                };
                string? text = field is PyStr s ? s.V : field is PyNone ? null : Ops.Str(field);
                Append(rec, text, quoted, fields++ > 0);
            }
            if (fields > 0 && rec.Length == 0)
            {
                if (d.Quoting == QuoteNone) throw Error("single empty field record must be quoted");
                Append(rec, null, true, false);
            }
            rec.Append(d.LineTerminator);
            return Ops.Call(write, PyStr.From(rec.ToString()));
        }

        /// <summary>CPython's join_append_data: quote when a special character needs it, escape where quoting cannot help.</summary>
        private void Append(StringBuilder rec, string? field, bool quoted, bool separator)
        {
            var d = Dialect;
            if (separator) rec.Append(char.ConvertFromUtf32(d.Delimiter));
            var body = new StringBuilder();
            if (field is not null)
            {
                foreach (var r in field.EnumerateRunes())
                {
                    int c = r.Value;
                    if (c == d.Delimiter || c == d.EscapeChar || c == d.QuoteChar || (c < 0x10000 && d.LineTerminator.Contains((char)c)))
                    {
                        bool wantEscape = false;
                        if (d.Quoting == QuoteNone) wantEscape = true;
                        else
                        {
                            if (c == d.QuoteChar)
                            {
                                if (d.DoubleQuote) body.Append(char.ConvertFromUtf32(d.QuoteChar));
                                else wantEscape = true;
                            }
                            else if (c == d.EscapeChar) wantEscape = true;
                            if (!wantEscape) quoted = true;
                        }
                        if (wantEscape)
                        {
                            if (d.EscapeChar == NotSet) throw Error("need to escape, but no escapechar set");
                            body.Append(char.ConvertFromUtf32(d.EscapeChar));
                        }
                    }
                    body.Append(r.ToString());
                }
            }
            if (quoted) rec.Append(char.ConvertFromUtf32(d.QuoteChar)).Append(body).Append(char.ConvertFromUtf32(d.QuoteChar));
            else rec.Append(body);
        }

        /// <summary>PyNumber_Check: ints, floats, complex, and objects with __index__/__int__/__float__/__complex__.</summary>
        private static bool IsNumber(PyObject o) =>
            o is PyInt or PyFloat || o.Type.Lookup("__index__") is not null || o.Type.Lookup("__int__") is not null
            || o.Type.Lookup("__float__") is not null || o.Type.Lookup("__complex__") is not null;
    }

    private static PyType MakeWriterType()
    {
        var t = new PyType("writer", [TypeObjects.Object], true) { Module = "_csv" };
        t.ComputeMro();
        t.New = static (cls, a, kw) => throw Errors.TypeError("cannot create '_csv.writer' instances");
        t.SetMethod("writerow", static (a, kw) => { Args.Method("writerow", a, kw, 1, 1); return ((Writer)a[0]).WriteRow(a[1]); });
        t.SetMethod("writerows", static (a, kw) =>
        {
            Args.Method("writerows", a, kw, 1, 1);
            var w = (Writer)a[0];
            var iter = Ops.GetIter(a[1]);
            while (iter.Next() is { } row) w.WriteRow(row);
            return PyNone.Instance;
        });
        t.TypeDict["dialect"] = new PyGetSetDescriptor("dialect", o => ((Writer)o).Dialect);
        return t;
    }
}
