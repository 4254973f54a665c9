/* gnnc C prelude: scalar helpers and the dropout hash (see GNNIR DropoutMask). */
#include <stdint.h>
#include <math.h>

static inline uint64_t gnnc_mix64(uint64_t z) {
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}
/* 1/(1-p) when element `index` of dropout stream `stream` survives step `seed`, else 0. */
static inline float gnnc_dropout(uint64_t seed, uint64_t stream, uint64_t index, uint64_t threshold, float scale) {
  uint64_t base = gnnc_mix64(seed + 0x9E3779B97F4A7C15ULL * (stream + 1));
  uint64_t r = gnnc_mix64(base ^ (index * 0xD1B54A32D192ED03ULL));
  return (r >> 40) >= threshold ? scale : 0.0f;
}
static inline float gnnc_relu(float x) { return x > 0.0f ? x : 0.0f; }
static inline float gnnc_leaky_relu(float x, float slope) { return x > 0.0f ? x : slope * x; }
static inline float gnnc_elu(float x, float alpha) { return x > 0.0f ? x : alpha * (expf(x) - 1.0f); }
static inline float gnnc_sigmoid(float x) { return 1.0f / (1.0f + expf(-x)); }
static inline float gnnc_relu_grad(float g, float x) { return x > 0.0f ? g : 0.0f; }
static inline float gnnc_leaky_relu_grad(float g, float x, float slope) { return x > 0.0f ? g : slope * g; }
static inline float gnnc_elu_grad(float g, float x, float alpha) { return x > 0.0f ? g : g * alpha * expf(x); }
static inline float gnnc_sigmoid_grad(float g, float x) { float s = gnnc_sigmoid(x); return g * s * (1.0f - s); }
static inline float gnnc_tanh_grad(float g, float x) { float t = tanhf(x); return g * (1.0f - t * t); }
/* program APPNP: 71 buffers, 30 kernels */

/* in_degree | rsqrt | dropout | matmul | add | dropout | matmul | add */
void k0_in_degree(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* restrict b6 = (float*)buffers[6]; /* t0 */
  float* restrict b7 = (float*)buffers[7]; /* gcn_propagate_0.dn */
  float* restrict b8 = (float*)buffers[8]; /* x */
  float* restrict b9 = (float*)buffers[9]; /* t6 */
  float* restrict b10 = (float*)buffers[10]; /* lin1.W */
  float* restrict b11 = (float*)buffers[11]; /* lin1.b */
  float* restrict b12 = (float*)buffers[12]; /* t9 */
  float* restrict b13 = (float*)buffers[13]; /* t10 */
  float* restrict b14 = (float*)buffers[14]; /* hidden */
  float* restrict b15 = (float*)buffers[15]; /* lin2.W */
  float* restrict b16 = (float*)buffers[16]; /* lin2.b */
  float* restrict b17 = (float*)buffers[17]; /* t15 */
  float* restrict b18 = (float*)buffers[18]; /* h0 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      b6[i_v] = (float)(((int64_t)b2[(i_v + 1)] + (int64_t)b2[i_v] * -1));
    }
    {
      for (int64_t i_j = 0; i_j < 1; i_j++) {
        b7[(i_v + i_j)] = (1.0f / sqrtf(b6[(i_v + i_j)]));
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_F; i_j++) {
        b9[(i_v * s_F + i_j)] = (b8[(i_v * s_F + i_j)] * (training ? gnnc_dropout(seed, 0ULL, (uint64_t)((i_v * s_F + i_j)), 8388608ULL, 2.0f) : 1.0f));
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b12[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < s_F; i_k++) {
        float f_a = b9[(i_v * s_F + i_k)];
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b12[(i_v * 64 + i_c)] = (b12[(i_v * 64 + i_c)] + (f_a * b10[(i_k * 64 + i_c)]));
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b13[(i_v * 64 + i_j)] = (b12[(i_v * 64 + i_j)] + b11[i_j]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b14[(i_v * 64 + i_j)] = (gnnc_relu(b13[(i_v * 64 + i_j)]) * (training ? gnnc_dropout(seed, 1ULL, (uint64_t)((i_v * 64 + i_j)), 8388608ULL, 2.0f) : 1.0f));
      }
    }
    {
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        b17[(i_v * s_C + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b14[(i_v * 64 + i_k)];
        for (int64_t i_c = 0; i_c < s_C; i_c++) {
          b17[(i_v * s_C + i_c)] = (b17[(i_v * s_C + i_c)] + (f_a * b15[(i_k * s_C + i_c)]));
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b18[(i_v * s_C + i_j)] = (b17[(i_v * s_C + i_j)] + b16[i_j]);
      }
    }
  }
}

/* aggregate.dst.sum | mul | add */
void k8_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* restrict b3 = (int32_t*)buffers[3]; /* in_edge */
  float* restrict b7 = (float*)buffers[7]; /* gcn_propagate_0.dn */
  float* restrict b18 = (float*)buffers[18]; /* h0 */
  float* restrict b19 = (float*)buffers[19]; /* t19 */
  float* restrict b20 = (float*)buffers[20]; /* t22 */
  float* restrict b21 = (float*)buffers[21]; /* h */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        float f_acc = 0.0f;
        for (int64_t i_q = i_start; i_q < i_end; i_q++) {
          int64_t i_e = (int64_t)b3[i_q];
          f_acc = (f_acc + (b18[((int64_t)b0[i_e] * s_C + i_j)] * b7[(int64_t)b0[i_e]]));
        }
        b19[(i_v * s_C + i_j)] = f_acc;
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b20[(i_v * s_C + i_j)] = (b18[(i_v * s_C + i_j)] * 0.1f);
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b21[(i_v * s_C + i_j)] = (((b19[(i_v * s_C + i_j)] * b7[i_v]) * 0.9f) + b20[(i_v * s_C + i_j)]);
      }
    }
  }
}

