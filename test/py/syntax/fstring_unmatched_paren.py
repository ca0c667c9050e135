print(f"{x"}")
