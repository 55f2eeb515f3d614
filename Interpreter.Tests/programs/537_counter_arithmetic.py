# collections.Counter: counting words, most_common and multiset arithmetic.
from collections import Counter

text = """the quick brown fox jumps over the lazy dog the fox barks
and the dog sleeps while the quick fox runs"""
words = Counter(text.split())
print(words.most_common(4))
print(words["fox"], words["cat"], words.total())

inventory = Counter(apples=5, pears=2, plums=0)
order = Counter({"apples": 3, "pears": 4, "kiwis": 1})
print(inventory + order)
print(inventory - order)
print(inventory | order)
print(inventory & order)
print(+inventory, -Counter(a=-2, b=3))
inventory.subtract(order)
print(inventory)
inventory.update(["kiwis", "kiwis", "apples"])
print(sorted(inventory.elements()))
print(Counter("abracadabra") == Counter("aabbrr" + "cd" + "aaa"), Counter(a=1) <= Counter(a=2, b=1))
letters = Counter("mississippi")
print(sorted(letters.items()), letters.most_common()[-1])
del letters["s"]
print(letters, repr(Counter()))


class WordCounter(Counter):
    def top(self):
        return self.most_common(1)[0][0]


print(WordCounter("banana").top(), isinstance(WordCounter(), dict))
