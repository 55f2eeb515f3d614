namespace Herthon;

public static class Program
{
    public static int Main(string[] args)
    {
        Hosting.Host.IsCommandLine = true;
        int status = Hosting.Host.RunMain(args, Console.In, Console.Out, Console.Error);
        if (Hosting.Host.EndedByKeyboardInterrupt) Hosting.Interrupts.DieOfSigint();
        return status;
    }
}
