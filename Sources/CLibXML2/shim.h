#include <libxml/xmlversion.h>
// Debian's libxml2 is built with ICU, and its encoding.h then includes ICU's headers, whose types clash with
// the copy of ICU inside Foundation. pressroom uses no ICU part of libxml2's API (only pointers to its
// encoding handlers, never their fields), so the headers are read without it.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlmemory.h>

// xmlFree is a function pointer variable; a function is simpler to call from Swift.
static inline void cx_free(void *p) { xmlFree(p); }
