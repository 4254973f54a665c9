/* gnnc CUDA prelude: scalar helpers and the dropout hash (see GNNIR DropoutMask). */
typedef long long int64_t;
typedef unsigned long long uint64_t;
typedef int int32_t;
typedef unsigned short uint16_t;
#define INFINITY __int_as_float(0x7f800000)
#define NAN __int_as_float(0x7fffffff)
#define GNNC_INLINE static __device__ __forceinline__

GNNC_INLINE uint64_t gnnc_mix64(uint64_t z) {
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}
/* 1/(1-p) when element `index` of dropout stream `stream` survives step `seed`, else 0. */
GNNC_INLINE float gnnc_dropout(uint64_t seed, uint64_t stream, uint64_t index, uint64_t threshold, float scale) {
  uint64_t base = gnnc_mix64(seed + 0x9E3779B97F4A7C15ULL * (stream + 1));
  uint64_t r = gnnc_mix64(base ^ (index * 0xD1B54A32D192ED03ULL));
  return (r >> 40) >= threshold ? scale : 0.0f;
}
/* x * gnnc_dropout(...), without hashing when x is zero (the product is x either way). */
GNNC_INLINE float gnnc_dropout_mul(float x, uint64_t seed, uint64_t stream, uint64_t index, uint64_t threshold, float scale) {
  return x == 0.0f ? x : x * gnnc_dropout(seed, stream, index, threshold, scale);
}
struct __attribute__((aligned(16))) gnnc_float4 { float x, y, z, w; };
GNNC_INLINE gnnc_float4 gnnc_make_float4(float x, float y, float z, float w) {
  gnnc_float4 v; v.x = x; v.y = y; v.z = z; v.w = w; return v;
}
GNNC_INLINE float gnnc_group_sum(float x, unsigned mask, int lanes) {
  for (int m = lanes / 2; m >= 1; m >>= 1) x += __shfl_xor_sync(mask, x, m, lanes);
  return x;
}
GNNC_INLINE float gnnc_group_max(float x, unsigned mask, int lanes) {
  for (int m = lanes / 2; m >= 1; m >>= 1) x = fmaxf(x, __shfl_xor_sync(mask, x, m, lanes));
  return x;
}
/* Across the edge slots of a warp-wide row (lane = slot * lanes + feature lane). */
GNNC_INLINE float gnnc_slots_sum(float x, int lanes) {
  for (int m = 16; m >= lanes; m >>= 1) x += __shfl_xor_sync(0xffffffffu, x, m);
  return x;
}
GNNC_INLINE float gnnc_slots_max(float x, int lanes) {
  for (int m = 16; m >= lanes; m >>= 1) x = fmaxf(x, __shfl_xor_sync(0xffffffffu, x, m));
  return x;
}
GNNC_INLINE float gnnc_atomic_add(float* p, float x) { return atomicAdd(p, x); }
GNNC_INLINE float gnnc_atomic_max(float* p, float x) {
  /* Non-negative floats order like their signed bits, negative ones in reverse like unsigned. */
  return x >= 0.0f ? __int_as_float(atomicMax((int*)p, __float_as_int(x)))
                   : __uint_as_float(atomicMin((unsigned int*)p, __float_as_uint(x)));
}
GNNC_INLINE float gnnc_f16_to_f32(uint16_t h) {
  float f; asm("cvt.f32.f16 %0, %1;" : "=f"(f) : "h"(h)); return f;
}
GNNC_INLINE uint16_t gnnc_f32_to_f16(float f) {
  uint16_t h; asm("cvt.rn.f16.f32 %0, %1;" : "=h"(h) : "f"(f)); return h;
}
GNNC_INLINE float gnnc_bf16_to_f32(uint16_t h) { return __uint_as_float(((unsigned int)h) << 16); }
GNNC_INLINE uint16_t gnnc_f32_to_bf16(float f) {
#if __CUDA_ARCH__ >= 800
  uint16_t h; asm("cvt.rn.bf16.f32 %0, %1;" : "=h"(h) : "f"(f)); return h;
#else
  unsigned int u = __float_as_uint(f);
  if ((u & 0x7fffffffu) > 0x7f800000u) return (uint16_t)((u >> 16) | 0x40u); /* NaN stays NaN */
  return (uint16_t)((u + 0x7fffu + ((u >> 16) & 1u)) >> 16);
#endif
}
/* element-wise functions (from the op table) */
GNNC_INLINE float gnnc_leaky_relu(float x, float slope) { return x > 0.0f ? x : slope * x; }
GNNC_INLINE float gnnc_leaky_relu_grad(float g, float x, float slope) { return x > 0.0f ? g : slope * g; }
GNNC_INLINE float gnnc_elu(float x, float alpha) { return x > 0.0f ? x : alpha * (expf(x) - 1.0f); }
GNNC_INLINE float gnnc_elu_grad(float g, float x, float alpha) { return x > 0.0f ? g : g * alpha * expf(x); }
GNNC_INLINE float gnnc_exp(float x) { return expf(x); }
GNNC_INLINE float gnnc_log(float x) { return logf(x); }
/* program GAT: 72 buffers, 40 kernels */

/* dropout */
extern "C" __global__ void k0_dropout(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b6 = (float*)buffers[6]; /* x */
  float* __restrict__ b7 = (float*)buffers[7]; /* t1 */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_N; i_r += groups) {
    for (int64_t i_j = 0 + lane; i_j < s_F; i_j += 32) {
      b7[(i_r * s_F + i_j)] = (training ? gnnc_dropout_mul(b6[(i_r * s_F + i_j)], seed, 0ULL, (uint64_t)((i_r * s_F + i_j)), 10066329ULL, 2.5f) : b6[(i_r * s_F + i_j)]);
    }
    __syncwarp(lanes_mask);
  }
}

/* matmul */
/* GEMM t6 = t1 @ conv1.W: the BLAS computes it where there is one; this body where not */
extern "C" __global__ void k1_matmul(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b7 = (float*)buffers[7]; /* t1 */
  float* __restrict__ b8 = (float*)buffers[8]; /* conv1.W */
  float* __restrict__ b12 = (float*)buffers[12]; /* t6 */
  const int64_t lane = threadIdx.x % 16;
  const unsigned lanes_mask = 0xffffu << (threadIdx.x % 32 / 16 * 16);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 16;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 16;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_N; i_r += groups) {
    for (int64_t i_cv = 0 + lane; i_cv < 16; i_cv += 16) {
      *(gnnc_float4*)(b12 + (i_r * 64 + i_cv * 4)) = gnnc_make_float4(0.0f, 0.0f, 0.0f, 0.0f);
    }
    __syncwarp(lanes_mask);
    for (int64_t i_k = 0; i_k < s_F; i_k++) {
      float f_a = b7[(i_r * s_F + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_cv = 0 + lane; i_cv < 16; i_cv += 16) {
          const gnnc_float4 v_cvec1_0 = *(const gnnc_float4*)(b12 + (i_r * 64 + i_cv * 4));
          float f_cvec1_0 = v_cvec1_0.x;
          float f_cvec1_1 = v_cvec1_0.y;
          float f_cvec1_2 = v_cvec1_0.z;
          float f_cvec1_3 = v_cvec1_0.w;
          const gnnc_float4 v_cvec2_0 = *(const gnnc_float4*)(b8 + (i_k * 64 + i_cv * 4));
          float f_cvec2_0 = v_cvec2_0.x;
          float f_cvec2_1 = v_cvec2_0.y;
          float f_cvec2_2 = v_cvec2_0.z;
          float f_cvec2_3 = v_cvec2_0.w;
          *(gnnc_float4*)(b12 + (i_r * 64 + i_cv * 4)) = gnnc_make_float4((f_cvec1_0 + (f_a * f_cvec2_0)), (f_cvec1_1 + (f_a * f_cvec2_1)), (f_cvec1_2 + (f_a * f_cvec2_2)), (f_cvec1_3 + (f_a * f_cvec2_3)));
        }
        __syncwarp(lanes_mask);
      }
    }
  }
}

/* rowsum | rowsum */
extern "C" __global__ void k2_rowsum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b9 = (float*)buffers[9]; /* conv1.att_src */
  float* __restrict__ b10 = (float*)buffers[10]; /* conv1.att_dst */
  float* __restrict__ b12 = (float*)buffers[12]; /* t6 */
  float* __restrict__ b13 = (float*)buffers[13]; /* t9 */
  float* __restrict__ b14 = (float*)buffers[14]; /* t12 */
  const int64_t lane = threadIdx.x % 2;
  const unsigned lanes_mask = 0x3u << (threadIdx.x % 32 / 2 * 2);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 2;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 2;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_N; i_r += groups) {
    {
      for (int64_t i_jv = 0 + lane; i_jv < 2; i_jv += 2) {
        float f_acc_0 = 0.0f;
        float f_acc_1 = 0.0f;
        float f_acc_2 = 0.0f;
        float f_acc_3 = 0.0f;
        for (int64_t i_k = 0; i_k < 8; i_k++) {
          f_acc_0 = (f_acc_0 + (b12[(i_r * 64 + (i_jv * 4 * 8 + i_k))] * b9[(i_jv * 4 * 8 + i_k)]));
          f_acc_1 = (f_acc_1 + (b12[(i_r * 64 + ((i_jv * 4 + 1) * 8 + i_k))] * b9[((i_jv * 4 + 1) * 8 + i_k)]));
          f_acc_2 = (f_acc_2 + (b12[(i_r * 64 + ((i_jv * 4 + 2) * 8 + i_k))] * b9[((i_jv * 4 + 2) * 8 + i_k)]));
          f_acc_3 = (f_acc_3 + (b12[(i_r * 64 + ((i_jv * 4 + 3) * 8 + i_k))] * b9[((i_jv * 4 + 3) * 8 + i_k)]));
        }
        *(gnnc_float4*)(b13 + (i_r * 8 + i_jv * 4)) = gnnc_make_float4(f_acc_0, f_acc_1, f_acc_2, f_acc_3);
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_jv = 0 + lane; i_jv < 2; i_jv += 2) {
        float f_acc_0 = 0.0f;
        float f_acc_1 = 0.0f;
        float f_acc_2 = 0.0f;
        float f_acc_3 = 0.0f;
        for (int64_t i_k = 0; i_k < 8; i_k++) {
          f_acc_0 = (f_acc_0 + (b12[(i_r * 64 + (i_jv * 4 * 8 + i_k))] * b10[(i_jv * 4 * 8 + i_k)]));
          f_acc_1 = (f_acc_1 + (b12[(i_r * 64 + ((i_jv * 4 + 1) * 8 + i_k))] * b10[((i_jv * 4 + 1) * 8 + i_k)]));
          f_acc_2 = (f_acc_2 + (b12[(i_r * 64 + ((i_jv * 4 + 2) * 8 + i_k))] * b10[((i_jv * 4 + 2) * 8 + i_k)]));
          f_acc_3 = (f_acc_3 + (b12[(i_r * 64 + ((i_jv * 4 + 3) * 8 + i_k))] * b10[((i_jv * 4 + 3) * 8 + i_k)]));
        }
        *(gnnc_float4*)(b14 + (i_r * 8 + i_jv * 4)) = gnnc_make_float4(f_acc_0, f_acc_1, f_acc_2, f_acc_3);
      }
      __syncwarp(lanes_mask);
    }
  }
}

