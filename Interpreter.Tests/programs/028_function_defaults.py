def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(greeting="Yo", name="Di"))
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1), append_to(2))
def safe_append(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(safe_append(1), safe_append(2))
counter = 5
def show(v=counter):
    return v
counter = 99
print(show())
def noret():
    pass
print(noret())
def early(n):
    if n > 0:
        return "positive"
print(early(1), early(-1))
print(greet.__name__, greet.__defaults__)
def multi():
    return 1, 2, 3
print(multi())
