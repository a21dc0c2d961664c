#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/ec.h>
#include <openssl/dsa.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <openssl/rand.h>

/* RAND_set_rand_method is deprecated in OpenSSL 3 but is the one way to give key generation a
   caller's random bytes; HelmKit uses it only for renders with --seed. */
static inline int helmkit_set_rand_method(const RAND_METHOD *method) {
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
    return RAND_set_rand_method(method);
#pragma GCC diagnostic pop
}
