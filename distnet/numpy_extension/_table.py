"""Which registry operator runs each ``npx`` neural-network function (one table for mx.npx and F.npx)."""

# npx name -> registry operator; the npx functions take the operator's inputs and attributes in its order.
NPX_OPS = {
    "activation": "Activation",
    "arange_like": "_contrib_arange_like",
    "batch_dot": "batch_dot",
    "batch_flatten": "Flatten",
    "batch_norm": "BatchNorm",
    "cast": "Cast",
    "convolution": "Convolution",
    "deconvolution": "Deconvolution",
    "dropout": "Dropout",
    "embedding": "Embedding",
    "erf": "erf",
    "erfinv": "erfinv",
    "fully_connected": "FullyConnected",
    "gamma": "gamma",
    "gammaln": "gammaln",
    "gather_nd": "gather_nd",
    "layer_norm": "LayerNorm",
    "leaky_relu": "LeakyReLU",
    "log_softmax": "log_softmax",
    "multibox_detection": "_contrib_MultiBoxDetection",
    "multibox_prior": "_contrib_MultiBoxPrior",
    "multibox_target": "_contrib_MultiBoxTarget",
    "one_hot": "one_hot",
    "pick": "pick",
    "pooling": "Pooling",
    "relu": "_npx_relu",
    "reshape_like": "reshape_like",
    "rnn": "RNN",
    "roi_pooling": "ROIPooling",
    "sequence_mask": "SequenceMask",
    "shape_array": "shape_array",
    "sigmoid": "_npx_sigmoid",
    "slice": "slice",
    "smooth_l1": "smooth_l1",
    "softmax": "softmax",
    "topk": "topk",
}


def npx_operator(opname):
    """MXNet's npx operator (its backend name) doing what registry operator ``opname`` does, if there is one: a
    legacy layer's operator under NumPy semantics."""
    from ..ndarray.registry import OPS
    opname = OPS[opname].name if opname in OPS else opname      # (an alias: nd.cast is Cast)
    if opname.startswith("_image_"):
        return "_npx_" + opname         # (npx.image.to_tensor is _npx__image_to_tensor)
    return next((f"_npx_{name}" for name, op in NPX_OPS.items() if op == opname), None)
