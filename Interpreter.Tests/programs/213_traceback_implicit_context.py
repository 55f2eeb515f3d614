# conformance: full-stderr
class Store:
    def __init__(self):
        self.data = {}

    def get(self, key):
        try:
            return self.data[key]
        except KeyError:
            return self.fallback(key)

    def fallback(self, key):
        return len(key) / 0


s = Store()
s.data["a"] = 1
print(s.get("a"))
print(s.get("bb"))
