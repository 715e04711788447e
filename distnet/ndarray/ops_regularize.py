"""Regularisers attached to a graph: ``IdentityAttachKLSparseReg`` (the sparse auto-encoder penalty)."""
import numpy as np

from .. import autograd
from ..base import MXNetError
from .registry import defop


@defop("IdentityAttachKLSparseReg")
def identity_attach_kl_sparse_reg(data, moving_avg, *, sparseness_target=0.1, penalty=0.001, momentum=0.9):
    """The data unchanged; the backward adds the KL sparseness penalty on each unit's moving mean activation."""
    if moving_avg.shape != (int(np.prod(data.shape[1:])),):
        raise MXNetError(f"IdentityAttachKLSparseReg: moving_avg has shape {moving_avg.shape}, expected one value "
                         f"per unit of data {data.shape}: ({int(np.prod(data.shape[1:]))},)")
    return data.copy()


@identity_attach_kl_sparse_reg.grad
def _(dy, out, data, moving_avg, *, sparseness_target=0.1, penalty=0.001, momentum=0.9):
    f = np.float32
    flat = data.reshape(data.shape[0], -1).astype(f)
    mean = flat.sum(axis=0) / f(flat.shape[0])
    if autograd.is_training():       # not when probed outside training (see Executor.backward)
        moving_avg[...] = f(momentum) * moving_avg + (f(1) - f(momentum)) * mean
    target = f(sparseness_target)
    reg = f(penalty) * (-target / moving_avg + (f(1) - target) / (f(1) - moving_avg))
    dx = dy.reshape(flat.shape) + reg
    return dx.reshape(data.shape).astype(data.dtype), None
