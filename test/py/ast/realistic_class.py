class BankAccount:
    """A simple bank account."""

    interest_rate: float = 0.02
    _registry: dict[str, "BankAccount"] = {}

    def __init__(self, owner: str, balance: float = 0.0, /, *, currency="EUR") -> None:
        self.owner = owner
        self.balance = balance
        self.currency = currency
        self.history: list[tuple[str, float]] = []
        BankAccount._registry[owner] = self

    def deposit(self, amount: float) -> float:
        if amount <= 0:
            raise ValueError(f"invalid amount: {amount!r}")
        self.balance += amount
        self.history.append(("deposit", amount))
        return self.balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self.balance, amount) from None
        self.balance -= amount
        self.history.append(("withdraw", -amount))
        return self.balance

    @property
    def summary(self):
        lines = [f"{kind:<10}{value:>10.2f}" for kind, value in self.history]
        return "\n".join(lines) or "(empty)"

    @classmethod
    def find(cls, owner):
        return cls._registry.get(owner)

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self.balance:.2f} {self.currency})"
