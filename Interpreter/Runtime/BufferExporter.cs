namespace Herthon.Runtime;

/// <summary>
/// A native object other than bytes/bytearray that exports its contents through the buffer protocol
/// (array.array): memoryview(), bytes() and the modules taking bytes-like arguments read it through this.
/// </summary>
public interface IBufferExporter
{
    /// <summary>The exported bytes, valid until the exporter is next resized.</summary>
    Span<byte> Buffer { get; }
    /// <summary>The struct format of one item ('B', 'i', 'd', ...).</summary>
    char BufferFormat { get; }
    int BufferItemSize { get; }
    /// <summary>True when views of it must not write (a PickleBuffer over bytes).</summary>
    bool BufferReadOnly => false;
}

/// <summary>A native mutable container of a module (array.array): hash() refuses it, as CPython's
/// types with tp_hash = PyObject_HashNotImplemented.</summary>
public interface IUnhashable;
