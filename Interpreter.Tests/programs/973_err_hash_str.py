# An uncaught TypeError from hashing text without encoding it first.
# conformance: full-stderr
import hashlib


def fingerprint(record):
    return hashlib.sha256(record).hexdigest()[:12]


print(fingerprint(b"bytes are fine"))
print(fingerprint("text is not"))
