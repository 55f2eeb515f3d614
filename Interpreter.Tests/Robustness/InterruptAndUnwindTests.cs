using Herthon.Evaluation;
using Herthon.Hosting;
using Herthon.Runtime;
using Assert = Xunit.Assert;
using ThreadState = Herthon.Evaluation.ThreadState;

namespace Herthon.Tests.Robustness;

/// <summary>
/// The CI failure of the fuzz test (seed 3 case 223): a KeyboardInterrupt the harness sent while a
/// loaded machine was still setting up importlib ended in a NullReferenceException of Unwind
/// (exit 70). These pin the two halves of the fix: an interrupt that arrives during start-up is a
/// KeyboardInterrupt of the run (it was printed as "importlib could not be set up" or as a failed
/// import of site, and the program then ran on), and the unwinding of the eval loop never
/// dereferences a missing frame, whatever the frame chain looks like.
/// </summary>
public class InterruptAndUnwindTests
{
    /// <summary>Runs the CLI in-process on a thread of its own, with Ctrl-C already pending when it starts.</summary>
    static (int Exit, string Stdout, string Stderr) RunInterruptedAtStart(string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int exit = -1;
        Exception? crash = null;
        var t = new Thread(() =>
        {
            Interrupts.Interrupt(ThreadState.Current);   // as a Ctrl-C that arrives before the first instruction
            try { exit = Host.RunOnThisThread(args, TextReader.Null, stdout, stderr); }
            catch (Exception e) { crash = e; }
        }, 256 * 1024 * 1024);
        t.Start();
        Assert.True(t.Join(TimeSpan.FromSeconds(60)), "the run did not end");
        Assert.Null(crash);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    static string LastLine(string text) => text.TrimEnd('\n').Split('\n')[^1];

    [Fact]
    public void Interrupt_during_importlib_and_site_set_up_ends_the_run_as_KeyboardInterrupt()
    {
        Assert.True(Directory.Exists("/usr/lib/python3.11/importlib"), "the standard library is missing");
        var (exit, stdout, stderr) = RunInterruptedAtStart(["-c", "print('the program ran')"]);
        Assert.Equal("", stdout);
        Assert.DoesNotContain("importlib could not be set up", stderr);
        Assert.DoesNotContain("internal error", stderr);
        Assert.True(LastLine(stderr) == "KeyboardInterrupt", stderr);
        Assert.StartsWith("Traceback (most recent call last):", stderr);
        Assert.Equal(130, exit);
    }

    [Fact]
    public void Interrupt_pending_before_a_program_without_site_is_raised_at_its_first_safe_point()
    {
        var (exit, stdout, stderr) = RunInterruptedAtStart(["-S", "-c", "t = 0\nfor i in range(1000):\n    t += i\nprint('the program ran')"]);
        Assert.Equal("", stdout);
        Assert.True(LastLine(stderr) == "KeyboardInterrupt", stderr);
        Assert.Equal(130, exit);
    }

    /// <summary>
    /// Runs `code` with a builtin `breaker` that replaces ts.Frame by <paramref name="replacement"/>
    /// (a broken frame chain, as the CI failure had) and raises ValueError, from two inline frames
    /// deep. Returns what came out of the run.
    /// </summary>
    static Exception? RunWithBrokenChain(Func<Frame?> replacement)
    {
        const string source = """
            def inner():
                breaker()
            def outer():
                try:
                    inner()
                except KeyError:
                    pass
            outer()
            """;
        Exception? result = null;
        var t = new Thread(() =>
        {
            var code = Host.CompileSource(source, "broken_chain.py", "exec");
            var globals = new PyDict();
            _ = Builtins.Dict;   // creates the builtins module once per process
            globals["__builtins__"] = Builtins.Module;
            globals["breaker"] = new PyBuiltinFunction("breaker", (a, kw) =>
            {
                ThreadState.Current.Frame = replacement();
                throw Errors.Make(TypeObjects.ValueError, "raised with a broken frame chain");
            });
            try { Interpreter.RunCode(code, globals, null); }
            catch (Exception e) { result = e; }
        }, 64 * 1024 * 1024);
        t.Start();
        Assert.True(t.Join(TimeSpan.FromSeconds(30)));
        return result;
    }

    [Fact]
    public void An_exception_with_no_current_frame_comes_out_as_a_Python_exception()
    {
        var e = RunWithBrokenChain(() => null);
#if DEBUG
        Assert.IsType<FrameChainChecks.FrameChainBroken>(e);   // the DEBUG build reports the broken invariant
#else
        var pe = Assert.IsType<PyException>(e);
        Assert.Same(TypeObjects.ValueError, pe.Value.Type);
#endif
    }

    [Fact]
    public void An_exception_whose_frame_chain_misses_the_entry_frame_comes_out_as_a_Python_exception()
    {
        var detached = Host.CompileSource("pass", "detached.py", "exec");
        var e = RunWithBrokenChain(() => new Frame(detached, new PyDict(), new PyDict(), null));
#if DEBUG
        Assert.IsType<FrameChainChecks.FrameChainBroken>(e);
#else
        var pe = Assert.IsType<PyException>(e);
        Assert.Same(TypeObjects.ValueError, pe.Value.Type);
#endif
    }

    static (int Exit, string Stdout, string Stderr) RunInProcess(string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int exit = -1;
        Exception? crash = null;
        var t = new Thread(() =>
        {
            try { exit = Host.RunOnThisThread(args, TextReader.Null, stdout, stderr); }
            catch (Exception e) { crash = e; }
        }, 256 * 1024 * 1024);
        t.Start();
        Assert.True(t.Join(TimeSpan.FromSeconds(120)), "the run did not end");
        Assert.Null(crash);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>
    /// The root cause: the builtins module was one per process, so a Python function a run stored in
    /// it (corpus 825 sets builtins.len for a moment; a fuzz mutant of it may never restore it) was
    /// called by every later or concurrent in-process run, from two threads at once under two GILs,
    /// and the two runs took the same spare Frame of it (their frame chains crossed). Each run has
    /// its own builtins module now, as each CPython interpreter does.
    /// </summary>
    [Fact]
    public void What_a_run_stores_in_builtins_is_not_seen_by_the_next_run()
    {
        var first = RunInProcess(["-S", "-c", "import builtins\nbuiltins._herthon_leak = lambda: 1\nbuiltins.len = lambda x: -1\nprint(len([1]))"]);
        Assert.Equal((0, "-1\n"), (first.Exit, first.Stdout));
        var second = RunInProcess(["-S", "-c", "import builtins\nprint(hasattr(builtins, '_herthon_leak'), len([1]))"]);
        Assert.Equal((0, "False 1\n", ""), second);
    }

    [Fact]
    public void Concurrent_runs_each_calling_a_function_stored_in_builtins_keep_their_frame_chains()
    {
        const string source = """
            import builtins
            if not hasattr(builtins, "_herthon_shared"):
                def shared(x):
                    return x + 1
                builtins._herthon_shared = shared
            f = builtins._herthon_shared
            t = 0
            for i in range(50000):
                t = f(t)
            print(t)
            """;
        var bad = new System.Collections.Concurrent.ConcurrentBag<string>();
        var threads = Enumerable.Range(0, 2).Select(k => new Thread(() =>
        {
            for (int i = 0; i < 4; i++)
            {
                var (exit, stdout, stderr) = RunInProcess(["-S", "-c", source]);
                if (exit != 0 || stdout != "50000\n") bad.Add($"thread {k} run {i}: exit {exit}, stdout {stdout}, stderr {stderr}");
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        Assert.True(bad.IsEmpty, string.Join("\n", bad.Take(3)));
    }

#if DEBUG
    /// <summary>
    /// DEBUG builds: KeyboardInterrupt at safe points spread over the whole start-up (the importlib
    /// bootstrap, site) and the program, chosen with ThreadState.DebugInterruptCountdown instead of
    /// at random instants: every outcome is the run's KeyboardInterrupt (or, at the last ones, a
    /// finished run), never an internal error. The frame-chain checks (FrameChainChecks) are on.
    /// </summary>
    [Fact]
    public void Interrupts_at_safe_points_throughout_start_up_end_the_run_as_KeyboardInterrupt()
    {
        string[] args = ["-c", "def f(n):\n    return n\nfor i in range(50):\n    f(i)\nprint('ran')"];
        var (_, _, _, left) = RunCountdown(args, int.MaxValue);
        int points = int.MaxValue - left;
        Assert.True(points > 100, $"only {points} safe points");
        var failures = new List<string>();
        for (int at = 1; at <= points && failures.Count < 3; at += Math.Max(1, points / 250))
        {
            var (exit, stdout, stderr, _) = RunCountdown(args, at);
            bool interrupted = exit == 130 && stdout is "" or "ran\n" && stderr.TrimEnd('\n').EndsWith("\nKeyboardInterrupt", StringComparison.Ordinal);
            bool finished = exit == 0 && stdout == "ran\n";
            if (!interrupted && !finished) failures.Add($"safe point {at} of {points}: exit {exit}, stdout {stdout}\n{stderr}");
        }
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    static (int Exit, string Stdout, string Stderr, int Left) RunCountdown(string[] args, int countdown)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int exit = -1, left = 0;
        Exception? crash = null;
        var t = new Thread(() =>
        {
            var ts = ThreadState.Current;
            ts.DebugInterruptCountdown = countdown;
            ts.RequestPending(PendingWork.Finalizers);   // the first safe point calls RunPending, which counts
            try { exit = Host.RunOnThisThread(args, TextReader.Null, stdout, stderr); }
            catch (Exception e) { crash = e; }
            left = ts.DebugInterruptCountdown;
            ts.DebugInterruptCountdown = 0;
        }, 256 * 1024 * 1024);
        t.Start();
        Assert.True(t.Join(TimeSpan.FromSeconds(60)), "the run did not end");
        Assert.Null(crash);
        return (exit, stdout.ToString(), stderr.ToString(), left);
    }
#endif
}
