# secrets: tokens and passwords; only the shape of the random results is printed.
import secrets
import string

tok = secrets.token_bytes(16)
print(type(tok).__name__, len(tok), len(secrets.token_bytes()))
hx = secrets.token_hex(8)
print(len(hx), all(c in string.hexdigits for c in hx))
url = secrets.token_urlsafe(24)
print(len(url), set(url) <= set(string.ascii_letters + string.digits + "-_"))

alphabet = string.ascii_letters + string.digits + "!@#$%"
def password(n=12):
    while True:
        pw = "".join(secrets.choice(alphabet) for _ in range(n))
        if (any(c.islower() for c in pw) and any(c.isupper() for c in pw)
                and sum(c.isdigit() for c in pw) >= 2):
            return pw
pw = password()
print(len(pw), set(pw) <= set(alphabet))

rolls = [secrets.randbelow(6) + 1 for _ in range(200)]
print(min(rolls) >= 1, max(rolls) <= 6, len(set(rolls)) > 1)
bits = secrets.randbits(20)
print(0 <= bits < 2 ** 20)
print(secrets.compare_digest("abc", "abc"), secrets.compare_digest(b"abc", b"abd"))
try:
    secrets.compare_digest("abc", b"abc")
except TypeError as e:
    print("TypeError:", e)
try:
    secrets.randbelow(0)
except ValueError as e:
    print("ValueError:", e)
sr = secrets.SystemRandom()
sample = sr.sample(range(100), 5)
print(len(sample), len(set(sample)), all(0 <= s < 100 for s in sample))
print(secrets.DEFAULT_ENTROPY)
