import string
print(string.ascii_lowercase)
print(string.ascii_uppercase)
print(string.ascii_letters)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace))
print(string.punctuation)
print(string.capwords("hello   big world"))
t = string.Template("$who likes $what, ${who}s are nice")
print(t.substitute(who="Tim", what="kung pao"))
print(t.safe_substitute(who="Ann"))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError:", e)
print("".join(c for c in "Hello, World!" if c not in string.punctuation))
print(len(string.printable))
