/* A stand-in for libcuda.so.1 that runs on the CPU, for testing gnnc's CUDA host code without a GPU.
 *
 * Device memory is host memory. A module is found by the FNV-1a 64 hash of its image (PTX text, or
 * a CUBIN's bytes up to the end of its section headers): the
 * library $GNNC_FAKE_CUDA_KERNELS/<hash as 16 hex digits>.so must hold the same program emitted
 * as C (lane statements emulated), whose kernels have the same names and ABI. cuLaunchKernel calls
 * the C kernel with the two parameters (buffer table, sizes).
 * $GNNC_FAKE_CUDA_LOG appends one line per launch: "launch <kernel> <grid> <block>".
 * $GNNC_FAKE_CUDA_FAIL=<entry point> makes that entry point fail with CUDA_ERROR_LAUNCH_FAILED. */
#include <dlfcn.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef int CUresult;
typedef void (*kernel_fn)(void* const*, const int64_t*);
typedef struct { void* library; } fake_module;
typedef struct { kernel_fn fn; char name[128]; } fake_function;

static int fails(const char* entry) {
  const char* f = getenv("GNNC_FAKE_CUDA_FAIL");
  return f && strcmp(f, entry) == 0;
}
#define FAIL_IF(entry) do { if (fails(entry)) return 719; } while (0)

CUresult cuInit(unsigned flags) { (void)flags; FAIL_IF("cuInit"); return 0; }
CUresult cuDeviceGetCount(int* n) { *n = 1; return 0; }
CUresult cuDeviceGet(int* d, int ordinal) { if (ordinal != 0) return 101; *d = 0; return 0; }
CUresult cuDeviceGetName(char* name, int len, int d) { (void)d; snprintf(name, (size_t)len, "gnnc fake CUDA device"); return 0; }
CUresult cuDeviceGetAttribute(int* v, int attribute, int d) {
  (void)d;
  switch (attribute) {
  case 16: *v = 4; return 0;   /* multiprocessors */
  case 75: *v = 8; return 0;   /* compute capability major */
  case 76: *v = 0; return 0;   /* minor */
  default: *v = 0; return 0;
  }
}
CUresult cuDeviceTotalMem_v2(size_t* bytes, int d) { (void)d; *bytes = (size_t)1 << 30; return 0; }
CUresult cuDevicePrimaryCtxRetain(void** ctx, int d) { (void)d; *ctx = (void*)0x1; return 0; }
CUresult cuCtxSetCurrent(void* ctx) { (void)ctx; return 0; }
CUresult cuCtxSynchronize(void) { return 0; }

