# conformance: full-stderr
# except* handles part of a group; the unhandled remainder and a new error escape together.


def download(url):
    if url.endswith(".zip"):
        raise TimeoutError(f"{url} timed out")
    if "private" in url:
        raise PermissionError(f"{url} needs a login")
    raise ConnectionError(f"{url} refused")


def download_all(urls):
    errors = []
    for url in urls:
        try:
            download(url)
        except OSError as e:
            errors.append(e)
    raise ExceptionGroup("downloads failed", errors)


def main():
    try:
        download_all(["a.zip", "private/b.txt", "c.txt"])
    except* TimeoutError as timeouts:
        print("will retry", len(timeouts.exceptions), "timeout(s)")
    except* PermissionError:
        raise RuntimeError("credentials missing")


main()
