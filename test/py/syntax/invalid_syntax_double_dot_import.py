import os..path
