using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;

namespace Herthon.Runtime;

/// <summary>
/// `_socket` over the operating system's sockets (libc through P/Invoke), as CPython's
/// socketmodule.c: a socket object owns a real file descriptor; AF_INET, AF_INET6 and AF_UNIX
/// addresses convert to and from Python tuples and strings; timeouts work the CPython way (the
/// descriptor is non-blocking and each call first polls for readiness until the deadline, raising
/// TimeoutError("timed out")). CPython's socket.py builds the `socket` class, makefile,
/// create_connection and the enums on top.
/// </summary>
public static class SocketModule
{
    internal static class Native
    {
        [DllImport("libc", SetLastError = true)] public static extern int socket(int domain, int type, int protocol);
        [DllImport("libc", SetLastError = true)] public static extern int socketpair(int domain, int type, int protocol, int[] sv);
        [DllImport("libc", SetLastError = true)] public static extern int bind(int fd, byte[] addr, int len);
        [DllImport("libc", SetLastError = true)] public static extern int connect(int fd, byte[] addr, int len);
        [DllImport("libc", SetLastError = true)] public static extern int listen(int fd, int backlog);
        [DllImport("libc", SetLastError = true)] public static extern int accept4(int fd, byte[] addr, ref int len, int flags);
        [DllImport("libc", SetLastError = true)] public static extern nint send(int fd, byte[] buf, nint len, int flags);
        [DllImport("libc", SetLastError = true)] public static extern nint sendto(int fd, byte[] buf, nint len, int flags, byte[] addr, int alen);
        [DllImport("libc", SetLastError = true)] public static extern nint recv(int fd, byte[] buf, nint len, int flags);
        [DllImport("libc", SetLastError = true)] public static extern nint recvfrom(int fd, byte[] buf, nint len, int flags, byte[] addr, ref int alen);
        [DllImport("libc", SetLastError = true)] public static extern int shutdown(int fd, int how);
        [DllImport("libc", SetLastError = true)] public static extern int getsockname(int fd, byte[] addr, ref int len);
        [DllImport("libc", SetLastError = true)] public static extern int getpeername(int fd, byte[] addr, ref int len);
        [DllImport("libc", SetLastError = true)] public static extern int getsockopt(int fd, int level, int name, byte[] val, ref int len);
        [DllImport("libc", SetLastError = true)] public static extern int setsockopt(int fd, int level, int name, byte[]? val, int len);
        [DllImport("libc", SetLastError = true)] public static extern int getaddrinfo(byte[]? node, byte[]? service, ref AddrInfo hints, out nint res);
        [DllImport("libc")] public static extern void freeaddrinfo(nint res);
        [DllImport("libc")] public static extern nint gai_strerror(int code);
        [DllImport("libc", SetLastError = true)] public static extern int getnameinfo(byte[] addr, int alen, byte[] host, int hlen, byte[] serv, int slen, int flags);
        [DllImport("libc", SetLastError = true)] public static extern int gethostname(byte[] name, nint len);
        [DllImport("libc", SetLastError = true)] public static extern int inet_pton(int af, byte[] src, byte[] dst);
        [DllImport("libc", SetLastError = true)] public static extern nint inet_ntop(int af, byte[] src, byte[] dst, int size);
        [DllImport("libc")] public static extern nint getservbyname(byte[] name, byte[]? proto);
        [DllImport("libc")] public static extern nint getservbyport(int port, byte[]? proto);
        [DllImport("libc")] public static extern nint getprotobyname(byte[] name);
        [DllImport("libc")] public static extern uint if_nametoindex(byte[] name);
        [DllImport("libc")] public static extern nint if_indextoname(uint index, byte[] name);
    }

    [StructLayout(LayoutKind.Sequential)]
    internal struct AddrInfo
    {
        public int Flags, Family, SockType, Protocol, AddrLen;
        public nint Addr, CanonName, Next;
    }

    const int AF_UNSPEC = 0, AF_UNIX = 1, AF_INET = 2, AF_INET6 = 10;
    const int SOCK_STREAM = 1, SOCK_DGRAM = 2, SOCK_NONBLOCK = 0x800, SOCK_CLOEXEC = 0x80000;
    const int SOL_SOCKET = 1, SO_ERROR = 4, SO_TYPE = 3, SO_PROTOCOL = 38, SO_DOMAIN = 39;
    const int EAI_SYSTEM = -11, NI_NUMERICHOST = 1, NI_NUMERICSERV = 2, NI_NAMEREQD = 8, NI_DGRAM = 16;
    const int POLLIN = 1, POLLOUT = 4;
    const int SockAddrMax = 128; // sizeof(struct sockaddr_storage)

    public static readonly PyType GaiError = Errors.ModuleException("gaierror", "socket", TypeObjects.OSError);
    public static readonly PyType HError = Errors.ModuleException("herror", "socket", TypeObjects.OSError);
    public static readonly PyType SocketType = MakeSocketType();

    /// <summary>Seconds, or -1 for None (blocking): socket.setdefaulttimeout.</summary>
    static double s_defaultTimeout = -1;

    sealed class SocketObject(PyType t) : PyDictInstance(t)
    {
        public int Fd = -1, Family, SockType, Proto;
        public double Timeout = -1; // seconds; -1 = blocking (None), 0 = non-blocking

        // A socket dropped without close() releases its descriptor when collected, as CPython's
        // sock_finalize does (without the ResourceWarning, which is ignored by default).
        ~SocketObject()
        {
            if (Fd >= 0) PosixProcess.Native.close(Fd);
        }
    }

