"""``mx.runtime``: the features this build has (``mx.runtime.Features().is_enabled('CUDA')``)."""
import collections
import ctypes  # noqa: F401  (names MXNet's module shows, as its own imports)

from .base import _LIB, check_call  # noqa: F401

# MXNet 1.9.1's feature names, in its order, enabled as in its CPU pip build, whose behaviour distnet
# reproduces (oneDNN numerics, OpenCV image decoding, OpenBLAS/LAPACK, the distributed kvstore).
_ENABLED = {"CPU_SSE", "CPU_SSE2", "CPU_SSE3", "OPENMP", "BLAS_OPEN", "LAPACK", "MKLDNN", "OPENCV", "DIST_KVSTORE",
            "SIGNAL_HANDLER"}
_NAMES = ("CUDA", "CUDNN", "NCCL", "CUDA_RTC", "TENSORRT", "CPU_SSE", "CPU_SSE2", "CPU_SSE3", "CPU_SSE4_1",
          "CPU_SSE4_2", "CPU_SSE4A", "CPU_AVX", "CPU_AVX2", "OPENMP", "SSE", "F16C", "JEMALLOC", "BLAS_OPEN",
          "BLAS_ATLAS", "BLAS_MKL", "BLAS_APPLE", "LAPACK", "MKLDNN", "OPENCV", "CAFFE", "PROFILER",
          "DIST_KVSTORE", "CXX14", "INT64_TENSOR_SIZE", "SIGNAL_HANDLER", "DEBUG", "TVM_OP")


class Feature:
    """One compile-time feature and whether it is enabled."""

    def __init__(self, name, enabled):
        self.name, self.enabled = name, enabled

    def __repr__(self):
        return f"{'✔' if self.enabled else '✖'} {self.name}"


def feature_list():
    """Every feature, in MXNet's order."""
    return [Feature(n, n in _ENABLED) for n in _NAMES]


class Features(collections.OrderedDict):
    """The features by name."""

    instance = None

    def __new__(cls):
        if cls.instance is None:
            cls.instance = super().__new__(cls)
            super(Features, cls.instance).__init__((f.name, f) for f in feature_list())
        return cls.instance

    def __init__(self):
        pass

    def __repr__(self):
        return str(list(self.values()))

    def is_enabled(self, feature_name):
        """Whether ``feature_name`` is enabled; a clear error for an unknown name."""
        name = feature_name.upper()
        if name not in self:
            raise RuntimeError(f"Feature '{name}' is unknown, known features are: {list(self.keys())}")
        return self[name].enabled
