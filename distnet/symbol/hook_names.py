"""The names a hybridized block's op hook reports, as MXNet's CachedOp monitor gives them.

MXNet names a node's inputs by the operator's declared input names (``data``, ``weight``, ``lhs``)
or, for operators that declare none, ``input0``, ``input1``...; variadic operators use ``arg0``...
Outputs are ``output`` (``output0``... for several) where the operator declares output names, and
``0``, ``1``... otherwise. The tables list the operators that differ from distnet's own argument
names, read off MXNet 1.9.1.
"""
from .backward_ops import ZEROS, rule

INDEXED_INPUTS = frozenset("""
    Activation BlockGrad Cast Flatten Reshape SoftmaxActivation _copy abs arccos arccosh arcsin arcsinh arctan
    arctanh argmax argmin argsort broadcast_axis broadcast_to cbrt ceil clip cos cosh degrees erf erfinv
    exp expand_dims expm1 fix floor gamma gammaln hard_sigmoid identity log log10 log1p log2 logical_not
    max mean min nanprod nansum negative norm ones_like prod radians rcbrt reciprocal relu rint round
    rsqrt shape_array sigmoid sign sin sinh size_array slice_axis smooth_l1 softmin softsign sort sqrt
    square sum tan tanh topk transpose trunc zeros_like _contrib_box_nms
    _plus_scalar _minus_scalar _rminus_scalar _mul_scalar _div_scalar _rdiv_scalar _power_scalar
    _rpower_scalar _mod_scalar _rmod_scalar _maximum_scalar _minimum_scalar _equal_scalar
    _not_equal_scalar _greater_scalar _greater_equal_scalar _lesser_scalar _lesser_equal_scalar
""".split())

LHS_RHS_INPUTS = frozenset("""
    batch_dot broadcast_add broadcast_div broadcast_equal broadcast_greater broadcast_greater_equal
    broadcast_hypot broadcast_lesser broadcast_lesser_equal broadcast_like broadcast_logical_and
    broadcast_logical_or broadcast_logical_xor broadcast_maximum broadcast_minimum broadcast_mod
    broadcast_mul broadcast_not_equal broadcast_power broadcast_sub dot reshape_like
    elemwise_add elemwise_sub elemwise_mul elemwise_div _plus _minus _mul _div _Plus _Minus _Mul _Div
""".split())

NAMED_OUTPUTS = {
    "BatchNorm": ("output", "mean", "var"), "RNN": ("output", "hy", "cy"),
    **{name: ("output",) for name in """
        BilinearSampler Concat Convolution Correlation Crop Deconvolution Dropout FullyConnected
        GridGenerator GroupNorm InstanceNorm L2Normalization LRN LayerNorm LeakyReLU MakeLoss Pad Pooling
        ROIPooling SequenceMask SliceChannel SoftmaxActivation SoftmaxOutput SpatialTransformer SwapAxis
        UpSampling Activation elemwise_add _plus _Plus softmax softmin _sg_mkldnn_conv
        _sg_mkldnn_fully_connected""".split()},
}


# The outputs an operator computes but does not show, named after its visible ones.
HIDDEN_OUTPUTS = {"BatchNorm": ("mean", "var"), "InstanceNorm": ("mean", "var"), "LayerNorm": ("mean", "std"),
                  "GroupNorm": ("mean", "std"), "Dropout": ("mask",), "topk": ("1",)}


def input_names(op_name, op, count, attrs=None):
    """The names of a node's ``count`` inputs (a Custom node's, given its ``attrs``: its Prop's arguments and
    auxiliary states)."""
    if op_name == "Custom" and attrs is not None:
        signature = op.signature(attrs)
        return (signature.arguments + signature.aux + [f"arg{i}" for i in range(count)])[:count]
    labels = getattr(op, "input_labels", None)     # (a fused node's, see mkldnn_subgraph)
    if labels is not None and len(labels) == count:
        return list(labels)
    if op.variadic:
        return [f"arg{i}" for i in range(count)]
    if op_name in INDEXED_INPUTS:
        return [f"input{i}" for i in range(count)]
    if op_name in LHS_RHS_INPUTS:
        return ["lhs", "rhs"][:count]
    names = list(op.arg_names)
    return [names[i] if i < len(names) else f"input{i}" for i in range(count)]


def output_names(op_name, count):
    """The names of a node's ``count`` visible outputs."""
    named = NAMED_OUTPUTS.get(op_name)
    if named is None:
        return [str(i) for i in range(count)]
    if count == 1:
        return [named[0]]
    if len(named) >= count:
        return list(named[:count])
    return [f"output{i}" for i in range(count)]


# MXNet's legacy operators (an OperatorProperty each): their backward node names the gradient of each input after
# that input (``<node>_backward_data``), where the others number them (``<node>_backward_output0``...).
LEGACY_OPERATORS = frozenset("""
    BilinearSampler Convolution_v1 Correlation Crop GridGenerator IdentityAttachKLSparseReg InstanceNorm
    L2Normalization MakeLoss Pad Pooling_v1 ROIPooling SVMOutput SequenceLast SequenceMask SequenceReverse
    SliceChannel SpatialTransformer SwapAxis _contrib_DeformableConvolution _contrib_DeformablePSROIPooling
    _contrib_ModulatedDeformableConvolution _contrib_PSROIPooling _contrib_SyncBatchNorm
""".split())


def gradient_names(op_name, op, positions):
    """The names an executor's monitor gives the gradients of a node's inputs at ``positions`` (those that are
    not auxiliary states), after the node's own name."""
    if op_name in LEGACY_OPERATORS:
        names = input_names(op_name, op, max(positions) + 1)
        return [f"backward_{names[i]}" for i in positions]
    if op_name == "Custom":         # (its backward node takes the forward node's name)
        return ["output"] if len(positions) == 1 else [f"output{k}" for k in range(len(positions))]
    if len(positions) == 1:
        return ["backward_output"]
    return [f"backward_output{k}" for k in range(len(positions))]


def zero_gradient_node(op_name, attrs, node_name, position, count):
    """The name of the zeros_like node MXNet's gradient rule makes for input ``position`` (of ``count``) of node
    ``node_name`` (``<node>_backward``, ``<node>_in<k>_backward``, where's ``<node>_cond_backward``), or None
    when a backward node computes that gradient. A sum of gradients drops such nodes, keeping one if all are."""
    found = rule(op_name, {k: str(v) for k, v in attrs.items()})
    if found == ZEROS:
        return f"{node_name}_backward" if count == 1 else f"{node_name}_in{position}_backward"
    if isinstance(found, list):
        for step in found:
            if step[0] == "zeros_like" and position in step[3]:
                return node_name + step[2]
    return None
