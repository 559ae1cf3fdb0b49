#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H

/* Debian builds libxml2 with ICU; Foundation on Linux carries its own ICU
   module, and a module that sees both fails to build ("UErrorCode has
   different definitions"). slant never touches ICU-specific fields, so the
   ICU part of the headers is switched off before they are included. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>

/* libxml2 sends some errors (encoding conversion) to the generic handler even
   with HTML_PARSE_NOERROR. The handler is variadic, so it is defined in C. It
   is thread-local: install it as the default for new threads and on the
   calling thread. */
static void clibxml2_noop_error(void *ctx, const char *msg, ...) { (void)ctx; (void)msg; }
static inline void clibxml2_silence_errors(void) {
    xmlThrDefSetGenericErrorFunc(NULL, clibxml2_noop_error);
    xmlSetGenericErrorFunc(NULL, clibxml2_noop_error);
}

#endif
