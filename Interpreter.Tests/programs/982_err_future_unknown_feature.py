# A misspelt future feature is a SyntaxError at compile time.
from __future__ import annotations, anotations

print("never runs")
