"""The numerics of the nodes MXNet 1.9.1's MKLDNN subgraph backend fuses in an executor bound without
gradients, where they differ from the unfused ops.

A Convolution + BatchNorm runs as one convolution with the BatchNorm folded into its weight and bias (probed
on MXNet): per filter, ``alpha = gamma / sqrt(moving_var + eps)`` in double precision (gamma read as 1 under
``fix_gamma``), rounded once to float32; the weight times alpha, and the bias ``beta + alpha * (bias -
moving_mean)``, in float32. The fused node always reads the moving statistics, whatever ``is_train`` says,
and leaves them as they are. A fused elemwise_add sums the convolution into its other operand as oneDNN's
sum post-op (ops_conv.convolution_with_sum). A FullyConnected + exp takes oneDNN's vector exp (the lone exp
op takes the C library's).

A fused node keeps what its first forward read: the FullyConnected's and the Convolution's weight (their
bias is read afresh), a Convolution + BatchNorm's folded weight and bias until the convolution's own weight
or bias changes. A later write to those arrays (set_params, a shared module's update) goes unseen, as in
MXNet, until a reshape binds a new executor.
"""
import functools

import numpy as np

from ..ndarray import onednn
from ..ndarray.ops_elemwise import _erf as erf, libm_f32
from ..ndarray.registry import Op
from .graph import topo_order


def fuse_for_inference(program, keep_first=True):
    """Rewrite ``program`` (a graph.Program over float32 arrays) so the groups MXNet fuses compute as its
    fused nodes do; ``keep_first``: the program is one executor's, whose fused nodes keep the weights their
    first forward read (a fused symbol's node, shared by every executor, reads them afresh)."""
    from .mkldnn_fusion import _conv_groups, _fc_groups, _readers, without_merged_identities
    heads, order, _ = without_merged_identities(program.heads)
    readers = _readers(order, heads)
    steps = {step[4]: k for k, step in enumerate(program.steps)}
    conv_groups, fc_groups = _conv_groups(order, readers), _fc_groups(order, readers)
    for group in conv_groups:
        members = group["members"]
        kinds = [m.op_name for m in members]
        fused = kinds[:kinds.index("elemwise_add") + 1] if "elemwise_add" in kinds else kinds[:2]
        if _REFERENCE_ACTIVATIONS.get(_activation_kind(members[-1])) is not None:     # (reads the conv's step)
            _use_reference_activation(program, steps, members[0], members[-1])
        if fused[-1] in ("BatchNorm", "elemwise_add") and all(_channel_first(m) for m in members[:len(fused)]
                                                              if m.op_name == "BatchNorm"):
            _fuse_convolution(program, steps, members[:len(fused)], keep_first)
        elif keep_first:
            _keep_first_weight(program, steps, members[0])
    for group in fc_groups:
        _fuse_fully_connected(program, steps, group["members"], keep_first)
    for group in conv_groups + fc_groups:
        _read_fused_output(program, steps, group["members"])


def _read_fused_output(program, steps, members):
    """Outside a fused node, every later read of a member's output (a graph output, an op MXNet's partitioner
    left out to avoid a cycle) gets the fused node's one output, as MXNet connects them (a merged identity's
    step before the last member keeps its input)."""
    at = steps[members[-1].name]
    last = program.steps[at][3][0]
    moved = {program.steps[steps[m.name]][3][0]: last for m in members[:-1]}
    for k, (op, ins, attrs, outs, name) in enumerate(program.steps[at + 1:], at + 1):
        if any(i in moved for i in ins):
            program.steps[k] = (op, [moved.get(i, i) for i in ins], attrs, outs, name)
    program.out_slots = [moved.get(i, i) for i in program.out_slots]


def _activation_kind(node):
    """The activation a fused node applies ('relu', 'tanh', ...), None for other nodes."""
    if node.op_name == "Activation":
        return str(node.attrs.get("act_type"))
    if node.op_name == "LeakyReLU" and str(node.attrs.get("act_type", "leaky")) in ("leaky", "gelu"):
        return str(node.attrs.get("act_type", "leaky"))
    return None


def _reference_leaky(x, slope):
    return np.where(x > 0, x, x * np.float32(slope))


# the scalar arithmetic of oneDNN's reference eltwise kernel, which a convolution's gemm applies as post-op
_REFERENCE_ACTIVATIONS = {
    "relu": lambda x, attrs: np.where(x > 0, x, x * np.float32(0)),         # -0.0 for negative x
    "leaky": lambda x, attrs: _reference_leaky(x, float(attrs.get("slope", 0.25))),
    "tanh": lambda x, attrs: libm_f32("tanhf", np.tanh, x),
    "sigmoid": lambda x, attrs: np.float32(1) / (np.float32(1) + libm_f32("expf", np.exp, -x)),
    "softrelu": lambda x, attrs: libm_f32("log1pf", np.log1p, libm_f32("expf", np.exp, x)),
    "gelu": lambda x, attrs: np.float32(0.5) * x * (np.float32(1) + erf(x * np.float32(0.70710677))),   # x/sqrt 2
}


