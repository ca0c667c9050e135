import sys
payload = object()
e = ValueError(payload)
print(sys.getrefcount(payload))
try:
    raise e
except ValueError as caught:
    print(sys.getrefcount(payload), sys.getrefcount(e))
print(sys.getrefcount(e))
del e
print(sys.getrefcount(payload))
