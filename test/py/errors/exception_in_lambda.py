# An IndexError inside a key= lambda called by sorted(): the frame is named <lambda>.

key = lambda item: item[1]
pairs = [(1, 2), (3,)]
print(sorted(pairs, key=key))
