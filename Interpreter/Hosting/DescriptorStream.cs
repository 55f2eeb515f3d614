using System.Runtime.InteropServices;

namespace Herthon.Hosting;

/// <summary>
/// A stream over an inherited descriptor that calls write(2) itself. .NET's FileStream
/// over a seekable descriptor (stdout redirected to a file) writes with pwrite at a position of its
/// own and never moves the descriptor's offset, so output shared with the parent shell
/// (`(echo a; herthon p.py; echo b) > log`) was overwritten. write(2) moves the shared offset as
/// every Unix program does. Errors surface as IOException whose HResult is the errno (EPIPE when
/// the reader of a pipe has gone), the shape the text streams translate into OSError subclasses.
/// Reading (stdin from a pipe or file) waits without the GIL, and on the main thread Ctrl-C ends the
/// wait with KeyboardInterrupt, as CPython's read of stdin does. With <paramref name="dropBrokenPipe"/>
/// a write to a pipe whose reader has gone is dropped, as Console.Error drops it (stderr).
/// </summary>
public sealed class DescriptorStream(int fd, bool dropBrokenPipe = false) : Stream
{
    [DllImport("libc", EntryPoint = "write", SetLastError = true)]
    private static extern nint write(int fd, ref byte buf, nint count);
    [DllImport("libc", EntryPoint = "read", SetLastError = true)]
    private static extern nint read(int fd, ref byte buf, nint count);

    private const int EINTR = 4, EAGAIN = 11, EPIPE = 32;

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (!buffer.IsEmpty)
        {
            nint n = write(fd, ref MemoryMarshal.GetReference(buffer), buffer.Length);
            if (n >= 0) { buffer = buffer[(int)n..]; continue; }
            int errno = Marshal.GetLastPInvokeError();
            if (errno == EINTR) continue;
            if (errno == EAGAIN) { Thread.Sleep(1); continue; } // a non-blocking descriptor someone handed us
            if (errno == EPIPE && dropBrokenPipe) return;
            throw new IOException(new System.ComponentModel.Win32Exception(errno).Message, errno);
        }
    }

    public override int Read(Span<byte> buffer)
    {
        if (buffer.IsEmpty) return 0;
        while (true)
        {
            Interrupts.WaitReady(fd, forWrite: false);
            nint n;
            using (Evaluation.Gil.Unlocked()) n = read(fd, ref MemoryMarshal.GetReference(buffer), buffer.Length);
            if (n >= 0) return (int)n;
            int errno = Marshal.GetLastPInvokeError();
            if (errno == EINTR) continue;
            if (errno == EAGAIN) { Thread.Sleep(1); continue; }
            throw new IOException(new System.ComponentModel.Win32Exception(errno).Message, errno);
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));
    public override void WriteByte(byte value) => Write([value]);
    public override void Flush() { }
    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
