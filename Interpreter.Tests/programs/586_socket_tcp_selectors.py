# A TCP echo server and its clients on 127.0.0.1, all in one thread, multiplexed with selectors.
import selectors
import socket

sel = selectors.DefaultSelector()
print(type(sel).__name__)

server = socket.create_server(("127.0.0.1", 0))
server.setblocking(False)
host, port = server.getsockname()
print("listening on", host, "port > 0:", port > 0)
sel.register(server, selectors.EVENT_READ, data="server")

messages = {"alice": b"hello from alice", "bob": b"bob says hi " * 2000}
clients = {}
for name, payload in messages.items():
    c = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    c.setblocking(False)
    err = c.connect_ex((host, port))
    print(name, "connecting:", err in (0, socket.errno.EINPROGRESS))
    clients[name] = {"sock": c, "out": payload, "back": b""}
    sel.register(c, selectors.EVENT_WRITE, data=name)

pending = {}      # server-side connection -> bytes still to echo
finished = set()
log = []
done = set()
while len(done) < len(clients):
    for key, events in sel.select(timeout=5):
        who = key.data
        if who == "server":
            conn, addr = server.accept()
            conn.setblocking(False)
            pending[conn] = b""
            sel.register(conn, selectors.EVENT_READ, data=("conn", conn))
            log.append("accepted from " + addr[0])
        elif isinstance(who, tuple):
            conn = who[1]
            if events & selectors.EVENT_READ:
                data = conn.recv(65536)
                if data:
                    pending[conn] += data.upper()
                    sel.modify(conn, selectors.EVENT_READ | selectors.EVENT_WRITE, data=who)
                else:
                    finished.add(conn)      # the client is done sending: close once all is echoed
                    sel.modify(conn, selectors.EVENT_WRITE, data=who)
            if events & selectors.EVENT_WRITE and pending[conn]:
                sent = conn.send(pending[conn])
                pending[conn] = pending[conn][sent:]
            if not pending[conn]:
                if conn in finished:
                    sel.unregister(conn)
                    conn.close()
                elif events & selectors.EVENT_WRITE:
                    sel.modify(conn, selectors.EVENT_READ, data=who)
        else:
            state = clients[who]
            sock = state["sock"]
            if events & selectors.EVENT_WRITE:
                sent = sock.send(state["out"])
                state["out"] = state["out"][sent:]
                if not state["out"]:
                    sock.shutdown(socket.SHUT_WR)
                    sel.modify(sock, selectors.EVENT_READ, data=who)
            elif events & selectors.EVENT_READ:
                data = sock.recv(65536)
                if data:
                    state["back"] += data
                else:
                    sel.unregister(sock)
                    sock.close()
                    done.add(who)

print(sorted(log))
for name, state in sorted(clients.items()):
    back = state["back"]
    print(name, len(back), back == messages[name].upper(), back[:16])
print("still registered:", [k.data for k in sel.get_map().values()])
sel.unregister(server)
server.close()
sel.close()
