__all__ = ["alpha", "beta", "VALUE"]
VALUE = "pkg value"
