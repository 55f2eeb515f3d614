# pyexpat (Herthon's own Lib/pyexpat.py) under ElementTree: character references in attribute values
# and entity values, and expat's error codes and positions for text outside the root element.
import xml.etree.ElementTree as ET


def t(label, f):
    try:
        print(label, repr(f()))
    except ET.ParseError as e:
        print(label, "ParseError", e.code, e.position, e)


t("ref", lambda: ET.tostring(ET.fromstring("<a>&#233;&#x20AC;&#65;</a>")))
t("ref big", lambda: ET.fromstring("<a>&#x1F600;</a>").text)
t("attr refs", lambda: ET.fromstring("<a b='&#10;x&#x9;&#233;' c=\"&lt;&#38;\"/>").attrib)
t("attr bad ref", lambda: ET.fromstring("<a b='&#0;'/>").attrib)
t("entity value", lambda: ET.fromstring('<!DOCTYPE a [<!ENTITY e "x&#233;&#x41;">]><a>&e;</a>').text)
t("latin1", lambda: ET.fromstring(b"<?xml version='1.0' encoding='iso-8859-1'?><a>\xe9</a>").text)
t("undef", lambda: ET.fromstring("<a>&ldots;</a>"))
for src in ["foo", "  foo", "<?xml version='1.0'?>foo<a/>", "\n\nx<a/>", "<!-- c -->x", "\u00e9<a/>",
            "<a/>x", "<a/>  y", "&amp;<a/>", "<a>&#10;</a>", "<a/>\n<!-- tail -->\n"]:
    t(repr(src), lambda: ET.tostring(ET.fromstring(src)))
p = ET.XMLParser()
p.feed("fo")
p.feed("o")
try:
    p.close()
except ET.ParseError as e:
    print("fed in pieces", e.code, e.position)

# EntityDeclHandler sees the value with its character references replaced
import pyexpat
p = pyexpat.ParserCreate()
p.EntityDeclHandler = lambda *a: print("entity", a)
p.Parse(b'<!DOCTYPE r [<!ENTITY a "&#226;&#x41;b"><!ENTITY % pe "&#65;"><!ENTITY c "&a;">]><r/>', True)

# the parser object's attributes: only the handlers and five options may be set
q = pyexpat.ParserCreate()
for f in (lambda: setattr(q, "returns_unicode", 1), lambda: setattr(q, range(15), 0),
          lambda: setattr(q, "intern", {}), lambda: setattr(q, "ErrorCode", 1)):
    try:
        f()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
q.buffer_text = 1
q.ordered_attributes = 1
print(q.buffer_text, q.ordered_attributes, q.intern, pyexpat.XMLParserType)
