import os
import os.path
import os, sys
import xml.etree.ElementTree
import numpy as np
import os.path as osp, sys as system
