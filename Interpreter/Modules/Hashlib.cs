using System.Runtime.InteropServices;
using System.Text;

namespace Herthon.Runtime;

/// <summary>
/// `_hashlib` over the system's OpenSSL (libcrypto.so.3, the library CPython's own _hashlib links), plus
/// the builtin-named hash modules `_md5`, `_sha1`, `_sha256`, `_sha512` and `_sha3` over the same digests
/// (CPython's are its own C code; the digests are the same by definition). HMAC is built on the digest
/// objects (RFC 2104), PBKDF2 is OpenSSL's. BLAKE2 is in Blake2.cs.
/// </summary>
public static unsafe class HashlibModule
{
    private const string Lib = "libcrypto.so.3";

    [DllImport(Lib)] private static extern nint EVP_get_digestbyname(byte* name);
    [DllImport(Lib)] private static extern nint EVP_MD_CTX_new();
    [DllImport(Lib)] private static extern void EVP_MD_CTX_free(nint ctx);
    [DllImport(Lib)] private static extern int EVP_DigestInit_ex(nint ctx, nint md, nint engine);
    [DllImport(Lib)] private static extern int EVP_DigestUpdate(nint ctx, byte* d, nuint cnt);
    [DllImport(Lib)] private static extern int EVP_DigestFinal_ex(nint ctx, byte* md, uint* s);
    [DllImport(Lib)] private static extern int EVP_DigestFinalXOF(nint ctx, byte* md, nuint len);
    [DllImport(Lib)] private static extern int EVP_MD_CTX_copy_ex(nint outCtx, nint inCtx);
    [DllImport(Lib)] private static extern int EVP_MD_get_size(nint md);
    [DllImport(Lib)] private static extern int EVP_MD_get_block_size(nint md);
    [DllImport(Lib)] private static extern int PKCS5_PBKDF2_HMAC(byte* pass, int passlen, byte* salt, int saltlen, int iter, nint md, int keylen, byte* output);

    /// <summary>Python's names for OpenSSL's digests (CPython's py_digest_name / py_digest_by_name).</summary>
    private static readonly (string Py, string Ssl)[] Names =
    [
        ("md5", "MD5"), ("sha1", "SHA1"), ("sha224", "SHA224"), ("sha256", "SHA256"), ("sha384", "SHA384"),
        ("sha512", "SHA512"), ("sha512_224", "SHA512-224"), ("sha512_256", "SHA512-256"),
        ("sha3_224", "SHA3-224"), ("sha3_256", "SHA3-256"), ("sha3_384", "SHA3-384"), ("sha3_512", "SHA3-512"),
        ("shake_128", "SHAKE128"), ("shake_256", "SHAKE256"), ("blake2b", "BLAKE2B512"), ("blake2s", "BLAKE2S256"),
        ("md5-sha1", "MD5-SHA1"), ("sm3", "SM3"), ("ripemd160", "RIPEMD160"),
    ];

    private static readonly string[] Constructors =
        ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256"];

    private static PyType? s_unsupported;
    private static PyType UnsupportedType => s_unsupported ??= Errors.ModuleException("UnsupportedDigestmodError", "_hashlib", TypeObjects.ValueError);
    private static readonly PyType HashType = MakeHashType("HASH", "_hashlib", null);
    private static readonly PyType HashXofType = MakeHashType("HASHXOF", "_hashlib", HashType);
    private static readonly PyType HmacType = MakeHmacType();
    private static readonly Dictionary<string, PyType> BuiltinTypes = [];

    /// <summary>One message digest in progress: an EVP_MD_CTX owned by this object.</summary>
    internal sealed class Hash : PyObject
    {
        private nint _ctx;
        public readonly nint Md;
        public readonly string Name;
        public readonly bool Xof;
        private readonly PyType _type;

