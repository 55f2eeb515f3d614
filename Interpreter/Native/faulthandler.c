/*
 * The signal side of `faulthandler.enable()` (Modules/Faulthandler.cs), in libherthon_posix.so.
 *
 * A fatal signal handler cannot run managed code: the thread it interrupts may be inside the
 * runtime, and NativeAOT refuses a call into managed code from a thread in that state. So the
 * handler stays async-signal-safe: it writes "Fatal Python error: <name>" to the enabled file,
 * asks the dumper — a managed thread blocked in read() on a pipe — to write every thread's Python
 * traceback (sending the crashing thread's id), waits for it at most three seconds, restores the
 * previous disposition and raises the signal again, so the process ends as it would have.
 *
 * Only SIGABRT, SIGBUS and SIGILL: .NET owns SIGSEGV and SIGFPE (a null dereference and an integer
 * division fault in managed code are its NullReferenceException and ArithmeticException), so
 * replacing their handlers would turn recoverable exceptions into crashes.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "herthon_posix.h"

#define NFATAL 3
static const int fatal_signals[NFATAL] = { SIGABRT, SIGBUS, SIGILL };
static const char *const fatal_names[NFATAL] = { "Aborted", "Bus error", "Illegal instruction" };
static struct sigaction previous[NFATAL];
static volatile sig_atomic_t installed, handling;
static int out_fd = -1, request_fd = -1, done_fd = -1;

static void put(int fd, const char *s)
{
    herthon_write_all(fd, s, strlen(s));
}

/* Puts the previous handlers back (a no-op when none are installed). */
void herthon_faulthandler_disable(void)
{
    if (!installed)
        return;
    installed = 0;
    for (int i = 0; i < NFATAL; i++)
        sigaction(fatal_signals[i], &previous[i], NULL);
}

static void fatal_handler(int signum)
{
    int saved = errno;
    int i = 0;
    while (i < NFATAL && fatal_signals[i] != signum)
        i++;
    /* First the previous disposition, so that a second fault while dumping ends the process. */
    herthon_faulthandler_disable();
    if (i < NFATAL && !handling) {
        handling = 1;
        put(out_fd, "Fatal Python error: ");
        put(out_fd, fatal_names[i]);
        put(out_fd, "\n\n");
        long tid = syscall(SYS_gettid);
        if (write(request_fd, &tid, sizeof tid) == (ssize_t)sizeof tid) {
            struct pollfd p = { .fd = done_fd, .events = POLLIN, .revents = 0 };
            while (poll(&p, 1, 3000) < 0 && errno == EINTR)
                ;
        }
    }
    errno = saved;
    raise(signum);
}

/*
 * Installs the handlers. fd: where the report goes; request: the write end of the dumper's
 * request pipe; done: the read end of its reply pipe. Returns 0, or -1 with errno from sigaction.
 */
int herthon_faulthandler_enable(int fd, int request, int done)
{
    out_fd = fd;
    request_fd = request;
    done_fd = done;
    if (installed)
        return 0;
    for (int i = 0; i < NFATAL; i++) {
        struct sigaction action;
        memset(&action, 0, sizeof action);
        action.sa_handler = fatal_handler;
        sigemptyset(&action.sa_mask);
        /* SA_NODEFER: the raise() at the end must reach the restored handler at once. */
        action.sa_flags = SA_NODEFER | SA_ONSTACK;
        if (sigaction(fatal_signals[i], &action, &previous[i]) != 0) {
            int err = errno;
            for (int j = 0; j < i; j++)
                sigaction(fatal_signals[j], &previous[j], NULL);
            errno = err;
            return -1;
        }
    }
    installed = 1;
    return 0;
}