    static readonly (string Name, long Value)[] Constants =
    [
            ("AF_ALG", 38), ("AF_APPLETALK", 5), ("AF_ASH", 18), ("AF_ATMPVC", 8), ("AF_ATMSVC", 20), ("AF_AX25", 3),
            ("AF_BLUETOOTH", 31), ("AF_BRIDGE", 7), ("AF_CAN", 29), ("AF_ECONET", 19), ("AF_INET", 2),
            ("AF_INET6", 10), ("AF_IPX", 4), ("AF_IRDA", 23), ("AF_KEY", 15), ("AF_LLC", 26), ("AF_NETBEUI", 13),
            ("AF_NETLINK", 16), ("AF_NETROM", 6), ("AF_PACKET", 17), ("AF_PPPOX", 24), ("AF_QIPCRTR", 42),
            ("AF_RDS", 21), ("AF_ROSE", 11), ("AF_ROUTE", 16), ("AF_SECURITY", 14), ("AF_SNA", 22), ("AF_TIPC", 30),
            ("AF_UNIX", 1), ("AF_UNSPEC", 0), ("AF_VSOCK", 40), ("AF_WANPIPE", 25), ("AF_X25", 9),
            ("AI_ADDRCONFIG", 32), ("AI_ALL", 16), ("AI_CANONNAME", 2), ("AI_NUMERICHOST", 4),
            ("AI_NUMERICSERV", 1024), ("AI_PASSIVE", 1), ("AI_V4MAPPED", 8), ("ALG_OP_DECRYPT", 0),
            ("ALG_OP_ENCRYPT", 1), ("ALG_OP_SIGN", 2), ("ALG_OP_VERIFY", 3), ("ALG_SET_AEAD_ASSOCLEN", 4),
            ("ALG_SET_AEAD_AUTHSIZE", 5), ("ALG_SET_IV", 2), ("ALG_SET_KEY", 1), ("ALG_SET_OP", 3),
            ("ALG_SET_PUBKEY", 6), ("BTPROTO_HCI", 1), ("BTPROTO_L2CAP", 0), ("BTPROTO_RFCOMM", 3),
            ("BTPROTO_SCO", 2), ("CAN_BCM", 2), ("CAN_BCM_CAN_FD_FRAME", 2048), ("CAN_BCM_RX_ANNOUNCE_RESUME", 256),
            ("CAN_BCM_RX_CHANGED", 12), ("CAN_BCM_RX_CHECK_DLC", 64), ("CAN_BCM_RX_DELETE", 6),
            ("CAN_BCM_RX_FILTER_ID", 32), ("CAN_BCM_RX_NO_AUTOTIMER", 128), ("CAN_BCM_RX_READ", 7),
            ("CAN_BCM_RX_RTR_FRAME", 1024), ("CAN_BCM_RX_SETUP", 5), ("CAN_BCM_RX_STATUS", 10),
            ("CAN_BCM_RX_TIMEOUT", 11), ("CAN_BCM_SETTIMER", 1), ("CAN_BCM_STARTTIMER", 2),
            ("CAN_BCM_TX_ANNOUNCE", 8), ("CAN_BCM_TX_COUNTEVT", 4), ("CAN_BCM_TX_CP_CAN_ID", 16),
            ("CAN_BCM_TX_DELETE", 2), ("CAN_BCM_TX_EXPIRED", 9), ("CAN_BCM_TX_READ", 3),
            ("CAN_BCM_TX_RESET_MULTI_IDX", 512), ("CAN_BCM_TX_SEND", 4), ("CAN_BCM_TX_SETUP", 1),
            ("CAN_BCM_TX_STATUS", 8), ("CAN_EFF_FLAG", 2147483648), ("CAN_EFF_MASK", 536870911),
            ("CAN_ERR_FLAG", 536870912), ("CAN_ERR_MASK", 536870911), ("CAN_ISOTP", 6), ("CAN_J1939", 7),
            ("CAN_RAW", 1), ("CAN_RAW_FD_FRAMES", 5), ("CAN_RAW_FILTER", 1), ("CAN_RAW_JOIN_FILTERS", 6),
            ("CAN_RAW_LOOPBACK", 3), ("CAN_RAW_RECV_OWN_MSGS", 4), ("CAN_RTR_FLAG", 1073741824),
            ("CAN_SFF_MASK", 2047), ("EAI_ADDRFAMILY", -9), ("EAI_AGAIN", -3), ("EAI_BADFLAGS", -1),
            ("EAI_FAIL", -4), ("EAI_FAMILY", -6), ("EAI_MEMORY", -10), ("EAI_NODATA", -5), ("EAI_NONAME", -2),
            ("EAI_OVERFLOW", -12), ("EAI_SERVICE", -8), ("EAI_SOCKTYPE", -7), ("EAI_SYSTEM", -11),
            ("HCI_DATA_DIR", 1), ("HCI_FILTER", 2), ("HCI_TIME_STAMP", 3), ("INADDR_ALLHOSTS_GROUP", 3758096385),
            ("INADDR_ANY", 0), ("INADDR_BROADCAST", 4294967295), ("INADDR_LOOPBACK", 2130706433),
            ("INADDR_MAX_LOCAL_GROUP", 3758096639), ("INADDR_NONE", 4294967295), ("INADDR_UNSPEC_GROUP", 3758096384),
            ("IOCTL_VM_SOCKETS_GET_LOCAL_CID", 1977), ("IPPORT_RESERVED", 1024), ("IPPORT_USERRESERVED", 5000),
            ("IPPROTO_AH", 51), ("IPPROTO_DSTOPTS", 60), ("IPPROTO_EGP", 8), ("IPPROTO_ESP", 50),
            ("IPPROTO_FRAGMENT", 44), ("IPPROTO_GRE", 47), ("IPPROTO_HOPOPTS", 0), ("IPPROTO_ICMP", 1),
            ("IPPROTO_ICMPV6", 58), ("IPPROTO_IDP", 22), ("IPPROTO_IGMP", 2), ("IPPROTO_IP", 0), ("IPPROTO_IPIP", 4),
            ("IPPROTO_IPV6", 41), ("IPPROTO_MPTCP", 262), ("IPPROTO_NONE", 59), ("IPPROTO_PIM", 103),
            ("IPPROTO_PUP", 12), ("IPPROTO_RAW", 255), ("IPPROTO_ROUTING", 43), ("IPPROTO_RSVP", 46),
            ("IPPROTO_SCTP", 132), ("IPPROTO_TCP", 6), ("IPPROTO_TP", 29), ("IPPROTO_UDP", 17),
            ("IPPROTO_UDPLITE", 136), ("IPV6_CHECKSUM", 7), ("IPV6_DONTFRAG", 62), ("IPV6_DSTOPTS", 59),
            ("IPV6_HOPLIMIT", 52), ("IPV6_HOPOPTS", 54), ("IPV6_JOIN_GROUP", 20), ("IPV6_LEAVE_GROUP", 21),
            ("IPV6_MULTICAST_HOPS", 18), ("IPV6_MULTICAST_IF", 17), ("IPV6_MULTICAST_LOOP", 19), ("IPV6_NEXTHOP", 9),
            ("IPV6_PATHMTU", 61), ("IPV6_PKTINFO", 50), ("IPV6_RECVDSTOPTS", 58), ("IPV6_RECVHOPLIMIT", 51),
            ("IPV6_RECVHOPOPTS", 53), ("IPV6_RECVPATHMTU", 60), ("IPV6_RECVPKTINFO", 49), ("IPV6_RECVRTHDR", 56),
            ("IPV6_RECVTCLASS", 66), ("IPV6_RTHDR", 57), ("IPV6_RTHDRDSTOPTS", 55), ("IPV6_RTHDR_TYPE_0", 0),
            ("IPV6_TCLASS", 67), ("IPV6_UNICAST_HOPS", 16), ("IPV6_V6ONLY", 26), ("IP_ADD_MEMBERSHIP", 35),
            ("IP_BIND_ADDRESS_NO_PORT", 24), ("IP_DEFAULT_MULTICAST_LOOP", 1), ("IP_DEFAULT_MULTICAST_TTL", 1),
            ("IP_DROP_MEMBERSHIP", 36), ("IP_HDRINCL", 3), ("IP_MAX_MEMBERSHIPS", 20), ("IP_MULTICAST_IF", 32),
            ("IP_MULTICAST_LOOP", 34), ("IP_MULTICAST_TTL", 33), ("IP_OPTIONS", 4), ("IP_RECVOPTS", 6),
            ("IP_RECVRETOPTS", 7), ("IP_RECVTOS", 13), ("IP_RETOPTS", 7), ("IP_TOS", 1), ("IP_TRANSPARENT", 19),
            ("IP_TTL", 2), ("J1939_EE_INFO_NONE", 0), ("J1939_EE_INFO_TX_ABORT", 1), ("J1939_FILTER_MAX", 512),
            ("J1939_IDLE_ADDR", 254), ("J1939_MAX_UNICAST_ADDR", 253), ("J1939_NLA_BYTES_ACKED", 1),
            ("J1939_NLA_PAD", 0), ("J1939_NO_ADDR", 255), ("J1939_NO_NAME", 0), ("J1939_NO_PGN", 262144),
            ("J1939_PGN_ADDRESS_CLAIMED", 60928), ("J1939_PGN_ADDRESS_COMMANDED", 65240), ("J1939_PGN_MAX", 262143),
            ("J1939_PGN_PDU1_MAX", 261888), ("J1939_PGN_REQUEST", 59904), ("MSG_CMSG_CLOEXEC", 1073741824),
            ("MSG_CONFIRM", 2048), ("MSG_CTRUNC", 8), ("MSG_DONTROUTE", 4), ("MSG_DONTWAIT", 64), ("MSG_EOR", 128),
            ("MSG_ERRQUEUE", 8192), ("MSG_FASTOPEN", 536870912), ("MSG_MORE", 32768), ("MSG_NOSIGNAL", 16384),
            ("MSG_OOB", 1), ("MSG_PEEK", 2), ("MSG_TRUNC", 32), ("MSG_WAITALL", 256), ("NETLINK_CRYPTO", 21),
            ("NETLINK_DNRTMSG", 14), ("NETLINK_FIREWALL", 3), ("NETLINK_IP6_FW", 13), ("NETLINK_NFLOG", 5),
            ("NETLINK_ROUTE", 0), ("NETLINK_USERSOCK", 2), ("NETLINK_XFRM", 6), ("NI_DGRAM", 16),
            ("NI_MAXHOST", 1025), ("NI_MAXSERV", 32), ("NI_NAMEREQD", 8), ("NI_NOFQDN", 4), ("NI_NUMERICHOST", 1),
            ("NI_NUMERICSERV", 2), ("PACKET_BROADCAST", 1), ("PACKET_FASTROUTE", 6), ("PACKET_HOST", 0),
            ("PACKET_LOOPBACK", 5), ("PACKET_MULTICAST", 2), ("PACKET_OTHERHOST", 3), ("PACKET_OUTGOING", 4),
            ("PF_CAN", 29), ("PF_PACKET", 17), ("PF_RDS", 21), ("SCM_CREDENTIALS", 2), ("SCM_J1939_DEST_ADDR", 1),
            ("SCM_J1939_DEST_NAME", 2), ("SCM_J1939_ERRQUEUE", 4), ("SCM_J1939_PRIO", 3), ("SCM_RIGHTS", 1),
            ("SHUT_RD", 0), ("SHUT_RDWR", 2), ("SHUT_WR", 1), ("SOCK_CLOEXEC", 524288), ("SOCK_DGRAM", 2),
            ("SOCK_NONBLOCK", 2048), ("SOCK_RAW", 3), ("SOCK_RDM", 4), ("SOCK_SEQPACKET", 5), ("SOCK_STREAM", 1),
            ("SOL_ALG", 279), ("SOL_CAN_BASE", 100), ("SOL_CAN_RAW", 101), ("SOL_HCI", 0), ("SOL_IP", 0),
            ("SOL_RDS", 276), ("SOL_SOCKET", 1), ("SOL_TCP", 6), ("SOL_TIPC", 271), ("SOL_UDP", 17),
            ("SOMAXCONN", 4096), ("SO_ACCEPTCONN", 30), ("SO_BINDTODEVICE", 25), ("SO_BROADCAST", 6),
            ("SO_DEBUG", 1), ("SO_DOMAIN", 39), ("SO_DONTROUTE", 5), ("SO_ERROR", 4), ("SO_INCOMING_CPU", 49),
            ("SO_J1939_ERRQUEUE", 4), ("SO_J1939_FILTER", 1), ("SO_J1939_PROMISC", 2), ("SO_J1939_SEND_PRIO", 3),
            ("SO_KEEPALIVE", 9), ("SO_LINGER", 13), ("SO_MARK", 36), ("SO_OOBINLINE", 10), ("SO_PASSCRED", 16),
            ("SO_PASSSEC", 34), ("SO_PEERCRED", 17), ("SO_PEERSEC", 31), ("SO_PRIORITY", 12), ("SO_PROTOCOL", 38),
            ("SO_RCVBUF", 8), ("SO_RCVLOWAT", 18), ("SO_RCVTIMEO", 20), ("SO_REUSEADDR", 2), ("SO_REUSEPORT", 15),
            ("SO_SNDBUF", 7), ("SO_SNDLOWAT", 19), ("SO_SNDTIMEO", 21), ("SO_TYPE", 3),
            ("SO_VM_SOCKETS_BUFFER_MAX_SIZE", 2), ("SO_VM_SOCKETS_BUFFER_MIN_SIZE", 1),
            ("SO_VM_SOCKETS_BUFFER_SIZE", 0), ("TCP_CONGESTION", 13), ("TCP_CORK", 3), ("TCP_DEFER_ACCEPT", 9),
            ("TCP_FASTOPEN", 23), ("TCP_INFO", 11), ("TCP_KEEPCNT", 6), ("TCP_KEEPIDLE", 4), ("TCP_KEEPINTVL", 5),
            ("TCP_LINGER2", 8), ("TCP_MAXSEG", 2), ("TCP_NODELAY", 1), ("TCP_NOTSENT_LOWAT", 25),
            ("TCP_QUICKACK", 12), ("TCP_SYNCNT", 7), ("TCP_USER_TIMEOUT", 18), ("TCP_WINDOW_CLAMP", 10),
            ("TIPC_ADDR_ID", 3), ("TIPC_ADDR_NAME", 2), ("TIPC_ADDR_NAMESEQ", 1), ("TIPC_CFG_SRV", 0),
            ("TIPC_CLUSTER_SCOPE", 2), ("TIPC_CONN_TIMEOUT", 130), ("TIPC_CRITICAL_IMPORTANCE", 3),
            ("TIPC_DEST_DROPPABLE", 129), ("TIPC_HIGH_IMPORTANCE", 2), ("TIPC_IMPORTANCE", 127),
            ("TIPC_LOW_IMPORTANCE", 0), ("TIPC_MEDIUM_IMPORTANCE", 1), ("TIPC_NODE_SCOPE", 3), ("TIPC_PUBLISHED", 1),
            ("TIPC_SRC_DROPPABLE", 128), ("TIPC_SUBSCR_TIMEOUT", 3), ("TIPC_SUB_CANCEL", 4), ("TIPC_SUB_PORTS", 1),
            ("TIPC_SUB_SERVICE", 2), ("TIPC_TOP_SRV", 1), ("TIPC_WAIT_FOREVER", -1), ("TIPC_WITHDRAWN", 2),
            ("TIPC_ZONE_SCOPE", 1), ("UDPLITE_RECV_CSCOV", 11), ("UDPLITE_SEND_CSCOV", 10),
            ("VMADDR_CID_ANY", 4294967295), ("VMADDR_CID_HOST", 2), ("VMADDR_PORT_ANY", 4294967295),
            ("VM_SOCKETS_INVALID_VERSION", 4294967295),
    ];

