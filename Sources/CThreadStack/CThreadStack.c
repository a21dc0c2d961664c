// pthread_getattr_np is a GNU extension that Swift's Glibc module leaves out. Calling it from C
// also works in a fully static executable, where looking it up with dlsym finds nothing.
#define _GNU_SOURCE
#include "CThreadStack.h"

#if defined(__linux__)
#include <pthread.h>
#include <sched.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

int helmkit_current_thread_stack(void **low, size_t *size) {
    pthread_attr_t attributes;
    int status = pthread_getattr_np(pthread_self(), &attributes);
    if (status != 0) {
        return status;
    }
    status = pthread_attr_getstack(&attributes, low, size);
    pthread_attr_destroy(&attributes);
    return status;
}

int helmkit_usable_cores(void) {
    cpu_set_t cores;
    if (sched_getaffinity(0, sizeof(cores), &cores) != 0) {
        return 1;
    }
    return CPU_COUNT(&cores);
}

int helmkit_lower_thread_priority(void) {
    // On Linux the nice value belongs to the thread, named by its kernel id.
    return setpriority(PRIO_PROCESS, (id_t)syscall(SYS_gettid), 19);
}
#else
#include <errno.h>

int helmkit_lower_thread_priority(void) {
    return ENOSYS;
}

int helmkit_usable_cores(void) {
    return 1;
}

int helmkit_current_thread_stack(void **low, size_t *size) {
    (void)low;
    (void)size;
    return ENOSYS;
}
#endif
