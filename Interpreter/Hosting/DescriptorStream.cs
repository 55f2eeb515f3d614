using System.Runtime.InteropServices;

namespace Herthon.Hosting;

/// <summary>
/// A write-only stream over an inherited descriptor that calls write(2) itself. .NET's FileStream
/// over a seekable descriptor (stdout redirected to a file) writes with pwrite at a position of its
/// own and never moves the descriptor's offset, so output shared with the parent shell
/// (`(echo a; herthon p.py; echo b) > log`) was overwritten. write(2) moves the shared offset as
/// every Unix program does. Errors surface as IOException whose HResult is the errno (EPIPE when
/// the reader of a pipe has gone), the shape the text streams translate into OSError subclasses.
/// </summary>
public sealed class DescriptorStream(int fd) : Stream
{
    [DllImport("libc", EntryPoint = "write", SetLastError = true)]
    private static extern nint write(int fd, ref byte buf, nint count);

    private const int EINTR = 4, EAGAIN = 11;

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (!buffer.IsEmpty)
        {
            nint n = write(fd, ref MemoryMarshal.GetReference(buffer), buffer.Length);
            if (n >= 0) { buffer = buffer[(int)n..]; continue; }
            int errno = Marshal.GetLastPInvokeError();
            if (errno == EINTR) continue;
            if (errno == EAGAIN) { Thread.Sleep(1); continue; } // a non-blocking descriptor someone handed us
            throw new IOException(new System.ComponentModel.Win32Exception(errno).Message, errno);
        }
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));
    public override void WriteByte(byte value) => Write([value]);
    public override void Flush() { }
    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