    public static PyModule Create()
    {
        var m = new PyModule("_socket");
        foreach (var (name, value) in Constants) m.Add(name, PyInt.From(value));
        m.Add("socket", SocketType);
        m.Add("SocketType", SocketType);
        m.Add("error", TypeObjects.OSError);
        m.Add("timeout", TypeObjects.TimeoutError);
        m.Add("gaierror", GaiError);
        m.Add("herror", HError);
        m.Add("has_ipv6", PyBool.True);
        m.AddFunction("socketpair", static (a, kw) => SocketPair(a, kw));
        m.AddFunction("getaddrinfo", static (a, kw) => GetAddrInfo(a, kw));
        m.AddFunction("getnameinfo", static (a, kw) => GetNameInfo(a, kw));
        m.AddFunction("gethostname", static (a, kw) =>
        {
            Args.Count("gethostname", a, kw, 0, 0);
            var buf = new byte[1024];
            if (Native.gethostname(buf, buf.Length) < 0) throw OSErrors.Last();
            return PyStr.From(CString(buf));
        });
        m.AddFunction("gethostbyname", static (a, kw) =>
        {
            Args.Count("gethostbyname", a, kw, 1, 1);
            return PyStr.From(IpString(ResolveHost(HostName(a[0], "gethostbyname"), AF_INET)));
        });
        m.AddFunction("gethostbyname_ex", static (a, kw) =>
        {
            Args.Count("gethostbyname_ex", a, kw, 1, 1);
            string host = HostName(a[0], "gethostbyname_ex");
            var addrs = new PyList();
            foreach (var ai in Resolve(host, null, AF_INET, SOCK_STREAM, 0, 2 /* AI_CANONNAME */))
                addrs.Append(PyStr.From(IpString(ai.Addr)));
            return PyTuple.Of(PyStr.From(host), new PyList(), addrs);
        });
        m.AddFunction("gethostbyaddr", static (a, kw) =>
        {
            Args.Count("gethostbyaddr", a, kw, 1, 1);
            var addr = ResolveHost(HostName(a[0], "gethostbyaddr"), AF_UNSPEC);
            var host = new byte[1025];
            int rc = Native.getnameinfo(addr, addr.Length, host, host.Length, new byte[32], 32, NI_NAMEREQD);
            if (rc != 0) throw new PyException(Errors.NewException(HError, [PyInt.From(1), PyStr.From("Unknown host")]));
            return PyTuple.Of(PyStr.From(CString(host)), new PyList(), new PyList(new PyObject[] { PyStr.From(IpString(addr)) }));
        });
        m.AddFunction("getservbyname", static (a, kw) =>
        {
            Args.Count("getservbyname", a, kw, 1, 2);
            nint se = Native.getservbyname(CBytes(Ops.Str(a[0])), a.Length > 1 ? CBytes(Ops.Str(a[1])) : null);
            if (se == 0) throw Errors.OSError("service/proto not found");
            return PyInt.From(BinaryPrimitives.ReverseEndianness((ushort)Marshal.ReadInt32(se, 16)));
        });
        m.AddFunction("getservbyport", static (a, kw) =>
        {
            Args.Count("getservbyport", a, kw, 1, 2);
            long port = Ops.IndexValue(a[0]);
            if (port < 0 || port > 0xffff) throw Errors.OverflowError("getservbyport: port must be 0-65535.");
            nint se = Native.getservbyport(BinaryPrimitives.ReverseEndianness((ushort)port), a.Length > 1 ? CBytes(Ops.Str(a[1])) : null);
            if (se == 0) throw Errors.OSError("port/proto not found");
            return PyStr.From(Marshal.PtrToStringUTF8(Marshal.ReadIntPtr(se)) ?? "");
        });
        m.AddFunction("getprotobyname", static (a, kw) =>
        {
            Args.Count("getprotobyname", a, kw, 1, 1);
            nint pe = Native.getprotobyname(CBytes(Ops.Str(a[0])));
            if (pe == 0) throw Errors.OSError("protocol not found");
            return PyInt.From(Marshal.ReadInt32(pe, 16));
        });
        m.AddFunction("if_nametoindex", static (a, kw) =>
        {
            Args.Count("if_nametoindex", a, kw, 1, 1);
            uint i = Native.if_nametoindex(CBytes(Ops.Str(a[0])));
            if (i == 0) throw Errors.OSError("no interface with this name");
            return PyInt.From(i);
        });
        m.AddFunction("if_indextoname", static (a, kw) =>
        {
            Args.Count("if_indextoname", a, kw, 1, 1);
            var buf = new byte[64];
            if (Native.if_indextoname((uint)Ops.IndexValue(a[0]), buf) == 0) throw OSErrors.Last();
            return PyStr.From(CString(buf));
        });
        m.AddFunction("inet_aton", static (a, kw) =>
        {
            Args.Count("inet_aton", a, kw, 1, 1);
            if (a[0] is not PyStr s) throw Errors.TypeError($"inet_aton() argument 1 must be str, not {a[0].Type.Name}");
            return new PyBytes(InetAton(s.V) ?? throw Errors.OSError("illegal IP address string passed to inet_aton"));
        });
        m.AddFunction("inet_ntoa", static (a, kw) =>
        {
            Args.Count("inet_ntoa", a, kw, 1, 1);
            var b = OSErrors.BytesLike(a[0], "");
            if (b.Length != 4) throw Errors.OSError("packed IP wrong length for inet_ntoa");
            return PyStr.From($"{b[0]}.{b[1]}.{b[2]}.{b[3]}");
        });
        m.AddFunction("inet_pton", static (a, kw) =>
        {
            Args.Count("inet_pton", a, kw, 2, 2);
            int af = checked((int)Ops.IndexValue(a[0]));
            if (a[1] is not PyStr s) throw Errors.TypeError($"inet_pton() argument 2 must be str, not {a[1].Type.Name}");
            if (af != AF_INET && af != AF_INET6) throw OSErrors.FromErrno(97);
            var dst = new byte[af == AF_INET ? 4 : 16];
            int r = Native.inet_pton(af, CBytes(s.V), dst);
            if (r < 0) throw OSErrors.Last();
            if (r == 0) throw Errors.OSError("illegal IP address string passed to inet_pton");
            return new PyBytes(dst);
        });
        m.AddFunction("inet_ntop", static (a, kw) =>
        {
            Args.Count("inet_ntop", a, kw, 2, 2);
            int af = checked((int)Ops.IndexValue(a[0]));
            var b = OSErrors.BytesLike(a[1], "");
            if (af == AF_INET && b.Length != 4) throw Errors.ValueError("invalid length of packed IP address string");
            if (af == AF_INET6 && b.Length != 16) throw Errors.ValueError("invalid length of packed IP address string");
            if (af != AF_INET && af != AF_INET6) throw Errors.ValueError($"unknown address family {af}");
            return PyStr.From(Ntop(af, b));
        });
        m.AddFunction("htons", static (a, kw) => PyInt.From(BinaryPrimitives.ReverseEndianness((ushort)Short(a, kw, "htons"))));
        m.AddFunction("ntohs", static (a, kw) => PyInt.From(BinaryPrimitives.ReverseEndianness((ushort)Short(a, kw, "ntohs"))));
        m.AddFunction("htonl", static (a, kw) => PyInt.From(BinaryPrimitives.ReverseEndianness(Long(a, kw, "htonl"))));
        m.AddFunction("ntohl", static (a, kw) => PyInt.From(BinaryPrimitives.ReverseEndianness(Long(a, kw, "ntohl"))));
        m.AddFunction("getdefaulttimeout", static (a, kw) => s_defaultTimeout < 0 ? PyNone.Instance : new PyFloat(s_defaultTimeout));
        m.AddFunction("setdefaulttimeout", static (a, kw) =>
        {
            Args.Count("setdefaulttimeout", a, kw, 1, 1);
            s_defaultTimeout = TimeoutArg(a[0]);
            return PyNone.Instance;
        });
        m.AddFunction("dup", static (a, kw) =>
        {
            Args.Count("dup", a, kw, 1, 1);
            int fd = PosixProcess.Native.fcntl(checked((int)Ops.IndexValue(a[0])), PosixProcess.F_DUPFD_CLOEXEC, 0);
            if (fd < 0) throw OSErrors.Last();
            return PyInt.From(fd);
        });
        m.AddFunction("close", static (a, kw) =>
        {
            Args.Count("close", a, kw, 1, 1);
            if (PosixProcess.Native.close(checked((int)Ops.IndexValue(a[0]))) < 0 && OSErrors.LastErrno != 104 /* ECONNRESET */) throw OSErrors.Last();
            return PyNone.Instance;
        });
        return m;
    }

