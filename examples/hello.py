# The smallest pyarena program: `npx pyarena examples/hello.py`
print("hello from pyarena")
