# IndexError on a list subscript: marker ~~~^^^ under value and index.

lst = [10, 20, 30]
print(lst[2])
print(lst[5])