/* add | leaky_relu */
extern "C" __global__ void k4_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b0 = (int32_t*)buffers[0]; /* src */
  int32_t* __restrict__ b1 = (int32_t*)buffers[1]; /* dst */
  float* __restrict__ b13 = (float*)buffers[13]; /* t9 */
  float* __restrict__ b14 = (float*)buffers[14]; /* t12 */
  float* __restrict__ b15 = (float*)buffers[15]; /* t14 */
  float* __restrict__ b16 = (float*)buffers[16]; /* conv1.s */
  const int64_t lane = threadIdx.x % 2;
  const unsigned lanes_mask = 0x3u << (threadIdx.x % 32 / 2 * 2);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 2;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 2;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_E; i_r += groups) {
    {
      for (int64_t i_jv = 0 + lane; i_jv < 2; i_jv += 2) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b13 + ((int64_t)b0[i_r] * 8 + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        const gnnc_float4 v_jvec2_0 = *(const gnnc_float4*)(b14 + ((int64_t)b1[i_r] * 8 + i_jv * 4));
        float f_jvec2_0 = v_jvec2_0.x;
        float f_jvec2_1 = v_jvec2_0.y;
        float f_jvec2_2 = v_jvec2_0.z;
        float f_jvec2_3 = v_jvec2_0.w;
        *(gnnc_float4*)(b15 + (i_r * 8 + i_jv * 4)) = gnnc_make_float4((f_jvec1_0 + f_jvec2_0), (f_jvec1_1 + f_jvec2_1), (f_jvec1_2 + f_jvec2_2), (f_jvec1_3 + f_jvec2_3));
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_jv = 0 + lane; i_jv < 2; i_jv += 2) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b15 + (i_r * 8 + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        *(gnnc_float4*)(b16 + (i_r * 8 + i_jv * 4)) = gnnc_make_float4(gnnc_leaky_relu(f_jvec1_0, 0.2f), gnnc_leaky_relu(f_jvec1_1, 0.2f), gnnc_leaky_relu(f_jvec1_2, 0.2f), gnnc_leaky_relu(f_jvec1_3, 0.2f));
      }
      __syncwarp(lanes_mask);
    }
  }
}

/* edge_softmax */
extern "C" __global__ void k6_edge_softmax(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* __restrict__ b3 = (int32_t*)buffers[3]; /* in_edge */
  float* __restrict__ b16 = (float*)buffers[16]; /* conv1.s */
  float* __restrict__ b17 = (float*)buffers[17]; /* t16 */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_v = 0 + group; i_v < s_N; i_v += groups) {
    int64_t i_start = (int64_t)b2[i_v];
    int64_t i_end = (int64_t)b2[(i_v + 1)];
    for (int64_t i_j = 0; i_j < 8; i_j++) {
      float f_top = (-INFINITY);
      {
        float f_top_lane1 = (-INFINITY);
        for (int64_t i_q = i_start + lane; i_q < i_end; i_q += 32) {
          int64_t i_e = (int64_t)b3[i_q];
          f_top_lane1 = fmaxf(f_top_lane1, b16[(i_e * 8 + i_j)]);
        }
        f_top = fmaxf(f_top, gnnc_group_max(f_top_lane1, lanes_mask, 32));
      }
      float f_total = 0.0f;
      {
        float f_total_lane2 = 0.0f;
        for (int64_t i_q = i_start + lane; i_q < i_end; i_q += 32) {
          int64_t i_e = (int64_t)b3[i_q];
          f_total_lane2 = (f_total_lane2 + gnnc_exp((b16[(i_e * 8 + i_j)] - f_top)));
        }
        f_total = (f_total + gnnc_group_sum(f_total_lane2, lanes_mask, 32));
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        if (lane == 0) {
          b17[(i_e * 8 + i_j)] = (gnnc_exp((b16[(i_e * 8 + i_j)] - f_top)) / f_total);
        }
        __syncwarp(lanes_mask);
      }
    }
  }
}

/* dropout */
extern "C" __global__ void k7_dropout(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b17 = (float*)buffers[17]; /* t16 */
  float* __restrict__ b18 = (float*)buffers[18]; /* conv1.a */
  const int64_t lane = threadIdx.x % 2;
  const unsigned lanes_mask = 0x3u << (threadIdx.x % 32 / 2 * 2);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 2;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 2;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_E; i_r += groups) {
    for (int64_t i_jv = 0 + lane; i_jv < 2; i_jv += 2) {
      const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b17 + (i_r * 8 + i_jv * 4));
      float f_jvec1_0 = v_jvec1_0.x;
      float f_jvec1_1 = v_jvec1_0.y;
      float f_jvec1_2 = v_jvec1_0.z;
      float f_jvec1_3 = v_jvec1_0.w;
      *(gnnc_float4*)(b18 + (i_r * 8 + i_jv * 4)) = gnnc_make_float4((training ? gnnc_dropout_mul(f_jvec1_0, seed, 1ULL, (uint64_t)((i_r * 8 + i_jv * 4)), 10066329ULL, 2.5f) : f_jvec1_0), (training ? gnnc_dropout_mul(f_jvec1_1, seed, 1ULL, (uint64_t)((i_r * 8 + (i_jv * 4 + 1))), 10066329ULL, 2.5f) : f_jvec1_1), (training ? gnnc_dropout_mul(f_jvec1_2, seed, 1ULL, (uint64_t)((i_r * 8 + (i_jv * 4 + 2))), 10066329ULL, 2.5f) : f_jvec1_2), (training ? gnnc_dropout_mul(f_jvec1_3, seed, 1ULL, (uint64_t)((i_r * 8 + (i_jv * 4 + 3))), 10066329ULL, 2.5f) : f_jvec1_3));
    }
    __syncwarp(lanes_mask);
  }
}

/* aggregate.dst.sum | add | dropout */
extern "C" __global__ void k8_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* __restrict__ b3 = (int32_t*)buffers[3]; /* in_edge */
  float* __restrict__ b11 = (float*)buffers[11]; /* conv1.b */
  float* __restrict__ b12 = (float*)buffers[12]; /* t6 */
  float* __restrict__ b18 = (float*)buffers[18]; /* conv1.a */
  float* __restrict__ b19 = (float*)buffers[19]; /* t20 */
  float* __restrict__ b20 = (float*)buffers[20]; /* h1 */
  float* __restrict__ b21 = (float*)buffers[21]; /* h */
  int32_t* __restrict__ b70 = (int32_t*)buffers[70]; /* in_src */
  const int64_t lane = threadIdx.x % 16;
  const unsigned lanes_mask = 0xffffu << (threadIdx.x % 32 / 16 * 16);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 16;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 16;
  (void)lane; (void)lanes_mask;
  for (int64_t i_v = 0 + group; i_v < s_N; i_v += groups) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 16) {
        float f_acc_0 = 0.0f;
        float f_acc_1 = 0.0f;
        float f_acc_2 = 0.0f;
        float f_acc_3 = 0.0f;
        for (int64_t i_q = i_start; i_q < i_end; i_q++) {
          int64_t i_e = (int64_t)b3[i_q];
          const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b12 + ((int64_t)b70[i_q] * 64 + i_jv * 4));
          float f_jvec1_0 = v_jvec1_0.x;
          float f_jvec1_1 = v_jvec1_0.y;
          float f_jvec1_2 = v_jvec1_0.z;
          float f_jvec1_3 = v_jvec1_0.w;
          f_acc_0 = (f_acc_0 + (b18[(i_e * 8 + ((i_jv * 4 / 8) % 8))] * f_jvec1_0));
          f_acc_1 = (f_acc_1 + (b18[(i_e * 8 + (((i_jv * 4 + 1) / 8) % 8))] * f_jvec1_1));
          f_acc_2 = (f_acc_2 + (b18[(i_e * 8 + (((i_jv * 4 + 2) / 8) % 8))] * f_jvec1_2));
          f_acc_3 = (f_acc_3 + (b18[(i_e * 8 + (((i_jv * 4 + 3) / 8) % 8))] * f_jvec1_3));
        }
        *(gnnc_float4*)(b19 + (i_v * 64 + i_jv * 4)) = gnnc_make_float4(f_acc_0, f_acc_1, f_acc_2, f_acc_3);
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 16) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b19 + (i_v * 64 + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        const gnnc_float4 v_jvec2_0 = *(const gnnc_float4*)(b11 + i_jv * 4);
        float f_jvec2_0 = v_jvec2_0.x;
        float f_jvec2_1 = v_jvec2_0.y;
        float f_jvec2_2 = v_jvec2_0.z;
        float f_jvec2_3 = v_jvec2_0.w;
        *(gnnc_float4*)(b20 + (i_v * 64 + i_jv * 4)) = gnnc_make_float4((f_jvec1_0 + f_jvec2_0), (f_jvec1_1 + f_jvec2_1), (f_jvec1_2 + f_jvec2_2), (f_jvec1_3 + f_jvec2_3));
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 16) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b20 + (i_v * 64 + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        *(gnnc_float4*)(b21 + (i_v * 64 + i_jv * 4)) = gnnc_make_float4((training ? gnnc_dropout_mul(gnnc_elu(f_jvec1_0, 1.0f), seed, 2ULL, (uint64_t)((i_v * 64 + i_jv * 4)), 10066329ULL, 2.5f) : gnnc_elu(f_jvec1_0, 1.0f)), (training ? gnnc_dropout_mul(gnnc_elu(f_jvec1_1, 1.0f), seed, 2ULL, (uint64_t)((i_v * 64 + (i_jv * 4 + 1))), 10066329ULL, 2.5f) : gnnc_elu(f_jvec1_1, 1.0f)), (training ? gnnc_dropout_mul(gnnc_elu(f_jvec1_2, 1.0f), seed, 2ULL, (uint64_t)((i_v * 64 + (i_jv * 4 + 2))), 10066329ULL, 2.5f) : gnnc_elu(f_jvec1_2, 1.0f)), (training ? gnnc_dropout_mul(gnnc_elu(f_jvec1_3, 1.0f), seed, 2ULL, (uint64_t)((i_v * 64 + (i_jv * 4 + 3))), 10066329ULL, 2.5f) : gnnc_elu(f_jvec1_3, 1.0f)));
      }
      __syncwarp(lanes_mask);
    }
  }
}

