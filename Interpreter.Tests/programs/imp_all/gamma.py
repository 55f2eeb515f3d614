NAME = "gamma module"
