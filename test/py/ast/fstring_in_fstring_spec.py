f"{x:{f'{y}'}}"
f"{value:{width}.{precision}{type}}"
f"{x!r:{'^'}{20}}"
f"result: {result:{'.2f' if precise else 'g'}}"
