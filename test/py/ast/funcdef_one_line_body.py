def f(): return 1
def g(x): x += 1; return x
def h(): pass;
