print("rules-bench")
