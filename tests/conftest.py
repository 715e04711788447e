"""The bit-exact fixtures were recorded with MXNet on an AVX-512 machine: follow its oneDNN kernels."""
import os

os.environ.setdefault("DISTNET_ONEDNN_ISA", "avx512_core")
