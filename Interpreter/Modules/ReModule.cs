using System.Text;
using System.Text.RegularExpressions;

namespace Herthon.Runtime;

/// <summary>
/// `re` on top of .NET's regex engine. Python pattern syntax is translated where the two differ
/// ((?P&lt;name&gt;…), (?P=name), \Z, {,n}, replacement templates), and match/fullmatch anchor with \G.
/// </summary>
public static class ReModule
{
    public const int IGNORECASE = 2, LOCALE = 4, MULTILINE = 8, DOTALL = 16, UNICODE = 32, VERBOSE = 64, ASCII = 256;

    public static readonly PyType PatternType = MakePatternType();
    public static readonly PyType MatchType = MakeMatchType();
    public static PyType? ErrorType;
    private static readonly Dictionary<(string, int), PyPattern> Cache = [];

    public static PyModule Create()
    {
        var m = new PyModule("re");
        foreach (var (n, v) in new[] { ("IGNORECASE", IGNORECASE), ("I", IGNORECASE), ("MULTILINE", MULTILINE), ("M", MULTILINE),
                     ("DOTALL", DOTALL), ("S", DOTALL), ("VERBOSE", VERBOSE), ("X", VERBOSE), ("ASCII", ASCII), ("A", ASCII),
                     ("UNICODE", UNICODE), ("U", UNICODE), ("LOCALE", LOCALE), ("L", LOCALE), ("NOFLAG", 0) })
            m.Add(n, PyInt.From(v));
        if (ErrorType is null)
        {
            ErrorType = new PyType("error", [TypeObjects.Exception], false) { Module = "re" };
            ErrorType.ComputeMro();
            ErrorType.New = TypeObjects.Exception.New;
        }
        m.Add("error", ErrorType);
        m.Add("Pattern", PatternType);
        m.Add("Match", MatchType);
        m.AddFunction("compile", static (a, kw) => Compile(a[0], Flags(a, kw, 1)));
        m.AddFunction("match", static (a, kw) => Compile(a[0], Flags(a, kw, 2)).Match(Text(a[1]), 0, int.MaxValue, MatchMode.Match));
        m.AddFunction("fullmatch", static (a, kw) => Compile(a[0], Flags(a, kw, 2)).Match(Text(a[1]), 0, int.MaxValue, MatchMode.Full));
        m.AddFunction("search", static (a, kw) => Compile(a[0], Flags(a, kw, 2)).Match(Text(a[1]), 0, int.MaxValue, MatchMode.Search));
        m.AddFunction("findall", static (a, kw) => Compile(a[0], Flags(a, kw, 2)).FindAll(Text(a[1]), 0, int.MaxValue));
        m.AddFunction("finditer", static (a, kw) => Compile(a[0], Flags(a, kw, 2)).FindIter(Text(a[1]), 0, int.MaxValue));
        m.AddFunction("sub", static (a, kw) =>
        {
            int count = (int)(Args.Kw(a, kw, "count") is { } c ? Ops.IndexValue(c) : Args.Positional(a, kw) > 3 ? Ops.IndexValue(a[3]) : 0);
            return Compile(a[0], Flags(a, kw, 4)).Sub(a[1], Text(a[2]), count, withCount: false);
        });
        m.AddFunction("subn", static (a, kw) =>
        {
            int count = (int)(Args.Kw(a, kw, "count") is { } c ? Ops.IndexValue(c) : Args.Positional(a, kw) > 3 ? Ops.IndexValue(a[3]) : 0);
            return Compile(a[0], Flags(a, kw, 4)).Sub(a[1], Text(a[2]), count, withCount: true);
        });
        m.AddFunction("split", static (a, kw) =>
        {
            int max = (int)(Args.Kw(a, kw, "maxsplit") is { } c ? Ops.IndexValue(c) : Args.Positional(a, kw) > 2 ? Ops.IndexValue(a[2]) : 0);
            return Compile(a[0], Flags(a, kw, 3)).Split(Text(a[1]), max);
        });
        m.AddFunction("escape", static (a, kw) =>
        {
            var s = Text(a[0]);
            var sb = new StringBuilder();
            foreach (var ch in s)
            {
                if (ch < 128 && !char.IsAsciiLetterOrDigit(ch) && ch != '_') sb.Append('\\');
                sb.Append(ch);
            }
            return PyStr.From(sb.ToString());
        });
        m.AddFunction("purge", static (a, kw) => { lock (Cache) Cache.Clear(); return PyNone.Instance; });
        return m;
    }

