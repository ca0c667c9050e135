# The caret line is display-width aware: CJK characters take two columns.

label = "中文字"
print(label)
result = "中文字" + len(label) + 1
