def a():
    if x:
        for i in y:
            while z:
                with w:
                    try:
                        if v:
                            class K:
                                def m(self):
                                    return [[[[i]]]]
                    except E:
                        pass
