"""A text-adventure engine: a tokenizer and grammar-driven command parser
(verbs, objects, prepositions, adjectives, pronouns), a world model with rooms,
items, containers, locked doors and NPCs, and a scripted play-through."""
import re
from dataclasses import dataclass, field


class ParseError(Exception):
    pass


SYNONYMS = {
    "n": "north", "s": "south", "e": "east", "w": "west", "u": "up", "d": "down",
    "get": "take", "grab": "take", "pick": "take", "l": "look", "x": "examine",
    "inspect": "examine", "i": "inventory", "inv": "inventory", "walk": "go", "run": "go",
    "speak": "talk", "place": "put", "insert": "put", "quit": "quit",
}
DIRECTIONS = {"north", "south", "east", "west", "up", "down"}
VERBS = {"go", "take", "drop", "look", "examine", "inventory", "open", "close", "unlock",
         "put", "talk", "give", "read", "eat", "quit", "help", "lock"}
PREPOSITIONS = {"in", "into", "on", "with", "to", "from", "at", "under"}
ARTICLES = {"the", "a", "an", "some"}


@dataclass
class Command:
    verb: str
    obj: tuple = None          # (adjectives, noun)
    prep: str = None
    target: tuple = None

    def describe(self):
        def np(x):
            return None if x is None else " ".join(x[0] + [x[1]])
        return f"{self.verb}({np(self.obj)}{', ' + self.prep + ' ' + np(self.target) if self.prep else ''})"


def tokenize(text):
    words = re.findall(r"[a-z]+|[0-9]+|[,.!?]", text.lower())
    out = []
    for w in words:
        if w in ",.!?":
            continue
        out.append(SYNONYMS.get(w, w))
    return out


def parse(text, last_obj=None):
    toks = [t for t in tokenize(text) if t not in ARTICLES]
    if not toks:
        raise ParseError("I beg your pardon?")
    if toks[0] == "take" and len(toks) > 1 and toks[1] == "up":
        toks.pop(1)
    if toks[0] in DIRECTIONS:
        return Command("go", ([], toks[0]))
    verb = toks[0]
    if verb not in VERBS:
        raise ParseError(f"I don't know the word \"{verb}\".")
    rest = toks[1:]
    if verb == "look" and rest[:1] == ["at"]:
        verb, rest = "examine", rest[1:]
    if verb == "talk" and rest[:1] == ["to"]:
        rest = rest[1:]
    split = next((i for i, t in enumerate(rest) if t in PREPOSITIONS), None)
    head, prep, tail = (rest, None, []) if split is None else (rest[:split], rest[split], rest[split + 1:])

    def noun_phrase(words):
        if not words:
            return None
        if words == ["it"]:
            if last_obj is None:
                raise ParseError("I'm not sure what \"it\" refers to.")
            return last_obj
        return (words[:-1], words[-1])

    cmd = Command(verb, noun_phrase(head), prep, noun_phrase(tail))
    if verb in ("take", "drop", "open", "examine", "read", "eat", "close") and cmd.obj is None:
        raise ParseError(f"What do you want to {verb}?")
    if prep and cmd.target is None:
        raise ParseError(f"{prep.capitalize()} what?")
    return cmd


@dataclass
class Item:
    name: str
    adjectives: list = field(default_factory=list)
    description: str = ""
    portable: bool = True
    container: bool = False
    open: bool = True
    locked: bool = False
    key: str = None
    contents: list = field(default_factory=list)
    edible: bool = False
    text: str = None

    def matches(self, np):
        adjs, noun = np
        return noun == self.name and all(a in self.adjectives for a in adjs)

    def title(self):
        return " ".join(self.adjectives[:1] + [self.name])


@dataclass
class Room:
    name: str
    description: str
    exits: dict = field(default_factory=dict)
    items: list = field(default_factory=list)
    locked_exits: dict = field(default_factory=dict)
    npc: str = None


