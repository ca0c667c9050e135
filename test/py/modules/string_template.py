# string.Template: $name, ${name}, $$, safe_substitute, identifiers and bad placeholders.
from string import Template

t = Template('$who likes $what')
print(t.substitute(who='tim', what='kung pao'), t.substitute({'who': 'ann', 'what': 'tea'}))
print(t.substitute({'who': 'map', 'what': 'x'}, what='kw wins'), t.safe_substitute(who='tim'))
print(Template('${noun}ification $$5 costs $$$amount').substitute(noun='ident', amount=3))
print(Template('$a$b ${c}d $_x1 $X').substitute(a=1, b=2, c=3, _x1=4, X=5))
print(Template('no placeholders').substitute(), Template('$').safe_substitute(), Template('$1 $ {x}').safe_substitute())
print(Template('$a ${b} $a $$ $c').get_identifiers(), Template('$a ${b}').is_valid(), Template('$a $').is_valid())
print(t.template, Template.delimiter, Template('$x').substitute(x=[1, 2]))

class Percent(Template):
    delimiter = '%'
print(Percent('%who owes %%%amt and $kept').substitute(who='bob', amt=5))
class Multi(Template):
    delimiter = '<<'
print(Multi('<<a and <<<<b').substitute(a='A'))
for template, kwargs in [('$who likes $what', {'who': 'tim'}), ('bad $ here', {}), ('line one\n  $5x', {}),
                         ('${unclosed', {}), ('${a}', {})]:
    try:
        print(Template(template).substitute(**kwargs))
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
try:
    Template('$x').substitute({}, {})
except TypeError as e:
    print('TypeError', e)
