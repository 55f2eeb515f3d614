print("Hello from Herthon!")