    private static string Text(PyObject o) => o is PyStr s ? s.V : throw Errors.TypeError($"expected string or bytes-like object, got '{o.Type.Name}'");

    private static int Flags(ReadOnlySpan<PyObject> a, string[]? kw, int position)
    {
        var f = Args.Kw(a, kw, "flags") ?? (Args.Positional(a, kw) > position ? a[position] : null);
        return f is null ? 0 : (int)Ops.IndexValue(f);
    }

    private static PyPattern Compile(PyObject pattern, int flags)
    {
        if (pattern is PyPattern p)
        {
            if (flags != 0) throw Errors.ValueError("cannot process flags argument with a compiled pattern");
            return p;
        }
        var src = Text(pattern);
        lock (Cache)
        {
            if (Cache.TryGetValue((src, flags), out var cached)) return cached;
            var compiled = new PyPattern(src, flags);
            if (Cache.Count > 512) Cache.Clear();
            Cache[(src, flags)] = compiled;
            return compiled;
        }
    }

    /// <summary>Python regex syntax → .NET regex syntax.</summary>
    /// <summary>re.error with CPython's attributes: msg, pattern, pos (str(e) adds "at position N").</summary>
    public static PyException Error(string msg, string pattern, int pos)
    {
        var e = Errors.NewException(ErrorType ?? TypeObjects.ValueError, [PyStr.From($"{msg} at position {pos}")]);
        e.Dict!["msg"] = PyStr.From(msg);
        e.Dict!["pattern"] = PyStr.From(pattern);
        e.Dict!["pos"] = PyInt.From(pos);
        int line = 1, col = 1;
        for (int i = 0; i < pos && i < pattern.Length; i++) { if (pattern[i] == '\n') { line++; col = 1; } else col++; }
        e.Dict!["lineno"] = PyInt.From(line);
        e.Dict!["colno"] = PyInt.From(col);
        return new PyException(e);
    }

    /// <summary>The structural errors sre_parse reports, with its messages and positions.</summary>
    public static void CheckSyntax(string p)
    {
        var open = new Stack<int>();
        bool atomStart = true; // nothing to repeat here
        for (int i = 0; i < p.Length; i++)
        {
            char c = p[i];
            switch (c)
            {
                case '\\':
                    if (i + 1 >= p.Length) throw Error("bad escape (end of pattern)", p, i);
                    i++;
                    atomStart = false;
                    break;
                case '[':
                    {
                        int start = i++;
                        if (i < p.Length && p[i] == '^') i++;
                        if (i < p.Length && p[i] == ']') i++;
                        while (i < p.Length && p[i] != ']') { if (p[i] == '\\') i++; i++; }
                        if (i >= p.Length) throw Error("unterminated character set", p, start);
                        atomStart = false;
                        break;
                    }
                case '(':
                    open.Push(i);
                    atomStart = true;
                    if (i + 1 < p.Length && p[i + 1] == '?') i++;
                    break;
                case ')':
                    if (open.Count == 0) throw Error("unbalanced parenthesis", p, i);
                    open.Pop();
                    atomStart = false;
                    break;
                case '|':
                    atomStart = true;
                    break;
                case '*' or '+' or '?':
                    if (atomStart) throw Error("nothing to repeat", p, i);
                    if (i + 1 < p.Length && p[i + 1] is '?' or '+') i++;
                    if (i + 1 < p.Length && p[i + 1] is '*' or '+') throw Error("multiple repeat", p, i + 1);
                    break;
                default:
                    atomStart = false;
                    break;
            }
        }
        if (open.Count > 0) throw Error("missing ), unterminated subpattern", p, open.Peek());
    }

    public static string Translate(string p, ref int flags) => Translate(p, ref flags, new Dictionary<string, int>());