/* aggregate.dst.sum | add */
void k11_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* restrict b3 = (int32_t*)buffers[3]; /* in_edge */
  float* restrict b7 = (float*)buffers[7]; /* gcn_propagate_0.dn */
  float* restrict b20 = (float*)buffers[20]; /* t22 */
  float* restrict b21 = (float*)buffers[21]; /* h */
  float* restrict b22 = (float*)buffers[22]; /* t26 */
  float* restrict b23 = (float*)buffers[23]; /* h.1 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        float f_acc = 0.0f;
        for (int64_t i_q = i_start; i_q < i_end; i_q++) {
          int64_t i_e = (int64_t)b3[i_q];
          f_acc = (f_acc + (b21[((int64_t)b0[i_e] * s_C + i_j)] * b7[(int64_t)b0[i_e]]));
        }
        b22[(i_v * s_C + i_j)] = f_acc;
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b23[(i_v * s_C + i_j)] = (((b22[(i_v * s_C + i_j)] * b7[i_v]) * 0.9f) + b20[(i_v * s_C + i_j)]);
      }
    }
  }
}

/* aggregate.dst.sum | add */
void k13_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* restrict b3 = (int32_t*)buffers[3]; /* in_edge */
  float* restrict b7 = (float*)buffers[7]; /* gcn_propagate_0.dn */
  float* restrict b20 = (float*)buffers[20]; /* t22 */
  float* restrict b23 = (float*)buffers[23]; /* h.1 */
  float* restrict b24 = (float*)buffers[24]; /* t32 */
  float* restrict b25 = (float*)buffers[25]; /* h.2 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        float f_acc = 0.0f;
        for (int64_t i_q = i_start; i_q < i_end; i_q++) {
          int64_t i_e = (int64_t)b3[i_q];
          f_acc = (f_acc + (b23[((int64_t)b0[i_e] * s_C + i_j)] * b7[(int64_t)b0[i_e]]));
        }
        b24[(i_v * s_C + i_j)] = f_acc;
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b25[(i_v * s_C + i_j)] = (((b24[(i_v * s_C + i_j)] * b7[i_v]) * 0.9f) + b20[(i_v * s_C + i_j)]);
      }
    }
  }
}

/* aggregate.dst.sum | add */
void k15_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* restrict b3 = (int32_t*)buffers[3]; /* in_edge */
  float* restrict b7 = (float*)buffers[7]; /* gcn_propagate_0.dn */
  float* restrict b20 = (float*)buffers[20]; /* t22 */
  float* restrict b25 = (float*)buffers[25]; /* h.2 */
  float* restrict b26 = (float*)buffers[26]; /* t38 */
  float* restrict b27 = (float*)buffers[27]; /* h.3 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        float f_acc = 0.0f;
        for (int64_t i_q = i_start; i_q < i_end; i_q++) {
          int64_t i_e = (int64_t)b3[i_q];
          f_acc = (f_acc + (b25[((int64_t)b0[i_e] * s_C + i_j)] * b7[(int64_t)b0[i_e]]));
        }
        b26[(i_v * s_C + i_j)] = f_acc;
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b27[(i_v * s_C + i_j)] = (((b26[(i_v * s_C + i_j)] * b7[i_v]) * 0.9f) + b20[(i_v * s_C + i_j)]);
      }
    }
  }
}

/* aggregate.dst.sum | add */
void k17_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* restrict b3 = (int32_t*)buffers[3]; /* in_edge */
  float* restrict b7 = (float*)buffers[7]; /* gcn_propagate_0.dn */
  float* restrict b20 = (float*)buffers[20]; /* t22 */
  float* restrict b27 = (float*)buffers[27]; /* h.3 */
  float* restrict b28 = (float*)buffers[28]; /* t44 */
  float* restrict b29 = (float*)buffers[29]; /* h.4 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        float f_acc = 0.0f;
        for (int64_t i_q = i_start; i_q < i_end; i_q++) {
          int64_t i_e = (int64_t)b3[i_q];
          f_acc = (f_acc + (b27[((int64_t)b0[i_e] * s_C + i_j)] * b7[(int64_t)b0[i_e]]));
        }
        b28[(i_v * s_C + i_j)] = f_acc;
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b29[(i_v * s_C + i_j)] = (((b28[(i_v * s_C + i_j)] * b7[i_v]) * 0.9f) + b20[(i_v * s_C + i_j)]);
      }
    }
  }
}

/* aggregate.dst.sum | add */
void k19_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* restrict b3 = (int32_t*)buffers[3]; /* in_edge */
  float* restrict b7 = (float*)buffers[7]; /* gcn_propagate_0.dn */
  float* restrict b20 = (float*)buffers[20]; /* t22 */
  float* restrict b29 = (float*)buffers[29]; /* h.4 */
  float* restrict b30 = (float*)buffers[30]; /* t50 */
  float* restrict b31 = (float*)buffers[31]; /* h.5 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        float f_acc = 0.0f;
        for (int64_t i_q = i_start; i_q < i_end; i_q++) {
          int64_t i_e = (int64_t)b3[i_q];
          f_acc = (f_acc + (b29[((int64_t)b0[i_e] * s_C + i_j)] * b7[(int64_t)b0[i_e]]));
        }
        b30[(i_v * s_C + i_j)] = f_acc;
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b31[(i_v * s_C + i_j)] = (((b30[(i_v * s_C + i_j)] * b7[i_v]) * 0.9f) + b20[(i_v * s_C + i_j)]);
      }
    }
  }
}

/* aggregate.dst.sum | add */
void k21_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* restrict b3 = (int32_t*)buffers[3]; /* in_edge */
  float* restrict b7 = (float*)buffers[7]; /* gcn_propagate_0.dn */
  float* restrict b20 = (float*)buffers[20]; /* t22 */
  float* restrict b31 = (float*)buffers[31]; /* h.5 */
  float* restrict b32 = (float*)buffers[32]; /* t56 */
  float* restrict b33 = (float*)buffers[33]; /* h.6 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        float f_acc = 0.0f;
        for (int64_t i_q = i_start; i_q < i_end; i_q++) {
          int64_t i_e = (int64_t)b3[i_q];
          f_acc = (f_acc + (b31[((int64_t)b0[i_e] * s_C + i_j)] * b7[(int64_t)b0[i_e]]));
        }
        b32[(i_v * s_C + i_j)] = f_acc;
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b33[(i_v * s_C + i_j)] = (((b32[(i_v * s_C + i_j)] * b7[i_v]) * 0.9f) + b20[(i_v * s_C + i_j)]);
      }
    }
  }
}

/* aggregate.dst.sum | add */
void k23_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* restrict b3 = (int32_t*)buffers[3]; /* in_edge */
  float* restrict b7 = (float*)buffers[7]; /* gcn_propagate_0.dn */
  float* restrict b20 = (float*)buffers[20]; /* t22 */
  float* restrict b33 = (float*)buffers[33]; /* h.6 */
  float* restrict b34 = (float*)buffers[34]; /* t62 */
  float* restrict b35 = (float*)buffers[35]; /* h.7 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        float f_acc = 0.0f;
        for (int64_t i_q = i_start; i_q < i_end; i_q++) {
          int64_t i_e = (int64_t)b3[i_q];
          f_acc = (f_acc + (b33[((int64_t)b0[i_e] * s_C + i_j)] * b7[(int64_t)b0[i_e]]));
        }
        b34[(i_v * s_C + i_j)] = f_acc;
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b35[(i_v * s_C + i_j)] = (((b34[(i_v * s_C + i_j)] * b7[i_v]) * 0.9f) + b20[(i_v * s_C + i_j)]);
      }
    }
  }
}

/* aggregate.dst.sum | add */
void k25_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* restrict b3 = (int32_t*)buffers[3]; /* in_edge */
  float* restrict b7 = (float*)buffers[7]; /* gcn_propagate_0.dn */
  float* restrict b20 = (float*)buffers[20]; /* t22 */
  float* restrict b35 = (float*)buffers[35]; /* h.7 */
  float* restrict b36 = (float*)buffers[36]; /* t68 */
  float* restrict b37 = (float*)buffers[37]; /* h.8 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        float f_acc = 0.0f;
        for (int64_t i_q = i_start; i_q < i_end; i_q++) {
          int64_t i_e = (int64_t)b3[i_q];
          f_acc = (f_acc + (b35[((int64_t)b0[i_e] * s_C + i_j)] * b7[(int64_t)b0[i_e]]));
        }
        b36[(i_v * s_C + i_j)] = f_acc;
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b37[(i_v * s_C + i_j)] = (((b36[(i_v * s_C + i_j)] * b7[i_v]) * 0.9f) + b20[(i_v * s_C + i_j)]);
      }
    }
  }
}

/* aggregate.dst.sum | add */
void k27_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* restrict b3 = (int32_t*)buffers[3]; /* in_edge */
  float* restrict b7 = (float*)buffers[7]; /* gcn_propagate_0.dn */
  float* restrict b20 = (float*)buffers[20]; /* t22 */
  float* restrict b37 = (float*)buffers[37]; /* h.8 */
  float* restrict b38 = (float*)buffers[38]; /* t74 */
  float* restrict b39 = (float*)buffers[39]; /* h.9 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        float f_acc = 0.0f;
        for (int64_t i_q = i_start; i_q < i_end; i_q++) {
          int64_t i_e = (int64_t)b3[i_q];
          f_acc = (f_acc + (b37[((int64_t)b0[i_e] * s_C + i_j)] * b7[(int64_t)b0[i_e]]));
        }
        b38[(i_v * s_C + i_j)] = f_acc;
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b39[(i_v * s_C + i_j)] = (((b38[(i_v * s_C + i_j)] * b7[i_v]) * 0.9f) + b20[(i_v * s_C + i_j)]);
      }
    }
  }
}

/* cross_entropy */
void k29_cross_entropy(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b39 = (float*)buffers[39]; /* h.9 */
  int32_t* restrict b40 = (int32_t*)buffers[40]; /* labels */
  float* restrict b41 = (float*)buffers[41]; /* train_mask */
  float* restrict b42 = (float*)buffers[42]; /* loss */
  float f_count = 0.0f;
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    f_count = (f_count + b41[i_v]);
  }
  float f_loss = 0.0f;
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    if (b41[i_v] > 0.0f) {
      float f_top = (-INFINITY);
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        f_top = fmaxf(f_top, b39[(i_v * s_C + i_c)]);
      }
      float f_total = 0.0f;
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        f_total = (f_total + expf((b39[(i_v * s_C + i_c)] - f_top)));
      }
      f_loss = (f_loss + (b41[i_v] * ((f_top + logf(f_total)) - b39[(i_v * s_C + (int64_t)b40[i_v])])));
    }
  }
  b42[0] = 0.0f;
  if (f_count > 0.0f) {
    b42[0] = (f_loss / f_count);
  }
}

