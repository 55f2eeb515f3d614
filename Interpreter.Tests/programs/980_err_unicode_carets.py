# conformance: full-stderr
# Traceback carets under lines holding non-ASCII text: positions are UTF-8
# byte offsets internally and the carets still line up under the characters.
prix = {"café": 2.5, "thé": 1.75, "🍰": 4.0}


def total(commande):
    return sum(prix[article] * quantité for article, quantité in commande)


def moyenne(commande):
    résumé = "Σ prix → " + str(total(commande))
    print(résumé)
    return total(commande) / len([q for _, q in commande if q > 0]) + prix["🍰"] * commande[0][1]


print(moyenne([("café", 2), ("🍰", 1)]))
print(moyenne([("thé", 0), ("crème brûlée", 1)]))