    /// <summary>Named groups become plain numbered groups (.NET would number them after the unnamed
    /// ones; Python numbers all groups left to right); `names` receives name → number.</summary>
    public static string Translate(string p, ref int flags, Dictionary<string, int> names)
    {
        int groupNo = 0;
        var sb = new StringBuilder(p.Length + 8);
        int i = 0;
        // Leading global inline flags, e.g. (?i) or (?x).
        while (i + 2 < p.Length && p[i] == '(' && p[i + 1] == '?' && p.IndexOf(')', i) is int close && close > i + 2 && p[(i + 2)..close].All(c => "aiLmsux".Contains(c)))
        {
            foreach (var c in p[(i + 2)..close])
                flags |= c switch { 'i' => IGNORECASE, 'm' => MULTILINE, 's' => DOTALL, 'x' => VERBOSE, 'a' => ASCII, 'u' => UNICODE, _ => LOCALE };
            i = close + 1;
        }
        bool inClass = false;
        for (; i < p.Length; i++)
        {
            char c = p[i];
            if (c == '\\' && i + 1 < p.Length)
            {
                char n = p[i + 1];
                if (n == 'Z' && !inClass) { sb.Append("\\z"); i++; continue; }
                sb.Append(c).Append(n);
                i++;
                continue;
            }
            if (inClass)
            {
                if (c == ']') inClass = false;
                else if (c == '[') { sb.Append("\\["); continue; }
                sb.Append(c);
                continue;
            }
            if (c == '[')
            {
                inClass = true;
                sb.Append(c);
                if (i + 1 < p.Length && p[i + 1] == '^') { sb.Append('^'); i++; }
                if (i + 1 < p.Length && p[i + 1] == ']') { sb.Append("\\]"); i++; }
                continue;
            }
            if (c == '(' && i + 2 < p.Length && p[i + 1] == '?' && p[i + 2] == 'P')
            {
                if (i + 3 < p.Length && p[i + 3] == '<')
                {
                    int close = p.IndexOf('>', i);
                    names[p[(i + 4)..close]] = ++groupNo;
                    sb.Append('(');
                    i = close;
                    continue;
                }
                if (i + 3 < p.Length && p[i + 3] == '=')
                {
                    int close = p.IndexOf(')', i);
                    var name = p[(i + 4)..close];
                    if (!names.TryGetValue(name, out int num)) throw new ArgumentException($"unknown group name '{name}'");
                    sb.Append("(?:\\").Append(num).Append(')');
                    i = close;
                    continue;
                }
            }
            if (c == '(' && (i + 1 >= p.Length || p[i + 1] != '?')) groupNo++;
            if (c == '{' && i + 1 < p.Length && p[i + 1] == ',')
            {
                sb.Append("{0,");
                i++;
                continue;
            }
            sb.Append(c);
        }
        return sb.ToString();
    }

    public static RegexOptions Options(int flags)
    {
        var o = RegexOptions.CultureInvariant;
        if ((flags & IGNORECASE) != 0) o |= RegexOptions.IgnoreCase;
        if ((flags & MULTILINE) != 0) o |= RegexOptions.Multiline;
        if ((flags & DOTALL) != 0) o |= RegexOptions.Singleline;
        if ((flags & VERBOSE) != 0) o |= RegexOptions.IgnorePatternWhitespace;
        return o;
    }

    private static PyType MakePatternType()
    {
        var t = new PyType("Pattern", [TypeObjects.Object], true) { Module = "re" };
        t.ComputeMro();
        static PyPattern P(ReadOnlySpan<PyObject> a) => (PyPattern)a[0];
        static (int pos, int end) Range(ReadOnlySpan<PyObject> a, string[]? kw)
        {
            int npos = Args.Positional(a, kw);
            var pos = Args.Kw(a, kw, "pos") ?? (npos > 2 ? a[2] : null);
            var end = Args.Kw(a, kw, "endpos") ?? (npos > 3 ? a[3] : null);
            return (pos is null ? 0 : (int)Ops.IndexValue(pos), end is null ? int.MaxValue : (int)Ops.IndexValue(end));
        }
        t.SetMethod("match", static (a, kw) => { var (p, e) = Range(a, kw); return P(a).Match(Text(a[1]), p, e, MatchMode.Match); });
        t.SetMethod("fullmatch", static (a, kw) => { var (p, e) = Range(a, kw); return P(a).Match(Text(a[1]), p, e, MatchMode.Full); });
        t.SetMethod("search", static (a, kw) => { var (p, e) = Range(a, kw); return P(a).Match(Text(a[1]), p, e, MatchMode.Search); });
        t.SetMethod("findall", static (a, kw) => { var (p, e) = Range(a, kw); return P(a).FindAll(Text(a[1]), p, e); });
        t.SetMethod("finditer", static (a, kw) => { var (p, e) = Range(a, kw); return P(a).FindIter(Text(a[1]), p, e); });
        t.SetMethod("sub", static (a, kw) => P(a).Sub(a[1], Text(a[2]), (int)(Args.Kw(a, kw, "count") is { } c ? Ops.IndexValue(c) : Args.Positional(a, kw) > 3 ? Ops.IndexValue(a[3]) : 0), false));
        t.SetMethod("subn", static (a, kw) => P(a).Sub(a[1], Text(a[2]), (int)(Args.Kw(a, kw, "count") is { } c ? Ops.IndexValue(c) : Args.Positional(a, kw) > 3 ? Ops.IndexValue(a[3]) : 0), true));
        t.SetMethod("split", static (a, kw) => P(a).Split(Text(a[1]), (int)(Args.Kw(a, kw, "maxsplit") is { } c ? Ops.IndexValue(c) : Args.Positional(a, kw) > 2 ? Ops.IndexValue(a[2]) : 0)));
        t.SetMethod("__repr__", static (a, kw) =>
        {
            var p = P(a);
            var flagText = FlagNames(p.Flags);
            return PyStr.From($"re.compile({Ops.Repr(PyStr.From(p.Source))}{(flagText.Length > 0 ? ", " + flagText : "")})");
        });
        t.TypeDict["pattern"] = new PyGetSetDescriptor("pattern", o => PyStr.From(((PyPattern)o).Source));
        t.TypeDict["flags"] = new PyGetSetDescriptor("flags", o => PyInt.From(((PyPattern)o).Flags | UNICODE));
        t.TypeDict["groups"] = new PyGetSetDescriptor("groups", o => PyInt.From(((PyPattern)o).GroupCount));
        t.TypeDict["groupindex"] = new PyGetSetDescriptor("groupindex", o =>
        {
            var p = (PyPattern)o;
            var d = new PyDict();
            foreach (var kv in p.GroupIndex) d.SetItem(PyStr.From(kv.Key), PyInt.From(kv.Value));
            return d;
        });
        return t;
    }

