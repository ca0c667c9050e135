from . import x
from .. import y
from ... import z
from .mod import a
from ..pkg.mod import b as c
from .... import d
from ....a.b import (e, f)
from . import *
from .m import *
