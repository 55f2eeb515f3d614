# conformance: own-process   (finalisation depends on when the runtime collects: no other test may share the heap)
# conformance: full-stderr
# conformance: own-process   (finalisation depends on when the runtime collects: no other test may share the heap)
# Using a proxy whose referent was collected raises ReferenceError.
import gc
import _weakref


class Document:
    def __init__(self, title):
        self.title = title


def describe(doc):
    return "title: " + doc.title


doc = Document("draft")
view = _weakref.proxy(doc)
print(describe(view))
del doc
gc.collect()
print(describe(view))
