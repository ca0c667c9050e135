class AppError(Exception):
    pass
class ConfigError(AppError):
    def __init__(self, key, reason="invalid"):
        super().__init__(f"{key}: {reason}")
        self.key = key
        self.reason = reason
class NetError(AppError):
    def __init__(self, code):
        super().__init__(code)
        self.code = code
    def __str__(self):
        return f"network error {self.code}"
for exc in [ConfigError("port"), NetError(503), AppError("plain"), ValueError("other")]:
    try:
        raise exc
    except ConfigError as e:
        print("config", e.key, e.reason, e.args, str(e))
    except AppError as e:
        print("app", type(e).__name__, e, e.args, repr(e))
    except Exception as e:
        print("other", repr(e))
print([k.__name__ for k in ConfigError.__mro__])
print(issubclass(NetError, Exception), issubclass(NetError, ConfigError))
try:
    try:
        raise ConfigError("db", "missing")
    except AppError as e:
        raise NetError(1) from e
except NetError as e:
    print(e, "caused by", repr(e.__cause__))
class NoArgs(Exception):
    def __init__(self):
        pass
e = NoArgs()
print(e.args, repr(str(e)))
try:
    raise (AppError, NetError)[0]
except AppError as e:
    print("raised class:", type(e).__name__, e.args)
