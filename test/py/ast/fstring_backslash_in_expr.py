f"{'\n'.join(lines)}"
f"{"\t".join(cols)}"
f"{'\\'}"
f"{x:\n}"
