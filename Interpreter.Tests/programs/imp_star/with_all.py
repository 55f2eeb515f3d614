__all__ = ("public_fn", "_semi_private")
_semi_private = "exported despite underscore"
not_exported = "hidden"
def public_fn():
    return "public_fn called"
