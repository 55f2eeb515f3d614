using System.Runtime.InteropServices;

namespace Herthon.Runtime;

/// <summary>
/// `_uuid`, the accelerator uuid.py imports: generate_time_safe() through libuuid's
/// uuid_generate_time_safe(3), as CPython's _uuidmodule.c on Linux. Without libuuid the import fails
/// and uuid.py falls back to its pure-Python node lookup, as it does under CPython built without it.
/// </summary>
public static unsafe class UuidModule
{
    private const string Library = "libuuid.so.1";
    private static nint s_generate;

    public static PyModule Create()
    {
        if (s_generate == 0)
        {
            if (!NativeLibrary.TryLoad(Library, out var lib) || !NativeLibrary.TryGetExport(lib, "uuid_generate_time_safe", out var fn))
                throw Errors.ImportError("No module named '_uuid'");
            s_generate = fn;
        }
        var m = new PyModule("_uuid");
        m.Add("has_uuid_generate_time_safe", PyInt.From(1));
        m.AddFunction("generate_time_safe", static (a, kw) =>
        {
            Args.Count("_uuid.generate_time_safe", a, kw, 0, 0);
            var uuid = new byte[16];
            int res;
            fixed (byte* p = uuid) res = ((delegate* unmanaged<byte*, int>)s_generate)(p);
            return PyTuple.Of(new PyBytes(uuid), PyInt.From(res));
        });
        return m;
    }
}
