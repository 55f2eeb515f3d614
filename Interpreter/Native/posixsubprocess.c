/*
 * libherthon_posix.so — the child side of `_posixsubprocess.fork_exec`.
 *
 * A .NET process must not run managed code in a forked child (the runtime's other threads, its
 * locks and the GC do not exist there), so everything between fork() and exec() happens here, in
 * async-signal-safe C, the way CPython's Modules/_posixsubprocess.c does it: the managed side
 * prepares every string and array in native memory before calling herthon_fork_exec, and the child
 * only dup2s, closes, chdirs and execs. Failures reach the parent through errpipe_write in CPython's
 * protocol ("OSError:<hex errno>:" plus "noexec" when exec was never reached), which
 * subprocess.py decodes into FileNotFoundError and friends.
 *
 * Built as a shared library next to Herthon.dll (not into the launcher) so that every host —
 * the launcher, `dotnet Herthon.dll` and the in-process test host — can load it.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <unistd.h>

#include "herthon_posix.h"

extern char **environ;

void herthon_write_all(int fd, const char *s, size_t n)
{
    while (n > 0) {
        ssize_t w = write(fd, s, n);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            return;
        }
        s += w;
        n -= (size_t)w;
    }
}

static int set_inheritable(int fd)
{
    int flags = fcntl(fd, F_GETFD);
    if (flags < 0)
        return -1;
    if (flags & FD_CLOEXEC)
        return fcntl(fd, F_SETFD, flags & ~FD_CLOEXEC);
    return 0;
}

/* Close every fd >= 3 not in keep (sorted ascending): close_range where the kernel has it. */
static void close_open_fds(const int *keep, int nkeep)
{
    int start = 3;
    for (int i = 0; i <= nkeep; i++) {
        int end = i < nkeep ? keep[i] - 1 : -1; /* -1: up to the highest fd */
        if (i < nkeep && keep[i] < start)
            continue;
        unsigned int last = end < 0 ? ~0U : (unsigned int)end;
        if (end < 0 || end >= start) {
            if (syscall(SYS_close_range, (unsigned int)start, last, 0) != 0) {
                long max = sysconf(_SC_OPEN_MAX);
                if (max < 0 || max > 65536)
                    max = 65536;
                for (long fd = start; fd <= (end < 0 ? max : end); fd++)
                    close((int)fd);
            }
        }
        if (i < nkeep)
            start = keep[i] + 1;
    }
}

static void child_exec(char *const exec_array[], char *const argv[], char *const envp[], const char *cwd,
                       int p2cread, int p2cwrite, int c2pread, int c2pwrite, int errread, int errwrite,
                       int errpipe_read, int errpipe_write, int restore_signals, int call_setsid,
                       int pgid_to_set, int close_fds, const int *fds_to_keep, int nkeep, int child_umask,
                       unsigned long long child_mask)
{
    int reached_exec = 0, saved_errno = 0;

    /* The child inherits the signal mask of the thread that starts it, as Python sees it
       (signal.pthread_sigmask; bit sig-1 of child_mask), whatever the kernel mask of this thread is. */
    sigset_t mask;
    sigemptyset(&mask);
    for (int sig = 1; sig <= 64; sig++)
        if (child_mask & (1ULL << (sig - 1))) sigaddset(&mask, sig);   /* glibc refuses its own 32 and 33 */
    sigprocmask(SIG_SETMASK, &mask, NULL);

    for (int i = 0; i < nkeep; i++)
        if (fds_to_keep[i] != errpipe_write && set_inheritable(fds_to_keep[i]) < 0)
            goto error;

    if (p2cwrite != -1 && close(p2cwrite) < 0) goto error;
    if (c2pread != -1 && close(c2pread) < 0) goto error;
    if (errread != -1 && close(errread) < 0) goto error;
    if (errpipe_read >= 0 && close(errpipe_read) < 0) goto error;

    /* A descriptor about to be replaced by a dup2 below must be moved out of the way first. */
    if (c2pwrite == 0) {
        if ((c2pwrite = dup(c2pwrite)) < 0 || set_inheritable(c2pwrite) < 0) goto error;
    }
    while (errwrite == 0 || errwrite == 1) {
        if ((errwrite = dup(errwrite)) < 0 || set_inheritable(errwrite) < 0) goto error;
    }

    /* dup2 clears FD_CLOEXEC, but not when it is a no-op: clear it by hand then. */
    if (p2cread == 0) { if (set_inheritable(p2cread) < 0) goto error; }
    else if (p2cread != -1 && dup2(p2cread, 0) < 0) goto error;
    if (c2pwrite == 1) { if (set_inheritable(c2pwrite) < 0) goto error; }
    else if (c2pwrite != -1 && dup2(c2pwrite, 1) < 0) goto error;
    if (errwrite == 2) { if (set_inheritable(errwrite) < 0) goto error; }
    else if (errwrite != -1 && dup2(errwrite, 2) < 0) goto error;

    if (cwd && chdir(cwd) < 0) goto error;
    if (child_umask >= 0) umask((mode_t)child_umask);
    if (restore_signals) {
        signal(SIGPIPE, SIG_DFL);
        signal(SIGXFSZ, SIG_DFL);
    }
    if (call_setsid && setsid() < 0) goto error;
    if (pgid_to_set >= 0 && setpgid(0, pgid_to_set) < 0) goto error;
    reached_exec = 1;

    if (close_fds)
        close_open_fds(fds_to_keep, nkeep);

    /* Try each candidate (subprocess.py passes one per PATH entry); report the first error that is
       not "no such file", or else the last one. */
    for (int i = 0; exec_array[i] != NULL; i++) {
        execve(exec_array[i], argv, envp ? envp : environ);
        if (errno != ENOENT && errno != ENOTDIR && saved_errno == 0)
            saved_errno = errno;
    }
    if (saved_errno)
        errno = saved_errno;

error:
    saved_errno = errno;
    {
        char hex[sizeof(saved_errno) * 2 + 1], *cur = hex + sizeof hex;
        herthon_write_all(errpipe_write, "OSError:", 8);
        while (saved_errno != 0 && cur != hex) {
            *--cur = "0123456789abcdef"[saved_errno % 16];
            saved_errno /= 16;
        }
        herthon_write_all(errpipe_write, cur, (size_t)(hex + sizeof hex - cur));
        herthon_write_all(errpipe_write, ":", 1);
        if (!reached_exec)
            herthon_write_all(errpipe_write, "noexec", 6);
    }
}

/* Returns the child's pid, or -1 with errno set when fork itself failed. */
__attribute__((visibility("default")))
int herthon_fork_exec(char *const exec_array[], char *const argv[], char *const envp[], const char *cwd,
                      int p2cread, int p2cwrite, int c2pread, int c2pwrite, int errread, int errwrite,
                      int errpipe_read, int errpipe_write, int restore_signals, int call_setsid,
                      int pgid_to_set, int close_fds, const int *fds_to_keep, int nkeep, int child_umask,
                      unsigned long long child_mask)
{
    pid_t pid = fork();
    if (pid == 0) {
        child_exec(exec_array, argv, envp, cwd, p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite,
                   errpipe_read, errpipe_write, restore_signals, call_setsid, pgid_to_set, close_fds,
                   fds_to_keep, nkeep, child_umask, child_mask);
        _exit(255);
    }
    return (int)pid;
}
