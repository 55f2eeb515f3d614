def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]

def caesar(s, k):
    out = []
    for c in s:
        if c.isupper():
            out.append(chr((ord(c) - 65 + k) % 26 + 65))
        elif c.islower():
            out.append(chr((ord(c) - 97 + k) % 26 + 97))
        else:
            out.append(c)
    return "".join(out)

def rle(s):
    if not s:
        return ""
    out, prev, n = [], s[0], 1
    for c in s[1:]:
        if c == prev:
            n += 1
        else:
            out.append(f"{n}{prev}")
            prev, n = c, 1
    out.append(f"{n}{prev}")
    return "".join(out)

def unrle(s):
    out, num = [], ""
    for c in s:
        if c.isdigit():
            num += c
        else:
            out.append(c * int(num))
            num = ""
    return "".join(out)

def levenshtein(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]

def wrap(text, width):
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        lines.append(line)
    return lines

def anagrams(words):
    groups = {}
    for w in words:
        groups.setdefault("".join(sorted(w)), []).append(w)
    return sorted(sorted(g) for g in groups.values() if len(g) > 1)

def kmp_search(text, pat):
    fail = [0] * len(pat)
    k = 0
    for i in range(1, len(pat)):
        while k and pat[i] != pat[k]:
            k = fail[k - 1]
        if pat[i] == pat[k]:
            k += 1
        fail[i] = k
    res, k = [], 0
    for i, c in enumerate(text):
        while k and c != pat[k]:
            k = fail[k - 1]
        if c == pat[k]:
            k += 1
        if k == len(pat):
            res.append(i - k + 1)
            k = fail[k - 1]
    return res

for s in ["A man, a plan, a canal: Panama", "hello", "", "No 'x' in Nixon"]:
    print(repr(s), is_palindrome(s))
enc = caesar("Hello, World!", 3)
print(enc, caesar(enc, -3), caesar("xyz XYZ", 30))
for s in ["aaabccdddd", "abc", "", "zzzzzzzzzzzz"]:
    print(repr(s), rle(s), unrle(rle(s)) == s)
for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("same", "same")]:
    print(a, b, levenshtein(a, b))
text = "The quick brown fox jumps over the lazy dog and keeps running far away"
for w in (10, 20, 35):
    print(w, wrap(text, w))
print(anagrams(["listen", "silent", "enlist", "google", "gogole", "cat", "act", "dog"]))
print(kmp_search("abababcabababab", "abab"), kmp_search("aaaa", "aa"), kmp_search("abc", "d"))
words = text.lower().split()
freq = {}
for w in words:
    freq[w[0]] = freq.get(w[0], 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
print(" ".join(w[::-1] for w in "reverse each word".split()), "".join(reversed("abc")))
