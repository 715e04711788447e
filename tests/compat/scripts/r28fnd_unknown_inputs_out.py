"""An input with a zero (unknown) size and an out= array (or copy target) whose shape conflicts with the sizes
legacy inference knows: refused in inference's words, the unknown size printed -1 or filled from the target."""
import numpy as np
import mxnet as mx
from _words import words

# recorded on AVX2


def zeros(*shape):
    return mx.nd.array(np.zeros(shape))


ones = mx.nd.ones
CASES = [
    ("broadcast_minimum (3,1) (0,3,3) out (3,1)", lambda: mx.nd.broadcast_minimum(ones((3, 1)), zeros(0, 3, 3),
                                                                                   out=ones((3, 1)))),
    ("broadcast_mul (0,3,2) (1,) out (1,)", lambda: mx.nd.broadcast_mul(zeros(0, 3, 2), ones((1,)), out=ones((1,)))),
    ("broadcast_mul (0,3,2) (1,) out (4,3,2)", lambda: mx.nd.broadcast_mul(zeros(0, 3, 2), ones((1,)),
                                                                          out=ones((4, 3, 2)))),
    ("broadcast_mul (0,3) (2,1) out (2,4)", lambda: mx.nd.broadcast_mul(zeros(0, 3), ones((2, 1)), out=ones((2, 4)))),
    ("broadcast_add (0,3) (2,1) out (2,3)", lambda: mx.nd.broadcast_add(zeros(0, 3), ones((2, 1)), out=ones((2, 3)))),
    ("(0,1).copyto((3,2))", lambda: zeros(0, 1).copyto(ones((3, 2)))),
    ("(0,1).copyto((3,1))", lambda: zeros(0, 1).copyto(ones((3, 1)))),
    ("(2,0).copyto((3,2))", lambda: zeros(2, 0).copyto(ones((3, 2)))),
    ("(0,2).copyto((3,2,1))", lambda: zeros(0, 2).copyto(ones((3, 2, 1)))),
    ("negative (0,1) out (3,2)", lambda: mx.nd.negative(zeros(0, 1), out=ones((3, 2)))),
    ("sqrt (2,0) out (1,2)", lambda: mx.nd.sqrt(zeros(2, 0), out=ones((1, 2)))),
]
for label, call in CASES:
    try:
        y = call()
        y.wait_to_read()
        print(label, "->", y.shape)
    except mx.base.MXNetError as e:
        print(label, "->", words(e))
