"""The bit-exact fixtures were recorded with MXNet on an AVX-512 machine whose OpenBLAS ran its Haswell kernels
(OPENBLAS_CORETYPE=Haswell elsewhere): follow those oneDNN and OpenBLAS kernels on any CPU."""
import os

import pytest

os.environ.setdefault("DISTNET_ONEDNN_ISA", "avx512_core")
os.environ.setdefault("DISTNET_OPENBLAS_CORE", "haswell")


@pytest.fixture(autouse=True)
def _no_kernel_error_outlives_its_test():
    """An unread kernel error is global, as in MXNet (the next waitall raises it): keep it inside its test."""
    yield
    from distnet.ndarray import failures
    failures.forget_outstanding()
