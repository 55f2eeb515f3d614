using System.Text.RegularExpressions;
using static Herthon.Tests.Probes.NativeEnvironment;

namespace Herthon.Tests.Probes;

/// <summary>`herthon --list-probes`: the generator's catalogue, no root or tracer needed.</summary>
public class ListProbesTests
{
    private static readonly Regex Row = new(@"^herthon\s+(\w+)\s+(yes|no)\s+(.*)$");

    private static Dictionary<string, (string Enabled, string Arguments)> Parse(string output)
        => output.Split('\n').Select(l => Row.Match(l.TrimEnd())).Where(m => m.Success)
            .ToDictionary(m => m.Groups[1].Value, m => (m.Groups[2].Value, m.Groups[3].Value));

    [LauncherFact]
    public void Lists_every_marker_of_herthon_d_with_argument_types_and_names_all_disabled()
    {
        var (code, output, error) = Run(Launcher, ["--list-probes"]);
        Assert.True(code == 0, error);
        var rows = Parse(output);
        Assert.Equal(Markers, rows.Keys);
        Assert.Equal(("no", "const char *filename, const char *funcname, int lineno, uint64_t frameid"), rows["function__entry"]);
        Assert.Equal(("no", "const char *event, void *args"), rows["audit"]);
        Assert.Equal(("no", "const char *typename, const char *filename, int lineno"), rows["exception__raise"]);
    }

    [TracerFact]
    public void Shows_a_marker_as_enabled_while_a_tracer_attaches_to_it()
    {
        string output = Path.GetTempFileName();
        string listing = Path.GetTempFileName();
        try
        {
            string program = $"usdt:{Launcher}:herthon:gc__done {{ printf(\"never\\n\"); }}";
            var (code, _, error) = Run("sh", ["-c", $"bpftrace -o {output} -e '{program}' -c '{Launcher} --list-probes' > {listing}"]);
            Assert.True(code == 0, error);
            var rows = Parse(File.ReadAllText(listing));
            Assert.Equal("yes", rows["gc__done"].Enabled);
            Assert.All(rows.Where(r => r.Key != "gc__done"), r => Assert.Equal("no", r.Value.Enabled));
        }
        finally
        {
            File.Delete(output);
            File.Delete(listing);
        }
    }
}
