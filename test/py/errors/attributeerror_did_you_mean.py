# AttributeError on a str with a close match: "Did you mean: 'upper'?".


text = "hello"
print(text.uper())