/* cross_entropy_grad */
void k30_cross_entropy_grad(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b39 = (float*)buffers[39]; /* h.9 */
  int32_t* restrict b40 = (int32_t*)buffers[40]; /* labels */
  float* restrict b41 = (float*)buffers[41]; /* train_mask */
  float* restrict b43 = (float*)buffers[43]; /* t81 */
  float f_count = 0.0f;
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    f_count = (f_count + b41[i_v]);
  }
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    float f_top = (-INFINITY);
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      f_top = fmaxf(f_top, b39[(i_v * s_C + i_c)]);
    }
    float f_total = 0.0f;
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      f_total = (f_total + expf((b39[(i_v * s_C + i_c)] - f_top)));
    }
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      b43[(i_v * s_C + i_c)] = ((b41[i_v] * ((expf((b39[(i_v * s_C + i_c)] - f_top)) / f_total) - (i_c == (int64_t)b40[i_v] ? 1.0f : 0.0f))) / fmaxf(f_count, 1.0f));
    }
  }
}

/* mul */
void k31_mul(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b7 = (float*)buffers[7]; /* gcn_propagate_0.dn */
  float* restrict b43 = (float*)buffers[43]; /* t81 */
  float* restrict b44 = (float*)buffers[44]; /* t84 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_j = 0; i_j < s_C; i_j++) {
      b44[(i_r * s_C + i_j)] = ((b43[(i_r * s_C + i_j)] * 0.9f) * b7[i_r]);
    }
  }
}

/* aggregate.src.sum | mul */
void k32_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b1 = (int32_t*)buffers[1]; /* dst */
  int32_t* restrict b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* restrict b5 = (int32_t*)buffers[5]; /* out_edge */
  float* restrict b7 = (float*)buffers[7]; /* gcn_propagate_0.dn */
  float* restrict b44 = (float*)buffers[44]; /* t84 */
  float* restrict b45 = (float*)buffers[45]; /* t87 */
  float* restrict b46 = (float*)buffers[46]; /* t91 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b4[i_v];
      int64_t i_end = (int64_t)b4[(i_v + 1)];
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        float f_acc = 0.0f;
        for (int64_t i_q = i_start; i_q < i_end; i_q++) {
          int64_t i_e = (int64_t)b5[i_q];
          f_acc = (f_acc + (b44[((int64_t)b1[i_e] * s_C + i_j)] * b7[(int64_t)b0[i_e]]));
        }
        b45[(i_v * s_C + i_j)] = f_acc;
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b46[(i_v * s_C + i_j)] = ((b45[(i_v * s_C + i_j)] * 0.9f) * b7[i_v]);
      }
    }
  }
}

/* aggregate.src.sum | mul */
void k34_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b1 = (int32_t*)buffers[1]; /* dst */
  int32_t* restrict b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* restrict b5 = (int32_t*)buffers[5]; /* out_edge */
  float* restrict b7 = (float*)buffers[7]; /* gcn_propagate_0.dn */
  float* restrict b46 = (float*)buffers[46]; /* t91 */
  float* restrict b47 = (float*)buffers[47]; /* t94 */
  float* restrict b48 = (float*)buffers[48]; /* t98 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b4[i_v];
      int64_t i_end = (int64_t)b4[(i_v + 1)];
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        float f_acc = 0.0f;
        for (int64_t i_q = i_start; i_q < i_end; i_q++) {
          int64_t i_e = (int64_t)b5[i_q];
          f_acc = (f_acc + (b46[((int64_t)b1[i_e] * s_C + i_j)] * b7[(int64_t)b0[i_e]]));
        }
        b47[(i_v * s_C + i_j)] = f_acc;
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b48[(i_v * s_C + i_j)] = ((b47[(i_v * s_C + i_j)] * 0.9f) * b7[i_v]);
      }
    }
  }
}

/* aggregate.src.sum | mul */
void k36_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b1 = (int32_t*)buffers[1]; /* dst */
  int32_t* restrict b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* restrict b5 = (int32_t*)buffers[5]; /* out_edge */
  float* restrict b7 = (float*)buffers[7]; /* gcn_propagate_0.dn */
  float* restrict b48 = (float*)buffers[48]; /* t98 */
  float* restrict b49 = (float*)buffers[49]; /* t101 */
  float* restrict b50 = (float*)buffers[50]; /* t105 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b4[i_v];
      int64_t i_end = (int64_t)b4[(i_v + 1)];
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        float f_acc = 0.0f;
        for (int64_t i_q = i_start; i_q < i_end; i_q++) {
          int64_t i_e = (int64_t)b5[i_q];
          f_acc = (f_acc + (b48[((int64_t)b1[i_e] * s_C + i_j)] * b7[(int64_t)b0[i_e]]));
        }
        b49[(i_v * s_C + i_j)] = f_acc;
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b50[(i_v * s_C + i_j)] = ((b49[(i_v * s_C + i_j)] * 0.9f) * b7[i_v]);
      }
    }
  }
}

/* aggregate.src.sum | mul */
void k38_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b1 = (int32_t*)buffers[1]; /* dst */
  int32_t* restrict b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* restrict b5 = (int32_t*)buffers[5]; /* out_edge */
  float* restrict b7 = (float*)buffers[7]; /* gcn_propagate_0.dn */
  float* restrict b50 = (float*)buffers[50]; /* t105 */
  float* restrict b51 = (float*)buffers[51]; /* t108 */
  float* restrict b52 = (float*)buffers[52]; /* t112 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b4[i_v];
      int64_t i_end = (int64_t)b4[(i_v + 1)];
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        float f_acc = 0.0f;
        for (int64_t i_q = i_start; i_q < i_end; i_q++) {
          int64_t i_e = (int64_t)b5[i_q];
          f_acc = (f_acc + (b50[((int64_t)b1[i_e] * s_C + i_j)] * b7[(int64_t)b0[i_e]]));
        }
        b51[(i_v * s_C + i_j)] = f_acc;
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b52[(i_v * s_C + i_j)] = ((b51[(i_v * s_C + i_j)] * 0.9f) * b7[i_v]);
      }
    }
  }
}

/* aggregate.src.sum | mul */
void k40_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b1 = (int32_t*)buffers[1]; /* dst */
  int32_t* restrict b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* restrict b5 = (int32_t*)buffers[5]; /* out_edge */
  float* restrict b7 = (float*)buffers[7]; /* gcn_propagate_0.dn */
  float* restrict b52 = (float*)buffers[52]; /* t112 */
  float* restrict b53 = (float*)buffers[53]; /* t115 */
  float* restrict b54 = (float*)buffers[54]; /* t119 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b4[i_v];
      int64_t i_end = (int64_t)b4[(i_v + 1)];
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        float f_acc = 0.0f;
        for (int64_t i_q = i_start; i_q < i_end; i_q++) {
          int64_t i_e = (int64_t)b5[i_q];
          f_acc = (f_acc + (b52[((int64_t)b1[i_e] * s_C + i_j)] * b7[(int64_t)b0[i_e]]));
        }
        b53[(i_v * s_C + i_j)] = f_acc;
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b54[(i_v * s_C + i_j)] = ((b53[(i_v * s_C + i_j)] * 0.9f) * b7[i_v]);
      }
    }
  }
}

/* aggregate.src.sum | mul */
void k42_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b1 = (int32_t*)buffers[1]; /* dst */
  int32_t* restrict b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* restrict b5 = (int32_t*)buffers[5]; /* out_edge */
  float* restrict b7 = (float*)buffers[7]; /* gcn_propagate_0.dn */
  float* restrict b54 = (float*)buffers[54]; /* t119 */
  float* restrict b55 = (float*)buffers[55]; /* t122 */
  float* restrict b56 = (float*)buffers[56]; /* t126 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b4[i_v];
      int64_t i_end = (int64_t)b4[(i_v + 1)];
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        float f_acc = 0.0f;
        for (int64_t i_q = i_start; i_q < i_end; i_q++) {
          int64_t i_e = (int64_t)b5[i_q];
          f_acc = (f_acc + (b54[((int64_t)b1[i_e] * s_C + i_j)] * b7[(int64_t)b0[i_e]]));
        }
        b55[(i_v * s_C + i_j)] = f_acc;
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b56[(i_v * s_C + i_j)] = ((b55[(i_v * s_C + i_j)] * 0.9f) * b7[i_v]);
      }
    }
  }
}

/* aggregate.src.sum | mul */
void k44_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b1 = (int32_t*)buffers[1]; /* dst */
  int32_t* restrict b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* restrict b5 = (int32_t*)buffers[5]; /* out_edge */
  float* restrict b7 = (float*)buffers[7]; /* gcn_propagate_0.dn */
  float* restrict b56 = (float*)buffers[56]; /* t126 */
  float* restrict b57 = (float*)buffers[57]; /* t129 */
  float* restrict b58 = (float*)buffers[58]; /* t133 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b4[i_v];
      int64_t i_end = (int64_t)b4[(i_v + 1)];
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        float f_acc = 0.0f;
        for (int64_t i_q = i_start; i_q < i_end; i_q++) {
          int64_t i_e = (int64_t)b5[i_q];
          f_acc = (f_acc + (b56[((int64_t)b1[i_e] * s_C + i_j)] * b7[(int64_t)b0[i_e]]));
        }
        b57[(i_v * s_C + i_j)] = f_acc;
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b58[(i_v * s_C + i_j)] = ((b57[(i_v * s_C + i_j)] * 0.9f) * b7[i_v]);
      }
    }
  }
}

/* aggregate.src.sum | mul */
void k46_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b1 = (int32_t*)buffers[1]; /* dst */
  int32_t* restrict b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* restrict b5 = (int32_t*)buffers[5]; /* out_edge */
  float* restrict b7 = (float*)buffers[7]; /* gcn_propagate_0.dn */
  float* restrict b58 = (float*)buffers[58]; /* t133 */
  float* restrict b59 = (float*)buffers[59]; /* t136 */
  float* restrict b60 = (float*)buffers[60]; /* t140 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b4[i_v];
      int64_t i_end = (int64_t)b4[(i_v + 1)];
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        float f_acc = 0.0f;
        for (int64_t i_q = i_start; i_q < i_end; i_q++) {
          int64_t i_e = (int64_t)b5[i_q];
          f_acc = (f_acc + (b58[((int64_t)b1[i_e] * s_C + i_j)] * b7[(int64_t)b0[i_e]]));
        }
        b59[(i_v * s_C + i_j)] = f_acc;
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b60[(i_v * s_C + i_j)] = ((b59[(i_v * s_C + i_j)] * 0.9f) * b7[i_v]);
      }
    }
  }
}

/* aggregate.src.sum | mul */
void k48_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b1 = (int32_t*)buffers[1]; /* dst */
  int32_t* restrict b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* restrict b5 = (int32_t*)buffers[5]; /* out_edge */
  float* restrict b7 = (float*)buffers[7]; /* gcn_propagate_0.dn */
  float* restrict b60 = (float*)buffers[60]; /* t140 */
  float* restrict b61 = (float*)buffers[61]; /* t143 */
  float* restrict b62 = (float*)buffers[62]; /* t147 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b4[i_v];
      int64_t i_end = (int64_t)b4[(i_v + 1)];
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        float f_acc = 0.0f;
        for (int64_t i_q = i_start; i_q < i_end; i_q++) {
          int64_t i_e = (int64_t)b5[i_q];
          f_acc = (f_acc + (b60[((int64_t)b1[i_e] * s_C + i_j)] * b7[(int64_t)b0[i_e]]));
        }
        b61[(i_v * s_C + i_j)] = f_acc;
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b62[(i_v * s_C + i_j)] = ((b61[(i_v * s_C + i_j)] * 0.9f) * b7[i_v]);
      }
    }
  }
}

/* aggregate.src.sum | add */
void k50_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b1 = (int32_t*)buffers[1]; /* dst */
  int32_t* restrict b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* restrict b5 = (int32_t*)buffers[5]; /* out_edge */
  float* restrict b7 = (float*)buffers[7]; /* gcn_propagate_0.dn */
  float* restrict b43 = (float*)buffers[43]; /* t81 */
  float* restrict b45 = (float*)buffers[45]; /* t87 */
  float* restrict b47 = (float*)buffers[47]; /* t94 */
  float* restrict b49 = (float*)buffers[49]; /* t101 */
  float* restrict b51 = (float*)buffers[51]; /* t108 */
  float* restrict b53 = (float*)buffers[53]; /* t115 */
  float* restrict b55 = (float*)buffers[55]; /* t122 */
  float* restrict b57 = (float*)buffers[57]; /* t129 */
  float* restrict b59 = (float*)buffers[59]; /* t136 */
  float* restrict b61 = (float*)buffers[61]; /* t143 */
  float* restrict b62 = (float*)buffers[62]; /* t147 */
  float* restrict b63 = (float*)buffers[63]; /* t150 */
  float* restrict b64 = (float*)buffers[64]; /* t151 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b4[i_v];
      int64_t i_end = (int64_t)b4[(i_v + 1)];
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        float f_acc = 0.0f;
        for (int64_t i_q = i_start; i_q < i_end; i_q++) {
          int64_t i_e = (int64_t)b5[i_q];
          f_acc = (f_acc + (b62[((int64_t)b1[i_e] * s_C + i_j)] * b7[(int64_t)b0[i_e]]));
        }
        b63[(i_v * s_C + i_j)] = f_acc;
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b64[(i_v * s_C + i_j)] = (((((((((((b43[(i_v * s_C + i_j)] * 0.1f) + (b45[(i_v * s_C + i_j)] * 0.1f)) + (b47[(i_v * s_C + i_j)] * 0.1f)) + (b49[(i_v * s_C + i_j)] * 0.1f)) + (b51[(i_v * s_C + i_j)] * 0.1f)) + (b53[(i_v * s_C + i_j)] * 0.1f)) + (b55[(i_v * s_C + i_j)] * 0.1f)) + (b57[(i_v * s_C + i_j)] * 0.1f)) + (b59[(i_v * s_C + i_j)] * 0.1f)) + (b61[(i_v * s_C + i_j)] * 0.1f)) + b63[(i_v * s_C + i_j)]);
      }
    }
  }
}

/* sum_to */
void k52_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b64 = (float*)buffers[64]; /* t151 */
  float* restrict b65 = (float*)buffers[65]; /* grad.lin2.b */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < s_C; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + b64[(i_k0 * s_C + (i_t % s_C))]);
    }
    b65[i_t] = f_acc;
  }
}

