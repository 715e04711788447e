# Symbol's fluent methods are class attributes (hasattr on the class, listed by dir), operators without a fluent
# method are no attributes; test_utils.DummyIter is a DataIter.
import mxnet as mx

FLUENT = ("abs", "arccos", "argmax", "argmax_channel", "argsort", "broadcast_axes", "broadcast_like", "clip",
          "depth_to_space", "diag", "expand_dims", "flatten", "flip", "log_softmax", "max", "nanprod", "norm",
          "one_hot", "ones_like", "pad", "pick", "rcbrt", "relu", "repeat", "reshape_like", "shape_array",
          "size_array", "slice", "slice_axis", "slice_like", "softmin", "sort", "split", "squeeze", "sum", "swapaxes",
          "take", "tile", "topk", "zeros_like", "reshape", "astype", "transpose", "split_v2")
print([name for name in FLUENT if not hasattr(mx.sym.Symbol, name) or name not in dir(mx.sym.Symbol)])
s = mx.sym.var("a")
print([(name, hasattr(s, name)) for name in ("FullyConnected", "Convolution", "elemwise_add", "broadcast_add",
                                             "dot", "Cast", "cast", "exp", "sum", "_plus")])
with mx.name.NameManager():
    out = s.sum(axis=1).expand_dims(0).tile(reps=(2, 1)).topk(k=1).slice_axis(axis=1, begin=0, end=1)
    print(out.infer_shape(a=(3, 4)), out.list_arguments(), out.name)
    parts = s.split(num_outputs=2, axis=1)
    print(len(parts), parts.list_outputs())
print(mx.sym.Symbol.sum(s, axis=0).infer_shape(a=(3, 4))[1])
it = mx.test_utils.DummyIter(mx.io.NDArrayIter(mx.nd.ones((4, 2)), batch_size=2))
print(isinstance(it, mx.io.DataIter), next(it).data[0].shape, it.next().data[0].shape, it.batch_size, it.provide_data)
