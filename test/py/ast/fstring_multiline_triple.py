report = f"""
    {title:^40}
    {"-" * 40}
    {", ".join(f"{k}={v!r}" for k, v in items)}
    total: {sum(values):>10,.2f}
"""
