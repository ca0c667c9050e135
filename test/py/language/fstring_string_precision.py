s = "abcdefghij"
for spec in [".3", "5.3", "<5.3", ">5.3", "^5.3", "*^12.5", ".0", ".20", "12", "s", ".4s", "x>8.2s"]:
    print(f"[{s:{spec}}]", spec)
words = ["alpha", "be", "gamma-ray", ""]
for w in words:
    print(f"|{w:<6.6}|{w:>6.2}|{w:^6}|")
print(f"[{'ü' * 5:.3}] [{'日本語テキスト':.3}] [{'日本':>5}]")
print(f"{str(12345):.2} {repr('abc'):.3}")
