using System.Runtime.InteropServices;

namespace Herthon.Runtime;

/// <summary>The libc calls behind `posix` (Linux x86-64 / glibc layouts). Paths are NUL-terminated byte arrays.</summary>
internal static unsafe class PosixNative
{
    private const string C = "libc";
    public const int AT_FDCWD = -100, AT_SYMLINK_NOFOLLOW = 0x100, AT_REMOVEDIR = 0x200, AT_SYMLINK_FOLLOW = 0x400;
    public const int DT_UNKNOWN = 0, DT_DIR = 4, DT_REG = 8, DT_LNK = 10;

    /// <summary>struct stat of glibc on x86-64 (144 bytes).</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct Stat
    {
        public ulong Dev, Ino, Nlink;
        public uint Mode, Uid, Gid;
        private int _pad0;
        public ulong Rdev;
        public long Size, Blksize, Blocks;
        public long ATime, ATimeNs, MTime, MTimeNs, CTime, CTimeNs;
        private long _r0, _r1, _r2;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct Timespec { public long Sec, Nsec; }

    [DllImport(C, SetLastError = true)] public static extern int fstatat(int dirfd, byte[] path, out Stat st, int flags);
    [DllImport(C, SetLastError = true)] public static extern int fstat(int fd, out Stat st);
    [DllImport(C, SetLastError = true)] public static extern int openat(int dirfd, byte[] path, int flags, int mode);
    [DllImport(C, SetLastError = true)] public static extern nint read(int fd, byte* buf, nint count);
    [DllImport(C, SetLastError = true)] public static extern nint write(int fd, byte* buf, nint count);
    [DllImport(C, SetLastError = true)] public static extern long lseek(int fd, long offset, int whence);
    [DllImport(C, SetLastError = true)] public static extern int close(int fd);
    [DllImport(C, SetLastError = true)] public static extern int pipe2(int* fds, int flags);
    [DllImport(C, SetLastError = true)] public static extern int dup(int fd);
    [DllImport(C, SetLastError = true)] public static extern int dup3(int fd, int fd2, int flags);
    [DllImport(C, SetLastError = true)] public static extern int dup2(int fd, int fd2);
    [DllImport(C, SetLastError = true)] public static extern int fcntl(int fd, int cmd, long arg);
    [DllImport(C, SetLastError = true)] public static extern int isatty(int fd);
    [DllImport(C, SetLastError = true)] public static extern int ftruncate(int fd, long length);
    [DllImport(C, SetLastError = true)] public static extern int truncate(byte[] path, long length);
    [DllImport(C, SetLastError = true)] public static extern int fsync(int fd);
    [DllImport(C, SetLastError = true)] public static extern int fdatasync(int fd);
    [DllImport(C, SetLastError = true)] public static extern int mkdirat(int dirfd, byte[] path, int mode);
    [DllImport(C, SetLastError = true)] public static extern int unlinkat(int dirfd, byte[] path, int flags);
    [DllImport(C, SetLastError = true)] public static extern int renameat(int olddirfd, byte[] oldpath, int newdirfd, byte[] newpath);
    [DllImport(C, SetLastError = true)] public static extern int linkat(int olddirfd, byte[] oldpath, int newdirfd, byte[] newpath, int flags);
    [DllImport(C, SetLastError = true)] public static extern int symlinkat(byte[] target, int newdirfd, byte[] linkpath);
    [DllImport(C, SetLastError = true)] public static extern nint readlinkat(int dirfd, byte[] path, byte* buf, nint size);
    [DllImport(C, SetLastError = true)] public static extern int fchmodat(int dirfd, byte[] path, int mode, int flags);
    [DllImport(C, SetLastError = true)] public static extern int fchmod(int fd, int mode);
    [DllImport(C, SetLastError = true)] public static extern int fchownat(int dirfd, byte[] path, int uid, int gid, int flags);
    [DllImport(C, SetLastError = true)] public static extern int fchown(int fd, int uid, int gid);
    [DllImport(C, SetLastError = true)] public static extern int utimensat(int dirfd, byte[] path, Timespec* times, int flags);
    [DllImport(C, SetLastError = true)] public static extern int futimens(int fd, Timespec* times);
    [DllImport(C, SetLastError = true)] public static extern int faccessat(int dirfd, byte[] path, int mode, int flags);
    [DllImport(C, SetLastError = true)] public static extern int umask(int mask);
    [DllImport(C, SetLastError = true)] public static extern byte* getcwd(byte* buf, nint size);
    [DllImport(C, SetLastError = true)] public static extern int chdir(byte[] path);
    [DllImport(C, SetLastError = true)] public static extern int fchdir(int fd);
    [DllImport(C, SetLastError = true)] public static extern nint opendir(byte[] path);
    [DllImport(C, SetLastError = true)] public static extern nint fdopendir(int fd);
    [DllImport(C, SetLastError = true)] public static extern byte* readdir(nint dir);
    [DllImport(C, SetLastError = true)] public static extern void rewinddir(nint dir);
    [DllImport(C, SetLastError = true)] public static extern int closedir(nint dir);
    [DllImport(C, SetLastError = true)] public static extern int setenv(byte[] name, byte[] value, int overwrite);
    [DllImport(C, SetLastError = true)] public static extern int unsetenv(byte[] name);
    [DllImport(C)] public static extern int getpid();
    [DllImport(C)] public static extern int getppid();
    [DllImport(C)] public static extern uint getuid();
    [DllImport(C)] public static extern uint geteuid();
    [DllImport(C)] public static extern uint getgid();
    [DllImport(C)] public static extern uint getegid();
    [DllImport(C)] public static extern int getpgrp();
    [DllImport(C, SetLastError = true)] public static extern int getsid(int pid);
    [DllImport(C, SetLastError = true)] public static extern byte* getlogin();
    [DllImport(C, SetLastError = true)] public static extern int uname(byte* buf);
    [DllImport(C, SetLastError = true)] public static extern long times(long* tms);
    [DllImport(C, SetLastError = true)] public static extern long sysconf(int name);
    [DllImport(C, SetLastError = true)] public static extern int kill(int pid, int sig);
    [DllImport(C, SetLastError = true)] public static extern int killpg(int pgrp, int sig);
    [DllImport(C, SetLastError = true)] public static extern int waitpid(int pid, out int status, int options);
    [DllImport(C)] public static extern void _exit(int status);
    [DllImport(C)] public static extern void abort();
    [DllImport(C, SetLastError = true)] public static extern int ioctl(int fd, ulong request, ushort* arg);
    [DllImport(C, SetLastError = true)] public static extern nint sendfile(int outFd, int inFd, long* offset, nint count);
    [DllImport(C, SetLastError = true)] public static extern int mkfifoat(int dirfd, byte[] path, int mode);
    [DllImport(C, SetLastError = true)] public static extern int getgroups(int size, uint* list);
    [DllImport(C, SetLastError = true)] public static extern byte* ttyname(int fd);
    [DllImport(C, SetLastError = true)] public static extern int nice(int inc);
    [DllImport(C)] public static extern void sync();
    [DllImport(C, SetLastError = true)] public static extern int getloadavg(double* loadavg, int nelem);

    // pwd / grp: the system databases through NSS.
    [DllImport(C, SetLastError = true)] public static extern nint getpwnam(byte[] name);
    [DllImport(C, SetLastError = true)] public static extern nint getpwuid(uint uid);
    [DllImport(C)] public static extern void setpwent();
    [DllImport(C)] public static extern nint getpwent();
    [DllImport(C)] public static extern void endpwent();
    [DllImport(C, SetLastError = true)] public static extern nint getgrnam(byte[] name);
    [DllImport(C, SetLastError = true)] public static extern nint getgrgid(uint gid);
    [DllImport(C)] public static extern void setgrent();
    [DllImport(C)] public static extern nint getgrent();
    [DllImport(C)] public static extern void endgrent();

    public static int Errno => Marshal.GetLastPInvokeError();

    /// <summary>The process's real environment block (libc's `environ`), which setenv keeps current.</summary>
    public static byte** Environ()
    {
        var lib = NativeLibrary.Load("libc.so.6");
        return *(byte***)NativeLibrary.GetExport(lib, "environ");
    }

    public static byte[] CString(byte* p)
    {
        if (p is null) return [];
        int n = 0;
        while (p[n] != 0) n++;
        return new ReadOnlySpan<byte>(p, n).ToArray();
    }
}
