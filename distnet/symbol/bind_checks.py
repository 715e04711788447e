"""The checks MXNet makes while binding: its legacy and stateful operators create their kernel for
the data's dtype at bind time, so a dtype the kernel lacks (or an LSTM clipping it cannot do, or a kernel
written for GPUs only) fails there."""
import numpy as np

from ..base import MXNetError, located
from ..error_sites import own_site
from ..ndarray.ops_contrib import GPU_ONLY
from ..ndarray.ops_rnn import refuse_native_clipping
from .graph import topo_order

# Kernels with a floating-point dtype switch (float16, float32, float64).
FLOAT_KERNELS = frozenset({"MakeLoss", "Dropout", "RNN", "L2Normalization", "SVMOutput", "Pad", "pad", "ROIPooling",
                           "BilinearSampler", "SpatialTransformer", "Correlation"})
# Kernels written for float32 only.
FLOAT32_KERNELS = frozenset({"GridGenerator"})


def _refusal(op_name, dtype):
    """MXNet's words for a kernel without ``dtype``."""
    if op_name in FLOAT32_KERNELS:
        return "Other DTypes are not supported!"
    if dtype == np.bool_:
        return "Unknown type enum 7"
    comma = "" if dtype == np.uint8 else ","          # MXNet's uint8 case of the switch has no comma
    return f"This operation only support floating point types{comma} not {dtype.name}"


def _accepts(op_name, dtype):
    return dtype == np.float32 if op_name in FLOAT32_KERNELS else dtype.kind == "f"


def check_kernel_dtypes(symbol, bound_dtypes):
    """Refuse, as MXNet's bind does, a node whose kernel has no version for its data's dtype.

    ``bound_dtypes``: {input name: dtype} of the bound arrays."""
    for node in topo_order(symbol._heads):      # operators without a CPU kernel, refused as MXNet creates them
        if not node.is_variable and node.op.name in GPU_ONLY:
            raise MXNetError(GPU_ONLY[node.op.name])
    nodes = [n for n in topo_order(symbol._heads)
             if not n.is_variable and (n.op.name in FLOAT_KERNELS or n.op.name in FLOAT32_KERNELS)]
    if not nodes:
        return
    from .infer import infer_type
    types = {}
    try:
        infer_type(symbol, (), bound_dtypes, partial=True, nodes=types)
    except MXNetError:
        return          # the forward reports an inconsistent graph
    for node in nodes:
        src, i = node.inputs[0]
        dtype = types.get((id(src), i))
        if dtype is not None and not _accepts(node.op.name, np.dtype(dtype)):
            # raised where the kernel is created, outside the passes that name the node
            refusal = _refusal(node.op.name, np.dtype(dtype))
            raise located(MXNetError(refusal), own_site(refusal, node.op.name))
        if dtype is not None and node.op.name == "RNN":
            a = node.attrs
            refuse_native_clipping(np.dtype(dtype), a.get("projection_size"), a.get("lstm_state_clip_min"),
                                   a.get("lstm_state_clip_max"))
