"""Second order through SequenceLast/SequenceReverse/SequenceMask: their backward reads the lengths, so with the lengths a variable the second backward fails at MXNet's backward op; without, nothing in the gradient requires one."""
# recorded on AVX2
import numpy as np

import mxnet as mx
from mxnet import autograd, nd

ops = [("SequenceLast", lambda x, l: nd.SequenceLast(x, l, use_sequence_length=True)),
       ("SequenceReverse", lambda x, l: nd.SequenceReverse(x, l, use_sequence_length=True)),
       ("SequenceMask", lambda x, l: nd.SequenceMask(x, l, use_sequence_length=True, value=-2.0))]
for name, f in ops:
    for lengths_are_variable in (False, True):
        x = nd.array(np.random.RandomState(0).uniform(-1, 1, (4, 3, 2)))
        lengths = nd.array([1, 4, 2])
        x.attach_grad()
        if lengths_are_variable:
            lengths.attach_grad()
        variables = [x, lengths] if lengths_are_variable else [x]
        with autograd.record():
            y = f(x, lengths)
            grads = autograd.grad(y, variables, head_grads=nd.ones_like(y) * 0.5, create_graph=True,
                                  retain_graph=True)
            total = (grads[0] * grads[0]).sum()
        print(name, lengths_are_variable, grads[0].asnumpy().ravel().tolist())
        try:
            total.backward()
            print("  second order:", x.grad.asnumpy().ravel().tolist())
        except mx.MXNetError as e:
            print("  fails:", [line for line in str(e).splitlines() if line.startswith("MXNetError")][:1])
