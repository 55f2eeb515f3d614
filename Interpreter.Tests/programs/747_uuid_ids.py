# uuid: deterministic name-based UUIDs (3 and 5), parsing and fields; only the shape of uuid1/uuid4.
import uuid

dns = uuid.uuid5(uuid.NAMESPACE_DNS, "python.org")
print(dns, dns.version, dns.variant)
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"))
print(uuid.uuid5(uuid.NAMESPACE_URL, "https://example.com/users/42"))
print(uuid.uuid3(uuid.NAMESPACE_OID, "1.3.6.1"), uuid.uuid5(uuid.NAMESPACE_X500, "cn=Ann"))

u = uuid.UUID("{12345678-1234-5678-1234-567812345678}")
print(repr(u), u.hex, u.int, u.urn)
print(u.bytes, u.bytes_le)
print(u.fields, u.time_low, u.time_mid, u.node, u.clock_seq)
print(uuid.UUID(bytes=u.bytes) == u, uuid.UUID(int=u.int) == u, uuid.UUID(fields=u.fields) == u,
      uuid.UUID(bytes_le=u.bytes_le) == u)
print(uuid.UUID("urn:uuid:12345678123456781234567812345678") == u, str(uuid.UUID(int=0)))
print(sorted([uuid.UUID(int=5), uuid.UUID(int=1), uuid.UUID(int=3)]))
print(uuid.UUID("12345678-1234-5678-1234-567812345678", version=4))

r = uuid.uuid4()
print(r.version, r.variant == uuid.RFC_4122, len(str(r)), str(r).count("-"), r != uuid.uuid4())
t = uuid.uuid1()
print(t.version, isinstance(t.time, int), isinstance(uuid.getnode(), int), uuid.getnode() < 2 ** 48)
print(uuid.uuid1(node=0x123456789ABC, clock_seq=0x1234).node == 0x123456789ABC)

def user_id(email):
    return uuid.uuid5(uuid.NAMESPACE_DNS, email.lower().strip())
print(user_id("Ann@Example.com") == user_id(" ann@example.com"), user_id("ann@example.com"))

for bad in ["not-a-uuid", "12345678-1234-5678-1234-56781234567"]:
    try:
        uuid.UUID(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    uuid.UUID()
except TypeError as e:
    print("TypeError:", e)
try:
    u.hex = "x"
except TypeError as e:
    print("TypeError:", e)
print({uuid.UUID(int=1): "one"}[uuid.UUID(int=1)], uuid.SafeUUID.unknown)
