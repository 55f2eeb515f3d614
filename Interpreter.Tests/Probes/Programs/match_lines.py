def route(command):
    match command.split():
        case ["go", direction] if direction in (
                "north", "south"):
            result = f"going {direction}"
        case ["go", _]:
            result = "unknown direction"
        case ["take", *items]:
            result = "taking " + ", ".join(items)
        case [("quit" | "exit")]:
            result = "bye"
        case _:
            result = "?"
    return result


for c in ["go north", "go up", "take a b", "exit", "dance"]:
    print(route(c))
