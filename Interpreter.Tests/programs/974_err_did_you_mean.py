# An uncaught AttributeError from a typo: the traceback ends with CPython's suggestion.
class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0

    def deposit(self, amount):
        self.balance += amount
        return self.balence

acct = Account("ada")
print("depositing")
acct.deposit(10)
