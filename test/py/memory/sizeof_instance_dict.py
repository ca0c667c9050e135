import sys
class Point: pass
pts = []
for i in range(35):
    p = Point()
    p.x = i
    p.y = -i
    pts.append(p)
print(sys.getsizeof(pts[0]), sys.getsizeof(pts[-1]))
print(sys.getsizeof(pts[0].__dict__), sys.getsizeof(pts[-1].__dict__), pts[-1].__dict__)
class Empty: pass
es = [Empty() for _ in range(40)]
print(sys.getsizeof(es[-1]), sys.getsizeof(vars(es[-1])))
