import imp_local
imp_local.LOADED.append(__name__)
SETTINGS = {"mode": "fast", "level": 3}
def get(key, default=None):
    return SETTINGS.get(key, default)
