f""
f''
f""""""
f"just text"
f"{{}}"
f"a" "b"
rf"\n"
