# conformance: full-stderr
# isinstance() against a parameterized generic is a TypeError raised from the alias itself
def only_ints(values):
    if not isinstance(values, list[int]):
        raise ValueError("expected a list")
    return sum(values)


print(list[int], only_ints.__name__)
print(only_ints([1, 2, 3]))
