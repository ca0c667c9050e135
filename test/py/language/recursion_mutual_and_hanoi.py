def is_even(n):
    return True if n == 0 else is_odd(n - 1)

def is_odd(n):
    return False if n == 0 else is_even(n - 1)

print([(n, is_even(n), is_odd(n)) for n in range(5)])
print(is_even(200), is_odd(301))

moves = []
def hanoi(n, src, dst, via):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst)
    moves.append((n, src, dst))
    hanoi(n - 1, via, dst, src)

hanoi(3, "A", "C", "B")
print(len(moves))
for m in moves:
    print(*m)

def expr(tokens):
    value = term(tokens)
    while tokens and tokens[0] in "+-":
        op = tokens.pop(0)
        value = value + term(tokens) if op == "+" else value - term(tokens)
    return value

def term(tokens):
    tok = tokens.pop(0)
    if tok == "(":
        v = expr(tokens)
        tokens.pop(0)
        return v
    return int(tok)

print(expr(list("1+(2-(3+4))+5")))
