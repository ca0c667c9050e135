f"{x:{{}}}" if 0 else None
f"{x:a{{b}}c}"
f"{x:{y}}}}"
f"{x:{y}{{}}}"
f"{x:%H:%M:%S}"
f"{x:=^10}"
f"{x:!<5}"
f"{x:{y!r}}"