    static long Short(ReadOnlySpan<PyObject> a, string[]? kw, string name)
    {
        Args.Count(name, a, kw, 1, 1);
        if (a[0] is not PyInt) throw Errors.TypeError($"'{a[0].Type.Name}' object cannot be interpreted as an integer");
        long v = Ops.IndexValue(a[0]);
        if (v < 0) throw Errors.OverflowError($"{name}: can't convert negative Python int to C 16-bit unsigned integer");
        if (v > 0xffff) throw Errors.OverflowError($"{name}: Python int too large to convert to C 16-bit unsigned integer");
        return v;
    }

    static uint Long(ReadOnlySpan<PyObject> a, string[]? kw, string name)
    {
        Args.Count(name, a, kw, 1, 1);
        if (a[0] is not PyInt i) throw Errors.TypeError($"expected int, {a[0].Type.Name} found");
        if (i.Big is not null || i.V < 0 || i.V > uint.MaxValue)
            throw Errors.OverflowError(i.Big is null && i.V < 0 ? "can't convert negative value to unsigned int" : "int larger than 32 bits");
        return (uint)i.V;
    }

    static double TimeoutArg(PyObject o)
    {
        if (o is PyNone) return -1;
        if (o is not (PyInt or PyFloat) && o.Type.Lookup("__float__") is null)
            throw Errors.TypeError($"'{o.Type.Name}' object cannot be interpreted as an integer or float");
        double v = Ops.ToDouble(o);
        if (double.IsNaN(v)) throw Errors.ValueError("Invalid value NaN (not a number)");
        if (v < 0) throw Errors.ValueError("Timeout value out of range");
        return v;
    }

    static byte[] CBytes(string s)
    {
        var b = Encoding.UTF8.GetBytes(s + "\0");
        if (Array.IndexOf(b, (byte)0) != b.Length - 1) throw Errors.ValueError("embedded null character");
        return b;
    }

    static string CString(byte[] b)
    {
        int n = Array.IndexOf(b, (byte)0);
        return Encoding.UTF8.GetString(b, 0, n < 0 ? b.Length : n);
    }

    static string Ntop(int af, byte[] addr)
    {
        var dst = new byte[64];
        if (Native.inet_ntop(af, addr, dst, dst.Length) == 0) throw OSErrors.Last();
        return CString(dst);
    }

