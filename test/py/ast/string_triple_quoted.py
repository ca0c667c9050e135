x = """first line
second line
    indented line
"""
y = '''with 'single' and "double" quotes inside'''
z = """ends with a quote\""""
w = '''
'''
v = """backslash \
continuation"""
