def parse(s):
    try:
        return int(s)
    except ValueError:
        return fallback[s]


fallback = {"one": 1}
print(parse("7"), parse("one"))
parse("two")
