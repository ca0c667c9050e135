class Config:
    debug = False
    verbose_level = 2

class Loader:
    def __init__(self):
        self.config = Config()
    def run(self):
        return self.config.verbose_levle

print(Config.debug)
try:
    Config.nothing_like_it
except AttributeError as e:
    print("AttributeError:", e)
Loader().run()
