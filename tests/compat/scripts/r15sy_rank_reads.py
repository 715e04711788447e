"""Rank and size reads of shape functions with unknown inputs: diag (a matrix with an unknown size has no diagonal),
softmax with lengths, SequenceReverse with lengths, nearest UpSampling of several inputs."""
import warnings

import mxnet as mx
from _words import words

warnings.simplefilter("ignore")
d, e = mx.sym.var("d"), mx.sym.var("e")
cases = [(mx.sym.diag(d), [{}, {"d": (0,)}, {"d": (3,)}, {"d": (0, 3)}, {"d": (3, 0)}, {"d": (0, 0)}, {"d": (0, 3, 3)},
                          {"d": (2, 0, 3)}]),
         (mx.sym.diag(d, k=1), [{"d": (0,)}, {"d": (0, 3)}, {"d": (2, 3)}, {"d": (2, 0, 3)}]),
         (mx.sym.diag(d, axis1=0, axis2=2), [{"d": (0, 3, 2)}, {"d": (2, 0, 2)}, {"d": (2, 3, 0)}]),
         (mx.sym.softmax(data=d, length=e, use_length=True), [{}, {"d": (3, 4)}, {"e": (3,)}, {"d": (0, 4)}, {"d": (3, 0)}]),
         (mx.sym.SequenceReverse(d, e, use_sequence_length=True), [{}, {"d": (3, 2, 2)}, {"e": (2,)}, {"d": (3, 0, 2)}]),
         (mx.sym.SequenceReverse(d), [{}, {"d": (3, 0, 2)}]),
         (mx.sym.UpSampling(d, e, scale=2, sample_type="nearest", num_args=2),
          [{}, {"d": (1, 1, 2, 2)}, {"e": (1, 1, 2, 2)}, {"d": (1, 1, 2, 2), "e": (1, 2, 1)}]),
         ]
for s, given_list in cases:
    for g in given_list:
        try:
            print(s.name, g, s.infer_shape_partial(**g))
        except mx.base.MXNetError as ex:
            print(s.name, g, words(ex))
