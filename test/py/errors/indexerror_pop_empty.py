# IndexError from list.pop() on an empty list; the call fills the line, so no marker.

stack = [1]
stack.pop()
stack.pop()