        public Hash(PyType type, string name, nint md)
        {
            _type = type; Name = name; Md = md;
            Xof = name.StartsWith("shake_", StringComparison.Ordinal);
            _ctx = EVP_MD_CTX_new();
            if (_ctx == 0) throw Errors.MemoryError("");
            if (EVP_DigestInit_ex(_ctx, md, 0) != 1) throw Errors.Make(UnsupportedType, $"unsupported hash type {name}");
        }

        private Hash(Hash from)
        {
            _type = from._type; Name = from.Name; Md = from.Md; Xof = from.Xof;
            _ctx = EVP_MD_CTX_new();
            if (_ctx == 0 || EVP_MD_CTX_copy_ex(_ctx, from._ctx) != 1) throw Errors.ValueError("[digital envelope routines] copy failed");
        }

        ~Hash() { if (_ctx != 0) EVP_MD_CTX_free(_ctx); _ctx = 0; }

        public override PyType Type => _type;
        public int DigestSize => Xof ? 0 : EVP_MD_get_size(Md);
        public int BlockSize => EVP_MD_get_block_size(Md);
        public Hash Copy() => new(this);

        public void Update(ReadOnlySpan<byte> data)
        {
            fixed (byte* p = data) EVP_DigestUpdate(_ctx, p, (nuint)data.Length);
        }

        /// <summary>The digest so far; the object stays usable (OpenSSL finalises a copy).</summary>
        public byte[] Digest(int xofLength = 0)
        {
            var copy = Copy();
            var r = new byte[Xof ? xofLength : EVP_MD_get_size(Md)];
            fixed (byte* p = r)
            {
                if (Xof) { if (r.Length > 0) EVP_DigestFinalXOF(copy._ctx, p, (nuint)r.Length); }
                else { uint n; EVP_DigestFinal_ex(copy._ctx, p, &n); }
            }
            GC.KeepAlive(copy);
            return r;
        }
    }

    /// <summary>The bytes of a hash input: str is refused with CPython's message.</summary>
    internal static byte[] Data(PyObject o) => o switch
    {
        PyStr => throw Errors.TypeError("Strings must be encoded before hashing"),
        PyBytes or PyByteArray or IBufferExporter or PyMemoryView => BytesMethods.AsBytes(o),
        _ => throw Errors.TypeError("object supporting the buffer API required"),
    };

    private static nint Lookup(string pyName, out string name)
    {
        name = pyName.ToLowerInvariant();
        string ssl = name;
        foreach (var (py, s) in Names)
            if (py == name || s.Equals(pyName, StringComparison.OrdinalIgnoreCase)) { name = py; ssl = s; break; }
        var bytes = Encoding.ASCII.GetBytes(ssl + "\0");
        fixed (byte* p = bytes) return EVP_get_digestbyname(p);
    }

    private static Hash NewHash(string pyName, PyType? type = null)
    {
        nint md = Lookup(pyName, out string name);
        if (md == 0) throw Errors.ValueError("[digital envelope routines] unsupported");
        return new Hash(type ?? (name.StartsWith("shake_", StringComparison.Ordinal) ? HashXofType : HashType), name, md);
    }

    /// <summary>`string`, or `data` (hashlib.new passes it positionally), among the arguments after `skip`.</summary>
    private static PyObject? DataArg(string fn, ReadOnlySpan<PyObject> a, string[]? kw, int skip)
    {
        int npos = Args.Positional(a, kw);
        Args.OnlyKw(fn, kw, "string", "data", "usedforsecurity", "name");
        if (npos > skip + 1) throw Errors.TypeError($"{fn}() takes at most {skip + 1} argument{(skip == 0 ? "" : "s")} ({npos} given)");
        return npos > skip ? a[skip] : Args.Kw(a, kw, "string") ?? Args.Kw(a, kw, "data");
    }

    private static Hash Start(Hash h, PyObject? data)
    {
        if (data is not null) h.Update(Data(data));
        return h;
    }

