# conformance: full-stderr
# Bases with unrelated metaclasses cannot be combined.


class ModelMeta(type):
    pass


class FormMeta(type):
    pass


class Model(metaclass=ModelMeta):
    pass


class Form(metaclass=FormMeta):
    pass


class Both(ModelMeta, FormMeta):
    pass


class Fine(Model, Form, metaclass=Both):
    pass


print(type(Fine).__name__)


class ModelForm(Model, Form):
    pass
