# This module contains only comments.

    # An indented comment does not start a block.

#
