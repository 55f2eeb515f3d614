# xml.etree.ElementTree: parsing a catalogue, querying with XPath subsets, modifying and serialising.
import io
import xml.etree.ElementTree as ET

XML = """<?xml version="1.0"?>
<catalog xmlns:dc="http://purl.org/dc/elements/1.1/">
  <book id="bk101" lang="en">
    <author>Gambardella, Matthew</author>
    <title>XML Developer's Guide</title>
    <price currency="USD">44.95</price>
    <dc:subject>Computer</dc:subject>
  </book>
  <book id="bk102" lang="fr">
    <author>Ralls, Kim</author>
    <title>Midnight Rain</title>
    <price currency="EUR">5.95</price>
    <dc:subject>Fantasy</dc:subject>
  </book>
  <book id="bk103">
    <author>Corets, Eva</author>
    <title>Maeve Ascendant &amp; more</title>
    <price currency="USD">5.95</price>
  </book>
  <!-- comment dropped by the default parser -->
</catalog>"""

root = ET.fromstring(XML)
print(root.tag, len(root), root.attrib)
for book in root.findall("book"):
    print(book.get("id"), book.get("lang", "?"), book.findtext("title"), float(book.find("price").text))
print([b.get("id") for b in root.findall(".//price[@currency='USD']/..")])
print([e.text for e in root.iterfind(".//{http://purl.org/dc/elements/1.1/}subject")])
ns = {"dc": "http://purl.org/dc/elements/1.1/"}
print([e.text for e in root.findall("book/dc:subject", ns)])
print(root.find("book[@lang='fr']/title").text, root.find("book[2]").get("id"), root.find("book[last()]").get("id"))
print(sorted({e.tag for e in root.iter()}))

cheap = [b for b in root if float(b.findtext("price")) < 10]
for b in cheap:
    b.set("sale", "yes")
    b.find("price").text = f"{float(b.findtext('price')) * 0.9:.2f}"
new = ET.SubElement(root, "book", id="bk104", lang="de")
ET.SubElement(new, "author").text = "Knorr, Stefan"
ET.SubElement(new, "title").text = "Creepy Crawlies <2>"
root.remove(root.find("book[@id='bk101']"))
for subj in root.iter("{http://purl.org/dc/elements/1.1/}subject"):
    subj.text = subj.text.upper()

ET.indent(root, space="  ")
print(ET.tostring(root, encoding="unicode"))
buf = io.BytesIO()
ET.ElementTree(root).write(buf, encoding="utf-8", xml_declaration=True)
print(buf.getvalue()[:60])
print(ET.tostring(ET.fromstring("<a><b x='1'/>tail</a>"), method="text"))

ET.register_namespace("dc", "http://purl.org/dc/elements/1.1/")
e = ET.Element("{http://purl.org/dc/elements/1.1/}creator")
e.text = "Ann"
print(ET.tostring(e))
tree = ET.parse(io.StringIO("<r><x>1</x><x>2</x></r>"))
print(sum(int(x.text) for x in tree.getroot()), tree.getroot()[1].text)
print([(ev, el.tag) for ev, el in ET.iterparse(io.BytesIO(b"<a><b/><c><d/></c></a>"), events=("start", "end"))])
pull = ET.XMLPullParser(events=["end"])
pull.feed("<log><entry>1</entry><ent")
print([el.text for _, el in pull.read_events()])
pull.feed("ry>2</entry></log>")
print([el.tag for _, el in pull.read_events()])
try:
    ET.fromstring("<a><b></a>")
except ET.ParseError as err:
    print("ParseError:", err, err.position)
