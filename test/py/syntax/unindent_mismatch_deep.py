def f():
    for i in range(3):
        if i:
            pass
      return i
