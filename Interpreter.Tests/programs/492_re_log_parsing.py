# A practical log report: parse access-log lines with one verbose pattern, aggregate, and redact.
import re
from collections import Counter, defaultdict

LOG = """\
192.168.1.10 - alice [10/Oct/2023:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326 "-" "Mozilla/5.0"
10.0.0.7 - - [10/Oct/2023:13:55:40 +0000] "POST /api/login HTTP/1.1" 401 128 "-" "curl/8.1"
10.0.0.7 - - [10/Oct/2023:13:56:02 +0000] "POST /api/login HTTP/1.1" 200 512 "-" "curl/8.1"
172.16.0.3 - bob [10/Oct/2023:14:01:11 +0000] "GET /img/logo.png HTTP/2.0" 304 0 "https://ex.org/" "Safari"
this line is garbage
192.168.1.10 - alice [10/Oct/2023:14:02:59 +0000] "GET /search?q=regex+engine&page=2 HTTP/1.1" 200 9120 "-" "Mozilla/5.0"
10.0.0.9 - - [10/Oct/2023:14:03:00 +0000] "DELETE /api/items/17 HTTP/1.1" 500 64 "-" "python-requests/2.31"
"""

LINE = re.compile(r"""
    ^(?P<ip>\d{1,3}(?:\.\d{1,3}){3})\s
    -\s(?P<user>\S+)\s
    \[(?P<day>\d\d)/(?P<mon>\w{3})/(?P<year>\d{4}):(?P<time>\d\d:\d\d:\d\d)\s[+-]\d{4}\]\s
    "(?P<method>[A-Z]+)\s(?P<path>[^\s?]+)(?:\?(?P<query>\S*))?\sHTTP/(?P<http>[\d.]+)"\s
    (?P<status>\d{3})\s(?P<size>\d+)\s
    "(?P<referer>[^"]*)"\s"(?P<agent>[^"]*)"$
""", re.VERBOSE)

by_status = Counter()
bytes_by_ip = defaultdict(int)
bad = []
for lineno, line in enumerate(LOG.splitlines(), 1):
    m = LINE.match(line)
    if m is None:
        bad.append(lineno)
        continue
    by_status[m["status"][0] + "xx"] += 1
    bytes_by_ip[m["ip"]] += int(m["size"])
    if m["query"]:
        params = dict(re.findall(r"([^&=]+)=([^&]*)", m["query"]))
        print("query", m["path"], params)
    if m["user"] != "-":
        print("user", m["user"], "at", m["time"], m.span("user"))

print(sorted(by_status.items()))
print(sorted(bytes_by_ip.items(), key=lambda kv: -kv[1]))
print("unparsed lines:", bad)

# Failed logins per ip, found with a lookahead on the status.
print(re.findall(r'^(\S+) .*"POST /api/login[^"]*" (?=4\d\d)', LOG, re.MULTILINE))

# Redact: keep the first octet of addresses, mask user names.
def mask(m):
    return m.group(1) + ".x.x.x"
redacted = re.sub(r"\b(\d{1,3})(?:\.\d{1,3}){3}\b", mask, LOG)
redacted = re.sub(r"(?m)^(\S+ - )(?!-)\w+", r"\1***", redacted)
print(redacted.splitlines()[0])
print(redacted.splitlines()[3])

# Agents tokenised case-insensitively, counts by product.
agents = Counter(re.match(r"[a-z-]+", m["agent"], re.I).group().lower() for m in map(LINE.match, LOG.splitlines()) if m)
print(sorted(agents.items()))

# Durations like 1h30m, 45s, 2h parsed with optional named groups.
DUR = re.compile(r"(?:(?P<h>\d+)h)?(?:(?P<m>\d+)m)?(?:(?P<s>\d+)s)?")
for text in ["1h30m", "45s", "2h", "1h2m3s", "", "5x"]:
    d = DUR.fullmatch(text)
    if d is None or not text:
        print(repr(text), "-> invalid")
    else:
        parts = d.groupdict(default="0")
        print(repr(text), "->", int(parts["h"]) * 3600 + int(parts["m"]) * 60 + int(parts["s"]))
