
using System.Text;
using Herthon.Compiling;
using Herthon.Evaluation;
using Herthon.Hosting;
using Herthon.Parsing;
using Assert = Xunit.Assert;
using ThreadState = Herthon.Evaluation.ThreadState;
using Herthon.Runtime;
using Herthon.Tests.Conformance;

namespace Herthon.Tests.Robustness;

/// <summary>
/// Mutates the corpus programs (characters and tokens inserted, deleted and replaced, lines
/// duplicated, NUL bytes, invalid UTF-8, very long lines, deep indentation and nesting) and feeds
/// them to the tokenizer, parser and compiler, then runs those that compile, bounded in time: a run
/// still going after <see cref="RunBudget"/> is interrupted (KeyboardInterrupt, as Ctrl-C) and must
/// then stop. Every outcome must be output, a Python exception or a SyntaxError: never a .NET
/// exception, Herthon's internal-error report, a hang or a crash.
/// CI: 2,000 cases from fixed seeds. A longer run:
///   HERTHON_FUZZ_CASES=100000 HERTHON_FUZZ_SEED=7 dotnet test Interpreter.Tests -c Release --filter FullyQualifiedName~FuzzTests
/// </summary>
public class FuzzTests
{
    static readonly TimeSpan RunBudget = TimeSpan.FromSeconds(2), StopBudget = TimeSpan.FromSeconds(10);
    static readonly string[] Tokens =
    [
        "(", ")", "[", "]", "{", "}", ":", ",", ".", ";", "=", "==", "+", "-", "*", "**", "/", "//", "%", "@",
        "<", ">", "<<", ">>", "&", "|", "^", "~", "->", ":=", "...", "'", "\"", "\"\"\"", "f'{", "}'", "\\",
        "#", "\n", "\t", "    ", "lambda", "yield", "await", "async", "def", "class", "return", "if", "else",
        "elif", "while", "for", "in", "not", "and", "or", "is", "None", "True", "try", "except", "finally",
        "with", "as", "import", "from", "global", "nonlocal", "del", "pass", "break", "continue", "raise",
        "match", "case", "_", "*args", "**kw", "0x", "1e", "1j", "0b2", "é", "\U0001F600", "\u00a0", "\r",
    ];

    // Programs whose mutants could touch the file system or the process are compiled, never run.
    static readonly string[] NotRun = ["open(", "os.", "shutil", "subprocess", "tempfile", "input(", "stdin", "signal", "atexit", "pathlib", "sys.exit", "_exit", "exec(", "eval(",
        // finaliser programs: gc.collect waits for the CLR finaliser thread, which the other in-process test runs share (hangs seen under the full suite; to investigate)
        "import gc", "weakref", "__del__",
        // threads outlive an in-process run, and a main thread blocked in a lock wait is not interrupted yet (lock acquire
        // is not interruptible by KeyboardInterrupt as in CPython: a known gap, docs/testing.md)
        "_thread", "threading", "concurrent.futures", "queue",
        // a mutant that receives before anything was sent blocks in the OS call, which KeyboardInterrupt does not interrupt yet
        "socket"];

