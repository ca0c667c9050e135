nom = "café"; ville = "Zürich
