using System.Text;
using Herthon.Runtime;

namespace Herthon.Hosting;

/// <summary>
/// The text of an uncaught exception as CPython 3.11's pythonrun.c prints it: the chain of
/// causes and contexts, tracebacks, and exception groups drawn as nested boxes
/// (`+-+---- 1 ----` separators, a `| ` margin per nesting level, max_group_width 15 and
/// max_group_depth 10).
/// </summary>
internal sealed class ExceptionPrinter
{
    private const int MaxGroupWidth = 15, MaxGroupDepth = 10;
    private const string CauseMessage = "The above exception was the direct cause of the following exception:\n";
    private const string ContextMessage = "During handling of the above exception, another exception occurred:\n";

    private readonly StringBuilder _sb;
    /// <summary>Exceptions already printed or being printed (null: the chain is not followed).</summary>
    private readonly HashSet<PyBaseException>? _seen;
    /// <summary>
    /// Render as Lib/traceback.py does rather than pythonrun.c. They differ in two details:
    /// traceback.py puts the margin on every line of a multi-line message (textwrap.indent), and
    /// it does not restore need_close after a chained exception, so a group whose last member
    /// has a cause or context inside a group loses its closing line.
    /// </summary>
    private readonly bool _asTracebackModule;
    private int _depth;
    private bool _needClose;

    private ExceptionPrinter(StringBuilder sb, bool chain, bool tracebackModule)
    {
        _sb = sb;
        _seen = chain ? new HashSet<PyBaseException>(ReferenceEqualityComparer.Instance) : null;
        _asTracebackModule = tracebackModule;
    }

    public static string Format(PyBaseException e, bool chain, bool tracebackModule = false)
    {
        var p = new ExceptionPrinter(new StringBuilder(), chain, tracebackModule);
        if (chain) p.PrintRecursive(e);
        else p.PrintOne(e);
        return p._sb.ToString();
    }

    private void WriteIndent() => _sb.Append(' ', 2 * _depth);

    private void WriteMargin()
    {
        WriteIndent();
        if (_depth > 0) _sb.Append("| ");
    }

    /// <summary>Writes every line of <paramref name="text"/> behind the current indent and margin.</summary>
    private void WriteIndented(string text)
    {
        int start = 0;
        while (start < text.Length)
        {
            int nl = text.IndexOf('\n', start);
            int end = nl < 0 ? text.Length : nl + 1;
            WriteMargin();
            _sb.Append(text, start, end - start);
            start = end;
        }
    }

    private void PrintRecursive(PyBaseException e)
    {
        if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack()) return;
        if (_seen is not null) PrintCauseAndContext(e);
        if (e is PyExceptionGroup g) PrintGroup(g);
        else PrintOne(e);
    }

    private void PrintCauseAndContext(PyBaseException e)
    {
        _seen!.Add(e);
        if (e.Cause is { } cause)
        {
            if (!_seen.Contains(cause)) PrintChained(cause, CauseMessage);
            return;
        }
        if (e.SuppressContext) return;
        if (e.Context is { } ctx && !_seen.Contains(ctx)) PrintChained(ctx, ContextMessage);
    }

    private void PrintChained(PyBaseException e, string message)
    {
        bool needClose = _needClose;
        PrintRecursive(e);
        if (!_asTracebackModule) _needClose = needClose;
        WriteMargin();
        _sb.Append('\n');
        WriteMargin();
        _sb.Append(message);
        WriteMargin();
        _sb.Append('\n');
    }

    private void PrintGroup(PyExceptionGroup g)
    {
        if (_depth > MaxGroupDepth)
        {
            WriteMargin();
            _sb.Append($"... (max_group_depth is {MaxGroupDepth})\n");
            return;
        }
        if (_depth == 0) _depth++;
        PrintOne(g);
        var excs = g.Exceptions.Items;
        int n = excs.Length <= MaxGroupWidth ? excs.Length : MaxGroupWidth + 1;
        _needClose = false;
        for (int i = 0; i < n; i++)
        {
            bool last = i == n - 1;
            if (last) _needClose = true;   // a nested group may draw the closing line instead
            WriteIndent();
            bool truncated = i >= MaxGroupWidth;
            _sb.Append(i == 0 ? "+-" : "  ").Append("+---------------- ").Append(truncated ? "..." : (i + 1).ToString()).Append(" ----------------\n");
            _depth++;
            if (!truncated) PrintRecursive((PyBaseException)excs[i]);
            else
            {
                int remaining = excs.Length - MaxGroupWidth;
                WriteMargin();
                _sb.Append($"and {remaining} more exception{(remaining > 1 ? "s" : "")}\n");
            }
            if (last && _needClose)
            {
                WriteIndent();
                _sb.Append("+------------------------------------\n");
                _needClose = false;
            }
            _depth--;
        }
        if (_depth == 1) _depth--;
    }

    /// <summary>One exception without its chain or group members: traceback, `Type: message`, notes.</summary>
    private void PrintOne(PyBaseException e)
    {
        if (e.Traceback is not null)
        {
            bool group = e is PyExceptionGroup;
            WriteIndent();
            _sb.Append(_depth == 0 ? "" : group && _depth == 1 ? "+ " : "| ");
            _sb.Append(group ? "Exception Group Traceback (most recent call last):\n" : "Traceback (most recent call last):\n");
            var tb = new StringBuilder();
            Host.FormatTracebackEntries(e.Traceback, tb);
            WriteIndented(tb.ToString());
        }
        if (e.Type.IsSubtypeOf(TypeObjects.SyntaxError))
        {
            var se = new StringBuilder();
            Host.FormatSyntaxError(e, se);
            WriteIndented(se.ToString());
        }
        else
        {
            var line = Errors.FormatExceptionLine(e);
            if (Suggestions.For(e) is { } suggestion) line += $". Did you mean: '{suggestion}'?";
            line += "\n";
            if (_asTracebackModule) WriteIndented(line);
            else
            {
                WriteMargin();
                _sb.Append(line);
            }
        }
        PrintNotes(e);
    }

    /// <summary>PEP 678 notes follow the exception line, each line of each note behind the margin.</summary>
    private void PrintNotes(PyBaseException e)
    {
        if (e.Attr("__notes__") is not { } notes) return;
        if (notes is not (PyList or PyTuple))
        {
            WriteMargin();
            string r;
            try { r = Ops.Repr(notes); }
            catch (PyException) { r = "<__notes__ repr() failed>"; }
            _sb.Append(r).Append('\n');
            return;
        }
        foreach (var note in Ops.ToList(notes))
        {
            string text;
            try { text = note is PyStr ns ? ns.V : Ops.Str(note); }
            catch (PyException) { _sb.Append("<note str() failed>\n"); continue; }
            // splitlines(keepends=True), each line behind the margin, then the note's own newline.
            for (int start = 0; start < text.Length;)
            {
                int nl = text.IndexOf('\n', start);
                int end = nl < 0 ? text.Length : nl + 1;
                WriteMargin();
                _sb.Append(text, start, end - start);
                start = end;
            }
            _sb.Append('\n');
        }
    }
}