def _use_reference_activation(program, steps, conv, activation):
    """A fused activation whose convolution runs oneDNN's gemm: its step takes the reference arithmetic (it
    reads the convolution's data and weight after its own input to tell)."""
    from ..ndarray.ops_conv import runs_gemm
    _, conv_ins, conv_attrs, _, _ = program.steps[steps[conv.name]]
    op, ins, attrs, outs, name = program.steps[steps[activation.name]]
    reference = _REFERENCE_ACTIVATIONS[_activation_kind(activation)]

    def forward(data, conv_data, conv_weight):
        result = op.fwd(data, **attrs)
        if data.dtype != np.float32 or not runs_gemm(conv_data, conv_weight, **conv_attrs):
            return result
        if isinstance(result, tuple):       # (the op's hidden outputs stay)
            return (reference(data, activation.attrs),) + result[1:]
        return reference(data, activation.attrs)

    program.steps[steps[activation.name]] = (Op(op.name, forward, op.hidden), ins + conv_ins[:2], {}, outs, name)


def _fuse_convolution(program, steps, members, keep_first):
    """Convolution, then BatchNorm or elemwise_add or both: the last member's step runs them as one fused
    convolution, the steps before it nothing. Each step keeps its inputs where they were (a monitor reads
    them there); the last one reads the convolution's and the BatchNorm's after its own."""
    conv, last = members[0], members[-1]
    _, conv_ins, conv_attrs, _, _ = program.steps[steps[conv.name]]
    batchnorm = next((m for m in members if m.op_name == "BatchNorm" and _channel_first(m)), None)
    bn_ins, bn_attrs = program.steps[steps[batchnorm.name]][1:3] if batchnorm is not None else ([None], None)
    _, last_ins, _, last_outs, _ = program.steps[steps[last.name]]
    addend_at = None
    if last.op_name == "elemwise_add":
        addend_at = 1 if last.inputs[0][0] is members[-2] else 0
    for member in members[:-1]:
        _, ins, _, outs, name = program.steps[steps[member.name]]
        program.steps[steps[member.name]] = (_SKIPPED, ins, {}, outs, name)
    fused = _fused_op(conv_attrs, bn_attrs, len(last_ins), addend_at, len(conv_ins), keep_first)
    program.steps[steps[last.name]] = (fused, last_ins + conv_ins + bn_ins[1:], {}, last_outs, last.name)


def _fused_op(conv_attrs, bn_attrs, own_inputs, addend_at, conv_inputs, keep_first):
    """The op of a fused convolution step: (its own inputs, the convolution's, the BatchNorm's parameters)
    in; ``addend_at``: which of its own inputs a fused sum adds (None: no sum); ``keep_first``: whether it
    keeps the weight its first forward read."""
    from ..ndarray.ops_conv import convolution, convolution_with_sum
    from ..ndarray.ops_norm import _BN_EPS
    eps, fix_gamma = (bn_attrs or {}).get("eps", _BN_EPS), _flag((bn_attrs or {}).get("fix_gamma", True))
    first = {}          # what the first forward read: MXNet folds again only when the weight or bias changes

    def forward(*arrays):
        data, weight, *rest = arrays[own_inputs:own_inputs + conv_inputs]
        bias = rest[0] if rest else None
        if bn_attrs is not None and not keep_first:
            weight, bias = fold(weight, bias, *arrays[own_inputs + conv_inputs:], eps, fix_gamma)
        elif bn_attrs is not None:
            read = (weight, bias)
            if "read" not in first or not all(_same(a, b) for a, b in zip(read, first["read"])):
                first["read"] = tuple(None if a is None else a.copy() for a in read)
                first["folded"] = fold(weight, bias, *arrays[own_inputs + conv_inputs:], eps, fix_gamma)
            weight, bias = first["folded"]
        elif keep_first:
            weight = _first(first, weight)
        attrs = dict(conv_attrs, no_bias=bias is None)
        if addend_at is None:
            return convolution.fwd(data, weight, bias, **attrs)
        return convolution_with_sum(data, weight, bias, arrays[addend_at], **attrs)

    return Op("_sg_mkldnn_conv", forward, 0)


def _first(first, weight):
    """The weight as ``first`` kept it from the first forward (kept now if this is that forward)."""
    if "weight" not in first:
        first["weight"] = weight.copy()
    return first["weight"]


