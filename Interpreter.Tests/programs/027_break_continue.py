for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print("odd", i)
result = []
for i in range(5):
    for j in range(5):
        if j > i:
            break
        if (i + j) % 2:
            continue
        result.append((i, j))
print(result)
count = 0
while True:
    count += 1
    if count < 3:
        continue
    if count == 6:
        break
    print("count", count)
def first_negative(xs):
    for x in xs:
        if x < 0:
            return x
    return None
print(first_negative([3, 1, -4, -1]), first_negative([1]))
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)
for i in range(3):
    try:
        if i == 1:
            break
    finally:
        print("cleanup", i)
