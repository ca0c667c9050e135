# A variable assigned only on one branch of a loop body is unbound on the
# first iteration where the branch was not taken.
def last_even(nums):
    for n in nums:
        if n % 2 == 0:
            found = n
    return found

print(last_even([1, 2, 3]))
print(last_even([1, 3]))
