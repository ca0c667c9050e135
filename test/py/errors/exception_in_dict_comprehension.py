# Comprehensions are inlined in 3.12 (PEP 709): the error in a dict comprehension
# at module level is reported in frame <module>, not in a <dictcomp> frame.

words = ["a", "bb", None]
lengths = {w: len(w) for w in words}
