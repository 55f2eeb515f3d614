# conformance: full-stderr
class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field


class Form:
    def __init__(self, **fields):
        self.fields = fields

    def validate(self):
        for name, value in self.fields.items():
            self.check(name, value)

    def check(self, name, value):
        if not value:
            raise ValidationError(name, "must not be empty")


Form(user="ann", email="a@b").validate()
print("first form ok")
Form(user="bob", email="").validate()
