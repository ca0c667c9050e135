msg = f"""
Name: {name}
Age: {age:>3}
Total: {
    a
    + b
}
"""
other = f'''{
x!r
}'''
t = f"{
    value
}"
