# string.Formatter (over _string's parser), Template and the constants; textwrap.
import string
import textwrap


class DefaultFormatter(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, f"<{key}?>")
        return super().get_value(key, args, kwargs)


fmt = DefaultFormatter()
print(fmt.format("{name} is {age:>4} years; {missing}", name="Ada", age=36))
print(string.Formatter().format("{0[1]}-{0[0]} {p.real:.1f} {1!r:^9}", ["a", "b"], "hi", p=2.5))
print(list(string.Formatter().parse("Total: {amount:,.2f} {{literal}} {0!s}")))
t = string.Template("$who owes $$${amount}")
print(t.substitute(who="Bob", amount="10"), t.safe_substitute(who="Ann"))
try:
    t.substitute(who="Cy")
except KeyError as e:
    print("KeyError:", e)
print(string.capwords("the  quick brown"), string.digits, string.punctuation[:10], string.ascii_uppercase[-3:])
text = "The textwrap module provides some convenience functions, as well as TextWrapper, the class that does all the work."
print(textwrap.fill(text, width=36))
print(textwrap.shorten(text, width=40, placeholder=" [...]"))
print(textwrap.indent(textwrap.dedent("""\
    def f():
        return 1
"""), "> "))
