# urllib.parse: splitting and joining URLs, query strings, quoting, building API links.
from urllib.parse import (urlparse, urlunparse, urlsplit, urljoin, urldefrag, parse_qs, parse_qsl,
                          urlencode, quote, quote_plus, unquote, unquote_plus, urlunsplit)

u = urlparse("https://user:pw@api.example.com:8443/v2/items;type=a?q=red+shoes&page=2&page=3#results")
print(u)
print(u.scheme, u.netloc, u.hostname, u.port, u.username, u.password, u.path, u.params, u.fragment)
print(u._replace(query="", fragment="").geturl())
print(urlunparse(("http", "example.com", "/a b", "", "x=1", "")))
s = urlsplit("//cdn.example.com/lib.js?v=3")
print(s, s.geturl())
print(urlsplit("mailto:ann@example.com"), urlsplit("file:///etc/hosts").path)
print(urlsplit("http://[::1]:8080/").hostname, urlsplit("http://[::1]:8080/").port)

base = "https://example.com/docs/guide/intro.html"
for ref in ["setup.html", "../api/", "/about", "//other.org/x", "?lang=fr", "#sec2", "https://x.io", ""]:
    print(f"{ref!r:18} -> {urljoin(base, ref)}")
print(urldefrag("https://example.com/page#frag"))

qs = "name=Ann+Lee&tags=a&tags=b&empty=&flag&ratio=1%2F2"
print(parse_qs(qs), parse_qs(qs, keep_blank_values=True))
print(parse_qsl(qs, keep_blank_values=True))
print(urlencode({"q": "caf\u00e9 & bar", "n": 10, "lst": ["x", "y"]}))
print(urlencode({"lst": ["x", "y"]}, doseq=True), urlencode([("a", "1"), ("a", "2")]))
print(urlencode({"path": "/a b"}, quote_via=quote))

print(quote("/path with spaces/ü?&="), quote("/a b", safe=""), quote_plus("a b&c=d/e"))
print(unquote("caf%C3%A9%20%2F"), unquote_plus("a+b%2Bc"), unquote("%E9", encoding="latin-1"))
print(quote(b"\x00\xff"), quote("~user"), unquote("%zz"))

def api_url(endpoint, **params):
    parts = urlsplit("https://api.example.com/v1/")
    path = urljoin(parts.path, quote(endpoint))
    query = urlencode(sorted(params.items()), doseq=True)
    return urlunsplit((parts.scheme, parts.netloc, path, query, ""))
print(api_url("search/users", q="ann lee", page=2, fields=["id", "name"]))
try:
    urlsplit("http://example.com:notaport/").port
except ValueError as e:
    print("ValueError:", e)
