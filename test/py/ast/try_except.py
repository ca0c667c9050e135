try:
    risky()
except:
    handle()
try:
    risky()
except ValueError:
    pass
except (TypeError, KeyError) as e:
    raise
except Exception as exc:
    log(exc)