    private static string FlagNames(int flags)
    {
        var parts = new List<string>();
        if ((flags & IGNORECASE) != 0) parts.Add("re.IGNORECASE");
        if ((flags & MULTILINE) != 0) parts.Add("re.MULTILINE");
        if ((flags & DOTALL) != 0) parts.Add("re.DOTALL");
        if ((flags & VERBOSE) != 0) parts.Add("re.VERBOSE");
        if ((flags & ASCII) != 0) parts.Add("re.ASCII");
        return string.Join("|", parts);
    }

    private static PyType MakeMatchType()
    {
        var t = new PyType("Match", [TypeObjects.Object], true) { Module = "re" };
        t.ComputeMro();
        static PyMatch M(ReadOnlySpan<PyObject> a) => (PyMatch)a[0];
        t.SetMethod("group", static (a, kw) =>
        {
            var m = M(a);
            if (a.Length <= 1) return m.Group(PyInt.From(0));
            if (a.Length == 2) return m.Group(a[1]);
            var items = new PyObject[a.Length - 1];
            for (int i = 1; i < a.Length; i++) items[i - 1] = m.Group(a[i]);
            return PyTuple.From(items);
        });
        t.SetMethod("__getitem__", static (a, kw) => M(a).Group(a[1]));
        t.SetMethod("groups", static (a, kw) =>
        {
            var m = M(a);
            var dflt = a.Length > 1 ? a[1] : Args.Kw(a, kw, "default") ?? PyNone.Instance;
            var items = new PyObject[m.Pattern.GroupCount];
            for (int i = 0; i < items.Length; i++) items[i] = m.GroupOr(i + 1, dflt);
            return PyTuple.From(items);
        });
        t.SetMethod("groupdict", static (a, kw) =>
        {
            var m = M(a);
            var dflt = a.Length > 1 ? a[1] : Args.Kw(a, kw, "default") ?? PyNone.Instance;
            var d = new PyDict();
            foreach (var kv in m.Pattern.GroupIndex) d.SetItem(PyStr.From(kv.Key), m.GroupOr(kv.Value, dflt));
            return d;
        });
        t.SetMethod("start", static (a, kw) => PyInt.From(M(a).Span(a.Length > 1 ? a[1] : PyInt.From(0)).start));
        t.SetMethod("end", static (a, kw) => PyInt.From(M(a).Span(a.Length > 1 ? a[1] : PyInt.From(0)).end));
        t.SetMethod("span", static (a, kw) => { var (s, e) = M(a).Span(a.Length > 1 ? a[1] : PyInt.From(0)); return PyTuple.Of(PyInt.From(s), PyInt.From(e)); });
        t.SetMethod("expand", static (a, kw) => PyStr.From(M(a).Expand(Text(a[1]))));
        t.SetMethod("__bool__", static (a, kw) => PyBool.True);
        t.SetMethod("__repr__", static (a, kw) =>
        {
            var m = M(a);
            return PyStr.From($"<re.Match object; span=({m.M.Index}, {m.M.Index + m.M.Length}), match={Ops.Repr(PyStr.From(m.M.Value))}>");
        });
        t.TypeDict["string"] = new PyGetSetDescriptor("string", o => PyStr.From(((PyMatch)o).Input));
        t.TypeDict["re"] = new PyGetSetDescriptor("re", o => ((PyMatch)o).Pattern);
        t.TypeDict["pos"] = new PyGetSetDescriptor("pos", o => PyInt.From(((PyMatch)o).Pos));
        t.TypeDict["endpos"] = new PyGetSetDescriptor("endpos", o => PyInt.From(((PyMatch)o).EndPos));
        t.TypeDict["lastindex"] = new PyGetSetDescriptor("lastindex", o =>
        {
            var m = (PyMatch)o;
            int last = -1, lastEnd = -1;
            for (int i = 1; i <= m.Pattern.GroupCount; i++)
            {
                var g = m.M.Groups[i];
                if (g.Success && g.Index + g.Length >= lastEnd) { last = i; lastEnd = g.Index + g.Length; }
            }
            return last < 0 ? PyNone.Instance : PyInt.From(last);
        });
        return t;
    }
}

