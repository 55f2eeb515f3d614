using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace Herthon.Runtime;

/// <summary>
/// `_re`: the regular-expression engine under Lib/re.py. Python patterns are translated to .NET
/// syntax with every group made unnamed, so group numbers follow Python's left-to-right order;
/// names are mapped to numbers here. Matches come back as tuples of (start, end) spans.
/// </summary>
public static class ReModule
{
    sealed record Compiled(Regex Regex, int Groups, Dictionary<string, int> Names);

    static readonly ConcurrentDictionary<(string, long), Compiled> Cache = new();

    public static PyModule Create()
    {
        var m = new PyModule("_re");
        // groupinfo(pattern, flags) -> (group count, {name: index})
        m.AddFunction("groupinfo", static (a, kw) =>
        {
            var c = Get(a);
            var d = new PyDict();
            foreach (var kv in c.Names) d.SetItem(PyStr.From(kv.Key), PyInt.From(kv.Value));
            return PyTuple.Of(PyInt.From(c.Groups), d);
        });
        // match(pattern, flags, string, pos, endpos, mode) with mode 0 search, 1 match, 2 fullmatch
        m.AddFunction("match", static (a, kw) =>
        {
            var c = Get(a);
            string s = Ops.AsString(a[2], "string");
            int pos = Clamp(a[3], s.Length), end = Clamp(a[4], s.Length);
            if (pos > end) return PyNone.Instance;
            long mode = Ops.IndexValue(a[5]);
            var sub = s[..end];
            var mt = c.Regex.Match(sub, pos);
            if (!mt.Success || (mode >= 1 && mt.Index != pos)) return PyNone.Instance;
            if (mode == 2 && mt.Index + mt.Length != end)
            {
                // The leftmost match is shorter; retry anchored at both ends.
                var full = new Regex(@"\G(?:" + c.Regex.ToString() + @")\z", c.Regex.Options).Match(sub, pos);
                return full.Success ? Spans(full, c.Groups) : PyNone.Instance;
            }
            return Spans(mt, c.Groups);
        });
        // finditer(pattern, flags, string, pos, endpos) -> list of span tuples
        m.AddFunction("finditer", static (a, kw) =>
        {
            var c = Get(a);
            string s = Ops.AsString(a[2], "string");
            int pos = Clamp(a[3], s.Length), end = Clamp(a[4], s.Length);
            var list = new PyList();
            if (pos > end) return list;
            foreach (Match mt in c.Regex.Matches(s[..end], pos)) list.Append(Spans(mt, c.Groups));
            return list;
        });
        m.AddFunction("escape", static (a, kw) =>
        {
            var sb = new StringBuilder();
            foreach (char ch in Ops.AsString(a[0], "pattern"))
            {
                if (!char.IsLetterOrDigit(ch) && ch != '_' && ch < 128) sb.Append('\\');
                sb.Append(ch);
            }
            return PyStr.From(sb.ToString());
        });
        return m;
    }

    static int Clamp(PyObject o, int len)
    {
        long v = o is PyNone ? len : Ops.IndexValue(o);
        if (v < 0) v = 0;
        return (int)Math.Min(v, len);
    }

    static PyTuple Spans(Match mt, int groups)
    {
        var items = new PyObject[groups + 1];
        for (int g = 0; g <= groups; g++)
        {
            var grp = mt.Groups[g];
            items[g] = grp.Success ? PyTuple.Of(PyInt.From(grp.Index), PyInt.From(grp.Index + grp.Length)) : PyTuple.Of(PyInt.From(-1), PyInt.From(-1));
        }
        return PyTuple.From(items);
    }

    static Compiled Get(ReadOnlySpan<PyObject> a)
    {
        string pattern = Ops.AsString(a[0], "pattern");
        long flags = Ops.IndexValue(a[1]);
        return Cache.GetOrAdd((pattern, flags), static key => Compile(key.Item1, key.Item2));
    }

    static Compiled Compile(string p, long flags)
    {
        var names = new Dictionary<string, int>();
        var sb = new StringBuilder();
        int groups = 0;
        bool inClass = false;
        for (int i = 0; i < p.Length; i++)
        {
            char ch = p[i];
            if (ch == '\\' && i + 1 < p.Length)
            {
                char nx = p[i + 1];
                if (!inClass && nx == 'Z') sb.Append("\\z");
                else if (!inClass && nx == 'A') sb.Append("\\A");
                else sb.Append(ch).Append(nx);
                i++;
                continue;
            }
            if (inClass)
            {
                if (ch == ']') inClass = false;
                else if (ch == '[') { sb.Append("\\["); continue; }
                sb.Append(ch);
                continue;
            }
            if (ch == '[')
            {
                inClass = true;
                sb.Append(ch);
                if (i + 1 < p.Length && p[i + 1] == '^') { sb.Append('^'); i++; }
                if (i + 1 < p.Length && p[i + 1] == ']') { sb.Append("\\]"); i++; }
                continue;
            }
            if (ch == '(')
            {
                if (i + 1 < p.Length && p[i + 1] == '?')
                {
                    if (p.AsSpan(i).StartsWith("(?P<"))
                    {
                        int close = p.IndexOf('>', i);
                        if (close < 0) throw Error("missing >, unterminated name", i + 4);
                        names[p[(i + 4)..close]] = ++groups;
                        sb.Append('(');
                        i = close;
                        continue;
                    }
                    if (p.AsSpan(i).StartsWith("(?P="))
                    {
                        int close = p.IndexOf(')', i);
                        string nm = p[(i + 4)..close];
                        if (!names.TryGetValue(nm, out int gi)) throw Error($"unknown group name '{nm}'", i + 4);
                        sb.Append("(?:\\").Append(gi).Append(')');
                        i = close;
                        continue;
                    }
                    sb.Append(ch);
                    continue;
                }
                groups++;
                sb.Append(ch);
                continue;
            }
            sb.Append(ch);
        }
        var opts = RegexOptions.None; // groups are numbered by position; no named groups remain
        if ((flags & 2) != 0) opts |= RegexOptions.IgnoreCase;
        if ((flags & 8) != 0) opts |= RegexOptions.Multiline;
        if ((flags & 16) != 0) opts |= RegexOptions.Singleline;
        if ((flags & 64) != 0) opts |= RegexOptions.IgnorePatternWhitespace;
        try
        {
            return new Compiled(new Regex(sb.ToString(), opts | RegexOptions.CultureInvariant), groups, names);
        }
        catch (ArgumentException e)
        {
            throw Error(e.Message, 0);
        }
    }

    static PyException Error(string msg, int pos) => Errors.Make(TypeObjects.ValueError, "re.error: " + msg + $" at position {pos}");
}
