class StorageError(Exception):
    pass

class LoadError(StorageError):
    def __init__(self, path):
        super().__init__(path)
        self.path = path

class Loader:
    def read(self, path):
        raise KeyError(path)
    def load(self, path):
        try:
            return self.read(path)
        except KeyError as e:
            raise LoadError(path) from e

print("start")
Loader().load("config.ini")
