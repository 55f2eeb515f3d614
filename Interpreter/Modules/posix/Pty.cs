using System.Runtime.InteropServices;

namespace Herthon.Runtime;

/// <summary>os.openpty: a pseudo-terminal pair (what `pty` and `tty` programs and tests open), both ends
/// non-inheritable as CPython's.</summary>
public static unsafe partial class PosixModule
{
    [DllImport("libc", EntryPoint = "openpty", SetLastError = true)]
    private static extern int openpty_native(int* master, int* slave, byte* name, void* termp, void* winp);

    private static void AddPty(PyModule m) => m.AddFunction("openpty", static (a, kw) =>
    {
        Args.Count("openpty", a, kw, 0, 0);
        int master, slave;
        if (openpty_native(&master, &slave, null, null, null) < 0) throw OSErrors.Last();
        PosixProcess.SetInheritable(master, false);
        PosixProcess.SetInheritable(slave, false);
        return PyTuple.Of(PyInt.From(master), PyInt.From(slave));
    });
}
