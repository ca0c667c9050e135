X = 1
raise ValueError("module failed to load")
