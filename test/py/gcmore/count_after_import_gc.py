import gc; print(gc.get_count())
