# conformance: full-stderr
# A recv that waits longer than the socket's timeout raises TimeoutError.
import socket

a, b = socket.socketpair()
b.settimeout(0.05)
a.send(b"only one message")
print(b.recv(100))
b.recv(100)
