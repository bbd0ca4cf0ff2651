print("rules-fuzz")
