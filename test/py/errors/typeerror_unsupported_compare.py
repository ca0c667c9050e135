# list.sort() on mixed int/str items: the comparison TypeError comes from C code,
# and the statement fills the whole line, so there is no marker.

data = [3, "two", 1]
data.sort()
