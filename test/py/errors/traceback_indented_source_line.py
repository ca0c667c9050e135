# The source line is printed with its indentation removed; markers are
# positioned relative to the stripped line.
def process(items):
    for item in items:
        if item:
            while True:
                result = item * 2 - None
                break

process([1])
