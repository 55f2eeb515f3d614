# An exception raised while a module is being imported propagates with the module's frames
# conformance: full-stderr
import os
import sys

root = os.path.join("/tmp", "herthon_corpus_966")
os.makedirs(root, exist_ok=True)
with open(os.path.join(root, "config_loader.py"), "w") as f:
    f.write("SETTINGS = {'port': 80}\n\ndef check(s):\n    return s['host']\n\ncheck(SETTINGS)\n")
sys.path.insert(0, root)
try:
    import config_loader
finally:
    print("config_loader" in sys.modules)
    os.remove(os.path.join(root, "config_loader.py"))
