# NameError for a stdlib module name that was not imported:
# "Did you forget to import 'sys'?" (the C excepthook's text ends with '?').
# Nothing else is defined, so there is no "Did you mean" part.

print(sys.argv)
