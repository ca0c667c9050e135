def vérifier(é):
    if é = 1:
        return True