/* matmul_nt */
void k53_matmul_nt(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b15 = (float*)buffers[15]; /* lin2.W */
  float* restrict b64 = (float*)buffers[64]; /* t151 */
  float* restrict b66 = (float*)buffers[66]; /* t153 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      float f_acc = 0.0f;
      for (int64_t i_q = 0; i_q < s_C; i_q++) {
        f_acc = (f_acc + (b64[(i_r * s_C + i_q)] * b15[(i_c * s_C + i_q)]));
      }
      b66[(i_r * 64 + i_c)] = f_acc;
    }
  }
}

/* matmul_tn */
void k54_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b14 = (float*)buffers[14]; /* hidden */
  float* restrict b64 = (float*)buffers[64]; /* t151 */
  float* restrict b67 = (float*)buffers[67]; /* grad.lin2.W */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < 64; i_k++) {
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      b67[(i_k * s_C + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b14[(i_r * 64 + i_k)];
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        b67[(i_k * s_C + i_c)] = (b67[(i_k * s_C + i_c)] + (f_a * b64[(i_r * s_C + i_c)]));
      }
    }
  }
}

/* relu_grad */
void k55_relu_grad(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b13 = (float*)buffers[13]; /* t10 */
  float* restrict b66 = (float*)buffers[66]; /* t153 */
  float* restrict b68 = (float*)buffers[68]; /* t156 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b68[(i_r * 64 + i_j)] = gnnc_relu_grad((b66[(i_r * 64 + i_j)] * (training ? gnnc_dropout(seed, 1ULL, (uint64_t)((i_r * 64 + i_j)), 8388608ULL, 2.0f) : 1.0f)), b13[(i_r * 64 + i_j)]);
    }
  }
}

/* sum_to */
void k56_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b68 = (float*)buffers[68]; /* t156 */
  float* restrict b69 = (float*)buffers[69]; /* grad.lin1.b */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + b68[(i_k0 * 64 + (i_t % 64))]);
    }
    b69[i_t] = f_acc;
  }
}

/* matmul_tn */
void k57_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b9 = (float*)buffers[9]; /* t6 */
  float* restrict b68 = (float*)buffers[68]; /* t156 */
  float* restrict b70 = (float*)buffers[70]; /* grad.lin1.W */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < s_F; i_k++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b70[(i_k * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b9[(i_r * s_F + i_k)];
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b70[(i_k * 64 + i_c)] = (b70[(i_k * 64 + i_c)] + (f_a * b68[(i_r * 64 + i_c)]));
      }
    }
  }
}