/* aggregate.dst.sum | add | dropout (edges split over slots) */
extern "C" __global__ void k8_aggregate_dst_sum_split(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* __restrict__ b3 = (int32_t*)buffers[3]; /* in_edge */
  float* __restrict__ b11 = (float*)buffers[11]; /* conv1.b */
  float* __restrict__ b12 = (float*)buffers[12]; /* t6 */
  float* __restrict__ b18 = (float*)buffers[18]; /* conv1.a */
  float* __restrict__ b19 = (float*)buffers[19]; /* t20 */
  float* __restrict__ b20 = (float*)buffers[20]; /* h1 */
  float* __restrict__ b21 = (float*)buffers[21]; /* h */
  int32_t* __restrict__ b70 = (int32_t*)buffers[70]; /* in_src */
  const int64_t lane = threadIdx.x % 16;
  const int64_t slot = threadIdx.x % 32 / 16;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_v = 0 + group; i_v < s_N; i_v += groups) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 16) {
        float f_acc_0 = 0.0f;
        float f_acc_1 = 0.0f;
        float f_acc_2 = 0.0f;
        float f_acc_3 = 0.0f;
        {
          float f_acc_0_lane1 = 0.0f;
          float f_acc_1_lane2 = 0.0f;
          float f_acc_2_lane3 = 0.0f;
          float f_acc_3_lane4 = 0.0f;
          for (int64_t i_q = i_start + slot; i_q < i_end; i_q += 2) {
            int64_t i_e = (int64_t)b3[i_q];
            const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b12 + ((int64_t)b70[i_q] * 64 + i_jv * 4));
            float f_jvec1_0 = v_jvec1_0.x;
            float f_jvec1_1 = v_jvec1_0.y;
            float f_jvec1_2 = v_jvec1_0.z;
            float f_jvec1_3 = v_jvec1_0.w;
            f_acc_0_lane1 = (f_acc_0_lane1 + (b18[(i_e * 8 + ((i_jv * 4 / 8) % 8))] * f_jvec1_0));
            f_acc_1_lane2 = (f_acc_1_lane2 + (b18[(i_e * 8 + (((i_jv * 4 + 1) / 8) % 8))] * f_jvec1_1));
            f_acc_2_lane3 = (f_acc_2_lane3 + (b18[(i_e * 8 + (((i_jv * 4 + 2) / 8) % 8))] * f_jvec1_2));
            f_acc_3_lane4 = (f_acc_3_lane4 + (b18[(i_e * 8 + (((i_jv * 4 + 3) / 8) % 8))] * f_jvec1_3));
          }
          f_acc_0 = (f_acc_0 + gnnc_slots_sum(f_acc_0_lane1, 16));
          f_acc_1 = (f_acc_1 + gnnc_slots_sum(f_acc_1_lane2, 16));
          f_acc_2 = (f_acc_2 + gnnc_slots_sum(f_acc_2_lane3, 16));
          f_acc_3 = (f_acc_3 + gnnc_slots_sum(f_acc_3_lane4, 16));
        }
        if (slot == 0) *(gnnc_float4*)(b19 + (i_v * 64 + i_jv * 4)) = gnnc_make_float4(f_acc_0, f_acc_1, f_acc_2, f_acc_3);
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 16) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b19 + (i_v * 64 + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        const gnnc_float4 v_jvec2_0 = *(const gnnc_float4*)(b11 + i_jv * 4);
        float f_jvec2_0 = v_jvec2_0.x;
        float f_jvec2_1 = v_jvec2_0.y;
        float f_jvec2_2 = v_jvec2_0.z;
        float f_jvec2_3 = v_jvec2_0.w;
        if (slot == 0) *(gnnc_float4*)(b20 + (i_v * 64 + i_jv * 4)) = gnnc_make_float4((f_jvec1_0 + f_jvec2_0), (f_jvec1_1 + f_jvec2_1), (f_jvec1_2 + f_jvec2_2), (f_jvec1_3 + f_jvec2_3));
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 16) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b20 + (i_v * 64 + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        if (slot == 0) *(gnnc_float4*)(b21 + (i_v * 64 + i_jv * 4)) = gnnc_make_float4((training ? gnnc_dropout_mul(gnnc_elu(f_jvec1_0, 1.0f), seed, 2ULL, (uint64_t)((i_v * 64 + i_jv * 4)), 10066329ULL, 2.5f) : gnnc_elu(f_jvec1_0, 1.0f)), (training ? gnnc_dropout_mul(gnnc_elu(f_jvec1_1, 1.0f), seed, 2ULL, (uint64_t)((i_v * 64 + (i_jv * 4 + 1))), 10066329ULL, 2.5f) : gnnc_elu(f_jvec1_1, 1.0f)), (training ? gnnc_dropout_mul(gnnc_elu(f_jvec1_2, 1.0f), seed, 2ULL, (uint64_t)((i_v * 64 + (i_jv * 4 + 2))), 10066329ULL, 2.5f) : gnnc_elu(f_jvec1_2, 1.0f)), (training ? gnnc_dropout_mul(gnnc_elu(f_jvec1_3, 1.0f), seed, 2ULL, (uint64_t)((i_v * 64 + (i_jv * 4 + 3))), 10066329ULL, 2.5f) : gnnc_elu(f_jvec1_3, 1.0f)));
      }
      __syncwarp(lanes_mask);
    }
  }
}

/* matmul */
/* GEMM t29 = h @ conv2.W: the BLAS computes it where there is one; this body where not */
extern "C" __global__ void k11_matmul(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b21 = (float*)buffers[21]; /* h */
  float* __restrict__ b22 = (float*)buffers[22]; /* conv2.W */
  float* __restrict__ b26 = (float*)buffers[26]; /* t29 */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_N; i_r += groups) {
    for (int64_t i_c = 0 + lane; i_c < s_C; i_c += 32) {
      b26[(i_r * s_C + i_c)] = 0.0f;
    }
    __syncwarp(lanes_mask);
    for (int64_t i_k = 0; i_k < 64; i_k++) {
      float f_a = b21[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0 + lane; i_c < s_C; i_c += 32) {
          b26[(i_r * s_C + i_c)] = (b26[(i_r * s_C + i_c)] + (f_a * b22[(i_k * s_C + i_c)]));
        }
        __syncwarp(lanes_mask);
      }
    }
  }
}

/* rowsum | rowsum */
extern "C" __global__ void k12_rowsum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b23 = (float*)buffers[23]; /* conv2.att_src */
  float* __restrict__ b24 = (float*)buffers[24]; /* conv2.att_dst */
  float* __restrict__ b26 = (float*)buffers[26]; /* t29 */
  float* __restrict__ b27 = (float*)buffers[27]; /* t32 */
  float* __restrict__ b28 = (float*)buffers[28]; /* t35 */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_N; i_r += groups) {
    {
      for (int64_t i_j = 0; i_j < 1; i_j++) {
        float f_acc = 0.0f;
        {
          float f_acc_lane1 = 0.0f;
          for (int64_t i_k = 0 + lane; i_k < s_C; i_k += 32) {
            f_acc_lane1 = (f_acc_lane1 + (b26[(i_r * s_C + (i_j * s_C + i_k))] * b23[(i_j * s_C + i_k)]));
          }
          f_acc = (f_acc + gnnc_group_sum(f_acc_lane1, lanes_mask, 32));
        }
        if (lane == 0) {
          b27[(i_r + i_j)] = f_acc;
        }
        __syncwarp(lanes_mask);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 1; i_j++) {
        float f_acc = 0.0f;
        {
          float f_acc_lane2 = 0.0f;
          for (int64_t i_k = 0 + lane; i_k < s_C; i_k += 32) {
            f_acc_lane2 = (f_acc_lane2 + (b26[(i_r * s_C + (i_j * s_C + i_k))] * b24[(i_j * s_C + i_k)]));
          }
          f_acc = (f_acc + gnnc_group_sum(f_acc_lane2, lanes_mask, 32));
        }
        if (lane == 0) {
          b28[(i_r + i_j)] = f_acc;
        }
        __syncwarp(lanes_mask);
      }
    }
  }
}

/* add | leaky_relu */
extern "C" __global__ void k14_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b0 = (int32_t*)buffers[0]; /* src */
  int32_t* __restrict__ b1 = (int32_t*)buffers[1]; /* dst */
  float* __restrict__ b27 = (float*)buffers[27]; /* t32 */
  float* __restrict__ b28 = (float*)buffers[28]; /* t35 */
  float* __restrict__ b29 = (float*)buffers[29]; /* t37 */
  float* __restrict__ b30 = (float*)buffers[30]; /* conv2.s */
  for (int64_t i_r = 0 + (int64_t)blockIdx.x * blockDim.x + threadIdx.x; i_r < s_E; i_r += (int64_t)blockDim.x * gridDim.x) {
    {
      for (int64_t i_j = 0; i_j < 1; i_j++) {
        b29[(i_r + i_j)] = (b27[((int64_t)b0[i_r] + i_j)] + b28[((int64_t)b1[i_r] + i_j)]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 1; i_j++) {
        b30[(i_r + i_j)] = gnnc_leaky_relu(b29[(i_r + i_j)], 0.2f);
      }
    }
  }
}

/* edge_softmax */
extern "C" __global__ void k16_edge_softmax(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* __restrict__ b3 = (int32_t*)buffers[3]; /* in_edge */
  float* __restrict__ b30 = (float*)buffers[30]; /* conv2.s */
  float* __restrict__ b31 = (float*)buffers[31]; /* t39 */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_v = 0 + group; i_v < s_N; i_v += groups) {
    int64_t i_start = (int64_t)b2[i_v];
    int64_t i_end = (int64_t)b2[(i_v + 1)];
    for (int64_t i_j = 0; i_j < 1; i_j++) {
      float f_top = (-INFINITY);
      {
        float f_top_lane1 = (-INFINITY);
        for (int64_t i_q = i_start + lane; i_q < i_end; i_q += 32) {
          int64_t i_e = (int64_t)b3[i_q];
          f_top_lane1 = fmaxf(f_top_lane1, b30[(i_e + i_j)]);
        }
        f_top = fmaxf(f_top, gnnc_group_max(f_top_lane1, lanes_mask, 32));
      }
      float f_total = 0.0f;
      {
        float f_total_lane2 = 0.0f;
        for (int64_t i_q = i_start + lane; i_q < i_end; i_q += 32) {
          int64_t i_e = (int64_t)b3[i_q];
          f_total_lane2 = (f_total_lane2 + gnnc_exp((b30[(i_e + i_j)] - f_top)));
        }
        f_total = (f_total + gnnc_group_sum(f_total_lane2, lanes_mask, 32));
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        if (lane == 0) {
          b31[(i_e + i_j)] = (gnnc_exp((b30[(i_e + i_j)] - f_top)) / f_total);
        }
        __syncwarp(lanes_mask);
      }
    }
  }
}

