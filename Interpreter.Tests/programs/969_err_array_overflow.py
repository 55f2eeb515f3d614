# An uncaught OverflowError from storing a value too large for the array's typecode.
# conformance: full-stderr
from array import array

pixels = array("B", [0, 128, 255])
for i in range(len(pixels)):
    pixels[i] = pixels[i] * 2
print(pixels)
