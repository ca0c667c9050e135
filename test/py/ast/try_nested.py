try:
    try:
        inner()
    except KeyError:
        raise ValueError from None
    finally:
        release()
except ValueError:
    try:
        recover()
    except:
        pass
else:
    ok()