public enum MatchMode { Match, Full, Search }

public sealed class PyPattern : PyObject
{
    public readonly string Source;
    public readonly int Flags;
    public readonly Regex Regex;
    private readonly Regex _anchored;
    private readonly Regex _full;
    public readonly int GroupCount;
    public readonly Dictionary<string, int> GroupIndex = [];

    public PyPattern(string source, int flags)
    {
        Source = source;
        int f = flags;
        string translated;
        ReModule.CheckSyntax(source);
        try
        {
            translated = ReModule.Translate(source, ref f, GroupIndex);
            var opts = ReModule.Options(f);
            Regex = new Regex(translated, opts);
            _anchored = new Regex(@"\G(?:" + translated + ")", opts);
            _full = new Regex(@"\G(?:" + translated + @")\z", opts);
        }
        catch (ArgumentException e)
        {
            var err = Errors.NewException(ReModule.ErrorType ?? TypeObjects.ValueError, [PyStr.From(e.Message)]);
            err.Dict!["msg"] = PyStr.From(e.Message);
            err.Dict!["pattern"] = PyStr.From(source);
            err.Dict!["pos"] = PyNone.Instance;
            throw new PyException(err);
        }
        Flags = f;
        GroupCount = Regex.GetGroupNumbers().Length - 1;
    }

    public override PyType Type => ReModule.PatternType;

    private static string Window(string s, int pos, int endpos, out int start)
    {
        if (pos < 0) pos = 0;
        if (pos > s.Length) pos = s.Length;
        if (endpos > s.Length) endpos = s.Length;
        if (endpos < pos) endpos = pos;
        start = pos;
        return endpos == s.Length ? s : s[..endpos];
    }

    public PyObject Match(string s, int pos, int endpos, MatchMode mode)
    {
        var w = Window(s, pos, endpos, out int start);
        var m = mode switch
        {
            MatchMode.Match => _anchored.Match(w, start),
            MatchMode.Full => _full.Match(w, start),
            _ => Regex.Match(w, start),
        };
        return m.Success ? new PyMatch(this, m, s, pos, endpos == int.MaxValue ? s.Length : endpos) : PyNone.Instance;
    }

    public PyObject FindAll(string s, int pos, int endpos)
    {
        var w = Window(s, pos, endpos, out int start);
        var l = new PyList();
        foreach (System.Text.RegularExpressions.Match m in Regex.Matches(w, start))
        {
            if (GroupCount == 0) l.Append(PyStr.From(m.Value));
            else if (GroupCount == 1) l.Append(PyStr.From(m.Groups[1].Success ? m.Groups[1].Value : ""));
            else
            {
                var items = new PyObject[GroupCount];
                for (int i = 0; i < GroupCount; i++) items[i] = PyStr.From(m.Groups[i + 1].Success ? m.Groups[i + 1].Value : "");
                l.Append(PyTuple.From(items));
            }
        }
        return l;
    }

