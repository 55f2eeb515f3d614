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
        modules["struct"] = StructModule.Create;
        modules["errno"] = ErrnoModule.Create;
        modules["binascii"] = BinasciiModule.Create;
        modules["atexit"] = AtexitModule.Create;
        modules["zlib"] = ZlibModule.Create;
        modules["_csv"] = CsvModule.Create;
        modules["cmath"] = Cmath.Create;
        modules["_weakref"] = WeakrefModule.Create;
        modules["_codecs"] = CodecsModule.Create;
        modules["_io"] = IoModule.Create;
        modules["_sre"] = Sre.Create;
        modules["_ast"] = AstModule.Create;
        modules["_contextvars"] = ContextvarsModule.Create;
        modules["_json"] = JsonModule.Create;
    }
}
