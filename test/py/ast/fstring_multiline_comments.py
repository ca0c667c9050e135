x = f"""{
    a  # a comment inside a replacement field
    + b
}"""
y = f"{
    items[0]  # comment
}"
