mode = 0o78
