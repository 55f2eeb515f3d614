s = "Hello, World"
vowels = 0
for ch in s:
    if ch.lower() in "aeiou":
        vowels += 1
print("vowels", vowels)
freq = {}
for ch in "abracadabra":
    freq[ch] = freq.get(ch, 0) + 1
print(freq)
print([c for c in s if c.isupper()])
print("".join(c if c.isalpha() else "_" for c in s))
rev = ""
for ch in "stressed":
    rev = ch + rev
print(rev)
print(list(enumerate("xyz")))
def is_palindrome(t):
    t = [c.lower() for c in t if c.isalnum()]
    return t == t[::-1]
print(is_palindrome("A man, a plan, a canal: Panama"), is_palindrome("hello"))
words = "one two three four".split()
print([w[0] for w in words], [w[-1] for w in words])
print(max(words, key=len), "".join(w.capitalize() for w in words))
acc = []
for i, line in enumerate("a\nbb\nccc".split("\n"), 1):
    acc.append(f"{i}:{line}")
print(acc)
