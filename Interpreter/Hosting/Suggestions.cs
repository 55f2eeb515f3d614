using Herthon.Runtime;

namespace Herthon.Hosting;

/// <summary>
/// CPython 3.11's "Did you mean: 'x'?" after a NameError or AttributeError line (Python/suggestions.c,
/// which traceback.py mirrors): the closest name, by an edit distance where a case change costs half a
/// substitution, among the object's dir() (AttributeError.obj) or the failing frame's locals, globals
/// and builtins (NameError), if no more than about a third of the characters differ.
/// </summary>
internal static class Suggestions
{
    private const int MaxCandidateItems = 750, MaxStringSize = 40, MoveCost = 2, CaseCost = 1;

    /// <summary>The name to suggest for <paramref name="e"/>, or null.</summary>
    public static string? For(PyBaseException e)
    {
        try
        {
            if (e.Type.IsSubtypeOf(TypeObjects.AttributeError))
            {
                if (e.Attr("name") is not PyStr name || e.Attr("obj") is not { } obj) return null;
                return Closest(Names(Builtins.Dir(obj)), name.V);
            }
            if (e.Type.IsSubtypeOf(TypeObjects.NameError))
            {
                if (e.Attr("name") is not PyStr name || e.Traceback is not { } tb) return null;
                while (tb.Next is not null) tb = tb.Next;
                var frame = tb.Frame;
                var code = frame.Code;
                var locals = new List<string>(code.VarNames);
                locals.AddRange(code.CellVars);
                locals.AddRange(code.FreeVars);
                return Closest(locals, name.V)
                    ?? Closest(Keys(frame.Globals), name.V)
                    ?? Closest(Keys(frame.Builtins), name.V);
            }
        }
        catch (PyException) { }   // a failing __dir__ just means no suggestion, as in CPython
        return null;
    }

    private static List<string> Names(PyObject dir)
    {
        var r = new List<string>();
        if (dir is PyList list) foreach (var x in list.AsSpan()) if (x is PyStr s) r.Add(s.V);
        return r;
    }

    private static List<string> Keys(PyDict d)
    {
        var r = new List<string>();
        foreach (var (k, _) in d.Items()) if (k is PyStr s) r.Add(s.V);
        return r;
    }

    private static string? Closest(List<string> candidates, string name)
    {
        if (candidates.Count >= MaxCandidateItems) return null;
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (var item in candidates)
        {
            if (item == name) continue;
            // No more than a third of the characters involved may need a change; a tie keeps the first.
            int maxDistance = Math.Min((name.Length + item.Length + 3) * MoveCost / 6, bestDistance - 1);
            int d = Distance(name, item, maxDistance);
            if (d > maxDistance) continue;
            if (best is null || d < bestDistance) { best = item; bestDistance = d; }
        }
        return best;
    }

    private static int SubstitutionCost(char a, char b) =>
        a == b ? 0 : char.ToLowerInvariant(a) == char.ToLowerInvariant(b) && a < 128 && b < 128 ? CaseCost : MoveCost;

    /// <summary>Weighted Levenshtein distance; anything above <paramref name="maxCost"/> reports maxCost + 1.</summary>
    private static int Distance(string a, string b, int maxCost)
    {
        if (a == b) return 0;
        int start = 0, aEnd = a.Length, bEnd = b.Length;
        while (start < aEnd && start < bEnd && a[start] == b[start]) start++;
        while (aEnd > start && bEnd > start && a[aEnd - 1] == b[bEnd - 1]) { aEnd--; bEnd--; }
        int aLen = aEnd - start, bLen = bEnd - start;
        if (aLen == 0 || bLen == 0) return (aLen + bLen) * MoveCost;
        if (aLen > MaxStringSize || bLen > MaxStringSize) return maxCost + 1;
        var sa = a.AsSpan(start, aLen);
        var sb = b.AsSpan(start, bLen);
        if (aLen > bLen) { var t = sa; sa = sb; sb = t; (aLen, bLen) = (bLen, aLen); }   // a is the shorter
        if ((bLen - aLen) * MoveCost > maxCost) return maxCost + 1;
        // One row of the matrix: row[i] is the distance from sa[..i+1] to the prefix of sb so far.
        Span<int> row = stackalloc int[MaxStringSize];
        for (int i = 0; i < aLen; i++) row[i] = (i + 1) * MoveCost;
        int result = 0;
        for (int bi = 0; bi < bLen; bi++)
        {
            int distance = result = bi * MoveCost;
            int minimum = int.MaxValue;
            for (int i = 0; i < aLen; i++)
            {
                int substitute = distance + SubstitutionCost(sb[bi], sa[i]);
                distance = row[i];   // the cost up to here, before this column
                int insertDelete = Math.Min(result, distance) + MoveCost;
                result = Math.Min(insertDelete, substitute);
                row[i] = result;
                if (result < minimum) minimum = result;
            }
            if (minimum > maxCost) return maxCost + 1;   // every path already costs too much
        }
        return result;
    }
}
