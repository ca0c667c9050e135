import sys

def down(n):
    return down(n + 1)

try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)

def count_depth(n=0):
    try:
        return count_depth(n + 1)
    except RecursionError:
        return n

old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
d = count_depth()
print(150 < d < 200)
sys.setrecursionlimit(old)

class Node:
    def __init__(self, child=None):
        self.child = child
    def __repr__(self):
        return f"Node({self.child!r})"
n = Node(Node(Node()))
print(n)
loop = []
loop.append(loop)
print(loop)
d = {}
d["self"] = d
print(d)
