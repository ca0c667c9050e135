# fromfile/tofile with file-like objects: read(n) must return bytes, short reads raise
# EOFError after appending what was read, tofile writes 64 KiB blocks.
import array
class F:
    def __init__(self, data=b''): self.data = data; self.out = []
    def read(self, n):
        r = self.data[:n]; self.data = self.data[n:]; return r
    def write(self, b): self.out.append(b); return len(b)
a = array.array('h')
f = F(b'\x01\x00\x02\x00\x03\x00')
a.fromfile(f, 2); print(a)
try: a.fromfile(f, 2)
except EOFError as e: print('EOF', e, a)
try: a.fromfile(f, -1)
except ValueError as e: print(e)
class G:
    def read(self, n): return 'xx'
try: a.fromfile(G(), 1)
except TypeError as e: print(e)
try: a.fromfile(1, 1)
except AttributeError as e: print(e)
g = F()
a.tofile(g); print(g.out)
array.array('i').tofile(g); print(g.out)
big = array.array('b', bytes(70000)); big.tofile(g); print([len(x) for x in g.out])
try: a.tofile()
except TypeError as e: print(e)
try: a.fromfile(f)
except TypeError as e: print(e)
