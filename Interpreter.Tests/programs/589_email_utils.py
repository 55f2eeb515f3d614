# email.utils: parsing and formatting addresses and dates.
import email.utils

print(email.utils.parseaddr("Ada Lovelace <ada@example.org>"))
print(email.utils.formataddr(("Grace Hopper", "grace@example.org")))
print(email.utils.formataddr(("Name, With Comma", "x@example.org")))
print(email.utils.getaddresses(["a@example.org, B <b@example.org>", "c@example.org"]))
print(email.utils.formatdate(0, usegmt=True))
print(email.utils.formatdate(1700000000, localtime=False))
print(email.utils.parsedate_tz("Tue, 14 Nov 2023 22:13:20 +0100"))
print(email.utils.mktime_tz(email.utils.parsedate_tz("Tue, 14 Nov 2023 22:13:20 +0100")))
print(email.utils.quote('say "hi"'), email.utils.unquote('"quoted"'))
print("@" in email.utils.make_msgid(domain="example.org"))
