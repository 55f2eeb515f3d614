using Herthon.Runtime;

namespace Herthon.Hosting;

// The import system's per-run state: importlib's bootstrap objects once loaded, -B and -X importtime.
public sealed partial class Host
{
    /// <summary>CPython's importlib installed over the native importer (null until the first non-builtin import).</summary>
    public ImportBootstrap.Objects? Boot;
    public bool Bootstrapping, BootstrapFailed;
    private PyModule? _builtins;
    /// <summary>This run's builtins module (Builtins.Module while the host is current): a copy of the template.</summary>
    internal PyModule BuiltinsModule => _builtins ??= Builtins.NewModule();
    /// <summary>Set while the bootstrap loads: its imports fire no audit event, marker or importtime line.</summary>
    public bool QuietImports;

    /// <summary>-B or HERTHONDONTWRITEBYTECODE: the compiled-code cache is read but never written.</summary>
    public bool DontWriteBytecode = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("HERTHONDONTWRITEBYTECODE"));

    /// <summary>-X importtime: each import's self and cumulative time on stderr.</summary>
    public bool ImportTime;
    public bool ImportTimeHeader;
    public int ImportLevel;
    public long ImportAccumulated;
    public readonly Stack<long> ImportAccumulatedSaved = new();

    /// <summary>An -X option (as CPython, unknown ones are accepted and ignored).</summary>
    private void SetXOption(string option)
    {
        if (option == "importtime") ImportTime = true;
    }
}
