# UDP on the loopback interface: datagrams keep their boundaries and say where they came from.
import socket

with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as server, \
        socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as client:
    server.bind(("127.0.0.1", 0))
    server_addr = server.getsockname()
    client.bind(("127.0.0.1", 0))
    print(server.type, server_addr[0], client.getsockname()[1] != server_addr[1])

    for word in ("alpha", "beta", "gamma"):
        client.sendto(word.encode(), server_addr)
    for _ in range(3):
        data, addr = server.recvfrom(1024)
        print("server got", data, "from the client:", addr == client.getsockname())
        server.sendto(data[::-1], addr)
    replies = [client.recvfrom(1024) for _ in range(3)]
    print([data for data, _ in replies], all(addr == server_addr for _, addr in replies))

    buf = bytearray(8)
    client.sendto(b"into a buffer", server_addr)
    n, addr = server.recvfrom_into(buf)
    print(n, buf)

    client.connect(server_addr)
    client.send(b"connected datagram")
    print(server.recv(100))
    print(client.getpeername() == server_addr)

    server.settimeout(0.1)
    print("timeout:", server.gettimeout())
    try:
        server.recvfrom(1024)
    except socket.timeout as e:
        print(type(e).__name__, e, socket.timeout is TimeoutError)
