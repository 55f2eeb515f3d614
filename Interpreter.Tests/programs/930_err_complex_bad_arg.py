# conformance: full-stderr
# An uncaught error from complex() given a malformed string.
readings = ["1+2j", "3-4j", "5+j6"]
total = 0j
for text in readings:
    value = complex(text)
    print("parsed", value)
    total += value
print(total)
