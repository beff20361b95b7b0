#ifndef CSTATFS_SHIM_H
#define CSTATFS_SHIM_H
/* statfs(2) for SalesFloorKit's file-system check: Swift's Glibc module does not include
   <sys/vfs.h>, and the struct and the function share one name. Only the magic number is needed. */
#ifdef __linux__
#include <sys/vfs.h>
#else
#include <sys/mount.h>
#endif

/* The file system type (`f_type`, e.g. NFS_SUPER_MAGIC 0x6969) of the one holding `path`;
   returns 0 on success, -1 with errno set. */
static inline int sf_statfs_type(const char *path, unsigned long *type) {
  struct statfs info;
  if (statfs(path, &info) != 0) return -1;
  *type = (unsigned long)info.f_type;
  return 0;
}
#endif
