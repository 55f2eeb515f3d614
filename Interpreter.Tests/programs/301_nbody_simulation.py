"""N-body gravitational simulation with a leapfrog integrator.

Bodies are stored in small vector classes with operator overloading; the
simulation checks energy and momentum conservation and reports orbits.
"""
import math


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x=0.0, y=0.0, z=0.0):
        self.x, self.y, self.z = float(x), float(y), float(z)

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k, self.z / k)

    def __neg__(self):
        return Vec(-self.x, -self.y, -self.z)

    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        self.z += o.z
        return self

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def cross(self, o):
        return Vec(self.y * o.z - self.z * o.y, self.z * o.x - self.x * o.z, self.x * o.y - self.y * o.x)

    def norm(self):
        return math.sqrt(self.dot(self))

    def __repr__(self):
        return f"({self.x:+.4f}, {self.y:+.4f}, {self.z:+.4f})"

    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y, self.z) == (o.x, o.y, o.z)

    def __iter__(self):
        yield self.x
        yield self.y
        yield self.z


class Body:
    def __init__(self, name, mass, pos, vel):
        self.name = name
        self.mass = mass
        self.pos = Vec(*pos)
        self.vel = Vec(*vel)
        self.acc = Vec()
        self.path_len = 0.0
        self.min_r = math.inf
        self.max_r = 0.0

    def kinetic(self):
        return 0.5 * self.mass * self.vel.dot(self.vel)

    def __repr__(self):
        return f"{self.name}: m={self.mass:g} pos={self.pos} vel={self.vel}"


class System:
    G = 1.0

    def __init__(self, bodies, softening=1e-3):
        self.bodies = bodies
        self.eps2 = softening ** 2
        self.time = 0.0
        self.steps = 0
        self.compute_acc()

    def compute_acc(self):
        for b in self.bodies:
            b.acc = Vec()
        n = len(self.bodies)
        for i in range(n):
            bi = self.bodies[i]
            for j in range(i + 1, n):
                bj = self.bodies[j]
                d = bj.pos - bi.pos
                r2 = d.dot(d) + self.eps2
                inv = self.G / (r2 * math.sqrt(r2))
                bi.acc += d * (bj.mass * inv)
                bj.acc += d * (-bi.mass * inv)

    def step(self, dt):
        for b in self.bodies:
            b.vel += b.acc * (dt / 2)
            old = b.pos
            b.pos = b.pos + b.vel * dt
            b.path_len += (b.pos - old).norm()
        self.compute_acc()
        for b in self.bodies:
            b.vel += b.acc * (dt / 2)
        self.time += dt
        self.steps += 1
        center = self.bodies[0].pos
        for b in self.bodies[1:]:
            r = (b.pos - center).norm()
            b.min_r = min(b.min_r, r)
            b.max_r = max(b.max_r, r)

    def energy(self):
        kin = sum(b.kinetic() for b in self.bodies)
        pot = 0.0
        for i, bi in enumerate(self.bodies):
            for bj in self.bodies[i + 1:]:
                r = math.sqrt((bj.pos - bi.pos).dot(bj.pos - bi.pos) + self.eps2)
                pot -= self.G * bi.mass * bj.mass / r
        return kin + pot

    def momentum(self):
        p = Vec()
        for b in self.bodies:
            p += b.vel * b.mass
        return p

    def angular_momentum(self):
        L = Vec()
        for b in self.bodies:
            L += b.pos.cross(b.vel) * b.mass
        return L

    def center_of_mass(self):
        total = sum(b.mass for b in self.bodies)
        c = Vec()
        for b in self.bodies:
            c += b.pos * (b.mass / total)
        return c

    def zero_momentum(self):
        p = self.momentum()
        total = sum(b.mass for b in self.bodies)
        for b in self.bodies:
            b.vel = b.vel - p / total


def circular_velocity(central_mass, r):
    return math.sqrt(System.G * central_mass / r)


def solar_like():
    sun = Body("sun", 1000.0, (0, 0, 0), (0, 0, 0))
    bodies = [sun]
    for name, r, m, incl in [("inner", 1.0, 0.01, 0.0), ("mid", 2.2, 0.5, 0.05), ("outer", 4.0, 1.5, -0.03), ("far", 7.5, 0.2, 0.1)]:
        v = circular_velocity(sun.mass, r)
        bodies.append(Body(name, m, (r, 0, r * incl), (0, v, 0)))
    return System(bodies)


def report(sys_, label):
    e = sys_.energy()
    p = sys_.momentum()
    L = sys_.angular_momentum()
    print(f"[{label}] t={sys_.time:.3f} steps={sys_.steps} E={e:.6f} |p|={p.norm():.2e} Lz={L.z:.6f}")


def run_solar():
    s = solar_like()
    s.zero_momentum()
    e0 = s.energy()
    L0 = s.angular_momentum().z
    report(s, "start")
    dt = 0.001
    for chunk in range(5):
        for _ in range(200):
            s.step(dt)
        report(s, f"chunk {chunk}")
    drift = abs((s.energy() - e0) / e0)
    print(f"relative energy drift {drift:.2e} ({'ok' if drift < 1e-3 else 'too large'})")
    print(f"angular momentum change {abs(s.angular_momentum().z - L0):.2e}")
    for b in s.bodies[1:]:
        ecc = (b.max_r - b.min_r) / (b.max_r + b.min_r)
        print(f"{b.name:>6}: r in [{b.min_r:.4f}, {b.max_r:.4f}] ecc~{ecc:.4f} path={b.path_len:.4f}")
    com = s.center_of_mass()
    print("center of mass", com)


def run_figure_eight():
    # The Chenciner-Montgomery figure-eight three-body orbit.
    p1 = (0.97000436, -0.24308753, 0)
    v3 = (-0.93240737, -0.86473146, 0)
    bodies = [
        Body("a", 1.0, p1, (-v3[0] / 2, -v3[1] / 2, 0)),
        Body("b", 1.0, (-p1[0], -p1[1], 0), (-v3[0] / 2, -v3[1] / 2, 0)),
        Body("c", 1.0, (0, 0, 0), v3),
    ]
    s = System(bodies, softening=0.0)
    e0 = s.energy()
    period = 6.32591398
    steps = 2000
    dt = period / steps
    start = [Vec(*b.pos) for b in bodies]
    for _ in range(steps):
        s.step(dt)
    err = max((b.pos - p).norm() for b, p in zip(bodies, start))
    print(f"figure-eight: after one period max position error {err:.2e}")
    print(f"figure-eight: energy {e0:.6f} -> {s.energy():.6f}")
    for b in bodies:
        print(" ", b)


def run_collision_course():
    bodies = [Body("left", 5.0, (-1, 0, 0), (0.3, 0, 0)), Body("right", 5.0, (1, 0, 0), (-0.3, 0, 0))]
    s = System(bodies, softening=0.1)
    closest = math.inf
    for i in range(3000):
        s.step(0.001)
        d = (bodies[1].pos - bodies[0].pos).norm()
        closest = min(closest, d)
    print(f"head-on: closest approach {closest:.4f}, final separation {(bodies[1].pos - bodies[0].pos).norm():.4f}")
    print(f"momentum stays {s.momentum()}")


run_solar()
run_figure_eight()
run_collision_course()
v = Vec(1, 2, 3)
print(v + v, 2 * v, v * 2, -v, v / 2, list(v), v == Vec(1, 2, 3), v.cross(Vec(0, 0, 1)))
