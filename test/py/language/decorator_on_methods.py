def logged(func):
    def wrapper(self, *args):
        print(f"{type(self).__name__}.{func.__name__}{args}")
        return func(self, *args)
    return wrapper

def twice(func):
    def wrapper(*args):
        return func(*args) * 2
    return wrapper

class Account:
    rate = 3

    def __init__(self, balance):
        self.balance = balance

    @logged
    def deposit(self, amount):
        self.balance += amount
        return self.balance

    @classmethod
    @twice
    def scaled(cls, x):
        return cls.rate * x

    @staticmethod
    @twice
    def helper(x):
        return x + 1

    @property
    @twice
    def doubled(self):
        return self.balance

a = Account(10)
print(a.deposit(5))
print(Account.scaled(2), a.scaled(3))
print(Account.helper(4), a.helper(0))
print(a.doubled)
print(type(Account.__dict__["scaled"]).__name__, type(Account.__dict__["doubled"]).__name__)
print(Account.deposit.__name__)
