namespace Herthon.Hosting;

/// <summary>The command line of `herthon`, callable in-process with explicit streams (tests use this).</summary>
public static class Host
{
    public static int RunMain(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        stderr.WriteLine("herthon: not yet implemented");
        return 2;
    }
}
