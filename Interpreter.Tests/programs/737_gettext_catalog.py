# conformance: own-process (sets LANGUAGE in os.environ and installs _ into builtins: both process-wide)
# gettext: NullTranslations fallback and a compiled .mo catalogue written by the program itself.
import gettext
import os
import struct
import tempfile

def write_mo(path, catalog):
    """Writes a GNU .mo file (little endian) for {msgid: msgstr}."""
    keys = sorted(catalog)
    ids = b""
    strs = b""
    offsets = []
    for k in keys:
        kid = k.encode()
        v = catalog[k].encode()
        offsets.append((len(ids), len(kid), len(strs), len(v)))
        ids += kid + b"\0"
        strs += v + b"\0"
    n = len(keys)
    keystart = 7 * 4 + 16 * n
    valuestart = keystart + len(ids)
    koffsets, voffsets = [], []
    for o1, l1, o2, l2 in offsets:
        koffsets += [l1, o1 + keystart]
        voffsets += [l2, o2 + valuestart]
    data = struct.pack("Iiiiiii", 0x950412de, 0, n, 7 * 4, 7 * 4 + n * 8, 0, 0)
    data += struct.pack(f"{len(koffsets)}i", *koffsets)
    data += struct.pack(f"{len(voffsets)}i", *voffsets)
    data += ids + strs
    with open(path, "wb") as fh:
        fh.write(data)

null = gettext.NullTranslations()
print(null.gettext("Hello"), null.ngettext("file", "files", 1), null.ngettext("file", "files", 3))
print(null.pgettext("menu", "Open"), null.info(), null.charset())

catalog = {
    "": "Content-Type: text/plain; charset=UTF-8\nPlural-Forms: nplurals=2; plural=(n != 1);\n",
    "Hello": "Bonjour",
    "Goodbye, %s!": "Au revoir, %s !",
    "file\0files": "fichier\0fichiers",
    "menu\x04Open": "Ouvrir",
}
with tempfile.TemporaryDirectory() as tmp:
    lc = os.path.join(tmp, "fr", "LC_MESSAGES")
    os.makedirs(lc)
    write_mo(os.path.join(lc, "shop.mo"), catalog)
    fr = gettext.translation("shop", localedir=tmp, languages=["fr"])
    _ = fr.gettext
    print(_("Hello"), _("Goodbye, %s!") % "Marie", _("Untranslated stays"))
    for n in (0, 1, 2, 5):
        print(n, fr.ngettext("file", "files", n))
    print(fr.pgettext("menu", "Open"), fr.pgettext("other", "Open"))
    print(fr.info()["content-type"], fr.charset())
    print(gettext.find("shop", tmp, ["fr"]) == os.path.join(lc, "shop.mo"), gettext.find("shop", tmp, ["de"]))
    try:
        gettext.translation("shop", localedir=tmp, languages=["de"])
    except FileNotFoundError as e:
        print("FileNotFoundError:", e.strerror)
    de = gettext.translation("shop", localedir=tmp, languages=["de"], fallback=True)
    print(type(de).__name__, de.gettext("Hello"))
    gettext.bindtextdomain("shop", tmp)
    gettext.textdomain("shop")
    print(gettext.textdomain())
    fr.install()
    print(_("Hello"))
    os.environ["LANGUAGE"] = "fr"
    print(gettext.dgettext("shop", "Hello"), gettext.dngettext("shop", "file", "files", 2))

f = gettext.c2py("n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2")
print([f(n) for n in (1, 2, 5, 11, 21, 22, 25, 111)])
try:
    gettext.c2py("n ++ 1")
except ValueError as e:
    print("ValueError:", e)