/* dropout */
extern "C" __global__ void k17_dropout(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b31 = (float*)buffers[31]; /* t39 */
  float* __restrict__ b32 = (float*)buffers[32]; /* conv2.a */
  for (int64_t i_r = 0 + (int64_t)blockIdx.x * blockDim.x + threadIdx.x; i_r < s_E; i_r += (int64_t)blockDim.x * gridDim.x) {
    for (int64_t i_j = 0; i_j < 1; i_j++) {
      b32[(i_r + i_j)] = (training ? gnnc_dropout_mul(b31[(i_r + i_j)], seed, 3ULL, (uint64_t)((i_r + i_j)), 10066329ULL, 2.5f) : b31[(i_r + i_j)]);
    }
  }
}

/* aggregate.dst.sum | add */
extern "C" __global__ void k18_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* __restrict__ b3 = (int32_t*)buffers[3]; /* in_edge */
  float* __restrict__ b25 = (float*)buffers[25]; /* conv2.b */
  float* __restrict__ b26 = (float*)buffers[26]; /* t29 */
  float* __restrict__ b32 = (float*)buffers[32]; /* conv2.a */
  float* __restrict__ b33 = (float*)buffers[33]; /* t43 */
  float* __restrict__ b34 = (float*)buffers[34]; /* t44 */
  int32_t* __restrict__ b70 = (int32_t*)buffers[70]; /* in_src */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_v = 0 + group; i_v < s_N; i_v += groups) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0 + lane; i_j < s_C; i_j += 32) {
        float f_acc = 0.0f;
        for (int64_t i_q = i_start; i_q < i_end; i_q++) {
          int64_t i_e = (int64_t)b3[i_q];
          f_acc = (f_acc + (b32[i_e] * b26[((int64_t)b70[i_q] * s_C + i_j)]));
        }
        b33[(i_v * s_C + i_j)] = f_acc;
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_j = 0 + lane; i_j < s_C; i_j += 32) {
        b34[(i_v * s_C + i_j)] = (b33[(i_v * s_C + i_j)] + b25[i_j]);
      }
      __syncwarp(lanes_mask);
    }
  }
}

/* mean_heads */
extern "C" __global__ void k20_mean_heads(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b34 = (float*)buffers[34]; /* t44 */
  float* __restrict__ b35 = (float*)buffers[35]; /* t45 */
  for (int64_t i_r = 0 + (int64_t)blockIdx.x * blockDim.x + threadIdx.x; i_r < s_C*s_N; i_r += (int64_t)blockDim.x * gridDim.x) {
    float f_acc = 0.0f;
    for (int64_t i_k = 0; i_k < 1; i_k++) {
      f_acc = (f_acc + b34[(((i_r / s_C) + i_k) * s_C + (i_r % s_C))]);
    }
    b35[i_r] = (f_acc / (float)(1));
  }
}

/* cross_entropy */
extern "C" __global__ void k21_cross_entropy(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b35 = (float*)buffers[35]; /* t45 */
  int32_t* __restrict__ b36 = (int32_t*)buffers[36]; /* labels */
  float* __restrict__ b37 = (float*)buffers[37]; /* train_mask */
  float* __restrict__ b38 = (float*)buffers[38]; /* loss */
  if (blockIdx.x == 0 && threadIdx.x == 0) {
    float f_count = 0.0f;
    for (int64_t i_v = 0; i_v < s_N; i_v++) {
      f_count = (f_count + b37[i_v]);
    }
    float f_loss = 0.0f;
    for (int64_t i_v = 0; i_v < s_N; i_v++) {
      if (b37[i_v] > 0.0f) {
        float f_top = (-INFINITY);
        for (int64_t i_c = 0; i_c < s_C; i_c++) {
          f_top = fmaxf(f_top, b35[(i_v * s_C + i_c)]);
        }
        float f_total = 0.0f;
        for (int64_t i_c = 0; i_c < s_C; i_c++) {
          f_total = (f_total + gnnc_exp((b35[(i_v * s_C + i_c)] - f_top)));
        }
        f_loss = (f_loss + (b37[i_v] * ((f_top + gnnc_log(f_total)) - b35[(i_v * s_C + (int64_t)b36[i_v])])));
      }
    }
    b38[0] = 0.0f;
    if (f_count > 0.0f) {
      b38[0] = (f_loss / f_count);
    }
  }
}

/* cross_entropy_grad */
extern "C" __global__ void k22_cross_entropy_grad(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b35 = (float*)buffers[35]; /* t45 */
  int32_t* __restrict__ b36 = (int32_t*)buffers[36]; /* labels */
  float* __restrict__ b37 = (float*)buffers[37]; /* train_mask */
  float* __restrict__ b39 = (float*)buffers[39]; /* t49 */
  if (blockIdx.x == 0 && threadIdx.x == 0) {
    float f_count = 0.0f;
    for (int64_t i_v = 0; i_v < s_N; i_v++) {
      f_count = (f_count + b37[i_v]);
    }
    for (int64_t i_v = 0; i_v < s_N; i_v++) {
      float f_top = (-INFINITY);
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        f_top = fmaxf(f_top, b35[(i_v * s_C + i_c)]);
      }
      float f_total = 0.0f;
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        f_total = (f_total + gnnc_exp((b35[(i_v * s_C + i_c)] - f_top)));
      }
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        b39[(i_v * s_C + i_c)] = ((b37[i_v] * ((gnnc_exp((b35[(i_v * s_C + i_c)] - f_top)) / f_total) - (i_c == (int64_t)b36[i_v] ? 1.0f : 0.0f))) / fmaxf(f_count, 1.0f));
      }
    }
  }
}

/* sum_to */
extern "C" __global__ void k23_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b39 = (float*)buffers[39]; /* t49 */
  float* __restrict__ b40 = (float*)buffers[40]; /* grad.conv2.b */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_t = 0 + group; i_t < s_C; i_t += groups) {
    float f_acc = 0.0f;
    {
      float f_acc_lane1 = 0.0f;
      for (int64_t i_k0 = 0 + lane; i_k0 < s_N; i_k0 += 32) {
        f_acc_lane1 = (f_acc_lane1 + b39[(i_k0 * s_C + (i_t % s_C))]);
      }
      f_acc = (f_acc + gnnc_group_sum(f_acc_lane1, lanes_mask, 32));
    }
    if (lane == 0) {
      b40[i_t] = f_acc;
    }
    __syncwarp(lanes_mask);
  }
}

/* sum_to */
extern "C" __global__ void k24_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b0 = (int32_t*)buffers[0]; /* src */
  int32_t* __restrict__ b1 = (int32_t*)buffers[1]; /* dst */
  float* __restrict__ b26 = (float*)buffers[26]; /* t29 */
  float* __restrict__ b39 = (float*)buffers[39]; /* t49 */
  float* __restrict__ b41 = (float*)buffers[41]; /* t54 */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_t = 0 + group; i_t < s_E; i_t += groups) {
    float f_acc = 0.0f;
    {
      float f_acc_lane1 = 0.0f;
      for (int64_t i_k2 = 0 + lane; i_k2 < s_C; i_k2 += 32) {
        f_acc_lane1 = (f_acc_lane1 + (b39[((int64_t)b1[(i_t % s_E)] * s_C + i_k2)] * b26[((int64_t)b0[(i_t % s_E)] * s_C + i_k2)]));
      }
      f_acc = (f_acc + gnnc_group_sum(f_acc_lane1, lanes_mask, 32));
    }
    if (lane == 0) {
      b41[i_t] = f_acc;
    }
    __syncwarp(lanes_mask);
  }
}

/* aggregate.src.sum */
extern "C" __global__ void k25_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* __restrict__ b5 = (int32_t*)buffers[5]; /* out_edge */
  float* __restrict__ b32 = (float*)buffers[32]; /* conv2.a */
  float* __restrict__ b39 = (float*)buffers[39]; /* t49 */
  float* __restrict__ b42 = (float*)buffers[42]; /* t56 */
  int32_t* __restrict__ b71 = (int32_t*)buffers[71]; /* out_dst */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_v = 0 + group; i_v < s_N; i_v += groups) {
    int64_t i_start = (int64_t)b4[i_v];
    int64_t i_end = (int64_t)b4[(i_v + 1)];
    for (int64_t i_j = 0 + lane; i_j < s_C; i_j += 32) {
      float f_acc = 0.0f;
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b5[i_q];
        f_acc = (f_acc + (b39[((int64_t)b71[i_q] * s_C + i_j)] * b32[i_e]));
      }
      b42[(i_v * s_C + i_j)] = f_acc;
    }
    __syncwarp(lanes_mask);
  }
}

/* dropout */
extern "C" __global__ void k26_dropout(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b41 = (float*)buffers[41]; /* t54 */
  float* __restrict__ b43 = (float*)buffers[43]; /* t57 */
  for (int64_t i_r = 0 + (int64_t)blockIdx.x * blockDim.x + threadIdx.x; i_r < s_E; i_r += (int64_t)blockDim.x * gridDim.x) {
    for (int64_t i_j = 0; i_j < 1; i_j++) {
      b43[(i_r + i_j)] = (training ? gnnc_dropout_mul(b41[(i_r + i_j)], seed, 3ULL, (uint64_t)((i_r + i_j)), 10066329ULL, 2.5f) : b41[(i_r + i_j)]);
    }
  }
}

/* aggregate.dst.sum */
extern "C" __global__ void k27_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* __restrict__ b3 = (int32_t*)buffers[3]; /* in_edge */
  float* __restrict__ b31 = (float*)buffers[31]; /* t39 */
  float* __restrict__ b43 = (float*)buffers[43]; /* t57 */
  float* __restrict__ b44 = (float*)buffers[44]; /* t59 */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_v = 0 + group; i_v < s_N; i_v += groups) {
    int64_t i_start = (int64_t)b2[i_v];
    int64_t i_end = (int64_t)b2[(i_v + 1)];
    for (int64_t i_j = 0; i_j < 1; i_j++) {
      float f_acc = 0.0f;
      {
        float f_acc_lane1 = 0.0f;
        for (int64_t i_q = i_start + lane; i_q < i_end; i_q += 32) {
          int64_t i_e = (int64_t)b3[i_q];
          f_acc_lane1 = (f_acc_lane1 + (b43[(i_e + i_j)] * b31[(i_e + i_j)]));
        }
        f_acc = (f_acc + gnnc_group_sum(f_acc_lane1, lanes_mask, 32));
      }
      if (lane == 0) {
        b44[(i_v + i_j)] = f_acc;
      }
      __syncwarp(lanes_mask);
    }
  }
}

