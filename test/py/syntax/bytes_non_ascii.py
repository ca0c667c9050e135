raw = b"caf\u00e9 é"
