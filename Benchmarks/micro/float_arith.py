# One feature: float arithmetic on locals.
import sys

def run(n):
    x = 0.0
    y = 1.0
    dt = 0.001
    for i in range(n):
        vx = y * dt
        vy = -x * dt
        x = x + vx
        y = y + vy
    return x * x + y * y

n = int(sys.argv[1]) if len(sys.argv) > 1 else 5000000
print("%.6f" % run(n))
