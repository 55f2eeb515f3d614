using System.Diagnostics;
using static Herthon.Tests.Probes.NativeEnvironment;

namespace Herthon.Tests.Probes;

/// <summary>
/// Issue 13's tracer stress: bpftrace attaches to and detaches from one running `herthon` 100 times
/// (function entry/return, line, gc markers) while four threads work; the program's output must be
/// byte-identical to an untraced run's, every session must see the round it traced, and once a
/// session has detached the markers' semaphores are back to zero (so no marker fires).
/// </summary>
public class TracerStressTests
{
    const int Cycles = 100;

    const string Script = """
        BEGIN { printf("READY\n"); }
        usdt:LAUNCHER:herthon:function__entry { @entry++; }
        usdt:LAUNCHER:herthon:function__return { @return++; }
        usdt:LAUNCHER:herthon:line { @line++; }
        usdt:LAUNCHER:herthon:gc__start { @gc++; }
        END { printf("entry=%d return=%d line=%d gc=%d\n", @entry, @return, @line, @gc); clear(@entry); clear(@return); clear(@line); clear(@gc); }
        """;

    private sealed class Herthon : IDisposable
    {
        private readonly Process _p;
        public Herthon()
        {
            _p = Process.Start(new ProcessStartInfo(Launcher, ["stress.py"])
            {
                WorkingDirectory = EndToEndTracingTests.Programs,
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
        }
        public int Id => _p.Id;
        public string Round()
        {
            _p.StandardInput.WriteLine("round");
            _p.StandardInput.Flush();
            return _p.StandardOutput.ReadLine() ?? "<eof> " + _p.StandardError.ReadToEnd();
        }
        public int Quit()
        {
            _p.StandardInput.WriteLine("quit");
            _p.StandardInput.Flush();
            Assert.True(_p.WaitForExit(60_000), "herthon did not quit");
            return _p.ExitCode;
        }
        public void Dispose() { if (!_p.HasExited) _p.Kill(); _p.Dispose(); }
    }

    static readonly string[] Traced = ["function__entry", "function__return", "line", "gc__start"];

    /// <summary>
    /// The USDT semaphores of the traced markers in the running launcher, read from /proc/PID/mem at
    /// the addresses of the ELF notes (PIE: the mapping at file offset 0 plus the note's address). A
    /// tracer raises them while attached; the loop fires a marker only while its semaphore is non-zero.
    /// </summary>
    private static Dictionary<string, int> Semaphores(int pid)
    {
        var notes = Run("readelf", ["-n", "--wide", Launcher]).Output.Split('\n');
        var addresses = new Dictionary<string, long>();
        for (int i = 0; i + 1 < notes.Length; i++)
        {
            var name = notes[i].Trim();
            if (!name.StartsWith("Name: ")) continue;
            var m = System.Text.RegularExpressions.Regex.Match(notes[i + 1], @"Semaphore: 0x([0-9a-f]+)");
            if (m.Success && Traced.Contains(name[6..])) addresses[name[6..]] = Convert.ToInt64(m.Groups[1].Value, 16);
        }
        Assert.Equal(Traced.Length, addresses.Count);
        // e_type (ELF header offset 16): a position-dependent executable (ET_EXEC, 2) is linked at its note
        // addresses; a PIE (ET_DYN, 3) is wherever its first mapping is.
        var header = new byte[18];
        using (var elf = File.OpenRead(Launcher)) elf.ReadExactly(header);
        long loadBase = BitConverter.ToUInt16(header, 16) == 2 ? 0 : File.ReadAllLines($"/proc/{pid}/maps")
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(f => f.Length >= 6 && f[5] == Launcher && f[2] == "00000000")
            .Select(f => Convert.ToInt64(f[0].Split('-')[0], 16)).First();
        using var mem = new FileStream($"/proc/{pid}/mem", FileMode.Open, FileAccess.Read);
        var result = new Dictionary<string, int>();
        var two = new byte[2];
        foreach (var (name, address) in addresses)
        {
            mem.Seek(loadBase + address, SeekOrigin.Begin);
            mem.ReadExactly(two);
            result[name] = BitConverter.ToUInt16(two);
        }
        return result;
    }

    /// <summary>
    /// How many cycles may be repeated because bpftrace itself failed (it printed an ERROR and no END
    /// line, e.g. "could not attach probe" from the kernel under load) while herthon's output stayed
    /// right: a tracer's own failure is not herthon's, but more than this many is a failure.
    /// </summary>
    const int TracerFailuresAllowed = 3;

    [EndToEndFact]
    public void Hundred_attach_detach_cycles_on_four_threads_change_nothing_but_what_the_tracer_sees()
    {
        string[] untraced;
        using (var plain = new Herthon())
        {
            untraced = Enumerable.Range(0, 2 * (Cycles + TracerFailuresAllowed)).Select(_ => plain.Round()).ToArray();
            Assert.Equal(0, plain.Quit());
        }

        var traced = new List<string>();
        var tracerFailures = new List<string>();
        using var herthon = new Herthon();
        for (int cycle = 0; cycle < Cycles; cycle++)
        {
            string counts, errors;
            using (var session = EndToEndTracingTests.Session.With(herthon.Id, Script.Replace("LAUNCHER", Launcher)))
            {
                var raised = Semaphores(herthon.Id);
                Assert.True(raised.Values.All(v => v > 0), $"cycle {cycle}: attached, yet semaphores are " + string.Join(", ", raised));
                traced.Add(herthon.Round());                   // seen by the tracer
                counts = session.DetachLines().LastOrDefault(l => l.StartsWith("entry=")) ?? "no END line";
                errors = session.Errors;
            }
            var after = Semaphores(herthon.Id);
            Assert.True(after.Values.All(v => v == 0), $"cycle {cycle}: detached, yet semaphores are " + string.Join(", ", after));
            traced.Add(herthon.Round());                       // untraced again
            if (!System.Text.RegularExpressions.Regex.IsMatch(counts, @"^entry=[1-9]\d* return=[1-9]\d* line=[1-9]\d* gc=[1-9]\d*$"))
            {
                var what = $"cycle {cycle}: {counts}; bpftrace's stderr: {errors}";
                Assert.True(counts == "no END line" && errors.Contains("ERROR") && tracerFailures.Count < TracerFailuresAllowed, what);
                tracerFailures.Add(what);
                cycle--;                                       // bpftrace failed on its own: this cycle again
            }
        }
        Assert.Equal(0, herthon.Quit());
        Assert.Equal(untraced.Take(traced.Count), traced);
        if (tracerFailures.Count > 0) Console.WriteLine($"TracerStressTests: bpftrace failed on its own in {tracerFailures.Count} cycle(s), repeated:\n" + string.Join("\n", tracerFailures));
    }
}