/* leaky_relu_grad */
extern "C" __global__ void k28_leaky_relu_grad(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b1 = (int32_t*)buffers[1]; /* dst */
  float* __restrict__ b29 = (float*)buffers[29]; /* t37 */
  float* __restrict__ b31 = (float*)buffers[31]; /* t39 */
  float* __restrict__ b43 = (float*)buffers[43]; /* t57 */
  float* __restrict__ b44 = (float*)buffers[44]; /* t59 */
  float* __restrict__ b45 = (float*)buffers[45]; /* t63 */
  for (int64_t i_r = 0 + (int64_t)blockIdx.x * blockDim.x + threadIdx.x; i_r < s_E; i_r += (int64_t)blockDim.x * gridDim.x) {
    for (int64_t i_j = 0; i_j < 1; i_j++) {
      b45[(i_r + i_j)] = gnnc_leaky_relu_grad((b31[(i_r + i_j)] * (b43[(i_r + i_j)] - b44[((int64_t)b1[i_r] + i_j)])), b29[(i_r + i_j)], 0.2f);
    }
  }
}

/* aggregate.dst.sum | broadcast_to */
extern "C" __global__ void k29_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* __restrict__ b3 = (int32_t*)buffers[3]; /* in_edge */
  float* __restrict__ b45 = (float*)buffers[45]; /* t63 */
  float* __restrict__ b46 = (float*)buffers[46]; /* t64 */
  float* __restrict__ b47 = (float*)buffers[47]; /* t65 */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_v = 0 + group; i_v < s_N; i_v += groups) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 1; i_j++) {
        float f_acc = 0.0f;
        {
          float f_acc_lane1 = 0.0f;
          for (int64_t i_q = i_start + lane; i_q < i_end; i_q += 32) {
            int64_t i_e = (int64_t)b3[i_q];
            f_acc_lane1 = (f_acc_lane1 + b45[(i_e + i_j)]);
          }
          f_acc = (f_acc + gnnc_group_sum(f_acc_lane1, lanes_mask, 32));
        }
        if (lane == 0) {
          b46[(i_v + i_j)] = f_acc;
        }
        __syncwarp(lanes_mask);
      }
    }
    {
      for (int64_t i_j = 0 + lane; i_j < s_C; i_j += 32) {
        b47[(i_v * s_C + i_j)] = b46[i_v];
      }
      __syncwarp(lanes_mask);
    }
  }
}

/* sum_to */
extern "C" __global__ void k31_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b26 = (float*)buffers[26]; /* t29 */
  float* __restrict__ b47 = (float*)buffers[47]; /* t65 */
  float* __restrict__ b48 = (float*)buffers[48]; /* grad.conv2.att_dst */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_t = 0 + group; i_t < s_C; i_t += groups) {
    float f_acc = 0.0f;
    {
      float f_acc_lane1 = 0.0f;
      for (int64_t i_k0 = 0 + lane; i_k0 < s_N; i_k0 += 32) {
        f_acc_lane1 = (f_acc_lane1 + (b47[(i_k0 * s_C + (i_t % s_C))] * b26[(i_k0 * s_C + (i_t % s_C))]));
      }
      f_acc = (f_acc + gnnc_group_sum(f_acc_lane1, lanes_mask, 32));
    }
    if (lane == 0) {
      b48[i_t] = f_acc;
    }
    __syncwarp(lanes_mask);
  }
}

/* aggregate.src.sum | broadcast_to | add */
extern "C" __global__ void k32_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* __restrict__ b5 = (int32_t*)buffers[5]; /* out_edge */
  float* __restrict__ b23 = (float*)buffers[23]; /* conv2.att_src */
  float* __restrict__ b24 = (float*)buffers[24]; /* conv2.att_dst */
  float* __restrict__ b42 = (float*)buffers[42]; /* t56 */
  float* __restrict__ b45 = (float*)buffers[45]; /* t63 */
  float* __restrict__ b47 = (float*)buffers[47]; /* t65 */
  float* __restrict__ b49 = (float*)buffers[49]; /* t70 */
  float* __restrict__ b50 = (float*)buffers[50]; /* t71 */
  float* __restrict__ b51 = (float*)buffers[51]; /* t73 */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_v = 0 + group; i_v < s_N; i_v += groups) {
    {
      int64_t i_start = (int64_t)b4[i_v];
      int64_t i_end = (int64_t)b4[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 1; i_j++) {
        float f_acc = 0.0f;
        {
          float f_acc_lane1 = 0.0f;
          for (int64_t i_q = i_start + lane; i_q < i_end; i_q += 32) {
            int64_t i_e = (int64_t)b5[i_q];
            f_acc_lane1 = (f_acc_lane1 + b45[(i_e + i_j)]);
          }
          f_acc = (f_acc + gnnc_group_sum(f_acc_lane1, lanes_mask, 32));
        }
        if (lane == 0) {
          b49[(i_v + i_j)] = f_acc;
        }
        __syncwarp(lanes_mask);
      }
    }
    {
      for (int64_t i_j = 0 + lane; i_j < s_C; i_j += 32) {
        b50[(i_v * s_C + i_j)] = b49[i_v];
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_j = 0 + lane; i_j < s_C; i_j += 32) {
        b51[(i_v * s_C + i_j)] = ((b42[(i_v * s_C + i_j)] + (b47[(i_v * s_C + i_j)] * b24[i_j])) + (b50[(i_v * s_C + i_j)] * b23[i_j]));
      }
      __syncwarp(lanes_mask);
    }
  }
}

/* sum_to */
extern "C" __global__ void k35_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b26 = (float*)buffers[26]; /* t29 */
  float* __restrict__ b50 = (float*)buffers[50]; /* t71 */
  float* __restrict__ b52 = (float*)buffers[52]; /* grad.conv2.att_src */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_t = 0 + group; i_t < s_C; i_t += groups) {
    float f_acc = 0.0f;
    {
      float f_acc_lane1 = 0.0f;
      for (int64_t i_k0 = 0 + lane; i_k0 < s_N; i_k0 += 32) {
        f_acc_lane1 = (f_acc_lane1 + (b50[(i_k0 * s_C + (i_t % s_C))] * b26[(i_k0 * s_C + (i_t % s_C))]));
      }
      f_acc = (f_acc + gnnc_group_sum(f_acc_lane1, lanes_mask, 32));
    }
    if (lane == 0) {
      b52[i_t] = f_acc;
    }
    __syncwarp(lanes_mask);
  }
}

/* matmul_nt */
/* GEMM t77 = t73 @ conv2.W^T: the BLAS computes it where there is one; this body where not */
extern "C" __global__ void k36_matmul_nt(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b22 = (float*)buffers[22]; /* conv2.W */
  float* __restrict__ b51 = (float*)buffers[51]; /* t73 */
  float* __restrict__ b53 = (float*)buffers[53]; /* t77 */
  const int64_t lane = threadIdx.x % 16;
  const unsigned lanes_mask = 0xffffu << (threadIdx.x % 32 / 16 * 16);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 16;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 16;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_N; i_r += groups) {
    for (int64_t i_cv = 0 + lane; i_cv < 16; i_cv += 16) {
      float f_acc_0 = 0.0f;
      float f_acc_1 = 0.0f;
      float f_acc_2 = 0.0f;
      float f_acc_3 = 0.0f;
      for (int64_t i_q = 0; i_q < s_C; i_q++) {
        f_acc_0 = (f_acc_0 + (b51[(i_r * s_C + i_q)] * b22[(i_cv * 4 * s_C + i_q)]));
        f_acc_1 = (f_acc_1 + (b51[(i_r * s_C + i_q)] * b22[((i_cv * 4 + 1) * s_C + i_q)]));
        f_acc_2 = (f_acc_2 + (b51[(i_r * s_C + i_q)] * b22[((i_cv * 4 + 2) * s_C + i_q)]));
        f_acc_3 = (f_acc_3 + (b51[(i_r * s_C + i_q)] * b22[((i_cv * 4 + 3) * s_C + i_q)]));
      }
      *(gnnc_float4*)(b53 + (i_r * 64 + i_cv * 4)) = gnnc_make_float4(f_acc_0, f_acc_1, f_acc_2, f_acc_3);
    }
    __syncwarp(lanes_mask);
  }
}

/* matmul_nt (edges split over slots) */
/* GEMM t77 = t73 @ conv2.W^T: the BLAS computes it where there is one; this body where not */
extern "C" __global__ void k36_matmul_nt_split(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b22 = (float*)buffers[22]; /* conv2.W */
  float* __restrict__ b51 = (float*)buffers[51]; /* t73 */
  float* __restrict__ b53 = (float*)buffers[53]; /* t77 */
  const int64_t lane = threadIdx.x % 16;
  const int64_t slot = threadIdx.x % 32 / 16;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_N; i_r += groups) {
    for (int64_t i_cv = 0 + lane; i_cv < 16; i_cv += 16) {
      float f_acc_0 = 0.0f;
      float f_acc_1 = 0.0f;
      float f_acc_2 = 0.0f;
      float f_acc_3 = 0.0f;
      {
        float f_acc_0_lane1 = 0.0f;
        float f_acc_1_lane2 = 0.0f;
        float f_acc_2_lane3 = 0.0f;
        float f_acc_3_lane4 = 0.0f;
        for (int64_t i_q = 0 + slot; i_q < s_C; i_q += 2) {
          f_acc_0_lane1 = (f_acc_0_lane1 + (b51[(i_r * s_C + i_q)] * b22[(i_cv * 4 * s_C + i_q)]));
          f_acc_1_lane2 = (f_acc_1_lane2 + (b51[(i_r * s_C + i_q)] * b22[((i_cv * 4 + 1) * s_C + i_q)]));
          f_acc_2_lane3 = (f_acc_2_lane3 + (b51[(i_r * s_C + i_q)] * b22[((i_cv * 4 + 2) * s_C + i_q)]));
          f_acc_3_lane4 = (f_acc_3_lane4 + (b51[(i_r * s_C + i_q)] * b22[((i_cv * 4 + 3) * s_C + i_q)]));
        }
        f_acc_0 = (f_acc_0 + gnnc_slots_sum(f_acc_0_lane1, 16));
        f_acc_1 = (f_acc_1 + gnnc_slots_sum(f_acc_1_lane2, 16));
        f_acc_2 = (f_acc_2 + gnnc_slots_sum(f_acc_2_lane3, 16));
        f_acc_3 = (f_acc_3 + gnnc_slots_sum(f_acc_3_lane4, 16));
      }
      if (slot == 0) *(gnnc_float4*)(b53 + (i_r * 64 + i_cv * 4)) = gnnc_make_float4(f_acc_0, f_acc_1, f_acc_2, f_acc_3);
    }
    __syncwarp(lanes_mask);
  }
}

