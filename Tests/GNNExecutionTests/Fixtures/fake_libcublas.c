/* A stand-in for libcublas that computes on the host (device pointers of the fake libcuda are host
 * pointers): column-major SGEMM exactly as cuBLAS defines it, so gnnc's row-major mapping is
 * checked numerically. $GNNC_FAKE_CUDA_LOG gets "sgemm <opA> <opB> <m> <n> <k> <lda> <ldb> <ldc>". */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef int cublasStatus_t;

cublasStatus_t cublasCreate_v2(void** handle) { *handle = (void*)0x4; return 0; }
cublasStatus_t cublasDestroy_v2(void* handle) { (void)handle; return 0; }
cublasStatus_t cublasSetStream_v2(void* handle, void* stream) { (void)handle; (void)stream; return 0; }

/* C (m x n, ldc) = alpha op(A) op(B) + beta C, all column-major; op 0 = N, 1 = T. */
cublasStatus_t cublasSgemm_v2(void* handle, int opA, int opB, int m, int n, int k, const float* alpha,
                              const float* A, int lda, const float* B, int ldb, const float* beta, float* C, int ldc) {
  (void)handle;
  const char* log = getenv("GNNC_FAKE_CUDA_LOG");
  if (log) {
    FILE* out = fopen(log, "a");
    if (out) { fprintf(out, "sgemm %d %d %d %d %d %d %d %d\n", opA, opB, m, n, k, lda, ldb, ldc); fclose(out); }
  }
  if ((opA == 0 ? lda < m : lda < k) || (opB == 0 ? ldb < k : ldb < n) || ldc < m) return 7; /* INVALID_VALUE */
  for (int j = 0; j < n; j++) {
    for (int i = 0; i < m; i++) {
      double acc = 0;
      for (int p = 0; p < k; p++) {
        float a = opA == 0 ? A[i + (int64_t)p * lda] : A[p + (int64_t)i * lda];
        float b = opB == 0 ? B[p + (int64_t)j * ldb] : B[j + (int64_t)p * ldb];
        acc += (double)a * b;
      }
      float* c = &C[i + (int64_t)j * ldc];
      *c = (float)(*alpha * acc + (*beta != 0.0f ? *beta * *c : 0.0f));
    }
  }
  return 0;
}

/* cublasGemmEx with f32 (0), f16 (2) or bf16 (14) operands and results, compute type 32F (68):
   the same product, each element widened to float on load and rounded to nearest even on store.
   $GNNC_FAKE_CUDA_LOG gets "gemmex <opA> <opB> <m> <n> <k> <Atype> <Btype> <Ctype>". */
static float load_elem(const void* p, int64_t i, int type) {
  if (type == 0) return ((const float*)p)[i];
  uint16_t h = ((const uint16_t*)p)[i];
  if (type == 14) { uint32_t u = (uint32_t)h << 16; float f; memcpy(&f, &u, 4); return f; }
  _Float16 x; memcpy(&x, &h, 2); return (float)x;
}
static void store_elem(void* p, int64_t i, int type, float f) {
  if (type == 0) { ((float*)p)[i] = f; return; }
  uint16_t h;
  if (type == 14) {
    uint32_t u; memcpy(&u, &f, 4);
    h = (u & 0x7fffffffu) > 0x7f800000u ? (uint16_t)((u >> 16) | 0x40) : (uint16_t)((u + 0x7fffu + ((u >> 16) & 1u)) >> 16);
  } else { _Float16 x = (_Float16)f; memcpy(&h, &x, 2); }
  ((uint16_t*)p)[i] = h;
}
cublasStatus_t cublasGemmEx(void* handle, int opA, int opB, int m, int n, int k, const void* alpha,
                            const void* A, int Atype, int lda, const void* B, int Btype, int ldb, const void* beta,
                            void* C, int Ctype, int ldc, int computeType, int algo) {
  (void)handle; (void)algo;
  const char* log = getenv("GNNC_FAKE_CUDA_LOG");
  if (log) {
    FILE* out = fopen(log, "a");
    if (out) { fprintf(out, "gemmex %d %d %d %d %d %d %d %d\n", opA, opB, m, n, k, Atype, Btype, Ctype); fclose(out); }
  }
  if (computeType != 68 || Atype != Btype || (Ctype != Atype && Ctype != 0)) return 15; /* NOT_SUPPORTED */
  if ((opA == 0 ? lda < m : lda < k) || (opB == 0 ? ldb < k : ldb < n) || ldc < m) return 7;
  float al = *(const float*)alpha, be = *(const float*)beta;
  for (int j = 0; j < n; j++) {
    for (int i = 0; i < m; i++) {
      float acc = 0;
      for (int p = 0; p < k; p++) {
        float a = opA == 0 ? load_elem(A, i + (int64_t)p * lda, Atype) : load_elem(A, p + (int64_t)i * lda, Atype);
        float b = opB == 0 ? load_elem(B, p + (int64_t)j * ldb, Btype) : load_elem(B, j + (int64_t)p * ldb, Btype);
        acc += a * b;
      }
      int64_t c = i + (int64_t)j * ldc;
      store_elem(C, c, Ctype, al * acc + (be != 0.0f ? be * load_elem(C, c, Ctype) : 0.0f));
    }
  }
  return 0;
}
