def cleanup():
    try:
        raise ValueError("in try")
    finally:
        {}["finally-key"]

cleanup()
