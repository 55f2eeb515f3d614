"""A tiny ray tracer: spheres and planes, Phong shading, shadows, reflections.
Renders to ASCII art and prints a checksum of the floating-point image."""
import math


class V3:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return V3(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return V3(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        if isinstance(k, V3):
            return V3(self.x * k.x, self.y * k.y, self.z * k.z)
        return V3(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def __neg__(self):
        return V3(-self.x, -self.y, -self.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def length(self):
        return math.sqrt(self.dot(self))

    def norm(self):
        l = self.length()
        return V3(self.x / l, self.y / l, self.z / l) if l else self

    def reflect(self, n):
        return self - n * (2 * self.dot(n))

    def clamp(self):
        return V3(min(1.0, max(0.0, self.x)), min(1.0, max(0.0, self.y)), min(1.0, max(0.0, self.z)))

    def __repr__(self):
        return f"V3({self.x:.3f}, {self.y:.3f}, {self.z:.3f})"


BLACK = V3(0, 0, 0)
WHITE = V3(1, 1, 1)
EPS = 1e-6


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.dir = direction.norm()

    def at(self, t):
        return self.origin + self.dir * t


class Material:
    def __init__(self, colour, diffuse=0.8, specular=0.3, shininess=32, reflect=0.0, checker=None):
        self.colour = colour
        self.diffuse = diffuse
        self.specular = specular
        self.shininess = shininess
        self.reflect = reflect
        self.checker = checker

    def colour_at(self, p):
        if self.checker is None:
            return self.colour
        if (math.floor(p.x) + math.floor(p.z)) % 2 == 0:
            return self.colour
        return self.checker


class Hit:
    __slots__ = ("t", "point", "normal", "obj")

    def __init__(self, t, point, normal, obj):
        self.t, self.point, self.normal, self.obj = t, point, normal, obj


class Shape:
    def __init__(self, material, name):
        self.material = material
        self.name = name

    def intersect(self, ray):
        raise NotImplementedError(type(self).__name__ + ".intersect")


class Sphere(Shape):
    def __init__(self, center, radius, material, name="sphere"):
        super().__init__(material, name)
        self.center = center
        self.radius = radius

    def intersect(self, ray):
        oc = ray.origin - self.center
        b = oc.dot(ray.dir)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        sq = math.sqrt(disc)
        for t in (-b - sq, -b + sq):
            if t > EPS:
                p = ray.at(t)
                return Hit(t, p, (p - self.center).norm(), self)
        return None


class Plane(Shape):
    def __init__(self, point, normal, material, name="plane"):
        super().__init__(material, name)
        self.point = point
        self.normal = normal.norm()

    def intersect(self, ray):
        denom = self.normal.dot(ray.dir)
        if abs(denom) < EPS:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        if t <= EPS:
            return None
        return Hit(t, ray.at(t), self.normal, self)


class Light:
    def __init__(self, pos, colour, intensity=1.0):
        self.pos = pos
        self.colour = colour
        self.intensity = intensity


class Scene:
    def __init__(self):
        self.objects = []
        self.lights = []
        self.ambient = V3(0.08, 0.08, 0.1)
        self.rays = 0
        self.shadow_rays = 0

    def add(self, obj):
        self.objects.append(obj)
        return obj

    def nearest(self, ray):
        best = None
        for obj in self.objects:
            h = obj.intersect(ray)
            if h is not None and (best is None or h.t < best.t):
                best = h
        return best

    def in_shadow(self, point, light):
        self.shadow_rays += 1
        to_light = light.pos - point
        dist = to_light.length()
        h = self.nearest(Ray(point, to_light))
        return h is not None and h.t < dist

    def trace(self, ray, depth=0):
        self.rays += 1
        hit = self.nearest(ray)
        if hit is None:
            t = 0.5 * (ray.dir.y + 1.0)
            return WHITE * (1 - t) + V3(0.5, 0.7, 1.0) * t
        m = hit.obj.material
        base = m.colour_at(hit.point)
        n = hit.normal if hit.normal.dot(ray.dir) < 0 else -hit.normal
        p = hit.point + n * 1e-4
        colour = base * self.ambient
        for light in self.lights:
            if self.in_shadow(p, light):
                continue
            l = (light.pos - p).norm()
            diff = max(0.0, n.dot(l)) * m.diffuse * light.intensity
            colour = colour + (base * light.colour) * diff
            r = (-l).reflect(n)
            spec = max(0.0, r.dot(-ray.dir)) ** m.shininess * m.specular * light.intensity
            colour = colour + light.colour * spec
        if m.reflect > 0 and depth < 3:
            refl = self.trace(Ray(p, ray.dir.reflect(n)), depth + 1)
            colour = colour * (1 - m.reflect) + refl * m.reflect
        return colour.clamp()


class Camera:
    def __init__(self, eye, target, fov_deg, width, height):
        self.eye = eye
        self.width = width
        self.height = height
        forward = (target - eye).norm()
        right = V3(forward.z, 0, -forward.x).norm()
        up = V3(right.y * forward.z - right.z * forward.y,
                right.z * forward.x - right.x * forward.z,
                right.x * forward.y - right.y * forward.x)
        self.forward, self.right, self.up = forward, right, up
        self.scale = math.tan(math.radians(fov_deg) / 2)
        self.aspect = width / height * 0.5  # terminal cells are twice as tall as wide

    def ray(self, px, py):
        x = (2 * (px + 0.5) / self.width - 1) * self.scale * self.aspect
        y = (1 - 2 * (py + 0.5) / self.height) * self.scale
        d = self.forward + self.right * x + self.up * y
        return Ray(self.eye, d)


def build_scene():
    s = Scene()
    s.add(Plane(V3(0, -1, 0), V3(0, 1, 0), Material(V3(0.9, 0.9, 0.9), checker=V3(0.2, 0.2, 0.2), reflect=0.1), "floor"))
    s.add(Sphere(V3(0, 0, 5), 1.0, Material(V3(0.9, 0.2, 0.2), reflect=0.2), "red"))
    s.add(Sphere(V3(-2.2, -0.3, 6), 0.7, Material(V3(0.2, 0.9, 0.3)), "green"))
    s.add(Sphere(V3(2.0, 0.2, 6.5), 1.2, Material(V3(0.9, 0.9, 0.9), specular=0.8, shininess=64, reflect=0.6), "mirror"))
    s.lights.append(Light(V3(-5, 6, 0), V3(1, 1, 1), 0.9))
    s.lights.append(Light(V3(5, 3, 2), V3(1.0, 0.9, 0.7), 0.5))
    return s


RAMP = " .:-=+*#%@"


def luminance(c):
    return 0.2126 * c.x + 0.7152 * c.y + 0.0722 * c.z


def render(scene, camera):
    rows = []
    total = V3(0, 0, 0)
    hist = [0] * len(RAMP)
    for py in range(camera.height):
        line = []
        for px in range(camera.width):
            c = scene.trace(camera.ray(px, py))
            total = total + c
            idx = min(len(RAMP) - 1, int(luminance(c) * len(RAMP)))
            hist[idx] += 1
            line.append(RAMP[idx])
        rows.append("".join(line))
    return rows, total, hist


scene = build_scene()
cam = Camera(V3(0, 0.5, -1), V3(0, 0, 5), 60, 64, 24)
rows, total, hist = render(scene, cam)
for r in rows:
    print(r.rstrip())
n = cam.width * cam.height
print(f"mean colour {total * (1 / n)}")
print("histogram", hist)
print(f"primary+secondary rays {scene.rays}, shadow rays {scene.shadow_rays}")
probe = Ray(V3(0, 0, 0), V3(0, 0, 1))
h = scene.nearest(probe)
print(f"probe hits {h.obj.name} at t={h.t:.4f} point={h.point} normal={h.normal}")
print(f"probe colour {scene.trace(probe)}")
try:
    Shape(None, "abstract").intersect(probe)
except NotImplementedError as e:
    print("NotImplementedError:", e)
