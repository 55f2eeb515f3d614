# http.client against a local http.server running in a thread: GET, POST with JSON, HEAD, 404, keep-alive.
import http.client
import http.server
import json
import threading

class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    items = {"1": "apple"}

    def log_message(self, fmt, *args):
        pass   # keep the test output clean

    def _send(self, code, body, ctype="application/json"):
        data = body.encode()
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("X-Server", "corpus")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def do_GET(self):
        if self.path.startswith("/items/"):
            key = self.path.rsplit("/", 1)[1]
            if key in self.items:
                return self._send(200, json.dumps({"id": key, "name": self.items[key]}))
            return self._send(404, json.dumps({"error": "no such item"}))
        self._send(200, "hello\n", "text/plain")

    do_HEAD = do_GET

    def do_POST(self):
        length = int(self.headers["Content-Length"])
        payload = json.loads(self.rfile.read(length))
        key = str(len(self.items) + 1)
        self.items[key] = payload["name"]
        self._send(201, json.dumps({"id": key, "agent": self.headers["User-Agent"]}))

server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
thread = threading.Thread(target=server.serve_forever, daemon=True)
thread.start()
host, port = server.server_address

conn = http.client.HTTPConnection(host, port, timeout=10)
conn.request("GET", "/")
r = conn.getresponse()
print(r.status, r.reason, r.version, r.getheader("Content-Type"), r.getheader("X-Server"), r.read())

conn.request("GET", "/items/1")
r = conn.getresponse()
print(r.status, json.loads(r.read()), r.headers["Content-Length"])

body = json.dumps({"name": "pear"})
conn.request("POST", "/items", body=body, headers={"Content-Type": "application/json", "User-Agent": "corpus/1.0"})
r = conn.getresponse()
print(r.status, r.reason, json.loads(r.read()))

conn.request("GET", "/items/2")
r = conn.getresponse()
print(r.status, json.loads(r.read()))

conn.request("GET", "/items/99")
r = conn.getresponse()
print(r.status, r.reason, json.loads(r.read()))

conn.request("HEAD", "/items/1")
r = conn.getresponse()
print(r.status, r.getheader("Content-Length"), r.read())
conn.close()

conn = http.client.HTTPConnection(host, port, timeout=10)
conn.putrequest("GET", "/chunky")
conn.putheader("Accept", "text/plain")
conn.endheaders()
r = conn.getresponse()
print(r.status, r.read().decode().strip(), sorted(k for k, _ in r.getheaders()) [:2])
conn.close()

print(http.client.responses[418], http.client.NOT_FOUND, http.HTTPStatus(503).phrase)
try:
    http.client.HTTPConnection(host, "bad")
except http.client.InvalidURL as e:
    print("InvalidURL:", e)

server.shutdown()
server.server_close()
thread.join()
print("server stopped")