    /// <summary>inet_aton's forms: a.b.c.d, a.b.c (c 16 bits), a.b (b 24 bits), a (32 bits); each part decimal, octal or hex.</summary>
    static byte[]? InetAton(string s)
    {
        var parts = s.Split('.');
        if (parts.Length > 4 || s.Length == 0) return null;
        var vals = new ulong[parts.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            string p = parts[i];
            if (p.Length == 0) return null;
            try
            {
                vals[i] = p.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? (p.Length == 2 ? 0 : Convert.ToUInt64(p[2..], 16))
                    : p.Length > 1 && p[0] == '0' ? Convert.ToUInt64(p, 8) : ulong.Parse(p, System.Globalization.CultureInfo.InvariantCulture);
            }
            catch (Exception e) when (e is FormatException or OverflowException or ArgumentException) { return null; }
        }
        ulong v = 0;
        for (int i = 0; i < vals.Length - 1; i++) { if (vals[i] > 255) return null; v |= vals[i] << (8 * (3 - i)); }
        ulong last = vals[^1];
        if (last >= 1UL << (8 * (5 - vals.Length))) return null;
        v |= last;
        return [(byte)(v >> 24), (byte)(v >> 16), (byte)(v >> 8), (byte)v];
    }

    // ------------------------------------------------------------------ addresses

    static string HostName(PyObject o, string fn) => o switch
    {
        PyStr s => s.V,
        PyBytes b => Encoding.UTF8.GetString(b.V),
        PyByteArray ba => Encoding.UTF8.GetString(ba.ToArray()),
        _ => throw Errors.TypeError($"{fn}() argument 1 must be str, bytes or bytearray, not {o.Type.Name}"),
    };

    static string IpString(byte[] sockaddr)
    {
        int family = BitConverter.ToUInt16(sockaddr, 0);
        return family == AF_INET6 ? Ntop(AF_INET6, sockaddr[8..24]) : Ntop(AF_INET, sockaddr[4..8]);
    }

    static PyException GaiException(int code)
    {
        if (code == EAI_SYSTEM) return OSErrors.Last();
        string msg = Marshal.PtrToStringUTF8(Native.gai_strerror(code)) ?? "unknown error";
        return new PyException(Errors.NewException(GaiError, [PyInt.From(code), PyStr.From(msg)]));
    }

    readonly record struct Resolved(int Family, int SockType, int Proto, string? CanonName, byte[] Addr);

    static List<Resolved> Resolve(string? host, string? port, int family, int type, int proto, int flags)
    {
        var hints = new AddrInfo { Flags = flags, Family = family, SockType = type, Protocol = proto };
        int rc = Native.getaddrinfo(host is null ? null : CBytes(host), port is null ? null : CBytes(port), ref hints, out nint res);
        if (rc != 0) throw GaiException(rc);
        var list = new List<Resolved>();
        try
        {
            for (nint p = res; p != 0;)
            {
                var ai = Marshal.PtrToStructure<AddrInfo>(p);
                var addr = new byte[ai.AddrLen];
                Marshal.Copy(ai.Addr, addr, 0, ai.AddrLen);
                list.Add(new Resolved(ai.Family, ai.SockType, ai.Protocol, ai.CanonName == 0 ? null : Marshal.PtrToStringUTF8(ai.CanonName), addr));
                p = ai.Next;
            }
        }
        finally { Native.freeaddrinfo(res); }
        return list;
    }

    /// <summary>A sockaddr for a host name of the given family, as CPython's setipaddr: '' is INADDR_ANY,
    /// '&lt;broadcast&gt;' INADDR_BROADCAST, numeric addresses parse without a lookup.</summary>
    static byte[] ResolveHost(string host, int family)
    {
        if (host.Length == 0)
        {
            var any = Resolve(null, "0", family, SOCK_DGRAM, 0, 1 /* AI_PASSIVE */);
            return any[0].Addr;
        }
        if ((host == "<broadcast>" || host == "255.255.255.255") && family != AF_INET6)
            return SockAddrIn([255, 255, 255, 255], 0);
        if (family != AF_INET6 && InetAtonStrict(host) is { } v4) return SockAddrIn(v4, 0);
        return Resolve(host, null, family, 0, 0, 0)[0].Addr;
    }

    static byte[]? InetAtonStrict(string host)
    {
        var dst = new byte[4];
        return Native.inet_pton(AF_INET, CBytes(host), dst) == 1 ? dst : null;
    }

    static byte[] SockAddrIn(byte[] ip, int port)
    {
        var sa = new byte[16];
        BitConverter.TryWriteBytes(sa.AsSpan(0, 2), (ushort)AF_INET);
        BinaryPrimitives.WriteUInt16BigEndian(sa.AsSpan(2, 2), (ushort)port);
        ip.CopyTo(sa, 4);
        return sa;
    }

    static int Port(PyObject o, string caller)
    {
        if (o is not PyInt && o.Type.Lookup("__index__") is null) throw Errors.TypeError($"'{o.Type.Name}' object cannot be interpreted as an integer");
        long port = Ops.IndexValue(o);
        if (port < 0 || port > 0xffff) throw Errors.OverflowError($"{caller}(): port must be 0-65535.");
        return (int)port;
    }

    /// <summary>CPython's getsockaddrarg: a Python address for the socket's family as a C sockaddr.</summary>
    static byte[] SockAddr(SocketObject s, PyObject addr, string caller)
    {
        switch (s.Family)
        {
            case AF_UNIX:
            {
                byte[] path = addr switch
                {
                    PyStr ps => Encoding.UTF8.GetBytes(ps.V),
                    PyBytes or PyByteArray or PyMemoryView => OSErrors.BytesLike(addr, ""),
                    _ when addr.Type.Lookup("__fspath__") is { } f => Encoding.UTF8.GetBytes(Ops.Str(Ops.CallMethod(f, addr))),
                    _ => throw Errors.TypeError($"{caller}(): AF_UNIX address must be str or bytes, not {addr.Type.Name}"),
                };
                if (path.Length > 107 && !(path.Length == 108 && path[0] == 0)) throw Errors.OSError("AF_UNIX path too long");
                var sa = new byte[2 + path.Length + (path.Length > 0 && path[0] == 0 ? 0 : 1)];
                BitConverter.TryWriteBytes(sa.AsSpan(0, 2), (ushort)AF_UNIX);
                path.CopyTo(sa, 2);
                return sa;
            }
            case AF_INET:
            {
                if (addr is not PyTuple t) throw Errors.TypeError($"{caller}(): AF_INET address must be tuple, not {addr.Type.Name}");
                if (t.Items.Length != 2) throw Errors.TypeError($"AF_INET address must be a pair (host, port)");
                string host = HostName(t.Items[0], caller);
                int port = Port(t.Items[1], caller);
                var sa = ResolveHost(host, AF_INET);
                BinaryPrimitives.WriteUInt16BigEndian(sa.AsSpan(2, 2), (ushort)port);
                return sa;
            }
            case AF_INET6:
            {
                if (addr is not PyTuple t) throw Errors.TypeError($"{caller}(): AF_INET6 address must be tuple, not {addr.Type.Name}");
                if (t.Items.Length < 2 || t.Items.Length > 4) throw Errors.TypeError($"AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])");
                string host = HostName(t.Items[0], caller);
                int port = Port(t.Items[1], caller);
                long flow = t.Items.Length > 2 ? Ops.IndexValue(t.Items[2]) : 0;
                long scope = t.Items.Length > 3 ? Ops.IndexValue(t.Items[3]) : 0;
                if (flow < 0 || flow > 0xfffff) throw Errors.OverflowError($"{caller}(): flowinfo must be 0-1048575.");
                var resolved = ResolveHost(host, AF_INET6);
                var sa = new byte[28];
                resolved.AsSpan(0, Math.Min(28, resolved.Length)).CopyTo(sa);
                BinaryPrimitives.WriteUInt16BigEndian(sa.AsSpan(2, 2), (ushort)port);
                BinaryPrimitives.WriteUInt32BigEndian(sa.AsSpan(4, 4), (uint)flow);
                BitConverter.TryWriteBytes(sa.AsSpan(24, 4), (uint)scope);
                return sa;
            }
            default:
                throw Errors.OSError($"{caller}(): bad family");
        }
    }

