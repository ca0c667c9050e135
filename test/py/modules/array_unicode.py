# The 'u' typecode: wchar_t items (4 bytes on Linux) holding one character each.
import array, sys
u = array.array('u', 'héllo')
print(u, len(u), u.itemsize, u.tounicode(), u[1], u[::-1], sys.getsizeof(u))
u.append('!')
u.extend('ab')
u.insert(0, '\u20ac')
u.fromunicode('\U0001f600z')
print(u, len(u), u.tounicode(), sys.getsizeof(u))
print(repr(u[-2]), len(u[-2]), u.index('z'), 'l' in u, u.count('l'))
print(u.tobytes()[:8], array.array('u', 'ab').tobytes())
v = array.array('u')
v.frombytes('hi'.encode('utf-32-le') if False else b'h\x00\x00\x00i\x00\x00\x00')
print(v, v == array.array('u', 'hi'), v < array.array('u', 'hj'), array.array('u', 'b') > array.array('u', 'a'))
print(array.array('u', ['x', 'y']), array.array('u', ('z',)), array.array('u', iter('pq')), array.array('u', array.array('u', 'rs')))
print(array.array('u'), array.array('u', ''), repr(array.array('u', "it's")), array.array('u', 'a"b'))
def attempt(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__ + ':', e)
attempt(lambda: u.append('xy'))
attempt(lambda: u.append(''))
attempt(lambda: u.append(65))
attempt(lambda: u.fromunicode(3))
attempt(lambda: u.fromunicode(['a']))
attempt(lambda: array.array('i').fromunicode('a'))
attempt(lambda: array.array('i', [1]).tounicode())
attempt(lambda: array.array('d', 'abc'))
attempt(lambda: array.array('u', [1, 2]))
attempt(lambda: array.array('u', b'abc'))
u[0] = 'E'
u[1:3] = array.array('u', 'EE')
print(u)
