"a" f"{b}" "c"
f"{x}" f"{y}"
("start "
 f"{middle!r} "
 "end")
"plain" f"no fields"
f"" ""
"" f"{a}" ""
u"u" f"{x}"
