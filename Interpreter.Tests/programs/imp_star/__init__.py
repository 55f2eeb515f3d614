__all__ = ["pkg_value", "with_all"]
pkg_value = "package value"