    public PyObject FindIter(string s, int pos, int endpos)
    {
        var w = Window(s, pos, endpos, out int start);
        var matches = Regex.Matches(w, start).Select(m => (PyObject)new PyMatch(this, m, s, pos, endpos == int.MaxValue ? s.Length : endpos)).ToArray();
        return new ArrayIterator(matches, matches.Length);
    }

    public PyObject Sub(PyObject repl, string s, int count, bool withCount)
    {
        int n = 0;
        string result = Regex.Replace(s, m =>
        {
            n++;
            var pm = new PyMatch(this, m, s, 0, s.Length);
            if (repl is PyStr rs) return pm.Expand(rs.V);
            var r = Ops.Call(repl, pm);
            return r is PyStr r2 ? r2.V : throw Errors.TypeError($"expected str instance, {r.Type.Name} found");
        }, count <= 0 ? -1 : count);
        return withCount ? PyTuple.Of(PyStr.From(result), PyInt.From(n)) : PyStr.From(result);
    }

    public PyObject Split(string s, int maxsplit)
    {
        var l = new PyList();
        int last = 0, n = 0;
        foreach (System.Text.RegularExpressions.Match m in Regex.Matches(s))
        {
            if (maxsplit > 0 && n >= maxsplit) break;
            l.Append(PyStr.From(s[last..m.Index]));
            for (int i = 1; i <= GroupCount; i++) l.Append(m.Groups[i].Success ? PyStr.From(m.Groups[i].Value) : PyNone.Instance);
            last = m.Index + m.Length;
            n++;
        }
        l.Append(PyStr.From(s[last..]));
        return l;
    }
}

public sealed class PyMatch(PyPattern pattern, System.Text.RegularExpressions.Match m, string input, int pos, int endpos) : PyObject
{
    public readonly PyPattern Pattern = pattern;
    public readonly System.Text.RegularExpressions.Match M = m;
    public readonly string Input = input;
    public readonly int Pos = pos, EndPos = endpos;
    public override PyType Type => ReModule.MatchType;

    private Group GroupOf(PyObject key)
    {
        if (key is PyInt i)
        {
            if (i.V < 0 || i.V > Pattern.GroupCount) throw Errors.IndexError("no such group");
            return M.Groups[(int)i.V];
        }
        if (key is PyStr s)
        {
            if (!Pattern.GroupIndex.TryGetValue(s.V, out int num)) throw Errors.IndexError("no such group");
            return M.Groups[num];
        }
        throw Errors.IndexError("no such group");
    }

    public PyObject Group(PyObject key)
    {
        var g = GroupOf(key);
        return g.Success ? PyStr.From(g.Value) : PyNone.Instance;
    }

    public PyObject GroupOr(int i, PyObject dflt) => M.Groups[i].Success ? PyStr.From(M.Groups[i].Value) : dflt;

    public (int start, int end) Span(PyObject key)
    {
        var g = GroupOf(key);
        return g.Success ? (g.Index, g.Index + g.Length) : (-1, -1);
    }

    /// <summary>Python replacement templates: \1, \g&lt;name&gt;, \g&lt;1&gt;, \n, \\.</summary>
    public string Expand(string template)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < template.Length; i++)
        {
            char c = template[i];
            if (c != '\\' || i + 1 >= template.Length) { sb.Append(c); continue; }
            char n = template[++i];
            if (char.IsAsciiDigit(n))
            {
                int num = n - '0';
                if (i + 1 < template.Length && char.IsAsciiDigit(template[i + 1])) num = num * 10 + (template[++i] - '0');
                if (num > Pattern.GroupCount) throw new PyException(Errors.NewException(ReModule.ErrorType!, [PyStr.From($"invalid group reference {num} at position {i}")]));
                var g = M.Groups[num];
                if (g.Success) sb.Append(g.Value);
            }
            else if (n == 'g' && i + 1 < template.Length && template[i + 1] == '<')
            {
                int close = template.IndexOf('>', i);
                string name = template[(i + 2)..close];
                var g = int.TryParse(name, out int gi) ? M.Groups[gi] : M.Groups[Pattern.GroupIndex.TryGetValue(name, out int ni) ? ni : throw Errors.IndexError($"unknown group name '{name}'")];
                if (g.Success) sb.Append(g.Value);
                i = close;
            }
            else
            {
                sb.Append(n switch { 'n' => "\n", 't' => "\t", 'r' => "\r", '\\' => "\\", 'a' => "\a", 'f' => "\f", 'v' => "\v", _ => "\\" + n });
            }
        }
        return sb.ToString();
    }
}
