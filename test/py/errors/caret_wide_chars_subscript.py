# Caret anchors under a subscript whose text holds kana and Hangul (two columns each).
def lookup(table):
    return table["キー"] + table["한국어"]

try:
    lookup({"キー": 1, "한국어": "x"})
except TypeError as e:
    print("caught", e)
lookup({"キー": [1], "한국어": (2,)})
