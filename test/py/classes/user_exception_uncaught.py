class ValidationError(Exception):
    def __init__(self, field, value):
        super().__init__(field, value)
        self.field = field
        self.value = value
    def __str__(self):
        return f"bad value for {self.field}: {self.value!r}"

def validate(record):
    for field, value in record.items():
        if value is None:
            raise ValidationError(field, value)
    return True

print(validate({"a": 1}))
try:
    validate({"a": None})
except ValidationError as e:
    print("caught:", e, e.args)
validate({"name": "x", "age": None})
