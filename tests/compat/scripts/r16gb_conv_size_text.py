"""Convolution and pooling layers given sizes that are not numbers: MXNet passes them to the operator as given,
which reads their text ('2', '(2, 2)'), takes an empty size as its default and refuses anything else."""
import numpy as np

import mxnet as mx
from mxnet import nd
from mxnet.gluon import nn
from _words import words

x = nd.ones((1, 2, 5, 5))


def attempt(label, make, run=True):
    try:
        block = make()
        shown = repr(block)
        if run:
            block.initialize()
            shown += " -> " + str(block(x).shape)
        print(label, "->", shown)
    except Exception as e:
        print(label, "->", words(e))


values = ["'2'", "'(2, 2)'", "'[1,1]'", "' 2 '", "'11'", "'x'", "''", "()", "(1, 'a')", "[1, 'a']",
          "np.array([2, 2])", "range(1, 3)", "{2: 1, 3: 4}", "(np.int64(2), 2)", "(1.5, 1)"]
for v in values:
    attempt(f"Conv2D strides={v}", lambda: nn.Conv2D(2, 3, strides=eval(v)))
    attempt(f"Conv2D padding={v}", lambda: nn.Conv2D(2, 3, padding=eval(v)))
    attempt(f"Conv2D dilation={v}", lambda: nn.Conv2D(2, 3, dilation=eval(v)))
    attempt(f"Conv2D kernel_size={v}", lambda: nn.Conv2D(2, eval(v)))
    attempt(f"Conv2DTranspose output_padding={v}", lambda: nn.Conv2DTranspose(2, 3, strides=3, output_padding=eval(v)))
    attempt(f"Conv1D strides={v}", lambda: nn.Conv1D(2, 3, strides=eval(v)), run=False)
    attempt(f"MaxPool2D strides={v}", lambda: nn.MaxPool2D(strides=eval(v)))
    attempt(f"AvgPool2D padding={v}", lambda: nn.AvgPool2D(padding=eval(v)))
attempt("Conv2DTranspose all text", lambda: nn.Conv2DTranspose(2, 3, strides="11", padding="11", dilation="11",
                                                               output_padding="11"))
attempt("Conv2D all empty", lambda: nn.Conv2D(2, 3, strides=(), padding=(), dilation=(), in_channels=2))
