{k: v for k, v in items}
{k: v for k in keys if k for v in vals}
{str(i): i ** 2 for i in range(5)}
{x: 1 for x in y} if False else {}
{k: {j: k for j in k} for k in m}
