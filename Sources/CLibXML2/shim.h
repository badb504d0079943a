#ifndef NEWSGRAPH_CLIBXML2_SHIM_H
#define NEWSGRAPH_CLIBXML2_SHIM_H
#include <libxml/parser.h>
#include <libxml/xmlwriter.h>
#include <libxml/relaxng.h>
#include <libxml/xmlerror.h>

/// `xmlFree` is a C global function pointer, which Swift 6 cannot call directly.
static inline void clibxml2_free(void *p) { xmlFree(p); }

/// Silences libxml2's default error printing (errors are collected through callbacks instead).
static inline void clibxml2_silence(void) { xmlSetGenericErrorFunc(NULL, NULL); }
#endif
