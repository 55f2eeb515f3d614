# urllib.request: fetching file:// URLs, Request objects and headers, error handling, url2pathname.
import os
import tempfile
import urllib.error
import urllib.request
from urllib.request import Request, pathname2url, url2pathname, urlopen

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "data file.txt")
    with open(path, "w") as fh:
        fh.write("line one\nline two\n")
    url = "file://" + pathname2url(path)
    print(url.endswith("/data%20file.txt"), url2pathname(pathname2url(path)) == path)
    with urlopen(url) as resp:
        print(type(resp).__name__, resp.status if hasattr(resp, "status") else None)
        print(resp.headers["Content-type"], resp.headers["Content-length"])
        print(resp.read().decode().splitlines())
        print(resp.geturl() == url)
    with urllib.request.urlopen(url) as resp:
        print([line for line in resp])
    try:
        urlopen("file://" + pathname2url(os.path.join(tmp, "missing.txt")))
    except urllib.error.URLError as e:
        print("URLError:", type(e.reason).__name__)
    local, headers = urllib.request.urlretrieve(url, os.path.join(tmp, "copy.txt"))
    print(os.path.basename(local), open(local).read() == "line one\nline two\n", headers["Content-length"])

req = Request("http://example.com/api?x=1", data=b'{"a": 1}',
              headers={"Content-Type": "application/json", "X-Trace": "abc"}, method="PUT")
print(req.get_method(), req.full_url, req.host, req.selector, req.type)
print(sorted(req.header_items()), req.has_header("X-trace"), req.get_header("Content-type"))
req.add_header("accept", "text/plain")
print(req.headers)
get = Request("https://example.com/")
print(get.get_method(), get.data, get.origin_req_host)
try:
    urlopen("nosuchscheme://x")
except urllib.error.URLError as e:
    print("URLError:", e.reason)
try:
    Request("not a url")
except ValueError as e:
    print("ValueError:", e)
err = urllib.error.HTTPError("http://x/", 404, "Not Found", {}, None)
print(err.code, err.reason, str(err))
print(urllib.request.parse_http_list('a, "b, c", d'), urllib.request.parse_keqv_list(['k="v"', "x=y"]))
opener = urllib.request.build_opener()
print(sorted(type(h).__name__ for h in opener.handlers)[:4])
