"""The bit-exact fixtures were recorded with MXNet on an AVX-512 machine whose OpenBLAS ran its Haswell kernels
(OPENBLAS_CORETYPE=Haswell elsewhere): follow those oneDNN and OpenBLAS kernels on any CPU. numpy's own OpenBLAS,
whose products distnet's kernels build on, runs its Haswell kernels too (set before numpy loads it: on newer CPUs,
e.g. Sapphire Rapids, it would pick kernels that sum in another order)."""
import os
import sys
import tempfile


def _keep_bytecode_outside_the_tree():
    """The suite starts many Python processes (script runners, servers, workers, checks on other kernels), each
    importing distnet: where the environment forbids writing bytecode (PYTHONDONTWRITEBYTECODE, as many container
    images set), each would compile every module again. Cache it outside the source tree instead."""
    if os.environ.get("PYTHONDONTWRITEBYTECODE") and not os.environ.get("PYTHONPYCACHEPREFIX"):
        prefix = os.path.join(tempfile.gettempdir(), f"distnet-tests-pycache-{os.getuid()}")
        del os.environ["PYTHONDONTWRITEBYTECODE"]
        os.environ["PYTHONPYCACHEPREFIX"] = sys.pycache_prefix = prefix
        sys.dont_write_bytecode = False


_keep_bytecode_outside_the_tree()
os.environ.setdefault("OPENBLAS_CORETYPE", "Haswell")
os.environ.setdefault("DISTNET_ONEDNN_ISA", "avx512_core")
os.environ.setdefault("DISTNET_OPENBLAS_CORE", "haswell")
os.environ.setdefault("DISTNET_ONEDNN_L1", str(48 << 10))     # that machine's L1 data cache a core, as oneDNN read it
os.environ.setdefault("DISTNET_ONEDNN_L2", str(2 << 20))      # and its L2
os.environ.setdefault("DISTNET_ONEDNN_THREADS", "1")          # the OpenMP threads MXNet gave oneDNN there

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _no_kernel_error_outlives_its_test():
    """An unread kernel error is global, as in MXNet (the next waitall raises it): keep it inside its test."""
    yield
    from distnet.ndarray import failures
    failures.forget_outstanding()
