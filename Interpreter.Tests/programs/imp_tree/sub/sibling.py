print("imp_tree.sub.sibling init", __name__)
NAME = "sibling"
def helper(n):
    return [NAME] * n
