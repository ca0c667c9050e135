numbers = [1, 2, 3]
total = sum
sum = 10
print(total(numbers))
result = sum(numbers)