def _same(a, b):
    return (a is None and b is None) or (a is not None and b is not None and np.array_equal(a, b))


def _keep_first_weight(program, steps, node):
    """The step of a fused node that reads its weight (second input) as its first forward found it."""
    op, ins, attrs, outs, name = program.steps[steps[node.name]]
    first = {}

    def forward(data, weight, *rest, **kwargs):
        return op.fwd(data, _first(first, weight), *rest, **kwargs)

    program.steps[steps[node.name]] = (Op(op.name, forward, op.hidden), ins, attrs, outs, name)


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


def keep_fixed_gammas(program):
    """In an executor bound without gradients MXNet's BatchNorm leaves ``gamma`` as it is under fix_gamma
    (it reads ones; elsewhere it writes them into gamma): each such step gets a copy of gamma."""
    for k, (op, ins, attrs, outs, name) in enumerate(program.steps):
        if op.name == "BatchNorm" and _flag(attrs.get("fix_gamma", True)):
            program.steps[k] = (_gamma_kept(op), ins, attrs, outs, name)


def _gamma_kept(batchnorm):
    """``batchnorm``'s op, its gamma input copied before the kernel writes ones into it."""
    @functools.wraps(batchnorm.fwd)
    def forward(data, gamma, *rest, **attrs):
        return batchnorm.fwd(data, gamma.copy(), *rest, **attrs)

    return Op(batchnorm.name, forward, batchnorm.hidden)


def skip_merged_identities(program, heads):
    """The Dropouts MXNet's subgraph pass merges into the operator before them (mkldnn_fusion.identity_merges,
    over ``heads``, the graph before common subexpressions merge) are gone from its inference graph: their
    steps pass the data on even in a training forward, drawing nothing."""
    from .mkldnn_fusion import identity_merges, identity_op
    order = topo_order(heads)
    merges = identity_merges(order)
    names = {n.name for n in order if id(n) in merges and n.op_name == "Dropout" and not identity_op(merges[id(n)])}
    for k, (op, ins, attrs, outs, name) in enumerate(program.steps):
        if op.name == "Dropout" and name in names:
            program.steps[k] = (_passing_on(op), ins, attrs, outs, name)


def _passing_on(dropout):
    """``dropout``'s op dropping nothing."""
    @functools.wraps(dropout.fwd)
    def forward(data, **attrs):
        return dropout.fwd(data, **{**attrs, "p": 0})

    return Op(dropout.name, forward, dropout.hidden)


def _skip(data, *rest):
    """The step of a fused member but the last: its output is never read (the last one computes it)."""
    return data


_SKIPPED = Op("_sg_mkldnn_conv_member", _skip, 0)


_FUSED_FC_NDIM = 5     # MXNet fuses a FullyConnected reading float32 data of up to 5 axes, not more


def _fuse_fully_connected(program, steps, members, keep_first):
    """A fused FullyConnected runs oneDNN's inner product, also on data of 5 axes (which the lone op hands to
    MXNet's own kernel), and a fused exp takes oneDNN's vector exp; the steps read the FullyConnected's data
    after their own inputs to tell whether MXNet fused them."""
    fc, last = members[0], members[-1]
    fc_op, fc_ins, fc_attrs, fc_outs, _ = program.steps[steps[fc.name]]
    flatten = _flag(fc_attrs.get("flatten", True))
    first = {}

    def fully_connected(data, weight, *bias, **attrs):
        if keep_first and data.ndim <= _FUSED_FC_NDIM:      # (MXNet leaves data of more axes unfused)
            weight = _first(first, weight)
        result = fc_op.fwd(data, weight, *bias, **attrs)       # (its checks, and the data MXNet does not fuse)
        if data.ndim != _FUSED_FC_NDIM or result.dtype != np.float32 or not onednn.enabled():
            return result
        result = onednn.inner_product(data.reshape(data.shape[0], -1) if flatten else data, weight)
        return result + bias[0] if bias and bias[0] is not None else result

    program.steps[steps[fc.name]] = (Op(fc_op.name, fully_connected, fc_op.hidden), fc_ins, fc_attrs, fc_outs,
                                     fc.name)
    if last.op_name == "exp":
        op, ins, attrs, outs, name = program.steps[steps[last.name]]

        def exp(data, fc_data):
            return onednn.exp(data) if fc_data.ndim <= _FUSED_FC_NDIM else op.fwd(data, **attrs)

        program.steps[steps[last.name]] = (Op(op.name, exp, 0), ins + fc_ins[:1], {}, outs, name)


def _flag(value):
    return str(value).lower() in ("true", "1")
