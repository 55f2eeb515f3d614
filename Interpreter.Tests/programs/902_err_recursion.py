def runaway(n):
    return runaway(n + 1) + 1


print("starting")
runaway(0)
