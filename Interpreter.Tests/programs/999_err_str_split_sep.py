# A bad separator type for str.split raises TypeError with CPython's message and a traceback.
words = "a b c".split()
print(words)
print("a b".partition(" "))
"a,b".split(words)
