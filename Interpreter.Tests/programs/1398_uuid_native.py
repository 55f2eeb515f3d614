# uuid through the _uuid accelerator: time-based UUIDs from libuuid's uuid_generate_time_safe,
# their fields, ordering of successive ones, and the pure-Python forms alongside.
import uuid
import _uuid

print(_uuid.has_uuid_generate_time_safe)
raw, safe = _uuid.generate_time_safe()
print(type(raw).__name__, len(raw), type(safe).__name__)
try:
    _uuid.generate_time_safe(1)
except TypeError as e:
    print("TypeError", e)

a = uuid.uuid1()
b = uuid.uuid1()
print(a.version, a.variant, b.version, a != b)
print(a.node == b.node, 0 <= a.clock_seq < 2 ** 14, a.time <= b.time)
print(isinstance(a.is_safe, uuid.SafeUUID))
u = uuid.UUID(bytes=raw)
print(u.version, u.variant == uuid.RFC_4122)
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_URL, "https://example.com"))
print(uuid.UUID("{12345678-1234-5678-1234-567812345678}").hex, uuid.uuid4().version)
print(0 < uuid.getnode() < 2 ** 48)
