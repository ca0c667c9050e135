class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} says {self.sound}"

    def describe(self):
        return f"{type(self).__name__}: {self.speak()}"

class Dog(Animal):
    sound = "woof"

class Cat(Animal):
    sound = "meow"

    def speak(self):
        return f"{self.name} purrs"

class Kitten(Cat):
    def describe(self):
        return "small " + Cat.describe(self)

for a in [Animal("x"), Dog("rex"), Cat("tom"), Kitten("kit")]:
    print(a.describe())
print(Kitten.__bases__[0].__name__)
print([k.__name__ for k in Kitten.__mro__])
print(issubclass(Kitten, Animal), issubclass(Dog, Cat))
print(Dog.speak is Animal.speak, Cat.speak is Animal.speak)
print("speak" in Dog.__dict__, "speak" in Cat.__dict__)
print(Animal.__subclasses__() == [Dog, Cat])
