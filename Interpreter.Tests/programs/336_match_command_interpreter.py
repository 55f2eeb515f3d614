# A small text-adventure command interpreter written with match.

world = {
    "hall": {"exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"exits": {"south": "hall"}, "items": ["book", "scroll"]},
    "kitchen": {"exits": {"west": "hall"}, "items": []},
}
state = {"room": "hall", "inventory": [], "moves": 0}


def run(line):
    match line.lower().split():
        case []:
            return "Say something."
        case ["quit" | "exit" | "q"]:
            return "Bye!"
        case ["look"] | ["l"]:
            room = world[state["room"]]
            items = ", ".join(room["items"]) or "nothing"
            return f"You are in the {state['room']}. You see: {items}. Exits: {', '.join(room['exits'])}."
        case ["go", direction] | [("north" | "south" | "east" | "west") as direction]:
            exits = world[state["room"]]["exits"]
            if direction not in exits:
                return f"You can't go {direction}."
            state["room"] = exits[direction]
            state["moves"] += 1
            return f"You walk {direction} to the {state['room']}."
        case ["take", "all"]:
            room = world[state["room"]]
            taken, room["items"] = room["items"], []
            state["inventory"] += taken
            return f"Taken: {', '.join(taken) or 'nothing'}."
        case ["take", *words] if words:
            name = " ".join(words)
            room = world[state["room"]]
            if name not in room["items"]:
                return f"There is no {name} here."
            room["items"].remove(name)
            state["inventory"].append(name)
            return f"You take the {name}."
        case ["drop", item] if item in state["inventory"]:
            state["inventory"].remove(item)
            world[state["room"]]["items"].append(item)
            return f"Dropped {item}."
        case ["drop", item]:
            return f"You don't have a {item}."
        case ["inventory" | "i"]:
            return "You carry: " + (", ".join(sorted(state["inventory"])) or "nothing")
        case ["say", *words]:
            return f'You say "{" ".join(words)}". Nobody answers.'
        case [verb, *_]:
            return f"I don't know how to {verb}."


script = """look
take lamp
n
go north
take book
take sword
look
drop lamp
drop lamp
go south
east
take all
inventory
say hello there

dance wildly
quit"""

for line in script.split("\n"):
    print(">", line)
    print(run(line))
print("moves:", state["moves"])
