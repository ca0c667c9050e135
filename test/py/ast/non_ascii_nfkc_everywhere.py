import ﬁle
from ﬁle import ﬂag as ﬀ
def ﬁnd(ﬁrst, *, ﬂag=1):
    return ﬁrst.ﬁeld
ﬁnd(1, ﬂag=2)
class ﬁ(ℌ, ﬂ=ℌ):
    global ﬁx
