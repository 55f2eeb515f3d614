try:
    from .... import something
except ImportError as e:
    ERR = f"{type(e).__name__}: {e}"
