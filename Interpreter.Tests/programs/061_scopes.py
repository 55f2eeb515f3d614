x = "global"
def f():
    print("f sees", x)
def g():
    x = "local g"
    def h():
        print("h sees", x)
    h()
    print("g sees", x)
f()
g()
print("module sees", x)
def counter_demo():
    n = 0
    for i in range(3):
        n += i
    return n
print(counter_demo())
if True:
    block_var = "blocks don't scope"
print(block_var)
for loop_var in range(2):
    pass
print(loop_var)
def uses_builtin():
    return len("abc")
print(uses_builtin())
def shadows_builtin():
    len = lambda s: 99
    return len("abc")
print(shadows_builtin(), len("abc"))
class K:
    attr = "class attr"
    def m(self):
        return attr_global
attr_global = "from module"
print(K().m(), K.attr)
y = 1
def param_shadow(y):
    y += 1
    return y
print(param_shadow(10), y)
