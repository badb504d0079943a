#ifndef NEWSGRAPH_CLIBXML2_SHIM_H
#define NEWSGRAPH_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
/* Debian's libxml2 is built with ICU, so its encoding header pulls in the system ICU headers,
   whose UErrorCode clashes with the copy inside Foundation's _FoundationICU module in any Swift
   module that imports both. newsgraph uses no ICU-backed encoder, so leave those headers out. */
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/xmlwriter.h>
#include <libxml/relaxng.h>
#include <libxml/xmlerror.h>

#endif
