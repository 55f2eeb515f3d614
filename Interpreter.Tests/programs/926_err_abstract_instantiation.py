# conformance: full-stderr
# Instantiating an ABC that still has abstract methods fails in object.__new__.
from abc import ABC, abstractmethod


class Repository(ABC):
    @abstractmethod
    def load(self, key):
        ...

    @abstractmethod
    def save(self, key, value):
        ...


class MemoryRepository(Repository):
    def __init__(self):
        self.data = {}

    def load(self, key):
        return self.data[key]


def make_repository():
    return MemoryRepository()


print("creating")
repo = make_repository()
print("unreachable", repo)
