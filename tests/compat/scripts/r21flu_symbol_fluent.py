"""Symbol fluent methods build the same graph as the mx.sym functions: names, arguments, inferred shapes and types."""
import mxnet as mx
from _words import words

b = mx.sym.var("b", shape=(2, 3))
c = mx.sym.var("c", dtype="int32")
calls = ["sum(axis=1)", "sum(1, True)", "mean(axis=0)", "max(axis=1)", "norm(ord=1)", "argmax(axis=1)",
         "argsort(dtype='int32')", "topk(k=2, ret_typ='both')", "reshape((3, 2))", "reshape(3, 2)",
         "reshape((3, 2), reverse=True)", "astype('int32')", "astype(dtype='float16')", "clip(0, 2)",
         "one_hot(3)", "slice_axis(axis=1, begin=0, end=2)", "slice(begin=(0, 1), end=(2, 3))", "softmax(axis=0)",
         "tile((2,))", "repeat(2)", "flip(0)", "split(num_outputs=3, axis=1)", "take(c)", "pick(c, axis=1)",
         "expand_dims(0)", "squeeze()", "broadcast_to((3, 2, 3))", "swapaxes(0, 1)", "transpose((1, 0))",
         "diag(k=1)", "flatten()", "shape_array()", "zeros_like()", "abs()", "sqrt()", "relu()", "reshape(None)",
         "astype('foo')", "sum(foo=1)"]
for call in calls:
    try:
        s = eval(f"b.{call}")
        shapes = s.infer_shape_partial(b=(2, 3), c=(2,))
        types = s.infer_type(b="float32", c="int32")
        print(call, "->", s.list_outputs(), s.list_arguments(), s.list_attr(), shapes[1], [t.__name__ for t in types[1]])
    except Exception as e:
        print(call, "->", words(e))
