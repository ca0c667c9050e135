résultat = f(x for x in "àéî", z)
