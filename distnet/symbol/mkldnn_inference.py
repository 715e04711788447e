"""The numerics of the nodes MXNet 1.9.1's MKLDNN subgraph backend fuses in an executor bound without
gradients, where they differ from the unfused ops.

A Convolution + BatchNorm runs as one convolution with the BatchNorm folded into its weight and bias (probed
on MXNet): per filter, ``alpha = gamma / sqrt(moving_var + eps)`` in double precision (gamma read as 1 under
``fix_gamma``), rounded once to float32; the weight times alpha, and the bias ``beta + alpha * (bias -
moving_mean)``, in float32. The fused node always reads the moving statistics, whatever ``is_train`` says,
and leaves them as they are. A FullyConnected + exp takes oneDNN's vector exp (the lone exp op takes the C
library's).
"""
import numpy as np

from ..ndarray import onednn
from ..ndarray.registry import Op


def fuse_for_inference(program):
    """Rewrite ``program`` (a graph.Program over float32 arrays) so the groups MXNet fuses compute as its
    fused nodes do."""
    from .mkldnn_fusion import _conv_groups, _fc_groups, _readers, _without_dropout
    heads, order, _ = _without_dropout(program.heads)
    readers = _readers(order, heads)
    steps = {step[4]: k for k, step in enumerate(program.steps)}
    _fold_batchnorms(program, steps, _conv_groups(order, readers))
    for group in _fc_groups(order, readers):
        last = group["members"][-1]
        if last.op_name == "exp":
            _, ins, _, outs, name = program.steps[steps[last.name]]
            program.steps[steps[last.name]] = (_ONEDNN_EXP, ins, {}, outs, name)


def _fold_batchnorms(program, steps, conv_groups):
    """Each fused Convolution + BatchNorm: the BatchNorm's step runs the folded convolution, the
    convolution's step nothing."""
    for conv_name, bn_name in _batchnorm_pairs(conv_groups):
        conv_op, conv_ins, conv_attrs, conv_outs, _ = program.steps[steps[conv_name]]
        _, bn_ins, bn_attrs, bn_outs, _ = program.steps[steps[bn_name]]
        folded = _folded_op(conv_op, conv_attrs, bn_attrs)
        program.steps[steps[conv_name]] = (_SKIPPED, conv_ins, {}, conv_outs, conv_name)
        # the BatchNorm's inputs keep their places (a monitor reads them there), the convolution's follow
        program.steps[steps[bn_name]] = (folded, bn_ins + conv_ins, {}, bn_outs, bn_name)


def _batchnorm_pairs(groups):
    """(convolution name, batchnorm name) of every fused convolution group that holds a BatchNorm."""
    return [(g["members"][0].name, g["members"][1].name) for g in groups
            if len(g["members"]) > 1 and g["members"][1].op_name == "BatchNorm" and _channel_first(g["members"][1])]


def _channel_first(batchnorm):
    """Whether a BatchNorm normalises axis 1 and shows one output (the fold covers those only)."""
    attrs = batchnorm.attrs
    return int(attrs.get("axis", 1)) == 1 and not _flag(attrs.get("output_mean_var", False))


def fold(weight, bias, gamma, beta, mean, var, eps, fix_gamma):
    """The folded (weight, bias) of a convolution followed by an inference BatchNorm, as MXNet rounds them."""
    scale = np.ones(gamma.shape) if fix_gamma else gamma.astype(np.float64)
    alpha = (scale / np.sqrt(var.astype(np.float64) + float(eps))).astype(np.float32)
    shift = -mean if bias is None else bias - mean
    folded_weight = weight * alpha.reshape((-1,) + (1,) * (weight.ndim - 1))
    return folded_weight, beta + alpha * shift


def _folded_op(conv_op, conv_attrs, bn_attrs):
    """The op of a fused Convolution + BatchNorm step: (the skipped convolution's output, gamma, beta, mean,
    var, data, weight[, bias]) in."""
    eps, fix_gamma = bn_attrs.get("eps", 1e-3), _flag(bn_attrs.get("fix_gamma", True))

    def forward(_skipped, gamma, beta, mean, var, data, weight, bias=None):
        folded_weight, folded_bias = fold(weight, bias, gamma, beta, mean, var, eps, fix_gamma)
        attrs = dict(conv_attrs, no_bias=False)
        return conv_op.fwd(data, folded_weight, folded_bias, **attrs)

    return Op("_sg_mkldnn_conv", forward, 0)


def _skip(data, *rest):
    """A fused convolution's own step: its output is never read (the BatchNorm's step computes it)."""
    return data


_SKIPPED = Op("_sg_mkldnn_conv_member", _skip, 0)


def _onednn_exp(data):
    """The exp a fused FullyConnected applies to its output."""
    return onednn.exp(data)


_ONEDNN_EXP = Op("exp", _onednn_exp, 0)


def _flag(value):
    return str(value).lower() in ("true", "1")
