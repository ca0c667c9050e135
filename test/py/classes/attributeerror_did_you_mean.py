class Account:
    def __init__(self):
        self.balance = 100
        self.owner = "ann"
    def deposit(self, n):
        self.balance += n

a = Account()
for name in ["balanse", "ownr", "deposite", "zzzzzz"]:
    try:
        getattr(a, name)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    Account.withdraw
except AttributeError as e:
    print("AttributeError:", e)
a.deposit(5)
print(a.balance)
print(a.balanse)
