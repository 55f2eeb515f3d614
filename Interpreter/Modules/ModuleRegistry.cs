namespace Herthon.Runtime;

/// <summary>The builtin (C#) modules importable by name.</summary>
public static partial class ModuleRegistry
{
    public static void Register(Dictionary<string, Func<PyModule>> modules)
    {
        modules["math"] = MathModule.Create;
        modules["time"] = TimeModule.Create;
        modules["gc"] = GcModule.Create;
        modules["posix"] = PosixModule.Create;
        modules["_random"] = PyMersenne.Create;
        modules["_collections"] = CollectionsModule.Create;
        modules["traceback"] = TracebackModule.Create;
        modules["re"] = ReModule.Create;
        modules["struct"] = StructModule.Create;
        modules["errno"] = ErrnoModule.Create;
        modules["binascii"] = BinasciiModule.Create;
        modules["atexit"] = AtexitModule.Create;
        modules["zlib"] = ZlibModule.Create;
        modules["_csv"] = CsvModule.Create;
        modules["cmath"] = Cmath.Create;
        modules["_ast"] = AstModule.Create;
    }
}
