/* Shared by the C files of libherthon_posix.so (posixsubprocess.c, faulthandler.c). */
#ifndef HERTHON_POSIX_H
#define HERTHON_POSIX_H
#include <stddef.h>

/* write(2) until all of s is written, retrying EINTR; async-signal-safe. Gives up on another error. */
__attribute__((visibility("hidden"))) void herthon_write_all(int fd, const char *s, size_t n);

#endif