    [Theory]
    [InlineData(1, 700)]
    [InlineData(2, 700)]
    [InlineData(3, 600)]
    public void Mutated_corpus_programs_never_crash(int seed, int cases)
    {
        if (Environment.GetEnvironmentVariable("HERTHON_FUZZ_CASES") is { } n && seed == 1)
        {
            cases = int.Parse(n);
            seed = int.Parse(Environment.GetEnvironmentVariable("HERTHON_FUZZ_SEED") ?? "1");
        }
        var sources = Directory.EnumerateFiles(CorpusTests.ProgramsDirectory, "*.py")
            .Where(p => !p.EndsWith("make_expected.py", StringComparison.Ordinal))
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (Name: Path.GetFileName(p), Text: File.ReadAllText(p)))
            .ToArray();
        var rng = new Random(seed);
        var failures = new List<string>();
        string dir = Directory.CreateTempSubdirectory("herthon-fuzz").FullName;
        try
        {
            for (int i = 0; i < cases && failures.Count < 10; i++)
            {
                var (name, text) = sources[rng.Next(sources.Length)];
                var (bytes, what) = Mutate(text, rng);
                string label = $"seed {seed} case {i}: {name} {what}";
                if (Check(bytes, dir, i, NotRun.Any(text.Contains) || what.StartsWith("deep", StringComparison.Ordinal)) is { } failure)
                    failures.Add(label + ": " + failure);
            }
        }
        finally { Directory.Delete(dir, recursive: true); }
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    static (byte[] Bytes, string What) Mutate(string text, Random rng)
    {
        var s = new StringBuilder(text);
        int At() => rng.Next(s.Length + 1);
        string what;
        switch (rng.Next(12))
        {
            case 0: { int p = At(); int len = Math.Min(rng.Next(1, 20), s.Length - p); s.Remove(p, Math.Max(0, len)); what = $"delete {len} chars at {p}"; break; }
            case 1: { int p = At(); var t = Tokens[rng.Next(Tokens.Length)]; s.Insert(p, t); what = $"insert {Escape(t)} at {p}"; break; }
            case 2: { int p = rng.Next(Math.Max(1, s.Length)); if (s.Length > 0) s[p] = (char)rng.Next(32, 127); what = $"replace char at {p}"; break; }
            case 3: { int p = At(); var t = Tokens[rng.Next(Tokens.Length)]; int len = Math.Min(rng.Next(1, 6), s.Length - p); s.Remove(p, len); s.Insert(p, t); what = $"replace {len} chars at {p} by {Escape(t)}"; break; }
            case 4:
            {
                var lines = s.ToString().Split('\n');
                int a = rng.Next(lines.Length), b = rng.Next(lines.Length);
                var list = lines.ToList(); list.Insert(b, lines[a]);
                s = new StringBuilder(string.Join('\n', list)); what = $"copy line {a + 1} to {b + 1}"; break;
            }
            case 5: { int p = At(); s.Insert(p, '\0'); what = $"NUL at {p}"; break; }
            case 6:
            {
                // invalid UTF-8 bytes in the middle of the file
                var bytes = Encoding.UTF8.GetBytes(s.ToString()).ToList();
                int p = rng.Next(bytes.Count + 1);
                byte[][] bads = [[0xff], [0xc3], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80]];
                var bad = bads[rng.Next(bads.Length)];
                bytes.InsertRange(p, bad);
                return (bytes.ToArray(), $"invalid UTF-8 {Convert.ToHexString(bad)} at byte {p}");
            }
            case 7: { int p = At(); s.Insert(p, new string('x', rng.Next(10_000, 200_000)) + " = 1\n"); what = $"long line at {p}"; break; }
            case 8: { int p = LineStart(s, At()); s.Insert(p, string.Concat(Enumerable.Range(0, 120).Select(k => new string(' ', k) + "if 1:\n"))); what = $"deep indentation at {p}"; break; }
            case 9: { int p = At(); int d = rng.Next(150, 100_000); s.Insert(p, new string('(', d) + "1" + new string(')', d)); what = $"deep parentheses ({d}) at {p}"; break; }
            case 10: { int p = At(); int d = rng.Next(1000, 100_000); s.Insert(p, "x = " + string.Concat(Enumerable.Repeat(rng.Next(2) == 0 ? "-" : "not ", d)) + "1\n"); what = $"deep unary ({d}) at {p}"; break; }
            default:
            {
                // several small edits at once
                int k = rng.Next(2, 6);
                for (int j = 0; j < k; j++) { int p = At(); s.Insert(p, Tokens[rng.Next(Tokens.Length)]); }
                what = $"{k} token insertions"; break;
            }
        }
        return (Encoding.UTF8.GetBytes(s.ToString()), what);
    }

    static int LineStart(StringBuilder s, int p) { while (p > 0 && s[p - 1] != '\n') p--; return p; }
    static string Escape(string t) => t.Replace("\n", "\\n").Replace("\t", "\\t").Replace("\r", "\\r");

    /// <summary>Compiles the text in-process, then (unless told not to) runs the file in-process. Null when all is well.</summary>
    static string? Check(byte[] bytes, string dir, int i, bool compileOnly)
    {
        // Tokenizer, parser, symbol table and compiler.
        string? source = null;
        try { source = new UTF8Encoding(false, true).GetString(bytes); } catch (DecoderFallbackException) { }
        bool compiles = false;
        if (source is not null)
        {
            string? failure = null;
            var t = new Thread(() =>
            {
                try { Compiler.Compile(Parser.Parse(source, "fuzz.py"), "fuzz.py", source); compiles = true; }
                catch (SyntaxErrorException) { }
                catch (PyException e) when (e.Value.Type.IsSubtypeOf(TypeObjects.RecursionError) || e.Value.Type.IsSubtypeOf(TypeObjects.MemoryError)) { }
                catch (Exception e) { failure = $"compiling threw {e.GetType().Name}: {e.Message}\n{e.StackTrace}"; }
            }, 64 * 1024 * 1024);
            t.Start();
            if (!t.Join(StopBudget)) return "compiling hung";
            if (failure is not null) return failure;
        }
        if (compileOnly || (source is not null && !compiles)) return null;

        // The whole program through the CLI's path (decoding, errors, output), bounded in time.
        string path = Path.Combine(dir, $"case{i}.py");
        File.WriteAllBytes(path, bytes);
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int exit = -1;
        ThreadState? ts = null;
        Exception? crash = null;
        var run = new Thread(() =>
        {
            ts = ThreadState.Current;
            try { exit = Host.RunOnThisThread([path], TextReader.Null, stdout, stderr); }
            catch (Exception e) { crash = e; }
        }, 256 * 1024 * 1024) { IsBackground = true };
        run.Start();
        if (!run.Join(RunBudget))
        {
            Interrupts.Interrupt(ts);   // as Ctrl-C: the program must stop at its next safe point
            if (!run.Join(StopBudget)) return "hang: still running after KeyboardInterrupt";
        }
        string err;
        try { err = stderr.ToString(); } catch (ArgumentException) { err = ""; }
        if (crash is not null) return $"the host threw {crash.GetType().Name}: {crash.Message}";
        if (exit == 70 || err.Contains("internal error", StringComparison.Ordinal) || err.Contains("   at Herthon.", StringComparison.Ordinal)
            || System.Text.RegularExpressions.Regex.IsMatch(err, @"\bSystem\.[A-Z]\w*(Exception|Error)\b"))
            return $"exit {exit}, stderr:\n{(err.Length > 2000 ? err[..2000] : err)}";
        return null;
    }
}
