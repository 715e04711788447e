"""``mx.rtc``: CUDA runtime compilation, which needs a CUDA build; distnet runs on the CPU only."""
from .base import MXNetError

_NO_CUDA = ("{}: CUDA runtime compilation needs MXNet compiled with USE_CUDA=1 and ENABLE_CUDA_RTC=1; "
            "distnet has no GPU backend. Write the kernel as an mx.operator.CustomOp on NDArrays instead")


class CudaModule:
    """A CUDA source module compiled at run time: not available without CUDA."""

    def __init__(self, source, options=(), exports=()):
        raise MXNetError(_NO_CUDA.format("CudaModule"))

    def get_kernel(self, name, signature):
        """A kernel of the module (never reached: construction raises)."""
        raise MXNetError(_NO_CUDA.format("CudaModule.get_kernel"))


class CudaKernel:
    """A kernel of a ``CudaModule``: not available without CUDA."""

    def __init__(self, handle, name, is_ndarray, dtypes):
        raise MXNetError(_NO_CUDA.format("CudaKernel"))

    def launch(self, args, ctx, grid_dims, block_dims, shared_mem=0):
        """Run the kernel (never reached: construction raises)."""
        raise MXNetError(_NO_CUDA.format("CudaKernel.launch"))
