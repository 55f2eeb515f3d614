using System.Runtime.InteropServices;

namespace Herthon.Runtime;

/// <summary>
/// `select`: select(), poll objects and epoll objects over the kernel's poll(2) and epoll(7), with
/// CPython's constants, argument checks and errors (select.error is OSError). select() is built on
/// poll(2), so it has no FD_SETSIZE limit but reports the same readiness.
/// </summary>
public static class SelectModule
{
    [StructLayout(LayoutKind.Sequential)]
    internal struct PollFd { public int Fd; public short Events, REvents; }

    internal static class Native
    {
        [DllImport("libc", SetLastError = true)] public static extern int poll([In, Out] PollFd[] fds, nuint n, int timeout);
        [DllImport("libc", SetLastError = true)] public static extern int epoll_create1(int flags);
        [DllImport("libc", SetLastError = true)] public static extern int epoll_ctl(int epfd, int op, int fd, byte[] ev);
        [DllImport("libc", SetLastError = true)] public static extern int epoll_wait(int epfd, byte[] events, int maxevents, int timeout);
    }

    const int POLLIN = 1, POLLPRI = 2, POLLOUT = 4, POLLERR = 8, POLLHUP = 16, POLLNVAL = 32;
    const int EPOLL_CTL_ADD = 1, EPOLL_CTL_DEL = 2, EPOLL_CTL_MOD = 3, EPOLL_CLOEXEC = 0x80000;
    const int EpollEventSize = 12; // struct epoll_event is packed on x86-64: u32 events, u64 data

    static readonly PyType PollType = MakePollType();
    static readonly PyType EpollType = MakeEpollType();

    sealed class PollObject(PyType t) : PyDictInstance(t)
    {
        public readonly Dictionary<int, short> Fds = new();
        public readonly List<int> Order = new(); // registration order, like CPython's dict
        public bool Polling;
    }

    sealed class EpollObject(PyType t) : PyDictInstance(t)
    {
        public int Fd = -1;

        ~EpollObject()
        {
            if (Fd >= 0) PosixProcess.Native.close(Fd);
        }
    }

    public static PyModule Create()
    {
        var m = new PyModule("select");
        m.Add("error", TypeObjects.OSError);
        foreach (var (name, value) in new (string, long)[]
        {
            ("POLLIN", 1), ("POLLPRI", 2), ("POLLOUT", 4), ("POLLERR", 8), ("POLLHUP", 16), ("POLLNVAL", 32),
            ("POLLRDNORM", 64), ("POLLRDBAND", 128), ("POLLWRNORM", 256), ("POLLWRBAND", 512), ("POLLMSG", 1024),
            ("POLLRDHUP", 0x2000),
            ("EPOLLIN", 1), ("EPOLLPRI", 2), ("EPOLLOUT", 4), ("EPOLLERR", 8), ("EPOLLHUP", 16), ("EPOLLRDNORM", 64),
            ("EPOLLRDBAND", 128), ("EPOLLWRNORM", 256), ("EPOLLWRBAND", 512), ("EPOLLMSG", 1024), ("EPOLLRDHUP", 0x2000),
            ("EPOLLEXCLUSIVE", 1 << 28), ("EPOLLWAKEUP", 1 << 29), ("EPOLLONESHOT", 1 << 30), ("EPOLLET", 1L << 31),
            ("EPOLL_CLOEXEC", EPOLL_CLOEXEC), ("PIPE_BUF", 4096),
        })
            m.Add(name, PyInt.From(value));
        m.AddFunction("select", static (a, kw) => Select(a, kw));
        m.AddFunction("poll", static (a, kw) => { Args.Count("poll", a, kw, 0, 0); return new PollObject(PollType); });
        m.Add("epoll", EpollType);
        return m;
    }

    /// <summary>Milliseconds for poll(2) from seconds (select, epoll) or milliseconds (poll), rounded up; -1 blocks.</summary>
    static int TimeoutMs(PyObject t, bool seconds, string typeMessage)
    {
        if (t is PyNone) return -1;
        double v;
        if (t is PyFloat f) v = f.V;
        else if (t is PyInt i) v = i.Big is null ? i.V : (double)i.Big.Value;
        else if (t.Type.Lookup("__float__") is not null && seconds) v = Ops.ToDouble(t);
        else if (t.Type.Lookup("__index__") is not null) v = Ops.IndexValue(t);
        else throw Errors.TypeError(typeMessage);
        if (double.IsNaN(v)) throw Errors.ValueError("Invalid value NaN (not a number)");
        if (seconds) v *= 1000;
        if (v < 0) return -1;
        double ms = Math.Ceiling(v);
        if (ms > int.MaxValue) throw Errors.OverflowError("timeout is too large");
        return (int)ms;
    }

