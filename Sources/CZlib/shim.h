// The system's zlib (Debian: zlib1g-dev), for reading gzip-compressed dataset files (.csv.gz).
#include <zlib.h>
