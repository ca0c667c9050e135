# The string module's constants.
import string

for name in ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'digits', 'hexdigits',
             'octdigits', 'punctuation', 'printable', 'whitespace']:
    value = getattr(string, name)
    print(name, repr(value), len(value))
print(string.ascii_letters == string.ascii_lowercase + string.ascii_uppercase)
print(set(string.printable) == set(string.digits + string.ascii_letters + string.punctuation + string.whitespace))
print(all(c.isspace() for c in string.whitespace), all(not c.isalnum() for c in string.punctuation))
print(string.__all__)
print(string.__doc__.splitlines()[0])
print(sorted(n for n in dir(string) if not n.startswith('_')))
