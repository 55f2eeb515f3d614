def function_1():
    function_3(1, 2)

# a nested call: function_2 -> function_1 -> function_3
def function_2():
    function_1()

# positional arguments
def function_3(dummy, dummy2):
    pass

# keyword argument collected by **kwargs; the second return is never reached
def function_4(**dummy):
    return 1
    return 2

# * and ** unpacking at the call site
def function_5(dummy, dummy2, **dummy3):
    if False:
        return 7
    return 8

def start():
    function_1()
    function_2()
    function_3(1, 2)
    function_4(test=42)
    function_5(*(1, 2), **{"test": 42})

start()
