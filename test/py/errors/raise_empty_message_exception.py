# An exception with no arguments:
# the last line is the bare type name,
# and raise fills the whole line so there is no marker.

raise Exception()