CUresult cuModuleLoadDataEx(void** module, const void* image, unsigned n, int* options, void** values) {
  (void)n; (void)options; (void)values;
  FAIL_IF("cuModuleLoadDataEx");
  /* A CUBIN is an ELF file whose section and program header tables come last; PTX is NUL-terminated text. */
  const unsigned char* bytes = image;
  size_t length = 0;
  if (bytes[0] == 0x7f && bytes[1] == 'E' && bytes[2] == 'L' && bytes[3] == 'F') {
    uint64_t shoff, phoff; uint16_t shentsize, shnum, phentsize, phnum;
    memcpy(&phoff, bytes + 0x20, 8); memcpy(&shoff, bytes + 0x28, 8);
    memcpy(&phentsize, bytes + 0x36, 2); memcpy(&phnum, bytes + 0x38, 2);
    memcpy(&shentsize, bytes + 0x3A, 2); memcpy(&shnum, bytes + 0x3C, 2);
    uint64_t sections = shoff + (uint64_t)shentsize * shnum, programs = phoff + (uint64_t)phentsize * phnum;
    length = (size_t)(sections > programs ? sections : programs);
  } else {
    length = strlen((const char*)bytes);
  }
  uint64_t h = 0xcbf29ce484222325ULL;
  for (size_t i = 0; i < length; i++) { h ^= bytes[i]; h *= 0x100000001b3ULL; }
  const char* dir = getenv("GNNC_FAKE_CUDA_KERNELS");
  char path[4096];
  snprintf(path, sizeof path, "%s/%016llx.so", dir ? dir : ".", (unsigned long long)h);
  void* lib = dlopen(path, RTLD_NOW | RTLD_LOCAL);
  if (!lib) { fprintf(stderr, "fake libcuda: no kernels for this PTX: %s\n", dlerror()); return 218; /* INVALID_PTX */ }
  fake_module* m = malloc(sizeof *m);
  m->library = lib;
  *module = m;
  return 0;
}
CUresult cuModuleGetFunction(void** f, void* module, const char* name) {
  void* sym = dlsym(((fake_module*)module)->library, name);
  if (!sym) return 500; /* NOT_FOUND */
  fake_function* fn = malloc(sizeof *fn);
  fn->fn = (kernel_fn)sym;
  snprintf(fn->name, sizeof fn->name, "%s", name);
  *f = fn;
  return 0;
}
CUresult cuLaunchKernel(void* f, unsigned gx, unsigned gy, unsigned gz, unsigned bx, unsigned by, unsigned bz,
                        unsigned shared, void* stream, void** params, void** extra) {
  (void)gy; (void)gz; (void)by; (void)bz; (void)shared; (void)stream; (void)extra;
  FAIL_IF("cuLaunchKernel");
  fake_function* fn = f;
  const char* log = getenv("GNNC_FAKE_CUDA_LOG");
  if (log) {
    FILE* out = fopen(log, "a");
    if (out) { fprintf(out, "launch %s %u %u\n", fn->name, gx, bx); fclose(out); }
  }
  fn->fn(*(void* const**)params[0], *(const int64_t**)params[1]);
  return 0;
}
CUresult cuMemAlloc_v2(uint64_t* p, size_t bytes) { FAIL_IF("cuMemAlloc"); *p = (uint64_t)(uintptr_t)calloc(1, bytes); return *p ? 0 : 2; }
CUresult cuMemFree_v2(uint64_t p) { free((void*)(uintptr_t)p); return 0; }
CUresult cuMemcpyHtoDAsync_v2(uint64_t dst, const void* src, size_t n, void* s) { (void)s; memcpy((void*)(uintptr_t)dst, src, n); return 0; }
CUresult cuMemcpyDtoHAsync_v2(void* dst, uint64_t src, size_t n, void* s) { (void)s; memcpy(dst, (void*)(uintptr_t)src, n); return 0; }
CUresult cuMemcpyDtoDAsync_v2(uint64_t dst, uint64_t src, size_t n, void* s) { (void)s; memcpy((void*)(uintptr_t)dst, (void*)(uintptr_t)src, n); return 0; }
CUresult cuMemsetD8Async(uint64_t p, unsigned char v, size_t n, void* s) { (void)s; memset((void*)(uintptr_t)p, v, n); return 0; }
CUresult cuMemGetInfo_v2(size_t* free_bytes, size_t* total) { *free_bytes = *total = (size_t)1 << 30; return 0; }
CUresult cuStreamCreate(void** s, unsigned flags) { (void)flags; *s = (void*)0x2; return 0; }
CUresult cuStreamSynchronize(void* s) { (void)s; FAIL_IF("cuStreamSynchronize"); return 0; }
/* Events hold the host's monotonic time when recorded: kernels run synchronously here, so the
   elapsed time between two events is the time the work between them took. */
CUresult cuEventCreate(void** e, unsigned flags) { (void)flags; *e = calloc(1, sizeof(double)); return *e ? 0 : 2; }
CUresult cuEventRecord(void* e, void* s) {
  (void)s; struct timespec t; clock_gettime(CLOCK_MONOTONIC, &t);
  *(double*)e = (double)t.tv_sec * 1e3 + (double)t.tv_nsec * 1e-6; return 0;
}
CUresult cuEventSynchronize(void* e) { (void)e; return 0; }
CUresult cuEventElapsedTime(float* ms, void* a, void* b) { *ms = (float)(*(double*)b - *(double*)a); return 0; }
CUresult cuEventDestroy_v2(void* e) { free(e); return 0; }
CUresult cuDriverGetVersion(int* v) { *v = 12020; return 0; }
CUresult cuGetErrorName(CUresult r, const char** s) { *s = r == 719 ? "CUDA_ERROR_LAUNCH_FAILED" : r == 218 ? "CUDA_ERROR_INVALID_PTX" : "CUDA_ERROR_UNKNOWN"; return 0; }
CUresult cuGetErrorString(CUresult r, const char** s) { *s = r == 719 ? "unspecified launch failure" : "fake error"; return 0; }
