"""inspect.signature of generated operator functions: inputs default None, attributes _Null."""
import inspect

import mxnet as mx

NAMES = ["FullyConnected", "Convolution", "Deconvolution", "Pooling", "BatchNorm", "Activation", "LeakyReLU",
         "Dropout", "Embedding", "RNN", "SoftmaxOutput", "Concat", "ElementWiseSum", "add_n", "sum", "mean",
         "argmax", "topk", "sort", "one_hot", "pick", "take", "slice", "slice_axis", "reshape", "transpose",
         "clip", "where", "dot", "batch_dot", "broadcast_add", "elemwise_mul", "relu", "softmax", "log_softmax",
         "norm", "Cast", "SequenceMask", "LayerNorm", "sgd_update", "adam_update", "_plus_scalar"]
for space in (mx.nd, mx.sym):
    for n in NAMES:
        f = getattr(space, n, None) or getattr(space._internal, n)
        print(n, inspect.signature(f))
for f in (mx.nd.contrib.box_nms, mx.nd.contrib.bipartite_matching, mx.nd.linalg.gemm2, mx.sym.contrib.box_nms,
          mx.sym.linalg.gemm2, mx.sym.image.to_tensor, mx.sym.sparse.dot):
    print(inspect.signature(f))
