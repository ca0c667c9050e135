class Sliced:
    def __getitem__(self, idx):
        return idx
s = Sliced()
print(s[1:2], s[::3], s[1, 2:3], s[...])
class ReadOnly:
    def __getitem__(self, i):
        return i
try:
    ReadOnly()[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del ReadOnly()[0]
except TypeError as e:
    print("TypeError:", e)
class Empty:
    pass
try:
    Empty()[0]
except TypeError as e:
    print("TypeError:", e)
class IndexOnly:
    def __getitem__(self, i):
        if not isinstance(i, int):
            raise TypeError(f"indices must be integers, not {type(i).__name__}")
        return i * 2
print(IndexOnly()[-3], IndexOnly()[True])
IndexOnly()["x"]
