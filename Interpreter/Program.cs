namespace Herthon;

public static class Program
{
    public static int Main(string[] args)
    {
        Hosting.Host.IsCommandLine = true;
        int status = Hosting.Host.RunMain(args, StandardInput(), StandardOutput(), Console.Error);
        if (Hosting.Host.EndedByKeyboardInterrupt) Hosting.Interrupts.DieOfSigint();
        return status;
    }

    // A terminal stays .NET's Console.In (the REPL's line reading); a pipe or file is read with read(2) on
    // fd 0 so that Ctrl-C interrupts the wait (KeyboardInterrupt) and other threads run meanwhile.
    private static TextReader StandardInput()
    {
        if (!OperatingSystem.IsLinux() || !Console.IsInputRedirected) return Console.In;
        return new StreamReader(new Hosting.DescriptorStream(0), new System.Text.UTF8Encoding(false), detectEncodingFromByteOrderMarks: false);
    }

    // Console.Out drops EPIPE silently (and FileStream would pwrite past the shell's offset); CPython's stdout raises BrokenPipeError when the reader of
    // the pipe has gone (`herthon prog.py | head -1`). Same unbuffered-per-write behaviour otherwise.
    private static TextWriter StandardOutput()
    {
        if (!OperatingSystem.IsLinux()) return Console.Out;
        var writer = new StreamWriter(new Hosting.DescriptorStream(1), new System.Text.UTF8Encoding(false)) { AutoFlush = true, NewLine = "\n" };
        return TextWriter.Synchronized(writer);
    }
}
