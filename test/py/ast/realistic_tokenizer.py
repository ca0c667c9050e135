import re
from dataclasses import dataclass
TOKEN_RE = re.compile(r"\s*(?:(\d+\.?\d*)|(.))")
PRECEDENCE = {"+": 1, "-": 1, "*": 2, "/": 2, "^": 3}

@dataclass
class Token:
    kind: str
    text: str
    pos: int = 0

def tokenize(source: str):
    tokens = []
    for m in TOKEN_RE.finditer(source):
        number, op = m.groups()
        if number:
            tokens.append(Token("num", number, m.start(1)))
        elif op in PRECEDENCE or op in "()":
            tokens.append(Token("op", op, m.start(2)))
        elif op is not None:
            raise SyntaxError(f"unexpected {op!r} at {m.start(2)}")
    return tokens

def to_rpn(tokens):
    out, stack = [], []
    for tok in tokens:
        if tok.kind == "num":
            out.append(float(tok.text))
        elif tok.text == "(":
            stack.append(tok.text)
        elif tok.text == ")":
            while stack and stack[-1] != "(":
                out.append(stack.pop())
            stack.pop()
        else:
            while stack and stack[-1] != "(" and PRECEDENCE[stack[-1]] >= PRECEDENCE[tok.text]:
                out.append(stack.pop())
            stack.append(tok.text)
    return out + stack[::-1]
