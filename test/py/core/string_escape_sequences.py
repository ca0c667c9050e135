s = "tab\there\nnewline \\ backslash \"quote\" 'single' \x41\101\u0042\U00000043"
print(s)
print(repr(s))
print(len("\n"), len("\\n"), len(r"\n"), r"raw\string", len("\x00"))
print("multi" "part" 'string', "a" 'b' """c""")
print("""triple
quoted""", '''also
triple''')
print("\a\b\f\v\r".encode(), repr("\a\b\f\v\r"))
