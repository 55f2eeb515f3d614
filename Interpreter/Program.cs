namespace Herthon;

public static class Program
{
    public static int Main(string[] args)
    {
        Hosting.StartupTrace.Mark("Main (runtime started)");
        Hosting.GcStats.Start();
        Hosting.GcGrowth.Start();
        Hosting.Host.IsCommandLine = true;
        Hosting.Host.ReadClosedStandardFds();
        // Started with stderr closed (`2>&-`): Console.Error would throw; sys.stderr is None, as in CPython.
        var stderr = (Hosting.Host.ClosedStandardFds & 4) != 0 ? TextWriter.Null : StandardError();
        int status = Hosting.Host.RunMain(args, Hosting.ConsoleInput.Instance, StandardOutput(), stderr);
        Hosting.StartupTrace.Mark("exit", last: true);
        Hosting.GcStats.Report();
        if (Hosting.Host.EndedByKeyboardInterrupt) Hosting.Interrupts.DieOfSigint();
        return status;
    }

    // Console.Out drops EPIPE silently (and FileStream would pwrite past the shell's offset); CPython's stdout raises BrokenPipeError when the reader of
    // the pipe has gone (`herthon prog.py | head -1`). Buffered: sys.stdout flushes it per line, per write (-u) or when asked (PyTextStream).
    private static TextWriter StandardOutput() => OperatingSystem.IsLinux() ? DescriptorWriter(1, dropBrokenPipe: false, autoFlush: false) : Console.Out;

    // Console.Error's first write initialises the console, which opens Console.Out on descriptor 1:
    // after `os.close(1)` or `FileIO(1).close()` every write to stderr threw (UnauthorizedAccessException,
    // EBADF) and the traceback of the program's OSError was lost. Written straight to descriptor 2,
    // unbuffered per write as Console.Error.
    private static TextWriter StandardError() => OperatingSystem.IsLinux() ? DescriptorWriter(2, dropBrokenPipe: true, autoFlush: true) : Console.Error;

    /// <summary>UTF-8 text written with write(2) on <paramref name="fd"/>: at every write, or (autoFlush false)
    /// when its 8 KiB buffer fills or it is flushed.</summary>
    private static TextWriter DescriptorWriter(int fd, bool dropBrokenPipe, bool autoFlush) =>
        TextWriter.Synchronized(new StreamWriter(new Hosting.DescriptorStream(fd, dropBrokenPipe), new System.Text.UTF8Encoding(false), 8192)
        {
            AutoFlush = autoFlush,
            NewLine = "\n",
        });
}