    /// <summary>CPython's makesockaddr: a C sockaddr of length len as the Python address.</summary>
    static PyObject MakeAddr(byte[] sa, int len)
    {
        if (len == 0) return PyNone.Instance;
        int family = BitConverter.ToUInt16(sa, 0);
        switch (family)
        {
            case AF_INET:
                return PyTuple.Of(PyStr.From(Ntop(AF_INET, sa[4..8])), PyInt.From(BinaryPrimitives.ReadUInt16BigEndian(sa.AsSpan(2))));
            case AF_INET6:
                return PyTuple.Of(PyStr.From(Ntop(AF_INET6, sa[8..24])), PyInt.From(BinaryPrimitives.ReadUInt16BigEndian(sa.AsSpan(2))),
                    PyInt.From(BinaryPrimitives.ReadUInt32BigEndian(sa.AsSpan(4))), PyInt.From(BitConverter.ToUInt32(sa, 24)));
            case AF_UNIX:
            {
                int n = len - 2;
                if (n > 0 && sa[2] == 0) return new PyBytes(sa[2..len]); // Linux abstract namespace
                int end = Array.IndexOf(sa, (byte)0, 2);
                return PyStr.From(Encoding.UTF8.GetString(sa, 2, (end < 0 || end > len ? len : end) - 2));
            }
            default:
                return PyTuple.Of(PyInt.From(family), new PyBytes(sa[2..Math.Max(2, len)]));
        }
    }

    static PyObject GetAddrInfo(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        Args.OnlyKw("getaddrinfo", kw, "host", "port", "family", "type", "proto", "flags");
        int np = Args.Positional(a, kw);
        PyObject Get(ReadOnlySpan<PyObject> a, int i, string name, PyObject? dflt)
            => Args.Kw(a, kw, name) ?? (i < np ? a[i] : dflt ?? throw Errors.TypeError($"getaddrinfo() missing required argument '{name}' (pos {i + 1})"));
        var hostObj = Get(a, 0, "host", null);
        var portObj = Get(a, 1, "port", null);
        string? host = hostObj switch
        {
            PyNone => null,
            PyStr s => s.V,
            PyBytes b => Encoding.ASCII.GetString(b.V),
            _ => throw Errors.TypeError("getaddrinfo() argument 1 must be string or None"),
        };
        string? port = portObj switch
        {
            PyNone => null,
            PyInt i => Ops.Str(i),
            PyStr s => s.V,
            PyBytes b => Encoding.ASCII.GetString(b.V),
            _ => throw Errors.OSError("Int or String expected"),
        };
        int Int(PyObject o) => checked((int)Ops.IndexValue(o));
        int family = Int(Get(a, 2, "family", PyInt.From(0))), type = Int(Get(a, 3, "type", PyInt.From(0)));
        int proto = Int(Get(a, 4, "proto", PyInt.From(0))), flags = Int(Get(a, 5, "flags", PyInt.From(0)));
        var result = new PyList();
        foreach (var r in Resolve(host, port, family, type, proto, flags))
            result.Append(PyTuple.Of(PyInt.From(r.Family), PyInt.From(r.SockType), PyInt.From(r.Proto),
                PyStr.From(r.CanonName ?? ""), MakeAddr(r.Addr, r.Addr.Length)));
        return result;
    }

    static PyObject GetNameInfo(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        Args.Count("getnameinfo", a, kw, 2, 2);
        if (a[0] is not PyTuple t) throw Errors.TypeError("getnameinfo() argument 1 must be a tuple");
        if (t.Items.Length < 2 || t.Items.Length > 4) throw Errors.TypeError("getnameinfo(): illegal sockaddr argument");
        int flags = checked((int)Ops.IndexValue(a[1]));
        string host = HostName(t.Items[0], "getnameinfo");
        int port = Port(t.Items[1], "getnameinfo");
        var found = Resolve(host, port.ToString(System.Globalization.CultureInfo.InvariantCulture), AF_UNSPEC, SOCK_DGRAM, 0, 4 /* AI_NUMERICHOST */);
        if (found.Count != 1) throw Errors.OSError("sockaddr resolved to multiple addresses");
        var sa = found[0].Addr;
        if (found[0].Family == AF_INET && t.Items.Length != 2) throw Errors.OSError("IPv4 sockaddr must be 2 tuple");
        if (found[0].Family == AF_INET6)
        {
            if (t.Items.Length > 2) BinaryPrimitives.WriteUInt32BigEndian(sa.AsSpan(4, 4), (uint)Ops.IndexValue(t.Items[2]));
            if (t.Items.Length > 3) BitConverter.TryWriteBytes(sa.AsSpan(24, 4), (uint)Ops.IndexValue(t.Items[3]));
        }
        var hbuf = new byte[1025];
        var sbuf = new byte[32];
        int rc = Native.getnameinfo(sa, sa.Length, hbuf, hbuf.Length, sbuf, sbuf.Length, flags);
        if (rc != 0) throw GaiException(rc);
        return PyTuple.Of(PyStr.From(CString(hbuf)), PyStr.From(CString(sbuf)));
    }

    // ------------------------------------------------------------------ the socket type

    static SocketObject Sock(PyObject o)
    {
        var s = o as SocketObject ?? throw Errors.TypeError($"descriptor requires a '_socket.socket' object but received a '{o.Type.Name}'");
        return s;
    }

    static PyException BadFd() => OSErrors.FromErrno(9);

    static void ApplyTimeout(SocketObject s, double timeout)
    {
        s.Timeout = timeout;
        if (s.Fd >= 0) PosixProcess.SetBlocking(s.Fd, timeout < 0);
    }

    static void InitSocket(SocketObject s, ReadOnlySpan<PyObject> a, string[]? kw)
    {
        Args.OnlyKw("socket", kw, "family", "type", "proto", "fileno");
        int np = Args.Positional(a, kw);
        if (np > 4) throw Errors.TypeError($"socket() takes at most 4 arguments ({np} given)");
        PyObject? Get(ReadOnlySpan<PyObject> a, int i, string name) => Args.Kw(a, kw, name) ?? (i < np ? a[i] : null);
        int Int(PyObject? o) => o is null or PyNone ? -1 : checked((int)Ops.IndexValue(o));
        int family = Int(Get(a, 0, "family")), type = Int(Get(a, 1, "type")), proto = Int(Get(a, 2, "proto"));
        var filenoObj = Get(a, 3, "fileno");
        int fd;
        if (filenoObj is not null and not PyNone)
        {
            if (filenoObj is PyFloat) throw Errors.TypeError("'float' object cannot be interpreted as an integer");
            long f = Ops.IndexValue(filenoObj);
            if (f < 0) throw Errors.ValueError("negative file descriptor");
            fd = checked((int)f);
            int Opt(int name)
            {
                var buf = new byte[4];
                int len = 4;
                if (Native.getsockopt(fd, SOL_SOCKET, name, buf, ref len) < 0) throw OSErrors.Last();
                return BitConverter.ToInt32(buf);
            }
            if (family == -1) family = Opt(SO_DOMAIN);
            if (type == -1) type = Opt(SO_TYPE);
            if (proto == -1) proto = Opt(SO_PROTOCOL);
        }
        else
        {
            if (family == -1) family = AF_INET;
            if (type == -1) type = SOCK_STREAM;
            if (proto == -1) proto = 0;
            fd = Native.socket(family, type | SOCK_CLOEXEC, proto);
            if (fd < 0) throw OSErrors.Last();
        }
        s.Fd = fd;
        s.Family = family;
        s.SockType = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
        s.Proto = proto;
        ApplyTimeout(s, (type & SOCK_NONBLOCK) != 0 ? 0 : s_defaultTimeout);
    }

    /// <summary>Waits until the socket is ready (for a socket with a timeout) or raises TimeoutError.</summary>
    static void WaitReady(SocketObject s, bool writing, long deadline)
    {
        if (s.Timeout <= 0) return;
        while (true)
        {
            long left = deadline - Environment.TickCount64;
            if (left < 0) left = 0;
            var fds = new[] { new SelectModule.PollFd { Fd = s.Fd, Events = (short)(writing ? POLLOUT : POLLIN) } };
            int r;
            using (Evaluation.Gil.Unlocked()) r = SelectModule.Native.poll(fds, 1, (int)Math.Min(left, int.MaxValue));
            if (r < 0)
            {
                if (OSErrors.Interrupted(OSErrors.LastErrno)) continue;
                throw OSErrors.Last();
            }
            if (r == 0) throw Errors.Make(TypeObjects.TimeoutError, "timed out");
            return;
        }
    }

    static long Deadline(SocketObject s) => s.Timeout > 0 ? Environment.TickCount64 + (long)Math.Ceiling(s.Timeout * 1000) : 0;

