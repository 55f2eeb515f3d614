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
        modules["_struct"] = StructModule.Create;
        modules["errno"] = ErrnoModule.Create;
        modules["binascii"] = BinasciiModule.Create;
        modules["atexit"] = AtexitModule.Create;
        modules["_bisect"] = BisectModule.Create;
        modules["opcode"] = OpcodeModule.CreateOpcode; modules["_opcode"] = OpcodeModule.CreateUnderscoreOpcode;   // dis
        modules["_testinternalcapi"] = TestinternalcapiModule.Create;
        modules["_heapq"] = HeapqModule.Create;
        modules["_tracemalloc"] = TracemallocModule.Create;
        modules["_queue"] = QueueModule.Create;
        modules["zlib"] = ZlibModule.Create;
        modules["_csv"] = CsvModule.Create;
        modules["cmath"] = Cmath.Create;
        modules["_weakref"] = WeakrefModule.Create;
        modules["_codecs"] = CodecsModule.Create;
        modules["_io"] = IoModule.Create;
        modules["_sre"] = Sre.Create;
        modules["_ast"] = AstModule.Create;
        modules["_contextvars"] = ContextvarsModule.Create;
        modules["_posixsubprocess"] = PosixsubprocessModule.Create; modules["select"] = SelectModule.Create; modules["_socket"] = SocketModule.Create; modules["fcntl"] = FcntlModule.Create; // net
        modules["termios"] = TermiosModule.Create;   // terminal
        modules["_thread"] = ThreadModule.Create;
        modules["_signal"] = SignalModule.Create;
        modules["_operator"] = OperatorModule.Create;
        modules["_abc"] = AbcModule.Create;
        modules["_string"] = StringModule.Create;
        modules["_imp"] = ImpModule.Create;
        modules["marshal"] = MarshalModule.Create;
        modules["_warnings"] = WarningsModule.Create;
        modules["_hashlib"] = HashlibModule.Create;
        modules["_md5"] = HashlibModule.Builtin("_md5", "md5");
        modules["_sha1"] = HashlibModule.Builtin("_sha1", "sha1");
        modules["_sha256"] = HashlibModule.Builtin("_sha256", "sha224", "sha256");
        modules["_sha512"] = HashlibModule.Builtin("_sha512", "sha384", "sha512");
        modules["_sha3"] = HashlibModule.Builtin("_sha3", "sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256");
        modules["_blake2"] = Blake2Module.Create;
        modules["array"] = ArrayModule.Create;
        modules["_bz2"] = Bz2Module.Create;
        modules["_lzma"] = LzmaModule.Create;
        modules["pwd"] = PwdModule.Create;
        modules["grp"] = GrpModule.Create;
        modules["resource"] = ResourceModule.Create;
        modules["faulthandler"] = FaulthandlerModule.Create;
        modules["syslog"] = SyslogModule.Create;
        modules["_uuid"] = UuidModule.Create;
        modules["_locale"] = LocaleModule.Create;
        modules["_json"] = JsonModule.Create;
        modules["readline"] = ReadlineModule.Create;   // repl
        modules["unicodedata"] = Unicodedata.Create;
        modules["_lsprof"] = LsprofProfiler.Create;
        modules["_asyncio"] = AsyncioModule.Create;
        modules["_sqlite3"] = Sqlite3Module.Create;   // sqlite
        modules["_pickle"] = PickleModule.Create;
        modules["itertools"] = ItertoolsModule.Create;
    }
}
