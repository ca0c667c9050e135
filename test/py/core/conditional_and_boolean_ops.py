def t(v):
    print("eval", v)
    return v
print(t(0) and t(1))
print(t(1) and t(2))
print(t(0) or t("") or t("last"))
print(not t(None))
r = t([]) or t([0])
print(r)
print(1 and 2 and 3, 1 and 0 and 3, 0 or 0.0 or None, "" or [] or {} or "end")
print(not 0, not 1, not "", not [0], (not 1) == False)
