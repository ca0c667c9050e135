f"{"nested"}"
f'{'nested'}'
f"{x["key"]}"
f"{", ".join(items)}"
f"{'single' + "double"}"
f"""{"""triple"""}"""
f"{f"{f"{x}"}"}"
f"{f'{x}'!r:>{w}}"
