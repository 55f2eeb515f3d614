namespace Herthon.Runtime;

/// <summary>`_string` (the parser behind string.Formatter), after CPython's Objects/stringlib/unicode_format.h:
/// formatter_parser splits a format string into (literal, field_name, format_spec, conversion) tuples and
/// formatter_field_name_split splits a field name into its first part and its .attr / [key] accessors.</summary>
public static class StringModule
{
    public static PyModule Create()
    {
        var m = new PyModule("_string");
        m.AddFunction("formatter_parser", static (a, kw) =>
        {
            Args.Count("formatter_parser", a, kw, 1, 1);
            if (a[0] is not PyStr s) throw Errors.TypeError($"expected str, got {a[0].Type.Name}");
            return new ListIteratorOver(Parse(s.V));
        });
        m.AddFunction("formatter_field_name_split", static (a, kw) =>
        {
            Args.Count("formatter_field_name_split", a, kw, 1, 1);
            if (a[0] is not PyStr s) throw Errors.TypeError($"expected str, got {a[0].Type.Name}");
            var (first, rest) = SplitFieldName(s.V);
            return PyTuple.Of(first, new ListIteratorOver(rest));
        });
        return m;
    }

    /// <summary>An iterator over precomputed items (the parse errors surface when the iterator is created, not lazily).</summary>
    private sealed class ListIteratorOver(List<PyObject> items) : PyIterator
    {
        private int _i;
        public override PyObject? Next() => _i < items.Count ? items[_i++] : null;
    }

    private static List<PyObject> Parse(string s)
    {
        var result = new List<PyObject>();
        int pos = 0, end = s.Length;
        while (pos < end)
        {
            int start = pos;
            char c = '\0';
            bool markupFollows = false;
            while (pos < end)
            {
                c = s[pos++];
                if (c is '{' or '}') { markupFollows = true; break; }
            }
            bool atEnd = pos >= end;
            int len = pos - start;
            if (c == '}' && markupFollows && (atEnd || c != s[pos])) throw Errors.ValueError("Single '}' encountered in format string");
            if (atEnd && c == '{' && markupFollows) throw Errors.ValueError("Single '{' encountered in format string");
            if (!atEnd && markupFollows)
            {
                if (c == s[pos]) { pos++; markupFollows = false; }
                else len--;
            }
            var literal = PyStr.From(s.Substring(start, len));
            if (!markupFollows)
            {
                result.Add(PyTuple.Of(literal, PyNone.Instance, PyNone.Instance, PyNone.Instance));
                continue;
            }
            result.Add(ParseField(s, ref pos, literal));
        }
        return result;
    }

    /// <summary>The field after a '{': its name (brackets may hold any character), an optional !conversion
    /// and an optional :format_spec whose nested braces must balance.</summary>
    private static PyTuple ParseField(string s, ref int pos, PyStr literal)
    {
        int end = s.Length, nameStart = pos;
        char c = '\0';
        bool stopped = false;
        while (pos < end)
        {
            c = s[pos++];
            if (c == '{') throw Errors.ValueError("unexpected '{' in field name");
            if (c == '[')
            {
                while (pos < end && s[pos] != ']') pos++;
                continue;
            }
            if (c is '}' or ':' or '!') { stopped = true; break; }
        }
        if (!stopped) throw Errors.ValueError("expected '}' before end of string");
        var name = PyStr.From(s.Substring(nameStart, pos - 1 - nameStart));
        PyObject conversion = PyNone.Instance;
        if (c == '!')
        {
            if (pos >= end) throw Errors.ValueError("end of string while looking for conversion specifier");
            conversion = PyStr.FromChar(s[pos++]);
            c = pos < end ? s[pos++] : ':';
            if (c is not (':' or '}')) throw Errors.ValueError("expected ':' after conversion specifier");
        }
        if (c == '}') return PyTuple.Of(literal, name, PyStr.From(""), conversion);
        int count = 1, specStart = pos;
        while (pos < end)
        {
            c = s[pos++];
            if (c == '{') count++;
            else if (c == '}' && --count == 0) break;
        }
        if (count > 0) throw Errors.ValueError("unmatched '{' in format spec");
        return PyTuple.Of(literal, name, PyStr.From(s.Substring(specStart, pos - 1 - specStart)), conversion);
    }

    private static PyObject NameOrIndex(string s)
    {
        if (s.Length == 0) return PyStr.From(s);
        foreach (char ch in s) if (!char.IsAsciiDigit(ch)) return PyStr.From(s);
        return PyInt.From(System.Numerics.BigInteger.Parse(s));
    }

    private static (PyObject, List<PyObject>) SplitFieldName(string s)
    {
        int pos = 0;
        while (pos < s.Length && s[pos] is not ('.' or '[')) pos++;
        var first = NameOrIndex(s[..pos]);
        var rest = new List<PyObject>();
        while (pos < s.Length)
        {
            char c = s[pos++];
            if (c == '.')
            {
                int start = pos;
                while (pos < s.Length && s[pos] is not ('.' or '[')) pos++;
                if (pos == start) throw Errors.ValueError("Empty attribute in format string");
                rest.Add(PyTuple.Of(PyBool.True, PyStr.From(s[start..pos])));
            }
            else if (c == '[')
            {
                int start = pos;
                while (pos < s.Length && s[pos] != ']') pos++;
                if (pos >= s.Length) throw Errors.ValueError("Missing ']' in format string");
                var key = s[start..pos];
                pos++;
                if (key.Length == 0) throw Errors.ValueError("Empty attribute in format string");
                rest.Add(PyTuple.Of(PyBool.False, NameOrIndex(key)));
            }
            else throw Errors.ValueError("Only '.' or '[' may follow ']' in format field specifier");
        }
        return (first, rest);
    }
}
