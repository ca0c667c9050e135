compose = lambda f: lambda g: lambda x: f(g(x))
adder = lambda x: (lambda y: x + y)
cond = lambda x: x if x else lambda: None
