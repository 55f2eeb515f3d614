namespace Herthon.Probes;

/// <summary>
/// `herthon --list-probes`: every static marker of this build from the generator's catalogue
/// (HerthonProvider.Catalogue(), generated from herthon.d) — provider, name, argument types and
/// names, and whether a tracer has it enabled in this process right now. No root, no tracer needed.
/// </summary>
internal static class ProbeListing
{
    internal static void Write(TextWriter output)
    {
#if HERTHON_DTRACE
        var catalogue = HerthonProvider.Catalogue();
        string where = ProbeBinding.MarkerFile(HerthonProvider.Name, catalogue[0].Marker) ?? Environment.ProcessPath ?? "herthon";
        output.WriteLine($"# {catalogue.Length} static markers of provider {HerthonProvider.Name} in {where}");
        output.WriteLine("# (readelf -n shows them as NT_STAPSDT notes; bpftrace names them usdt:PATH:herthon:NAME)");
        int width = catalogue.Max(c => c.Marker.Length);
        output.WriteLine($"{"PROVIDER",-8} {"NAME".PadRight(width)} {"ENABLED",-7} ARGUMENTS");
        foreach (var (marker, signature, enabled) in catalogue)
        {
            string arguments = signature[(signature.IndexOf('(') + 1)..^1];
            output.WriteLine($"{HerthonProvider.Name,-8} {marker.PadRight(width)} {(enabled ? "yes" : "no"),-7} {arguments}");
        }
#else
        output.WriteLine("herthon: this build has no static markers (built with -p:WithDtrace=false or -p:ProbeGenerator=false)");
#endif
    }
}