class Game:
    def __init__(self):
        self.rooms = {}
        self.inventory = []
        self.score = 0
        self.turns = 0
        self.last_obj = None
        self.over = False
        self.build()
        self.here = self.rooms["hall"]
        self.visited = {"hall"}

    def build(self):
        R = self.rooms
        R["hall"] = Room("Hall", "A draughty entrance hall.", {"north": "library", "east": "kitchen"})
        R["library"] = Room("Library", "Dusty shelves line the walls.", {"south": "hall", "up": "attic"},
                            locked_exits={"up": "brass key"})
        R["kitchen"] = Room("Kitchen", "It smells of old bread.", {"west": "hall", "down": "cellar"}, npc="cook")
        R["cellar"] = Room("Cellar", "Cold and dark.", {"up": "kitchen"})
        R["attic"] = Room("Attic", "Sunlight through a round window.", {"down": "library"})
        R["hall"].items.append(Item("lamp", ["brass", "old"], "An old brass lamp."))
        chest = Item("chest", ["wooden"], "A heavy wooden chest.", portable=False, container=True, open=False,
                     locked=True, key="iron key")
        chest.contents.append(Item("key", ["brass"], "A small brass key."))
        R["library"].items += [chest, Item("book", ["red"], "A red book.", text="'The iron key is in the cellar.'")]
        R["kitchen"].items += [Item("bread", ["stale"], "Stale bread.", edible=True), Item("knife", ["sharp"], "A sharp knife.")]
        R["cellar"].items.append(Item("key", ["iron"], "A rusty iron key."))
        R["attic"].items.append(Item("crown", ["golden"], "A golden crown. Treasure!"))

    # -- helpers -----------------------------------------------------------
    def visible(self):
        items = list(self.here.items) + list(self.inventory)
        for it in list(items):
            if it.container and it.open:
                items += it.contents
        return items

    def find(self, np, where=None):
        pool = self.visible() if where is None else where
        found = [it for it in pool if it.matches(np)]
        if not found:
            raise ParseError(f"You can't see any {' '.join(np[0] + [np[1]])} here.")
        if len(found) > 1:
            raise ParseError(f"Which {np[1]} do you mean, the " + " or the ".join(f.title() for f in found) + "?")
        return found[0]

    def remove_from_world(self, item):
        if item in self.here.items:
            self.here.items.remove(item)
            return
        for it in self.here.items + self.inventory:
            if item in it.contents:
                it.contents.remove(item)
                return

    def has_key(self, key_title):
        return any(i.title() == key_title for i in self.inventory)

    # -- verbs --------------------------------------------------------------
    def do_look(self, cmd):
        r = self.here
        lines = [f"== {r.name} ==", r.description]
        if r.items:
            lines.append("You see: " + ", ".join(i.title() for i in r.items) + ".")
        if r.npc:
            lines.append(f"The {r.npc} is here.")
        lines.append("Exits: " + ", ".join(sorted(r.exits)) + ".")
        return "\n".join(lines)

    def do_go(self, cmd):
        d = cmd.obj[1] if cmd.obj else None
        if d not in DIRECTIONS:
            return "Go where?"
        if d not in self.here.exits:
            return "You can't go that way."
        need = self.here.locked_exits.get(d)
        if need and not self.has_key(need):
            return f"The way {d} is locked."
        self.here = self.rooms[self.here.exits[d]]
        first = self.here.name.lower() not in self.visited
        self.visited.add(self.here.name.lower())
        if first:
            self.score += 5
        return self.do_look(cmd)

    def do_take(self, cmd):
        it = self.find(cmd.obj)
        if it in self.inventory:
            return "You already have that."
        if not it.portable:
            return f"The {it.name} is too heavy."
        self.remove_from_world(it)
        self.inventory.append(it)
        if it.name == "crown":
            self.score += 50
            self.over = True
            return "Taken. You have found the treasure!"
        return "Taken."

    def do_drop(self, cmd):
        it = self.find(cmd.obj, self.inventory)
        self.inventory.remove(it)
        self.here.items.append(it)
        return "Dropped."

    def do_inventory(self, cmd):
        if not self.inventory:
            return "You are empty-handed."
        return "You carry: " + ", ".join(i.title() for i in self.inventory) + "."

    def do_examine(self, cmd):
        it = self.find(cmd.obj)
        extra = ""
        if it.container:
            extra = " It is " + ("open" if it.open else "closed") + ("" if not it.open else
                    ", containing " + (", ".join(c.title() for c in it.contents) or "nothing")) + "."
        return it.description + extra

    def do_open(self, cmd):
        it = self.find(cmd.obj)
        if not it.container:
            return "That's not something you can open."
        if it.open:
            return "It's already open."
        if it.locked:
            return "It's locked."
        it.open = True
        return "Opened. Inside: " + (", ".join(c.title() for c in it.contents) or "nothing") + "."

    def do_unlock(self, cmd):
        it = self.find(cmd.obj)
        if cmd.prep != "with" or cmd.target is None:
            return "Unlock it with what?"
        key = self.find(cmd.target, self.inventory)
        if not it.locked:
            return "It isn't locked."
        if key.title() != it.key:
            return f"The {key.title()} doesn't fit."
        it.locked = False
        self.score += 10
        return f"You unlock the {it.name} with the {key.title()}."

    def do_read(self, cmd):
        it = self.find(cmd.obj)
        return it.text or "There's nothing written on it."

    def do_eat(self, cmd):
        it = self.find(cmd.obj)
        if not it.edible:
            return "That's not edible."
        self.remove_from_world(it)
        if it in self.inventory:
            self.inventory.remove(it)
        return "Crunchy. You feel a little better."

    def do_talk(self, cmd):
        if not self.here.npc:
            return "There's nobody here."
        return "The cook says: \"Mind the cellar stairs, and never open a chest without its key.\""

    def do_help(self, cmd):
        return "Verbs: " + ", ".join(sorted(VERBS))

    def do_quit(self, cmd):
        self.over = True
        return "Bye."

    def handle(self, text):
        self.turns += 1
        try:
            cmd = parse(text, self.last_obj)
        except ParseError as e:
            return str(e)
        handler = getattr(self, "do_" + cmd.verb, None)
        if handler is None:
            return f"You can't {cmd.verb} here."
        try:
            result = handler(cmd)
        except ParseError as e:
            return str(e)
        if cmd.obj is not None and cmd.verb != "go":
            self.last_obj = cmd.obj
        return result


script = """look
take the old brass lamp
x lamp
n
read red book
open chest
take key
unlock chest with lamp
s
e
talk to cook
eat stale bread
eat it
d
get iron key
up
w
n
unlock wooden chest with iron key
open it
x chest
take key
take key
take brass key
i
u
dance wildly
put lamp in
take up the golden crown"""

g = Game()
for line in script.splitlines():
    print(f"> {line}")
    print(g.handle(line))
    if g.over:
        break
print(f"Score {g.score} in {g.turns} turns; visited {sorted(g.visited)}")
for text in ["take the red book", "put the brass lamp into the wooden chest", "n", "look at it", "", "open"]:
    try:
        print(repr(text), "->", parse(text, ([], "lamp")).describe())
    except ParseError as e:
        print(repr(text), "-> ParseError:", e)
print(tokenize("Get the LAMP, then go N!"), Command("go", ([], "north")))
