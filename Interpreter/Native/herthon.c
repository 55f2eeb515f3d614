/*
 * herthon — the native launcher.
 *
 * Hosts the .NET runtime through nethost/hostfxr and runs Herthon.dll from the directory of this
 * executable (found through /proc/self/exe, so symlinks and sys.executable work), forwarding argv
 * and the exit code, exactly as `dotnet Herthon.dll args...` would.
 *
 * Why a launcher of our own instead of the SDK's apphost: SDT markers must live in an ELF file the
 * tracer can name (`usdt:./herthon:herthon:function__entry`). The instrumented build links
 * markers.c in, whose semaphores and firing functions are exported (-rdynamic) for the managed
 * side to find with NativeLibrary.GetMainProgramHandle(). The plain build links this file alone.
 */
#include <dlfcn.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <hostfxr.h>
#include <nethost.h>

#define HERTHON_ASSEMBLY "Herthon.dll"

static int fail(const char *what, const char *detail)
{
    fprintf(stderr, "herthon: %s%s%s\n", what, detail ? ": " : "", detail ? detail : "");
    return 134; /* like the apphost when the runtime cannot start */
}

/* Directory of the running executable, with a trailing '/'. */
static int self_directory(char *buffer, size_t size)
{
    ssize_t n = readlink("/proc/self/exe", buffer, size - 1);
    if (n <= 0 || (size_t)n >= size - 1)
        return -1;
    buffer[n] = '\0';
    char *slash = strrchr(buffer, '/');
    if (!slash)
        return -1;
    slash[1] = '\0';
    return 0;
}

/* hostfxr lives at <dotnet_root>/host/fxr/<version>/libhostfxr.so. */
static void dotnet_root_of(const char *hostfxr_path, char *root, size_t size)
{
    snprintf(root, size, "%s", hostfxr_path);
    for (int i = 0; i < 4; i++) {
        char *slash = strrchr(root, '/');
        if (!slash)
            break;
        *slash = '\0';
    }
}

int main(int argc, char **argv)
{
    char host_path[PATH_MAX], app_path[PATH_MAX + 32], hostfxr_path[PATH_MAX], dotnet_root[PATH_MAX];

    if (self_directory(host_path, sizeof host_path) != 0)
        return fail("cannot resolve /proc/self/exe", NULL);
    snprintf(app_path, sizeof app_path, "%s%s", host_path, HERTHON_ASSEMBLY);
    if (access(app_path, R_OK) != 0)
        return fail("managed assembly not found next to the launcher", app_path);

    struct get_hostfxr_parameters parameters = { sizeof parameters, app_path, NULL };
    size_t hostfxr_size = sizeof hostfxr_path;
    if (get_hostfxr_path(hostfxr_path, &hostfxr_size, &parameters) != 0)
        return fail("cannot locate the .NET runtime (hostfxr); install it or set DOTNET_ROOT", NULL);

    void *hostfxr = dlopen(hostfxr_path, RTLD_NOW | RTLD_LOCAL);
    if (!hostfxr)
        return fail("cannot load hostfxr", dlerror());
    hostfxr_main_startupinfo_fn run =
        (hostfxr_main_startupinfo_fn)dlsym(hostfxr, "hostfxr_main_startupinfo");
    if (!run)
        return fail("hostfxr lacks hostfxr_main_startupinfo", dlerror());

    const char *root = getenv("DOTNET_ROOT");
    if (!root || !*root) {
        dotnet_root_of(hostfxr_path, dotnet_root, sizeof dotnet_root);
        root = dotnet_root;
    }

    /* host_path is the executable itself: readlink again without the trailing directory cut. */
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    exe[n > 0 ? n : 0] = '\0';

    return run(argc, (const char **)argv, exe, root, app_path);
}
