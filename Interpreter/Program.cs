namespace Herthon;

public static class Program
{
    public static int Main(string[] args)
    {
        Hosting.Host.IsCommandLine = true;
        int status = Hosting.Host.RunMain(args, Console.In, StandardOutput(), Console.Error);
        if (Hosting.Host.EndedByKeyboardInterrupt) Hosting.Interrupts.DieOfSigint();
        return status;
    }

    // Console.Out drops EPIPE silently; CPython's stdout raises BrokenPipeError when the reader of
    // the pipe has gone (`herthon prog.py | head -1`). Same unbuffered-per-write behaviour otherwise.
    private static TextWriter StandardOutput()
    {
        if (!OperatingSystem.IsLinux()) return Console.Out;
        var fd1 = new Microsoft.Win32.SafeHandles.SafeFileHandle(1, ownsHandle: false);
        var stream = new FileStream(fd1, FileAccess.Write, bufferSize: 0);
        var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false)) { AutoFlush = true, NewLine = "\n" };
        return TextWriter.Synchronized(writer);
    }
}
