# Unicode classes and case folding, long subjects, and stdlib modules that are built on re.
import re

# \w, \d, \s are Unicode-aware for str patterns unless re.ASCII is given.
text = "Grüße, Ørsted! ١٢٣ and 42 — naïve café\u2003end"
print(re.findall(r"\w+", text))
print(re.findall(r"\w+", text, re.ASCII))
print(re.findall(r"\d+", text), re.findall(r"(?a)\d+", text))
print(re.split(r"\s+", text))
print(re.findall(r"[à-ÿ]+", text), re.findall(r"[α-ω]+", "ΑΒΓ αβγ δ", re.IGNORECASE))
print(re.findall(r"(?i)straße|ørsted", "STRAßE ØRSTED"), re.match(r"(?i)k+", "kK\u212a").group())
print(re.sub(r"(?i)[a-z]+", "*", "Hello Wörld ſx"), re.findall(r"(?i)[^a-z]", "aZ\u017f\u212a1"))
print(re.findall(r".", "a😀b"), re.search(r"😀+", "xx😀😀y").span(), re.sub(r"(?<=😀)x", "y", "😀x😀x"))
print(re.fullmatch(r"[\U0001F600-\U0001F64F]+", "😀😃"), re.findall(r"\b\w", "über alles"))

# Long subjects: repetition is iterative, so neither the engine nor the host stack grows per character.
big = "ab" * 50000 + "c"
print(len(re.match(r"(?:ab)*c", big).group()), len(re.match(r"(ab|xy)*", big).group(1)))
print(re.search(r"(a|b)*?c", big).end(), len(re.findall(r"ab", big)), re.fullmatch(r"(?:a|b)+", big))
print(len(re.sub(r"b", "", big)), re.match(r"(?:a+b+)+c", big).span())

# Stdlib modules that lean on re.
import csv, fnmatch, shlex, textwrap, string, html
dialect = csv.Sniffer().sniff("name;age;city\nann;31;Oslo\nbob;27;Rome\n")
print(dialect.delimiter, csv.Sniffer().has_header("name,age\nann,31\nbob,27\n"))
print(fnmatch.filter(["main.py", "notes.txt", "test_re.py", "setup.cfg"], "*.py"), fnmatch.fnmatch("data_01.csv", "data_??.csv"))
print(fnmatch.translate("*.t[!x]t"))
print(shlex.split('grep -n "two words" \'single q\' plain\\ space'), shlex.quote("it's here"))
print(textwrap.wrap("The quick brown fox jumps over the lazy dog near the riverbank", 15))
print(textwrap.dedent("    a\n      b\n    c"))
print(string.Template("$user owes ${amount} to $$bank").substitute(user="ann", amount=12))
print(html.unescape("&lt;b&gt;bold&lt;/b&gt; &amp; &#233;&#x263A; &copy;"))

import ipaddress
net = ipaddress.ip_network("10.0.0.0/29")
print(ipaddress.ip_address("192.168.0.1"), net.num_addresses, [str(h) for h in net.hosts()][:3], net.broadcast_address)
print(ipaddress.IPv6Address("2001:db8::1").exploded, ipaddress.ip_address("10.1.2.3").is_private)
for bad in ["1.2.3", "1.2.3.256", "::g"]:
    try:
        ipaddress.ip_address(bad)
    except ValueError as e:
        print(e)
