# Seed 003 (903cbe14ab4c2ea5): "Garbage Collection", as written.
import gc
## Manual garbage collection
gc.collect()
# --- added (not in the article): observations so the program has output ---
print(gc.collect())
print(gc.isenabled())
