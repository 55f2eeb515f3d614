s = "Hello"
t = 'World'
print(s + ", " + t + "!")
print(s * 3, 3 * "ab")
print(len(s), s[0], s[-1], s[1:3])
print("ell" in s, "xyz" in s, "" in s)
print("""triple
quoted""")
print('''single
triple''')
print("it's", 'say "hi"')
print("abc" "def")
print(str(123) + str(4.5) + str(None))
u = "héllo wörld ünïcode"
print(u, len(u))
print("€", len("€"), "日本語", len("日本語"))
for ch in "abc":
    print(ch, end=" ")
print()
print(s.upper(), s.lower(), s.swapcase())
print("a,b,,c".split(","), " x  y ".split())
print("-".join(["a", "b", "c"]))
print(repr(s), repr("it's"), repr('say "hi"'), repr("both ' and \""))
print(s == "Hello", s < t)
print("x".center(5, "*"), "|" + "ab".ljust(4) + "|", "|" + "ab".rjust(4) + "|")
