print("screen")
