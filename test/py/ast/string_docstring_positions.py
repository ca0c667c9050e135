"""Module docstring."""
import os
"""not a docstring, just an expression"""
def f():
    """Function docstring."""
    """second string"""
class C:
    r"""Raw docstring \n"""
