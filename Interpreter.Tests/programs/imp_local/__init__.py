"""Package for 267_imports_local_scopes.py: lazily imported submodules."""
LOADED = []
