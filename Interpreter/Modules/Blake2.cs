using System.Buffers.Binary;
using System.Numerics;

namespace Herthon.Runtime;

/// <summary>
/// `_blake2`: blake2b and blake2s (RFC 7693) with the full parameter block CPython exposes (key, salt,
/// person, tree hashing fields). Own code: OpenSSL's EVP digests take no key, salt or digest size.
/// </summary>
public static class Blake2Module
{
    private static readonly byte[][] Sigma =
    [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
        [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
        [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
        [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
        [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
        [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
        [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
        [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
        [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
        [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
    ];

    private static readonly ulong[] IV64 =
    [
        0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
        0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
    ];

    private static readonly uint[] IV32 = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

    private static readonly PyType BType = MakeType("blake2b", wide: true);
    private static readonly PyType SType = MakeType("blake2s", wide: false);

    public static PyModule Create()
    {
        var m = new PyModule("_blake2");
        m.Add("blake2b", BType);
        m.Add("blake2s", SType);
        m.Add("BLAKE2B_SALT_SIZE", PyInt.From(16));
        m.Add("BLAKE2B_PERSON_SIZE", PyInt.From(16));
        m.Add("BLAKE2B_MAX_KEY_SIZE", PyInt.From(64));
        m.Add("BLAKE2B_MAX_DIGEST_SIZE", PyInt.From(64));
        m.Add("BLAKE2S_SALT_SIZE", PyInt.From(8));
        m.Add("BLAKE2S_PERSON_SIZE", PyInt.From(8));
        m.Add("BLAKE2S_MAX_KEY_SIZE", PyInt.From(32));
        m.Add("BLAKE2S_MAX_DIGEST_SIZE", PyInt.From(32));
        return m;
    }

    /// <summary>One BLAKE2 state; `Wide` is blake2b (64-bit words, 128-byte blocks), else blake2s.</summary>
    private sealed class State : PyObject
    {
        public readonly bool Wide;
        public readonly int DigestSize;
        private readonly ulong[] _h = new ulong[8];
        private readonly byte[] _buf;
        private int _buflen;
        private UInt128 _t;
        private readonly bool _lastNode;

        public State(bool wide, byte[] param, byte[] key, bool lastNode)
        {
            Wide = wide; _lastNode = lastNode;
            DigestSize = param[0];
            _buf = new byte[BlockSize];
            for (int i = 0; i < 8; i++)
                _h[i] = wide ? IV64[i] ^ BinaryPrimitives.ReadUInt64LittleEndian(param.AsSpan(i * 8))
                             : IV32[i] ^ BinaryPrimitives.ReadUInt32LittleEndian(param.AsSpan(i * 4));
            if (key.Length > 0)
            {
                var block = new byte[BlockSize];
                key.CopyTo(block, 0);
                Update(block);
            }
        }

        private State(State s)
        {
            Wide = s.Wide; DigestSize = s.DigestSize; _lastNode = s._lastNode;
            s._h.CopyTo(_h, 0);
            _buf = (byte[])s._buf.Clone();
            _buflen = s._buflen; _t = s._t;
        }

        public override PyType Type => Wide ? BType : SType;
        public int BlockSize => Wide ? 128 : 64;
        public State Copy() => new(this);

        public void Update(ReadOnlySpan<byte> data)
        {
            // A full buffer is compressed only once more data arrives: the last block needs the final flag.
            while (data.Length > 0)
            {
                if (_buflen == BlockSize)
                {
                    _t += (uint)BlockSize;
                    Compress(_buf, last: false);
                    _buflen = 0;
                }
                int n = Math.Min(BlockSize - _buflen, data.Length);
                data[..n].CopyTo(_buf.AsSpan(_buflen));
                _buflen += n;
                data = data[n..];
            }
        }

        public byte[] Digest()
        {
            var s = Copy();
            s._t += (uint)s._buflen;
            Array.Clear(s._buf, s._buflen, s.BlockSize - s._buflen);
            s.Compress(s._buf, last: true);
            var full = new byte[Wide ? 64 : 32];
            for (int i = 0; i < 8; i++)
                if (Wide) BinaryPrimitives.WriteUInt64LittleEndian(full.AsSpan(i * 8), s._h[i]);
                else BinaryPrimitives.WriteUInt32LittleEndian(full.AsSpan(i * 4), (uint)s._h[i]);
            return full[..DigestSize];
        }

        private void Compress(byte[] block, bool last)
        {
            if (Wide) Compress64(block, last); else Compress32(block, last);
        }

        private void Compress64(byte[] block, bool last)
        {
            Span<ulong> m = stackalloc ulong[16], v = stackalloc ulong[16];
            for (int i = 0; i < 16; i++) m[i] = BinaryPrimitives.ReadUInt64LittleEndian(block.AsSpan(i * 8));
            for (int i = 0; i < 8; i++) { v[i] = _h[i]; v[i + 8] = IV64[i]; }
            v[12] ^= (ulong)_t;
            v[13] ^= (ulong)(_t >> 64);
            if (last) { v[14] = ~v[14]; if (_lastNode) v[15] = ~v[15]; }
            for (int r = 0; r < 12; r++)
            {
                var s = Sigma[r % 10];
                G64(v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
                G64(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
                G64(v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
                G64(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
                G64(v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
                G64(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
                G64(v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
                G64(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
            }
            for (int i = 0; i < 8; i++) _h[i] ^= v[i] ^ v[i + 8];
        }

        private static void G64(Span<ulong> v, int a, int b, int c, int d, ulong x, ulong y)
        {
            v[a] = v[a] + v[b] + x; v[d] = BitOperations.RotateRight(v[d] ^ v[a], 32);
            v[c] = v[c] + v[d]; v[b] = BitOperations.RotateRight(v[b] ^ v[c], 24);
            v[a] = v[a] + v[b] + y; v[d] = BitOperations.RotateRight(v[d] ^ v[a], 16);
            v[c] = v[c] + v[d]; v[b] = BitOperations.RotateRight(v[b] ^ v[c], 63);
        }

        private void Compress32(byte[] block, bool last)
        {
            Span<uint> m = stackalloc uint[16], v = stackalloc uint[16];
            for (int i = 0; i < 16; i++) m[i] = BinaryPrimitives.ReadUInt32LittleEndian(block.AsSpan(i * 4));
            for (int i = 0; i < 8; i++) { v[i] = (uint)_h[i]; v[i + 8] = IV32[i]; }
            v[12] ^= (uint)_t;
            v[13] ^= (uint)(_t >> 32);
            if (last) { v[14] = ~v[14]; if (_lastNode) v[15] = ~v[15]; }
            for (int r = 0; r < 10; r++)
            {
                var s = Sigma[r];
                G32(v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
                G32(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
                G32(v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
                G32(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
                G32(v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
                G32(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
                G32(v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
                G32(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
            }
            for (int i = 0; i < 8; i++) _h[i] = (uint)_h[i] ^ v[i] ^ v[i + 8];
        }

        private static void G32(Span<uint> v, int a, int b, int c, int d, uint x, uint y)
        {
            v[a] = v[a] + v[b] + x; v[d] = BitOperations.RotateRight(v[d] ^ v[a], 16);
            v[c] = v[c] + v[d]; v[b] = BitOperations.RotateRight(v[b] ^ v[c], 12);
            v[a] = v[a] + v[b] + y; v[d] = BitOperations.RotateRight(v[d] ^ v[a], 8);
            v[c] = v[c] + v[d]; v[b] = BitOperations.RotateRight(v[b] ^ v[c], 7);
        }
    }

    private static readonly string[] ParamNames =
        ["digest_size", "key", "salt", "person", "fanout", "depth", "leaf_size", "node_offset", "node_depth", "inner_size", "last_node", "usedforsecurity"];

    private static State New(bool wide, ReadOnlySpan<PyObject> a, string[]? kw)
    {
        string fn = wide ? "blake2b" : "blake2s";
        int npos = Args.Positional(a, kw);
        if (npos > 1) throw Errors.TypeError($"{fn}() takes at most 1 positional argument ({npos} given)");
        Args.OnlyKw(fn, kw, ParamNames);
        int maxDigest = wide ? 64 : 32, saltSize = wide ? 16 : 8;
        var given = new Dictionary<string, PyObject>();
        for (int i = 0; kw is not null && i < kw.Length; i++) given[kw[i]] = a[npos + i];
        long Int(string name, long dflt) => given.TryGetValue(name, out var v) ? Ops.IndexValue(v) : dflt;
        byte[] Bytes(string name) => given.TryGetValue(name, out var v) ? HashlibModule.Data(v) : [];

        long digestSize = Int("digest_size", maxDigest);
        if (digestSize < 1 || digestSize > maxDigest) throw Errors.ValueError($"digest_size must be between 1 and {maxDigest} bytes");
        var salt = Bytes("salt");
        if (salt.Length > saltSize) throw Errors.ValueError($"maximum salt length is {saltSize} bytes");
        var person = Bytes("person");
        if (person.Length > saltSize) throw Errors.ValueError($"maximum person length is {saltSize} bytes");
        long fanout = Int("fanout", 1);
        if (fanout < 0 || fanout > 255) throw Errors.ValueError("fanout must be between 0 and 255");
        long depth = Int("depth", 1);
        if (depth <= 0 || depth > 255) throw Errors.ValueError("depth must be between 1 and 255");
        long leafSize = Int("leaf_size", 0);
        if (leafSize < 0) throw Errors.OverflowError("can't convert negative int to unsigned");
        if (leafSize > uint.MaxValue) throw Errors.OverflowError("leaf_size is too large");
        long nodeOffset = Int("node_offset", 0);
        if (nodeOffset < 0) throw Errors.OverflowError("can't convert negative int to unsigned");
        if (!wide && nodeOffset > (1L << 48) - 1) throw Errors.OverflowError("node_offset is too large");
        long nodeDepth = Int("node_depth", 0);
        if (nodeDepth < 0 || nodeDepth > 255) throw Errors.ValueError("node_depth must be between 0 and 255");
        long innerSize = Int("inner_size", 0);
        if (innerSize < 0 || innerSize > maxDigest) throw Errors.ValueError($"inner_size must be between 0 and is {maxDigest}");
        var key = Bytes("key");
        if (key.Length > maxDigest) throw Errors.ValueError($"maximum key length is {maxDigest} bytes");
        bool lastNode = Args.Kw(a, kw, "last_node") is { } ln && Ops.Truth(ln);

        // The parameter block (RFC 7693 section 2.5).
        var p = new byte[wide ? 64 : 32];
        p[0] = (byte)digestSize; p[1] = (byte)key.Length; p[2] = (byte)fanout; p[3] = (byte)depth;
        BinaryPrimitives.WriteUInt32LittleEndian(p.AsSpan(4), (uint)leafSize);
        if (wide)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(p.AsSpan(8), (ulong)nodeOffset);
            p[16] = (byte)nodeDepth; p[17] = (byte)innerSize;
            salt.CopyTo(p, 32); person.CopyTo(p, 48);
        }
        else
        {
            for (int i = 0; i < 6; i++) p[8 + i] = (byte)(nodeOffset >> (8 * i));
            p[14] = (byte)nodeDepth; p[15] = (byte)innerSize;
            salt.CopyTo(p, 16); person.CopyTo(p, 24);
        }
        var state = new State(wide, p, key, lastNode);
        if (npos == 1) state.Update(HashlibModule.Data(a[0]));
        return state;
    }

    private static PyType MakeType(string name, bool wide)
    {
        var t = new PyType(name, [TypeObjects.Object], true) { Module = "_blake2" };
        t.ComputeMro();
        t.New = wide ? static (cls, a, kw) => New(true, a, kw) : static (cls, a, kw) => New(false, a, kw);
        static State S(ReadOnlySpan<PyObject> a) => (State)a[0];
        t.SetMethod("update", static (a, kw) =>
        {
            Args.Method("update", a, kw, 1, 1);
            S(a).Update(HashlibModule.Data(a[1]));
            return PyNone.Instance;
        });
        t.SetMethod("digest", static (a, kw) => { Args.Method("digest", a, kw, 0, 0); return new PyBytes(S(a).Digest()); });
        t.SetMethod("hexdigest", static (a, kw) => { Args.Method("hexdigest", a, kw, 0, 0); return PyStr.From(Convert.ToHexStringLower(S(a).Digest())); });
        t.SetMethod("copy", static (a, kw) => { Args.Method("copy", a, kw, 0, 0); return S(a).Copy(); });
        t.TypeDict["name"] = new PyGetSetDescriptor("name", o => PyStr.From(((State)o).Wide ? "blake2b" : "blake2s"));
        t.TypeDict["digest_size"] = new PyGetSetDescriptor("digest_size", o => PyInt.From(((State)o).DigestSize));
        t.TypeDict["block_size"] = new PyGetSetDescriptor("block_size", o => PyInt.From(((State)o).BlockSize));
        t.TypeDict["SALT_SIZE"] = PyInt.From(wide ? 16 : 8);
        t.TypeDict["PERSON_SIZE"] = PyInt.From(wide ? 16 : 8);
        t.TypeDict["MAX_KEY_SIZE"] = PyInt.From(wide ? 64 : 32);
        t.TypeDict["MAX_DIGEST_SIZE"] = PyInt.From(wide ? 64 : 32);
        return t;
    }
}
