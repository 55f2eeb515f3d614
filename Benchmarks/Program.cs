using BenchmarkDotNet.Running;

namespace Herthon.Benchmarks;

public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length == 3 && args[0] == "--compare-il")
            return CompareIL.Run(args[1], args[2]);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
