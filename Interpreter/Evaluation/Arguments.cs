using Herthon.Compiling;
using Herthon.Runtime;

namespace Herthon.Evaluation;

public static partial class Interpreter
{
    /// <summary>Binds call arguments to a function's parameters with CPython's rules and messages.</summary>
    private static void BindArguments(PyFunction f, Frame frame, ReadOnlySpan<PyObject> args, string[]? kwnames, PyObject? self)
    {
        var code = f.Code;
        var slots = frame.Slots;
        int nkw = kwnames?.Length ?? 0;
        int npos = args.Length - nkw + (self is not null ? 1 : 0);
        int argcount = code.ArgCount;
        bool hasVarArgs = (code.Flags & CodeFlags.VarArgs) != 0;
        bool hasVarKw = (code.Flags & CodeFlags.VarKeywords) != 0;
        int kwonly = code.KwOnlyArgCount;
        int varArgsSlot = argcount + kwonly;
        int varKwSlot = varArgsSlot + (hasVarArgs ? 1 : 0);
        string fname = f.QualName;

        int off = self is not null ? 1 : 0;
        int n = Math.Min(npos, argcount);
        for (int i = 0; i < n; i++) slots[i].V = off == 1 && i == 0 ? self! : args[i - off];
        if (hasVarArgs)
        {
            var extra = new PyObject[Math.Max(0, npos - argcount)];
            for (int i = argcount; i < npos; i++) extra[i - argcount] = off == 1 && i == 0 ? self! : args[i - off];
            slots[varArgsSlot].V = PyTuple.From(extra);
        }
        else if (npos > argcount)
        {
            int defaults = f.Defaults?.Items.Length ?? 0;
            int kwGiven = 0;
            if (kwnames is not null)
                foreach (var k in kwnames) { int idx = Array.IndexOf(code.VarNames, k, 0, argcount + kwonly); if (idx >= argcount) kwGiven++; }
            string takes = defaults > 0
                ? $"from {argcount - defaults} to {argcount} positional arguments"
                : $"{argcount} positional argument{(argcount == 1 ? "" : "s")}";
            string given = kwGiven > 0
                ? $"{npos} positional argument{(npos == 1 ? "" : "s")} (and {kwGiven} keyword-only argument{(kwGiven == 1 ? "" : "s")}) were given"
                : $"{npos} {(npos == 1 ? "was" : "were")} given";
            throw Errors.TypeError($"{fname}() takes {takes} but {given}");
        }
        PyDict? kwdict = hasVarKw ? new PyDict() : null;
        if (kwnames is not null)
        {
            int kwBase = args.Length - nkw;
            List<string>? posOnlyPassed = null;
            for (int k = 0; k < nkw; k++)
            {
                string name = kwnames[k];
                var value = args[kwBase + k];
                int idx = -1;
                for (int j = code.PosOnlyArgCount; j < argcount + kwonly; j++)
                    if (code.VarNames[j] == name) { idx = j; break; }
                if (idx < 0)
                {
                    if (kwdict is not null) { kwdict.SetItem(PyStr.From(name), value); continue; }
                    if (Array.IndexOf(code.VarNames, name, 0, code.PosOnlyArgCount) >= 0)
                    {
                        (posOnlyPassed ??= []).Add(name);
                        continue;
                    }
                    throw Errors.TypeError($"{fname}() got an unexpected keyword argument '{name}'");
                }
                if (slots[idx].V is not null) throw Errors.TypeError($"{fname}() got multiple values for argument '{name}'");
                slots[idx].V = value;
            }
            if (posOnlyPassed is not null)
                throw Errors.TypeError($"{fname}() got some positional-only arguments passed as keyword arguments: '{string.Join(", ", posOnlyPassed)}'");
        }
        if (kwdict is not null) slots[varKwSlot].V = kwdict;

        // Defaults and missing-argument checks.
        if (npos < argcount)
        {
            var defaults = f.Defaults?.Items ?? [];
            int firstDefault = argcount - defaults.Length;
            List<string>? missing = null;
            for (int i = npos; i < argcount; i++)
            {
                if (slots[i].V is not null) continue;
                if (i >= firstDefault) slots[i].V = defaults[i - firstDefault];
                else (missing ??= []).Add(code.VarNames[i]);
            }
            if (missing is not null) throw MissingArgs(fname, missing, "positional");
        }
        if (kwonly > 0)
        {
            List<string>? missing = null;
            for (int i = argcount; i < argcount + kwonly; i++)
            {
                if (slots[i].V is not null) continue;
                var name = code.VarNames[i];
                if (f.KwDefaults is not null && f.KwDefaults.TryGetValue(name, out var dv)) slots[i].V = dv;
                else (missing ??= []).Add(name);
            }
            if (missing is not null) throw MissingArgs(fname, missing, "keyword-only");
        }
    }

    private static PyException MissingArgs(string fname, List<string> missing, string kind)
    {
        string names;
        if (missing.Count == 1) names = $"'{missing[0]}'";
        else if (missing.Count == 2) names = $"'{missing[0]}' and '{missing[1]}'";
        else names = string.Join(", ", missing.Take(missing.Count - 1).Select(m => $"'{m}'")) + $", and '{missing[^1]}'";
        return Errors.TypeError($"{fname}() missing {missing.Count} required {kind} argument{(missing.Count == 1 ? "" : "s")}: {names}");
    }
}
