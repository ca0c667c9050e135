if a: b; c
while a: b; break
for x in y: continue;
with a: pass; pass
try: a
except: b; c
class C: x = 1; y = 2
def f(): return 1;
