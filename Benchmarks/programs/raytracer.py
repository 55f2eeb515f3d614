# A ray tracer: spheres and a plane, diffuse and specular lighting, shadows and reflections,
# rendered to an in-memory image whose checksum and brightness are checked.
# bench: default=220 quick=12 trace=44
import sys


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def length(self):
        return self.dot(self) ** 0.5

    def norm(self):
        return self * (1.0 / self.length())

    def mul(self, o):
        return Vec(self.x * o.x, self.y * o.y, self.z * o.z)


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.norm()

    def at(self, t):
        return self.origin + self.direction * t


class Material:
    def __init__(self, color, diffuse, specular, reflect):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.reflect = reflect


class Sphere:
    def __init__(self, center, radius, material):
        self.center = center
        self.radius = radius
        self.material = material

    def intersect(self, ray):
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        sq = disc ** 0.5
        t = -b - sq
        if t > 1e-6:
            return t
        t = -b + sq
        if t > 1e-6:
            return t
        return None

    def normal(self, p):
        return (p - self.center).norm()


class Plane:
    def __init__(self, point, normal, material, checker):
        self.point = point
        self.n = normal.norm()
        self.material = material
        self.checker = checker

    def intersect(self, ray):
        denom = self.n.dot(ray.direction)
        if abs(denom) < 1e-9:
            return None
        t = (self.point - ray.origin).dot(self.n) / denom
        return t if t > 1e-6 else None

    def normal(self, p):
        return self.n


class Scene:
    def __init__(self):
        self.objects = []
        self.lights = []
        self.ambient = 0.1

    def nearest(self, ray):
        best = None
        best_t = 1e30
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and t < best_t:
                best_t = t
                best = obj
        return best, best_t

    def trace(self, ray, depth):
        obj, t = self.nearest(ray)
        if obj is None:
            return Vec(0.2, 0.3, 0.5)
        p = ray.at(t)
        n = obj.normal(p)
        m = obj.material
        color = m.color
        if isinstance(obj, Plane) and obj.checker:
            if (int(p.x + 1000) + int(p.z + 1000)) % 2 == 0:
                color = Vec(0.9, 0.9, 0.9)
            else:
                color = Vec(0.1, 0.1, 0.1)
        result = color * self.ambient
        for light_pos, light_color in self.lights:
            to_light = light_pos - p
            dist = to_light.length()
            ldir = to_light * (1.0 / dist)
            shadow_obj, shadow_t = self.nearest(Ray(p, ldir))
            if shadow_obj is not None and shadow_t < dist:
                continue
            lam = n.dot(ldir)
            if lam > 0:
                result = result + color.mul(light_color) * (lam * m.diffuse)
            half = (ldir - ray.direction).norm()
            spec = n.dot(half)
            if spec > 0:
                result = result + light_color * (m.specular * spec ** 32)
        if depth > 0 and m.reflect > 0:
            d = ray.direction
            r = d - n * (2 * d.dot(n))
            result = result + self.trace(Ray(p, r), depth - 1) * m.reflect
        return result


def build_scene():
    s = Scene()
    s.objects.append(Sphere(Vec(0, 1, 5), 1.0, Material(Vec(1, 0.2, 0.2), 0.7, 0.5, 0.3)))
    s.objects.append(Sphere(Vec(-2.2, 0.8, 6), 0.8, Material(Vec(0.2, 1, 0.2), 0.8, 0.3, 0.1)))
    s.objects.append(Sphere(Vec(2.0, 0.6, 4.5), 0.6, Material(Vec(0.2, 0.3, 1), 0.6, 0.8, 0.5)))
    s.objects.append(Plane(Vec(0, 0, 0), Vec(0, 1, 0), Material(Vec(1, 1, 1), 0.8, 0.1, 0.2), True))
    s.lights.append((Vec(-5, 8, -2), Vec(1, 1, 1)))
    s.lights.append((Vec(4, 5, 1), Vec(0.4, 0.4, 0.3)))
    return s


def clamp(v):
    return 0 if v < 0 else (255 if v >= 1 else int(v * 255))


def render(scene, width, height):
    eye = Vec(0, 1.5, -1)
    pixels = []
    for j in range(height):
        row = []
        for i in range(width):
            x = (i - width / 2) / width * 1.6
            y = (height / 2 - j) / height * 1.2
            c = scene.trace(Ray(eye, Vec(x, y, 1.0)), 3)
            row.append((clamp(c.x), clamp(c.y), clamp(c.z)))
        pixels.append(row)
    return pixels


def main(n):
    width = n
    height = n * 3 // 4
    img = render(build_scene(), width, height)
    checksum = 0
    brightness = 0
    for row in img:
        for r, g, b in row:
            checksum = (checksum * 31 + r * 65536 + g * 256 + b) % 1000000007
            brightness += r + g + b
    mean = brightness / (3 * width * height)
    if not 20 < mean < 200:
        raise AssertionError("image brightness %r" % mean)
    if len(img) != height or any(len(row) != width for row in img):
        raise AssertionError("image size")
    centre = img[height // 2][width // 2]
    print("image", width, "x", height, "checksum", checksum, "mean %.3f" % mean, "centre", centre)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 220)
