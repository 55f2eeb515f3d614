name = "Ada"
age = 36
print(f"{name} is {age}")
print(f"{name!r} {name!s} {age + 1}")
print(f"{{literal}} {name}")
print(f"{age * 2 = }")
print(f"{name=}")
items = [1, 2, 3]
print(f"sum={sum(items)} len={len(items)} first={items[0]}")
d = {"k": "v"}
print(f"{d['k']}")
print(f"{'nested'} {f'{age}'}")
print(f"{3.14159:.2f} {age:5d}|{name:>6}|{name:<6}|{name:^7}|")
w = 8
p = 3
print(f"{3.14159:{w}.{p}f}|")
print(f"{age:x} {age:o} {age:b} {age:#x} {255:#o}")
print(f"{'multi'}" f"{'part'}")
x = 5
print(f"{x if x > 3 else 0}")
print(f"{[i * i for i in range(4)]}")
print(F"upper F {x}")
print(rf"raw \n {x}")
print(f"{1000000:,} {1000000:_}")
