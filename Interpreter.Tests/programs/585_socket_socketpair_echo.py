# A connected pair of Unix sockets: sendall/recv, makefile() line protocol, shutdown and EOF.
import socket

left, right = socket.socketpair()
print(left.family, left.type, left.proto, repr(left.getsockname()))
print(left.family is socket.AF_UNIX, right.type is socket.SOCK_STREAM)

left.sendall(b"hello over a socketpair")
print(right.recv(1024))

# An echo server in the same thread: answer each request line with its upper-cased copy.
requests = ["first", "second", "third"]
with left.makefile("w", encoding="utf-8", newline="\n") as out:
    for line in requests:
        out.write(line + "\n")
left.shutdown(socket.SHUT_WR)

incoming = right.makefile("r", encoding="utf-8")
replies = right.makefile("wb")
for line in incoming:
    replies.write(line.upper().encode())
replies.flush()
right.shutdown(socket.SHUT_WR)
print("server saw EOF:", incoming.readline() == "")

chunks = []
while True:
    data = left.recv(4)
    if not data:
        break
    chunks.append(data)
print(b"".join(chunks).decode().splitlines(), len(chunks) > 1)

incoming.close()
replies.close()
left.close()
right.close()
print(left, right.fileno())
try:
    left.send(b"x")
except OSError as e:
    print(type(e).__name__, e)

a, b = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)
with a, b:
    a.send(b"one datagram")
    a.send(b"two")
    print(b.recv(100), b.recv(100))
    b.setblocking(False)
    try:
        b.recv(100)
    except BlockingIOError as e:
        print("BlockingIOError:", e)
    print(b.getblocking(), b.gettimeout())
