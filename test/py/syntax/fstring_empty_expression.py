s = f"value: {}"
