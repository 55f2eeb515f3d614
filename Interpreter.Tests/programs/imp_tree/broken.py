print("broken starting")
LOADS = 1
raise ValueError("broken module fails halfway")
