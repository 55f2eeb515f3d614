# Local classes and lambdas cannot be pickled: they are not reachable by name.
import pickle


def make():
    class Local:
        pass
    return Local


for thing in [make(), make()()]:
    try:
        pickle.dumps(thing)
    except (AttributeError, pickle.PicklingError) as e:
        print(type(e).__name__, e)

try:
    pickle.dumps(lambda x: x, protocol=2)
except pickle.PicklingError as e:
    print(type(e).__qualname__, str(e).split(" at ")[0], "...", str(e).split(">: ")[1])

pickle.dumps({"handler": make()})
