# A workload for the tracer stress test: each "round" command runs four threads that call functions,
# run loops (line events), raise and catch, and collect garbage, then prints one deterministic line.
import gc
import sys
import threading


class Node:
    def __init__(self, value, nxt=None):
        self.value = value
        self.next = nxt


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def chain(n):
    head = None
    for i in range(n):
        head = Node(i, head)
    total = 0
    while head is not None:
        total += head.value
        head = head.next
    return total


def risky(i):
    try:
        if i % 3 == 0:
            raise ValueError(i)
        return i
    except ValueError as e:
        return -e.args[0]


def work(seed, results, slot):
    acc = 0
    for i in range(40):
        acc += fib(10 + (seed + i) % 4) + chain(50) + risky(seed * 7 + i)
        if i % 10 == 0:
            gc.collect(0)
    results[slot] = acc


def run_round(number):
    results = [0] * 4
    threads = [threading.Thread(target=work, args=(number + k, results, k)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return f"round {number}: {sum(results)} {results}"


number = 0
for command in sys.stdin:
    command = command.strip()
    if command == "quit":
        break
    number += 1
    print(run_round(number), flush=True)
