'single'
"double"
'''triple single'''
"""triple double"""
'it\'s'
"say \"hi\""
'mixed "quotes"'
"mixed 'quotes'"
''
""
''''''
""""""
