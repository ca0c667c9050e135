# str.isdigit/isdecimal/isnumeric/isalpha/isalnum/isspace/isidentifier/isascii/isprintable
# on ASCII, superscript, Arabic-Indic digit, vulgar fraction and whitespace strings.
tests = ["123", "12.5", "", "abc", "abc123", "  ", "\u00b2", "\u0663", "\u2155", "Hello", "hello_1", "_x", "1x", "\t\n"]
for t in tests:
    print(repr(t), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalpha(), t.isalnum(), t.isspace(), t.isidentifier(), t.isascii(), t.isprintable())
