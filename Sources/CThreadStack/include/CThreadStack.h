#ifndef CTHREADSTACK_H
#define CTHREADSTACK_H

#include <stddef.h>

/// Stores the lowest address and the size of the calling thread's stack. Returns 0 on success
/// and an errno value when the stack cannot be found.
int helmkit_current_thread_stack(void **low, size_t *size);

/// Returns how many cores the calling thread may run on (its CPU affinity), at least 1 in practice.
int helmkit_usable_cores(void);

/// Gives the calling thread the lowest scheduling priority. Returns 0 on success.
int helmkit_lower_thread_priority(void);

#endif
