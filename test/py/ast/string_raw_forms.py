r"\n"
r'\''
r"\""
r"a\
b"
r"""\d+\s*"""
rb"\xff"
r"\N{EM DASH}"
R'\\'
