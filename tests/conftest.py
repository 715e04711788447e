"""The bit-exact fixtures were recorded with MXNet on an AVX-512 machine: follow its oneDNN kernels."""
import os

import pytest

os.environ.setdefault("DISTNET_ONEDNN_ISA", "avx512_core")


@pytest.fixture(autouse=True)
def _no_kernel_error_outlives_its_test():
    """An unread kernel error is global, as in MXNet (the next waitall raises it): keep it inside its test."""
    yield
    from distnet.ndarray import failures
    failures.forget_outstanding()
