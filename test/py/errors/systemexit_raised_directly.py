# raise SystemExit(4) behaves like sys.exit(4).


print("raising SystemExit(4)")
raise SystemExit(4)