    /// <summary>CPython's sock_call: wait for readiness if there is a timeout, run the call, retry on
    /// EINTR and, with a timeout, on EWOULDBLOCK.</summary>
    static long Call(SocketObject s, bool writing, Func<long> op, long deadline = -1)
    {
        if (s.Fd < 0) throw BadFd();
        if (deadline < 0) deadline = Deadline(s);
        while (true)
        {
            WaitReady(s, writing, deadline);
            long r;
            // The ops are bare system calls on byte arrays: a blocking one lets other threads run (a server thread answering this one).
            using (Evaluation.Gil.Unlocked()) r = op();
            if (r >= 0) return r;
            int e = OSErrors.LastErrno;
            if (OSErrors.Interrupted(e)) continue;
            if (s.Timeout > 0 && e == OSErrors.EAGAIN) continue;
            throw OSErrors.FromErrno(e);
        }
    }

    /// <summary>connect, following sock_connect: with a timeout, EINPROGRESS waits for writability and
    /// reads the outcome from SO_ERROR. Returns 0 or the errno (connect_ex); raises when raise is set.</summary>
    static int Connect(SocketObject s, byte[] sa, bool raise)
    {
        if (s.Fd < 0) throw BadFd();
        int r;
        using (Evaluation.Gil.Unlocked()) r = Native.connect(s.Fd, sa, sa.Length);
        int err = r < 0 ? OSErrors.LastErrno : 0;
        if (err == OSErrors.EINTR || (err == OSErrors.EINPROGRESS && s.Timeout > 0))
        {
            if (err == OSErrors.EINPROGRESS) WaitReady(s, true, Deadline(s));
            else
            {
                // Interrupted: the connection goes on in the background; wait for it like select() would.
                var fds = new[] { new SelectModule.PollFd { Fd = s.Fd, Events = POLLOUT } };
                using (Evaluation.Gil.Unlocked()) SelectModule.Native.poll(fds, 1, s.Timeout < 0 ? -1 : (int)Math.Ceiling(s.Timeout * 1000));
            }
            var buf = new byte[4];
            int len = 4;
            if (Native.getsockopt(s.Fd, SOL_SOCKET, SO_ERROR, buf, ref len) < 0) throw OSErrors.Last();
            err = BitConverter.ToInt32(buf);
        }
        if (err != 0 && raise) throw OSErrors.FromErrno(err);
        return err;
    }

    static int Flags(ReadOnlySpan<PyObject> a, int i) => a.Length > i ? checked((int)Ops.IndexValue(a[i])) : 0;

    static int BufSize(PyObject o, string fn)
    {
        long n = Ops.IndexValue(o);
        if (n < 0) throw Errors.ValueError($"negative buffersize in {fn}");
        return checked((int)n);
    }

    /// <summary>Copies received bytes into a writable buffer (bytearray or memoryview), as recv_into.</summary>
    static int BufferLength(PyObject buffer) =>
        PyMemoryView.Writable(buffer, "recv_into() argument 'buffer' must be read-write bytes-like object").Length;

    static void CopyInto(PyObject buffer, byte[] data, int n) =>
        data.AsSpan(0, n).CopyTo(PyMemoryView.Writable(buffer, "recv_into() argument 'buffer' must be read-write bytes-like object"));

