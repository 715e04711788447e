"""nd.zeros/ones read the shape's sizes in order: a size below -1 fails the parser, an unknown -1 first fails inference."""
import mxnet as mx
from _words import words

for shape in [(2, -3), (2, -1, -4), (-5, -4), (-4, -1), (0, -3), (2, 0, -3), -2, (-1, 2), (2, -1, -3, 5)]:
    for make in (mx.nd.zeros, mx.nd.ones):
        try:
            make(shape)
            print(make.__name__, shape, "ok")
        except mx.base.MXNetError as e:
            print(make.__name__, shape, words(e).splitlines()[0])
