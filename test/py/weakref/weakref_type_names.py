import weakref


class C:
    def m(self):
        pass


c = C()
print(weakref.ref, weakref.ReferenceType)
print(weakref.ProxyType, weakref.CallableProxyType)
print(type(weakref.proxy(c)), type(weakref.proxy(len)))
print(type(weakref.ref(c)), weakref.ref.__name__, weakref.ref.__module__)
print(type(weakref.WeakMethod(c.m)), weakref.WeakMethod.__mro__[1])
print(weakref.WeakValueDictionary, weakref.WeakKeyDictionary, weakref.WeakSet)
print(weakref.finalize)
print(ReferenceError.__name__, ReferenceError.__mro__[1].__name__)
