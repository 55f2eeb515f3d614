# mimetypes: guessing content types and extensions for an upload handler, and registering new types.
import mimetypes

mimetypes.init(files=[])   # only the built-in table: independent of /etc/mime.types
for name in ["report.pdf", "photo.JPG", "index.html", "archive.tar.gz", "data.json", "notes.txt",
             "script.py", "styles.css", "README", "movie.mp4", "font.woff2", "x.svg", "a.csv"]:
    print(f"{name:16}", mimetypes.guess_type(name))
print(mimetypes.guess_type("https://example.com/files/image.png?size=large"))
print(mimetypes.guess_type("data:text/plain;base64,SGVsbG8="))
print(mimetypes.guess_extension("image/jpeg"), mimetypes.guess_extension("application/json"),
      mimetypes.guess_extension("text/x-nothing"))
print(sorted(mimetypes.guess_all_extensions("text/html")))
print(mimetypes.guess_type("page.xhtml", strict=True), mimetypes.guess_type("x.rtf", strict=False))

mimetypes.add_type("application/x-herthon-notebook", ".hnb")
print(mimetypes.guess_type("analysis.hnb"), mimetypes.guess_extension("application/x-herthon-notebook"))
db = mimetypes.MimeTypes(filenames=())
db.add_type("text/x-recipe", ".recipe")
print(db.guess_type("cake.recipe"), mimetypes.guess_type("cake.recipe"))
print(mimetypes.suffix_map[".tgz"], mimetypes.encodings_map[".bz2"])

def upload(filename, data):
    ctype, encoding = mimetypes.guess_type(filename)
    if ctype is None:
        ctype = "application/octet-stream"
    major = ctype.split("/")[0]
    return f"{filename}: {ctype}{' (' + encoding + ')' if encoding else ''} -> {major} bucket, {len(data)} bytes"
for f in ["cat.gif", "dump.sql.bz2", "unknown.zzz", "song.mp3"]:
    print(upload(f, b"x" * 10))
