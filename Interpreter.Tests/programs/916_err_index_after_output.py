items = [10, 20, 30]
for i in range(5):
    print("item", i, items[i])
