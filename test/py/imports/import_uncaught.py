print("before")
import _broken
print("after")
