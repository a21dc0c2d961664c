// pcre2.h needs the code unit width before it is included; 8 selects the UTF-8 API
// (the pcre2_*_8 functions).
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
