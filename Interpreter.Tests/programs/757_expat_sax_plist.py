# xml.parsers.expat directly (events, incremental feeding, namespaces, errors), xml.sax and plistlib on top of it.
import io
import plistlib
import xml.sax
from xml.parsers import expat

DOC = b"""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE inv [<!ENTITY co "Acme &amp; Sons">]>
<inv xmlns="urn:inv" xmlns:p="urn:price">
  <!-- stock list -->
  <item sku="A1" p:cur="EUR">Bolts from &co;</item>
  <item sku="B2"><![CDATA[<raw> & text]]></item>
  <?audit checked?>
</inv>
"""

def trace(ns=None, chunk=None, **flags):
    p = expat.ParserCreate(namespace_separator=ns)
    for k, v in flags.items():
        setattr(p, k, v)
    events = []
    p.XmlDeclHandler = lambda *a: events.append(("decl",) + a)
    p.StartDoctypeDeclHandler = lambda *a: events.append(("doctype",) + a)
    p.EntityDeclHandler = lambda name, pe, value, *rest: events.append(("entity", name, value))
    p.StartElementHandler = lambda name, attrs: events.append(("start", name, attrs))
    p.EndElementHandler = lambda name: events.append(("end", name))
    p.CharacterDataHandler = lambda data: data.strip() and events.append(("text", data))
    p.CommentHandler = lambda data: events.append(("comment", data))
    p.ProcessingInstructionHandler = lambda t, d: events.append(("pi", t, d))
    p.StartCdataSectionHandler = lambda: events.append(("cdata",))
    p.StartNamespaceDeclHandler = lambda prefix, uri: events.append(("ns", prefix, uri))
    if chunk:
        for i in range(0, len(DOC), chunk):
            p.Parse(DOC[i:i + chunk])
        p.Parse(b"", True)
    else:
        p.Parse(DOC, True)
    return events, p

events, parser = trace(buffer_text=True)
for e in events:
    print(e)
print(parser.CurrentLineNumber, parser.ErrorCode)
ns_events, _ = trace(ns=" ", buffer_text=True, ordered_attributes=True)
print([e for e in ns_events if e[0] in ("ns", "start")])
chunked, _ = trace(chunk=7, buffer_text=True)
print(chunked == events)

for bad in [b"<a><b></a>", b"<a>", b"", b"<a x='1' x='2'/>", b"<a>&undefined;</a>", b"<a/><b/>",
            b"<a>\n  <b attr=noquotes/></a>", b"<p:x/>"]:
    p = expat.ParserCreate(namespace_separator="}" if b"p:" in bad else None)
    try:
        p.Parse(bad, True)
    except expat.ExpatError as e:
        print(f"{bad!r:32} {e.code:2} {expat.ErrorString(e.code)!r:40} line {e.lineno} col {e.offset}")
print(expat.errors.XML_ERROR_TAG_MISMATCH, expat.errors.codes["mismatched tag"])

class Counter(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.path, self.seen = [], []
    def startElement(self, name, attrs):
        self.path.append(name)
        self.seen.append("/".join(self.path) + str(sorted(attrs.items())))
    def endElement(self, name):
        self.path.pop()
    def characters(self, content):
        if content.strip():
            self.seen.append(repr(content.strip()))

h = Counter()
xml.sax.parseString(b"<menu id='m'><item price='3'>Tea</item><item price='4'>Coffee &amp; cake</item></menu>", h)
print(h.seen)
try:
    xml.sax.parseString(b"<menu><item></menu>", Counter())
except xml.sax.SAXParseException as e:
    print("SAXParseException:", e.getMessage(), e.getLineNumber(), e.getColumnNumber())

settings = {"name": "Herthon", "version": [3, 11], "ratio": 0.5, "debug": False,
            "blob": b"\x00\xffdata", "nested": {"a": 1, "b": "two"}}
xml_bytes = plistlib.dumps(settings)
print(xml_bytes.decode().splitlines()[:4])
print(plistlib.loads(xml_bytes) == settings, plistlib.loads(xml_bytes)["blob"])
print(plistlib.load(io.BytesIO(plistlib.dumps([1, "x"], fmt=plistlib.FMT_XML))))
