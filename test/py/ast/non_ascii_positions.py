x = "日本語"; y = x + 1
données = [élément * 2 for élément in liste if élément]
print("αβγ", f"{π:>{largeur}}", sep="—")
résultat = (
    "ünïcödé"
    f"{valeur!r}"
)
# commentaire avec des accents: éèêë
z = {"clé": "valeur", 'ключ': [1, 2]}
