x = 1
  # a comment at odd indentation is fine
 y = 2
