using System.Buffers.Binary;
using Herthon.Compiling;
using Herthon.Runtime;

namespace Herthon.Hosting;

/// <summary>
/// The compiled-code cache: a module's code object, marshalled (MarshalModule), in a file laid out
/// as a CPython .pyc (magic, flags, source mtime, source size, data) at the path
/// importlib.util.cache_from_source gives under sys.pycache_prefix — by default (prefix None)
/// $XDG_CACHE_HOME/herthon/build-… (~/.cache/herthon/build-…, one folder per build: BuildFolder), so
/// nothing is ever written beside the library.
/// The magic number is Herthon's build (importlib's MAGIC_NUMBER is set to it, so importlib's
/// SourceFileLoader shares the entries); an entry whose magic, mtime or size does not match, or
/// that does not unmarshal, is ignored and rewritten.
/// </summary>
public static class CodeCache
{
    /// <summary>The build's identity (the assembly's module version id): code objects carry it.</summary>
    public static readonly byte[] BuildId = typeof(CodeCache).Module.ModuleVersionId.ToByteArray();

    /// <summary>Two bytes from the build id with the top bit set (CPython's magics are below 0x8000), then "\r\n".</summary>
    public static readonly byte[] Magic = MakeMagic();

    public const string CacheTag = "herthon-311";

    private static byte[] MakeMagic()
    {
        uint h = 2166136261;
        foreach (var b in BuildId) h = (h ^ b) * 16777619;
        ushort m = (ushort)((h ^ (h >> 16)) | 0x8000);
        return [(byte)m, (byte)(m >> 8), (byte)'\r', (byte)'\n'];
    }

    /// <summary>
    /// The build's own folder in the default cache: "build-" and the first 8 bytes of BuildId in hex.
    /// Every build has its own magic, so builds sharing one folder rejected and rewrote each other's
    /// entries: a plain and an instrumented build used in turn recompiled what they imported at
    /// every start (~70 ms of CPU for `import json, re, collections`). CPython keeps its versions
    /// apart by the cache tag in the file name (cpython-311); Herthon's tag stays herthon-311 (it is
    /// sys.implementation.cache_tag, and a folder set by sys.pycache_prefix is the program's own
    /// and used as given), so the default folder is divided by build instead.
    /// </summary>
    public static readonly string BuildFolder = "build-" + Convert.ToHexStringLower(BuildId, 0, 8);

    /// <summary>$XDG_CACHE_HOME/herthon/build-…, else ~/.cache/herthon/build-… (null without a home directory).</summary>
    public static string? DefaultPrefix()
    {
        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        if (!string.IsNullOrEmpty(xdg) && Path.IsPathRooted(xdg)) return Path.Combine(xdg, "herthon", BuildFolder);
        var home = Environment.GetEnvironmentVariable("HOME");
        return string.IsNullOrEmpty(home) ? null : Path.Combine(home, ".cache", "herthon", BuildFolder);
    }

    /// <summary>Sets sys.dont_write_bytecode and sys.flags.dont_write_bytecode for this run.</summary>
    public static void ConfigureSys(PyDict sys, bool dontWrite)
    {
        sys["dont_write_bytecode"] = dontWrite ? PyBool.True : PyBool.False;
        if (sys.Get("flags") is PyTuple flags) flags.Items[4] = PyInt.From(dontWrite ? 1 : 0);
    }

    /// <summary>
    /// Where entries go: sys.pycache_prefix when a program sets it, else Herthon's cache folder. (CPython's
    /// None means "__pycache__ beside the source"; Herthon never writes beside the source, so None
    /// means its own folder and sys.pycache_prefix reads None by default, as in CPython.)
    /// </summary>
    public static string? Prefix(PyDict sys) => sys.Get("pycache_prefix") is PyStr ps ? ps.V : DefaultPrefix();

    /// <summary>importlib's cache_from_source under a prefix: prefix + the source's absolute folder + name.tag.pyc.</summary>
    public static string PathFor(string source, string prefix)
    {
        var full = Path.GetFullPath(source);
        var dir = Path.GetDirectoryName(full) ?? "/";
        var file = Path.GetFileName(full);
        int dot = file.LastIndexOf('.');
        var stem = dot > 0 ? file[..dot] : file;
        // -O and -OO code is kept apart, as importlib's cache_from_source names it (name.tag.opt-N.pyc).
        int optimize = Host.CurrentOrNull?.Options.Optimize ?? 0;
        return Path.Combine(prefix, dir.TrimStart('/'), stem + "." + CacheTag + (optimize > 0 ? $".opt-{Math.Min(optimize, 2)}" : "") + ".pyc");
    }

