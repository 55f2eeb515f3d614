# Address helpers of the socket module: conversions, byte order, numeric name resolution, errors.
import socket

print(socket.inet_aton("192.168.1.20"), socket.inet_ntoa(b"\x0a\x00\x00\x01"))
print(socket.inet_aton("127.1"), socket.inet_aton("0x7f.1"))
print(socket.inet_pton(socket.AF_INET6, "2001:db8::1").hex())
print(socket.inet_ntop(socket.AF_INET6, bytes(15) + b"\x01"), socket.inet_ntop(socket.AF_INET, b"\x7f\x00\x00\x01"))
print(socket.htons(0x1234) == 0x3412, socket.ntohl(socket.htonl(123456)), socket.htons(80))
for bad in ("300.1.2.3", "1.2.3.4.5", "not an address"):
    try:
        socket.inet_aton(bad)
    except OSError as e:
        print(repr(bad), e)
try:
    socket.inet_pton(socket.AF_INET, "1.2.3")
except OSError as e:
    print(e)
try:
    socket.htons(-1)
except OverflowError as e:
    print(e)

for family, type_, proto, canon, addr in socket.getaddrinfo("127.0.0.1", 8080, type=socket.SOCK_STREAM):
    print(family, type_, proto, repr(canon), addr)
print(socket.getaddrinfo("::1", 53, socket.AF_INET6, socket.SOCK_DGRAM, 0, socket.AI_NUMERICHOST)[0][4])
print(socket.getnameinfo(("127.0.0.1", 80), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
print(socket.gethostbyname("127.0.0.1"), socket.getservbyname("http", "tcp"), socket.getservbyport(22))
print(isinstance(socket.gethostname(), str), socket.has_ipv6)
try:
    socket.getaddrinfo("999.1.1.1", None, flags=socket.AI_NUMERICHOST)
except socket.gaierror as e:
    print(type(e).__name__, e.errno == socket.EAI_NONAME, e)

# Connecting to a port nobody listens on.
probe = socket.socket()
probe.bind(("127.0.0.1", 0))
port = probe.getsockname()[1]
probe.close()
try:
    socket.create_connection(("127.0.0.1", port), timeout=2)
except ConnectionRefusedError as e:
    print(type(e).__name__, e)
with socket.socket() as s:
    print("connect_ex:", s.connect_ex(("127.0.0.1", port)) == socket.errno.ECONNREFUSED)
    try:
        s.bind(("127.0.0.1", 70000))
    except OverflowError as e:
        print(e)
    try:
        s.connect("127.0.0.1")
    except TypeError as e:
        print(e)
print(socket.AF_INET, repr(socket.AF_INET6), socket.SOCK_DGRAM.name, socket.error is OSError)
