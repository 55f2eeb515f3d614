# Asking for a character name that does not exist: lookup() raises KeyError.
import unicodedata

print(unicodedata.lookup("LATIN SMALL LETTER A"))
try:
    unicodedata.name("\ue000")
except ValueError as e:
    print("ValueError:", e)
print(unicodedata.name("\ue000", "private use"))
try:
    unicodedata.category("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    unicodedata.normalize("NFX", "text")
except ValueError as e:
    print("ValueError:", e)
unicodedata.lookup("LATIN SMALL LETTER SCHWA WITH TAIL")
