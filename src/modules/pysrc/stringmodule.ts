// The string module, written in Python after CPython 3.12's Lib/string.py: the
// constants and capwords as CPython has them; Template and Formatter without the `re`
// and `_string` modules (pyarena has neither), so the scanning that CPython does with a
// regular expression (Template) and in C (_string.formatter_parser,
// formatter_field_name_split) is done here by hand, with the same results and messages.
// Template subclasses may change `delimiter` (as in CPython); `idpattern`,
// `braceidpattern`, `flags` and `pattern` are not consulted.
import { registerSourceModule } from "../../vm/imports.js";

export const STRING_SOURCE = String.raw`
"""A collection of string constants.

Public module variables:

whitespace -- a string containing all ASCII whitespace
ascii_lowercase -- a string containing all ASCII lowercase letters
ascii_uppercase -- a string containing all ASCII uppercase letters
ascii_letters -- a string containing all ASCII letters
digits -- a string containing all ASCII decimal digits
hexdigits -- a string containing all ASCII hexadecimal digits
octdigits -- a string containing all ASCII octal digits
punctuation -- a string containing all ASCII punctuation characters
printable -- a string containing all ASCII characters considered printable

"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

# Some strings for ctype-style character classification
whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_` + "`" + String.raw`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace

# Functions which aren't available as string methods.

# Capitalize the words in a string, e.g. " aBc  dEf " -> "Abc Def".
def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each
    word using capitalize, and join the capitalized words using
    join.  If the optional second argument sep is absent or None,
    runs of whitespace characters are replaced by a single space
    and leading and trailing whitespace are removed, otherwise
    sep is used to split and join the words.

    """
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


####################################################################

_sentinel_dict = {}
_ID_START = ascii_letters + '_'
_ID_CHARS = ascii_letters + digits + '_'


class _ChainMap:
    # collections.ChainMap's lookup, for substitute(mapping, **kws)
    def __init__(self, *maps):
        self.maps = list(maps)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        raise KeyError(key)


def _identifier_end(s, i):
    # the end of the identifier (?a:[_a-z][_a-z0-9]*) (case-insensitive) at s[i:], or i
    n = len(s)
    if i >= n or s[i] not in _ID_START:
        return i
    i += 1
    while i < n and s[i] in _ID_CHARS:
        i += 1
    return i


class _Match:
    # what the Template pattern's match object tells: the span, the group that
    # matched and the position of the text after the delimiter
    __slots__ = ('string', 'start', 'end', 'kind', 'name', 'after')

    def __init__(self, string, start, end, kind, name, after):
        self.string = string
        self.start = start
        self.end = end
        self.kind = kind
        self.name = name
        self.after = after

    def group(self):
        return self.string[self.start:self.end]


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    # Search for $$, $identifier, $ and a braced identifier, and any bare $'s

    def _matches(self):
        s = self.template
        if not isinstance(s, str):
            if isinstance(s, (bytes, bytearray)):
                raise TypeError('cannot use a string pattern on a bytes-like object')
            raise TypeError("expected string or bytes-like object, got '%s'" % type(s).__name__)
        delim = self.delimiter
        n = len(delim)
        i = 0
        while True:
            j = s.find(delim, i)
            if j < 0:
                return
            k = j + n
            if s.startswith(delim, k):
                yield _Match(s, j, k + n, 'escaped', None, k)
                i = k + n
                continue
            m = _identifier_end(s, k)
            if m > k:
                yield _Match(s, j, m, 'named', s[k:m], k)
                i = m
                continue
            if s.startswith('{', k):
                m = _identifier_end(s, k + 1)
                if m > k + 1 and s.startswith('}', m):
                    yield _Match(s, j, m + 1, 'braced', s[k + 1:m], k)
                    i = m + 1
                    continue
            yield _Match(s, j, k, 'invalid', None, k)
            i = k

    def _invalid(self, mo):
        i = mo.after
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def _sub(self, convert):
        s = self.template
        parts = []
        i = 0
        for mo in self._matches():
            parts.append(s[i:mo.start])
            parts.append(convert(mo))
            i = mo.end
        parts.append(s[i:])
        return ''.join(parts)

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        # Helper function for .sub()
        def convert(mo):
            if mo.name is not None:
                return str(mapping[mo.name])
            if mo.kind == 'escaped':
                return self.delimiter
            self._invalid(mo)
        return self._sub(convert)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        # Helper function for .sub()
        def convert(mo):
            if mo.name is not None:
                try:
                    return str(mapping[mo.name])
                except KeyError:
                    return mo.group()
            if mo.kind == 'escaped':
                return self.delimiter
            return mo.group()
        return self._sub(convert)

    def is_valid(self):
        for mo in self._matches():
            if mo.kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for mo in self._matches():
            named = mo.name
            if named is not None and named not in ids:
                # add a named group only the first time it appears
                ids.append(named)
        return ids


########################################################################
# The Formatter class (PEP 3101), with the parsing of _string done here.

def _formatter_parser(s):
    # _string.formatter_parser: (literal_text, field_name, format_spec, conversion)
    if not isinstance(s, str):
        raise TypeError('expected str, got %s' % type(s).__name__)
    return _formatter_parser_items(s)


def _formatter_parser_items(s):
    n = len(s)
    pos = 0
    while pos < n:
        start = pos
        c = None
        markup_follows = False
        while pos < n:
            c = s[pos]
            pos += 1
            if c == '{' or c == '}':
                markup_follows = True
                break
        at_end = pos >= n
        length = pos - start
        if c == '}' and (at_end or s[pos] != c):
            raise ValueError("Single '}' encountered in format string")
        if at_end and c == '{':
            raise ValueError("Single '{' encountered in format string")
        if not at_end:
            if s[pos] == c:
                pos += 1
                markup_follows = False
            else:
                length -= 1
        literal = s[start:start + length]
        if not markup_follows:
            yield (literal, None, None, None)
            continue
        field_name, format_spec, conversion, pos = _parse_field(s, pos)
        yield (literal, field_name, format_spec, conversion)


def _parse_field(s, pos):
    # parse_field: the field after a '{' up to its '}'; returns the next position too
    n = len(s)
    c = None
    start = pos
    while pos < n:
        c = s[pos]
        pos += 1
        if c == '{':
            raise ValueError("unexpected '{' in field name")
        if c == '[':
            while pos < n and s[pos] != ']':
                pos += 1
            continue
        if c == '}' or c == ':' or c == '!':
            break
    field_name = s[start:pos - 1]
    conversion = None
    if c == '!' or c == ':':
        if c == '!':
            if pos >= n:
                raise ValueError("end of string while looking for conversion specifier")
            conversion = s[pos]
            pos += 1
            if pos < n:
                c = s[pos]
                pos += 1
                if c == '}':
                    return field_name, '', conversion, pos
                if c != ':':
                    raise ValueError("expected ':' after conversion specifier")
        spec_start = pos
        count = 1
        while pos < n:
            c = s[pos]
            pos += 1
            if c == '{':
                count += 1
            elif c == '}':
                count -= 1
                if count == 0:
                    return field_name, s[spec_start:pos - 1], conversion, pos
        raise ValueError("unmatched '{' in format spec")
    elif c != '}':
        raise ValueError("expected '}' before end of string")
    return field_name, '', None, pos


def _field_index(text):
    # an int when the text is all decimal digits, else the text itself
    if text and text.isdecimal():
        return int(text)
    return text


def _field_name_rest(field_name, i):
    n = len(field_name)
    while i < n:
        c = field_name[i]
        i += 1
        if c == '.':
            start = i
            while i < n and field_name[i] not in '.[':
                i += 1
            name = field_name[start:i]
            is_attr = True
        elif c == '[':
            start = i
            while i < n and field_name[i] != ']':
                i += 1
            if i >= n:
                raise ValueError("Missing ']' in format string")
            name = field_name[start:i]
            i += 1
            is_attr = False
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        if not name:
            raise ValueError("Empty attribute in format string")
        yield (is_attr, name if is_attr else _field_index(name))


def _formatter_field_name_split(field_name):
    # _string.formatter_field_name_split: (first, iterator of (is_attr, key))
    if not isinstance(field_name, str):
        raise TypeError('expected str, got %s' % type(field_name).__name__)
    n = len(field_name)
    i = 0
    while i < n and field_name[i] not in '.[':
        i += 1
    return _field_index(field_name[:i]), _field_name_rest(field_name, i)


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in \
                self.parse(format_string):

            # output the literal text
            if literal_text:
                result.append(literal_text)

            # if there's a field, output it
            if field_name is not None:
                # this is some markup, find the object and do
                #  the formatting

                # handle arg indexing when empty field_names are given.
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    # disable auto arg incrementing, if it gets
                    # used later on, then an exception will be raised
                    auto_arg_index = False

                # given the field_name, find the object it references
                #  and the argument it came from
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)

                # do any conversion on the resulting object
                obj = self.convert_field(obj, conversion)

                # format the object and append to the result
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs,
                    used_args, recursion_depth-1,
                    auto_arg_index=auto_arg_index)

                # format the object and append to the result
                result.append(self.format_field(obj, format_spec))

        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        else:
            return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        # do any conversion on the resulting object
        if conversion is None:
            return value
        elif conversion == 's':
            return str(value)
        elif conversion == 'r':
            return repr(value)
        elif conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    # returns an iterable that contains tuples of the form:
    # (literal_text, field_name, format_spec, conversion)
    # literal_text can be zero length
    # field_name can be None, in which case there's no
    #  object to format and output
    # if field_name is not None, it is looked up, formatted
    #  with format_spec and conversion and then used
    def parse(self, format_string):
        return _formatter_parser(format_string)

    # given a field_name, find the object it references.
    #  field_name:   the field being looked up, e.g. "0.name"
    #                 or "lookup[3]"
    #  used_args:    a set of which args have been used
    #  args, kwargs: as passed in to vformat
    def get_field(self, field_name, args, kwargs):
        first, rest = _formatter_field_name_split(field_name)

        obj = self.get_value(first, args, kwargs)

        # loop through the rest of the field_name, doing
        #  getattr or getitem as needed
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]

        return obj, first
`;

registerSourceModule("string", STRING_SOURCE);
