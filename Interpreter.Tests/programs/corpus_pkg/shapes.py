from . import helpers
from .helpers import greet as hi

AREA_CALLS = 0


def square_area(side):
    global AREA_CALLS
    AREA_CALLS += 1
    return side * side


def describe():
    return hi("shapes") + " / " + helpers.greet("again") + " / " + __name__