    public static PyModule Create()
    {
        var m = new PyModule("_hashlib");
        m.Add("HASH", HashType);
        m.Add("HASHXOF", HashXofType);
        m.Add("HMAC", HmacType);
        m.Add("UnsupportedDigestmodError", UnsupportedType);
        m.AddFunction("new", static (a, kw) =>
        {
            var name = Args.Positional(a, kw) > 0 ? a[0] : Args.Kw(a, kw, "name") ?? throw Errors.TypeError("new() missing required argument 'name' (pos 1)");
            return Start(NewHash(Ops.AsString(name, "new() argument 'name'")), DataArg("new", a, kw, 1));
        });
        foreach (var ctor in Constructors)
        {
            string name = ctor;
            m.AddFunction("openssl_" + name, (a, kw) => Start(NewHash(name), DataArg("openssl_" + name, a, kw, 0)));
        }
        var names = new PySet(frozen: true);
        foreach (var (py, _) in Names)
        {
            if (Lookup(py, out _) is not 0 and var md && CanInit(md)) names.Add(PyStr.From(py));
        }
        m.Add("openssl_md_meth_names", names);
        m.Add("_constructors", new PyDict());
        m.AddFunction("get_fips_mode", static (a, kw) => PyInt.From(0));
        m.AddFunction("compare_digest", static (a, kw) => { Args.Count("compare_digest", a, kw, 2, 2); return PyBool.From(OperatorModule.DigestEquals(a[0], a[1])); });
        m.AddFunction("pbkdf2_hmac", static (a, kw) =>
        {
            string[] names = ["hash_name", "password", "salt", "iterations", "dklen"];
            var v = Bind("pbkdf2_hmac", a, kw, names, 4);
            var md = Lookup(Ops.AsString(v[0]!, "pbkdf2_hmac() argument 'hash_name'"), out _);
            var password = Data(v[1]!);
            var salt = Data(v[2]!);
            long iterations = Ops.IndexValue(v[3]!);
            if (iterations < 1) throw Errors.ValueError("iteration value must be greater than 0.");
            if (iterations > int.MaxValue) throw Errors.OverflowError("iteration value is too great.");
            if (md == 0) throw Errors.ValueError("[digital envelope routines] unsupported");
            long dklen = v[4] is null or PyNone ? EVP_MD_get_size(md) : Ops.IndexValue(v[4]!);
            if (dklen < 1) throw Errors.ValueError("key length must be greater than 0.");
            if (dklen > int.MaxValue) throw Errors.OverflowError("key length is too great.");
            var key = new byte[dklen];
            fixed (byte* pp = password) fixed (byte* sp = salt) fixed (byte* kp = key)
                if (PKCS5_PBKDF2_HMAC(pp, password.Length, sp, salt.Length, (int)iterations, md, key.Length, kp) != 1)
                    throw Errors.ValueError("[digital envelope routines] PBKDF2 failed");
            return new PyBytes(key);
        });
        m.AddFunction("hmac_new", static (a, kw) =>
        {
            var v = Bind("hmac_new", a, kw, ["key", "msg", "digestmod"], 1);
            var h = new Hmac(Data(v[0]!), DigestName(v[2]));
            if (v[1] is { } msg and not PyNone) h.Update(Data(msg));
            return h;
        });
        m.AddFunction("hmac_digest", static (a, kw) =>
        {
            var v = Bind("hmac_digest", a, kw, ["key", "msg", "digest"], 3);
            var h = new Hmac(Data(v[0]!), DigestName(v[2]));
            h.Update(Data(v[1]!));
            return new PyBytes(h.Digest());
        });
        return m;
    }

    private static bool CanInit(nint md)
    {
        nint ctx = EVP_MD_CTX_new();
        bool ok = EVP_DigestInit_ex(ctx, md, 0) == 1;
        EVP_MD_CTX_free(ctx);
        return ok;
    }

