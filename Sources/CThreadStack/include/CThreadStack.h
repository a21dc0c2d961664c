#ifndef CTHREADSTACK_H
#define CTHREADSTACK_H

#include <stddef.h>

/// Stores the lowest address and the size of the calling thread's stack. Returns 0 on success
/// and an errno value when the stack cannot be found.
int helmkit_current_thread_stack(void **low, size_t *size);

#endif
