# Unbounded recursion through inline frames, uncaught: RecursionError with a traceback.
import sys

sys.setrecursionlimit(60)


class Walker:
    def step(self, n):
        return self.step(n + 1) + 1


print(Walker().step.__name__)
Walker().step(0)