/* matmul_tn */
/* GEMM grad.conv2.W = h^T @ t73: the BLAS computes it where there is one; this body where not */
extern "C" __global__ void k37_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b21 = (float*)buffers[21]; /* h */
  float* __restrict__ b51 = (float*)buffers[51]; /* t73 */
  float* __restrict__ b54 = (float*)buffers[54]; /* grad.conv2.W */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_k = 0 + group; i_k < 64; i_k += groups) {
    for (int64_t i_c = 0 + lane; i_c < s_C; i_c += 32) {
      b54[(i_k * s_C + i_c)] = 0.0f;
    }
    __syncwarp(lanes_mask);
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b21[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0 + lane; i_c < s_C; i_c += 32) {
          b54[(i_k * s_C + i_c)] = (b54[(i_k * s_C + i_c)] + (f_a * b51[(i_r * s_C + i_c)]));
        }
        __syncwarp(lanes_mask);
      }
    }
  }
}

/* elu_grad */
extern "C" __global__ void k38_elu_grad(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b20 = (float*)buffers[20]; /* h1 */
  float* __restrict__ b53 = (float*)buffers[53]; /* t77 */
  float* __restrict__ b55 = (float*)buffers[55]; /* t80 */
  const int64_t lane = threadIdx.x % 16;
  const unsigned lanes_mask = 0xffffu << (threadIdx.x % 32 / 16 * 16);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 16;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 16;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_N; i_r += groups) {
    for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 16) {
      const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b53 + (i_r * 64 + i_jv * 4));
      float f_jvec1_0 = v_jvec1_0.x;
      float f_jvec1_1 = v_jvec1_0.y;
      float f_jvec1_2 = v_jvec1_0.z;
      float f_jvec1_3 = v_jvec1_0.w;
      const gnnc_float4 v_jvec2_0 = *(const gnnc_float4*)(b20 + (i_r * 64 + i_jv * 4));
      float f_jvec2_0 = v_jvec2_0.x;
      float f_jvec2_1 = v_jvec2_0.y;
      float f_jvec2_2 = v_jvec2_0.z;
      float f_jvec2_3 = v_jvec2_0.w;
      *(gnnc_float4*)(b55 + (i_r * 64 + i_jv * 4)) = gnnc_make_float4(gnnc_elu_grad((training ? gnnc_dropout_mul(f_jvec1_0, seed, 2ULL, (uint64_t)((i_r * 64 + i_jv * 4)), 10066329ULL, 2.5f) : f_jvec1_0), f_jvec2_0, 1.0f), gnnc_elu_grad((training ? gnnc_dropout_mul(f_jvec1_1, seed, 2ULL, (uint64_t)((i_r * 64 + (i_jv * 4 + 1))), 10066329ULL, 2.5f) : f_jvec1_1), f_jvec2_1, 1.0f), gnnc_elu_grad((training ? gnnc_dropout_mul(f_jvec1_2, seed, 2ULL, (uint64_t)((i_r * 64 + (i_jv * 4 + 2))), 10066329ULL, 2.5f) : f_jvec1_2), f_jvec2_2, 1.0f), gnnc_elu_grad((training ? gnnc_dropout_mul(f_jvec1_3, seed, 2ULL, (uint64_t)((i_r * 64 + (i_jv * 4 + 3))), 10066329ULL, 2.5f) : f_jvec1_3), f_jvec2_3, 1.0f));
    }
    __syncwarp(lanes_mask);
  }
}

/* sum_to */
extern "C" __global__ void k39_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b55 = (float*)buffers[55]; /* t80 */
  float* __restrict__ b56 = (float*)buffers[56]; /* grad.conv1.b */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_t = 0 + group; i_t < 64; i_t += groups) {
    float f_acc = 0.0f;
    {
      float f_acc_lane1 = 0.0f;
      for (int64_t i_k0 = 0 + lane; i_k0 < s_N; i_k0 += 32) {
        f_acc_lane1 = (f_acc_lane1 + b55[(i_k0 * 64 + ((i_t % 8) + ((i_t / 8) % 8) * 8))]);
      }
      f_acc = (f_acc + gnnc_group_sum(f_acc_lane1, lanes_mask, 32));
    }
    if (lane == 0) {
      b56[i_t] = f_acc;
    }
    __syncwarp(lanes_mask);
  }
}

/* sum_to */
extern "C" __global__ void k40_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b0 = (int32_t*)buffers[0]; /* src */
  int32_t* __restrict__ b1 = (int32_t*)buffers[1]; /* dst */
  float* __restrict__ b12 = (float*)buffers[12]; /* t6 */
  float* __restrict__ b55 = (float*)buffers[55]; /* t80 */
  float* __restrict__ b57 = (float*)buffers[57]; /* t85 */
  const int64_t lane = threadIdx.x % 8;
  const unsigned lanes_mask = 0xffu << (threadIdx.x % 32 / 8 * 8);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 8;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 8;
  (void)lane; (void)lanes_mask;
  for (int64_t i_t = 0 + group; i_t < 8*s_E; i_t += groups) {
    float f_acc = 0.0f;
    {
      float f_acc_lane1 = 0.0f;
      for (int64_t i_k2 = 0 + lane; i_k2 < 8; i_k2 += 8) {
        f_acc_lane1 = (f_acc_lane1 + (b55[((int64_t)b1[((i_t / 8) % s_E)] * 64 + (i_k2 + (i_t % 8) * 8))] * b12[((int64_t)b0[((i_t / 8) % s_E)] * 64 + (i_k2 + (i_t % 8) * 8))]));
      }
      f_acc = (f_acc + gnnc_group_sum(f_acc_lane1, lanes_mask, 8));
    }
    if (lane == 0) {
      b57[i_t] = f_acc;
    }
    __syncwarp(lanes_mask);
  }
}

/* aggregate.src.sum */
extern "C" __global__ void k41_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* __restrict__ b5 = (int32_t*)buffers[5]; /* out_edge */
  float* __restrict__ b18 = (float*)buffers[18]; /* conv1.a */
  float* __restrict__ b55 = (float*)buffers[55]; /* t80 */
  float* __restrict__ b58 = (float*)buffers[58]; /* t87 */
  int32_t* __restrict__ b71 = (int32_t*)buffers[71]; /* out_dst */
  const int64_t lane = threadIdx.x % 16;
  const unsigned lanes_mask = 0xffffu << (threadIdx.x % 32 / 16 * 16);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 16;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 16;
  (void)lane; (void)lanes_mask;
  for (int64_t i_v = 0 + group; i_v < s_N; i_v += groups) {
    int64_t i_start = (int64_t)b4[i_v];
    int64_t i_end = (int64_t)b4[(i_v + 1)];
    for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 16) {
      float f_acc_0 = 0.0f;
      float f_acc_1 = 0.0f;
      float f_acc_2 = 0.0f;
      float f_acc_3 = 0.0f;
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b5[i_q];
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b55 + ((int64_t)b71[i_q] * 64 + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        f_acc_0 = (f_acc_0 + (f_jvec1_0 * b18[(i_e * 8 + ((i_jv * 4 / 8) % 8))]));
        f_acc_1 = (f_acc_1 + (f_jvec1_1 * b18[(i_e * 8 + (((i_jv * 4 + 1) / 8) % 8))]));
        f_acc_2 = (f_acc_2 + (f_jvec1_2 * b18[(i_e * 8 + (((i_jv * 4 + 2) / 8) % 8))]));
        f_acc_3 = (f_acc_3 + (f_jvec1_3 * b18[(i_e * 8 + (((i_jv * 4 + 3) / 8) % 8))]));
      }
      *(gnnc_float4*)(b58 + (i_v * 64 + i_jv * 4)) = gnnc_make_float4(f_acc_0, f_acc_1, f_acc_2, f_acc_3);
    }
    __syncwarp(lanes_mask);
  }
}

/* aggregate.src.sum (edges split over slots) */
extern "C" __global__ void k41_aggregate_src_sum_split(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* __restrict__ b5 = (int32_t*)buffers[5]; /* out_edge */
  float* __restrict__ b18 = (float*)buffers[18]; /* conv1.a */
  float* __restrict__ b55 = (float*)buffers[55]; /* t80 */
  float* __restrict__ b58 = (float*)buffers[58]; /* t87 */
  int32_t* __restrict__ b71 = (int32_t*)buffers[71]; /* out_dst */
  const int64_t lane = threadIdx.x % 16;
  const int64_t slot = threadIdx.x % 32 / 16;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_v = 0 + group; i_v < s_N; i_v += groups) {
    int64_t i_start = (int64_t)b4[i_v];
    int64_t i_end = (int64_t)b4[(i_v + 1)];
    for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 16) {
      float f_acc_0 = 0.0f;
      float f_acc_1 = 0.0f;
      float f_acc_2 = 0.0f;
      float f_acc_3 = 0.0f;
      {
        float f_acc_0_lane1 = 0.0f;
        float f_acc_1_lane2 = 0.0f;
        float f_acc_2_lane3 = 0.0f;
        float f_acc_3_lane4 = 0.0f;
        for (int64_t i_q = i_start + slot; i_q < i_end; i_q += 2) {
          int64_t i_e = (int64_t)b5[i_q];
          const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b55 + ((int64_t)b71[i_q] * 64 + i_jv * 4));
          float f_jvec1_0 = v_jvec1_0.x;
          float f_jvec1_1 = v_jvec1_0.y;
          float f_jvec1_2 = v_jvec1_0.z;
          float f_jvec1_3 = v_jvec1_0.w;
          f_acc_0_lane1 = (f_acc_0_lane1 + (f_jvec1_0 * b18[(i_e * 8 + ((i_jv * 4 / 8) % 8))]));
          f_acc_1_lane2 = (f_acc_1_lane2 + (f_jvec1_1 * b18[(i_e * 8 + (((i_jv * 4 + 1) / 8) % 8))]));
          f_acc_2_lane3 = (f_acc_2_lane3 + (f_jvec1_2 * b18[(i_e * 8 + (((i_jv * 4 + 2) / 8) % 8))]));
          f_acc_3_lane4 = (f_acc_3_lane4 + (f_jvec1_3 * b18[(i_e * 8 + (((i_jv * 4 + 3) / 8) % 8))]));
        }
        f_acc_0 = (f_acc_0 + gnnc_slots_sum(f_acc_0_lane1, 16));
        f_acc_1 = (f_acc_1 + gnnc_slots_sum(f_acc_1_lane2, 16));
        f_acc_2 = (f_acc_2 + gnnc_slots_sum(f_acc_2_lane3, 16));
        f_acc_3 = (f_acc_3 + gnnc_slots_sum(f_acc_3_lane4, 16));
      }
      if (slot == 0) *(gnnc_float4*)(b58 + (i_v * 64 + i_jv * 4)) = gnnc_make_float4(f_acc_0, f_acc_1, f_acc_2, f_acc_3);
    }
    __syncwarp(lanes_mask);
  }
}

