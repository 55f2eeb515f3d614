"""Heap queue algorithm (a min-heap on a plain list), with the same sift order as CPython's heapq."""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def heappush(heap, item):
    """Push item onto heap, maintaining the heap invariant."""
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        _siftup(heap, 0)
        return smallest
    return last


def heapreplace(heap, item):
    """Pop the smallest item, then push item (the heap must not be empty)."""
    smallest = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return smallest


def heappushpop(heap, item):
    """Push item, then pop the smallest item; faster than the two calls."""
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(x):
    """Transform list into a heap, in place, in linear time."""
    for i in reversed(range(len(x) // 2)):
        _siftup(x, i)


def _heappop_max(heap):
    last = heap.pop()
    if heap:
        largest = heap[0]
        heap[0] = last
        _siftup_max(heap, 0)
        return largest
    return last


def _heapify_max(x):
    for i in reversed(range(len(x) // 2)):
        _siftup_max(x, i)


def _siftdown(heap, startpos, pos):
    # Move the item at pos up towards the root until its parent is not larger.
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup(heap, pos):
    # Bubble the smaller child up until hitting a leaf, then sift the item down into place.
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


def _siftdown_max(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if parent < newitem:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup_max(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[rightpos] < heap[childpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown_max(heap, startpos, pos)


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into a single sorted output (stable: ties keep input order)."""
    entries = []
    for order, it in enumerate(map(iter, iterables)):
        for value in it:
            entries.append(((key(value) if key is not None else value), order, value))
            break
        else:
            continue
        entries[-1] = entries[-1] + (it,)
    # A simple k-way merge: repeatedly take the best head (ties go to the earlier input).
    heads = [[k, o, v, it] for (k, o, v, it) in entries]
    while heads:
        best = 0
        for i in range(1, len(heads)):
            a, b = heads[i], heads[best]
            if (b[0] < a[0]) if reverse else (a[0] < b[0]):
                best = i
            elif not (a[0] < b[0]) and not (b[0] < a[0]) and a[1] < b[1]:
                best = i
        head = heads[best]
        yield head[2]
        for value in head[3]:
            head[2] = value
            head[0] = key(value) if key is not None else value
            break
        else:
            del heads[best]


def nsmallest(n, iterable, key=None):
    """The n smallest elements: equivalent to sorted(iterable, key=key)[:n]."""
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """The n largest elements: equivalent to sorted(iterable, key=key, reverse=True)[:n]."""
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]
