d = {"key": "value", "n": 3}
print(f"{d["key"]} {d['n']}")
print(f"{f"{f"{d["n"]}"}"}")
print(f"{'\n'.join(['a', 'b'])}")
print(f"{"\t".join("xy")!r}")
print(f"{
    d["n"]
    * 2
}")
print(f"{d["n"]:{"^"}{5}}|")
items = ["a", "b"]
print(f"{", ".join(items)}")
print(f"""{
"multi"
}-{'line'}""")
print(f"{   d['key']   }|")
print(f"{d['n'] # a comment
}")
v = 5
print(f"{v!r:>{v}}|")
print(f"{'{}'}|{'}'}|{'{'}")