    static int Poll(PollFd[] fds, int timeout)
    {
        if (Hosting.Interrupts.OnInterruptibleThread) return PollInterruptible(fds, timeout);
        while (true)
        {
            int r;
            using (Evaluation.Gil.Unlocked()) r = Native.poll(fds, (nuint)fds.Length, timeout);   // other threads run while this one waits
            if (r >= 0) return r;
            if (!OSErrors.Interrupted(OSErrors.LastErrno)) throw OSErrors.Last();
        }
    }

    /// <summary>
    /// poll(2) on the main thread as CPython's select/poll/epoll behave under signals: the runtime takes
    /// signals on a thread of its own, so the wait also polls the interrupt self-pipe; a handler then runs
    /// here (it raises, ending the call, or the wait resumes with the time left: PEP 475). Descriptors
    /// that are ready together with a signal are returned, the handler running at the next check.
    /// </summary>
    static int PollInterruptible(PollFd[] fds, int timeout)
    {
        var ts = Evaluation.ThreadState.Current;
        var all = new PollFd[fds.Length + 1];
        long deadline = timeout < 0 ? -1 : Environment.TickCount64 + timeout;
        while (true)
        {
            if (Hosting.Interrupts.SignalWaiting(ts)) ts.RunPending();
            int left = deadline < 0 ? -1 : (int)Math.Max(0, deadline - Environment.TickCount64);
            Array.Copy(fds, all, fds.Length);
            all[^1] = new PollFd { Fd = Hosting.Interrupts.WakeFd, Events = POLLIN };
            int r;
            using (Evaluation.Gil.Unlocked()) r = Native.poll(all, (nuint)all.Length, left);
            if (r < 0)
            {
                if (OSErrors.Interrupted(OSErrors.LastErrno)) continue;
                throw OSErrors.Last();
            }
            if (all[^1].REvents != 0) { Hosting.Interrupts.DrainWake(); r--; }
            if (r > 0 || left == 0 || !Hosting.Interrupts.SignalWaiting(ts))
            {
                if (r == 0 && left != 0) continue;   // only the self-pipe, with nothing pending: wait on
                Array.Copy(all, fds, fds.Length);
                return r;
            }
        }
    }

    static PyObject Select(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        Args.Count("select", a, kw, 3, 4);
        int timeout = -1;
        if (a.Length == 4 && a[3] is not PyNone)
        {
            if (a[3] is not (PyInt or PyFloat) && a[3].Type.Lookup("__float__") is null && a[3].Type.Lookup("__index__") is null)
                throw Errors.TypeError("timeout must be a float or None");
            if (Ops.ToDouble(a[3]) < 0) throw Errors.ValueError("timeout must be non-negative");
            timeout = TimeoutMs(a[3], true, "timeout must be a float or None");
        }
        var lists = new List<PyObject>[3];
        var fdsOf = new List<int>[3];
        var all = new List<PollFd>();
        var index = new Dictionary<int, int>();
        short[] bits = [POLLIN, POLLOUT, POLLPRI];
        for (int k = 0; k < 3; k++)
        {
            lists[k] = new List<PyObject>();
            fdsOf[k] = new List<int>();
            var it = Ops.GetIterOrNull(a[k]) ?? throw Errors.TypeError("arguments 1-3 must be sequences");
            while (it.Next() is { } o)
            {
                int fd = OSErrors.FileDescriptor(o);
                lists[k].Add(o);
                fdsOf[k].Add(fd);
                if (!index.TryGetValue(fd, out int at)) { index[fd] = at = all.Count; all.Add(new PollFd { Fd = fd }); }
                var p = all[at]; p.Events |= bits[k]; all[at] = p;
            }
        }
        var fds = all.ToArray();
        Poll(fds, timeout);
        foreach (var p in fds)
            if ((p.REvents & POLLNVAL) != 0) throw OSErrors.FromErrno(9);
        var result = new PyObject[3];
        for (int k = 0; k < 3; k++)
        {
            var ready = new PyList();
            for (int j = 0; j < lists[k].Count; j++)
            {
                short rev = fds[index[fdsOf[k][j]]].REvents;
                bool hit = k switch
                {
                    0 => (rev & (POLLIN | POLLHUP | POLLERR)) != 0,
                    1 => (rev & (POLLOUT | POLLERR)) != 0,
                    _ => (rev & POLLPRI) != 0,
                };
                if (hit) ready.Append(lists[k][j]);
            }
            result[k] = ready;
        }
        return PyTuple.From(result);
    }

