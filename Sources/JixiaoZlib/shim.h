// zlib for JixiaoRender's ZIP writer (deflate and crc32).
#include <zlib.h>
