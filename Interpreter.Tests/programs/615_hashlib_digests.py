# Digests of known inputs with every hashlib algorithm, incremental updates, copies, and a file hashed in chunks.
import hashlib
import os

MESSAGE = b"The quick brown fox jumps over the lazy dog"

for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512",
             "sha3_224", "sha3_256", "sha3_384", "sha3_512", "blake2b", "blake2s"]:
    h = hashlib.new(name, MESSAGE)
    print(f"{h.name:9} size={h.digest_size:2} block={h.block_size:3} {h.hexdigest()}")

for name in ["shake_128", "shake_256"]:
    h = hashlib.new(name)
    h.update(MESSAGE)
    print(name, h.digest_size, h.hexdigest(16), len(h.digest(100)))

# The constructors agree with new(), and updates in pieces agree with one update.
assert hashlib.sha256(MESSAGE).digest() == hashlib.new("SHA256", MESSAGE).digest()
pieces = hashlib.sha1()
for word in MESSAGE.split(b" "):
    pieces.update(word + b" ")
print("pieces", pieces.hexdigest() == hashlib.sha1(MESSAGE + b" ").hexdigest())

# copy() forks the state: the original keeps going on its own.
base = hashlib.md5(b"prefix-")
fork = base.copy()
base.update(b"one")
fork.update(b"two")
print("fork", base.hexdigest(), fork.hexdigest(), hashlib.md5(b"prefix-two").hexdigest() == fork.hexdigest())

# Empty inputs, buffers other than bytes.
print("empty", hashlib.sha256().hexdigest())
print("bytearray", hashlib.sha512(bytearray(b"abc")).hexdigest()[:32])
print("memoryview", hashlib.md5(memoryview(b"abc")).hexdigest())

# BLAKE2 keyed hashing, personalisation, salt and short digests.
mac = hashlib.blake2b(b"message", key=b"secret key", digest_size=16)
print("blake2b-mac", mac.hexdigest(), mac.digest_size)
print("blake2s-person", hashlib.blake2s(b"data", person=b"app-v1", salt=b"NaCl").hexdigest())
tree = hashlib.blake2b(b"leaf", fanout=2, depth=2, leaf_size=4096, node_offset=1, node_depth=0, inner_size=64, last_node=True)
print("blake2b-tree", tree.hexdigest()[:40])
print(hashlib.blake2b.SALT_SIZE, hashlib.blake2b.PERSON_SIZE, hashlib.blake2s.MAX_KEY_SIZE, hashlib.blake2s.MAX_DIGEST_SIZE)

# A file hashed in 4 KiB chunks matches the digest of its whole contents.
path = os.path.join(os.getcwd(), "t615_payload.bin")
payload = bytes(range(256)) * 300 + b"tail"
with open(path, "wb") as f:
    f.write(payload)
digests = {name: hashlib.new(name) for name in ("sha256", "sha3_256", "blake2s")}
with open(path, "rb") as f:
    chunks = 0
    while chunk := f.read(4096):
        chunks += 1
        for h in digests.values():
            h.update(chunk)
os.remove(path)
for name, h in digests.items():
    print(name, chunks, h.hexdigest(), h.hexdigest() == hashlib.new(name, payload).hexdigest())

print(sorted(hashlib.algorithms_guaranteed))
for bad in ("sha257", "md4x"):
    try:
        hashlib.new(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    hashlib.sha256("text")
except TypeError as e:
    print("TypeError:", e)
try:
    hashlib.blake2b(digest_size=65)
except ValueError as e:
    print("ValueError:", e)
try:
    hashlib.blake2s(key=b"k" * 33)
except ValueError as e:
    print("ValueError:", e)
