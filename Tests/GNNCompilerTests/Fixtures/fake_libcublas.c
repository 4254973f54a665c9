/* A stand-in for libcublas that computes on the host (device pointers of the fake libcuda are host
 * pointers): column-major SGEMM exactly as cuBLAS defines it, so gnnc's row-major mapping is
 * checked numerically. $GNNC_FAKE_CUDA_LOG gets "sgemm <opA> <opB> <m> <n> <k> <lda> <ldb> <ldc>". */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

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