    /// <summary>Positional-or-keyword binding; names past `required` are optional (null when absent).</summary>
    internal static PyObject?[] Bind(string fn, ReadOnlySpan<PyObject> a, string[]? kw, string[] names, int required)
    {
        int npos = Args.Positional(a, kw);
        if (npos > names.Length) throw Errors.TypeError($"{fn}() takes at most {names.Length} arguments ({npos} given)");
        Args.OnlyKw(fn, kw, names);
        var r = new PyObject?[names.Length];
        for (int i = 0; i < names.Length; i++)
        {
            r[i] = i < npos ? a[i] : Args.Kw(a, kw, names[i]);
            if (r[i] is null && i < required) throw Errors.TypeError($"{fn}() missing required argument '{names[i]}' (pos {i + 1})");
        }
        return r;
    }

    /// <summary>hmac's digestmod: a name, or one of the openssl_* constructors.</summary>
    private static string DigestName(PyObject? digestmod) => digestmod switch
    {
        null or PyNone => throw Errors.TypeError("Missing required parameter 'digestmod'."),
        PyStr s => s.V,
        PyBuiltinFunction f when f.Name.StartsWith("openssl_", StringComparison.Ordinal) => f.Name["openssl_".Length..],
        _ => throw Errors.Make(UnsupportedType, $"Unsupported digestmod {Ops.Repr(digestmod)}"),
    };

    /// <summary>HMAC (RFC 2104) over two digest objects: inner keyed with ipad, outer with opad.</summary>
    private sealed class Hmac : PyObject
    {
        private readonly Hash _inner, _outer;

        public Hmac(byte[] key, string digest)
        {
            _inner = NewHash(digest);
            if (_inner.Xof) throw Errors.ValueError("no reason supplied");
            _outer = NewHash(digest);
            int block = _inner.BlockSize;
            if (key.Length > block)
            {
                var kh = NewHash(digest);
                kh.Update(key);
                key = kh.Digest();
            }
            var pad = new byte[block];
            key.CopyTo(pad, 0);
            for (int i = 0; i < block; i++) pad[i] ^= 0x36;
            _inner.Update(pad);
            for (int i = 0; i < block; i++) pad[i] ^= 0x36 ^ 0x5c;
            _outer.Update(pad);
        }

        private Hmac(Hash inner, Hash outer) { _inner = inner; _outer = outer; }

        public override PyType Type => HmacType;
        public Hmac Copy() => new(_inner.Copy(), _outer.Copy());
        public void Update(byte[] data) => _inner.Update(data);
        public string Name => "hmac-" + _inner.Name;
        public int DigestSize => _inner.DigestSize;
        public int BlockSize => _inner.BlockSize;

        public byte[] Digest()
        {
            var outer = _outer.Copy();
            outer.Update(_inner.Digest());
            return outer.Digest();
        }
    }

    private static PyType MakeHmacType()
    {
        var t = new PyType("HMAC", [TypeObjects.Object], true) { Module = "_hashlib" };
        t.ComputeMro();
        t.New = static (cls, a, kw) => throw Errors.TypeError("cannot create '_hashlib.HMAC' instances");
        static Hmac H(ReadOnlySpan<PyObject> a) => (Hmac)a[0];
        t.SetMethod("update", static (a, kw) =>
        {
            var v = Bind("update", a[1..], kw, ["msg"], 1);
            H(a).Update(Data(v[0]!));
            return PyNone.Instance;
        });
        t.SetMethod("digest", static (a, kw) => { Args.Method("digest", a, kw, 0, 0); return new PyBytes(H(a).Digest()); });
        t.SetMethod("hexdigest", static (a, kw) => { Args.Method("hexdigest", a, kw, 0, 0); return PyStr.From(Convert.ToHexStringLower(H(a).Digest())); });
        t.SetMethod("copy", static (a, kw) => { Args.Method("copy", a, kw, 0, 0); return H(a).Copy(); });
        t.SetMethod("__repr__", static (a, kw) => PyStr.From($"<{H(a).Name} HMAC object @ 0x{System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(a[0]):x}>"));
        t.TypeDict["name"] = new PyGetSetDescriptor("name", o => PyStr.From(((Hmac)o).Name));
        t.TypeDict["digest_size"] = new PyGetSetDescriptor("digest_size", o => PyInt.From(((Hmac)o).DigestSize));
        t.TypeDict["block_size"] = new PyGetSetDescriptor("block_size", o => PyInt.From(((Hmac)o).BlockSize));
        return t;
    }