    static PollObject Self(PyObject o) => o as PollObject ?? throw Errors.TypeError($"descriptor requires a 'select.poll' object but received a '{o.Type.Name}'");

    static short EventMask(PyObject o)
    {
        long v = Ops.IndexValue(o);
        if (v < 0) throw Errors.OverflowError("can't convert negative int to unsigned");
        if (v > ushort.MaxValue) throw Errors.OverflowError("Python int too large for C unsigned short");
        return unchecked((short)(ushort)v);
    }

    static PyType MakePollType()
    {
        var t = new PyType("poll", [TypeObjects.Object], true) { Module = "select" };
        t.ComputeMro();
        t.New = static (cls, a, kw) => throw Errors.TypeError("cannot create 'select.poll' instances");
        t.SetMethod("register", static (a, kw) =>
        {
            Args.Method("register", a, kw, 1, 2);
            var p = Self(a[0]);
            int fd = OSErrors.FileDescriptor(a[1]);
            short ev = a.Length > 2 ? EventMask(a[2]) : (short)(POLLIN | POLLPRI | POLLOUT);
            if (!p.Fds.ContainsKey(fd)) p.Order.Add(fd);
            p.Fds[fd] = ev;
            return PyNone.Instance;
        });
        t.SetMethod("modify", static (a, kw) =>
        {
            Args.Method("modify", a, kw, 2, 2);
            var p = Self(a[0]);
            int fd = OSErrors.FileDescriptor(a[1]);
            short ev = EventMask(a[2]);
            if (!p.Fds.ContainsKey(fd)) throw OSErrors.FromErrno(2);
            p.Fds[fd] = ev;
            return PyNone.Instance;
        });
        t.SetMethod("unregister", static (a, kw) =>
        {
            Args.Method("unregister", a, kw, 1, 1);
            var p = Self(a[0]);
            int fd = OSErrors.FileDescriptor(a[1]);
            if (!p.Fds.Remove(fd)) throw new PyException(Errors.NewException(TypeObjects.KeyError, [a[1]]));
            p.Order.Remove(fd);
            return PyNone.Instance;
        });
        t.SetMethod("poll", static (a, kw) =>
        {
            Args.Method("poll", a, kw, 0, 1);
            var p = Self(a[0]);
            int timeout = a.Length > 1 ? TimeoutMs(a[1], false, $"'{a[1].Type.Name}' object cannot be interpreted as an integer") : -1;
            if (p.Polling) throw Errors.RuntimeError("concurrent poll() invocation");
            var fds = new PollFd[p.Order.Count];
            for (int i = 0; i < fds.Length; i++) fds[i] = new PollFd { Fd = p.Order[i], Events = p.Fds[p.Order[i]] };
            p.Polling = true;
            try { Poll(fds, timeout); }
            finally { p.Polling = false; }
            var result = new PyList();
            foreach (var f in fds)
                if (f.REvents != 0) result.Append(PyTuple.Of(PyInt.From(f.Fd), PyInt.From((ushort)f.REvents)));
            return result;
        });
        return t;
    }

    static EpollObject Ep(PyObject o, bool open = true)
    {
        var e = o as EpollObject ?? throw Errors.TypeError($"descriptor requires a 'select.epoll' object but received a '{o.Type.Name}'");
        if (open && e.Fd < 0) throw Errors.ValueError("I/O operation on closed epoll object");
        return e;
    }

    static void Ctl(EpollObject e, int op, int fd, uint events)
    {
        var ev = new byte[EpollEventSize];
        BitConverter.TryWriteBytes(ev.AsSpan(0, 4), events);
        BitConverter.TryWriteBytes(ev.AsSpan(4, 8), (ulong)fd);
        if (Native.epoll_ctl(e.Fd, op, fd, ev) < 0) throw OSErrors.Last();
    }

