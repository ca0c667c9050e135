# KeyError from a dict subscript with a str key: the repr of the key is printed.

config = {"host": "localhost", "port": 8080}
print(config["host"])
timeout = config["timeout"]
