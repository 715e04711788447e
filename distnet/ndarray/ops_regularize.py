"""Regularisers attached to a graph: ``IdentityAttachKLSparseReg`` (the sparse auto-encoder penalty)."""
import numpy as np

from .. import autograd
from ..base import MXNetError
from .failures import backward_kernel_error
from .registry import defop
from .shape_text import OperatorMessage
from .serialize import DTYPE_TO_FLAG


@defop("IdentityAttachKLSparseReg")
def identity_attach_kl_sparse_reg(data, moving_avg, *, sparseness_target=0.1, penalty=0.001, momentum=0.9):
    """The data unchanged; the backward adds the KL sparseness penalty on each unit's moving mean activation."""
    if data.ndim < 2:       # MXNet sizes moving_avg from the data's axis 1
        raise MXNetError(f"Check failed: i >= 0 && i < ndim(): index = 1 must be in range [0, {data.ndim})")
    for a in (data, moving_avg):
        if a.dtype != np.float32:
            raise MXNetError(f"Check failed: in_type->at(i) == mshadow: :default_type_flag || in_type->at(i) == -1: "
                             f"Unsupported data type {DTYPE_TO_FLAG.get(a.dtype, a.dtype.name)}\n"
                             "IdentityAttachKLSparseReg takes float32 data only")
    if moving_avg.shape != data.shape[1:2]:
        raise MXNetError(f"IdentityAttachKLSparseReg: moving_avg has shape {moving_avg.shape}, expected one value "
                         f"per unit of axis 1 of data {data.shape}: ({data.shape[1]},)")
    return data.copy()


identity_attach_kl_sparse_reg.unlisted_inputs = ("moving_avg",)       # (an auxiliary state: see Op)


@identity_attach_kl_sparse_reg.grad
def _(dy, out, data, moving_avg, *, sparseness_target=0.1, penalty=0.001, momentum=0.9):
    f = np.float32
    # MXNet's kernel reads the data as rows of its last axis, whose columns must be moving_avg's units
    flat = data.reshape(-1, data.shape[-1]).astype(f)
    if flat.shape[1] != moving_avg.shape[0]:
        backward_kernel_error(OperatorMessage(f"MapReduceKeepLowest: Check failed: eshape[1] == dshape[0] "
                                              f"({flat.shape[1]} vs. {moving_avg.shape[0]}) : :reduction dimension do "
                                              "not match", site=("../include/mshadow/./tensor_cpu-inl.h", 231)))
        return np.zeros(data.shape, data.dtype), None
    mean = flat.sum(axis=0) / f(flat.shape[0])
    if autograd.is_training():       # not when probed outside training (see Executor.backward)
        moving_avg[...] = f(momentum) * moving_avg + (f(1) - f(momentum)) * mean
    target = f(sparseness_target)
    reg = f(penalty) * (-target / moving_avg + (f(1) - target) / (f(1) - moving_avg))
    dx = dy.reshape(flat.shape) + reg
    return dx.reshape(data.shape).astype(data.dtype), None
