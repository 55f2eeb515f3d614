using System.Numerics;
using System.Security.Cryptography;

namespace Herthon.Runtime;

/// <summary>`_random`: CPython's Mersenne Twister core (MT19937, init_by_array seeding, 53-bit random()).
/// An instance type, so CPython's random.Random can subclass it and keep its own attributes.</summary>
public sealed class PyMersenne : PyDictInstance
{
    private const int N = 624, M = 397;
    private readonly uint[] _mt = new uint[N];
    private int _mti = N + 1;
    public static readonly PyType RandomType = MakeType();

    public PyMersenne(PyType type) : base(type) { SeedFromTime(); }

    private void InitGenrand(uint s)
    {
        _mt[0] = s;
        for (_mti = 1; _mti < N; _mti++)
            _mt[_mti] = 1812433253u * (_mt[_mti - 1] ^ (_mt[_mti - 1] >> 30)) + (uint)_mti;
    }

    private void InitByArray(uint[] key)
    {
        InitGenrand(19650218u);
        int i = 1, j = 0;
        int k = N > key.Length ? N : key.Length;
        for (; k > 0; k--)
        {
            _mt[i] = (_mt[i] ^ ((_mt[i - 1] ^ (_mt[i - 1] >> 30)) * 1664525u)) + key[j] + (uint)j;
            i++; j++;
            if (i >= N) { _mt[0] = _mt[N - 1]; i = 1; }
            if (j >= key.Length) j = 0;
        }
        for (k = N - 1; k > 0; k--)
        {
            _mt[i] = (_mt[i] ^ ((_mt[i - 1] ^ (_mt[i - 1] >> 30)) * 1566083941u)) - (uint)i;
            i++;
            if (i >= N) { _mt[0] = _mt[N - 1]; i = 1; }
        }
        _mt[0] = 0x80000000u;
    }

    public uint GenRand()
    {
        uint y;
        if (_mti >= N)
        {
            int kk;
            for (kk = 0; kk < N - M; kk++)
            {
                y = (_mt[kk] & 0x80000000u) | (_mt[kk + 1] & 0x7fffffffu);
                _mt[kk] = _mt[kk + M] ^ (y >> 1) ^ ((y & 1u) != 0 ? 0x9908b0dfu : 0u);
            }
            for (; kk < N - 1; kk++)
            {
                y = (_mt[kk] & 0x80000000u) | (_mt[kk + 1] & 0x7fffffffu);
                _mt[kk] = _mt[kk + (M - N)] ^ (y >> 1) ^ ((y & 1u) != 0 ? 0x9908b0dfu : 0u);
            }
            y = (_mt[N - 1] & 0x80000000u) | (_mt[0] & 0x7fffffffu);
            _mt[N - 1] = _mt[M - 1] ^ (y >> 1) ^ ((y & 1u) != 0 ? 0x9908b0dfu : 0u);
            _mti = 0;
        }
        y = _mt[_mti++];
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c5680u;
        y ^= (y << 15) & 0xefc60000u;
        y ^= y >> 18;
        return y;
    }

    public double Random()
    {
        uint a = GenRand() >> 5, b = GenRand() >> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    private void SeedFromTime()
    {
        var bytes = new byte[N * 4];
        RandomNumberGenerator.Fill(bytes);
        var key = new uint[N];
        Buffer.BlockCopy(bytes, 0, key, 0, bytes.Length);
        InitByArray(key);
    }

    public void Seed(PyObject arg)
    {
        if (arg is PyNone) { SeedFromTime(); return; }
        BigInteger n;
        if (arg is PyInt i) n = BigInteger.Abs(i.ToBig());
        else if (arg is PyStr or PyBytes or PyByteArray)
        {
            // random.seed version 2: int.from_bytes(a + sha512(a).digest())
            byte[] b = arg is PyStr s ? System.Text.Encoding.UTF8.GetBytes(s.V) : BytesMethods.AsBytes(arg);
            var all = b.Concat(SHA512.HashData(b)).ToArray();
            n = new BigInteger(all, isUnsigned: true, isBigEndian: true);
        }
        else n = BigInteger.Abs(new BigInteger(Ops.Hash(arg)));
        var bytesLe = n.ToByteArray(isUnsigned: true, isBigEndian: false);
        int words = Math.Max(1, (bytesLe.Length + 3) / 4);
        var key = new uint[words];
        for (int k = 0; k < bytesLe.Length; k++) key[k / 4] |= (uint)bytesLe[k] << (8 * (k % 4));
        if (n.IsZero) key = [0u];
        InitByArray(key);
    }

    public PyObject GetRandBits(long k)
    {
        if (k < 0) throw Errors.ValueError("number of bits must be non-negative");
        if (k == 0) return PyInt.From(0);
        if (k <= 32) return PyInt.From(GenRand() >> (int)(32 - k));
        int words = (int)((k - 1) / 32 + 1);
        var bytes = new byte[words * 4];
        for (int i = 0; i < words; i++, k -= 32)
        {
            uint r = GenRand();
            if (k < 32) r >>= (int)(32 - k);
            bytes[i * 4] = (byte)r; bytes[i * 4 + 1] = (byte)(r >> 8); bytes[i * 4 + 2] = (byte)(r >> 16); bytes[i * 4 + 3] = (byte)(r >> 24);
        }
        return PyInt.From(new BigInteger(bytes, isUnsigned: true, isBigEndian: false));
    }

    private static PyType MakeType()
    {
        var t = new PyType("Random", [TypeObjects.Object], true) { Module = "_random", AcceptsSubclasses = true };
        t.ComputeMro();
        t.New = static (cls, a, kw) =>
        {
            if (ReferenceEquals(cls, RandomType) && kw is { Length: > 0 }) throw Errors.TypeError("Random() takes no keyword arguments");
            int npos = Args.Positional(a, kw);
            if (npos > 1) throw Errors.TypeError($"Random() expected at most 1 argument, got {npos}");
            var r = new PyMersenne(cls);
            if (npos > 0) r.Seed(a[0]);
            return r;
        };
        t.SetMethod("seed", static (a, kw) => { ((PyMersenne)a[0]).Seed(a.Length > 1 ? a[1] : PyNone.Instance); return PyNone.Instance; });
        t.SetMethod("random", static (a, kw) => new PyFloat(((PyMersenne)a[0]).Random()));
        t.SetMethod("getrandbits", static (a, kw) =>
        {
            Args.Method("getrandbits", a, kw, 1, 1);
            return ((PyMersenne)a[0]).GetRandBits(Ops.IndexValue(a[1]));
        });
        t.SetMethod("getstate", static (a, kw) =>
        {
            var r = (PyMersenne)a[0];
            var items = new PyObject[N + 1];
            for (int i = 0; i < N; i++) items[i] = PyInt.From((long)r._mt[i]);
            items[N] = PyInt.From(r._mti);
            return PyTuple.From(items);
        });
        t.SetMethod("setstate", static (a, kw) =>
        {
            var r = (PyMersenne)a[0];
            var items = Ops.ToArray(a[1]);
            if (items.Length != N + 1) throw Errors.ValueError("state vector is the wrong size");
            for (int i = 0; i < N; i++) r._mt[i] = (uint)Ops.IndexValue(items[i]);
            r._mti = (int)Ops.IndexValue(items[N]);
            return PyNone.Instance;
        });
        return t;
    }

    public static PyModule Create()
    {
        var m = new PyModule("_random");
        m.Add("Random", RandomType);
        return m;
    }
}
