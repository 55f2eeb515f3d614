# A site that read an attribute many times raises the usual AttributeError once it is deleted.
class Sensor:
    def __init__(self, name):
        self.name = name
        self.reading = 0.0


def poll(sensors):
    return [s.reading for s in sensors]


sensors = [Sensor(f"s{i}") for i in range(3)]
for _ in range(5):
    poll(sensors)
try:
    object.__delattr__(sensors[0], "reading")
    object.__delattr__(sensors[0], "reading")
except AttributeError as e:
    print("AttributeError:", e)
del sensors[2].reading
print(poll(sensors[:2]))