/* dropout */
extern "C" __global__ void k42_dropout(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b57 = (float*)buffers[57]; /* t85 */
  float* __restrict__ b59 = (float*)buffers[59]; /* t88 */
  const int64_t lane = threadIdx.x % 2;
  const unsigned lanes_mask = 0x3u << (threadIdx.x % 32 / 2 * 2);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 2;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 2;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_E; i_r += groups) {
    for (int64_t i_jv = 0 + lane; i_jv < 2; i_jv += 2) {
      const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b57 + (i_r * 8 + i_jv * 4));
      float f_jvec1_0 = v_jvec1_0.x;
      float f_jvec1_1 = v_jvec1_0.y;
      float f_jvec1_2 = v_jvec1_0.z;
      float f_jvec1_3 = v_jvec1_0.w;
      *(gnnc_float4*)(b59 + (i_r * 8 + i_jv * 4)) = gnnc_make_float4((training ? gnnc_dropout_mul(f_jvec1_0, seed, 1ULL, (uint64_t)((i_r * 8 + i_jv * 4)), 10066329ULL, 2.5f) : f_jvec1_0), (training ? gnnc_dropout_mul(f_jvec1_1, seed, 1ULL, (uint64_t)((i_r * 8 + (i_jv * 4 + 1))), 10066329ULL, 2.5f) : f_jvec1_1), (training ? gnnc_dropout_mul(f_jvec1_2, seed, 1ULL, (uint64_t)((i_r * 8 + (i_jv * 4 + 2))), 10066329ULL, 2.5f) : f_jvec1_2), (training ? gnnc_dropout_mul(f_jvec1_3, seed, 1ULL, (uint64_t)((i_r * 8 + (i_jv * 4 + 3))), 10066329ULL, 2.5f) : f_jvec1_3));
    }
    __syncwarp(lanes_mask);
  }
}

/* aggregate.dst.sum */
extern "C" __global__ void k43_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* __restrict__ b3 = (int32_t*)buffers[3]; /* in_edge */
  float* __restrict__ b17 = (float*)buffers[17]; /* t16 */
  float* __restrict__ b59 = (float*)buffers[59]; /* t88 */
  float* __restrict__ b60 = (float*)buffers[60]; /* t90 */
  const int64_t lane = threadIdx.x % 2;
  const unsigned lanes_mask = 0x3u << (threadIdx.x % 32 / 2 * 2);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 2;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 2;
  (void)lane; (void)lanes_mask;
  for (int64_t i_v = 0 + group; i_v < s_N; i_v += groups) {
    int64_t i_start = (int64_t)b2[i_v];
    int64_t i_end = (int64_t)b2[(i_v + 1)];
    for (int64_t i_jv = 0 + lane; i_jv < 2; i_jv += 2) {
      float f_acc_0 = 0.0f;
      float f_acc_1 = 0.0f;
      float f_acc_2 = 0.0f;
      float f_acc_3 = 0.0f;
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b59 + (i_e * 8 + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        const gnnc_float4 v_jvec2_0 = *(const gnnc_float4*)(b17 + (i_e * 8 + i_jv * 4));
        float f_jvec2_0 = v_jvec2_0.x;
        float f_jvec2_1 = v_jvec2_0.y;
        float f_jvec2_2 = v_jvec2_0.z;
        float f_jvec2_3 = v_jvec2_0.w;
        f_acc_0 = (f_acc_0 + (f_jvec1_0 * f_jvec2_0));
        f_acc_1 = (f_acc_1 + (f_jvec1_1 * f_jvec2_1));
        f_acc_2 = (f_acc_2 + (f_jvec1_2 * f_jvec2_2));
        f_acc_3 = (f_acc_3 + (f_jvec1_3 * f_jvec2_3));
      }
      *(gnnc_float4*)(b60 + (i_v * 8 + i_jv * 4)) = gnnc_make_float4(f_acc_0, f_acc_1, f_acc_2, f_acc_3);
    }
    __syncwarp(lanes_mask);
  }
}

/* aggregate.dst.sum (edges split over slots) */
extern "C" __global__ void k43_aggregate_dst_sum_split(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* __restrict__ b3 = (int32_t*)buffers[3]; /* in_edge */
  float* __restrict__ b17 = (float*)buffers[17]; /* t16 */
  float* __restrict__ b59 = (float*)buffers[59]; /* t88 */
  float* __restrict__ b60 = (float*)buffers[60]; /* t90 */
  const int64_t lane = threadIdx.x % 2;
  const int64_t slot = threadIdx.x % 32 / 2;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_v = 0 + group; i_v < s_N; i_v += groups) {
    int64_t i_start = (int64_t)b2[i_v];
    int64_t i_end = (int64_t)b2[(i_v + 1)];
    for (int64_t i_jv = 0 + lane; i_jv < 2; i_jv += 2) {
      float f_acc_0 = 0.0f;
      float f_acc_1 = 0.0f;
      float f_acc_2 = 0.0f;
      float f_acc_3 = 0.0f;
      {
        float f_acc_0_lane1 = 0.0f;
        float f_acc_1_lane2 = 0.0f;
        float f_acc_2_lane3 = 0.0f;
        float f_acc_3_lane4 = 0.0f;
        for (int64_t i_q = i_start + slot; i_q < i_end; i_q += 16) {
          int64_t i_e = (int64_t)b3[i_q];
          const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b59 + (i_e * 8 + i_jv * 4));
          float f_jvec1_0 = v_jvec1_0.x;
          float f_jvec1_1 = v_jvec1_0.y;
          float f_jvec1_2 = v_jvec1_0.z;
          float f_jvec1_3 = v_jvec1_0.w;
          const gnnc_float4 v_jvec2_0 = *(const gnnc_float4*)(b17 + (i_e * 8 + i_jv * 4));
          float f_jvec2_0 = v_jvec2_0.x;
          float f_jvec2_1 = v_jvec2_0.y;
          float f_jvec2_2 = v_jvec2_0.z;
          float f_jvec2_3 = v_jvec2_0.w;
          f_acc_0_lane1 = (f_acc_0_lane1 + (f_jvec1_0 * f_jvec2_0));
          f_acc_1_lane2 = (f_acc_1_lane2 + (f_jvec1_1 * f_jvec2_1));
          f_acc_2_lane3 = (f_acc_2_lane3 + (f_jvec1_2 * f_jvec2_2));
          f_acc_3_lane4 = (f_acc_3_lane4 + (f_jvec1_3 * f_jvec2_3));
        }
        f_acc_0 = (f_acc_0 + gnnc_slots_sum(f_acc_0_lane1, 2));
        f_acc_1 = (f_acc_1 + gnnc_slots_sum(f_acc_1_lane2, 2));
        f_acc_2 = (f_acc_2 + gnnc_slots_sum(f_acc_2_lane3, 2));
        f_acc_3 = (f_acc_3 + gnnc_slots_sum(f_acc_3_lane4, 2));
      }
      if (slot == 0) *(gnnc_float4*)(b60 + (i_v * 8 + i_jv * 4)) = gnnc_make_float4(f_acc_0, f_acc_1, f_acc_2, f_acc_3);
    }
    __syncwarp(lanes_mask);
  }
}

/* leaky_relu_grad */
extern "C" __global__ void k44_leaky_relu_grad(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b1 = (int32_t*)buffers[1]; /* dst */
  float* __restrict__ b15 = (float*)buffers[15]; /* t14 */
  float* __restrict__ b17 = (float*)buffers[17]; /* t16 */
  float* __restrict__ b59 = (float*)buffers[59]; /* t88 */
  float* __restrict__ b60 = (float*)buffers[60]; /* t90 */
  float* __restrict__ b61 = (float*)buffers[61]; /* t94 */
  const int64_t lane = threadIdx.x % 2;
  const unsigned lanes_mask = 0x3u << (threadIdx.x % 32 / 2 * 2);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 2;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 2;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_E; i_r += groups) {
    for (int64_t i_jv = 0 + lane; i_jv < 2; i_jv += 2) {
      const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b17 + (i_r * 8 + i_jv * 4));
      float f_jvec1_0 = v_jvec1_0.x;
      float f_jvec1_1 = v_jvec1_0.y;
      float f_jvec1_2 = v_jvec1_0.z;
      float f_jvec1_3 = v_jvec1_0.w;
      const gnnc_float4 v_jvec2_0 = *(const gnnc_float4*)(b59 + (i_r * 8 + i_jv * 4));
      float f_jvec2_0 = v_jvec2_0.x;
      float f_jvec2_1 = v_jvec2_0.y;
      float f_jvec2_2 = v_jvec2_0.z;
      float f_jvec2_3 = v_jvec2_0.w;
      const gnnc_float4 v_jvec3_0 = *(const gnnc_float4*)(b60 + ((int64_t)b1[i_r] * 8 + i_jv * 4));
      float f_jvec3_0 = v_jvec3_0.x;
      float f_jvec3_1 = v_jvec3_0.y;
      float f_jvec3_2 = v_jvec3_0.z;
      float f_jvec3_3 = v_jvec3_0.w;
      const gnnc_float4 v_jvec4_0 = *(const gnnc_float4*)(b15 + (i_r * 8 + i_jv * 4));
      float f_jvec4_0 = v_jvec4_0.x;
      float f_jvec4_1 = v_jvec4_0.y;
      float f_jvec4_2 = v_jvec4_0.z;
      float f_jvec4_3 = v_jvec4_0.w;
      *(gnnc_float4*)(b61 + (i_r * 8 + i_jv * 4)) = gnnc_make_float4(gnnc_leaky_relu_grad((f_jvec1_0 * (f_jvec2_0 - f_jvec3_0)), f_jvec4_0, 0.2f), gnnc_leaky_relu_grad((f_jvec1_1 * (f_jvec2_1 - f_jvec3_1)), f_jvec4_1, 0.2f), gnnc_leaky_relu_grad((f_jvec1_2 * (f_jvec2_2 - f_jvec3_2)), f_jvec4_2, 0.2f), gnnc_leaky_relu_grad((f_jvec1_3 * (f_jvec2_3 - f_jvec3_3)), f_jvec4_3, 0.2f));
    }
    __syncwarp(lanes_mask);
  }
}

