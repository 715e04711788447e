"""Quantized contrib symbols as MXNet builds them: quantized_act's act_type, quantized_pooling's kernel,
quantized_elemwise_mul's outputs and dtypes, quantized_concat's inputs and count."""
import mxnet as mx
from mxnet import nd, sym
from _words import words


def show(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", words(e))


d = sym.var("d")
show("act no type", lambda: sym.contrib.quantized_act(d).list_arguments())
show("act tanh", lambda: sym.contrib.quantized_act(d, act_type="tanh").list_arguments())
show("act bogus", lambda: sym.contrib.quantized_act(d, act_type="bogus").list_arguments())
ints, lo, hi = nd.array([[-3, 5]], dtype="int8"), nd.array([-1.]), nd.array([1.])
show("nd act no type", lambda: nd.contrib.quantized_act(ints, lo, hi))
show("nd act tanh", lambda: nd.contrib.quantized_act(ints, lo, hi, act_type="tanh"))
show("nd act relu", lambda: [x.asnumpy().tolist() for x in nd.contrib.quantized_act(ints, lo, hi, act_type="relu")])
show("pool no kernel", lambda: sym.contrib.quantized_pooling(d).list_arguments())
show("pool global", lambda: sym.contrib.quantized_pooling(d, global_pool=True).list_arguments())
show("pool kernel", lambda: sym.contrib.quantized_pooling(d, kernel=(2, 2)).infer_shape(d=(1, 2, 4, 4))[1])
for flt in [False, True]:
    m = sym.contrib.quantized_elemwise_mul(sym.var("a"), sym.var("b"), enable_float_output=flt, name=f"m{int(flt)}")
    show(f"mul float={flt} outputs", m.list_outputs)
    show(f"mul float={flt} shapes", lambda: m.infer_shape(a=(2, 3), b=(2, 3)))
    show(f"mul float={flt} types", lambda: m.infer_type(a="int8", b="int8"))
show("concat named", lambda: sym.contrib.quantized_concat(sym.var("x"), sym.var("y"), num_args=2, dim=1,
                                                           name="qc").list_arguments())
show("concat none", lambda: sym.contrib.quantized_concat().list_arguments())
show("nd concat none", lambda: nd.contrib.quantized_concat())
