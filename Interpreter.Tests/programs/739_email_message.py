# email.message: building a multipart message with an attachment, serialising it and parsing it back.
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser, Parser
from email.headerregistry import Address
import email.utils

msg = EmailMessage()
msg["Subject"] = "Quarterly report – Q3"
msg["From"] = Address("Ann Smith", "ann", "example.com")
msg["To"] = "Bob <bob@example.org>, carol@example.net"
msg["Date"] = email.utils.format_datetime(email.utils.parsedate_to_datetime("Tue, 03 Oct 2023 09:15:00 +0200"))
msg["Message-ID"] = "<report-q3@example.com>"
msg.set_content("Hi all,\n\nThe report is attached.\n\nAnn\n")
msg.add_alternative("<p>Hi all,</p><p>The report is <b>attached</b>.</p>", subtype="html")
msg.add_attachment(b"region,total\nnorth,100\nsouth,250\n", maintype="text", subtype="csv",
                   filename="report.csv")
msg.add_attachment(bytes(range(40)), maintype="application", subtype="octet-stream",
                   filename="blob.bin")

print(msg["Subject"], "|", msg["To"], "|", msg["From"].addresses[0].display_name)
print(msg.get_content_type(), msg.is_multipart(), len(msg.get_payload()))
print([part.get_content_type() for part in msg.walk()])

# Fixed boundaries so the serialised text is deterministic.
for i, part in enumerate(msg.walk()):
    if part.is_multipart():
        part.set_boundary(f"==BOUNDARY-{i}==")
text = msg.as_string()
print(text)

parsed = BytesParser(policy=policy.default).parsebytes(msg.as_bytes())
print(parsed["subject"], parsed["to"].addresses[1].addr_spec, parsed["date"].datetime.isoformat())
body = parsed.get_body(preferencelist=("plain", "html"))
print(repr(body.get_content()))
html = parsed.get_body(preferencelist=("html",))
print(html.get_content().strip())
for att in parsed.iter_attachments():
    data = att.get_content()
    print(att.get_filename(), att.get_content_type(), att["Content-Transfer-Encoding"], len(data))

simple = Parser().parsestr("From: x@y.z\nTo: a@b.c\nSubject: =?utf-8?q?caf=C3=A9?=\nX-Tag: one\nX-Tag: two\n\nplain body\n")
print(simple["subject"], simple.get_all("X-Tag"), simple.get_payload(), simple.keys())
del simple["X-Tag"]
simple.replace_header("To", "z@b.c")
simple["Reply-To"] = "noreply@y.z"
print(simple.items())
print(email.utils.parseaddr("Ann Smith <ann@example.com>"), email.utils.formataddr(("Bob", "bob@x.org")))
print(email.utils.getaddresses(["a@x.com, B <b@y.com>"]))