    static PyType MakeSocketType()
    {
        var t = new PyType("socket", [TypeObjects.Object], true) { Module = "_socket", AcceptsSubclasses = true };
        t.ComputeMro();
        t.TypeDict["__doc__"] = PyNone.Instance;
        t.New = static (cls, a, kw) =>
        {
            var s = new SocketObject(cls);
            if (cls.IsBuiltin) InitSocket(s, a, kw);
            return s;
        };
        t.SetMethod("__init__", static (a, kw) => { InitSocket(Sock(a[0]), a[1..], kw); return PyNone.Instance; });
        t.TypeDict["family"] = new PyGetSetDescriptor("family", static o => PyInt.From(Sock(o).Family));
        t.TypeDict["type"] = new PyGetSetDescriptor("type", static o => PyInt.From(Sock(o).SockType));
        t.TypeDict["proto"] = new PyGetSetDescriptor("proto", static o => PyInt.From(Sock(o).Proto));
        t.TypeDict["timeout"] = new PyGetSetDescriptor("timeout", static o => Sock(o).Timeout < 0 ? PyNone.Instance : new PyFloat(Sock(o).Timeout));
        t.SetMethod("__repr__", static (a, kw) =>
        {
            var s = Sock(a[0]);
            return PyStr.From($"<socket object, fd={s.Fd}, family={s.Family}, type={s.SockType}, proto={s.Proto}>");
        });
        t.SetMethod("fileno", static (a, kw) => PyInt.From(Sock(a[0]).Fd));
        t.SetMethod("close", static (a, kw) =>
        {
            var s = Sock(a[0]);
            int fd = s.Fd;
            if (fd >= 0)
            {
                s.Fd = -1;
                // ECONNRESET on close is not an error worth reporting (bpo-30319).
                if (PosixProcess.Native.close(fd) < 0 && OSErrors.LastErrno != 104) throw OSErrors.Last();
            }
            return PyNone.Instance;
        });
        t.SetMethod("detach", static (a, kw) => { var s = Sock(a[0]); int fd = s.Fd; s.Fd = -1; return PyInt.From(fd); });
        t.SetMethod("bind", static (a, kw) =>
        {
            Args.Method("bind", a, kw, 1, 1);
            var s = Sock(a[0]);
            var sa = SockAddr(s, a[1], "bind");
            if (s.Fd < 0) throw BadFd();
            if (Native.bind(s.Fd, sa, sa.Length) < 0) throw OSErrors.Last();
            return PyNone.Instance;
        });
        t.SetMethod("listen", static (a, kw) =>
        {
            Args.Method("listen", a, kw, 0, 1);
            var s = Sock(a[0]);
            int backlog = a.Length > 1 ? Math.Max(0, checked((int)Ops.IndexValue(a[1]))) : 128;
            if (Native.listen(s.Fd, backlog) < 0) throw OSErrors.Last();
            return PyNone.Instance;
        });
        t.SetMethod("_accept", static (a, kw) =>
        {
            var s = Sock(a[0]);
            var sa = new byte[SockAddrMax];
            int len = 0;
            long fd = Call(s, false, () => { len = sa.Length; return Native.accept4(s.Fd, sa, ref len, SOCK_CLOEXEC); });
            return PyTuple.Of(PyInt.From(fd), MakeAddr(sa, len));
        });
        t.SetMethod("connect", static (a, kw) =>
        {
            Args.Method("connect", a, kw, 1, 1);
            var s = Sock(a[0]);
            Connect(s, SockAddr(s, a[1], "connect"), raise: true);
            return PyNone.Instance;
        });
        t.SetMethod("connect_ex", static (a, kw) =>
        {
            Args.Method("connect_ex", a, kw, 1, 1);
            var s = Sock(a[0]);
            return PyInt.From(Connect(s, SockAddr(s, a[1], "connect_ex"), raise: false));
        });
        t.SetMethod("recv", static (a, kw) =>
        {
            Args.Method("recv", a, kw, 1, 2);
            var s = Sock(a[0]);
            var buf = new byte[BufSize(a[1], "recv")];
            int flags = Flags(a, 2);
            int n = (int)Call(s, false, () => Native.recv(s.Fd, buf, buf.Length, flags));
            if (n < buf.Length) Array.Resize(ref buf, n);
            return new PyBytes(buf);
        });
        t.SetMethod("recv_into", static (a, kw) =>
        {
            Args.OnlyKw("recv_into", kw, "buffer", "nbytes", "flags");
            var s = Sock(a[0]);
            int np = Args.Positional(a, kw);
            var buffer = Args.Kw(a, kw, "buffer") ?? a[1];
            var nObj = Args.Kw(a, kw, "nbytes") ?? (np > 2 ? a[2] : null);
            var fObj = Args.Kw(a, kw, "flags") ?? (np > 3 ? a[3] : null);
            int size = BufferLength(buffer);
            int want = nObj is null ? 0 : checked((int)Ops.IndexValue(nObj));
            if (want < 0) throw Errors.ValueError("negative buffersize in recv_into");
            if (want > size) throw Errors.ValueError("buffer too small for requested bytes");
            if (want == 0) want = size;
            int flags = fObj is null ? 0 : checked((int)Ops.IndexValue(fObj));
            var tmp = new byte[want];
            int n = (int)Call(s, false, () => Native.recv(s.Fd, tmp, tmp.Length, flags));
            CopyInto(buffer, tmp, n);
            return PyInt.From(n);
        });
        t.SetMethod("recvfrom", static (a, kw) =>
        {
            Args.Method("recvfrom", a, kw, 1, 2);
            var s = Sock(a[0]);
            var buf = new byte[BufSize(a[1], "recvfrom")];
            int flags = Flags(a, 2);
            var sa = new byte[SockAddrMax];
            int len = 0;
            int n = (int)Call(s, false, () => { len = sa.Length; return Native.recvfrom(s.Fd, buf, buf.Length, flags, sa, ref len); });
            if (n < buf.Length) Array.Resize(ref buf, n);
            return PyTuple.Of(new PyBytes(buf), MakeAddr(sa, len));
        });
        t.SetMethod("recvfrom_into", static (a, kw) =>
        {
            Args.Method("recvfrom_into", a, kw, 1, 3);
            var s = Sock(a[0]);
            int size = BufferLength(a[1]);
            int want = a.Length > 2 ? checked((int)Ops.IndexValue(a[2])) : 0;
            if (want < 0) throw Errors.ValueError("negative buffersize in recvfrom_into");
            if (want > size) throw Errors.ValueError("nbytes is greater than the length of the buffer");
            if (want == 0) want = size;
            int flags = Flags(a, 3);
            var tmp = new byte[want];
            var sa = new byte[SockAddrMax];
            int len = 0;
            int n = (int)Call(s, false, () => { len = sa.Length; return Native.recvfrom(s.Fd, tmp, tmp.Length, flags, sa, ref len); });
            CopyInto(a[1], tmp, n);
            return PyTuple.Of(PyInt.From(n), MakeAddr(sa, len));
        });
        t.SetMethod("send", static (a, kw) =>
        {
            Args.Method("send", a, kw, 1, 2);
            var s = Sock(a[0]);
            var data = OSErrors.BytesLike(a[1], "");
            int flags = Flags(a, 2);
            return PyInt.From(Call(s, true, () => Native.send(s.Fd, data, data.Length, flags)));
        });
        t.SetMethod("sendall", static (a, kw) =>
        {
            Args.Method("sendall", a, kw, 1, 2);
            var s = Sock(a[0]);
            var data = OSErrors.BytesLike(a[1], "");
            int flags = Flags(a, 2);
            long deadline = Deadline(s);
            int sent = 0;
            while (sent < data.Length)
            {
                var rest = sent == 0 ? data : data[sent..];
                sent += (int)Call(s, true, () => Native.send(s.Fd, rest, rest.Length, flags), deadline);
            }
            return PyNone.Instance;
        });
        t.SetMethod("sendto", static (a, kw) =>
        {
            Args.Method("sendto", a, kw, 2, 3);
            var s = Sock(a[0]);
            var data = OSErrors.BytesLike(a[1], "");
            int flags = a.Length == 4 ? checked((int)Ops.IndexValue(a[2])) : 0;
            var sa = SockAddr(s, a[^1], "sendto");
            return PyInt.From(Call(s, true, () => Native.sendto(s.Fd, data, data.Length, flags, sa, sa.Length)));
        });
        t.SetMethod("shutdown", static (a, kw) =>
        {
            Args.Method("shutdown", a, kw, 1, 1);
            var s = Sock(a[0]);
            if (Native.shutdown(s.Fd, checked((int)Ops.IndexValue(a[1]))) < 0) throw OSErrors.Last();
            return PyNone.Instance;
        });
        t.SetMethod("getsockname", static (a, kw) =>
        {
            var s = Sock(a[0]);
            var sa = new byte[SockAddrMax];
            int len = sa.Length;
            if (Native.getsockname(s.Fd, sa, ref len) < 0) throw OSErrors.Last();
            return MakeAddr(sa, len);
        });
        t.SetMethod("getpeername", static (a, kw) =>
        {
            var s = Sock(a[0]);
            var sa = new byte[SockAddrMax];
            int len = sa.Length;
            if (Native.getpeername(s.Fd, sa, ref len) < 0) throw OSErrors.Last();
            return MakeAddr(sa, len);
        });
        t.SetMethod("getsockopt", static (a, kw) =>
        {
            Args.Method("getsockopt", a, kw, 2, 3);
            var s = Sock(a[0]);
            int level = checked((int)Ops.IndexValue(a[1])), name = checked((int)Ops.IndexValue(a[2]));
            if (a.Length == 3)
            {
                var buf = new byte[4];
                int len = 4;
                if (Native.getsockopt(s.Fd, level, name, buf, ref len) < 0) throw OSErrors.Last();
                return PyInt.From(BitConverter.ToInt32(buf));
            }
            long size = Ops.IndexValue(a[3]);
            if (size <= 0 || size > 1024) throw Errors.OSError("getsockopt buflen out of range");
            var b = new byte[size];
            int blen = b.Length;
            if (Native.getsockopt(s.Fd, level, name, b, ref blen) < 0) throw OSErrors.Last();
            return new PyBytes(b[..blen]);
        });
        t.SetMethod("setsockopt", static (a, kw) =>
        {
            Args.Method("setsockopt", a, kw, 3, 4);
            var s = Sock(a[0]);
            int level = checked((int)Ops.IndexValue(a[1])), name = checked((int)Ops.IndexValue(a[2]));
            int r;
            if (a.Length == 5)
            {
                if (a[3] is not PyNone) throw Errors.TypeError("setsockopt() takes 3 or 4 arguments with a None value as the third");
                r = Native.setsockopt(s.Fd, level, name, null, checked((int)Ops.IndexValue(a[4])));
            }
            else if (a[3] is PyInt || a[3].Type.Lookup("__index__") is not null && a[3] is not (PyBytes or PyByteArray))
                r = Native.setsockopt(s.Fd, level, name, BitConverter.GetBytes(checked((int)Ops.IndexValue(a[3]))), 4);
            else
            {
                var v = OSErrors.BytesLike(a[3], "");
                r = Native.setsockopt(s.Fd, level, name, v, v.Length);
            }
            if (r < 0) throw OSErrors.Last();
            return PyNone.Instance;
        });
        t.SetMethod("setblocking", static (a, kw) =>
        {
            Args.Method("setblocking", a, kw, 1, 1);
            var s = Sock(a[0]);
            ApplyTimeout(s, Ops.Truth(a[1]) ? -1 : 0);
            return PyNone.Instance;
        });
        t.SetMethod("getblocking", static (a, kw) => PyBool.From(Sock(a[0]).Timeout != 0));
        t.SetMethod("settimeout", static (a, kw) =>
        {
            Args.Method("settimeout", a, kw, 1, 1);
            ApplyTimeout(Sock(a[0]), TimeoutArg(a[1]));
            return PyNone.Instance;
        });
        t.SetMethod("gettimeout", static (a, kw) => Sock(a[0]).Timeout < 0 ? PyNone.Instance : new PyFloat(Sock(a[0]).Timeout));
        return t;
    }

    static PyObject SocketPair(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        Args.Count("socketpair", a, kw, 0, 3);
        int family = a.Length > 0 ? checked((int)Ops.IndexValue(a[0])) : AF_UNIX;
        int type = a.Length > 1 ? checked((int)Ops.IndexValue(a[1])) : SOCK_STREAM;
        int proto = a.Length > 2 ? checked((int)Ops.IndexValue(a[2])) : 0;
        var sv = new int[2];
        if (Native.socketpair(family, type | SOCK_CLOEXEC, proto, sv) < 0) throw OSErrors.Last();
        PyObject Make(int fd)
        {
            var s = new SocketObject(SocketType) { Fd = fd, Family = family, SockType = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC), Proto = proto };
            ApplyTimeout(s, (type & SOCK_NONBLOCK) != 0 ? 0 : s_defaultTimeout);
            return s;
        }
        return PyTuple.Of(Make(sv[0]), Make(sv[1]));
    }
}
