from os import path
from os import path, sep
from os import path as p, sep as s
from os.path import join
from collections.abc import (
    Mapping,
    Sequence as Seq,
)
from typing import (Any)
from m import (a, b,)
from m import *
