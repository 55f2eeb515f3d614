# Message authentication with hmac and key derivation with pbkdf2_hmac, checked against RFC test vectors.
import hashlib
import hmac

# RFC 4231 test case 2 (HMAC-SHA-224/256/384/512).
key, data = b"Jefe", b"what do ya want for nothing?"
for name in ("sha224", "sha256", "sha384", "sha512"):
    print(name, hmac.new(key, data, name).hexdigest())

# RFC 2202 test case 1: HMAC-MD5 and HMAC-SHA1 with a 16/20-byte key of 0x0b.
print(hmac.new(b"\x0b" * 16, b"Hi There", hashlib.md5).hexdigest())
print(hmac.new(b"\x0b" * 20, b"Hi There", "sha1").hexdigest())

# Keys longer than the block size are hashed first (RFC 4231 test case 6).
long_key = b"\xaa" * 131
print(hmac.digest(long_key, b"Test Using Larger Than Block-Size Key - Hash Key First", "sha256").hex())

# Incremental updates and copies.
m = hmac.new(b"key", digestmod="sha256")
m.update(b"part one, ")
snapshot = m.copy()
m.update(b"part two")
print(m.name, m.digest_size, m.block_size)
print(m.hexdigest() == hmac.new(b"key", b"part one, part two", "sha256").hexdigest())
print(snapshot.hexdigest() == hmac.new(b"key", b"part one, ", "sha256").hexdigest())

# A digest object's constructor and a module work as digestmod too.
print(hmac.new(b"k", b"msg", hashlib.sha3_256).hexdigest())
print(hmac.new(b"k", b"msg", hashlib.blake2s).hexdigest())


def verify(secret, message, tag):
    return hmac.compare_digest(hmac.new(secret, message, "sha256").hexdigest(), tag)


tag = hmac.new(b"server secret", b"user=alice;role=admin", "sha256").hexdigest()
print("verify", verify(b"server secret", b"user=alice;role=admin", tag), verify(b"server secret", b"user=alice;role=root", tag))
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest(b"abc", b"abd"), hmac.compare_digest("x", "xy"))

# RFC 6070 PBKDF2-HMAC-SHA1 vectors and a SHA-256 derivation.
print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 1, 20).hex())
print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 4096, 20).hex())
print(hashlib.pbkdf2_hmac("sha1", b"passwordPASSWORDpassword", b"saltSALTsaltSALTsaltSALTsaltSALTsalt", 4096, 25).hex())
print(hashlib.pbkdf2_hmac("sha256", b"correct horse", b"battery staple", 1000).hex())

for bad in (lambda: hmac.new(b"k", b"m"), lambda: hashlib.pbkdf2_hmac("sha256", b"p", b"s", 0),
            lambda: hmac.compare_digest("é", "e"), lambda: hmac.compare_digest(1, 2)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