    static PyType MakeEpollType()
    {
        var t = new PyType("epoll", [TypeObjects.Object], true) { Module = "select", AcceptsSubclasses = true };
        t.ComputeMro();
        t.New = static (cls, a, kw) =>
        {
            Args.OnlyKw("epoll", kw, "sizehint", "flags");
            var size = Args.Kw(a, kw, "sizehint") ?? (Args.Positional(a, kw) > 0 ? a[0] : null);
            if (size is not null && Ops.IndexValue(size) is var n && n != -1 && n <= 0) throw Errors.ValueError("negative sizehint");
            int fd = Native.epoll_create1(EPOLL_CLOEXEC);
            if (fd < 0) throw OSErrors.Last();
            return new EpollObject(cls) { Fd = fd };
        };
        t.SetMethod("__init__", static (a, kw) => PyNone.Instance);
        t.SetMethod("register", static (a, kw) =>
        {
            Args.OnlyKw("register", kw, "fd", "eventmask");
            var e = Ep(a[0]);
            int fd = OSErrors.FileDescriptor(a[1]);
            var mask = Args.Kw(a, kw, "eventmask") ?? (Args.Positional(a, kw) > 2 ? a[2] : null);
            Ctl(e, EPOLL_CTL_ADD, fd, mask is null ? (uint)(POLLIN | POLLPRI | POLLOUT) : unchecked((uint)Ops.IndexValue(mask)));
            return PyNone.Instance;
        });
        t.SetMethod("modify", static (a, kw) =>
        {
            Args.OnlyKw("modify", kw, "fd", "eventmask");
            Ctl(Ep(a[0]), EPOLL_CTL_MOD, OSErrors.FileDescriptor(a[1]), unchecked((uint)Ops.IndexValue(a[2])));
            return PyNone.Instance;
        });
        t.SetMethod("unregister", static (a, kw) =>
        {
            Args.OnlyKw("unregister", kw, "fd");
            Ctl(Ep(a[0]), EPOLL_CTL_DEL, OSErrors.FileDescriptor(a[1]), 0);
            return PyNone.Instance;
        });
        t.SetMethod("poll", static (a, kw) =>
        {
            Args.OnlyKw("poll", kw, "timeout", "maxevents");
            var e = Ep(a[0]);
            int np = Args.Positional(a, kw);
            var tObj = Args.Kw(a, kw, "timeout") ?? (np > 1 ? a[1] : PyNone.Instance);
            var mObj = Args.Kw(a, kw, "maxevents") ?? (np > 2 ? a[2] : null);
            int timeout = TimeoutMs(tObj, true, $"'{tObj.Type.Name}' object cannot be interpreted as an integer");
            int max = mObj is null ? -1 : checked((int)Ops.IndexValue(mObj));
            if (max == -1) max = 1024; // FD_SETSIZE - 1, CPython's default
            else if (max < 1) throw Errors.ValueError($"maxevents must be greater than 0, got {max}");
            var buf = new byte[max * EpollEventSize];
            int n;
            // On the main thread, wait for the epoll descriptor itself to become readable beside the
            // interrupt self-pipe (a signal ends the wait), then collect its events without blocking.
            if (Hosting.Interrupts.OnInterruptibleThread && timeout != 0 && Poll([new PollFd { Fd = e.Fd, Events = POLLIN }], timeout) == 0)
                return new PyList();
            if (Hosting.Interrupts.OnInterruptibleThread) timeout = 0;
            while (true)
            {
                using (Evaluation.Gil.Unlocked()) n = Native.epoll_wait(e.Fd, buf, max, timeout);
                if (n >= 0) break;
                if (!OSErrors.Interrupted(OSErrors.LastErrno)) throw OSErrors.Last();
            }
            var result = new PyList();
            for (int i = 0; i < n; i++)
            {
                uint events = BitConverter.ToUInt32(buf, i * EpollEventSize);
                int fd = (int)BitConverter.ToUInt64(buf, i * EpollEventSize + 4);
                result.Append(PyTuple.Of(PyInt.From(fd), PyInt.From(events)));
            }
            return result;
        });
        t.SetMethod("close", static (a, kw) =>
        {
            var e = Ep(a[0], false);
            if (e.Fd >= 0) { PosixProcess.Native.close(e.Fd); e.Fd = -1; }
            return PyNone.Instance;
        });
        t.TypeDict["closed"] = new PyGetSetDescriptor("closed", static o => PyBool.From(Ep(o, false).Fd < 0));
        t.SetMethod("fileno", static (a, kw) => PyInt.From(Ep(a[0]).Fd));
        t.SetMethod("__enter__", static (a, kw) => { Ep(a[0]); return a[0]; });
        t.SetMethod("__exit__", static (a, kw) =>
        {
            var e = Ep(a[0], false);
            if (e.Fd >= 0) { PosixProcess.Native.close(e.Fd); e.Fd = -1; }
            return PyNone.Instance;
        });
        return t;
    }
}
