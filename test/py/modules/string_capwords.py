# capwords: split, capitalize each word, join.
import string

for s in ['hello world', '  leading and   trailing  ', 'ALL CAPS here', "it's o'neil", '', '   ',
          'tab\tand\nnewline', 'mIxEd 123abc ünïcode ÉCOLE']:
    print(repr(string.capwords(s)))
print(repr(string.capwords('a-b--c', '-')), repr(string.capwords('x,,y', ',')), repr(string.capwords('one two', None)))
for call in [lambda: string.capwords(5), lambda: string.capwords('a', 5), lambda: string.capwords('a b', '')]:
    try:
        print(call())
    except (TypeError, AttributeError, ValueError) as e:
        print(type(e).__name__, e)
