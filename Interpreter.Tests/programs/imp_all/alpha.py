NAME = "alpha module"
