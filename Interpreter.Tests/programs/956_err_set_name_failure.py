# conformance: full-stderr
# An exception from __set_name__ surfaces as a RuntimeError naming the attribute and class.


class Column:
    def __set_name__(self, owner, name):
        if name.startswith("_"):
            raise AttributeError(f"column names cannot be private: {name}")
        self.name = name


class Table:
    id = Column()
    title = Column()
    _secret = Column()


print("not reached")
