"""Flatten, GELU and SELU take keyword arguments only: a positional prefix is a TypeError."""
import mxnet as mx

nn = mx.gluon.nn

for cls in (nn.Flatten, nn.GELU, nn.SELU):
    try:
        cls("p_")
    except TypeError as e:
        print("TypeError:", e)
    print(cls(prefix="q_").name, cls().name)
