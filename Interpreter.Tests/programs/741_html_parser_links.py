# html.parser: extracting links, headings and text from a page; entity handling and malformed markup.
from html.parser import HTMLParser
import html

PAGE = """<!DOCTYPE html>
<html><head><title>Herthon &amp; friends</title>
<meta charset="utf-8"><script>if (a < b) { alert("<b>no</b>"); }</script></head>
<body>
<!-- navigation -->
<h1 id="top">Welcome</h1>
<p>Read the <a href="/docs/intro.html" title="Intro">introduction</a> or the
<A HREF='https://example.com/faq?q=1&amp;lang=en'>FAQ</A>.</p>
<img src="logo.png" alt="Logo"/>
<h2>News &copy; 2023 &#8212; &#x41;BC</h2>
<ul><li>one<li>two</ul>
<a name="anchor-only">no href</a>
<p>Unclosed <b>bold <i>italic</b> text</p>
<?processing instruction?>
</body></html>
"""

class LinkExtractor(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links, self.headings, self.events = [], [], []
        self._in_heading = None
        self.text = []
    def handle_starttag(self, tag, attrs):
        self.events.append(("start", tag))
        attrs = dict(attrs)
        if tag == "a" and "href" in attrs:
            self.links.append((attrs["href"], attrs.get("title")))
        if tag in ("h1", "h2"):
            self._in_heading = tag
    def handle_startendtag(self, tag, attrs):
        self.events.append(("startend", tag, attrs))
    def handle_endtag(self, tag):
        self.events.append(("end", tag))
        if tag == self._in_heading:
            self._in_heading = None
    def handle_data(self, data):
        if self._in_heading:
            self.headings.append(data)
        if data.strip():
            self.text.append(data.strip())
    def handle_comment(self, data):
        self.events.append(("comment", data))
    def handle_decl(self, decl):
        self.events.append(("decl", decl))
    def handle_pi(self, data):
        self.events.append(("pi", data))

p = LinkExtractor()
p.feed(PAGE)
p.close()
print(p.links)
print(p.headings)
print(p.text)
for e in p.events:
    print(e)
print(p.getpos())

class Raw(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.refs = []
    def handle_entityref(self, name):
        self.refs.append(("entity", name))
    def handle_charref(self, name):
        self.refs.append(("char", name))
r = Raw()
for chunk in ["<p>a &lt; b &amp", "&amp; c &#169; &#x3A9;</p>"]:
    r.feed(chunk)
r.close()
print(r.refs)
print(html.escape('<a href="x">Tom & "Jerry"</a>'), html.escape("it's", quote=False))
print(html.unescape("&lt;p&gt; caf&eacute; &#233; &euro;5 &notanentity; &amp"))
