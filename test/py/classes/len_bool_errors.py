class Plain:
    pass
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class NegLen:
    def __len__(self):
        return -1
try:
    len(NegLen())
except ValueError as e:
    print("ValueError:", e)
class StrLen:
    def __len__(self):
        return "3"
try:
    len(StrLen())
except TypeError as e:
    print("TypeError:", e)
try:
    len(Plain())
except TypeError as e:
    print("TypeError:", e)
class HugeLen:
    def __len__(self):
        return 2 ** 70
try:
    len(HugeLen())
except OverflowError as e:
    print("OverflowError:", e)
class NoneBool:
    def __bool__(self):
        return None
if NoneBool():
    print("unreachable")