    /// <summary>A hash object type: _hashlib.HASH/HASHXOF, or a builtin module's (`_sha512.sha512`).</summary>
    private static PyType MakeHashType(string name, string module, PyType? @base)
    {
        var t = new PyType(name, [@base ?? TypeObjects.Object], true) { Module = module };
        t.ComputeMro();
        t.New = (cls, a, kw) => throw Errors.TypeError($"cannot create '{module}.{name}' instances");
        // HASHXOF inherits HASH's methods: digest/hexdigest take a length for XOF digests.
        if (@base is null) AddHashMethods(t);
        return t;
    }

    private static int XofLength(string fn, ReadOnlySpan<PyObject> a, string[]? kw)
    {
        var v = Bind(fn, a[1..], kw, ["length"], 1);
        long n = Ops.IndexValue(v[0]!);
        if (n < 0) throw Errors.ValueError("value must be positive");
        if (n >= 1L << 29) throw Errors.ValueError("digest length is too large");
        return (int)n;
    }

    private static void AddHashMethods(PyType t)
    {
        static Hash H(ReadOnlySpan<PyObject> a) => (Hash)a[0];
        t.SetMethod("update", static (a, kw) =>
        {
            Args.Method("update", a, kw, 1, 1);
            H(a).Update(Data(a[1]));
            return PyNone.Instance;
        });
        t.SetMethod("digest", static (a, kw) =>
        {
            if (H(a).Xof) return new PyBytes(H(a).Digest(XofLength("digest", a, kw)));
            Args.Method("digest", a, kw, 0, 0);
            return new PyBytes(H(a).Digest());
        });
        t.SetMethod("hexdigest", static (a, kw) =>
        {
            if (H(a).Xof) return PyStr.From(Convert.ToHexStringLower(H(a).Digest(XofLength("hexdigest", a, kw))));
            Args.Method("hexdigest", a, kw, 0, 0);
            return PyStr.From(Convert.ToHexStringLower(H(a).Digest()));
        });
        t.SetMethod("copy", static (a, kw) => { Args.Method("copy", a, kw, 0, 0); return H(a).Copy(); });
        t.SetMethod("__repr__", static (a, kw) =>
            PyStr.From($"<{H(a).Name} {H(a).Type.Module}.{H(a).Type.Name} object @ 0x{System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(a[0]):x}>"));
        t.TypeDict["name"] = new PyGetSetDescriptor("name", o => PyStr.From(((Hash)o).Name));
        t.TypeDict["digest_size"] = new PyGetSetDescriptor("digest_size", o => PyInt.From(((Hash)o).DigestSize));
        t.TypeDict["block_size"] = new PyGetSetDescriptor("block_size", o => PyInt.From(((Hash)o).BlockSize));
    }

    /// <summary>`_md5`, `_sha1`, `_sha256`, `_sha512`, `_sha3`: CPython's builtin hash modules by name and type.</summary>
    public static Func<PyModule> Builtin(string module, params string[] digests) => () =>
    {
        var m = new PyModule(module);
        foreach (var d in digests)
        {
            string digest = d;
            if (!BuiltinTypes.TryGetValue(module + "." + digest, out var type))
            {
                type = MakeHashType(digest, module, null);
                BuiltinTypes[module + "." + digest] = type;
            }
            var t = type;
            if (module == "_sha3")
            {
                // _sha3's constructors are its types.
                t.New = (cls, a, kw) => Start(NewHash(digest, t), DataArg(digest, a, kw, 0));
                m.Add(digest, t);
            }
            else m.AddFunction(digest, (a, kw) => Start(NewHash(digest, t), DataArg(digest, a, kw, 0)));
        }
        return m;
    };
}
