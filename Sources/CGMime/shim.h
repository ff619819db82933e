// GMime 3 (Debian libgmime-3.0-dev), the MIME parser notmuch is built on, for e-mail. Its GLib headers do not
// clash with Foundation's modules (unlike libxml2's ICU ones): nothing needs undefining.
#include <gmime/gmime.h>

// GObject's type checks are macros, which Swift cannot call: these are the same tests as functions.
static inline int cgm_is_multipart(void *object) { return GMIME_IS_MULTIPART(object); }
static inline int cgm_is_part(void *object) { return GMIME_IS_PART(object); }
static inline int cgm_is_message_part(void *object) { return GMIME_IS_MESSAGE_PART(object); }
static inline int cgm_is_mailbox(void *address) { return INTERNET_ADDRESS_IS_MAILBOX(address); }