/* aggregate.dst.sum | broadcast_to */
extern "C" __global__ void k45_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* __restrict__ b3 = (int32_t*)buffers[3]; /* in_edge */
  float* __restrict__ b61 = (float*)buffers[61]; /* t94 */
  float* __restrict__ b62 = (float*)buffers[62]; /* t95 */
  float* __restrict__ b63 = (float*)buffers[63]; /* t96 */
  const int64_t lane = threadIdx.x % 16;
  const unsigned lanes_mask = 0xffffu << (threadIdx.x % 32 / 16 * 16);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 16;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 16;
  (void)lane; (void)lanes_mask;
  for (int64_t i_v = 0 + group; i_v < s_N; i_v += groups) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_jv = 0 + lane; i_jv < 2; i_jv += 16) {
        float f_acc_0 = 0.0f;
        float f_acc_1 = 0.0f;
        float f_acc_2 = 0.0f;
        float f_acc_3 = 0.0f;
        for (int64_t i_q = i_start; i_q < i_end; i_q++) {
          int64_t i_e = (int64_t)b3[i_q];
          const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b61 + (i_e * 8 + i_jv * 4));
          float f_jvec1_0 = v_jvec1_0.x;
          float f_jvec1_1 = v_jvec1_0.y;
          float f_jvec1_2 = v_jvec1_0.z;
          float f_jvec1_3 = v_jvec1_0.w;
          f_acc_0 = (f_acc_0 + f_jvec1_0);
          f_acc_1 = (f_acc_1 + f_jvec1_1);
          f_acc_2 = (f_acc_2 + f_jvec1_2);
          f_acc_3 = (f_acc_3 + f_jvec1_3);
        }
        *(gnnc_float4*)(b62 + (i_v * 8 + i_jv * 4)) = gnnc_make_float4(f_acc_0, f_acc_1, f_acc_2, f_acc_3);
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 16) {
        *(gnnc_float4*)(b63 + (i_v * 64 + i_jv * 4)) = gnnc_make_float4(b62[(i_v * 8 + ((i_jv * 4 / 8) % 8))], b62[(i_v * 8 + (((i_jv * 4 + 1) / 8) % 8))], b62[(i_v * 8 + (((i_jv * 4 + 2) / 8) % 8))], b62[(i_v * 8 + (((i_jv * 4 + 3) / 8) % 8))]);
      }
      __syncwarp(lanes_mask);
    }
  }
}

/* sum_to */
extern "C" __global__ void k47_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b12 = (float*)buffers[12]; /* t6 */
  float* __restrict__ b63 = (float*)buffers[63]; /* t96 */
  float* __restrict__ b64 = (float*)buffers[64]; /* grad.conv1.att_dst */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_t = 0 + group; i_t < 64; i_t += groups) {
    float f_acc = 0.0f;
    {
      float f_acc_lane1 = 0.0f;
      for (int64_t i_k0 = 0 + lane; i_k0 < s_N; i_k0 += 32) {
        f_acc_lane1 = (f_acc_lane1 + (b63[(i_k0 * 64 + ((i_t % 8) + ((i_t / 8) % 8) * 8))] * b12[(i_k0 * 64 + ((i_t % 8) + ((i_t / 8) % 8) * 8))]));
      }
      f_acc = (f_acc + gnnc_group_sum(f_acc_lane1, lanes_mask, 32));
    }
    if (lane == 0) {
      b64[i_t] = f_acc;
    }
    __syncwarp(lanes_mask);
  }
}

/* aggregate.src.sum | broadcast_to | add */
extern "C" __global__ void k48_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* __restrict__ b5 = (int32_t*)buffers[5]; /* out_edge */
  float* __restrict__ b9 = (float*)buffers[9]; /* conv1.att_src */
  float* __restrict__ b10 = (float*)buffers[10]; /* conv1.att_dst */
  float* __restrict__ b58 = (float*)buffers[58]; /* t87 */
  float* __restrict__ b61 = (float*)buffers[61]; /* t94 */
  float* __restrict__ b63 = (float*)buffers[63]; /* t96 */
  float* __restrict__ b65 = (float*)buffers[65]; /* t101 */
  float* __restrict__ b66 = (float*)buffers[66]; /* t102 */
  float* __restrict__ b67 = (float*)buffers[67]; /* t104 */
  const int64_t lane = threadIdx.x % 16;
  const unsigned lanes_mask = 0xffffu << (threadIdx.x % 32 / 16 * 16);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 16;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 16;
  (void)lane; (void)lanes_mask;
  for (int64_t i_v = 0 + group; i_v < s_N; i_v += groups) {
    {
      int64_t i_start = (int64_t)b4[i_v];
      int64_t i_end = (int64_t)b4[(i_v + 1)];
      for (int64_t i_jv = 0 + lane; i_jv < 2; i_jv += 16) {
        float f_acc_0 = 0.0f;
        float f_acc_1 = 0.0f;
        float f_acc_2 = 0.0f;
        float f_acc_3 = 0.0f;
        for (int64_t i_q = i_start; i_q < i_end; i_q++) {
          int64_t i_e = (int64_t)b5[i_q];
          const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b61 + (i_e * 8 + i_jv * 4));
          float f_jvec1_0 = v_jvec1_0.x;
          float f_jvec1_1 = v_jvec1_0.y;
          float f_jvec1_2 = v_jvec1_0.z;
          float f_jvec1_3 = v_jvec1_0.w;
          f_acc_0 = (f_acc_0 + f_jvec1_0);
          f_acc_1 = (f_acc_1 + f_jvec1_1);
          f_acc_2 = (f_acc_2 + f_jvec1_2);
          f_acc_3 = (f_acc_3 + f_jvec1_3);
        }
        *(gnnc_float4*)(b65 + (i_v * 8 + i_jv * 4)) = gnnc_make_float4(f_acc_0, f_acc_1, f_acc_2, f_acc_3);
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 16) {
        *(gnnc_float4*)(b66 + (i_v * 64 + i_jv * 4)) = gnnc_make_float4(b65[(i_v * 8 + ((i_jv * 4 / 8) % 8))], b65[(i_v * 8 + (((i_jv * 4 + 1) / 8) % 8))], b65[(i_v * 8 + (((i_jv * 4 + 2) / 8) % 8))], b65[(i_v * 8 + (((i_jv * 4 + 3) / 8) % 8))]);
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 16) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b58 + (i_v * 64 + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        const gnnc_float4 v_jvec2_0 = *(const gnnc_float4*)(b63 + (i_v * 64 + i_jv * 4));
        float f_jvec2_0 = v_jvec2_0.x;
        float f_jvec2_1 = v_jvec2_0.y;
        float f_jvec2_2 = v_jvec2_0.z;
        float f_jvec2_3 = v_jvec2_0.w;
        const gnnc_float4 v_jvec3_0 = *(const gnnc_float4*)(b10 + i_jv * 4);
        float f_jvec3_0 = v_jvec3_0.x;
        float f_jvec3_1 = v_jvec3_0.y;
        float f_jvec3_2 = v_jvec3_0.z;
        float f_jvec3_3 = v_jvec3_0.w;
        const gnnc_float4 v_jvec4_0 = *(const gnnc_float4*)(b66 + (i_v * 64 + i_jv * 4));
        float f_jvec4_0 = v_jvec4_0.x;
        float f_jvec4_1 = v_jvec4_0.y;
        float f_jvec4_2 = v_jvec4_0.z;
        float f_jvec4_3 = v_jvec4_0.w;
        const gnnc_float4 v_jvec5_0 = *(const gnnc_float4*)(b9 + i_jv * 4);
        float f_jvec5_0 = v_jvec5_0.x;
        float f_jvec5_1 = v_jvec5_0.y;
        float f_jvec5_2 = v_jvec5_0.z;
        float f_jvec5_3 = v_jvec5_0.w;
        *(gnnc_float4*)(b67 + (i_v * 64 + i_jv * 4)) = gnnc_make_float4(((f_jvec1_0 + (f_jvec2_0 * f_jvec3_0)) + (f_jvec4_0 * f_jvec5_0)), ((f_jvec1_1 + (f_jvec2_1 * f_jvec3_1)) + (f_jvec4_1 * f_jvec5_1)), ((f_jvec1_2 + (f_jvec2_2 * f_jvec3_2)) + (f_jvec4_2 * f_jvec5_2)), ((f_jvec1_3 + (f_jvec2_3 * f_jvec3_3)) + (f_jvec4_3 * f_jvec5_3)));
      }
      __syncwarp(lanes_mask);
    }
  }
}

/* sum_to */
extern "C" __global__ void k51_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b12 = (float*)buffers[12]; /* t6 */
  float* __restrict__ b66 = (float*)buffers[66]; /* t102 */
  float* __restrict__ b68 = (float*)buffers[68]; /* grad.conv1.att_src */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_t = 0 + group; i_t < 64; i_t += groups) {
    float f_acc = 0.0f;
    {
      float f_acc_lane1 = 0.0f;
      for (int64_t i_k0 = 0 + lane; i_k0 < s_N; i_k0 += 32) {
        f_acc_lane1 = (f_acc_lane1 + (b66[(i_k0 * 64 + ((i_t % 8) + ((i_t / 8) % 8) * 8))] * b12[(i_k0 * 64 + ((i_t % 8) + ((i_t / 8) % 8) * 8))]));
      }
      f_acc = (f_acc + gnnc_group_sum(f_acc_lane1, lanes_mask, 32));
    }
    if (lane == 0) {
      b68[i_t] = f_acc;
    }
    __syncwarp(lanes_mask);
  }
}

/* matmul_tn */
/* GEMM grad.conv1.W = t1^T @ t104: the BLAS computes it where there is one; this body where not */
extern "C" __global__ void k52_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b7 = (float*)buffers[7]; /* t1 */
  float* __restrict__ b67 = (float*)buffers[67]; /* t104 */
  float* __restrict__ b69 = (float*)buffers[69]; /* grad.conv1.W */
  const int64_t lane = threadIdx.x % 16;
  const unsigned lanes_mask = 0xffffu << (threadIdx.x % 32 / 16 * 16);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 16;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 16;
  (void)lane; (void)lanes_mask;
  for (int64_t i_k = 0 + group; i_k < s_F; i_k += groups) {
    for (int64_t i_cv = 0 + lane; i_cv < 16; i_cv += 16) {
      *(gnnc_float4*)(b69 + (i_k * 64 + i_cv * 4)) = gnnc_make_float4(0.0f, 0.0f, 0.0f, 0.0f);
    }
    __syncwarp(lanes_mask);
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b7[(i_r * s_F + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_cv = 0 + lane; i_cv < 16; i_cv += 16) {
          const gnnc_float4 v_cvec1_0 = *(const gnnc_float4*)(b69 + (i_k * 64 + i_cv * 4));
          float f_cvec1_0 = v_cvec1_0.x;
          float f_cvec1_1 = v_cvec1_0.y;
          float f_cvec1_2 = v_cvec1_0.z;
          float f_cvec1_3 = v_cvec1_0.w;
          const gnnc_float4 v_cvec2_0 = *(const gnnc_float4*)(b67 + (i_r * 64 + i_cv * 4));
          float f_cvec2_0 = v_cvec2_0.x;
          float f_cvec2_1 = v_cvec2_0.y;
          float f_cvec2_2 = v_cvec2_0.z;
          float f_cvec2_3 = v_cvec2_0.w;
          *(gnnc_float4*)(b69 + (i_k * 64 + i_cv * 4)) = gnnc_make_float4((f_cvec1_0 + (f_a * f_cvec2_0)), (f_cvec1_1 + (f_a * f_cvec2_1)), (f_cvec1_2 + (f_a * f_cvec2_2)), (f_cvec1_3 + (f_a * f_cvec2_3)));
        }
        __syncwarp(lanes_mask);
      }
    }
  }
}
