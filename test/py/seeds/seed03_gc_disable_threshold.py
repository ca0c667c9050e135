# Seed 003 (903cbe14ab4c2ea5): "Manual Garbage Collection", as written.
import gc
## Disable automatic garbage collection
gc.disable()
## Manually trigger garbage collection
gc.collect()
## Set garbage collection thresholds
gc.set_threshold(1000, 15, 15)
# --- added (not in the article): observations so the program has output ---
print(gc.isenabled(), gc.get_threshold())