    /// <summary>The module's code: from the cache when its entry is valid, else compiled (and the entry written).</summary>
    public static CodeObject Compile(string file, PyDict sys)
    {
        var prefix = Prefix(sys);
        if (prefix is null) return Host.CompileFile(file, File.ReadAllText(file));
        FileInfo info;
        try { info = new FileInfo(file); } catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return Host.CompileFile(file, File.ReadAllText(file)); }
        uint mtime = (uint)(long)Math.Floor((info.LastWriteTimeUtc - DateTime.UnixEpoch).TotalSeconds);
        uint size = (uint)info.Length;
        var cachePath = PathFor(file, prefix);
        if (TryRead(cachePath, mtime, size) is { } cached)
        {
            // The entry holds the path it was compiled from; a file reached by another path says its own.
            if (cached.FileName != file) FixFileName(cached, cached.FileName, file);
            return cached;
        }
        var code = Host.CompileFile(file, File.ReadAllText(file));
        if (!Ops.Truth(sys.Get("dont_write_bytecode") ?? PyBool.False)) TryWrite(cachePath, code, mtime, size);
        return code;
    }

    /// <summary>
    /// Entries are read into one buffer per thread, grown (in 64 KiB steps) to the largest entry read.
    /// With File.ReadAllBytes every entry of 85,000 bytes or more (os, _collections_abc, the importlib
    /// bootstrap at start-up; enum, collections, functools and re._parser for `import json`: 100-190 KB
    /// each) was a new array in the large-object heap, garbage that only a gen2 collection frees and
    /// whose pages stay resident (docs/performance.md, "memory4 ... eleventh session").
    /// </summary>
    [ThreadStatic] private static byte[]? t_readBuffer;

    private static CodeObject? TryRead(string cachePath, uint mtime, uint size)
    {
        byte[] data;
        int length;
        try
        {
            using var handle = File.OpenHandle(cachePath);
            long fileLength = RandomAccess.GetLength(handle);
            if (fileLength < 16 || fileLength > Array.MaxLength - 65536) return null;
            length = (int)fileLength;
            data = t_readBuffer is { } buffer && buffer.Length >= length ? buffer : (t_readBuffer = new byte[(length + 65535) & ~65535]);
            for (int read = 0; read < length;)
            {
                int n = RandomAccess.Read(handle, data.AsSpan(read, length - read), read);
                if (n <= 0) return null;   // shorter than it was a moment ago: being rewritten
                read += n;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
        if (!data.AsSpan(0, 4).SequenceEqual(Magic)) return null;
        if (BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(4)) != 0) return null;
        if (BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(8)) != mtime || BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(12)) != size) return null;
        try { return MarshalModule.Loads(data, 16, length, out _) as CodeObject; }
        catch (PyException) { return null; }   // corrupt: recompile and rewrite
    }

    private static void TryWrite(string cachePath, CodeObject code, uint mtime, uint size)
    {
        try
        {
            // One stream per thread, reused: a new one per entry grew by doubling, and with the
            // payload's copy and the header's copy left three large-object arrays per big module.
            var stream = t_writeStream ??= new MemoryStream();
            stream.SetLength(0);
            Span<byte> header = stackalloc byte[16];
            header.Clear();
            Magic.CopyTo(header);
            BinaryPrimitives.WriteUInt32LittleEndian(header[8..], mtime);
            BinaryPrimitives.WriteUInt32LittleEndian(header[12..], size);
            stream.Write(header);
            MarshalModule.DumpTo(stream, code, MarshalModule.Version);
            Directory.CreateDirectory(Path.GetDirectoryName(cachePath)!);
            WriteAtomic(cachePath, stream.GetBuffer().AsSpan(0, (int)stream.Length));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or PyException) { }   // a cache that cannot be written is no cache
    }

    [ThreadStatic] private static MemoryStream? t_writeStream;

    /// <summary>Written beside and renamed, so a concurrent reader never sees half an entry (OSError if it cannot be written).</summary>
    public static void WriteAtomic(string path, ReadOnlySpan<byte> data)
    {
        var tmp = $"{path}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp";   // in-process hosts run on several threads
        try
        {
            File.WriteAllBytes(tmp, data);
            File.Move(tmp, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try { File.Delete(tmp); } catch (Exception) { }
            throw Errors.OSError($"could not write {path}: {e.Message}");
        }
    }

    /// <summary>_imp._fix_co_filename: the code and all code nested in it report newName.</summary>
    public static void FixFileName(CodeObject code, string oldName, string newName)
    {
        if (code.FileName != oldName) return;
        code.FileName = newName;
        foreach (var k in code.Constants) if (k is CodeObject inner) FixFileName(inner, oldName, newName);
    }
}
