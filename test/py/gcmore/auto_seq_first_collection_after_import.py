# The scenario: no collection before the loop, so the first automatic
# collection's moment depends on the count start-up, compilation and `import gc` left.
import gc

starts = []


def on_gc(phase, info):
    if phase == "start":
        starts.append((len(keep), info["generation"]))


gc.callbacks.append(on_gc)
keep = []
for i in range(20000):
    keep.append([])
gc.callbacks.remove(on_gc)
print(len(starts))
print(starts[:6])
print(starts[-3:])
