# Seed 002 (d6e8e89f21a2fba4): "Don't use lists; use generators". The article lost the
# indentation (every line flush left); it is restored here, the code is otherwise as written.
def squares(n): 

    for i in range(n): 

        yield i * i

# --- added (not in the article): use the generator so the program has output ---
import sys
g = squares(5)
print(type(g).__name__, sys.getsizeof(g), sys.getrefcount(g))
print(list(g))
print(list(g))
print(sum(squares(1000)))
