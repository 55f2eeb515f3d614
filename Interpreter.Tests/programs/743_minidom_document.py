# xml.dom.minidom: parsing a settings document, walking and editing the DOM, pretty printing.
from xml.dom import minidom, Node

SRC = """<?xml version="1.0"?>
<settings version="2">
  <user name="ann" admin="true">
    <pref key="theme">dark</pref>
    <pref key="lang">en</pref>
  </user>
  <user name="bob">
    <pref key="theme">light</pref>
    <!-- bob has no language set -->
  </user>
  <notes><![CDATA[x < y && y > z]]></notes>
</settings>"""

doc = minidom.parseString(SRC)
root = doc.documentElement
print(root.tagName, root.getAttribute("version"), root.hasAttribute("missing"), doc.nodeType == Node.DOCUMENT_NODE)
for user in root.getElementsByTagName("user"):
    prefs = {p.getAttribute("key"): p.firstChild.data for p in user.getElementsByTagName("pref")}
    print(user.getAttribute("name"), user.getAttribute("admin") or "-", prefs)
kinds = [(n.nodeType, n.nodeName) for n in root.childNodes if n.nodeType != Node.TEXT_NODE]
print(kinds)
bob = root.getElementsByTagName("user")[1]
comment = [n for n in bob.childNodes if n.nodeType == Node.COMMENT_NODE][0]
print(repr(comment.data))
notes = root.getElementsByTagName("notes")[0]
print(notes.firstChild.nodeType == Node.CDATA_SECTION_NODE, notes.firstChild.data)

lang = doc.createElement("pref")
lang.setAttribute("key", "lang")
lang.appendChild(doc.createTextNode("de & fr"))
bob.replaceChild(lang, comment)
bob.setAttribute("admin", "false")
root.removeChild(notes).unlink()
new_user = doc.createElement("user")
new_user.setAttribute("name", "carol")
root.insertBefore(new_user, root.firstChild)
root.setAttribute("version", "3")
print(root.attributes.length, [a for a in bob.attributes.keys()])

def strip_ws(node):
    for child in list(node.childNodes):
        if child.nodeType == Node.TEXT_NODE and not child.data.strip():
            node.removeChild(child)
        else:
            strip_ws(child)
strip_ws(root)
print(root.toxml())
print(doc.toprettyxml(indent="  "))
print(doc.toprettyxml(indent="\t", encoding="utf-8")[:40])

impl = minidom.getDOMImplementation()
d2 = impl.createDocument(None, "report", None)
top = d2.documentElement
for i, item in enumerate(["alpha", "beta"]):
    e = d2.createElement("item")
    e.setAttribute("n", str(i))
    e.appendChild(d2.createTextNode(item))
    top.appendChild(e)
print(d2.toxml())
clone = top.cloneNode(deep=True)
print(clone.toxml() == top.toxml(), clone.parentNode)
print(top.getElementsByTagName("item")[1].toxml())
